"""`newscrawl export`: run files -> one clean, deduplicated, documented dataset.

Reads every run file under the data directory (plain and gzipped JSON
lines), tolerates the truncated last line a killed run leaves, refuses
records of a schema it does not know, keeps one record per canonical URL
(the most recent crawl), marks identical bodies across portals with a shared
`content_hash` and syndicated copies with `syndication_group`, filters, and
writes JSONL, CSV or Parquet plus a dataset card into a directory that appears
only when the export is complete.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscrawl.export.dedupe import Filters, HashCounter, bound, choose
from newscrawl.export.read import (
    ExportError,
    ReadStats,
    parse_instant,
    read_records,
    read_url_list,
    run_files,
)
from newscrawl.export.write import FORMATS, write_data


class NothingMatched(ExportError):
    """No record passed the filters (or there was none): no empty dataset is written."""


@dataclass
class ExportResult:
    output: Path
    data_file: Path
    card: Path
    chart: Path | None
    stats: ReadStats


def export(data_dir: Path, output: Path, fmt: str, *, filters: Filters | None = None,
           urls_only: bool = False, compress: bool = False, bom: bool = False,
           force: bool = False, command: str = "", progress: bool | None = None,
           syndication: bool = True) -> ExportResult:
    """Export the run files under `data_dir` into the directory `output`, atomically.

    Everything is written into a temporary directory beside `output` and
    renamed into place at the end; a failure leaves `output` as it was. With
    `syndication` (not for a URL list), each record gets its `syndication_group`.
    """
    from newscrawl.export import card as dataset_card

    filters = filters or Filters()
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if not data_dir.is_dir():
        raise ExportError(f"no data directory at {data_dir}")
    if compress and fmt != "jsonl":
        raise ExportError(f"--gzip applies to --format jsonl only ({fmt} is written "
                          f"{'compressed (zstd) already' if fmt == 'parquet' else 'plain'})")
    if output.exists() and not output.is_dir():
        raise ExportError(f"--output {output} is a file; give a directory for the data and "
                          f"its card")
    if output.exists() and any(output.iterdir()) and not force:
        raise ExportError(f"{output} exists and is not empty; choose another --output or "
                          f"pass --force to replace it")
    stats = ReadStats()
    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress_bar(show)
    output.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(output)
    staging = output.with_name(f".{output.name}.partial-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    facts = dataset_card.Facts()

    def counted(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            facts.add(record)
            yield record

    try:
        scratch = staging / ".scratch"
        scratch.mkdir()
        hashes = HashCounter(scratch)
        copies = None
        if syndication and not urls_only:
            from newscrawl.export.syndication import SyndicationIndex  # numpy: only when asked for

            copies = SyndicationIndex(scratch)
        try:
            records = choose(read_records(data_dir, stats, bar), filters, stats, scratch)
            if copies is not None:
                records = copies.through(records)
            data_file = write_data(counted(hashes.through(records)), staging, fmt,
                                   urls_only=urls_only, compress=compress, bom=bom)
            facts.shared_hashes, facts.hash_groups = hashes.shared()
            if copies is not None:
                facts.copies, facts.copy_groups = copies.copies, copies.groups()
            if not stats.kept:
                raise NothingMatched(_nothing_matched(data_dir, stats, filters))
        finally:
            hashes.close()
            if copies is not None:
                copies.close()
            if bar is not None:
                bar.close()
        shutil.rmtree(scratch, ignore_errors=True)
        chart = dataset_card.write_chart(facts, staging / "articles_per_day.png")
        card = dataset_card.write_card(
            facts, staging / "README.md", stats=stats, data_file=data_file.name,
            chart=chart.name if chart else None, command=command, fmt=fmt,
            urls_only=urls_only, filters=filters)
        if output.exists():
            old = output.with_name(f".{output.name}.old-{os.getpid()}")
            output.rename(old)
            staging.rename(output)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.rename(output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ExportResult(output, output / data_file.name, output / card.name,
                        output / chart.name if chart else None, stats)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def remove_stale_partials(output: Path) -> int:
    """Remove what killed exports to `output` left beside it (`.NAME.partial-PID`,
    `.NAME.old-PID` folders of processes that are gone); returns how many."""
    removed = 0
    for kind in ("partial", "old"):
        for folder in output.parent.glob(f".{output.name}.{kind}-*"):
            pid = folder.name.rsplit("-", 1)[1]
            if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
    return removed


def _nothing_matched(data_dir: Path, stats: ReadStats, filters: Filters) -> str:
    if not stats.files:
        return (f"0 records matched: no run files under {data_dir} (crawl first, or give "
                f"--data-dir)")
    message = f"0 records matched ({stats.records_read} records read in {stats.files} run files"
    present = sorted({p.relative_to(data_dir).parts[0] for p in run_files(data_dir)
                      if len(p.relative_to(data_dir).parts) > 1})
    absent = sorted(filters.portals - set(present))
    if absent:
        message += (f"; no run files of portal {', '.join(map(repr, absent))}; portals in "
                    f"the data: {', '.join(present) or 'none'}")
    if stats.sample_left_out:
        message += (f"; {stats.sample_left_out} records of the bundled sample portals left "
                    f"out: --include-sample exports them")
    if stats.problems:
        # When nothing could be read, why is the answer (a file of another kind, a damaged one).
        count = len(stats.problems)
        message += (f"; {count} {'problem' if count == 1 else 'problems'} with the files, "
                    f"the first: {stats.problems[0]}")
    return message + ")"


def _progress_bar(show: bool) -> Any:
    if not show:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(unit=" records", desc="reading run files", file=sys.stderr)



# What the command line, the dataset card and the tests use of the export.
__all__ = ["FORMATS", "ExportError", "ExportResult", "Filters", "NothingMatched", "ReadStats",
           "bound", "export", "parse_instant", "read_url_list", "remove_stale_partials"]
