"""Running crawls of many portals in one process: the scheduler's entry point.

`crawl_portals` runs one Scrapy crawler per portal in a single process and
returns what each did; `judge` turns that into an exit code a cron mail can
act on; `RunLock` keeps two scheduled runs on one data directory apart.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newscrawl.catalog import Portal
from newscrawl.exits import (
    DISK_FULL,
    EXIT_BLOCKED,
    EXIT_ERRORS,
    EXIT_MEANING,
    EXIT_NO_ARTICLES,
    EXIT_OK,
    EXIT_REDIS,
    EXIT_STOPPED,
    EXIT_UNWRITABLE,
    SEVERITY,
)


class LockHeld(RuntimeError):
    """Another newscrawl run holds the data directory."""


class RunLock:
    """An exclusive lock on <data dir>/newscrawl.lock (flock: released when the process dies)."""

    def __init__(self, data_dir: str | Path) -> None:
        self.path = Path(data_dir) / "newscrawl.lock"
        self.fd: int | None = None

    def __enter__(self) -> RunLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(self.path)) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 200).decode("utf-8", "replace").strip() or "unknown process"
            os.close(fd)
            raise LockHeld(f"another newscrawl run holds {self.path} ({holder})") from None
        try:  # who holds it, for the next run's message; a full disk fails here
            os.ftruncate(fd, 0)
            os.write(fd, f"pid {os.getpid()} since {datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}"
                         .encode())
        except OSError as exc:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
            raise OSError(exc.errno, exc.strerror, str(self.path)) from None
        self.fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


# Network errors by a part of their class name (Twisted's, Scrapy's Download* wrappers).
_NETWORK_CAUSES = (
    ("DNSLookup", "DNS lookup failed"), ("ConnectionRefused", "connection refused"),
    ("TCPTimedOut", "connection timed out"), ("TimeoutError", "timed out"),
    ("NoRoute", "no route to host"), ("ConnectionLost", "connection lost"),
    ("ConnectionDone", "connection closed"), ("SSL", "TLS handshake failed"),
    ("TLS", "TLS handshake failed"), ("ResponseNeverReceived", "no response"),
)


@dataclass
class PortalOutcome:
    """What one portal's crawl did, read from its Scrapy stats."""

    portal: str
    stats: dict[str, Any]
    files: list[str] = field(default_factory=list)
    not_started: bool = False  # the run's time limit came before this portal's turn

    def stat(self, key: str) -> int:
        value = self.stats.get(key, 0)
        return value if isinstance(value, int) else 0

    def total(self, prefix: str) -> int:
        return sum(v for k, v in self.stats.items()
                   if k.startswith(prefix) and isinstance(v, int))

    @property
    def finish_reason(self) -> str:
        return str(self.stats.get("finish_reason", "unknown"))

    @property
    def pages(self) -> int:
        return self.stat("response_received_count")

    @property
    def errors(self) -> int:
        # This portal's own counters: Scrapy's log_count/ERROR counts every crawler's log
        # records in a process that runs many, so it is not used.
        from newscrawl.crawl.progress import errors_in

        return errors_in(self.stats)

    @property
    def blocked(self) -> int:
        return self.total("newscrawl/blocked/")

    @property
    def unreachable(self) -> bool:
        """No page of the portal could be fetched, and it did not refuse us: DNS failure,
        refused or timed-out connections (an outage, not a bad hour)."""
        return not self.not_started and not self.pages and bool(self.errors) \
            and not self.blocked

    def request_errors(self) -> list[str]:
        """What its failed requests met, as a cron mail's reader says it ("DNS lookup
        failed", "connection refused"; an error with no plain name keeps its class name)."""
        names = (k.rsplit("/", 1)[1] for k in self.stats
                 if k.startswith("newscrawl/request_errors/"))
        return sorted({next((words for part, words in _NETWORK_CAUSES if part in name), name)
                       for name in names})

    @property
    def pending(self) -> int:
        """Articles listed and still pending in the store after the crawl (a worker's)."""
        return self.stat("newscrawl/pending_left")

    def code(self) -> int:
        if self.stats.get("newscrawl/redis_error"):
            return EXIT_REDIS
        if self.not_started:
            return EXIT_STOPPED
        if self.finish_reason == DISK_FULL:
            return EXIT_UNWRITABLE
        if self.finish_reason != "finished":
            return EXIT_STOPPED
        if self.blocked and not self.stat("newscrawl/section_pages"):
            return EXIT_BLOCKED
        if self.blocked and not self.stat("item_scraped_count") and \
                not self.stat("newscrawl/links_listed"):
            return EXIT_BLOCKED
        sections = self.stat("newscrawl/section_pages")
        listed = self.stat("newscrawl/links_listed")
        # Pages dropped in an earlier run too (always broken) are not a template change.
        dropped_new = self.total("newscrawl/dropped/") - self.stat("newscrawl/dropped_again")
        dropped_all = dropped_new > 0 and not self.stat("item_scraped_count")
        if sections and (not listed or dropped_all):
            return EXIT_NO_ARTICLES
        if self.errors:
            return EXIT_ERRORS
        if self.pending:  # a crawl that ended with articles it listed left unwritten
            return EXIT_STOPPED
        return EXIT_OK

    def problem(self) -> str | None:
        code = self.code()
        if code == EXIT_OK:
            return None
        if code == EXIT_REDIS:
            return "stopped: Redis unavailable" + (
                f"; {counted(self.pending, 'article')} listed and still pending"
                if self.pending else "")
        if self.not_started:
            return "not started: the run's time limit came first"
        if self.unreachable:
            return f"UNREACHABLE: no page could be fetched " \
                   f"({', '.join(self.request_errors()) or 'no answer'})"
        pending = (f"{counted(self.pending, 'article')} listed and still pending"
                   if self.pending else "")
        if code == EXIT_STOPPED and self.finish_reason == "finished" and pending:
            return f"{pending} (the next run fetches them first)"
        details = {
            EXIT_REDIS: "stopped: Redis unavailable",
            EXIT_UNWRITABLE: f"stopped: {self.stats.get('newscrawl/write_error', 'write failed')}",
            EXIT_STOPPED: f"stopped ({self.finish_reason})",
            EXIT_BLOCKED: "blocked: " + ", ".join(
                f"{k.rsplit('/', 1)[1]} x{v}" for k, v in sorted(self.stats.items())
                if k.startswith("newscrawl/blocked/")),
            EXIT_NO_ARTICLES: "sections loaded but no article came out "
                              f"({self.stat('newscrawl/links_listed')} links listed, "
                              f"{self.total('newscrawl/dropped/')} dropped)",
            EXIT_ERRORS: f"{self.errors} errors",
        }
        return details[code] + (f"; {pending}" if pending else "")


