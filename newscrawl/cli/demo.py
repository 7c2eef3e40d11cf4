"""`newscrawl demo`: the bundled sample portal, crawled offline (or only served)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from newscrawl import exits
from newscrawl.catalog import (
    get_portal,
)
from newscrawl.cli.common import UsageError, check_spider_args, writable


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
    check_spider_args([get_portal("demo")], demo_args, {}, get_project_settings())
    if not writable("demo", args.data_dir):
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
                          if k.startswith("newscrawl/discovery/") and "mode" not in k))
    other = {k.removeprefix("newscrawl/"): v for k, v in sorted(stats.items())
             if k.startswith("newscrawl/") and k not in designed
             and ("dropped" in k or "errors" in k or "not_text" in k or "undecodable" in k)}
    if other:
        print("Other problems (not by design): "
              + ", ".join(f"{k} {v}" for k, v in other.items()))
    print(f"Scrapy's log: {log_file}")
    return 0 if count and not other else 1


def add_demo_parser(sub: Any) -> None:
    """`newscrawl demo` on the command line's parser."""
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
