"""Register a spider for every catalog portal, named by its id (`scrapy list`)."""

from __future__ import annotations

import sys
from typing import Any

from newscrawl.catalog import CatalogError, Portal, load_catalog
from newscrawl.crawl.spiders.portal import PortalSpider
from newscrawl.exits import EXIT_USAGE


def _spider_class(portal_id: str) -> type[PortalSpider]:
    portal = load_catalog()[portal_id]
    name = "".join(part.title() for part in portal.id.split("_")) + "Spider"
    return type(name, (PortalSpider,), {
        "name": portal.id,
        "portal": portal,
        "allowed_domains": [],  # base_url may point a portal anywhere
        "custom_settings": dict(portal.settings),
        "__module__": __name__,
        "__doc__": f"{portal.name} ({portal.family}, {portal.province}): {portal.base_url}",
        **(_contracts(portal) if portal.check_article else {}),
    })


def _contracts(portal: Portal) -> dict[str, Any]:
    """Callbacks with Scrapy contracts (`scrapy check`), for a portal whose catalog entry
    names a `check_article`: the sample portals, served on 127.0.0.1 at their catalog port
    by `newscrawl demo --serve --port P --family F`. A real portal has none: `scrapy check`
    must not crawl the web."""
    base = portal.base_url.rstrip("/")
    article_url = base + portal.check_article
    section = portal.sections[0]

    def parse_section(self: PortalSpider, response: Any, section: str | None = None,
                      page_no: int = 1) -> Any:
        return PortalSpider.parse_section(self, response, section, page_no)

    def parse_article(self: PortalSpider, response: Any, section: str | None = None) -> Any:
        return PortalSpider.parse_article(self, response, section)

    parse_section.__doc__ = f"""A listing page: requests for its articles and the next page.

        @url {base}/{section}
        @cb_kwargs {{"section": "{section}", "page_no": 1}}
        @returns requests 5
        @returns items 0 0
        """
    parse_article.__doc__ = f"""A one-page article: one record, nothing more to fetch.

        @url {article_url}
        @cb_kwargs {{"section": "berita"}}
        @returns items 1 1
        @returns requests 0 0
        @scrapes url title body published_raw authors
        """
    return {"parse_section": parse_section, "parse_article": parse_article}


try:
    load_catalog()
except CatalogError as exc:  # a catalog file of your own (NEWSCRAWL_CATALOG_PATH) is malformed
    print(f"newscrawl: catalog: {exc}", file=sys.stderr)
    raise SystemExit(EXIT_USAGE) from None

for _id in load_catalog():
    _cls = _spider_class(_id)
    globals()[_cls.__name__] = _cls

# The loop variables would otherwise list the last portal twice.
del _id, _cls

# `scrapy crawl site -a url=...`: any portal outside the catalog.
from newscrawl.crawl.spiders.site import SiteSpider  # noqa: E402,F401
