"""`scrapy list`: the catalog's portals, one per line, and the sample portals apart.

stdout keeps Scrapy's shape (one spider name a line, for scripts) with the real
portals and `site`; the bundled sample portals, crawlable all the same, are named on
stderr after a count, so that the count of real portals is what a user reads.
"""

from __future__ import annotations

import sys
from typing import Any, ClassVar

from scrapy.commands.list import Command as ScrapyListCommand
from scrapy.spiderloader import get_spider_loader

from newscrawl.catalog import load_catalog


class Command(ScrapyListCommand):
    default_settings: ClassVar[dict[str, Any]] = {"LOG_ENABLED": False}

    def run(self, args: list[str], opts: Any) -> None:
        assert self.settings is not None
        names = sorted(get_spider_loader(self.settings).list())
        catalog = load_catalog()
        samples = [n for n in names if n in catalog and catalog[n].sample]
        real = [n for n in names if n in catalog and not catalog[n].sample]
        print("\n".join(n for n in names if n not in samples))
        others = [n for n in names if n not in catalog]
        print(f"{len(real)} portals" + (f" and {', '.join(others)} (any site: -a url=...)"
                                        if others else "")
              + (f"; sample portals for offline runs (newscrawl demo): {', '.join(samples)}"
                 if samples else ""), file=sys.stderr)
