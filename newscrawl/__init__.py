"""newscrawl: a Scrapy crawler for Indonesian regional news portals."""

__version__ = "0.1.0"
