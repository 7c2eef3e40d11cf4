"""Register a spider for every catalog portal, named by its id (`scrapy list`)."""

from __future__ import annotations

from newscrawl.catalog import load_catalog
from newscrawl.spiders.portal import PortalSpider


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
    })


for _id in load_catalog():
    _cls = _spider_class(_id)
    globals()[_cls.__name__] = _cls

# The loop variables would otherwise list the last portal twice.
del _id, _cls

# `scrapy crawl site -a url=...`: any portal outside the catalog.
from newscrawl.spiders.portal import SiteSpider  # noqa: E402,F401
