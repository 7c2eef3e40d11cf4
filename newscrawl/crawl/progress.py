"""Live progress of `newscrawl crawl` on a terminal: a line per running portal.

A Scrapy extension, on only when NEWSCRAWL_PROGRESS is true (`newscrawl crawl` turns it
on when stderr is a terminal, so cron mail and pipes stay as they were). Each crawler
draws its own tqdm line: pages fetched, articles written (new or updated: an incremental
run writes no other), errors. tqdm places the lines of the crawlers running at once one
under the other and removes each when its portal ends; the run's summary line follows.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


def errors_in(stats: dict[str, Any]) -> int:
    """A portal's error count from its crawl stats (what the summary line reports)."""
    return sum(v for k, v in stats.items() if isinstance(v, int) and k.startswith(
        ("newscrawl/http_errors/", "newscrawl/request_errors/", "spider_exceptions/")))


def _size(stream: Any) -> tuple[int, int]:
    # A terminal that reports no size (0 x 0: a pseudo-terminal nobody sized) would make
    # tqdm hide every line (it hides lines below the screen's height); 100 x 24 then.
    try:
        size = os.get_terminal_size(stream.fileno())
        return size.columns or 100, size.lines or 24
    except (OSError, ValueError, AttributeError):
        return 100, 24


class LiveProgress:
    def __init__(self, crawler: Crawler, stream: Any = None) -> None:
        self.crawler = crawler
        self.stream = stream or sys.stderr
        self.bar: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LiveProgress:
        if not crawler.settings.getbool("NEWSCRAWL_PROGRESS"):
            raise NotConfigured
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.tick, signal=signals.response_received)
        crawler.signals.connect(ext.tick, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        from tqdm import tqdm

        columns, rows = _size(self.stream)
        self.bar = tqdm(desc=spider.name, unit=" pages", file=self.stream, leave=False,
                        ncols=columns, nrows=rows, mininterval=0.5,
                        bar_format="{desc}: {n_fmt}{unit}{postfix} [{elapsed}]",
                        postfix="0 articles, 0 errors")

    def tick(self, **kwargs: Any) -> None:
        if self.bar is None:
            return
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        pages = stats.get("response_received_count", 0)
        # Articles as written to the run file; the summary's "new" counts them once synced.
        self.bar.set_postfix_str(f"{stats.get('item_scraped_count', 0)} articles, "
                                 f"{errors_in(stats)} errors", refresh=False)
        if pages > self.bar.n:
            self.bar.update(pages - self.bar.n)  # redraws at most every mininterval

    def spider_closed(self, spider: Any) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
