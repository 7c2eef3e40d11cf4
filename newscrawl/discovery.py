"""Ways into a portal besides its section pages: sitemaps, feeds and date archives.

Reading, not crawling: each function takes a file's bytes and returns what it lists.
Sitemaps are read with Scrapy's own utilities (`scrapy.utils.sitemap`: sitemap indexes,
robots.txt discovery; `scrapy.utils.gz`: gzip, bounded), Google News sitemaps'
`<news:publication_date>` read beside them; feeds (RSS 2.0, Atom) with lxml. Bad input
(not XML, a gzip that is not gzip, dates that are not dates) is a DiscoveryError or a
None date, never an exception from a parser. Work is bounded: at most MAX_FILE_BYTES of
a file (decompressed), MAX_ENTRIES entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

MODES = ("sections", "sitemaps", "feeds", "archive", "auto")
MAX_FILE_BYTES = 50 * 1024 * 1024  # Google's limit for a sitemap is 50 MB uncompressed
MAX_ENTRIES = 50_000  # ... and 50,000 URLs
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
ATOM_NS = "http://www.w3.org/2005/Atom"


class DiscoveryError(ValueError):
    """A sitemap or feed that cannot be read (its file only is skipped)."""


@dataclass(frozen=True)
class Listed:
    """A URL a sitemap or feed lists, with the date it gives (None: none, or not a date)."""

    url: str
    published: datetime | date | None = None
    date_text: str | None = None


def _bytes(body: bytes) -> bytes:
    if body[:2] == b"\x1f\x8b":
        from scrapy.utils.gz import gunzip

        try:
            return gunzip(body, max_size=MAX_FILE_BYTES)
        except Exception as exc:  # a truncated stream, or over the size limit
            raise DiscoveryError(f"bad gzip data: {exc}") from None
    return body[:MAX_FILE_BYTES]


def parse_w3c_date(text: str | None) -> datetime | date | None:
    """A sitemap / Atom date (W3C datetime: `2024-03-01`, `2024-03-01T07:00:00+07:00`)."""
    if not text:
        return None
    text = text.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def read_sitemap(body: bytes) -> tuple[str, list[Listed]]:
    """("urlset" or "sitemapindex", its entries) of a sitemap file (plain or gzipped)."""
    from scrapy.utils.sitemap import Sitemap

    data = _bytes(body)
    if not data.lstrip().startswith(b"<"):
        raise DiscoveryError("not an XML sitemap")
    _well_formed(data, "sitemap")  # Scrapy's reader recovers from anything; we skip the file
    try:
        sitemap = Sitemap(data)
    except Exception as exc:  # lxml gives up on the first element
        raise DiscoveryError(f"not an XML sitemap: {exc}") from None
    if sitemap.type not in ("urlset", "sitemapindex"):
        raise DiscoveryError(f"not a sitemap: the root element is <{sitemap.type}>")
    news = _news_dates(data) if b"sitemap-news" in data[:4096] else {}
    entries = []
    for entry in sitemap:
        if len(entries) >= MAX_ENTRIES:
            break
        loc = entry.get("loc", "").strip()
        if not loc:
            continue
        text = news.get(loc) or entry.get("lastmod") or None
        entries.append(Listed(loc, parse_w3c_date(text), text))
    return sitemap.type, entries


def _well_formed(data: bytes, what: str) -> None:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise DiscoveryError(f"not a well-formed XML {what}: {exc}") from None


def _news_dates(data: bytes) -> dict[str, str]:
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                             huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return {}
    if root is None:
        return {}
    dates = {}
    for url in root.iter("{*}url"):
        loc = url.findtext("{*}loc")
        published = url.findtext(f".//{{{NEWS_NS}}}publication_date")
        if loc and published:
            dates[loc.strip()] = published.strip()
    return dates


def sitemaps_in_robots(robots: bytes, base_url: str) -> list[str]:
    """The `Sitemap:` lines of a robots.txt, as absolute URLs (Scrapy's reader)."""
    from scrapy.utils.sitemap import sitemap_urls_from_robots

    return list(sitemap_urls_from_robots(robots, base_url=base_url))


def read_feed(body: bytes) -> list[Listed]:
    """The items of an RSS 2.0 or Atom feed, with their dates."""
    from lxml import etree

    data = _bytes(body)
    parser = etree.XMLParser(recover=False, resolve_entities=False, no_network=True,
                             huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise DiscoveryError(f"not an XML feed: {exc}") from None
    found: list[Listed] = []
    if root.tag == "rss" or root.find("channel") is not None:
        for item in root.iter("item"):
            link = (item.findtext("link") or "").strip()
            text = (item.findtext("pubDate") or "").strip() or None
            if link:
                found.append(Listed(link, _rfc822(text), text))
    elif root.tag == f"{{{ATOM_NS}}}feed":
        for entry in root.iter(f"{{{ATOM_NS}}}entry"):
            href = next((el.get("href") for el in entry.iter(f"{{{ATOM_NS}}}link")
                         if el.get("rel", "alternate") == "alternate" and el.get("href")), None)
            text = (entry.findtext(f"{{{ATOM_NS}}}published")
                    or entry.findtext(f"{{{ATOM_NS}}}updated") or None)
            if href:
                found.append(Listed(href.strip(), parse_w3c_date(text), text))
    else:
        raise DiscoveryError(f"not an RSS or Atom feed: the root element is <{root.tag}>")
    return found[:MAX_ENTRIES]


def _rfc822(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_PARTS = {"Y": "%Y", "m": "%m", "d": "%d", "y": "%y"}


def archive_url(pattern: str, base_url: str, day: date) -> str:
    """The archive page of `day`: `indeks?date={Y-m-d}` -> .../indeks?date=2024-03-01
    (`{d/m/Y}`, `{Ymd}` and the like: Y, m, d, y are the day's parts, the rest kept)."""
    def fill(m: re.Match[str]) -> str:
        return day.strftime("".join(_PARTS.get(ch, ch) for ch in m.group(1)))

    return urljoin(base_url, _PLACEHOLDER.sub(fill, pattern))


def days(since: date, until: date) -> list[date]:
    """Days from `until` back to `since`, newest first (a backfill's order)."""
    count = (until - since).days + 1
    return [until - timedelta(days=i) for i in range(max(0, count))]


def local_day(value: datetime | date | None, zone: Any) -> date | None:
    """The portal-local date of a listed date (a date stays as it is)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.date()
        return value.astimezone(zone).date()
    return value