def most_severe(codes: list[int]) -> int:
    return max(codes or [EXIT_OK], key=SEVERITY.index)


def judge(outcomes: list[PortalOutcome]) -> int:
    """The run's exit code: the most severe portal outcome."""
    return most_severe([o.code() for o in outcomes])


def portal_host(portal: Portal, base_urls: dict[str, str] | None = None) -> str:
    """The host a portal is fetched from (its --base-url where given): the key of Scrapy's
    download slot, the host name without the port."""
    return urlsplit((base_urls or {}).get(portal.id) or portal.base_url).hostname or ""


def host_groups(portals: list[Portal], base_urls: dict[str, str] | None = None
                ) -> list[list[str]]:
    """The portals' ids, those fetched from one host together (detik's desks all live on
    www.detik.com), in the order of each host's first portal: the unit a distributed
    worker claims, so that one process paces a shared host for all its portals."""
    groups: dict[str, list[str]] = {}
    for portal in portals:
        groups.setdefault(portal_host(portal, base_urls), []).append(portal.id)
    return list(groups.values())


def crawl_portals(
    portals: list[Portal],
    *,
    data_dir: str | None = None,
    base_urls: dict[str, str] | None = None,
    spider_args: dict[str, str] | None = None,
    settings_overrides: dict[str, Any] | None = None,
    per_portal_args: dict[str, dict[str, str]] | None = None,
    deadline: float | None = None,
) -> list[PortalOutcome]:
    """Crawl `portals` in one Scrapy process (one crawler each); return their outcomes,
    with one marked `not_started` for each portal the deadline left out."""
    waiting = list(reversed(portals))
    outcomes = crawl_claimed(lambda: waiting.pop() if waiting else None, data_dir=data_dir,
                             base_urls=base_urls, spider_args=spider_args,
                             settings_overrides=settings_overrides,
                             per_portal_args=per_portal_args, deadline=deadline)
    return outcomes + [PortalOutcome(p.id, {}, not_started=True) for p in reversed(waiting)]


