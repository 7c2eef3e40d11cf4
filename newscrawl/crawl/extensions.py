"""Crawler-level components shared by the spider, the pipelines and the feed.

`CrawlState` is an extension (one per crawler) holding the seen-article store of
incremental runs: the spider asks it what is stored, the feed marks what it wrote, and a
dropped record stops being pending. Everything about one article (its portal's zone,
`since`, the URLs that led to it, its stored digest) travels on the item as its
`Provenance`, never through here.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawl.lang.zones import DEFAULT_ZONE
from newscrawl.store.protocol import SeenStoreProtocol
from newscrawl.store.sqlite import SeenStore


class InvalidRecord(DropItem):
    """A record dropped for want of url, title, body or published_at: an invalid article
    page, which the seen store remembers (`item_dropped` tells it by this type)."""


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

    def heal(self, portal_id: str) -> None:
        """Before a spider crawls a portal: add to the store what its run files hold and the
        store lacks (a run killed between writing a record and marking it seen)."""
        if self.store is not None:
            folder = self.data_dir / portal_id
            files = sorted([*folder.glob("*.jsonl"), *folder.glob("*.jsonl.gz")])
            added = self.store.reconcile(portal_id, files)
            if added:
                self.stats.inc_value("newscrawl/reconciled", added)

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

    def stored_digest(self, url: str) -> str | None:
        """The stored title+body digest of an article fetched again (scheduled runs with
        NEWSCRAWL_REFETCH_DAYS): the record is not written again when it has not changed."""
        if self.store is None or not self.refetch_days:
            return None
        stored = self.store.get(url)
        return stored.digest if stored is not None else None

    def item_dropped(self, item: Any, response: Any = None, exception: Any = None,
                     spider: Any = None) -> None:
        # A dropped article (invalid, a duplicate, unchanged) is a counted skip: not pending
        # any more. (One the run could not write is not dropped: it stays pending.)
        if self.store is not None:
            url = getattr(item, "url", None)
            if url:
                provenance = getattr(item, "provenance", None)
                urls = {url, *(provenance.aliases if provenance else ())}
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
