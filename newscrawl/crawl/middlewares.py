"""Downloader middlewares: stay on the portal (redirects included), and retry blocks
(403, 429, 503) with backoff, honouring Retry-After, by slowing the portal's own slot."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.response import response_status_message

BLOCK_STATUSES = frozenset({403, 429, 503})
# How often a rest checks whether the crawl was told to stop (a stop waits at most this).
STOP_CHECK_SECONDS = 0.5
logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (a number or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class PortalScopeMiddleware:
    """Only the portal's own pages are downloaded: a redirect to another host (or out of a
    detik desk's path) is a counted skip, `newscrawl/skipped/offsite_redirect`.

    Runs before RobotsTxtMiddleware, so not even the other host's robots.txt is fetched.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PortalScopeMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Any = None) -> None:
        spider = self.crawler.spider
        owns = getattr(spider, "owns", None)
        if owns is None or not request.meta.get("redirect_urls") or owns(request.url):
            return None
        self.crawler.stats.inc_value("newscrawl/skipped/offsite_redirect")
        raise IgnoreRequest(f"offsite redirect to {request.url} "
                            f"(from {request.meta['redirect_urls'][0]})")


def crawl_stopping(crawler: Crawler) -> bool:
    """Whether the crawl was told to stop. Scrapy has no signal for "the spider started
    closing": engine.stop() clears `running`; a close (CLOSESPIDER_TIMEOUT, the run's
    deadline) sets the slot's `closing`. Both wait for the requests in the downloader,
    rests and paced waits included."""
    engine = crawler.engine
    return engine is None or not engine.running or getattr(
        getattr(engine, "_slot", None), "closing", None) is not None


class StoppedDuringRest(IgnoreRequest):
    """A request that waited out a portal's rest when the crawl was told to stop: dropped,
    not failed (the article stays pending for the next run)."""


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that waits before retrying a block, counted per portal in the stats.

    The wait is the response's Retry-After when it gives one, else
    NEWSCRAWL_BACKOFF_BASE * 2**attempt seconds; never more than
    NEWSCRAWL_BACKOFF_MAX. Other statuses are retried as Scrapy does.
    """

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.retry_http_codes |= BLOCK_STATUSES
        self.backoff_base = settings.getfloat("NEWSCRAWL_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("NEWSCRAWL_BACKOFF_MAX", 60.0)
        # slot key -> (its delay before a block slowed it, when the rest ends, its jitter)
        self.rested: dict[str, tuple[float, float, float]] = {}
        self.watch: Any = None  # LoopingCall that ends the rests when the crawl stops

    def backoff(self, request: Request, response: Response) -> float:
        asked = retry_after_seconds(response.headers.get("Retry-After"))
        if asked is None:
            asked = self.backoff_base * 2 ** request.meta.get("retry_times", 0)
        return min(asked, self.backoff_max)

    def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if response.status not in BLOCK_STATUSES or request.meta.get("dont_retry", False):
            if self.rested:
                self.restore_slot(request)
            return super().process_response(request, response)
        self.crawler.stats.inc_value(f"newscrawl/blocked/{response.status}")
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        # The portal rests: its download slot waits before any further request to it (this
        # retry and every other), rather than this one request sleeping while the others go.
        seconds = self.backoff(request, response)
        self.slow_slot(request, seconds)
        logger.info("%s answered %s: the portal rests %.1f s before any further request",
                    request.url, response.status, seconds)
        return retry

    def _slot(self, request: Request) -> tuple[str, Any]:
        downloader = self.crawler.engine.downloader
        key = request.meta.get("download_slot") or downloader.get_slot_key(request)
        return key, downloader.slots.get(key)

    def slow_slot(self, request: Request, seconds: float) -> None:
        key, slot = self._slot(request)
        if slot is None:
            return
        now = time.monotonic()  # the downloader's clock
        before = self.rested.get(key, (slot.delay, now, getattr(slot, "jitter", 0.0)))
        self.rested[key] = (before[0], now + seconds, before[2])  # what to go back to, when
        slot.delay = max(slot.delay, seconds)
        slot.jitter = 0.0  # Retry-After is a minimum, not an average (no random spread)
        slot.lastseen = now  # the wait counts from now
        # Pages already on their way answer during the rest; AutoThrottle would halve the
        # slot's delay from their latency and cut the rest short. Their latency says
        # nothing about when the portal wants us back, so it does not count.
        for sent in slot.active:
            sent.meta["autothrottle_dont_adjust_delay"] = True
        if self.watch is None:
            from twisted.internet.task import LoopingCall

            self.watch = LoopingCall(self._end_rests_if_stopping)
            self.watch.start(STOP_CHECK_SECONDS, now=False)

    def _stopping(self) -> bool:
        return crawl_stopping(self.crawler)

    def _end_rests_if_stopping(self) -> None:
        """A stop (SIGTERM, SIGINT, the time limit) does not wait out a rest (up to
        NEWSCRAWL_BACKOFF_MAX, 60 s): the requests queued behind it are dropped, counted,
        and their articles stay pending for the next run."""
        if not self.rested or not self._stopping():
            if not self.rested and self.watch is not None and self.watch.running:
                self.watch.stop()
                self.watch = None
            return
        downloader = self.crawler.engine.downloader
        for key in list(self.rested):
            delay, _, jitter = self.rested.pop(key)
            slot = downloader.slots.get(key)
            if slot is None:
                continue
            slot.delay, slot.jitter = delay, jitter
            while slot.queue:
                request, deferred = slot.queue.popleft()
                self.crawler.stats.inc_value("newscrawl/skipped/stopped_during_rest")
                deferred.errback(StoppedDuringRest(
                    f"the crawl stopped while the portal rested: {request.url}"))

    def restore_slot(self, request: Request) -> None:
        key, slot = self._slot(request)
        # Answers to requests sent before the block do not end the rest; later ones do.
        if slot is not None and key in self.rested and time.monotonic() >= self.rested[key][1]:
            delay, _, jitter = self.rested.pop(key)
            slot.delay, slot.jitter = delay, jitter
