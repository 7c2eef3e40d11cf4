"""Datasets that load with their types: `newscrawl.load`, and the card's own snippets,
each run as a user would paste it, for every export format."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.model import fields

from .test_export import corpus, export  # noqa: F401  (the corpus fixture)

FORMATS = [("jsonl", False), ("jsonl", True), ("csv", False), ("parquet", False)]

# Printed after each snippet: what a user would look at.
REPORT = '''
import json as _json
_out = {}
if "df" in globals():
    _out["df"] = {c: str(df[c].dtype) for c in df.columns}
    _out["df_first"] = {c: (str(v) if not isinstance(v, list) else v)
                        for c, v in df.iloc[0].to_dict().items()}
    _out["df_authors_type"] = type(df["authors"].iloc[0]).__name__
    _out["rows"] = len(df)
if "ds" in globals():
    _out["ds"] = {k: repr(v) for k, v in ds.features.items()}
    _out["ds_first"] = {k: (v if isinstance(v, (str, int, list, type(None))) else str(v))
                        for k, v in ds[0].items()}
    _out["rows"] = ds.num_rows
if "table" in globals():
    _out["table"] = {f.name: str(f.type) for f in table.schema}
print(_json.dumps(_out))
'''


def snippets(card: str) -> list[str]:
    section = card.split("## Loading it", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def run_snippet(code: str, folder: Path, tmp_path: Path) -> dict:
    env = dict(os.environ, HF_HOME=str(tmp_path / "hf"), HF_DATASETS_OFFLINE="1",
               HF_HUB_OFFLINE="1")
    # A snippet that makes pandas (or any library) warn of a deprecation in the user's own
    # lines fails: pasted on the next pandas, it would break (pandas 3: `convert_dates`).
    strict = ("import warnings\n"
              "for _kind in (DeprecationWarning, FutureWarning):\n"
              "    warnings.filterwarnings('error', category=_kind, module='__main__')\n")
    result = subprocess.run([sys.executable, "-c", strict + code + REPORT], cwd=folder,
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{code}\n{result.stderr[-3000:]}"
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("fmt", "gz"), FORMATS)
def test_every_snippet_of_the_card_loads_the_data_with_its_types(
        corpus: Path, tmp_path: Path, fmt: str, gz: bool) -> None:  # noqa: F811
    result = export(corpus, tmp_path, fmt, compress=gz)
    reference = [json.loads(line) for line in
                 export(corpus, tmp_path, "jsonl", name="ref").data_file.read_text().splitlines()]
    codes = snippets(result.card.read_text("utf-8"))
    assert len(codes) == 3  # newscrawl.load, pandas (or pyarrow), datasets
    wanted_offset = reference[0]["published_at"][-6:]
    for code in codes:
        out = run_snippet(code, result.data_file.parent, tmp_path)
        assert out["rows"] == len(reference), code
        if "df" in out:
            dtypes = out["df"]
            assert list(dtypes) == fields.EXPORT_FIELDS, code
            for name in fields.TIME_FIELDS:  # timezone-aware, as UTC
                assert re.fullmatch(r"datetime64\[(s|ms|us|ns), UTC\]", dtypes[name]), \
                    (code, name)
                if "newscrawl.load" in code:
                    assert dtypes[name] == "datetime64[us, UTC]"
            assert out["df_authors_type"] == "list", code  # pandas gives parquet ndarrays
            assert dtypes["modified_raw"] != "float64", code  # an all-null text column
            assert out["df_first"]["published_utc_offset"] == wanted_offset, code
        if "table" in out:  # the card's field table says what the file stores
            for name in ("pages", "schema_version"):
                assert out["table"][name] == "int32"
                assert f"| `{name}` | int32 |" in result.card.read_text("utf-8")
        if "ds" in out:
            features = out["ds"]
            assert list(features) == fields.EXPORT_FIELDS, code
            if fmt == "parquet":
                assert "timestamp[us, tz=UTC]" in features["published_at"], code
            else:  # the offset kept: ISO text as written, not a naive timestamp
                assert features["published_at"] == "Value('string')", code
                assert out["ds_first"]["published_at"] == reference[0]["published_at"]
            if fmt == "jsonl":
                assert features["authors"] == "List(Value('string'))", code
                assert features["pages"] == "Value('int64')", code
                assert out["ds_first"]["authors"] == reference[0]["authors"]


@pytest.mark.parametrize(("fmt", "gz"), FORMATS)
def test_load_gives_every_format_the_same_typed_frame(corpus: Path, tmp_path: Path,  # noqa: F811
                                                       fmt: str, gz: bool) -> None:
    import pandas as pd

    import newscrawl

    reference = [json.loads(line) for line in
                 export(corpus, tmp_path, "jsonl", name="ref").data_file.read_text().splitlines()]
    result = export(corpus, tmp_path, fmt, compress=gz)
    for target in (result.data_file, result.data_file.parent):  # the file, or its folder
        frame = newscrawl.load(target)
        assert list(frame.columns) == fields.EXPORT_FIELDS
        assert len(frame) == len(reference) == 5
        assert str(frame["published_at"].dtype) == "datetime64[us, UTC]"
        assert str(frame["modified_raw"].dtype) == "string"
        assert str(frame["pages"].dtype) == "Int64"
        for row, want in zip(frame.to_dict("records"), reference, strict=True):
            assert row["url"] == want["url"] and row["body"] == want["body"]
            assert row["authors"] == want["authors"] and row["tags"] == want["tags"]
            assert row["published_at"] == pd.Timestamp(want["published_at"])
            assert row["published_utc_offset"] == want["published_utc_offset"]
            if want["modified_raw"] is None:
                assert pd.isna(row["modified_raw"])
            else:
                assert row["modified_raw"] == want["modified_raw"]
        assert frame["modified_raw"].isna().sum() == sum(
            r["modified_raw"] is None for r in reference)


def test_load_says_what_is_missing(tmp_path: Path) -> None:
    import newscrawl

    with pytest.raises(FileNotFoundError, match="no newscrawl export"):
        newscrawl.load(tmp_path)
