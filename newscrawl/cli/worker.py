"""`newscrawl enqueue` and `newscrawl worker`: a distributed run on Redis."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import Any

from newscrawl import exits
from newscrawl.catalog import (
    Portal,
    get_portal,
    load_catalog,
)
from newscrawl.cli.common import (
    UsageError,
    check_spider_args,
    pairs,
    parse_base_urls,
    portal_selection,
    report,
    run_deadline,
    run_options,
    selected_portals,
    settings_module,
    writable,
)


def _work_queue(args: argparse.Namespace) -> Any:
    """The Redis work queue, or a one-line usage error (no extra, unreachable server)."""
    try:
        from newscrawl.crawl.distributed.guard import connect
        from newscrawl.crawl.distributed.work import WorkQueue
    except ImportError:
        raise UsageError("distributed mode needs the redis extra: pip install "
                         "'newscrawl[redis]'") from None
    import redis

    if not args.redis.startswith(("redis://", "rediss://", "unix://")):
        raise UsageError(f"--redis takes a URL like redis://host:6379/0, got {args.redis!r}")
    try:
        # Unreachable when the command starts: a usage error at once (a wrong URL, most
        # likely). Once it was reached, the client waits for it (distributed.guard).
        probe = redis.Redis.from_url(args.redis, socket_connect_timeout=5, socket_timeout=10)
        probe.ping()
        probe.close()
    except redis.exceptions.RedisError as exc:
        raise UsageError(f"cannot reach Redis at {args.redis}: {exc}") from None
    return WorkQueue(connect(args.redis), lease_seconds=args.lease_seconds)


def cmd_enqueue(args: argparse.Namespace) -> int:
    from newscrawl.crawl import runner

    portals = selected_portals(args)
    queue = _work_queue(args)
    run = queue.seed(runner.host_groups(portals))
    if run:
        print(f"newscrawl enqueue: run {run}: {runner.counted(len(portals), 'portal')} queued "
              "for the workers")
        return 0
    waiting, crawling = queue.status()
    print(f"newscrawl enqueue: a run is in progress ({waiting} portals waiting, {crawling} "
          f"being crawled); nothing queued (exit {exits.EXIT_LOCKED})", file=sys.stderr)
    return exits.EXIT_LOCKED


def cmd_worker(args: argparse.Namespace) -> int:
    """One crawl worker: claims the run's portals one at a time from Redis, crawls each
    under a lease, and stops when none is left (the same summary and exit codes as crawl).
    Redis gone away: the worker waits NEWSCRAWL_REDIS_RECONNECT_SECONDS for it, then stops
    with exits.EXIT_REDIS and one line saying what Redis said (distributed.guard)."""
    from newscrawl.crawl import runner
    from newscrawl.crawl.distributed import worker_settings
    from newscrawl.crawl.distributed.guard import GUARD

    selected = selected_portals(args, required=False)
    settings = settings_module()
    data_dir = args.data_dir or settings.get("NEWSCRAWL_DATA_DIR", "data")
    catalog = load_catalog()
    base_urls = parse_base_urls(args.base_url, selected or list(catalog.values()))
    spider_args = pairs(args.arg, "-a")
    # Joining a run names no portal: its -a are checked as any portal takes them.
    check_spider_args(selected or [get_portal("demo")], spider_args, base_urls, settings)
    started = time.monotonic()
    deadline = run_deadline(args, started)
    sets = pairs(args.set, "-s")
    window = sets.get("NEWSCRAWL_REDIS_RECONNECT_SECONDS",
                      settings.get("NEWSCRAWL_REDIS_RECONNECT_SECONDS", 60))
    try:
        window = float(window)
    except ValueError:
        raise UsageError("NEWSCRAWL_REDIS_RECONNECT_SECONDS takes seconds, got "
                         f"{window!r}") from None
    queue = _work_queue(args)
    GUARD.reset()
    GUARD.configure(args.redis, window)
    if not writable("worker", data_dir):
        return exits.EXIT_UNWRITABLE
    redis_id = _redis_run_id(queue.db)
    try:
        run = queue.seed(runner.host_groups(selected, base_urls)) if selected else 0
    except Exception as exc:  # Redis went away for good while seeding
        return _redis_lost(exc, [], started, None, run=0, verbose=args.verbose,
                           leases=queue.leases)
    logging.raiseExceptions = False
    log_file = runner.new_log_file(data_dir)
    overrides = runner.scheduled_settings(data_dir, refetch_days=args.refetch_days,
                                          log_file=log_file, warc=args.warc)
    overrides.update(worker_settings(args.redis))
    overrides["EXTENSIONS"] = {**settings.getdict("EXTENSIONS"),
                               "newscrawl.crawl.distributed.guard.RedisWatch": 10}
    overrides["NEWSCRAWL_PROGRESS"] = sys.stderr.isatty() and not args.no_progress
    overrides.update(sets)

    # A claim takes a host's portals together (WorkQueue): handed to the crawl one by one,
    # the unit's lease held until the last of them has ended.
    claimed: list[Portal] = []
    unit_left: dict[str, set[str]] = {}  # unit -> its portals not yet ended
    unit_of: dict[str, str] = {}

    def claim() -> Portal | None:
        try:
            while not claimed and GUARD.failure is None and (unit := queue.claim()):
                ids = [pid for pid in queue.portals(unit) if pid in catalog]
                if not ids:  # queued by a newer catalog than this worker's
                    queue.release(unit)
                    continue
                unit_left[unit] = set(ids)
                unit_of.update(dict.fromkeys(ids, unit))
                claimed.extend(catalog[pid] for pid in reversed(ids))
        except Exception as exc:
            _give_up(exc)
        return claimed.pop() if claimed and GUARD.failure is None else None

    def release(portal: Portal) -> None:
        unit = unit_of.pop(portal.id, None)
        if unit is None:
            return
        unit_left[unit].discard(portal.id)
        if unit_left[unit]:
            return
        del unit_left[unit]
        try:
            queue.release(unit)
        except Exception as exc:  # the lease runs out by itself
            _give_up(exc)

    def heartbeat(portal_ids: list[str]) -> None:
        # Never raises: a LoopingCall that raises stops, with an "Unhandled error" on stderr.
        # Every unit held is renewed, with portals still waiting for a crawler too.
        try:
            _check_redis_restart(queue, redis_id)
            queue.renew(list(unit_left))
        except Exception as exc:
            _give_up(exc)

    outcomes = runner.crawl_claimed(
        claim, data_dir=data_dir, base_urls=base_urls, spider_args=spider_args,
        settings_overrides=overrides, done=release,
        heartbeat=heartbeat, heartbeat_seconds=max(0.5, args.lease_seconds / 3),
        deadline=deadline)
    if GUARD.failure is None:
        try:
            for unit in list(unit_left):  # claimed, not started (the run's time limit came)
                queue.release(unit)
            _check_redis_restart(queue, redis_id)
            _count_pending(queue.db, outcomes)
        except Exception as exc:
            _give_up(exc)
    if GUARD.failure is not None:
        return _redis_lost(None, outcomes, started, log_file, run=run, verbose=args.verbose,
                           leases=queue.leases)
    code = runner.judge(outcomes) if outcomes else exits.EXIT_OK
    line = report(outcomes, code, started, log_file, verbose=args.verbose)
    seeded = f"seeded run {run}" if run else "joined the run in progress"
    print(line.replace("newscrawl crawl:", f"newscrawl worker ({seeded}):", 1))
    return code


def _redis_run_id(db: Any) -> str | None:
    """The Redis server's run id (a new one after each restart)."""
    try:
        return db.info("server").get("run_id")
    except Exception:
        return None


