"""`newscrawl.load(path)`: any newscrawl export as a pandas DataFrame with its types.

Readers guess types from values, and guess differently: `pd.read_json` leaves
`published_at` (mixed offsets) as text, parses `crawled_at` as UTC and
`modified_at` as naive time, and reads an all-null `modified_raw` as float;
`datasets` turns `published_at` into naive UTC. `load` gives every format the same
columns and types, from the one field table (newscrawl.model.schema.field_kinds):

- `published_at`, `modified_at`, `crawled_at`: timezone-aware (UTC) timestamps;
  `published_utc_offset` keeps the portal's offset (`+08:00`), so local time is
  `df.published_at + pd.to_timedelta(...)` or `published_raw` as printed;
- text fields: pandas `string` dtype (missing = <NA>), never float;
- list fields (`authors`, `editors`, `tags`, `removed_promos`): Python lists;
- `pages`, `schema_version`: nullable integers (`Int64`).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from newscrawl.model.schema import field_kinds

DATA_FILES = ("articles.parquet", "articles.jsonl", "articles.jsonl.gz", "articles.csv",
              "urls.parquet", "urls.jsonl", "urls.jsonl.gz", "urls.csv")
FORMULA_START = "=+-@\t\r"  # cells the CSV export neutralised with a leading '


def formula_like(value: str) -> bool:
    """Would a spreadsheet run this cell as a formula? It starts with = + - @ (or a tab or
    carriage return), also after leading white space, which spreadsheets strip first
    (OWASP CSV injection)."""
    return value[:1] in FORMULA_START or value.lstrip()[:1] in FORMULA_START[:4] \
        if value else False


def load(path: str | Path) -> Any:
    """An export (`articles.parquet`/`.jsonl`/`.jsonl.gz`/`.csv`, a `urls.*` list, or the
    export's folder) as a typed pandas DataFrame, columns in the export's order."""
    import pandas as pd

    path = Path(path)
    if path.is_dir():
        found = [path / name for name in DATA_FILES if (path / name).is_file()]
        if not found:
            raise FileNotFoundError(f"no newscrawl export in {path} (looked for "
                                    f"{', '.join(DATA_FILES)})")
        path = found[0]
    name = path.name
    if name.endswith(".parquet"):
        frame = pd.read_parquet(path)
    elif name.endswith((".jsonl", ".jsonl.gz", ".json")):
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        frame = pd.DataFrame.from_records(rows, columns=list(rows[0]) if rows else None)
    elif name.endswith(".csv"):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""],
                            encoding="utf-8-sig")
        for column in frame.columns:
            frame[column] = frame[column].map(_unneutralise, na_action="ignore")
    else:
        raise ValueError(f"{path}: not a newscrawl export (.parquet, .jsonl, .jsonl.gz, .csv)")
    return typed(frame)


def _unneutralise(value: str) -> str:
    # The CSV export put a ' before a cell beginning with a formula character.
    if len(value) > 1 and value[0] == "'" and formula_like(value[1:]):
        return value[1:]
    return value


def typed(frame: Any) -> Any:
    """The frame with each known column given its kind's dtype (see the module doc)."""
    import pandas as pd

    kinds = field_kinds(export=True)
    for column in frame.columns:
        kind = kinds.get(column, "string")
        values = frame[column]
        if kind == "time":
            # Microseconds, as the Parquet export stores them, whatever pandas would infer.
            frame[column] = pd.to_datetime(values, utc=True, format="ISO8601").astype(
                "datetime64[us, UTC]")
        elif kind == "list":
            frame[column] = values.map(_as_list)
        elif kind == "int":
            frame[column] = pd.to_numeric(values).astype("Int64")
        else:
            frame[column] = values.astype("string")
    return frame


def _as_list(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, str):  # CSV: a JSON array
        return list(json.loads(value)) if value else []
    return [str(v) for v in value]  # a list, or pyarrow's numpy array
