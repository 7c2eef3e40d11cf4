"""Reading run files for an export: every line of every run file, plain or gzipped, upgraded
to the current schema, checked, cut to the crawl's limits; a bad line costs that line."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newscrawl.lang.dates import text_precision
from newscrawl.model.article import SCHEMA_VERSION
from newscrawl.model.fields import LIST_FIELDS, TIME_FIELDS
from newscrawl.model.finalise import bound_fields
from newscrawl.model.runfiles import gzip_lines, plain_lines


def _v1_to_v2(record: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds `published_precision` (after `published_tz_source`): read from the
    date text a version 1 record kept, as the crawl now does."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        out[key] = value
        if key == "published_tz_source":
            raw = record.get("published_raw")
            out["published_precision"] = (text_precision(raw) if record.get("published_at")
                                          and isinstance(raw, str) else None)
    out.setdefault("published_precision", None)
    out["schema_version"] = 2
    return out


def _v2_to_v3(record: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds `extractor_version` (after `crawled_at`): unknown for older records
    (null), so a record of a named extractor wins over them in an export."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key == "schema_version":
            out["extractor_version"] = None
        out[key] = value
    out.setdefault("extractor_version", None)
    out["schema_version"] = 3
    return out


# Upgrades from older record schemas: {from_version: function(record) -> record}.
# Version 1 is the first; a record of an unknown version is refused, never mixed in.
UPGRADES: dict[int, Any] = {1: _v1_to_v2, 2: _v2_to_v3}

class ExportError(RuntimeError):
    """The export cannot go on (unknown schema, bad arguments); nothing was written."""


MAX_PROBLEMS = 100


@dataclass
class ReadStats:
    files: int = 0
    records_read: int = 0
    bad_lines: int = 0  # malformed lines other than a truncated last one
    truncated: int = 0  # files whose last line (or gzip stream) was cut off by a kill
    upgraded: int = 0
    duplicates: int = 0  # older crawls of an article kept in a newer version
    filtered: int = 0
    oversized: int = 0  # lines longer than MAX_LINE_BYTES, skipped unread
    capped: int = 0  # records with fields cut to the crawl's limits
    sample_left_out: int = 0  # records of the bundled sample portals (demo data)
    sample_kept: int = 0
    kept: int = 0
    problems: list[str] = field(default_factory=list)  # the first MAX_PROBLEMS, in order

    def note(self, problem: str) -> None:
        """A problem to name: the first MAX_PROBLEMS are kept (a file of a million bad
        lines would otherwise hold a million messages); the counts say how many."""
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    def summary(self) -> str:
        line = (f"{self.files} run files, {self.records_read} records read, {self.kept} kept, "
                f"{self.duplicates} duplicates dropped, {self.filtered} filtered out, "
                f"{self.bad_lines} bad lines, {self.truncated} truncated files")
        if self.oversized:
            line += f", {self.oversized} oversized lines skipped"
        if self.capped:
            line += f", {self.capped} records with fields cut to the crawl's limits"
        if self.sample_left_out:
            line += (f", {self.sample_left_out} records of the sample portals left out "
                     f"(--include-sample)")
        return line


def parse_instant(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


# --- reading ----------------------------------------------------------------


def run_files(data_dir: Path) -> list[Path]:
    """Every run file under the data directory, oldest name first (logs and exports skipped)."""
    found = [p for p in data_dir.rglob("*") if p.is_file()
             and (p.name.endswith(".jsonl") or p.name.endswith(".jsonl.gz"))
             and not any(part.startswith((".", "logs", "exports")) for part in
                         p.relative_to(data_dir).parts[:-1])]
    return sorted(found, key=lambda p: (p.name, str(p)))


# A line longer than this is skipped unread: a record the crawl writes is capped far below
# it (body 200,000 characters), and reading it whole would cost memory for one record.
MAX_LINE_BYTES = 128 << 20


def _lines(path: Path, stats: ReadStats) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, line, whether it is a cut last line) of a run file, streamed: memory
    holds one block and one line, whatever the file's size. Lines too long, gzip members a
    kill cut or corrupted, and a file that is not gzip are counted here."""
    with path.open("rb") as fh:
        gz = path.name.endswith(".gz")
        reader = gzip_lines(fh, MAX_LINE_BYTES) if gz else plain_lines(fh, MAX_LINE_BYTES)
        number = 0
        for line in reader:
            number += 1
            if line.kind == "line":
                yield number, line.data, False
            elif line.kind == "cut" and not gz:
                yield number, line.data, True  # whole JSON without its line end is kept
            elif line.kind == "cut":
                # One gzip member per record (a crawl's gzip feed), or one for the file: a
                # member cut by a kill costs its partial record only.
                stats.truncated += 1
                stats.note(f"{path}: gzip stream cut off; read what was there")
            elif line.kind == "not_gzip":
                stats.truncated += 1
                stats.note(f"{path}: not a complete gzip file; skipped")
            elif line.kind == "broken":
                stats.bad_lines += 1
                stats.note(f"{path}: broken gzip member at byte {line.offset} "
                                      "skipped (cut by a kill?)")
            else:
                stats.oversized += 1
                stats.note(f"{path}:{number}: a line of more than "
                                      f"{MAX_LINE_BYTES >> 20} MB skipped unread")


