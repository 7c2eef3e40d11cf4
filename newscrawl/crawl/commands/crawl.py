"""`scrapy crawl`: Scrapy's command, checking the portal name and the spider arguments first.

Scrapy answers `scrapy crawl nosuchportal` with a KeyError traceback, a bad `-a
since=...` or `-s NEWSCRAWL_MAX_PAGES=abc` with an asyncio traceback from inside the crawl,
and a mistyped `-a` name not at all; here each is one line on stderr and exit 2 (a usage
error), before anything is fetched. An output that cannot be written (`-O` into a file
that is not a folder, a read-only place, or such a NEWSCRAWL_DATA_DIR for the default run
file) is one line and exit 7, where Scrapy would log a traceback for every record, lose
them all and exit 0.
"""

from __future__ import annotations

import difflib
import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.settings import Settings, default_settings
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.conf import arglist_to_dict

from newscrawl.exits import EXIT_UNWRITABLE, EXIT_USAGE


class Command(ScrapyCrawlCommand):
    def process_options(self, args: list[str], opts: Any) -> None:
        super().process_options(args, opts)
        # Checked here, before Scrapy starts its crawler process (and its log).
        problem = _portal_count_problem(args)
        if problem:
            print(f"scrapy crawl: {problem}", file=sys.stderr)
            sys.exit(EXIT_USAGE)
        if self.settings is not None:  # one portal, as _portal_count_problem made sure
            problem = setting_problem(arglist_to_dict(opts.set)) or spider_problem(
                get_spider_loader(self.settings), args[0], opts.spargs)
            if problem:
                print(f"scrapy crawl: {problem}", file=sys.stderr)
                sys.exit(EXIT_USAGE)
            problem = output_problem(self.settings, args[0])
            if problem:
                print(f"scrapy crawl: {problem}; nothing fetched (exit {EXIT_UNWRITABLE})",
                      file=sys.stderr)
                sys.exit(EXIT_UNWRITABLE)


def _portal_count_problem(args: list[str]) -> str | None:
    """Scrapy says these after its start-up banner and whole usage text, and calls a
    mistyped option (`--outptu x.jsonl`) more than one spider."""
    options = [a for a in args if a.startswith("-")]
    if options:
        return f"unknown option {options[0]} (`scrapy crawl -h` lists them)"
    if not args:
        return "name a portal to crawl (`scrapy list` shows them)"
    if len(args) > 1:
        return (f"one portal at a time, got {', '.join(args)} "
                "(`newscrawl crawl` takes several)")
    return None


def spider_problem(loader: Any, name: str, spider_args: dict[str, Any]) -> str | None:
    """Why `scrapy crawl name -a ...` cannot start, in one line; None when it can."""
    names = loader.list()
    if name not in names:
        close = difflib.get_close_matches(name, names, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        return f"no portal named {name!r}{hint} (`scrapy list` shows them)"
    check = getattr(loader.load(name), "check_arguments", None)
    if check is None:
        return None
    try:
        check(**spider_args)
    except ValueError as exc:
        return f"{name}: {exc}"
    return None


def setting_problem(values: Mapping[str, str]) -> str | None:
    """Why `-s NAME=VALUE` settings cannot run a crawl, in one line; None when they can.

    A setting whose default is a number or a yes/no (Scrapy's own and newscrawl's) must
    read as one: Scrapy converts it only when a component starts, inside the crawl."""
    from newscrawl.crawl import settings as project

    for name, value in values.items():
        default = getattr(project, name, getattr(default_settings, name, None))
        kind = type(default)
        if kind not in (bool, int, float):
            continue
        read = Settings({name: value})
        try:
            if kind is bool:
                read.getbool(name)
                continue
            number = read.getint(name) if kind is int and name not in _READ_AS_FLOAT \
                else read.getfloat(name)
        except ValueError:
            wanted = {bool: "true or false", int: "a whole number", float: "a number"}[kind]
            return f"-s {name} must be {wanted}, got {value!r}"
        least = _AT_LEAST.get(name, 0 if name.startswith("NEWSCRAWL_") else None)
        if least is not None and not number >= least:  # `not >=`: NaN too
            return f"-s {name} must be {least} or more, got {value!r}"
    return None


# newscrawl's numeric settings are counts and durations (none may be negative); these
# need at least one.
_AT_LEAST = {"NEWSCRAWL_MAX_PAGES": 1, "NEWSCRAWL_MAX_CRAWLERS": 1}
# Whole numbers by default that Scrapy reads as any number (getfloat): 2.5 is fine.
_READ_AS_FLOAT = {"DOWNLOAD_TIMEOUT", "DNS_TIMEOUT"}


def output_problem(settings: Any, spider_name: str) -> str | None:
    """Why a crawl's output cannot be written, in one line; None when it can: each local
    feed file (`-o`/`-O`/FEEDS), or, with none, the default run file (NEWSCRAWL_FEED)."""
    targets: list[tuple[Path, bool]] = []
    feeds = settings.getdict("FEEDS")
    for uri in feeds:
        path = _local_path(str(uri), spider_name, settings)
        if path is not None:
            targets.append((path, False))
    if not feeds and settings.get("NEWSCRAWL_FEED"):
        # The default run file (NEWSCRAWL_FEED, in NEWSCRAWL_DATA_DIR unless changed).
        path = _local_path(settings.get("NEWSCRAWL_FEED"), spider_name, settings)
        if path is not None:
            targets.append((path, False))
    for path, folder in targets:
        reason = write_problem(path, folder=folder)
        if reason:
            return f"cannot write {path}: {reason}"
    return None


class _AnyParameter(dict[str, Any]):
    """Feed URI parameters for a check: the spider's name, and a stand-in for the rest."""

    def __missing__(self, key: str) -> Any:
        return 1


def _local_path(uri: str, spider_name: str, settings: Any) -> Path | None:
    """The file a feed URI writes to, or None for one that is not a local file (s3, stdout)."""
    parts = urlsplit(uri)
    if parts.scheme == "file":
        uri = unquote(parts.path)
    elif len(parts.scheme) > 1:  # one letter: a Windows drive
        return None
    try:
        uri = uri % _AnyParameter(name=spider_name,
                                  data_dir=settings.get("NEWSCRAWL_DATA_DIR") or "data")
    except (TypeError, ValueError):
        pass
    return Path(uri)


def write_problem(path: Path, *, folder: bool) -> str | None:
    """Why `path` (a file to write, or a folder to write files in) cannot be written; None
    when it can. Leaves nothing behind: the first folder that exists on the way is tried
    with a temporary file (a permission check alone would let root through /proc)."""
    if path.exists():
        if folder and not path.is_dir():
            return "it is a file, not a folder"
        if not folder:
            if path.is_dir():
                return "it is a folder"
            if path.is_fifo():
                # Opening a named pipe to write waits for its reader (one the user starts
                # to read the feed as it is written): a check must not open it.
                return None if os.access(path, os.W_OK) else "permission denied"
            try:
                with path.open("ab"):
                    pass
            except OSError as exc:
                return exc.strerror or str(exc)
            return None
    nearest = path if path.exists() else path.parent
    while not nearest.exists() and nearest != nearest.parent:
        nearest = nearest.parent
    if not nearest.is_dir():
        return f"{nearest} is a file, not a folder"
    try:
        with tempfile.TemporaryFile(dir=nearest):
            pass
    except OSError as exc:
        return f"no file can be made in {nearest} ({exc.strerror or exc})"
    if not os.access(nearest, os.W_OK | os.X_OK):
        return f"{nearest}: permission denied"
    return None
