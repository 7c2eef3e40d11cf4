"""Crawler-level components shared by the spider and the pipelines.

`CrawlState` is an extension (one per crawler): the seen-article store of
incremental runs, the aliases that led to each article, and the portal each
spider crawls with its options (zone, `since`). The spider registers into it;
pipelines read it through `crawler.get_extension(CrawlState)`, never through
spider attributes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawl.catalog import CatalogError, Portal, get_portal
from newscrawl.lang.zones import DEFAULT_ZONE
from newscrawl.store.protocol import SeenStoreProtocol
from newscrawl.store.sqlite import SeenStore


class InvalidRecord(DropItem):
    """A record dropped for want of url, title, body or published_at: an invalid article
    page, which the seen store remembers (`item_dropped` tells it by this type)."""


@dataclass(frozen=True)
class CrawlTarget:
    """A portal as this crawl reads it."""

    portal: Portal
    tz: str | None = None  # the user's zone for a portal outside the catalog (-a tz=)
    since: date | None = None


class CrawlState:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.store: SeenStoreProtocol | None = None
        if settings.getbool("NEWSCRAWL_INCREMENTAL"):
            if settings.get("NEWSCRAWL_REDIS_URL"):
                # Distributed mode: one store for every worker, in Redis.
                from newscrawl.crawl.distributed.guard import connect
                from newscrawl.store.redis import RedisSeenStore

                self.store = RedisSeenStore(connect(settings.get("NEWSCRAWL_REDIS_URL")))
            else:
                data_dir = Path(settings.get("NEWSCRAWL_DATA_DIR", "data"))
                self.store = SeenStore(data_dir / "newscrawl.sqlite")
        self.refetch_days = settings.getint("NEWSCRAWL_REFETCH_DAYS", 0)
        self.default_tz: str = settings.get("NEWSCRAWL_DEFAULT_TZ", DEFAULT_ZONE)
        # canonical URL -> URLs that led to it (listing links, page URLs), for the store
        self.aliases: dict[str, set[str]] = {}
        self.targets: dict[str, CrawlTarget] = {}
        self.stats = crawler.stats
        self.data_dir = Path(settings.get("NEWSCRAWL_DATA_DIR", "data"))
        # Closed after the feeds have finished (they mark their last records seen then).
        crawler.signals.connect(self.close, signal=signals.engine_stopped)
        self.crawler = crawler
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlState:
        return cls(crawler)

    @staticmethod
    def of(crawler: Crawler | None) -> CrawlState | None:
        """The crawler's CrawlState (None outside a crawl, e.g. a pipeline in a notebook)."""
        if crawler is None:
            return None
        try:
            return crawler.get_extension(CrawlState)
        except RuntimeError:
            return None

    # --- portals ------------------------------------------------------------

    def register(self, target: CrawlTarget) -> None:
        """A spider crawls `target`: heal the store from its run files first."""
        self.targets[target.portal.id] = target
        if self.store is not None:
            folder = self.data_dir / target.portal.id
            files = sorted([*folder.glob("*.jsonl"), *folder.glob("*.jsonl.gz")])
            added = self.store.reconcile(target.portal.id, files)
            if added:
                self.stats.inc_value("newscrawl/reconciled", added)

    def target(self, portal_id: str | None) -> CrawlTarget | None:
        if not portal_id:
            return None
        if portal_id in self.targets:
            return self.targets[portal_id]
        try:
            return CrawlTarget(get_portal(portal_id))
        except CatalogError:
            return None

    # --- seen store ---------------------------------------------------------

    def already_stored(self, url: str) -> bool:
        """True when an incremental run need not fetch `url` again."""
        if self.store is None:
            return False
        stored = self.store.get(url)
        if stored is None:
            return False
        if self.refetch_days and stored.published_at:
            try:
                published = datetime.fromisoformat(stored.published_at)
            except ValueError:
                return True
            if (datetime.now(published.tzinfo) - published).days < self.refetch_days:
                self.stats.inc_value("newscrawl/refetched")
                return False
        return True

    def add_aliases(self, url: str, aliases: set[str | None] | set[str]) -> None:
        if self.store is not None:
            self.aliases.setdefault(url, set()).update(a for a in aliases if a)

    def pop_aliases(self, url: str) -> set[str]:
        return self.aliases.pop(url, set())

    def item_dropped(self, item: Any, response: Any = None, exception: Any = None,
                     spider: Any = None) -> None:
        # A dropped article (invalid, a duplicate, unchanged) is a counted skip: not pending
        # any more. (One the run could not write is not dropped: it stays pending.)
        if self.store is not None:
            url = getattr(item, "url", None)
            if url:
                urls = {url, *self.pop_aliases(url)}
                self.store.forget_pending(urls)
                reason = str(exception or "")
                if isinstance(exception, InvalidRecord):  # an invalid page: no body, title or date
                    # Fetched again every run (it may be filled in later; skipping it could
                    # lose it), but a page that was invalid before is no news: it does not
                    # make a run that found nothing new look like a template change.
                    if any(self.store.dropped_at(u) for u in urls):
                        self.stats.inc_value("newscrawl/dropped_again")
                    self.store.note_dropped(urls, portal=getattr(item, "portal", None) or "",
                                            reason=reason)

    def write_failed(self, exc: BaseException) -> None:
        """The store could not be written (disk full): stop the crawl, as a feed write does."""
        from scrapy.utils.defer import deferred_from_coro

        from newscrawl.exits import DISK_FULL

        message = f"cannot write the seen-article store: {exc}"
        if not self.stats.get_value("newscrawl/write_error"):
            self.stats.set_value("newscrawl/write_error", message)
            logging.getLogger(__name__).error("Stopping the run: %s", message)
            if self.crawler.engine is not None:
                deferred_from_coro(self.crawler.engine.close_spider_async(reason=DISK_FULL))

    def close(self, spider: Any = None) -> None:
        if self.store is not None:
            self.store.close()