def crawl_claimed(
    claim: Callable[[], Portal | None],
    *,
    data_dir: str | None = None,
    base_urls: dict[str, str] | None = None,
    spider_args: dict[str, str] | None = None,
    settings_overrides: dict[str, Any] | None = None,
    per_portal_args: dict[str, dict[str, str]] | None = None,
    done: Callable[[Portal], None] | None = None,
    heartbeat: Callable[[list[str]], None] | None = None,
    heartbeat_seconds: float = 10.0,
    deadline: float | None = None,
) -> list[PortalOutcome]:
    """Crawl the portals `claim()` hands out (None: no more) in one Scrapy process, at most
    NEWSCRAWL_MAX_CRAWLERS at once; each finished crawl claims the next. `done(portal)` is
    called as each ends, `heartbeat(ids of portals being crawled)` every
    `heartbeat_seconds` (a distributed worker's leases). `deadline` (time.monotonic()) ends
    the whole run: no portal is claimed after it, and each crawl is given only the time left
    (CLOSESPIDER_TIMEOUT), so the running ones stop gracefully at it. Portals that share a
    host are crawled at once, the host paced for all of them together (newscrawl.crawl.
    pacing: each crawler's own download slot paces only its own requests)."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.crawl.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings
    from twisted.internet.task import LoopingCall

    from newscrawl.crawl.pacing import HostPacer

    settings = get_project_settings()
    if data_dir:
        settings.set("NEWSCRAWL_DATA_DIR", data_dir, priority="cmdline")
    for name, value in (settings_overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    process = CrawlerProcess(settings)
    running: list[tuple[Any, PortalOutcome]] = []
    active: dict[str, Portal] = {}
    # detik's desks all live on www.detik.com: crawled at once, they take turns at it.
    pacer = HostPacer()

    def host(portal: Portal) -> str:
        return portal_host(portal, base_urls)

    # With CONCURRENT_REQUESTS_PER_DOMAIN per portal, NEWSCRAWL_MAX_CRAWLERS bounds the run.
    def start_next(result: object = None) -> object:
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left < 1:  # a crawl given under a second would only start
            return result
        portal = claim()
        if portal is None:
            return result
        crawler = process.create_crawler(portal.id)
        crawler.newscrawl_host_pacer = pacer  # type: ignore[attr-defined]
        pacer.enter(host(portal))
        if left is not None:
            own = crawler.settings.getfloat("CLOSESPIDER_TIMEOUT")
            crawler.settings.set("CLOSESPIDER_TIMEOUT", min(own, left) if own > 0 else left,
                                 priority="cmdline")
        running.append((crawler, PortalOutcome(portal.id, {})))
        active[portal.id] = portal
        kwargs = dict(spider_args or {}) | dict((per_portal_args or {}).get(portal.id, {}))
        if base_urls and portal.id in base_urls:
            kwargs["base_url"] = base_urls[portal.id]

        def finished(outcome: object, portal: Portal = portal) -> object:
            active.pop(portal.id, None)
            pacer.leave(host(portal))
            if done is not None:
                done(portal)
            return start_next(outcome)

        process.crawl(crawler, **kwargs).addBoth(finished)
        return result

    for _ in range(max(1, settings.getint("NEWSCRAWL_MAX_CRAWLERS", 8))):
        start_next()
    beat = None
    if heartbeat is not None:
        beat = LoopingCall(lambda: heartbeat(list(active)))
        beat.start(heartbeat_seconds, now=False)
    try:
        process.start()
    finally:
        if beat is not None and beat.running:
            beat.stop()
    outcomes = []
    for crawler, outcome in running:
        outcome.stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
        outcome.files.extend(str(f) for f in outcome.stats.get("newscrawl/run_files") or [])
        outcomes.append(outcome)
    return outcomes


def scheduled_settings(data_dir: str, *, refetch_days: int,
                       log_file: Path | None, warc: bool = False) -> dict[str, Any]:
    """Settings of a scheduled run: incremental, durable run files, a log file per run,
    with `warc` every fetch archived beside the run file. (Its time limit is a deadline for
    the whole run: crawl_claimed's `deadline`.)"""
    values: dict[str, Any] = {
        "NEWSCRAWL_INCREMENTAL": True,  # the run-file feed marks each record seen once on disk
        "NEWSCRAWL_REFETCH_DAYS": refetch_days,
    }
    if warc:
        values["NEWSCRAWL_WARC"] = True
    if log_file is not None:
        values["LOG_FILE"] = str(log_file)
        values["LOG_LEVEL"] = "INFO"
    return values


def counted(n: int, noun: str) -> str:
    """`1 portal`, `2 portals`: a count with its noun as a reader of a cron mail says it."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def summary_line(outcomes: list[PortalOutcome], code: int, seconds: float,
                 log_file: Path | None) -> str:
    pages = sum(o.pages for o in outcomes)
    new = sum(o.stat("newscrawl/new") for o in outcomes)
    updated = sum(o.stat("newscrawl/updated") for o in outcomes)
    errors = sum(o.errors for o in outcomes)
    not_started = sum(o.not_started for o in outcomes)
    unreachable = sum(o.unreachable for o in outcomes)
    portals = counted(len(outcomes) - not_started, "portal")
    if not_started:
        portals += f" ({not_started} more not started: time limit)"
    if unreachable:
        portals += f" ({unreachable} UNREACHABLE)"
    line = (f"newscrawl crawl: {EXIT_MEANING[code]} (exit {code}) | "
            f"{portals}, {counted(pages, 'page')}, "
            f"{counted(new, 'new article')}, {updated} updated, {counted(errors, 'error')}, "
            f"{seconds:.1f} s")
    pending = sum(o.pending for o in outcomes)
    if pending:
        line += f" | {counted(pending, 'article')} still pending"
    if log_file is not None:
        line += f" | log {log_file}"
    return line


def run_stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")


def new_log_file(data_dir: str | Path) -> Path:
    """This run's own log file (two runs started in the same second get one each)."""
    folder = Path(data_dir) / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = run_stamp()
    for n in range(1000):
        path = folder / (f"{stamp}.log" if n == 0 else f"{stamp}-{n}.log")
        try:
            path.open("x").close()
        except FileExistsError:
            continue
        return path
    raise RuntimeError(f"cannot create a log file in {folder}")
