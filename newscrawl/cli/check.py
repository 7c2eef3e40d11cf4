"""`newscrawl check`: one section page and one article a portal; what came out empty."""

from __future__ import annotations

import argparse
from typing import Any

from newscrawl import exits
from newscrawl.cli.common import pairs, parse_base_urls, portal_selection, selected_portals


def cmd_check(args: argparse.Namespace) -> int:
    from newscrawl.crawl import runner
    from newscrawl.model.article import ARTICLE_FIELDS
    from newscrawl.model.finalise import REQUIRED_FIELDS

    portals = selected_portals(args)
    overrides = {
        "FEEDS": {}, "NEWSCRAWL_FEED": "", "NEWSCRAWL_INCREMENTAL": False,
        "LOG_LEVEL": args.log_level,
        "NEWSCRAWL_DROP_INVALID": False,  # an empty field is what check reports
        "ITEM_PIPELINES": {"newscrawl.crawl.pipelines.FinalisePipeline": 200,
                           "newscrawl.crawl.pipelines.CheckRecordPipeline": 400},
        **pairs(args.set, "-s"),
    }
    outcomes = runner.crawl_portals(
        portals, base_urls=parse_base_urls(args.base_url, portals),
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


def add_check_parser(sub: Any) -> None:
    """`newscrawl check` on the command line's parser."""
    check = sub.add_parser("check", help="fetch one section page and one article per portal "
                                         "and report empty fields")
    portal_selection(check)
    check.add_argument("--base-url", action="append", default=[], metavar="[PORTAL=]URL",
                       help="fetch a portal from another host (a mirror, the sample portal)")
    check.add_argument("-s", dest="set", action="append", default=[], metavar="NAME=VALUE",
                       help="a Scrapy or newscrawl setting, as for `crawl` (e.g. -s "
                            "DOWNLOAD_TIMEOUT=10)")
    check.add_argument("--log-level", default="CRITICAL",
                       help="Scrapy's log on stderr (default CRITICAL: only this command's "
                            "lines; ERROR or INFO to see why a portal failed)")
    check.set_defaults(func=cmd_check)