def upgrade(record: dict[str, Any], source: str) -> tuple[dict[str, Any], bool]:
    version = record.get("schema_version")
    if version == SCHEMA_VERSION:
        return record, False
    if not isinstance(version, int) or version > SCHEMA_VERSION or version not in UPGRADES:
        raise ExportError(
            f"{source}: record of schema_version {version!r}; this newscrawl reads version "
            f"{SCHEMA_VERSION}" + (f" and upgrades {sorted(UPGRADES)}" if UPGRADES else "")
            + ". Export it with the newscrawl that wrote it, or re-crawl; records of "
              "different schemas are never mixed.")
    while record.get("schema_version") != SCHEMA_VERSION:
        record = UPGRADES[record["schema_version"]](record)
    return record, True


_INT_FIELDS = {"pages", "schema_version"}



def _json_kind(value: object) -> str:
    """What a JSON value is, as the JSON line shows it ("an array", "a number")."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, float):
        return "a fractional number"
    if isinstance(value, list):
        odd = next((v for v in value if not isinstance(v, str)), None)
        return "an array" if odd is None else f"an array holding {_json_kind(odd)}"
    if isinstance(value, dict):
        return "an object"
    if value is None:
        return "null"
    return "a string"


def type_problem(record: dict[str, Any]) -> str | None:
    """What is wrong with a record's field types (a hand-edited or foreign line), or None."""
    for name, value in record.items():
        if value is None:
            continue
        if name in LIST_FIELDS:
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            wanted = "an array of strings"
        elif name in _INT_FIELDS:
            ok = isinstance(value, int) and not isinstance(value, bool)
            wanted = "a whole number"
        else:
            ok = isinstance(value, str)
            wanted = "a string"
        if not ok:
            return f"field {name!r} is {_json_kind(value)}, not {wanted}"
    # A crawl drops an article without these (newscrawl.crawl.pipelines): a line lacking one is
    # not a record of ours, and would be a row of nulls in the dataset.
    for name in ("url", "portal", "title", "body", "published_at"):
        if not record.get(name):
            return f"no {name}"
    # Values every format's writer and the card read as what the schema says they are (an
    # older or hand-edited file: "published_at": "kemarin").
    for name in TIME_FIELDS:
        value = record.get(name)
        if value is not None and (not _ISO_TIME.match(value) or parse_instant(value) is None):
            return f"field {name!r} is not an ISO 8601 time with its offset: {value[:40]!r}"
    if not _HTTP_URL.match(record["url"]):
        return f"field 'url' is not an http(s) URL: {record['url'][:60]!r}"
    pages = record.get("pages")
    if pages is not None and not 1 <= pages < 2**31:
        return f"field 'pages' is out of range: {pages}"
    return None


_ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$")
_HTTP_URL = re.compile(r"^https?://\S", re.IGNORECASE)


def read_records(data_dir: Path, stats: ReadStats, progress: Any = None
                 ) -> Iterator[dict[str, Any]]:
    """Every record of every run file, streamed (one line in memory at a time). A line that
    is not a record of ours, or whose values are not what the schema says, costs itself:
    counted, named in `stats.problems`, never the export."""
    for path in run_files(data_dir):
        stats.files += 1
        for number, line, cut in _lines(path, stats):
            if not line.strip():
                continue
            if cut and not _is_json(line):  # the file's last line, cut by a kill
                stats.truncated += 1
                stats.note(f"{path}: truncated last line skipped")
                continue
            try:
                record = _record(line, f"{path}:{number}", stats)
            except ExportError:
                raise  # a newer schema: never mixed in (see upgrade)
            except Exception as exc:  # one record's surprise is one bad line, not the export
                record = None
                stats.bad_lines += 1
                stats.note(f"{path}:{number}: cannot be read ({type(exc).__name__}: "
                           f"{str(exc)[:120]}); line skipped")
            if record is None:
                continue
            stats.records_read += 1
            if progress is not None:
                progress.update(1)
            yield record


def _is_json(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def _record(line: bytes, source: str, stats: ReadStats) -> dict[str, Any] | None:
    """The record of one line, upgraded and its fields capped; None (counted) if it is not
    one."""
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("not an object")
    except ValueError:
        stats.bad_lines += 1
        stats.note(f"{source}: malformed line skipped")
        return None
    version = record.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        # Every record a crawl writes carries its schema version: a line without one is
        # some other JSON, not a record of an older or newer newscrawl.
        stats.bad_lines += 1
        stats.note(f"{source}: not a newscrawl record (no schema_version); "
                              "line skipped")
        return None
    record, upgraded = upgrade(record, source)
    problem = type_problem(record)
    if problem:
        stats.bad_lines += 1
        stats.note(f"{source}: {problem}; line skipped")
        return None
    cut = bound_fields(record)  # the crawl's own limits: a field is never bigger here
    if cut:
        stats.capped += 1
        stats.note(f"{source}: cut to the crawl's limits: {', '.join(cut)}")
    stats.upgraded += upgraded
    return record


def read_url_list(path: Path) -> list[tuple[str, str | None]]:
    """(url, portal) pairs of a `--urls-only` export (JSONL, CSV or Parquet)."""
    name = path.name
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        rows = pq.read_table(path).to_pylist()
    else:
        raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
        text = raw.decode("utf-8-sig")
        if ".csv" in name:
            rows = list(csv.DictReader(io.StringIO(text)))
        else:
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [(row["url"], row.get("portal") or None) for row in rows if row.get("url")]
