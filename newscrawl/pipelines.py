"""Item pipelines: thin Scrapy glue around newscrawl.record, in ITEM_PIPELINES order.

dates (200) -> promos (300) -> validation (400) -> dedupe (500)
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawl.catalog import CatalogError, get_portal
from newscrawl.record import missing_fields, normalise_body, normalise_dates

logger = logging.getLogger(__name__)
STATS_PREFIX = "newscrawl"


class _Pipeline:
    def __init__(self, crawler: Crawler | None = None) -> None:
        self.crawler = crawler
        self.stats = crawler.stats if crawler else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> _Pipeline:
        return cls(crawler)

    def count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"{STATS_PREFIX}/{key}")

    def drop(self, adapter: ItemAdapter, reason: str) -> DropItem:
        self.count(f"dropped/{reason}")
        logger.warning("Dropped %s: %s", adapter.get("url") or "(no url)", reason)
        return DropItem(reason)


class DatesPipeline(_Pipeline):
    """Parse published_raw / modified_raw in the portal's zone (NEWSCRAWL_DEFAULT_TZ if unknown)."""

    def __init__(self, crawler: Crawler | None = None, default_tz: str = "Asia/Jakarta") -> None:
        super().__init__(crawler)
        if crawler is not None:
            default_tz = crawler.settings.get("NEWSCRAWL_DEFAULT_TZ", default_tz)
        self.default_tz = default_tz

    def portal_tz(self, portal_id: str | None) -> str:
        try:
            return get_portal(portal_id).timezone if portal_id else self.default_tz
        except CatalogError:
            return self.default_tz

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        normalise_dates(item, self.portal_tz(adapter.get("portal")))
        if adapter.get("published_raw") and not adapter.get("published_at"):
            self.count("unparsed_date")
            logger.warning("Unparsed date %r on %s", adapter["published_raw"], adapter.get("url"))
        return item


class PromoPipeline(_Pipeline):
    """Remove promo paragraphs; credit lines become authors / editors / source."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        before = len(ItemAdapter(item).get("removed_promos") or [])
        normalise_body(item)
        removed = len(ItemAdapter(item)["removed_promos"]) - before
        if self.stats is not None and removed:
            self.stats.inc_value(f"{STATS_PREFIX}/promos_removed", removed)
        return item


class ValidationPipeline(_Pipeline):
    """Drop items without url/title/body/published_at, or older than the spider's `since`."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        missing = missing_fields(item)
        if missing:
            raise self.drop(adapter, f"missing_{missing[0]}")
        since: date | None = getattr(getattr(self.crawler, "spider", None), "since", None)
        if since and datetime.fromisoformat(adapter["published_at"]).date() < since:
            raise self.drop(adapter, "older_than_since")
        return item


class DedupePipeline(_Pipeline):
    """One record per canonical URL per run."""

    def __init__(self, crawler: Crawler | None = None) -> None:
        super().__init__(crawler)
        self.seen: set[str] = set()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        if adapter["url"] in self.seen:
            raise self.drop(adapter, "duplicate")
        self.seen.add(adapter["url"])
        self.count("items_ok")
        return item


def run_pipelines(item: Any, default_tz: str = "Asia/Jakarta") -> Any:
    """The pipelines in crawl order, outside Scrapy (for `newscrawl parse`). Raises DropItem."""
    for pipeline in (DatesPipeline(default_tz=default_tz), PromoPipeline(),
                     ValidationPipeline(), DedupePipeline()):
        item = pipeline.process_item(item)
    return item
