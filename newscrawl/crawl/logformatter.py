"""Log lines that a cron mail can read: a dropped item is one line naming its URL."""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy import logformatter


class NewscrawlLogFormatter(logformatter.LogFormatter):
    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any = None):
        # Scrapy's default prints the whole item (the article body) at WARNING.
        return {
            "level": logging.INFO,
            "msg": "Dropped item %(url)s: %(exception)s",
            "args": {"url": ItemAdapter(item).get("url"), "exception": exception},
        }

    def scraped(self, item: Any, response: Any, spider: Any = None):
        return {
            "level": logging.DEBUG,
            "msg": "Scraped %(url)s",
            "args": {"url": ItemAdapter(item).get("url")},
        }
