"""The in-process API: read a saved page without Scrapy, as a crawl would.

    >>> import newscrawl
    >>> record = newscrawl.parse_page(html, "https://portal.example/2024/03/01/judul/")
    >>> listing = newscrawl.parse_listing(html, "https://portal.example/")

`parse_page` returns the record exactly as the feed writes it (every field,
in schema order); `parse_listing` the article links and the next listing
page. A URL whose host is a catalog portal's is read with that portal's page
objects; any other host with the generic ones, its zone inferred from the
page (see `newscrawl.model.pagezone.infer_zone`). Pure: no Scrapy import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from newscrawl.catalog import CatalogError, Portal, get_portal, portal_for_url, site_portal
from newscrawl.model.article import Article
from newscrawl.model.finalise import finalise, finish_item
from newscrawl.pages import page_objects
from newscrawl.pages.html.document import Document


@dataclass
class ParsedArticle:
    """What `read_article` found: the record and what a crawl would do with it."""

    record: Article
    portal: Portal
    missing: list[str]  # required fields left empty: a crawl drops the record
    page_number: int = 1
    page_urls: dict[int, str] = field(default_factory=dict)
    fallbacks: list[str] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return max([self.page_number, *self.page_urls])

    def missing_pages(self) -> list[int]:
        return [n for n in range(1, self.page_count + 1) if n != self.page_number]


def resolve_portal(url: str, portal: str | Portal | None = None, *,
                   tz: str | None = None) -> Portal:
    """The portal a URL belongs to: named, found by host in the catalog, or an ad-hoc one."""
    if isinstance(portal, Portal):
        return portal
    if portal:
        return get_portal(portal)
    if not urlsplit(url).hostname:
        raise CatalogError(f"{url!r} is not an http(s) URL")
    return portal_for_url(url) or site_portal(url, tz=tz)


def read_article(html: str | bytes, url: str, *, portal: str | Portal | None = None,
                 tz: str | None = None, crawled_at: str | None = None) -> ParsedArticle:
    """Page object + pipelines on one saved article page."""
    site = resolve_portal(url, portal, tz=tz)
    article_cls, _ = page_objects(site.family, site.selectors)
    page = article_cls(Document(html, url))
    item = finish_item(page.to_item(), site, crawled_at=crawled_at)
    done = finalise(item, site.timezone or None, given_tz=tz)
    return ParsedArticle(item, site, done.missing, page.page_number(),
                         page.page_urls(), list(page.fallbacks))


def parse_page(html: str | bytes, url: str, *, portal: str | Portal | None = None,
               tz: str | None = None) -> dict[str, Any]:
    """The record of an article page, as the JSON-lines feed writes it."""
    return read_article(html, url, portal=portal, tz=tz).record.to_record()


def parse_listing(html: str | bytes, url: str, *,
                  portal: str | Portal | None = None) -> dict[str, Any]:
    """Article links (with listed dates) and the next page of a listing page. A link a
    crawl would not follow says why in `skip` (null for the links it follows): a crawl
    requests only the portal's own hosts (and, for a detik desk, its own path)."""
    site = resolve_portal(url, portal)
    _, listing_cls = page_objects(site.family, site.selectors)
    listing = listing_cls(Document(html, url)).listing()

    def skip(link: str | None) -> str | None:
        if link is None or site.owns(link):
            return None
        return f"offsite: not a page of {site.id}"

    return {
        "article_links": [{"url": link.url, "date_text": link.date_text,
                           "skip": skip(link.url)} for link in listing.article_links],
        "next_page": listing.next_page,
        "next_page_skip": skip(listing.next_page),
    }