def _check_redis_restart(queue: Any, known_id: str | None) -> None:
    """After an outage: a Redis that restarted without its data (no persistence) has lost
    the run's queue and pending articles; going on would look like a complete run."""
    from newscrawl.crawl.distributed.guard import GUARD

    if not GUARD.restart_check_due:
        return
    GUARD.restart_check_due = False
    if known_id and _redis_run_id(queue.db) != known_id and not queue.db.exists(queue.run_id):
        GUARD.give_up(f"{GUARD.where} restarted without its data (run it with persistence: "
                      "appendonly yes); this run's portal queue and pending articles are gone")


def _give_up(exc: BaseException) -> None:
    """A Redis failure outside a crawl's own calls (claim, lease, end of run): the worker
    stops as when the guard gives up."""
    from newscrawl.crawl.distributed.guard import GUARD, RedisUnavailable, _said

    if GUARD.failure is None:
        try:
            GUARD.give_up(f"{GUARD.where}: {_said(exc)}")
        except RedisUnavailable:
            pass


def _count_pending(db: Any, outcomes: list[Any]) -> int:
    """Articles each crawled portal listed and did not write, still pending in Redis; into
    its outcome (a run with pending articles never says ok)."""
    from newscrawl.crawl.distributed import REDIS_PREFIX

    total = 0
    for outcome in outcomes:
        n = int(db.hlen(f"{REDIS_PREFIX}:pending:{outcome.portal}"))
        outcome.stats["newscrawl/pending_left"] = n
        total += n
    return total


