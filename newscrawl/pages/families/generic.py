"""Any other portal (an independent WordPress news site, say): the generic page objects.

Reads JSON-LD NewsArticle, OpenGraph and `article:*` meta, `<time datetime>`
and the common date classes for the date, and finds the body by structure
(newscrawl.pages.body.maincontent). Article links on listings are recognised by
shape: a date path (`/2022/02/22/slug`), a numeric id, or a long slug ending
in `.html`. A catalog entry can override any selector.
"""

from newscrawl.pages.article import ArticlePage
from newscrawl.pages.listing import ListingPage

__all__ = ["ArticlePage", "ListingPage"]
