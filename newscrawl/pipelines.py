"""Item pipelines: thin Scrapy glue around newscrawl.record, in ITEM_PIPELINES order.

dates (200) -> validation (400) -> dedupe (500) -> run file (900, scheduled runs).
Promo, chrome and credit removal happens in the page objects (newscrawl.pages.body),
where each paragraph's HTML context is still known.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.defer import deferred_from_coro

from newscrawl.extensions import CrawlState
from newscrawl.record import bound_fields, missing_fields, normalise_dates
from newscrawl.runner import DISK_FULL
from newscrawl.state import SeenStore, content_hash

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
    """Parse published_raw / modified_raw in the portal's zone (inferred outside the catalog)."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        state = CrawlState.of(self.crawler)
        target = state.target(adapter.get("portal")) if state else None
        portal_tz = target.portal.timezone if target else None
        normalise_dates(item, portal_tz or None, given_tz=target.tz if target else None)
        if adapter.get("published_raw") and not adapter.get("published_at"):
            self.count("unparsed_date")
            logger.warning("Unparsed date %r on %s", adapter["published_raw"], adapter.get("url"))
        return item


class ValidationPipeline(_Pipeline):
    """Drop items without url/title/body/published_at, or older than the crawl's `since`."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        for name in bound_fields(item):
            self.count(f"truncated/{name}")
            logger.warning("Cut over-long %s of %s", name, adapter.get("url"))
        missing = missing_fields(item)
        if missing:
            raise self.drop(adapter, f"missing_{missing[0]}")
        state = CrawlState.of(self.crawler)
        target = state.target(adapter.get("portal")) if state else None
        since: date | None = target.since if target else None
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


class NotWritten(DropItem):
    """An article the run could not save: it stays pending for the next run."""


class RunFilePipeline(_Pipeline):
    """Scheduled runs: write each record durably to this run's file, then mark it seen.

    On with NEWSCRAWL_INCREMENTAL (as `newscrawl crawl` sets it). Each line is
    written whole, flushed and fsynced before the article is stored as seen,
    so a kill at any moment loses at most the line being written (a possible
    malformed last line) and never marks unwritten work as done. An article
    re-fetched within NEWSCRAWL_REFETCH_DAYS is written again only if its
    title or body changed.

    A write that fails (disk full, quota, file size limit) is undone (the file
    is cut back to its last whole line) and stops the run: finish reason
    `disk_full`, exit 7, one line saying what could not be written.
    """

    def __init__(self, crawler: Crawler | None = None) -> None:
        super().__init__(crawler)
        if crawler is None or not crawler.settings.getbool("NEWSCRAWL_INCREMENTAL"):
            raise NotConfigured  # no message: Scrapy would log one warning per ad-hoc crawl
        self.data_dir = Path(crawler.settings.get("NEWSCRAWL_DATA_DIR", "data"))
        self.path: Path | None = None
        self.file: BinaryIO | None = None
        self.failed = False

    def _open(self, portal: str) -> BinaryIO:
        folder = self.data_dir / portal
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")
        for n in range(100):
            path = folder / (f"{stamp}.jsonl" if n == 0 else f"{stamp}-{n}.jsonl")
            try:
                # Unbuffered: a failed write is known at once and can be undone exactly.
                self.file = path.open("xb", buffering=0)  # never append to another run's file
            except FileExistsError:
                continue
            self.path = path
            return self.file
        raise RuntimeError(f"cannot create a run file in {folder}")

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        state = CrawlState.of(self.crawler)
        store: SeenStore = state.store
        digest = content_hash(adapter.get("title"), adapter.get("body"))
        stored = store.get(adapter["url"])
        if stored is not None and stored.content_hash == digest:
            self.count("unchanged")  # re-fetched, nothing new to write
            return item
        if self.failed:
            raise NotWritten("not written: the run stopped at a failed write")
        line = json.dumps(item.to_record() if hasattr(item, "to_record") else adapter.asdict(),
                          ensure_ascii=False) + "\n"
        try:
            fh = self.file or self._open(adapter["portal"])
            end = self._write_whole(fh, line.encode("utf-8"))
            store.record(adapter["url"], portal=adapter["portal"],
                         published_at=adapter.get("published_at"), digest=digest,
                         run_file=str(self.path), aliases=state.pop_aliases(adapter["url"]),
                         file_offset=end)
        except (OSError, sqlite3.OperationalError) as exc:
            # The line is whole or absent; a store write that failed after it is healed by
            # the next run's reconciliation with the file.
            self._stop(exc)
            raise NotWritten("not written: " + str(exc)) from None
        self.count("updated" if stored is not None else "new")
        return item

    def _write_whole(self, fh: BinaryIO, data: bytes) -> int:
        """Append `data` and fsync it, or leave the file as it was; return the new end."""
        start = fh.seek(0, os.SEEK_END)
        try:
            view = memoryview(data)
            while view:
                written = fh.write(view)
                if not written:
                    raise OSError(errno.ENOSPC, "no space left on device", str(self.path))
                view = view[written:]
            os.fsync(fh.fileno())
        except OSError:
            try:
                os.ftruncate(fh.fileno(), start)
            except OSError:
                pass
            raise
        return start + len(data)

    def _stop(self, exc: BaseException) -> None:
        self.failed = True
        if isinstance(exc, sqlite3.Error):
            where = f"the seen-article store {self.data_dir / 'newscrawl.sqlite'}"
        else:
            where = getattr(exc, "filename", None) or self.path or self.data_dir
        reason = getattr(exc, "strerror", None) or str(exc)
        message = f"cannot write {where}: {reason}"
        assert self.crawler is not None
        self.crawler.stats.set_value(f"{STATS_PREFIX}/write_error", message)
        logger.error("Stopping the run: %s", message)
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=DISK_FULL))

    def close_spider(self, spider: Any = None) -> None:
        if self.file is not None:
            self.file.close()
            if self.crawler is not None:
                self.crawler.stats.set_value(f"{STATS_PREFIX}/run_file", str(self.path))


class CheckRecordPipeline(_Pipeline):
    """`newscrawl check`: keep the (one) record in the stats instead of writing it."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if self.stats is not None:
            self.stats.set_value(f"{STATS_PREFIX}/check_record", ItemAdapter(item).asdict())
        return item
