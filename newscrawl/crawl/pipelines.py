"""Item pipelines: thin Scrapy glue around newscrawl.model.finalise, in ITEM_PIPELINES order.

finalise (200: dates, limits, required fields) -> since (400) -> dedupe (500) -> unchanged
(600, scheduled runs),
then the durable JSON-lines feed (newscrawl.crawl.feeds), the only write path.
Promo, chrome and credit removal happens in the page objects (newscrawl.pages.body.blocks),
where each paragraph's HTML context is still known.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from newscrawl.catalog import CatalogError, get_portal
from newscrawl.crawl.extensions import InvalidRecord
from newscrawl.model.article import Provenance
from newscrawl.model.finalise import finalise
from newscrawl.store.protocol import change_digest

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

    @staticmethod
    def provenance(item: Any, adapter: ItemAdapter) -> Provenance:
        """How the crawl reads the record: what the spider put on the item, or for an item
        of another spider (a dict, an Article without it) its catalog portal's zone."""
        given = getattr(item, "provenance", None)
        if given is not None:
            return given
        try:
            return Provenance(portal_zone=get_portal(adapter.get("portal") or "").timezone)
        except CatalogError:
            return Provenance()

    def drop(self, adapter: ItemAdapter, reason: str, kind: type[DropItem] = DropItem
             ) -> DropItem:
        self.count(f"dropped/{reason}")
        logger.warning("Dropped %s: %s", adapter.get("url") or "(no url)", reason)
        return kind(reason)


class FinalisePipeline(_Pipeline):
    """Finish the record (newscrawl.model.finalise.finalise: dates in the portal's zone, fields
    cut to their limits, required fields checked), counting what it did; drop a record
    without url, title, body or published_at."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        provenance = self.provenance(item, adapter)
        done = finalise(item, provenance.portal_zone or None, given_tz=provenance.given_tz)
        if done.unparsed_date:
            self.count("unparsed_date")
            logger.warning("Unparsed date %r on %s", adapter["published_raw"], adapter.get("url"))
        for name in done.cut:
            self.count(f"truncated/{name}")
            logger.warning("Cut over-long %s of %s", name, adapter.get("url"))
        if done.missing and self.drop_invalid:
            raise self.drop(adapter, f"missing_{done.missing[0]}", InvalidRecord)
        return item

    @property
    def drop_invalid(self) -> bool:
        # `newscrawl check` keeps an invalid record: what came out empty is its report.
        return self.crawler is None or self.crawler.settings.getbool(
            "NEWSCRAWL_DROP_INVALID", True)


class SincePipeline(_Pipeline):
    """Drop records published before the crawl's `since` (`-a since=`)."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        since: date | None = self.provenance(item, adapter).since
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


class UnchangedPipeline(_Pipeline):
    """Scheduled runs: an article re-fetched within NEWSCRAWL_REFETCH_DAYS whose title and body
    did not change is not written again (a counted skip, `newscrawl/unchanged`)."""

    def __init__(self, crawler: Crawler | None = None) -> None:
        super().__init__(crawler)
        if crawler is None or not crawler.settings.getbool("NEWSCRAWL_INCREMENTAL"):
            raise NotConfigured  # no message: Scrapy would log one warning per ad-hoc crawl

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        stored = self.provenance(item, adapter).stored_digest
        if stored is not None and stored == change_digest(adapter.get("title"),
                                                          adapter.get("body")):
            self.count("unchanged")
            raise DropItem("unchanged since it was stored")
        return item


class CheckRecordPipeline(_Pipeline):
    """`newscrawl check`: keep the (one) record in the stats instead of writing it."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if self.stats is not None:
            record = item.to_record() if hasattr(item, "to_record") else ItemAdapter(item).asdict()
            self.stats.set_value(f"{STATS_PREFIX}/check_record", record)
        return item
