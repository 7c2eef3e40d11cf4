"""Distributed mode: crawl workers on several machines, over scrapy-redis and Redis.

Off unless NEWSCRAWL_REDIS_URL (`newscrawl worker --redis URL`) is set; needs the
`[redis]` extra. What each part does:

- `newscrawl.store.redis.RedisSeenStore`: the seen-article store of every worker, in
  Redis, behind the interface of the SQLite one (newscrawl.store.protocol);
- `compat.Scheduler`: scrapy-redis's scheduler (each portal's request queue and
  dupefilter in Redis), adapted to Scrapy 2.19, its pop and add safe to send twice;
- `work.WorkQueue`: the run's portals in Redis. A worker claims the portals of one host
  at a time and holds a lease on them while it crawls, so a host is crawled by one worker
  at once: its request rate and concurrency are what one process gives it (shared hosts
  paced by newscrawl.crawl.pacing), whatever the number of workers;
- `guard`: every Redis client of a worker waits for a Redis gone away (refused, cut, out
  of memory) for NEWSCRAWL_REDIS_RECONNECT_SECONDS, then stops the worker cleanly
  (exit 8, EXIT_REDIS, one line naming Redis and what it said).
"""

from newscrawl.store.redis import REDIS_PREFIX


def worker_settings(redis_url: str) -> dict[str, object]:
    """Scrapy settings of a crawl worker: scrapy-redis's scheduler and dupefilter (each
    portal's queue in Redis, flushed when its crawl ends) and the Redis seen store."""
    return {
        "NEWSCRAWL_REDIS_URL": redis_url,
        "REDIS_URL": redis_url,
        "SCHEDULER": "newscrawl.crawl.distributed.compat.Scheduler",
        "SCHEDULER_QUEUE_CLASS": "newscrawl.crawl.distributed.compat.RequestQueue",
        "DUPEFILTER_CLASS": "newscrawl.crawl.distributed.compat.DupeFilter",
        "SCHEDULER_QUEUE_KEY": f"{REDIS_PREFIX}:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{REDIS_PREFIX}:%(spider)s:dupefilter",
        "SCHEDULER_PERSIST": False,
        # scrapy-redis's clients wait for a Redis gone away as the worker's own do.
        "REDIS_PARAMS": {"redis_cls": "newscrawl.crawl.distributed.guard.GuardedRedis"},
    }
