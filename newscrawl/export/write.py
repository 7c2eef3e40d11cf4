"""Writing an export's data file: JSON lines, CSV (spreadsheet-safe) or Parquet (typed
columns, in row groups)."""

from __future__ import annotations

import csv
import gzip
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newscrawl.export.load import formula_like
from newscrawl.export.read import ExportError, parse_instant
from newscrawl.model.fields import EXPORT_FIELDS, LIST_FIELDS, TIME_FIELDS, URL_FIELDS

FORMATS = ("jsonl", "csv", "parquet")

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


def prefer_frugal_arrow_allocator() -> None:
    """Before pyarrow loads (an export is a process of its own): its jemalloc pool, where
    the wheels have it (Linux, macOS). The default (mimalloc) keeps what each row group
    freed: a 200,000-record Parquet export peaked at 281 MiB with it, 240 with jemalloc
    (263 with the system allocator; `pa.set_memory_pool` after loading gave 258: pyarrow's
    C++ side keeps the pool the variable chose). A value the user set is kept."""
    if sys.platform in ("linux", "darwin") and "pyarrow" not in sys.modules:
        os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")


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
