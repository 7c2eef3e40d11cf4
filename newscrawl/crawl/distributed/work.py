"""The run's portals in Redis, handed to workers one at a time under a lease.

- `todo` list: portal ids of the run not yet claimed;
- `leases` sorted set: portal id -> when its lease runs out (Redis time, seconds). A
  worker renews the leases of the portals it is crawling every few seconds and drops
  each when its crawl ends; a worker that dies (kill -9) stops renewing, and its lease
  runs out.

A run is seeded only when no run is in progress: nothing left in `todo` and no live
lease. Seeding also clears what a dead worker left of those portals in scrapy-redis (a
request queue, a dupefilter): its articles are not lost, the seen store lists them as
pending, and the next crawl of the portal fetches them first.
"""

from __future__ import annotations

from typing import Any

from newscrawl.crawl.distributed import REDIS_PREFIX

_SEED = """
local now = tonumber(redis.call('TIME')[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('LLEN', KEYS[1]) > 0 or redis.call('ZCARD', KEYS[2]) > 0 then
  return 0
end
for i, id in ipairs(ARGV) do
  redis.call('DEL', KEYS[4] .. id .. ':requests', KEYS[4] .. id .. ':dupefilter')
  redis.call('RPUSH', KEYS[1], id)
end
return redis.call('INCR', KEYS[3])
"""
_CLAIM = """
local id = redis.call('LPOP', KEYS[1])
if not id then return false end
local now = tonumber(redis.call('TIME')[1])
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[1]), id)
return id
"""
_RENEW = """
local now = tonumber(redis.call('TIME')[1])
for i, id in ipairs(ARGV) do
  if i > 1 then redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), id) end
end
return 1
"""


class WorkQueue:
    def __init__(self, db: Any, *, lease_seconds: float = 30.0, prefix: str = REDIS_PREFIX
                 ) -> None:
        self.db = db
        self.prefix = prefix
        self.lease_seconds = lease_seconds
        self.todo = f"{prefix}:run:todo"
        self.leases = f"{prefix}:run:leases"
        self.run_id = f"{prefix}:run:id"
        self._seed = db.register_script(_SEED)
        self._claim = db.register_script(_CLAIM)
        self._renew = db.register_script(_RENEW)

    def seed(self, portal_ids: list[str]) -> int:
        """Start a run of these portals unless one is in progress: its number, or 0."""
        if not portal_ids:
            return 0
        return int(self._seed(keys=[self.todo, self.leases, self.run_id, f"{self.prefix}:"],
                              args=portal_ids))

    def claim(self) -> str | None:
        """The next portal of the run, now leased to the caller; None when all are taken."""
        found = self._claim(keys=[self.todo, self.leases], args=[self.lease_seconds])
        return found or None

    def renew(self, portal_ids: list[str]) -> None:
        if portal_ids:
            self._renew(keys=[self.leases], args=[self.lease_seconds, *portal_ids])

    def release(self, portal_id: str) -> None:
        self.db.zrem(self.leases, portal_id)

    def status(self) -> tuple[int, int]:
        """(portals waiting, portals being crawled under a live lease)."""
        now = int(self.db.time()[0])
        return self.db.llen(self.todo), self.db.zcount(self.leases, now, "+inf")
