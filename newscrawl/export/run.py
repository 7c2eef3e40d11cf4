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

import csv
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from newscrawl.catalog import load_catalog
from newscrawl.export.load import formula_like
from newscrawl.lang.dateline import without_dateline
from newscrawl.lang.dates import text_precision
from newscrawl.model.article import ARTICLE_FIELDS, SCHEMA_VERSION
from newscrawl.model.finalise import bound_fields
from newscrawl.model.runfiles import gzip_lines, plain_lines

# Fields an export adds to every record, after the record's own (README "The record").
EXPORT_FIELD_DOCS: dict[str, str] = {
    "province": "the portal's province, from the catalog (null for a portal no longer in it)",
    "published_utc_offset": "the UTC offset of `published_at` (`+08:00`), kept apart so "
                            "formats with UTC timestamp columns do not lose it",
    "content_hash": "hash of the normalised body: the same story on several portals "
                    "(a wire story on many PRMN sites) shares it; drop repeats by it if you like",
    "syndication_group": "the URL of the earliest record (by `published_at`) in this export "
                         "whose body this one nearly repeats, on any portal: a syndicated "
                         "copy with another dateline, headline or promo lines, or a trimmed "
                         "ending; the record's own URL when it stands alone (and for bodies "
                         "under 40 words); null with `--no-syndication`. Keep one record per "
                         "group to count each story once",
}
EXPORT_FIELDS = ARTICLE_FIELDS + list(EXPORT_FIELD_DOCS)
LIST_FIELDS = ("authors", "editors", "tags", "removed_promos")
TIME_FIELDS = ("published_at", "modified_at", "crawled_at")
URL_FIELDS = ["url", "portal", "family", "province", "title", "published_at"]
FORMATS = ("jsonl", "csv", "parquet")

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


# Upgrades from older record schemas: {from_version: function(record) -> record}.
# Version 1 is the first; a record of an unknown version is refused, never mixed in.
UPGRADES: dict[int, Any] = {1: _v1_to_v2}


class ExportError(RuntimeError):
    """The export cannot go on (unknown schema, bad arguments); nothing was written."""


class NothingMatched(ExportError):
    """No record passed the filters (or there was none): no empty dataset is written."""


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


@dataclass
class Filters:
    portals: set[str] = field(default_factory=set)
    family: str | None = None
    province: str | None = None
    since: datetime | None = None  # inclusive instant
    until: datetime | None = None  # exclusive instant
    min_words: int = 0
    # The bundled sample portals (catalog/sample/) are catalogued in a real province: their
    # demo articles are left out unless asked for, or named with `portals`.
    include_sample: bool = False

    def accepts(self, record: dict[str, Any]) -> bool:
        if self.portals and record.get("portal") not in self.portals:
            return False
        if self.family and record.get("family") != self.family:
            return False
        if self.province and (record.get("province") or "").casefold() != \
                self.province.casefold():
            return False
        if self.since or self.until:
            published = parse_instant(record.get("published_at"))
            if published is None:
                return False
            if self.since and published < self.since:
                return False
            if self.until and published >= self.until:
                return False
        if self.min_words and len((record.get("body") or "").split()) < self.min_words:
            return False
        return True


def parse_instant(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def bound(value: str | None, *, end: bool, default_tz: str) -> datetime | None:
    """A --since/--until value: an ISO instant, or a date meaning a whole day in `default_tz`."""
    if not value:
        return None
    try:
        if len(value) == 10:
            day = datetime.fromisoformat(value).date()
            start = datetime.combine(day, time(0), tzinfo=ZoneInfo(default_tz))
            return start + timedelta(days=1) if end else start
        instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ExportError(f"not a date or an ISO 8601 time: {value!r}") from None
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=ZoneInfo(default_tz))
    return instant


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


_LIST_FIELDS = {"authors", "editors", "tags", "removed_promos"}
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
        if name in _LIST_FIELDS:
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


# --- choosing ---------------------------------------------------------------


def body_hash(body: str | None) -> str | None:
    """Hash of a body with its dateline ("ZONABANTEN.com - ") and punctuation taken out."""
    if not body:
        return None
    first, sep, rest = body.partition("\n\n")
    first = without_dateline(first)
    words = re.findall(r"\w+", f"{first} {rest}".casefold())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:16]


