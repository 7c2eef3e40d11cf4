"""What the subcommands share: usage errors (exit 2), portal selection, the checks of
the crawl options, the crawl report line."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from newscrawl import exits
from newscrawl.catalog import (
    CatalogError,
    Portal,
    select_portals,
)
from newscrawl.cli.common import *  # noqa: F403


class UsageError(Exception):
    """Bad arguments: reported as `newscrawl <command>: <message>`, exit 2."""


def pairs(values: list[str], what: str) -> dict[str, str]:
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


def parse_base_urls(values: list[str], portals: list[Portal]) -> dict[str, str]:
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


def selected_portals(args: argparse.Namespace, *, required: bool = True) -> list[Portal]:
    try:
        portals = select_portals(args.portals, family=args.family, province=args.province,
                                 all_portals=args.all)
    except CatalogError as exc:
        raise UsageError(str(exc)) from None
    if not portals and required:
        raise UsageError("name portals, or use --family, --province or --all")
    return portals


def writable(command: str, data_dir: str | Path) -> bool:
    """Whether the state store can be written; if not, the one line that says so."""
    from newscrawl.store import sqlite as state

    try:
        state.check_writable(Path(data_dir))
    except state.StoreUnwritable as exc:
        print(f"newscrawl {command}: {exc.strerror}; nothing fetched "
              f"(exit {exits.EXIT_UNWRITABLE})", file=sys.stderr)
        return False
    return True


def check_spider_args(portals: list[Portal], spider_args: dict[str, str],
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


def warn_without_contact(portals: list[Portal], base_urls: dict[str, str], settings: Any,
                          overrides: dict[str, str]) -> None:
    """Once per run, on stderr: a crawl of a real portal should tell it who is crawling."""
    from urllib.parse import urlsplit

    from newscrawl.crawl.spiders.arguments import LOOPBACK

    if overrides.get("NEWSCRAWL_CONTACT") or settings.get("NEWSCRAWL_CONTACT") \
            or "USER_AGENT" in overrides:
        return
    hosts = {urlsplit(base_urls.get(p.id, p.base_url)).hostname for p in portals}
    if hosts - LOOPBACK:
        print("newscrawl crawl: warning: NEWSCRAWL_CONTACT is not set, so the portals see no "
              "way to reach you in the User-Agent; set it (export "
              "NEWSCRAWL_CONTACT=https://your.site/contact)", file=sys.stderr)


def report(outcomes: list[Any], code: int, started: float, log_file: Path | None, *,
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


def run_deadline(args: argparse.Namespace, started: float) -> float | None:
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

def check_zone(name: str | None, option: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if name:
        try:
            ZoneInfo(name)
        except (ValueError, ZoneInfoNotFoundError):
            raise UsageError(f"{option} {name!r} is not a time zone (e.g. Asia/Makassar, "
                             f"Asia/Jakarta, Asia/Jayapura)") from None


def settings_module() -> Any:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.crawl.settings")
    from scrapy.utils.project import get_project_settings

    return get_project_settings()


def run_options(command: argparse.ArgumentParser, *, data_dir: str, spider_args: str,
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
    command.add_argument("--warc", action="store_true",
                         help="archive every fetched page as WARC beside the run file "
                              "(<data dir>/<portal>/<run time>.warc.gz; NEWSCRAWL_WARC)")
    command.add_argument("--no-progress", action="store_true",
                         help="no live progress lines, even on a terminal (never shown when "
                              "stderr is not a terminal: cron, pipes)")


def portal_selection(command: argparse.ArgumentParser, what: str = "") -> None:
    """Which portals a command works on: ids, a family, a province, or all."""
    tail = f" {what}" if what else ""
    command.add_argument("portals", nargs="*", help=f"catalog ids{tail}")
    command.add_argument("--family", help=f"every portal of this CMS family{tail}")
    command.add_argument("--province", help=f"every portal of this province{tail}")
    command.add_argument("--all", action="store_true", help=f"every portal of the catalog{tail}")
