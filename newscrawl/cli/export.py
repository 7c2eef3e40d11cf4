"""`newscrawl export` (run files -> a dataset and its card) and `newscrawl rehydrate`
(the articles of a --urls-only export crawled again)."""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from pathlib import Path
from typing import Any

from newscrawl import exits
from newscrawl.catalog import (
    get_portal,
    load_catalog,
    portal_for_url,
)
from newscrawl.cli.common import (
    UsageError,
    check_zone,
    parse_base_urls,
    report,
    settings_module,
    writable,
)
from newscrawl.lang.zones import DEFAULT_ZONE


def cmd_export(args: argparse.Namespace) -> int:
    from newscrawl.export import ExportError, Filters, NothingMatched, bound, export
    from newscrawl.export.write import prefer_frugal_arrow_allocator

    prefer_frugal_arrow_allocator()
    data_dir = Path(args.data_dir or settings_module().get("NEWSCRAWL_DATA_DIR", "data"))
    check_zone(args.tz, "--tz")
    try:
        filters = Filters(
            portals=set(args.portal), family=args.family, province=args.province,
            since=bound(args.since, end=False, default_tz=args.tz),
            until=bound(args.until, end=True, default_tz=args.tz), min_words=args.min_words,
            include_sample=args.include_sample, newest_crawl=args.newest_crawl)
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
    data_dir = args.data_dir or settings_module().get("NEWSCRAWL_DATA_DIR", "data")
    if not writable("rehydrate", data_dir):
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
            base_urls = parse_base_urls(args.base_url, chosen)
        except UsageError as exc:
            print(f"newscrawl rehydrate: {exc}", file=sys.stderr)
            return exits.EXIT_USAGE
        outcomes = runner.crawl_portals(
            chosen, data_dir=data_dir, base_urls=base_urls,
            settings_overrides=overrides, per_portal_args=per_portal)
    code = runner.judge(outcomes)
    line = report(outcomes, code, started, log_file, verbose=False)
    print(line.replace("newscrawl crawl:", "newscrawl rehydrate:", 1))
    return code


def add_export_parser(sub: Any) -> None:
    """`newscrawl export` on the command line's parser."""
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
    exp.add_argument("--newest-crawl", action="store_true",
                     help="per URL, the record of the newest crawl (default: of the newest "
                          "extractor, then the newest crawl: records `newscrawl reparse` "
                          "made of archived pages win over older extractions)")
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


def add_rehydrate_parser(sub: Any) -> None:
    """`newscrawl rehydrate` on the command line's parser."""
    rehydrate = sub.add_parser("rehydrate", help="crawl the URLs of a --urls-only export")
    rehydrate.add_argument("urls", help="urls.jsonl / urls.csv / urls.parquet")
    rehydrate.add_argument("--data-dir", help="where run files go (default: NEWSCRAWL_DATA_DIR)")
    rehydrate.add_argument("--base-url", action="append", default=[], metavar="[PORTAL=]URL",
                           help="fetch a portal from another host (a mirror, the demo)")
    rehydrate.add_argument("--log-level", default="WARNING",
                           help="level of Scrapy's log in the run's log file, <data dir>/logs/ "
                                "(default WARNING)")
    rehydrate.set_defaults(func=cmd_rehydrate)
