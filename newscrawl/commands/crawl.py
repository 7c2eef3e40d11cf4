"""`scrapy crawl`: Scrapy's command, checking the portal name and the spider arguments first.

Scrapy answers `scrapy crawl nosuchportal` with a KeyError traceback and a bad `-a
since=...` with an asyncio traceback from inside the crawl; here each is one line on
stderr and exit 2 (a usage error), before anything is fetched.
"""

from __future__ import annotations

import difflib
import sys
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.spiderloader import get_spider_loader

EXIT_USAGE = 2


class Command(ScrapyCrawlCommand):
    def process_options(self, args: list[str], opts: Any) -> None:
        super().process_options(args, opts)
        # Checked here, before Scrapy starts its crawler process (and its log).
        if len(args) == 1 and self.settings is not None:
            problem = spider_problem(get_spider_loader(self.settings), args[0], opts.spargs)
            if problem:
                print(f"scrapy crawl: {problem}", file=sys.stderr)
                sys.exit(EXIT_USAGE)


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
