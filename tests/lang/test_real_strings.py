"""Date texts and body paragraphs as real Indonesian news pages print them.

The tables in tests/strings are strings seen in public files (each row names the portal and
the repository, path and commit, or the code-search file id, where it was seen); the
expected values were read by a person. `expected` is an ISO instant with the offset the
text printed, a wall time where it printed none, `relative` for texts completed from the
fetch time, or empty where the text holds no instant (the parser must not guess).
"""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.lang.dates import TZ_RELATIVE, parse_date_detail
from newscrawl.pages.body.blocks import blocks_in, clean_body

DATA = Path(__file__).parent.parent / "strings"
NOW = datetime(2024, 3, 10, 15, 30, tzinfo=timezone(timedelta(hours=7)))


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


DATES = _rows("real_dates.tsv")
PARAGRAPHS = _rows("real_paragraphs.tsv")


def test_the_tables_are_large_and_say_where_each_string_was_seen() -> None:
    assert len(DATES) >= 60 and len(PARAGRAPHS) >= 70
    assert len({r["portal"] for r in DATES}) >= 15
    for row in DATES + PARAGRAPHS:
        assert row["repo"] or "find_string id=" in row["notes"], row["text"]


@pytest.mark.parametrize("row", DATES, ids=[r["text"][:40] for r in DATES])
def test_real_date_text(row: dict[str, str]) -> None:
    parsed = parse_date_detail(row["text"], default_tz="Asia/Jakarta", now=NOW)
    expected = row["expected"]
    if not expected:
        assert parsed is None  # no instant in the text: nothing guessed
        return
    assert parsed is not None
    if expected == "relative":
        assert parsed.tz_source == TZ_RELATIVE
        return
    want = datetime.fromisoformat(expected)
    if want.tzinfo is None:  # no zone printed: the wall time, in the portal's zone
        assert parsed.value.replace(tzinfo=None) == want
    else:  # the same instant, written with the offset the text printed
        assert parsed.value == want and parsed.value.utcoffset() == want.utcoffset()


def _fields(spec: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in filter(None, spec.split(";")):
        kind, _, value = part.partition("=")
        out.setdefault(kind, []).append(value)
    return out


@pytest.mark.parametrize("row", PARAGRAPHS, ids=[r["text"][:40] for r in PARAGRAPHS])
def test_real_paragraph(row: dict[str, str]) -> None:
    # As a crawl meets it: the line's HTML inside a body, after a real first paragraph.
    lead = "<p>Pemerintah kota menggelar rapat soal banjir rob di pesisir utara kemarin.</p>"
    fragment = row["text"] if "<" in row["text"] else f"<p>{row['text']}</p>"
    root = lxml_html.fragment_fromstring(lead + fragment, create_parent="div")
    body = clean_body(blocks_in(root))
    kept = body.paragraphs[1:]
    if row["label"] == "body":
        assert kept, "a real sentence was removed"
        return
    assert kept == [], f"{row['label']} left in the body"
    if row["label"] == "credit":
        got = {"authors": body.authors, "editors": body.editors,
               "source": [body.source] if body.source else []}
        for kind, values in _fields(row["field_value"]).items():
            assert got[kind] == values, kind
