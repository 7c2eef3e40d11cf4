"""`scrapy crawl site -a url=...`: a portal outside the catalog, read with the generic page
objects."""

from __future__ import annotations

from typing import Any

from newscrawl.catalog import CatalogError, site_portal
from newscrawl.crawl.spiders.portal import PortalSpider


class SiteSpider(PortalSpider):
    """Crawl a portal that is not in the catalog with the generic page objects.

        scrapy crawl site -a url=https://portal.example/ [-a sections=a,b] [-a tz=Asia/Makassar]

    Article links are found on the front page (or the sections given) by their
    shape, pagination is followed, and only the site's own host is requested.
    Its zone: what each page prints or implies, else its dateline, else `tz`, else WIB.
    """

    name = "site"

    def __init__(self, url: str | None = None, sections: str | None = None,
                 tz: str | None = None, **kwargs: Any) -> None:
        if not url:
            raise ValueError("the site spider needs -a url=https://portal.example/")
        try:
            self.portal = site_portal(url, tz=tz)
        except CatalogError as exc:
            raise ValueError(str(exc)) from None
        path = url.split("://", 1)[-1].partition("/")[2]
        if not sections and path.strip("/"):
            sections = path
        super().__init__(sections=sections, tz=tz, **kwargs)
