"""Choosing between the dates a page gives, and the record built from extracted fields."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from newscrawl.lang.dates import parse_date_detail
from newscrawl.model.article import Article
from newscrawl.model.finalise import (
    MAX_TEXT_CHARS,
    bound_fields,
    missing_fields,
    normalise_dates,
    reconcile_dates,
    url_date,
)

NOW = datetime(2024, 3, 10, 12, 0, tzinfo=timezone(timedelta(hours=7)))


def _dates(raw: str, alt: str | None, zone: str, url: str = "https://x.id/a") -> Article:
    item = Article(url=url, published_raw=raw, published_alt_raw=alt,
                   crawled_at="2024-03-10T05:00:00Z")
    normalise_dates(item, zone)
    return item


def test_local_time_labelled_utc_trusts_the_visible_date() -> None:
    item = _dates("2022-02-22T11:11:00+00:00", "22 Februari 2022 11:11", "Asia/Makassar")
    assert item.published_at == "2022-02-22T11:11:00+08:00"
    assert item.published_raw == "22 Februari 2022 11:11"  # what the date was read from
    assert item.published_alt_raw == "2022-02-22T11:11:00+00:00"  # the other text, kept


def test_stale_machine_date_loses_to_the_url_date_path() -> None:
    url = "https://beritajatim.com/2022/02/22/jembatan-suramadu/"
    item = _dates("2019-05-01T10:00:00+07:00", "Selasa, 22 Februari 2022 09:30 WIB",
                  "Asia/Jakarta", url)
    assert item.published_at == "2022-02-22T09:30:00+07:00"


def test_days_apart_without_a_url_date_keeps_the_machine_date() -> None:
    item = _dates("2019-05-01T10:00:00+07:00", "Selasa, 22 Februari 2022 09:30 WIB",
                  "Asia/Jakarta", "https://x.id/berita/123/slug")
    assert item.published_at == "2019-05-01T10:00:00+07:00"


def test_agreeing_dates_keep_the_machine_text_and_the_visible_one_beside_it() -> None:
    item = _dates("2020-10-07T15:13:00+0700", "- 7 Oktober 2020, 15:13 WIB", "Asia/Jakarta")
    assert item.published_at == "2020-10-07T15:13:00+07:00"
    assert item.published_raw == "2020-10-07T15:13:00+0700"
    assert item.published_tz_source == "explicit"


def test_zone_word_wins_over_a_zoneless_machine_date_of_the_same_instant() -> None:
    item = _dates("2022-02-22 14:05:00", "Kompas.com - 22/02/2022, 14:05 WIB", "Asia/Jakarta")
    assert item.published_tz_source == "explicit"
    assert item.published_raw == "Kompas.com - 22/02/2022, 14:05 WIB"


def test_modified_before_published_is_dropped_but_kept_raw() -> None:
    item = Article(url="https://x.id/a", published_raw="2022-02-22T09:30:00+07:00",
                   modified_raw="2022-02-21T08:00:00+07:00", crawled_at="2024-03-10T05:00:00Z")
    normalise_dates(item, "Asia/Jakarta")
    assert item.modified_at is None and item.modified_raw == "2022-02-21T08:00:00+07:00"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://solo.tribunnews.com/2020/10/09/slug", "2020-10-09"),
    ("https://www.balipost.com/news/2022/02/22/slug/", "2022-02-22"),
    ("https://x.id/read/2022/13/40/1/slug", None),
    ("https://x.id/berita/12345/slug", None),
])
def test_url_date(url: str, expected: str | None) -> None:
    value = url_date(url)
    assert (value.isoformat() if value else None) == expected


def test_only_one_date_parses() -> None:
    visible = parse_date_detail("22 Februari 2022 11:11 WITA", now=NOW)
    chosen, is_visible = reconcile_dates(None, visible, None)
    assert chosen is visible and is_visible


def test_other_item_types_get_the_same_record_steps_as_an_article() -> None:
    # A spider of a user's own may yield dicts: the steps read and write them through
    # itemadapter, with the result an Article gets.
    raw = {"url": "https://x.id/a", "published_raw": "22 Februari 2022 11:11",
           "modified_raw": None, "published_alt_raw": None, "crawled_at": "2024-03-10T05:00:00Z",
           "title": "x" * (MAX_TEXT_CHARS + 5), "tags": ["t"] * 150, "body": None}
    item, article = dict(raw), Article(**raw)
    for record in (item, article):
        normalise_dates(record, "Asia/Makassar")
        assert sorted(bound_fields(record)) == ["tags", "title"]
    assert item["published_at"] == article.published_at == "2022-02-22T11:11:00+08:00"
    assert len(item["title"]) == len(article.title) == MAX_TEXT_CHARS
    assert len(item["tags"]) == len(article.tags) == 100
    assert missing_fields(item) == missing_fields(article) == ["body"]


def test_the_in_process_api_reads_a_page_without_importing_scrapy() -> None:
    # `newscrawl.parse_page` in a notebook loads newscrawl's own modules, not Scrapy and
    # Twisted (half a second and some 40,000 objects more).
    code = ("import sys, newscrawl\n"
            "r = newscrawl.parse_page('<html><body><h1>Judul berita</h1><p>' + 'Isi. ' * 40"
            " + '</p></body></html>', 'https://x.example/2024/01/02/judul-berita-ini-panjang/')\n"
            "print(r['title'], [m for m in ('scrapy', 'twisted', 'itemadapter')"
            " if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.strip() == "Judul berita []"
