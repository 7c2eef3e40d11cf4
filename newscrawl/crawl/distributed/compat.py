"""scrapy-redis under Scrapy 2.19, and under the guard's retries: the one place that adapts it.

scrapy-redis 0.9.1 (its last release) passes `spider=` to `StatsCollector.inc_value()`,
which Scrapy 2.19 deprecates (ScrapyDeprecationWarning, twice per request). Its
scheduler is used here with a stats object that drops the argument; nothing else of
scrapy-redis warns under 2.19 (measured: a crawl with warnings shown). The test suite
turns ScrapyDeprecationWarning into an error outside this module, so the next Scrapy
removal shows up in CI first.

Its queue's pop and its dupefilter's add are made safe to send twice. The guard
(newscrawl.crawl.distributed.guard) sends a command again when the connection broke before
its reply came; a command that had run in Redis (Redis killed after writing its AOF, before
replying) then runs twice. scrapy-redis's pop would pop a second request and the first be
lost; its add would answer "seen" and the request be dropped as a duplicate of itself. Here
each call carries a token, and Redis keeps, per worker, the token and result of its last
call (a Lua script, so that both happen at once): the same call again gets the same answer.
"""

from __future__ import annotations

import uuid
from typing import Any

from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
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


# KEYS: the queue, this worker's last pop. ARGV: the call's token (32 hex digits).
_POP = """
local last = redis.call('GET', KEYS[2])
if last and string.sub(last, 1, 32) == ARGV[1] then return string.sub(last, 33) end
local first = redis.call('ZRANGE', KEYS[1], 0, 0)
if #first == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('SET', KEYS[2], ARGV[1] .. first[1], 'EX', 86400)
return first[1]
"""
# KEYS: the fingerprints, this worker's last add. ARGV: the fingerprint, the call's token.
_ADD = """
if redis.call('GET', KEYS[2]) == ARGV[2] then return 1 end
local added = redis.call('SADD', KEYS[1], ARGV[1])
if added == 1 then redis.call('SET', KEYS[2], ARGV[2], 'EX', 86400) end
return added
"""


class RequestQueue(PriorityQueue):
    """scrapy-redis's priority queue, whose pop is safe to send twice (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.last_pop = f"{self.key}:last-pop:{uuid.uuid4().hex}"
        self._pop = self.server.register_script(_POP)

    def pop(self, timeout: int = 0) -> Any:
        data = self._pop(keys=[self.key, self.last_pop], args=[uuid.uuid4().hex])
        return self._decode_request(data) if data else None

    def clear(self) -> None:
        self.server.delete(self.key, self.last_pop)


class DupeFilter(RFPDupeFilter):
    """scrapy-redis's dupefilter, whose add is safe to send twice (see the module)."""

    def __init__(self, server: Any, key: str, debug: bool = False) -> None:
        super().__init__(server, key, debug)
        self.last_add = f"{key}:last-add:{uuid.uuid4().hex}"
        self._add = server.register_script(_ADD)

    def request_seen(self, request: Any) -> bool:
        added = self._add(keys=[self.key, self.last_add],
                          args=[self.request_fingerprint(request), uuid.uuid4().hex])
        return int(added) == 0

    def clear(self) -> None:
        self.server.delete(self.key, self.last_add)
