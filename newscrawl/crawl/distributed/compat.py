"""scrapy-redis under Scrapy 2.19: the one place that adapts it.

scrapy-redis 0.9.1 (its last release) passes `spider=` to `StatsCollector.inc_value()`,
which Scrapy 2.19 deprecates (ScrapyDeprecationWarning, twice per request). Its
scheduler is used here with a stats object that drops the argument; nothing else of
scrapy-redis warns under 2.19 (measured: a crawl with warnings shown). The test suite
turns ScrapyDeprecationWarning into an error outside this module, so the next Scrapy
removal shows up in CI first.
"""

from __future__ import annotations

from typing import Any

from scrapy_redis.scheduler import Scheduler as RedisScheduler

from newscrawl.crawl.distributed.guard import RedisUnavailable


class _StatsWithoutSpider:
    """The crawler's stats, taking (and ignoring) scrapy-redis's `spider=` argument."""

    def __init__(self, stats: Any) -> None:
        self._stats = stats

    def inc_value(self, key: str, count: int = 1, start: int = 0, spider: Any = None) -> None:
        self._stats.inc_value(key, count, start)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stats, name)


class Scheduler(RedisScheduler):
    """scrapy-redis's scheduler, without Scrapy 2.19's deprecation warnings; once the worker
    has given up on Redis (newscrawl.crawl.distributed.guard), an empty one that closes quietly:
    the engine winds down instead of failing on every pass of its loop."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> Scheduler:
        scheduler = super().from_crawler(crawler)
        scheduler.stats = _StatsWithoutSpider(crawler.stats)
        return scheduler

    def enqueue_request(self, request: Any) -> bool:
        try:
            return super().enqueue_request(request)
        except RedisUnavailable:
            return False

    def next_request(self) -> Any:
        try:
            return super().next_request()
        except RedisUnavailable:
            return None

    def has_pending_requests(self) -> bool:
        try:
            return super().has_pending_requests()
        except RedisUnavailable:
            return False

    def close(self, reason: str) -> None:
        try:
            super().close(reason)
        except RedisUnavailable:
            pass  # the next run's seeding clears what is left of this portal's queue
