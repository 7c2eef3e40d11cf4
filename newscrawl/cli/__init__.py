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
newscrawl reparse PATH...            archived pages (crawl --warc) to records again, no network
newscrawl warc FILE.warc.gz...       the same for anyone's WARC: catalog portals' articles
"""

from __future__ import annotations

import argparse
import os
import sys

from newscrawl import exits
from newscrawl.cli import check, crawl, demo, export, parse, reparse, worker
from newscrawl.cli.common import UsageError


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    from newscrawl.model.article import SCHEMA_VERSION

    try:
        number = version("newscrawl")
    except PackageNotFoundError:  # run from a source tree that was never installed
        number = "unknown"
    return f"newscrawl {number} (record schema {SCHEMA_VERSION})"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newscrawl", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-V", "--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True)
    for add in (crawl.add_crawl_parser, export.add_export_parser, export.add_rehydrate_parser,
                crawl.add_backfill_parser, worker.add_worker_parser, worker.add_enqueue_parser,
                check.add_check_parser, demo.add_demo_parser, parse.add_parse_parser,
                reparse.add_reparse_parser):
        add(sub)
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