def _redis_lost(exc: BaseException | None, outcomes: list[Any], started: float,
                log_file: Path | None, *, run: int, verbose: bool, leases: str) -> int:
    """The worker gave up on Redis: one line naming it and what it said, exits.EXIT_REDIS."""
    import redis

    from newscrawl.crawl import runner
    from newscrawl.crawl.distributed.guard import GUARD

    if exc is not None:
        _give_up(exc)
    message = GUARD.failure or "Redis unavailable"
    pending = None
    if outcomes:
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        # Redis may still answer reads (out of memory): how many articles are left there.
        probe = redis.Redis.from_url(GUARD.url, socket_connect_timeout=2, socket_timeout=5,
                                     retry=Retry(NoBackoff(), 0))
        try:
            pending = _count_pending(probe, outcomes)
            # Its leases freed now if Redis takes it (out of memory, it does): the next run
            # can start at once rather than join this dead one and find nothing to claim.
            probe.zrem(leases, *(o.portal for o in outcomes))
        except Exception:
            pass
        finally:
            probe.close()
    if pending:
        message += (f"; {runner.counted(pending, 'article')} listed are still pending there "
                    "(the next run fetches them first)")
    print(f"newscrawl worker: {message} (exit {exits.EXIT_REDIS})", file=sys.stderr)
    for outcome in outcomes:
        outcome.stats.setdefault("newscrawl/redis_error", message)
    line = report(outcomes, exits.EXIT_REDIS, started, log_file, verbose=verbose)
    seeded = f"seeded run {run}" if run else "joined the run in progress"
    print(line.replace("newscrawl crawl:", f"newscrawl worker ({seeded}):", 1))
    return exits.EXIT_REDIS


def distributed_selection(command: argparse.ArgumentParser, what: str) -> None:
    """The portals of a distributed run, and the Redis and the lease it runs on."""
    portal_selection(command, what)
    command.add_argument("--redis", required=True, metavar="URL",
                         help="the Redis (or Valkey) server the workers share, "
                              "e.g. redis://10.0.0.5:6379/0")
    command.add_argument("--lease-seconds", type=float, default=30.0, metavar="S",
                         help="a portal's lease: a worker that stops renewing it (dead) "
                              "frees the portal after this long (default 30)")


def add_worker_parser(sub: Any) -> None:
    """`newscrawl worker` on the command line's parser."""
    worker = sub.add_parser("worker", help="a crawl worker of a distributed run (Redis)")
    distributed_selection(worker, "to seed the run with, when none is in progress (else: "
                                  "join it)")
    run_options(worker, data_dir="where this worker's run files go",
                 spider_args="spider argument for every portal",
                 settings="Scrapy setting (NEWSCRAWL_MAX_CRAWLERS: portals at once)")
    worker.add_argument("--refetch-days", type=int, default=0, metavar="N",
                        help="fetch stored articles published in the last N days again")
    worker.set_defaults(func=cmd_worker)


def add_enqueue_parser(sub: Any) -> None:
    """`newscrawl enqueue` on the command line's parser."""
    enqueue = sub.add_parser("enqueue", help="seed a distributed run's portals in Redis")
    distributed_selection(enqueue, "to queue for the workers")
    enqueue.set_defaults(func=cmd_enqueue)
