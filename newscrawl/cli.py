"""newscrawl: crawl Indonesian regional news portals into JSON lines, export datasets.

newscrawl crawl PORTAL ... | --family F | --province P | --all    scheduled crawl, one process
newscrawl backfill PORTAL --since D  walk a portal's archive day by day, resumably
newscrawl check PORTAL ...           one section page + one article per portal: what came out empty
newscrawl demo                       crawl the bundled sample portal offline, write JSONL
newscrawl demo --serve --port 8000   only serve the sample portal, until stopped
newscrawl parse FILE --url URL       run extractor + pipelines on a saved page, print JSON
newscrawl export --format F --output DIR   run files -> one deduplicated dataset + card
newscrawl rehydrate urls.jsonl       crawl the articles of a --urls-only export again
newscrawl enqueue / worker --redis URL     a distributed run: seed its portals, crawl them
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import re
import shlex
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from newscrawl import exits
from newscrawl.catalog import (
    CatalogError,
    Portal,
    get_portal,
    load_catalog,
    portal_for_url,
    select_portals,
)
from newscrawl.lang.zones import DEFAULT_ZONE


class PageTooLarge(OSError):
    """A saved page larger than any news page (a crawl would not download it either)."""


class NotHtml(ValueError):
    """A saved file that is not an HTML page (empty, binary, JSON, plain text)."""


_MARKUP = re.compile(rb"<(?:!doctype|html|head|body|div|p|article|meta|title|section|main|"
                     rb"span|a|h1|table)[\s>/]", re.IGNORECASE)


def not_html_reason(data: bytes) -> str | None:
    """Why these bytes are not an HTML page, or None when they look like one."""
    head = data[:65536].lstrip()
    if not head:
        return "the file is empty"
    if b"\x00" in head[:8192]:
        return "binary data"
    if head[:1] in (b"{", b"["):
        try:
            json.loads(data.decode("utf-8"))
            return "a JSON document"
        except (ValueError, UnicodeDecodeError):
            pass
    if not _MARKUP.search(data[:2_000_000]):
        return "no HTML markup in it"
    return None


def _read_page(path: Path) -> str:
    from newscrawl.pages.html.document import MAX_HTML_BYTES

    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as fh:  # read at most the limit: a .gz bomb stays small
            data = fh.read(MAX_HTML_BYTES + 1)
    except gzip.BadGzipFile:
        raise NotHtml("named .gz but not gzip data") from None
    if len(data) > MAX_HTML_BYTES:
        raise PageTooLarge(27, f"larger than {MAX_HTML_BYTES // 2**20} MB, the most a crawl "
                               "downloads (DOWNLOAD_MAXSIZE)")
    reason = not_html_reason(data)
    if reason:
        raise NotHtml(reason)
    return data.decode("utf-8", errors="replace")


def cmd_parse(args: argparse.Namespace) -> int:
    """A thin shell over newscrawl.api: the record (or listing) as JSON on stdout."""
    from newscrawl import api

    _check_zone(args.tz, "--tz")  # for a catalog portal too, where it is the fallback
    try:
        portal = api.resolve_portal(args.url, args.portal, tz=args.tz)
    except CatalogError as exc:
        print(f"newscrawl parse: {exc}", file=sys.stderr)
        return 2
    try:
        html = _read_page(Path(args.file))
    except NotHtml as exc:
        print(f"newscrawl parse: {args.file} is not an HTML page: {exc}", file=sys.stderr)
        return 2
    except (OSError, EOFError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or "not a readable file"
        print(f"newscrawl parse: cannot read {args.file}: {reason}", file=sys.stderr)
        return 2
    if not portal.in_catalog:
        print(f"newscrawl parse: {portal.host} is not in the catalog; read with the generic "
              "page objects", file=sys.stderr)
    else:
        print(f"newscrawl parse: read as portal {portal.id} ({portal.family})", file=sys.stderr)
    if args.kind == "section":
        print(json.dumps(api.parse_listing(html, args.url, portal=portal),
                         ensure_ascii=False, indent=2))
        return 0
    result = api.read_article(html, args.url, portal=portal, tz=args.tz)
    status = 0
    if result.missing:
        print(f"newscrawl parse: a crawl would drop this record: missing_{result.missing[0]}",
              file=sys.stderr)
        status = 1
    if result.fallbacks:
        record = result.record.to_record()
        filled = [f for f in result.fallbacks if record.get(f) or record.get(f"{f}_raw")]
        empty = [f for f in result.fallbacks if f not in filled]
        said = [f"the generic resolvers filled {', '.join(filled)}"] if filled else []
        said += [f"the generic resolvers found nothing for {', '.join(empty)} either"] \
            if empty else []
        print(f"newscrawl parse: the {portal.family} selectors found nothing for "
              f"{', '.join(result.fallbacks)}; {' and '.join(said)}", file=sys.stderr)
    print(json.dumps(result.record.to_record(), ensure_ascii=False, indent=2))
    # A page without an article (a saved 404 or error page) is no page of one, whatever
    # "?page=2" its URL has.
    missing = [] if "body" in result.missing else result.missing_pages()
    if missing:
        print(f"newscrawl parse: this file is page {result.page_number} of {result.page_count} "
              f"of the article; it does not hold page(s) {', '.join(map(str, missing))}. "
              f"The record holds this page only; a crawl fetches and merges all pages "
              f"(first page: {result.page_urls.get(1, result.record.url)}).", file=sys.stderr)
    return status


def _demo_server(args: argparse.Namespace, **kwargs: Any) -> Any:
    from newscrawl.demo.server import DemoServer

    if args.articles < 1:
        raise UsageError(f"--articles must be 1 or more, got {args.articles}")
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be 0 (any free port) to 65535, got {args.port}")
    try:
        return DemoServer(n_articles=args.articles, port=args.port, **kwargs)
    except OSError as exc:
        raise UsageError(f"cannot serve on 127.0.0.1:{args.port}: "
                         f"{exc.strerror or exc} (another program has it? try --port 0)"
                         ) from None


def cmd_demo(args: argparse.Namespace) -> int:
    if args.serve:
        server = _demo_server(args, family=args.family,
                              broken_pages=not args.no_broken_pages)
        spider = {"prmn": "demo", "tribun": "demotribun", "detik": "demodetik"}[args.family]
        print(f"Serving the sample portal ({args.articles} articles) at {server.base_url}; "
              f"crawl it with: newscrawl crawl {spider} --base-url {server.base_url}  "
              f"(Ctrl-C stops)", flush=True)
        try:
            server.httpd.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.httpd.server_close()
        return 0

    # The crawl is of the PRMN sample with its broken pages: these would be ignored.
    serve_only = [option for option, given in (("--family", args.family != "prmn"),
                                               ("--no-broken-pages", args.no_broken_pages))
                  if given]
    if serve_only:
        raise UsageError(f"{' and '.join(serve_only)} applies with --serve only (the crawl "
                         "is of the PRMN sample portal)")
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.crawl.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from newscrawl.crawl import runner
    from newscrawl.demo.site import BROKEN_FAULTS, broken_path

    demo_args = {k: v for k, v in (("discover", args.discover), ("since", args.since),
                                   ("until", args.until)) if v}
    _check_spider_args([get_portal("demo")], demo_args, {}, get_project_settings())
    if not _writable("demo", args.data_dir):
        return exits.EXIT_UNWRITABLE
    server = _demo_server(args)
    out = Path(args.data_dir) / "demo" / f"{runner.run_stamp()}.jsonl"
    log_file = runner.new_log_file(args.data_dir)
    with server:
        settings = get_project_settings()
        settings.set("FEEDS", {str(out): {"format": "jsonlines", "encoding": "utf8"}},
                     priority="cmdline")
        # Scrapy's log goes to the run's log file: on the terminal, only the summary below.
        settings.set("LOG_FILE", str(log_file), priority="cmdline")
        settings.set("LOG_LEVEL", args.log_level, priority="cmdline")
        process = CrawlerProcess(settings)
        crawler = process.create_crawler("demo")
        process.crawl(crawler, base_url=server.base_url, discover=args.discover,
                      since=args.since or None, until=args.until or None)
        process.start()
        stats = crawler.stats.get_stats() if crawler.stats else {}
    count = 0
    if out.exists():
        with out.open(encoding="utf-8") as fh:
            count = sum(1 for line in fh if line.strip())
    reason = stats.get("finish_reason", "unknown")
    if reason != "finished":  # Ctrl-C, SIGTERM: what was written is kept, nothing judged
        print(f"Demo crawl of the sample portal ({server.base_url}) stopped before the end "
              f"({reason}): {count} articles in {out}")
        print(f"Scrapy's log: {log_file}")
        return exits.EXIT_STOPPED
    print(f"Demo crawl of the sample portal ({server.base_url}) finished: "
          f"{count} articles in {out}")
    designed = {key for _, key, _ in BROKEN_FAULTS.values()}
    if args.discover == "sections":  # only the section pages list the broken pages
        print("The sample portal's four broken pages, there by design, were handled as a "
              "crawl handles them:")
        for kind, (what, key, outcome) in BROKEN_FAULTS.items():
            handled = outcome if stats.get(key) else "NOT handled as designed: read the log"
            print(f"  {broken_path(kind):28} {what}: {handled}")
    else:
        print(f"Found through {args.discover}: "
              + ", ".join(f"{k.rsplit('/', 1)[1]} {v}" for k, v in sorted(stats.items())
                          if k.startswith("newscrawl/crawl/discovery/") and "mode" not in k))
    other = {k.removeprefix("newscrawl/"): v for k, v in sorted(stats.items())
             if k.startswith("newscrawl/") and k not in designed
             and ("dropped" in k or "errors" in k or "not_text" in k or "undecodable" in k)}
    if other:
        print("Other problems (not by design): "
              + ", ".join(f"{k} {v}" for k, v in other.items()))
    print(f"Scrapy's log: {log_file}")
    return 0 if count and not other else 1


class UsageError(Exception):
    """Bad arguments: reported as `newscrawl <command>: <message>`, exit 2."""


def _pairs(values: list[str], what: str) -> dict[str, str]:
    out = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name:
            raise UsageError(f"{what} takes NAME=VALUE, got {value!r}")
        out[name] = rest
    if what == "-s":
        from newscrawl.crawl.commands.crawl import setting_problem

        problem = setting_problem(out)
        if problem:
            raise UsageError(problem)
    return out


def _base_urls(values: list[str], portals: list[Portal]) -> dict[str, str]:
    """--base-url URL (one portal) or --base-url PORTAL=URL (any number)."""
    out: dict[str, str] = {}
    for value in values:
        name, sep, url = value.partition("=")
        if sep and not name.startswith(("http://", "https://")):
            out[name] = url
        elif len(portals) == 1:
            out[portals[0].id] = value
        else:
            raise UsageError("with several portals, write --base-url PORTAL=URL")
    unknown = set(out) - {p.id for p in portals}
    if unknown:
        raise UsageError(f"--base-url names portals not in this run: "
                         f"{', '.join(sorted(unknown))}")
    return out


def _selected_portals(args: argparse.Namespace, *, required: bool = True) -> list[Portal]:
    try:
        portals = select_portals(args.portals, family=args.family, province=args.province,
                                 all_portals=args.all)
    except CatalogError as exc:
        raise UsageError(str(exc)) from None
    if not portals and required:
        raise UsageError("name portals, or use --family, --province or --all")
    return portals


def _writable(command: str, data_dir: str | Path) -> bool:
    """Whether the state store can be written; if not, the one line that says so."""
    from newscrawl.store import sqlite as state

    try:
        state.check_writable(Path(data_dir))
    except state.StoreUnwritable as exc:
        print(f"newscrawl {command}: {exc.strerror}; nothing fetched "
              f"(exit {exits.EXIT_UNWRITABLE})", file=sys.stderr)
        return False
    return True


def _check_spider_args(portals: list[Portal], spider_args: dict[str, str],
                       base_urls: dict[str, str], settings: Any) -> None:
    """A bad -a value or --base-url is a usage error before anything is fetched."""
    from scrapy.spiderloader import get_spider_loader

    from newscrawl.crawl.commands.crawl import spider_problem

    loader = get_spider_loader(settings)
    for portal in portals:
        args = dict(spider_args)
        if portal.id in base_urls:
            args["base_url"] = base_urls[portal.id]
        problem = spider_problem(loader, portal.id, args)
        if problem:
            raise UsageError(problem.replace(f"{portal.id}: base_url", "--base-url")
                             if "base_url" in problem else problem)


def _warn_without_contact(portals: list[Portal], base_urls: dict[str, str], settings: Any,
                          overrides: dict[str, str]) -> None:
    """Once per run, on stderr: a crawl of a real portal should tell it who is crawling."""
    from urllib.parse import urlsplit

    from newscrawl.crawl.spiders.portal import LOOPBACK

    if overrides.get("NEWSCRAWL_CONTACT") or settings.get("NEWSCRAWL_CONTACT") \
            or "USER_AGENT" in overrides:
        return
    hosts = {urlsplit(base_urls.get(p.id, p.base_url)).hostname for p in portals}
    if hosts - LOOPBACK:
        print("newscrawl crawl: warning: NEWSCRAWL_CONTACT is not set, so the portals see no "
              "way to reach you in the User-Agent; set it (export "
              "NEWSCRAWL_CONTACT=https://your.site/contact)", file=sys.stderr)


def _report(outcomes: list[Any], code: int, started: float, log_file: Path | None, *,
            verbose: bool) -> str:
    """A line per portal with a problem (every portal with -v); the summary line returned."""
    from newscrawl.crawl import runner

    for outcome in outcomes:
        problem = outcome.problem()
        if problem or verbose:
            files = ", ".join(outcome.files) or "no new file"
            print(f"{outcome.portal}: {outcome.stat('newscrawl/new')} new, "
                  f"{outcome.pages} pages -> {files}" + (f"  [{problem}]" if problem else ""))
    return runner.summary_line(outcomes, code, time.monotonic() - started, log_file)


def _deadline(args: argparse.Namespace, started: float) -> float | None:
    """The run's deadline (time.monotonic()) from --time-limit; bad limits are usage errors."""
    refetch = getattr(args, "refetch_days", 0)
    if refetch is not None and refetch < 0:
        raise UsageError(f"--refetch-days takes a number of days, 0 or more; got {refetch}")
    if args.time_limit is None:
        return None
    if not args.time_limit > 0:  # also NaN
        raise UsageError(f"--time-limit takes a number of seconds above 0; got "
                         f"{args.time_limit:g}")
    return started + args.time_limit


