"""A worker's Redis going away: reconnect for a bounded time, then stop the worker cleanly.

Every Redis client of a worker (the seen store, the work queue, scrapy-redis's scheduler
and dupefilter) is a `GuardedRedis`: a command that finds Redis gone (connection refused
or cut, a timeout) or refusing writes for a while (out of memory under `noeviction`, a
read-only replica, loading its data, MISCONF) waits and tries again, for at most
NEWSCRAWL_REDIS_RECONNECT_SECONDS from the first failure. Redis back in time: the crawl
goes on where it was, nothing lost. Not back: the guard gives up once for the whole
process; every crawler closes with the finish reason `redis_unavailable` (`RedisWatch`),
no further portal is claimed, and `newscrawl worker` ends with EXIT_REDIS and one line
naming Redis and what it said. SIGINT/SIGTERM while waiting gives up at once.

The wait blocks the worker's reactor (scrapy-redis's scheduler is synchronous): while
Redis is away nothing else of the crawl can go on anyway.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

logger = logging.getLogger(__name__)
# Outside a crawl (seeding, the end of a run) there is no log file: nothing on the terminal.
logger.addHandler(logging.NullHandler())

REDIS_LOST = "redis_unavailable"  # the finish reason of a crawl stopped by the guard
BACK_FOR = 10.0  # seconds without a failure after which an outage is over
# Redis replies that say "not now" rather than "never": worth waiting for.
_TRANSIENT_REPLIES = ("MISCONF", "MASTERDOWN", "TRYAGAIN", "LOADING", "READONLY", "BUSY ")


class RedisUnavailable(redis.exceptions.RedisError):
    """Redis stayed away (or kept refusing writes) longer than the reconnect window."""


def _said(error: BaseException) -> str:
    """What Redis (or the connection to it) said, in one line, without redis-py's wrapping."""
    if isinstance(error, (socket.timeout, redis.exceptions.TimeoutError)):
        text = f"timed out ({error})" if str(error) else "timed out"
    else:
        text = str(error) or type(error).__name__
    if "caused error: " in text:  # a pipeline's: "Command # 1 (HSET ...) of pipeline caused.."
        text = text.split("caused error: ", 1)[1]
    text = text.split(". script: ", 1)[0].rstrip(".")
    if isinstance(error, redis.exceptions.OutOfMemoryError):
        text = f"out of memory (OOM): {text}"
    return " ".join(text.split())


def retryable(error: BaseException) -> bool:
    if isinstance(error, RedisUnavailable):
        return False
    if isinstance(error, (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError,
                          socket.timeout, redis.exceptions.OutOfMemoryError,
                          redis.exceptions.ReadOnlyError)):
        return True
    return isinstance(error, redis.exceptions.ResponseError) and \
        str(error).startswith(_TRANSIENT_REPLIES)


