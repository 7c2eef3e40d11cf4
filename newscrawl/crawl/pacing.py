"""One pace per host across the crawlers of one process: portals that share a host
(detik's regional desks all live on www.detik.com) are crawled at once, and together they
fetch from it no faster than one portal would.

Scrapy paces requests per download slot, and a slot belongs to one crawler: two crawlers of
one host would each keep their own delay and double the host's load. `newscrawl crawl` of
many portals (newscrawl.crawl.runner) gives every crawler it makes the run's `HostPacer`;
`SharedHostPaceMiddleware` makes a request to a host that several running crawlers fetch
from wait for the host's next turn. A host one crawler fetches from is left to Scrapy's own
slot (DOWNLOAD_DELAY, AutoThrottle), as in a `scrapy crawl` of one portal."""

from __future__ import annotations

import random
import time
from collections import Counter
from typing import Any

from scrapy.crawler import Crawler
from scrapy.http import Request
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import DeferredLock

from newscrawl.crawl.middlewares import STOP_CHECK_SECONDS, StoppedDuringRest, crawl_stopping


class HostPacer:
    """The turns of shared hosts, on the downloader's clock (time.monotonic). Shared by the
    crawlers of one process (one reactor: no locking needed)."""

    def __init__(self) -> None:
        self._crawls: Counter[str] = Counter()
        self._next: dict[str, float] = {}

    def enter(self, host: str) -> None:
        """A crawl fetching from `host` started."""
        self._crawls[host] += 1

    def leave(self, host: str) -> None:
        """A crawl fetching from `host` ended."""
        self._crawls[host] -= 1
        if self._crawls[host] <= 0:
            del self._crawls[host]
            self._next.pop(host, None)

    def shared(self, host: str) -> bool:
        return self._crawls.get(host, 0) > 1

    def reserve(self, host: str, ready: float, spacing: float) -> float:
        """When a request to `host` may go: not before `ready` (its own crawler's slot
        allows it) nor before the host's next turn; the turn after it comes `spacing`
        later."""
        at = max(ready, self._next.get(host, 0.0))
        self._next[host] = at + spacing
        return at


class StoppedWhilePaced(StoppedDuringRest):
    """A request that waited for its shared host's turn when the crawl was told to stop:
    dropped, not failed (its article stays pending for the next run)."""


class SharedHostPaceMiddleware:
    """Waits a request to a shared host until its turn (see the module's docstring). The
    spacing is the crawler's own: its slot's delay (AutoThrottle's, or a rest after a
    block) with its random spread, at least DOWNLOAD_DELAY; a turn is also never before the
    crawler's own slot would send, so the slot adds no second wait that could bunch two
    crawlers' requests together."""

    def __init__(self, crawler: Crawler, pacer: HostPacer | None) -> None:
        self.crawler = crawler
        self.pacer = pacer
        self.delay = crawler.settings.getfloat("DOWNLOAD_DELAY")
        self.jitter = 0.5 if crawler.settings.getbool("RANDOMIZE_DOWNLOAD_DELAY") else 0.0
        # One request of this crawler per host waits for a turn at a time: a crawl's
        # backlog never books the host's turns ahead of the other crawlers'.
        self.locks: dict[str, DeferredLock] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedHostPaceMiddleware:
        return cls(crawler, getattr(crawler, "newscrawl_host_pacer", None))

    async def process_request(self, request: Request, spider: Any = None) -> None:
        if self.pacer is None:
            return None
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        if not self.pacer.shared(key):
            return None
        lock = self.locks.setdefault(key, DeferredLock())
        await maybe_deferred_to_future(lock.acquire())
        try:
            slot = downloader.slots.get(key)
            delay = max(self.delay, slot.delay if slot is not None else 0.0)
            jitter = slot.jitter if slot is not None else self.jitter
            now = time.monotonic()
            ready = slot.lastseen + delay * (1 + jitter) if slot is not None else now
            spacing = delay * (1 + random.uniform(-jitter, jitter))  # noqa: S311
            at = self.pacer.reserve(key, max(now, ready), spacing)
            while (left := at - time.monotonic()) > 0:
                if crawl_stopping(self.crawler):
                    self.crawler.stats.inc_value("newscrawl/skipped/stopped_while_paced")
                    raise StoppedWhilePaced(f"the crawl stopped while {request.url} waited "
                                            f"for its turn at {key}")
                await _sleep(min(left, STOP_CHECK_SECONDS))
            self.crawler.stats.inc_value("newscrawl/paced_shared_host")
        finally:
            lock.release()
        return None


async def _sleep(seconds: float) -> None:
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))