def cmd_crawl(args: argparse.Namespace) -> int:
    from newscrawl.crawl import runner
    from newscrawl.store import sqlite as state

    portals = _selected_portals(args)
    settings = _settings_module()
    data_dir = args.data_dir or settings.get("NEWSCRAWL_DATA_DIR", "data")
    base_urls = _base_urls(args.base_url, portals)
    spider_args = _pairs(args.arg, "-a")
    if getattr(args, "discover", None):
        spider_args["discover"] = args.discover
    _check_spider_args(portals, spider_args, base_urls, settings)
    _warn_without_contact(portals, base_urls, settings, _pairs(args.set, "-s"))
    started = time.monotonic()
    deadline = _deadline(args, started)
    if not _writable("crawl", data_dir):
        return exits.EXIT_UNWRITABLE
    # A log line that cannot be written (disk full) is dropped, not a traceback in cron mail.
    logging.raiseExceptions = False
    try:
        with runner.RunLock(data_dir):
            store_path = Path(data_dir) / "newscrawl.sqlite"
            if not state.store_is_sound(store_path):
                aside, restored = state.rebuild_store(store_path, Path(data_dir))
                print(f"newscrawl crawl: the seen-article store was damaged; moved it to "
                      f"{aside} and rebuilt it from the run files ({restored} articles)",
                      file=sys.stderr)
            log_file = runner.new_log_file(data_dir)
            overrides = runner.scheduled_settings(
                data_dir, refetch_days=args.refetch_days, log_file=log_file)
            if args.gzip:
                overrides["NEWSCRAWL_FEED"] = "%(data_dir)s/%(name)s/%(run_time)s.jsonl.gz"
            # Live progress on a terminal only: cron mail and pipes get the summary alone.
            overrides["NEWSCRAWL_PROGRESS"] = sys.stderr.isatty() and not args.no_progress
            overrides.update(_pairs(args.set, "-s"))
            outcomes = runner.crawl_portals(
                portals, data_dir=data_dir, base_urls=base_urls,
                spider_args=spider_args, settings_overrides=overrides, deadline=deadline)
    except runner.LockHeld as exc:
        print(f"newscrawl crawl: {exc}; exiting (exit {exits.EXIT_LOCKED})", file=sys.stderr)
        return exits.EXIT_LOCKED
    except (OSError, sqlite3.OperationalError) as exc:
        # The lock or the rebuilt store could not be written: the disk filled up since the
        # writability check, or the lock file is not a file.
        where = getattr(exc, "filename", None) or data_dir
        reason = getattr(exc, "strerror", None) or str(exc)
        print(f"newscrawl crawl: cannot write to {where}: {reason}; nothing fetched "
              f"(exit {exits.EXIT_UNWRITABLE})", file=sys.stderr)
        return exits.EXIT_UNWRITABLE
    code = runner.judge(outcomes)
    line = _report(outcomes, code, started, log_file, verbose=args.verbose)
    print(line.replace("newscrawl crawl:", f"newscrawl {getattr(args, 'label', 'crawl')}:", 1))
    return code


