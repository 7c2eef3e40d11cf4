"""`newscrawl crawl` (a scheduled crawl of many portals in one process) and
`newscrawl backfill` (a portal's archive, day by day, resumably)."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from newscrawl import exits
from newscrawl.catalog import (
    CatalogError,
    get_portal,
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
    warn_without_contact,
    writable,
)


def cmd_crawl(args: argparse.Namespace) -> int:
    from newscrawl.crawl import runner
    from newscrawl.store import sqlite as state

    portals = selected_portals(args)
    settings = settings_module()
    data_dir = args.data_dir or settings.get("NEWSCRAWL_DATA_DIR", "data")
    base_urls = parse_base_urls(args.base_url, portals)
    spider_args = pairs(args.arg, "-a")
    if getattr(args, "discover", None):
        spider_args["discover"] = args.discover
    check_spider_args(portals, spider_args, base_urls, settings)
    warn_without_contact(portals, base_urls, settings, pairs(args.set, "-s"))
    started = time.monotonic()
    deadline = run_deadline(args, started)
    if not writable("crawl", data_dir):
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
                data_dir, refetch_days=args.refetch_days, log_file=log_file, warc=args.warc)
            if args.gzip:
                overrides["NEWSCRAWL_FEED"] = "%(data_dir)s/%(name)s/%(run_time)s.jsonl.gz"
            # Live progress on a terminal only: cron mail and pipes get the summary alone.
            overrides["NEWSCRAWL_PROGRESS"] = sys.stderr.isatty() and not args.no_progress
            overrides.update(pairs(args.set, "-s"))
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
    line = report(outcomes, code, started, log_file, verbose=args.verbose)
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
        no_progress=args.no_progress, discover=None, label="backfill", warc=args.warc)
    return cmd_crawl(crawl_args)


def add_crawl_parser(sub: Any) -> None:
    """`newscrawl crawl` on the command line's parser."""
    crawl = sub.add_parser("crawl", help="crawl several portals in one process")
    portal_selection(crawl)
    run_options(crawl, data_dir="where run files go (default: NEWSCRAWL_DATA_DIR, data)",
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


def add_backfill_parser(sub: Any) -> None:
    """`newscrawl backfill` on the command line's parser."""
    backfill = sub.add_parser("backfill", help="walk a portal's archive day by day, resumably")
    backfill.add_argument("portal", help="catalog id")
    backfill.add_argument("--since", required=True, help="first day (YYYY-MM-DD)")
    backfill.add_argument("--until", help="last day (YYYY-MM-DD; default today)")
    backfill.add_argument("--via", choices=("archive", "sitemaps"),
                          help="the date archive (default, where the catalog has one) or "
                               "the dated sitemaps")
    run_options(backfill, data_dir="where run files go (default: NEWSCRAWL_DATA_DIR)",
                 spider_args="spider argument (max_pages: archive pages per day)",
                 time_limit="(exit 5); run again to go on")
    backfill.set_defaults(func=cmd_backfill)