class Guard:
    """The process's view of its Redis: up, away since when, or given up on (`failure`)."""

    def __init__(self) -> None:
        self.window = 60.0
        self.where = "Redis"
        self.url = ""
        self.down_since: float | None = None
        self.first_error = ""
        self.failure: str | None = None
        self.stop_requested = False
        self.restart_check_due = False
        self._listeners: list[Callable[[str], None]] = []
        self._watched = False
        self._tries = 0
        self.back_at: float | None = None

    def configure(self, url: str, window: float) -> None:
        parts = urlsplit(url)  # no password in what is printed
        place = parts.path if parts.scheme == "unix" else \
            f"{parts.hostname}:{parts.port or 6379}{parts.path if parts.path != '/' else ''}"
        self.where = f"Redis at {place}"
        self.url = url
        self.window = max(0.0, float(window))

    def reset(self) -> None:
        self.__init__()  # type: ignore[misc]

    # --- listeners: the crawlers to stop ---------------------------------------------

    def listen(self, callback: Callable[[str], None]) -> None:
        self._listeners.append(callback)
        if self.failure is not None:
            callback(self.failure)

    def unlisten(self, callback: Callable[[str], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def watch_signals(self) -> None:
        """Note SIGINT/SIGTERM (then call the handler that was there: Scrapy's), so that a
        wait for Redis ends at once when the worker is asked to stop."""
        if self._watched:
            return
        self._watched = True
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous = signal.getsignal(signum)

            def noted(number: int, frame: Any, previous: Any = previous) -> None:
                self.stop_requested = True
                if callable(previous):
                    previous(number, frame)
                elif previous == signal.SIG_DFL:  # what the signal did before: do it
                    signal.signal(number, signal.SIG_DFL)
                    os.kill(os.getpid(), number)

            try:
                signal.signal(signum, noted)
            except ValueError:  # not the main thread
                return

    # --- the retry loop ------------------------------------------------------------

    def failed(self, error: BaseException) -> None:
        """A Redis command failed with a retryable error: wait a little (return) or give up
        (raise RedisUnavailable)."""
        if self.failure is not None:
            raise RedisUnavailable(self.failure) from None
        now = time.monotonic()
        if self.back_at is not None and now - self.back_at >= BACK_FOR:
            self.down_since = None  # the last outage is over: this is a new one
        self.back_at = None
        if self.down_since is None:
            self.down_since = now
            self._tries = 0
            self.first_error = _said(error)
            logger.warning("%s: %s; reconnecting for up to %g s "
                           "(NEWSCRAWL_REDIS_RECONNECT_SECONDS)",
                           self.where, self.first_error, self.window)
        waited = now - self.down_since
        if self.stop_requested:
            self.give_up(f"{self.where}: {_said(error)}; stopped (signal) after {waited:.0f} s "
                         f"of reconnecting")
        if waited >= self.window:
            self.give_up(f"{self.where}: {_said(error)}; gave up after {waited:.0f} s of "
                         f"reconnecting (NEWSCRAWL_REDIS_RECONNECT_SECONDS={self.window:g})")
        # Short steps, so that a signal or the end of the window is noticed at once.
        self._tries += 1
        pause = min(0.1 * 2 ** min(self._tries, 4), 1.0, self.window - waited)
        end = time.monotonic() + max(pause, 0.0)
        while time.monotonic() < end and not self.stop_requested:
            time.sleep(min(0.05, max(end - time.monotonic(), 0.0)))

    def succeeded(self) -> None:
        """A call that had failed went through: Redis answers again. The outage is over
        once it has gone BACK_FOR seconds without a failure; a Redis that keeps failing
        between answers (memory full, freed a little and full again) stays one outage."""
        if self.down_since is not None and self.failure is None and self.back_at is None:
            self.back_at = time.monotonic()
            logger.warning("%s answers again after %.1f s", self.where,
                           self.back_at - self.down_since)
            self.restart_check_due = True

    def give_up(self, message: str) -> None:
        """Stop the worker: every crawler closes, nothing more is claimed."""
        if self.failure is None:
            self.failure = message
            logger.error("Stopping the worker: %s", message)
            for callback in list(self._listeners):
                try:
                    callback(message)
                except Exception:  # a crawler that cannot close now closes at the end
                    logger.exception("Could not stop a crawler")
        raise RedisUnavailable(self.failure)


GUARD = Guard()  # a worker is one process: one Redis, one guard


class GuardedRetry(Retry):
    """redis-py's retry policy, replaced by the guard's: retry while the window lasts."""

    def __init__(self) -> None:
        super().__init__(NoBackoff(), -1)

    def __deepcopy__(self, _memo: dict[int, Any]) -> GuardedRetry:
        return self  # every connection shares it (redis-py copies the policy per connection)

    def call_with_retry(self, do: Callable[[], Any], fail: Callable[..., Any],
                        is_retryable: Callable[[Exception], bool] | None = None,
                        with_failure_count: bool = False) -> Any:
        failures = 0
        while True:
            try:
                result = do()
            except Exception as error:
                if not retryable(error) or (is_retryable is not None
                                            and not is_retryable(error)):
                    if failures and isinstance(error, redis.exceptions.ResponseError):
                        # (Redis answered, with an error: back. A script's NOSCRIPT after a
                        # restart without its data must not skip the check for it.)
                        GUARD.succeeded()
                    raise
                failures += 1
                if with_failure_count:
                    fail(error, failures)
                else:
                    fail(error)
                GUARD.failed(error)
                continue
            # Back: this very call failed and now went through. (Any call that went through
            # would not do: under `noeviction` reads and PINGs do, writes do not; a connect
            # returns at once on a socket still open from before Redis went away.)
            if failures:
                GUARD.succeeded()
            return result


class GuardedRedis(redis.Redis):
    """A Redis client whose commands wait for Redis under the guard (see the module)."""

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> Any:
        kwargs["retry"] = GuardedRetry()
        kwargs.pop("retry_on_timeout", None)  # the guard's policy decides
        # Short socket timeouts: a Redis host that vanished costs one of them per try,
        # not a window of its own.
        kwargs["socket_connect_timeout"] = min(float(kwargs.get("socket_connect_timeout")
                                                     or 5), 5.0)
        kwargs["socket_timeout"] = min(float(kwargs.get("socket_timeout") or 10), 10.0)
        return super().from_url(url, **kwargs)


def connect(url: str, *, decode_responses: bool = True) -> Any:
    return GuardedRedis.from_url(url, decode_responses=decode_responses,
                                 health_check_interval=30)


class RedisWatch:
    """Scrapy extension of a worker's crawlers: closes the crawl (finish reason
    `redis_unavailable`, the stat `newscrawl/redis_error`) when the guard gives up."""

    def __init__(self, crawler: Any) -> None:
        from scrapy import signals

        self.crawler = crawler
        crawler.signals.connect(self.engine_started, signal=signals.engine_started)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        GUARD.listen(self.lost)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisWatch:
        return cls(crawler)

    def engine_started(self) -> None:
        GUARD.watch_signals()  # Scrapy's shutdown handlers are in place by now

    def spider_closed(self, spider: Any = None, reason: str = "") -> None:
        GUARD.unlisten(self.lost)

    @staticmethod
    def _drop_queued(engine: Any) -> None:
        """Requests waiting in the downloader for their slot's delay are not fetched: the
        crawl closes now, not after them (autothrottle's delays grow while the reactor
        waited for Redis; 16 requests of 30 s each kept a closing worker 8 minutes)."""
        from scrapy.exceptions import IgnoreRequest
        from twisted.python.failure import Failure

        for slot in list(getattr(engine.downloader, "slots", {}).values()):
            queue = getattr(slot, "queue", None)
            while queue:
                request, waiting = queue.popleft()
                waiting.errback(Failure(IgnoreRequest(f"not fetched: {REDIS_LOST}")))

    def lost(self, message: str) -> None:
        from scrapy.utils.defer import deferred_from_coro

        self.crawler.stats.set_value("newscrawl/redis_error", message)
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None:
            self._drop_queued(engine)
            closing = deferred_from_coro(engine.close_spider_async(reason=REDIS_LOST))
            closing.addErrback(lambda failure: logger.debug("Not closed: %s", failure.value))