def cmd_backfill(args: argparse.Namespace) -> int:
    """Walk a portal's archive (or dated sitemaps) day by day from --until back to --since,
    resumably: the days walked are stored, a second run skips them and fetches first the
    articles the first one listed but did not write."""
    from datetime import date

    try:
        portal = get_portal(args.portal)
    except CatalogError as exc:
        raise UsageError(str(exc)) from None
    for option, value in (("--since", args.since), ("--until", args.until)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise UsageError(f"{option} takes a date like 2024-01-31, got {value!r}") from None
    via = args.via or ("archive" if portal.archive else "sitemaps")
    if via == "archive" and not portal.archive:
        raise UsageError(f"{portal.id} has no archive pattern in its catalog entry; "
                         f"use --via sitemaps")
    extra = [f"discover={via}", f"since={args.since}", "backfill=1"]
    if args.until:
        extra.append(f"until={args.until}")
    crawl_args = argparse.Namespace(
        portals=[portal.id], family=None, province=None, all=False, data_dir=args.data_dir,
        base_url=args.base_url, arg=[*args.arg, *extra], set=args.set,
        time_limit=args.time_limit, refetch_days=0, gzip=False, verbose=args.verbose,
        no_progress=args.no_progress, discover=None, label="backfill")
    return cmd_crawl(crawl_args)


def _work_queue(args: argparse.Namespace) -> Any:
    """The Redis work queue, or a one-line usage error (no extra, unreachable server)."""
    try:
        from newscrawl.crawl.distributed.work import WorkQueue
        from newscrawl.store.redis import connect
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

    portals = _selected_portals(args)
    queue = _work_queue(args)
    run = queue.seed([p.id for p in portals])
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

    selected = _selected_portals(args, required=False)
    settings = _settings_module()
    data_dir = args.data_dir or settings.get("NEWSCRAWL_DATA_DIR", "data")
    catalog = load_catalog()
    base_urls = _base_urls(args.base_url, selected or list(catalog.values()))
    spider_args = _pairs(args.arg, "-a")
    # Joining a run names no portal: its -a are checked as any portal takes them.
    _check_spider_args(selected or [get_portal("demo")], spider_args, base_urls, settings)
    started = time.monotonic()
    deadline = _deadline(args, started)
    sets = _pairs(args.set, "-s")
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
    if not _writable("worker", data_dir):
        return exits.EXIT_UNWRITABLE
    redis_id = _redis_run_id(queue.db)
    try:
        run = queue.seed([p.id for p in selected]) if selected else 0
    except Exception as exc:  # Redis went away for good while seeding
        return _redis_lost(exc, [], started, None, run=0, verbose=args.verbose,
                           leases=queue.leases)
    logging.raiseExceptions = False
    log_file = runner.new_log_file(data_dir)
    overrides = runner.scheduled_settings(data_dir, refetch_days=args.refetch_days,
                                          log_file=log_file)
    overrides.update(worker_settings(args.redis))
    overrides["EXTENSIONS"] = {**settings.getdict("EXTENSIONS"),
                               "newscrawl.crawl.distributed.guard.RedisWatch": 10}
    overrides["NEWSCRAWL_PROGRESS"] = sys.stderr.isatty() and not args.no_progress
    overrides.update(sets)

    def claim() -> Portal | None:
        try:
            while GUARD.failure is None and (portal_id := queue.claim()) is not None:
                if portal_id in catalog:
                    return catalog[portal_id]
                queue.release(portal_id)  # queued by a newer catalog than this worker's
        except Exception as exc:
            _give_up(exc)
        return None

    def release(portal: Portal) -> None:
        try:
            queue.release(portal.id)
        except Exception as exc:  # the lease runs out by itself
            _give_up(exc)

    def heartbeat(portal_ids: list[str]) -> None:
        # Never raises: a LoopingCall that raises stops, with an "Unhandled error" on stderr.
        try:
            _check_redis_restart(queue, redis_id)
            queue.renew(portal_ids)
        except Exception as exc:
            _give_up(exc)

    outcomes = runner.crawl_claimed(
        claim, data_dir=data_dir, base_urls=base_urls, spider_args=spider_args,
        settings_overrides=overrides, done=release,
        heartbeat=heartbeat, heartbeat_seconds=max(0.5, args.lease_seconds / 3),
        deadline=deadline)
    if GUARD.failure is None:
        try:
            _check_redis_restart(queue, redis_id)
            _count_pending(queue.db, outcomes)
        except Exception as exc:
            _give_up(exc)
    if GUARD.failure is not None:
        return _redis_lost(None, outcomes, started, log_file, run=run, verbose=args.verbose,
                           leases=queue.leases)
    code = runner.judge(outcomes) if outcomes else exits.EXIT_OK
    line = _report(outcomes, code, started, log_file, verbose=args.verbose)
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
    line = _report(outcomes, exits.EXIT_REDIS, started, log_file, verbose=verbose)
    seeded = f"seeded run {run}" if run else "joined the run in progress"
    print(line.replace("newscrawl crawl:", f"newscrawl worker ({seeded}):", 1))
    return exits.EXIT_REDIS


def cmd_check(args: argparse.Namespace) -> int:
    from newscrawl.crawl import runner
    from newscrawl.model.article import ARTICLE_FIELDS
    from newscrawl.model.finalise import REQUIRED_FIELDS

    portals = _selected_portals(args)
    overrides = {
        "FEEDS": {}, "NEWSCRAWL_FEED": "", "NEWSCRAWL_INCREMENTAL": False,
        "LOG_LEVEL": args.log_level,
        "ITEM_PIPELINES": {"newscrawl.crawl.pipelines.DatesPipeline": 200,
                           "newscrawl.crawl.pipelines.CheckRecordPipeline": 400},
    }
    outcomes = runner.crawl_portals(
        portals, base_urls=_base_urls(args.base_url, portals),
        spider_args={"max_pages": "1", "max_articles": "1"}, settings_overrides=overrides)
    codes = []
    for outcome in outcomes:
        record = outcome.stats.get("newscrawl/check_record") or {}
        empty = [f for f in ARTICLE_FIELDS if record and record.get(f) in (None, [], "")]
        missing = [f for f in REQUIRED_FIELDS if not record.get(f)]
        code = outcome.code()
        unreachable = outcome.unreachable
        if unreachable:
            code = exits.EXIT_ERRORS  # the network or the portal is down: not a template change
        elif code in (exits.EXIT_OK, exits.EXIT_ERRORS) and (not record or missing):
            code = exits.EXIT_NO_ARTICLES
        if unreachable:
            status = "UNREACHABLE"
        elif code == exits.EXIT_OK:
            status = "OK"
        elif code == exits.EXIT_BLOCKED:
            status = "BLOCKED"
        elif code == exits.EXIT_NO_ARTICLES:
            status = "BROKEN"
        else:
            status = "FAILED"
        if unreachable:
            reasons = outcome.request_errors()
            detail = f"no page could be fetched ({', '.join(reasons) or 'no answer'})"
        elif not record:
            detail = (f"no article read ({outcome.stat('newscrawl/section_pages')} section "
                      f"pages, {outcome.stat('newscrawl/links_listed')} links, "
                      f"{outcome.errors} errors)")
        else:
            detail = f"{record.get('url')}: " + (
                f"missing {', '.join(missing)}; " if missing else "") + (
                f"empty: {', '.join(empty)}" if empty else "every field filled")
        fallbacks = sorted(k.split("/", 3)[3] for k in outcome.stats
                           if k.startswith("newscrawl/fallback/"))
        if fallbacks:
            detail += (f"; family selectors empty, generic fallback used for: "
                       f"{', '.join(fallbacks)} (template changed?)")
        print(f"{status:8} {outcome.portal}: {detail}")
        codes.append(code)
    worst = runner.most_severe(codes)
    print(f"newscrawl check: {runner.counted(len(outcomes), 'portal')}, exit {worst} "
          f"({exits.EXIT_MEANING[worst]})")
    return worst


def cmd_export(args: argparse.Namespace) -> int:
    from newscrawl.export import ExportError, Filters, NothingMatched, bound, export

    data_dir = Path(args.data_dir or _settings_module().get("NEWSCRAWL_DATA_DIR", "data"))
    _check_zone(args.tz, "--tz")
    try:
        filters = Filters(
            portals=set(args.portal), family=args.family, province=args.province,
            since=bound(args.since, end=False, default_tz=args.tz),
            until=bound(args.until, end=True, default_tz=args.tz), min_words=args.min_words,
            include_sample=args.include_sample)
        _check_export_filters(filters, args)
        result = export(data_dir, Path(args.output), args.format, filters=filters,
                        urls_only=args.urls_only, compress=args.gzip, bom=args.bom,
                        force=args.force, command=shlex.join(["newscrawl", *sys.argv[1:]]),
                        progress=False if args.no_progress else None,
                        syndication=not args.no_syndication)
    except NothingMatched as exc:
        print(f"newscrawl export: {exc}; nothing written (exit {exits.EXIT_NOTHING_MATCHED})",
              file=sys.stderr)
        return exits.EXIT_NOTHING_MATCHED
    except ExportError as exc:
        print(f"newscrawl export: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a read-only place, a full disk: the output cannot be written
        print(f"newscrawl export: cannot write {args.output}: "
              f"{exc.strerror or exc}; nothing written (exit {exits.EXIT_UNWRITABLE})",
              file=sys.stderr)
        return exits.EXIT_UNWRITABLE
    for problem in result.stats.problems[:20]:
        print(f"newscrawl export: {problem}", file=sys.stderr)
    extra = ", ".join(p.name for p in (result.card, result.chart) if p)
    print(f"newscrawl export: {result.stats.summary()} -> {result.data_file} (+ {extra})")
    return 0


def _check_export_filters(filters: Any, args: argparse.Namespace) -> None:
    """A filter that can match nothing is a usage error, as `newscrawl crawl` makes it, not
    "0 records matched" (exit 3) as if the data held none."""
    from newscrawl.export import ExportError

    catalog = load_catalog().values()
    families = sorted({p.family for p in catalog} | {"generic"})  # generic: the site spider
    if filters.family and filters.family not in families:
        raise ExportError(f"no family {filters.family!r}; families: {', '.join(families)}")
    provinces = sorted({p.province for p in catalog if p.province})
    if filters.province and filters.province.casefold() not in {
            p.casefold() for p in provinces}:
        raise ExportError(f"no province {filters.province!r}; provinces: "
                          f"{', '.join(provinces)}")
    if filters.since and filters.until and filters.until <= filters.since:
        raise ExportError(f"--until {args.until} is not after --since {args.since}")
    if filters.min_words < 0:
        raise ExportError(f"--min-words must be 0 or more, got {filters.min_words}")


def cmd_rehydrate(args: argparse.Namespace) -> int:
    """Crawl the articles of a --urls-only export again, into run files."""
    import tempfile

    from newscrawl.crawl import runner
    from newscrawl.export import read_url_list

    started = time.monotonic()
    try:
        urls = read_url_list(Path(args.urls))
    except (OSError, ValueError, KeyError) as exc:
        print(f"newscrawl rehydrate: cannot read URLs from {args.urls}: {exc}", file=sys.stderr)
        return exits.EXIT_USAGE
    by_portal: dict[str, list[str]] = {}
    unknown = 0
    catalog = load_catalog()
    for url, portal_id in urls:
        portal = catalog.get(portal_id or "") or portal_for_url(url)
        if portal is None:
            unknown += 1
        else:
            by_portal.setdefault(portal.id, []).append(url)
    if unknown:
        print(f"newscrawl rehydrate: {unknown} URLs of hosts not in the catalog skipped",
              file=sys.stderr)
    if not by_portal:
        print("newscrawl rehydrate: no URL of a catalog portal", file=sys.stderr)
        return exits.EXIT_USAGE
    data_dir = args.data_dir or _settings_module().get("NEWSCRAWL_DATA_DIR", "data")
    if not _writable("rehydrate", data_dir):
        return exits.EXIT_UNWRITABLE
    with tempfile.TemporaryDirectory() as tmp:
        per_portal = {}
        for pid, portal_urls in by_portal.items():
            url_file = Path(tmp) / f"{pid}.txt"
            url_file.write_text("\n".join(portal_urls) + "\n", encoding="utf-8")
            per_portal[pid] = {"urls_file": str(url_file)}
        # Its Scrapy log goes to the run's log file, as crawl's does: the terminal gets the
        # summary (an unreachable portal's retries and tracebacks are the log's business).
        log_file = runner.new_log_file(data_dir)
        overrides = runner.scheduled_settings(data_dir, refetch_days=0, log_file=log_file)
        overrides["LOG_LEVEL"] = args.log_level
        chosen = [get_portal(pid) for pid in sorted(by_portal)]
        try:
            base_urls = _base_urls(args.base_url, chosen)
        except UsageError as exc:
            print(f"newscrawl rehydrate: {exc}", file=sys.stderr)
            return exits.EXIT_USAGE
        outcomes = runner.crawl_portals(
            chosen, data_dir=data_dir, base_urls=base_urls,
            settings_overrides=overrides, per_portal_args=per_portal)
    code = runner.judge(outcomes)
    line = _report(outcomes, code, started, log_file, verbose=False)
    print(line.replace("newscrawl crawl:", "newscrawl rehydrate:", 1))
    return code


def _check_zone(name: str | None, option: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if name:
        try:
            ZoneInfo(name)
        except (ValueError, ZoneInfoNotFoundError):
            raise UsageError(f"{option} {name!r} is not a time zone (e.g. Asia/Makassar, "
                             f"Asia/Jakarta, Asia/Jayapura)") from None


def _settings_module() -> Any:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.crawl.settings")
    from scrapy.utils.project import get_project_settings

    return get_project_settings()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    from newscrawl.model.article import SCHEMA_VERSION

    try:
        number = version("newscrawl")
    except PackageNotFoundError:  # run from a source tree that was never installed
        number = "unknown"
    return f"newscrawl {number} (record schema {SCHEMA_VERSION})"


def _run_options(command: argparse.ArgumentParser, *, data_dir: str, spider_args: str,
                 settings: str = "Scrapy setting", time_limit: str = "(exit 5)") -> None:
    """The options every crawling command shares (crawl, backfill, worker)."""
    command.add_argument("--data-dir", help=data_dir)
    command.add_argument("--base-url", action="append", default=[], metavar="[PORTAL=]URL",
                         help="fetch a portal from another host (repeatable with PORTAL=URL)")
    command.add_argument("-a", dest="arg", action="append", default=[], metavar="NAME=VALUE",
                         help=spider_args)
    command.add_argument("-s", dest="set", action="append", default=[], metavar="NAME=VALUE",
                         help=settings)
    command.add_argument("--time-limit", type=float, metavar="SECONDS",
                         help=f"stop gracefully after this long {time_limit}")
    command.add_argument("-v", "--verbose", action="store_true", help="a line for every portal")
    command.add_argument("--no-progress", action="store_true",
                         help="no live progress lines, even on a terminal (never shown when "
                              "stderr is not a terminal: cron, pipes)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newscrawl", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-V", "--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True)

    crawl = sub.add_parser("crawl", help="crawl several portals in one process")
    crawl.add_argument("portals", nargs="*", help="catalog ids (see `scrapy list`)")
    crawl.add_argument("--family", help="every portal of this CMS family")
    crawl.add_argument("--province", help="every portal of this province")
    crawl.add_argument("--all", action="store_true", help="every portal of the catalog")
    _run_options(crawl, data_dir="where run files go (default: NEWSCRAWL_DATA_DIR, data)",
                 spider_args="spider argument for every portal (sections, max_pages, since)")
    crawl.add_argument("--refetch-days", type=int, default=0, metavar="N",
                       help="fetch stored articles published in the last N days again")
    crawl.add_argument("--gzip", action="store_true",
                       help="write run files as .jsonl.gz (one gzip member per record: "
                            "readable up to any kill)")
    crawl.add_argument("--discover", choices=("sections", "sitemaps", "feeds", "archive", "auto"),
                       help="how to find articles (default sections; auto: the best the "
                            "portal's catalog entry offers)")
    crawl.set_defaults(func=cmd_crawl)

    exp = sub.add_parser("export", help="one deduplicated, documented dataset from run files")
    exp.add_argument("--data-dir", help="where the run files are (default: NEWSCRAWL_DATA_DIR)")
    exp.add_argument("--format", required=True, choices=("jsonl", "csv", "parquet"),
                     help="jsonl (UTF-8 JSON lines), csv (spreadsheet-safe) or parquet "
                          "(typed columns; needs the export extra)")
    exp.add_argument("--output", required=True, help="directory for the data and its card")
    exp.add_argument("--portal", action="append", default=[], help="only this portal (repeat)")
    exp.add_argument("--family", help="only portals of this CMS family (prmn, tribun, ...)")
    exp.add_argument("--province", help="only portals of this province (e.g. Bali)")
    exp.add_argument("--since", help="published at or after: ISO time, or a date (whole day)")
    exp.add_argument("--until", help="published before: ISO time, or a date (inclusive day)")
    exp.add_argument("--tz", default=DEFAULT_ZONE,
                     help="zone of date-only --since/--until (default Asia/Jakarta, WIB)")
    exp.add_argument("--min-words", type=int, default=0, metavar="N",
                     help="only articles whose body has at least N words (default 0: all)")
    exp.add_argument("--include-sample", action="store_true",
                     help="export the records of the bundled sample portals (demo, "
                          "demotribun, demodetik) too; left out unless named with --portal")
    exp.add_argument("--no-syndication", action="store_true",
                     help="do not look for syndicated copies across portals (faster; "
                          "syndication_group is null)")
    exp.add_argument("--urls-only", action="store_true",
                     help="URLs, titles and dates only (for sharing without the text)")
    exp.add_argument("--gzip", action="store_true", help="JSONL: write articles.jsonl.gz")
    exp.add_argument("--bom", action="store_true", help="CSV: a UTF-8 BOM, for spreadsheets")
    exp.add_argument("--force", action="store_true", help="replace a non-empty --output")
    exp.add_argument("--no-progress", action="store_true",
                     help="no progress bar, even on a terminal")
    exp.set_defaults(func=cmd_export)

    rehydrate = sub.add_parser("rehydrate", help="crawl the URLs of a --urls-only export")
    rehydrate.add_argument("urls", help="urls.jsonl / urls.csv / urls.parquet")
    rehydrate.add_argument("--data-dir", help="where run files go (default: NEWSCRAWL_DATA_DIR)")
    rehydrate.add_argument("--base-url", action="append", default=[], metavar="[PORTAL=]URL",
                           help="fetch a portal from another host (a mirror, the demo)")
    rehydrate.add_argument("--log-level", default="WARNING",
                           help="level of Scrapy's log in the run's log file, <data dir>/logs/ "
                                "(default WARNING)")
    rehydrate.set_defaults(func=cmd_rehydrate)

    def selection(command: argparse.ArgumentParser, what: str) -> None:
        command.add_argument("portals", nargs="*", help=f"catalog ids {what}")
        command.add_argument("--family", help=f"every portal of this CMS family {what}")
        command.add_argument("--province", help=f"every portal of this province {what}")
        command.add_argument("--all", action="store_true", help=f"every portal {what}")
        command.add_argument("--redis", required=True, metavar="URL",
                             help="the Redis (or Valkey) server the workers share, "
                                  "e.g. redis://10.0.0.5:6379/0")
        command.add_argument("--lease-seconds", type=float, default=30.0, metavar="S",
                             help="a portal's lease: a worker that stops renewing it (dead) "
                                  "frees the portal after this long (default 30)")

    backfill = sub.add_parser("backfill", help="walk a portal's archive day by day, resumably")
    backfill.add_argument("portal", help="catalog id")
    backfill.add_argument("--since", required=True, help="first day (YYYY-MM-DD)")
    backfill.add_argument("--until", help="last day (YYYY-MM-DD; default today)")
    backfill.add_argument("--via", choices=("archive", "sitemaps"),
                          help="the date archive (default, where the catalog has one) or "
                               "the dated sitemaps")
    _run_options(backfill, data_dir="where run files go (default: NEWSCRAWL_DATA_DIR)",
                 spider_args="spider argument (max_pages: archive pages per day)",
                 time_limit="(exit 5); run again to go on")
    backfill.set_defaults(func=cmd_backfill)

    worker = sub.add_parser("worker", help="a crawl worker of a distributed run (Redis)")
    selection(worker, "to seed the run with, when none is in progress (else: join it)")
    _run_options(worker, data_dir="where this worker's run files go",
                 spider_args="spider argument for every portal",
                 settings="Scrapy setting (NEWSCRAWL_MAX_CRAWLERS: portals at once)")
    worker.add_argument("--refetch-days", type=int, default=0, metavar="N",
                        help="fetch stored articles published in the last N days again")
    worker.set_defaults(func=cmd_worker)

    enqueue = sub.add_parser("enqueue", help="seed a distributed run's portals in Redis")
    selection(enqueue, "to queue for the workers")
    enqueue.set_defaults(func=cmd_enqueue)

    check = sub.add_parser("check", help="fetch one section page and one article per portal "
                                         "and report empty fields")
    check.add_argument("portals", nargs="*", help="catalog ids")
    check.add_argument("--family", help="every portal of this CMS family")
    check.add_argument("--province", help="every portal of this province")
    check.add_argument("--all", action="store_true", help="every portal of the catalog")
    check.add_argument("--base-url", action="append", default=[], metavar="[PORTAL=]URL",
                       help="fetch a portal from another host (a mirror, the sample portal)")
    check.add_argument("--log-level", default="CRITICAL",
                       help="Scrapy's log on stderr (default CRITICAL: only this command's "
                            "lines; ERROR or INFO to see why a portal failed)")
    check.set_defaults(func=cmd_check)

    demo = sub.add_parser("demo", help="crawl the bundled sample portal offline")
    demo.add_argument("--serve", action="store_true",
                      help="only serve the sample portal until stopped (no crawl)")
    demo.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free)")
    demo.add_argument("--articles", type=int, default=30,
                      help="articles in the sample portal; a larger number adds newer ones "
                           "on top of the same older ones")
    demo.add_argument("--family", default="prmn", choices=("prmn", "tribun", "detik"),
                      help="template of the served sample portal (with --serve)")
    demo.add_argument("--no-broken-pages", action="store_true",
                      help="leave out the four broken pages (with --serve)")
    demo.add_argument("--discover", default="sections",
                      choices=("sections", "sitemaps", "feeds", "archive", "auto"),
                      help="how the crawl finds the articles (default: section pages)")
    demo.add_argument("--since", help="with --discover archive: first day (the sample "
                                      "portal's articles are of 2024-03-01 on)")
    demo.add_argument("--until", help="last day (YYYY-MM-DD)")
    demo.add_argument("--data-dir", default="data", help="where run files go (default: data)")
    demo.add_argument("--log-level", default="INFO",
                      help="level of Scrapy's log, written to <data dir>/logs/ (default INFO)")
    demo.set_defaults(func=cmd_demo)

    parse = sub.add_parser("parse", help="extract a saved page offline and print JSON")
    parse.add_argument("file", help="saved page (.html or .html.gz)")
    parse.add_argument("--url", required=True, help="the URL the page was saved from")
    parse.add_argument("--as", dest="kind", choices=("article", "section"), default="article",
                       help="read the page as an article (default: the record) or as a "
                            "section listing (its article links and next page)")
    parse.add_argument("--portal", help="catalog id (default: found from the URL's host; "
                                        "any other host is read with the generic page objects)")
    parse.add_argument("--tz", help="zone of a portal outside the catalog when the page does "
                                    "not tell (e.g. Asia/Makassar; default: inferred, else WIB)")
    parse.set_defaults(func=cmd_parse)
    return parser


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("NEWSCRAWL_DEPRECATIONS_AS_ERRORS"):
        # CI: a Scrapy deprecation anywhere but newscrawl/crawl/distributed/compat.py (which
        # adapts scrapy-redis) fails the run, so the next Scrapy removal shows up there first.
        import warnings

        from scrapy.exceptions import ScrapyDeprecationWarning

        warnings.simplefilter("error", ScrapyDeprecationWarning)
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"newscrawl {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `newscrawl parse ... | head`: the reader left; no traceback about it. Python would
        # flush stdout again at exit, so point it at /dev/null first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return exits.EXIT_BROKEN_PIPE
    except Exception as exc:
        # Distributed mode gave up on Redis (newscrawl.crawl.distributed.guard) where no command
        # says it itself (enqueue): one line, not a traceback.
        if type(exc).__name__ != "RedisUnavailable":
            raise

        print(f"newscrawl {args.command}: {exc} (exit {exits.EXIT_REDIS})", file=sys.stderr)
        return exits.EXIT_REDIS


if __name__ == "__main__":
    sys.exit(main())
