"""Provenance travels on the item: the pipelines read a record's zone, `since` and stored
digest from the item itself, with no crawl state behind them, and it never reaches the
record."""

from __future__ import annotations

import json
from datetime import date

import pytest
from scrapy.exceptions import DropItem

from newscrawl.crawl.pipelines import FinalisePipeline, SincePipeline, UnchangedPipeline
from newscrawl.model.article import ARTICLE_FIELDS, Article, Provenance
from newscrawl.store.protocol import change_digest


def article(**provenance: object) -> Article:
    return Article(url="https://berita-lokal.example/2024/03/01/banjir/",
                   portal="berita-lokal.example", family="generic", title="Banjir",
                   body="Banjir merendam dua desa.", published_raw="1 Maret 2024 10:00",
                   crawled_at="2024-03-01T05:00:00Z",
                   provenance=Provenance(**provenance) if provenance else None)


def test_the_zone_given_for_a_portal_outside_the_catalog_comes_with_the_item() -> None:
    # No crawler, no registry: only the item says the user gave WITA (-a tz=Asia/Makassar).
    item = FinalisePipeline().process_item(article(given_tz="Asia/Makassar"))
    assert item.published_at == "2024-03-01T10:00:00+08:00"
    assert item.published_tz_source == "argument"
    bare = FinalisePipeline().process_item(article())
    assert bare.published_at == "2024-03-01T10:00:00+07:00"  # nothing given: WIB assumed


def test_since_comes_with_the_item() -> None:
    pipeline = SincePipeline()
    old = FinalisePipeline().process_item(article(since=date(2024, 3, 2)))
    with pytest.raises(DropItem, match="older_than_since"):
        pipeline.process_item(old)
    kept = FinalisePipeline().process_item(article(since=date(2024, 3, 1)))
    assert pipeline.process_item(kept) is kept


def test_an_article_fetched_again_is_dropped_only_when_its_stored_digest_matches() -> None:
    pipeline = UnchangedPipeline.__new__(UnchangedPipeline)  # as enabled by an incremental crawl
    pipeline.crawler = pipeline.stats = None
    same = article(stored_digest=change_digest("Banjir", "Banjir merendam dua desa."))
    with pytest.raises(DropItem, match="unchanged"):
        pipeline.process_item(same)
    changed = article(stored_digest=change_digest("Banjir", "Banjir merendam tiga desa."))
    assert pipeline.process_item(changed) is changed
    new = article()  # never stored: no digest travels with it
    assert pipeline.process_item(new) is new


def test_provenance_is_never_part_of_the_record() -> None:
    item = article(given_tz="Asia/Jayapura", aliases=frozenset({"https://x.example/a?page=2"}))
    record = item.to_record()
    assert list(record) == ARTICLE_FIELDS
    assert "provenance" not in record and "provenance" not in json.dumps(record)
    assert "provenance" not in ARTICLE_FIELDS
