"""The run's portals in Redis, handed to workers one host at a time under a lease.

- `todo` list: the run's units of work not yet claimed, each the ids of the portals
  fetched from one host, space-separated (a portal of its own host is a unit of one;
  detik's desks on www.detik.com are one unit): one worker crawls all of a host's
  portals, in one process that paces the host for all of them (newscrawl.crawl.pacing),
  so a host is fetched no faster with many workers than with one;
- `leases` sorted set: unit -> when its lease runs out (Redis time, seconds). A worker
  renews the leases of the units it holds every few seconds and drops each when the crawls
  of all its portals have ended; a worker that dies (kill -9) stops renewing, and its
  lease runs out.

A run is seeded only when no run is in progress: nothing left in `todo` and no live
lease. Seeding also clears what a dead worker left of those portals in scrapy-redis (a
request queue, a dupefilter): its articles are not lost, the seen store lists them as
pending, and the next crawl of the portal fetches them first.
"""

from __future__ import annotations

import uuid
from typing import Any

from newscrawl.crawl.distributed import REDIS_PREFIX

# Seeding and claiming are safe to send twice (the guard resends a command whose reply was
# lost; see newscrawl.crawl.distributed.compat): each call carries a token, and Redis keeps
# the token with its answer, which the same call sent again gets back.
_SEED = """
local done = redis.call('GET', KEYS[5])
if done then return tonumber(done) end
local now = tonumber(redis.call('TIME')[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('LLEN', KEYS[1]) > 0 or redis.call('ZCARD', KEYS[2]) > 0 then
  return 0
end
for i, unit in ipairs(ARGV) do
  for id in string.gmatch(unit, '%S+') do
    redis.call('DEL', KEYS[4] .. id .. ':requests', KEYS[4] .. id .. ':dupefilter')
  end
  redis.call('RPUSH', KEYS[1], unit)
end
local run = redis.call('INCR', KEYS[3])
redis.call('SET', KEYS[5], run, 'EX', 86400)
return run
"""
_CLAIM = """
local now = tonumber(redis.call('TIME')[1])
local last = redis.call('GET', KEYS[3])
if last and string.sub(last, 1, 32) == ARGV[2] then
  local id = string.sub(last, 33)
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[1]), id)  -- (the lease may have run out)
  return id
end
local id = redis.call('LPOP', KEYS[1])
if not id then return false end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[1]), id)
redis.call('SET', KEYS[3], ARGV[2] .. id, 'EX', 86400)
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
        self.last_claim = f"{prefix}:run:last-claim:{uuid.uuid4().hex}"  # this worker's
        self._seed = db.register_script(_SEED)
        self._claim = db.register_script(_CLAIM)
        self._renew = db.register_script(_RENEW)

    def seed(self, host_groups: list[list[str]]) -> int:
        """Start a run of these portals, each list the portals of one host (runner.
        host_groups), unless a run is in progress: its number, or 0."""
        units = [" ".join(group) for group in host_groups if group]
        if not units:
            return 0
        seeded = f"{self.prefix}:run:seeded:{uuid.uuid4().hex}"
        return int(self._seed(keys=[self.todo, self.leases, self.run_id, f"{self.prefix}:",
                                    seeded], args=units))

    def claim(self) -> str | None:
        """The next unit of the run (`portals(unit)`: its portals' ids), now leased to the
        caller; None when all are taken."""
        found = self._claim(keys=[self.todo, self.leases, self.last_claim],
                            args=[self.lease_seconds, uuid.uuid4().hex])
        return found or None

    @staticmethod
    def portals(unit: str) -> list[str]:
        return unit.split()

    def renew(self, units: list[str]) -> None:
        if units:
            self._renew(keys=[self.leases], args=[self.lease_seconds, *units])

    def release(self, unit: str) -> None:
        self.db.zrem(self.leases, unit)

    def status(self) -> tuple[int, int]:
        """(portals waiting, portals held under a live lease)."""
        now = int(self.db.time()[0])
        waiting = sum(len(self.portals(u)) for u in self.db.lrange(self.todo, 0, -1))
        held = sum(len(self.portals(u)) for u in self.db.zrangebyscore(self.leases, now,
                                                                        "+inf"))
        return waiting, held
