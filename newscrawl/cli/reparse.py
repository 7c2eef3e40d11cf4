"""`newscrawl reparse PATH...` (also `newscrawl warc`): archived pages to records again,
with today's extractor, no network (newscrawl.archive.reparse)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from newscrawl import exits
from newscrawl.cli.common import UsageError, check_zone, settings_module


def cmd_reparse(args: argparse.Namespace) -> int:
    from newscrawl.archive.reparse import Reparser
    from newscrawl.catalog import CatalogError, get_portal

    name = f"newscrawl {args.command}"
    check_zone(args.tz, "--tz")
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    if args.portal:
        try:
            get_portal(args.portal)
        except CatalogError as exc:
            raise UsageError(str(exc)) from None
    try:
        since = date.fromisoformat(args.since) if args.since else None
    except ValueError:
        raise UsageError(f"--since takes a date (YYYY-MM-DD), got {args.since!r}") from None
    data_dir = Path(args.data_dir or settings_module().get("NEWSCRAWL_DATA_DIR", "data"))
    try:
        result = Reparser(data_dir, portal=args.portal, since=since, any_host=args.any_host,
                          tz=args.tz).run([Path(p) for p in args.paths])
    except OSError as exc:
        where = getattr(exc, "filename", None) or data_dir
        print(f"{name}: cannot write {where}: {exc.strerror or exc}; stopped (exit "
              f"{exits.EXIT_UNWRITABLE}); the run files written so far are whole",
              file=sys.stderr)
        return exits.EXIT_UNWRITABLE
    written = sum(result.written.values())
    code = exits.EXIT_OK if written else exits.EXIT_NO_ARTICLES
    skipped = result.skipped + result.read.skipped
    by_portal = ", ".join(f"{p} {n}" for p, n in sorted(result.written.items()))
    print(f"{name}: {exits.EXIT_MEANING[code] if written else 'no article came out'} "
          f"(exit {code}) | {result.archives} archive{'s' if result.archives != 1 else ''}, "
          f"{result.read.responses} responses, {written} records"
          + (f" ({by_portal})" if by_portal else "")
          + (" | skipped: " + ", ".join(f"{n} {why}" for why, n in skipped.most_common())
             if skipped else ""))
    for path in result.files:
        print(f"  -> {path}")
    return code


def add_reparse_parser(sub: Any) -> None:
    """`newscrawl reparse` (alias `newscrawl warc`) on the command line's parser."""
    reparse = sub.add_parser(
        "reparse", aliases=["warc"],
        help="read WARC archives (--warc crawls, or anyone's) into new run files, no network")
    reparse.add_argument("paths", nargs="+", metavar="PATH",
                         help="WARC files (.warc.gz, .warc) or folders holding them")
    reparse.add_argument("--portal", help="only this catalog portal's pages")
    reparse.add_argument("--since", help="only articles published on or after this day "
                                         "(YYYY-MM-DD)")
    reparse.add_argument("--any-host", action="store_true",
                         help="also pages of hosts outside the catalog, read with the generic "
                              "page objects (default: catalog portals only)")
    reparse.add_argument("--tz", help="zone of a page outside the catalog that does not say "
                                      "(default: inferred, else WIB)")
    reparse.add_argument("--data-dir", help="where the new run files go (default: the crawl's "
                                            "data directory)")
    reparse.set_defaults(func=cmd_reparse)