def _newer(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Is record `a` a more recent crawl than `b`?"""
    ta, tb = parse_instant(a.get("crawled_at")), parse_instant(b.get("crawled_at"))
    if ta and tb:
        return ta >= tb
    return ta is not None


class Deduplicated:
    """One record per canonical URL (the newest crawl), kept on disk, not in memory.

    Records go into a scratch SQLite table keyed by URL (a newer crawl replaces an older
    one); `sorted_records` then streams them back by publication time. Memory stays flat
    whatever the size of the dataset; the disk holds one copy of it until the export ends.
    """

    def __init__(self, folder: Path) -> None:
        import sqlite3

        self.path = folder / "dedupe.sqlite"
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE r (url TEXT PRIMARY KEY, crawled REAL, pub REAL, "
                        "data TEXT NOT NULL)")
        self.added = 0

    def add_all(self, records: Iterable[dict[str, Any]], stats: ReadStats,
                chunk: int = 2000) -> None:
        batch: list[tuple[str, float | None, float | None, str]] = []
        for record in records:
            url = record.get("url")
            if not url:
                stats.bad_lines += 1
                continue
            crawled = parse_instant(record.get("crawled_at"))
            published = parse_instant(record.get("published_at"))
            batch.append((url, crawled.timestamp() if crawled else None,
                          published.timestamp() if published else None,
                          json.dumps(record, ensure_ascii=False)))
            if len(batch) >= chunk:
                self._insert(batch)
                batch = []
        self._insert(batch)
        kept = self.db.execute("SELECT COUNT(*) FROM r").fetchone()[0]
        stats.duplicates += self.added - kept

    def _insert(self, batch: list[tuple[str, float | None, float | None, str]]) -> None:
        if not batch:
            return
        self.added += len(batch)
        with self.db:
            # The most recent crawl wins; a crawl with no time loses to one with a time.
            self.db.executemany(
                "INSERT INTO r (url, crawled, pub, data) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET crawled = excluded.crawled, pub = excluded.pub, "
                "data = excluded.data WHERE excluded.crawled IS NOT NULL AND "
                "(r.crawled IS NULL OR excluded.crawled >= r.crawled)", batch)

    def sorted_records(self) -> Iterator[dict[str, Any]]:
        rows = self.db.execute("SELECT data FROM r ORDER BY pub IS NULL, pub, url")
        for (data,) in rows:
            yield json.loads(data)

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)


def enrich(record: dict[str, Any], catalog: dict[str, Any]) -> dict[str, Any]:
    """The record in export field order, with the fields an export adds."""
    portal = catalog.get(record.get("portal") or "")
    published = parse_instant(record.get("published_at"))
    return {name: record.get(name) for name in ARTICLE_FIELDS} | {
        "province": portal.province if portal else None,
        "published_utc_offset": published.isoformat()[-6:] if published else None,
        "content_hash": body_hash(record.get("body")),
        "syndication_group": None,  # set by SyndicationIndex, when the export looks for copies
    }


def choose(records: Iterable[dict[str, Any]], filters: Filters, stats: ReadStats,
           scratch: Path) -> Iterator[dict[str, Any]]:
    """One record per URL (newest crawl), export fields added, filtered, by publication time:
    streamed, with memory that does not grow with the number of records."""
    catalog = load_catalog()
    samples = {pid for pid, portal in catalog.items() if portal.sample} - (
        set() if filters.include_sample else filters.portals)
    dedupe = Deduplicated(scratch)
    try:
        dedupe.add_all(records, stats)
        for record in dedupe.sorted_records():
            record = enrich(record, catalog)
            sample = record.get("portal") in samples
            if sample and not filters.include_sample:
                stats.sample_left_out += 1
            elif filters.accepts(record):
                stats.kept += 1
                stats.sample_kept += sample
                yield record
            else:
                stats.filtered += 1
    finally:
        dedupe.close()


# --- writing ----------------------------------------------------------------


def neutralise(value: Any) -> Any:
    """A CSV cell a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and formula_like(value):
        return "'" + value
    return value


def write_jsonl(records: Iterable[dict[str, Any]], path: Path, fields: list[str],
                compress: bool) -> Path:
    target = path.with_name(path.name + ".gz") if compress else path
    opener = gzip.open if compress else open
    with opener(target, "wt", encoding="utf-8", newline="\n") as fh:
        for record in records:
            fh.write(json.dumps({f: record.get(f) for f in fields}, ensure_ascii=False) + "\n")
    return target


# Columns whose values newscrawl formats itself (an offset is `+08:00`, a time ISO 8601):
# never a formula, and an added `'` would corrupt them for every reader.
_CSV_VERBATIM = {"published_utc_offset", *TIME_FIELDS, "pages", "schema_version",
                 "content_hash"}


def write_csv(records: Iterable[dict[str, Any]], path: Path, fields: list[str],
              bom: bool) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(fields)
        for record in records:
            row = []
            for name in fields:
                value = record.get(name)
                if isinstance(value, list):
                    value = json.dumps(value, ensure_ascii=False)  # lists as JSON arrays
                if value is None:
                    row.append("")
                else:
                    row.append(value if name in _CSV_VERBATIM else neutralise(value))
            writer.writerow(row)
    return path


PARQUET_ROW_GROUP = 2_000  # records per row group: memory holds one group, not the dataset


def write_parquet(records: Iterable[dict[str, Any]], path: Path, fields: list[str]) -> Path:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("Parquet needs pyarrow: pip install 'newscrawl[export]'") from None
    types = {name: pa.string() for name in fields}
    types.update({name: pa.list_(pa.string()) for name in LIST_FIELDS if name in fields})
    types.update({name: pa.timestamp("us", tz="UTC") for name in TIME_FIELDS if name in fields})
    types.update({name: pa.int32() for name in ("pages", "schema_version") if name in fields})
    schema = pa.schema([(name, types[name]) for name in fields])

    def table(group: list[dict[str, Any]]) -> Any:
        columns = {}
        for name in fields:
            values = [record.get(name) for record in group]
            if name in TIME_FIELDS:
                values = [parse_instant(v) for v in values]
            columns[name] = pa.array(values, type=types[name])
        return pa.table(columns, schema=schema)

    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        group: list[dict[str, Any]] = []
        for record in records:
            group.append(record)
            if len(group) >= PARQUET_ROW_GROUP:
                writer.write_table(table(group))
                group = []
        if group:
            writer.write_table(table(group))
    return path


def write_data(records: Iterable[dict[str, Any]], folder: Path, fmt: str, *, urls_only: bool,
               compress: bool, bom: bool) -> Path:
    fields = URL_FIELDS if urls_only else EXPORT_FIELDS
    stem = "urls" if urls_only else "articles"
    if fmt == "jsonl":
        return write_jsonl(records, folder / f"{stem}.jsonl", fields, compress)
    if fmt == "csv":
        return write_csv(records, folder / f"{stem}.csv", fields, bom)
    if fmt == "parquet":
        return write_parquet(records, folder / f"{stem}.parquet", fields)
    raise ExportError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


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


class HashCounter:
    """Counts the records that share a `content_hash`, on disk (a set of a million hashes in
    memory would be most of the export's memory)."""

    def __init__(self, folder: Path) -> None:
        import sqlite3

        self.path = folder / "hashes.sqlite"
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE h (hash TEXT NOT NULL)")
        self.batch: list[tuple[str]] = []

    def through(self, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            if record.get("content_hash"):
                self.batch.append((record["content_hash"],))
                if len(self.batch) >= 5000:
                    self._flush()
            yield record
        self._flush()

    def _flush(self) -> None:
        if self.batch:
            with self.db:
                self.db.executemany("INSERT INTO h VALUES (?)", self.batch)
            self.batch = []

    def shared(self) -> tuple[int, int]:
        """(records whose hash another record shares, groups of such records)."""
        row = self.db.execute("SELECT COALESCE(SUM(n), 0), COUNT(*) FROM (SELECT COUNT(*) AS n "
                              "FROM h GROUP BY hash HAVING n > 1)").fetchone()
        return int(row[0]), int(row[1])

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)


def _progress_bar(show: bool) -> Any:
    if not show:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(unit=" records", desc="reading run files", file=sys.stderr)


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
