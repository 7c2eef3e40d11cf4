"""Ways into a portal besides its section pages: sitemaps, feeds and date archives.

Reading, not crawling: each function takes a file's bytes and returns what it lists.
Sitemaps are streamed with lxml's pull parser (an entry at a time: a 50,000-URL sitemap is
never a tree in memory), Google News sitemaps' `<news:publication_date>` read with each
entry, robots.txt with Scrapy's reader; feeds (RSS 2.0, Atom) with lxml. Bad input
(not XML, a gzip that is not gzip, dates that are not dates) is a DiscoveryError or a
None date, never an exception from a parser. Work is bounded: at most MAX_FILE_BYTES of
a file (decompressed), MAX_ENTRIES entries.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

MODES = ("sections", "sitemaps", "feeds", "archive", "auto")
MAX_FILE_BYTES = 50 * 1024 * 1024  # Google's limit for a sitemap is 50 MB uncompressed
MAX_ENTRIES = 50_000  # ... and 50,000 URLs
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
ATOM_NS = "http://www.w3.org/2005/Atom"


class DiscoveryError(ValueError):
    """A sitemap or feed that cannot be read (its file only is skipped)."""


class BrokenFile(DiscoveryError):
    """A file that is no well-formed XML or breaks off (a gzip cut short): what it lists
    before the break may still be read."""


class PartialRead(DiscoveryError):
    """A feed that is no well-formed XML, read all the same as far as it is: HTML entities
    XML does not know ("&nbsp;" in a PHP portal's feed) or a bare "&" in a link, repaired;
    a download cut short, the items before the cut. `entries` are the items read; the
    message says what was wrong, for the one line the crawl logs."""

    def __init__(self, message: str, entries: list[Listed]) -> None:
        super().__init__(message)
        self.entries = entries


@dataclass(frozen=True)
class Listed:
    """A URL a sitemap or feed lists, with the date it gives (None: none, or not a date)."""

    url: str
    published: datetime | date | None = None
    date_text: str | None = None


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


CHUNK = 64 * 1024


def iter_sitemap(body: bytes, base_url: str | None = None) -> tuple[str, Iterator[Listed]]:
    """("urlset" or "sitemapindex", its entries as they are read) of a sitemap file; a
    relative <loc> is read against `base_url` (the sitemap's own URL).

    Streamed: the file (gzipped or not) is read in chunks and each <url> / <sitemap> is
    dropped once read, so what is held is the body and one entry, not a tree of 50,000.
    The file is checked whole first (well-formed XML, a sitemap's root, at most
    MAX_FILE_BYTES decompressed): a bad file is a DiscoveryError before any entry is given.
    No entity is expanded and nothing is fetched (XXE, billion laughs: an entity is text
    left out)."""
    kind = _check_sitemap(body)
    return kind, _entries(body, base_url)


def _chunks(body: bytes) -> Iterator[bytes]:
    """The file's bytes, decompressed as they are read if gzipped; DiscoveryError past
    MAX_FILE_BYTES or on a gzip that is not gzip."""
    if body[:2] != b"\x1f\x8b":
        if len(body) > MAX_FILE_BYTES:
            raise DiscoveryError(f"over {MAX_FILE_BYTES} bytes")
        for start in range(0, len(body), CHUNK):
            yield body[start:start + CHUNK]
        return
    total = 0
    pending = body
    while pending:
        unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = pending
        while data:
            try:
                out = unzip.decompress(data, CHUNK)
            except zlib.error as exc:
                raise DiscoveryError(f"bad gzip data: {exc}") from None
            data = unzip.unconsumed_tail
            total += len(out)
            if total > MAX_FILE_BYTES:
                raise DiscoveryError(f"bad gzip data: over {MAX_FILE_BYTES} bytes unpacked")
            if out:
                yield out
            if unzip.eof:
                break
        if not unzip.eof:
            raise BrokenFile("bad gzip data: the stream is cut off")
        pending = unzip.unused_data  # a further gzip member, as `cat a.gz b.gz` makes
        if pending[:2] != b"\x1f\x8b":
            pending = b""


def _pull_parser() -> Any:
    from lxml import etree

    return etree.XMLPullParser(events=("start", "end"), resolve_entities=False,
                               no_network=True, huge_tree=False, remove_comments=True,
                               remove_pis=True, load_dtd=False)


# What some servers put before a file's first tag: blank lines (a PHP include's) and a
# byte-order mark, in either order; XML allows none of it before its declaration.
_BEFORE_FIRST_TAG = re.compile(rb"^\s*(?:\xef\xbb\xbf\s*)?(?=<)")


def _local_name(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _events(body: bytes, what: str = "sitemap") -> Iterator[tuple[str, Any, int]]:
    """(event, element, depth) of the file, streamed; depth 0 is the root."""
    from lxml import etree

    parser = _pull_parser()
    depth = -1

    def read() -> Iterator[tuple[str, Any, int]]:
        nonlocal depth
        for event, element in parser.read_events():
            if event == "start":
                depth += 1
                yield event, element, depth
            else:
                yield event, element, depth
                depth -= 1

    first = True
    try:
        for chunk in _chunks(body):
            if first:
                chunk = _BEFORE_FIRST_TAG.sub(b"", chunk, count=1)
                if what == "sitemap" and chunk.lstrip()[:1] != b"<":
                    raise DiscoveryError("not an XML sitemap")
                first = False
            try:
                parser.feed(chunk)
            finally:
                yield from read()  # (what was read before a break, then the break)
        if first:
            raise DiscoveryError(f"not an XML {what}: the file is empty")
        parser.close()  # (at a premature end, what it closes is cut: not read)
        yield from read()
    except etree.XMLSyntaxError as exc:
        raise BrokenFile(f"not a well-formed XML {what}: {exc}") from None


def _check_sitemap(body: bytes) -> str:
    """The root's name, once the whole file is read as well-formed XML (nothing kept)."""
    kind = ""
    for event, element, depth in _events(body):
        if depth == 0 and event == "start":
            kind = _local_name(element.tag)
            if kind not in ("urlset", "sitemapindex"):
                raise DiscoveryError(f"not a sitemap: the root element is <{kind}>")
        elif event == "end" and depth == 1:
            _drop(element)
    return kind


def _drop(element: Any) -> None:
    """Forget an entry read: its content, and the siblings read before it."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _entries(body: bytes, base_url: str | None = None) -> Iterator[Listed]:
    given = 0
    for event, element, depth in _events(body):
        if event != "end" or depth != 1:
            continue
        loc = lastmod = published = None
        for child in element:
            name = _local_name(child.tag)
            if name == "loc":
                loc = (child.text or "").strip()
            elif name == "lastmod":
                lastmod = (child.text or "").strip()
        news = element.find(f".//{{{NEWS_NS}}}publication_date")
        if news is not None and news.text and news.text.strip():
            published = news.text.strip()
        _drop(element)
        if not loc:
            continue
        text = published or lastmod or None
        yield Listed(_absolute(loc, base_url), parse_w3c_date(text), text)
        given += 1
        if given >= MAX_ENTRIES:
            return


def sitemaps_in_robots(robots: bytes, base_url: str) -> list[str]:
    """The `Sitemap:` lines of a robots.txt, as absolute URLs (Scrapy's reader)."""
    from scrapy.utils.sitemap import sitemap_urls_from_robots

    return list(sitemap_urls_from_robots(robots, base_url=base_url))


def read_feed(body: bytes, base_url: str | None = None) -> list[Listed]:
    """The items of an RSS 2.0 or Atom feed, with their dates; a relative link is read
    against `base_url` (the feed's own URL).

    Streamed as sitemaps are (each <item> / <entry> dropped once read): a feed of any size
    costs its body and the list of its links, never a tree of the whole file. A feed that
    is no well-formed XML is read again with its HTML entities and bare "&"s written as XML
    (never inside a CDATA section); where it still breaks off, the items closed before the
    break are its items. Either is PartialRead, with the items; none at all is
    DiscoveryError."""
    found, broken = _feed_items(body, base_url)
    if broken is None:
        return found
    repaired, still_broken = _feed_items(_as_xml(body), base_url)
    if len(repaired) > len(found) or (repaired and still_broken is None):
        found = repaired
        how = "read with its entities and '&'s written as XML" if still_broken is None \
            else f"{len(found)} items before the break once its entities were written as XML"
    else:
        how = f"{len(found)} items before it"
    if not found:
        raise broken
    raise PartialRead(f"{broken}; {how}", found)


# A bare "&" (not an entity's) and an HTML entity name XML does not define, in a feed's
# bytes (a CDATA section is matched first, to be left as it is).
_AMPERSANDS = re.compile(rb"<!\[CDATA\[.*?\]\]>|&(?:(#\d{1,7}|#x[0-9a-fA-F]{1,6}|"
                         rb"[A-Za-z][A-Za-z0-9]{1,31});)?", re.DOTALL)
_XML_ENTITIES = frozenset((b"amp", b"lt", b"gt", b"quot", b"apos"))


def _as_xml(body: bytes) -> bytes:
    """A feed's bytes (gzipped or not) with HTML's named entities as character references
    ("&nbsp;" -> "&#160;") and a bare "&" as "&amp;" ("detailberita&id=1"), CDATA left as
    it is: what a feed's author meant."""
    from html.entities import name2codepoint

    if body[:2] == b"\x1f\x8b":
        parts: list[bytes] = []
        try:
            parts.extend(_chunks(body))
        except DiscoveryError:
            pass  # (a gzip cut short: what it unpacks to before the cut)
        body = b"".join(parts)
    if len(body) > MAX_FILE_BYTES:
        return body

    def fix(m: re.Match[bytes]) -> bytes:
        text, name = m.group(0), m.group(1)
        if text.startswith(b"<"):
            return text
        if name is None:
            return b"&amp;"
        if name.startswith(b"#") or name in _XML_ENTITIES:
            return text
        code = name2codepoint.get(name.decode("ascii"))
        return b"&#%d;" % code if code is not None else b"&amp;" + name + b";"

    return _AMPERSANDS.sub(fix, body)


# Hosts that only redirect to a feed item's page (FeedBurner's), whose item names the page
# itself in <feedburner:origLink> or a permalink <guid>.
_FEED_REDIRECTORS = frozenset(("feedproxy.google.com", "feeds.feedburner.com"))
FEEDBURNER_NS = "http://rssnamespace.org/feedburner/ext/1.0"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RSS1_NS = "http://purl.org/rss/1.0/"
DC_NS = "http://purl.org/dc/elements/1.1/"


def _item_link(item: Any) -> str:
    """An RSS item's page: its <link>, or where that is missing or FeedBurner's redirect,
    the page its <feedburner:origLink> or permalink <guid> names."""
    link = (item.findtext("link") or "").strip()
    original = (item.findtext(f"{{{FEEDBURNER_NS}}}origLink") or "").strip()
    if original:
        return original
    if not link or urlsplit(link).hostname in _FEED_REDIRECTORS:
        # (an item without <link> is the page its permalink guid names, as RSS 2.0 says)
        guid = item.find("guid")
        text = (guid.text or "").strip() if guid is not None else ""
        if text.startswith(("http://", "https://")) and \
                (guid.get("isPermaLink") or "true").strip().lower() != "false":
            return text
    return link


def _feed_items(body: bytes, base_url: str | None) -> tuple[list[Listed], BrokenFile | None]:
    """The feed's items, and where the file breaks off (None: it does not): the items closed
    before a break are the feed's."""
    found: list[Listed] = []
    try:
        _read_items(body, base_url, found)
    except BrokenFile as exc:
        return found, exc
    return found, None


def _read_items(body: bytes, base_url: str | None, found: list[Listed]) -> list[Listed]:
    kind = ""
    root_tag = ""
    atom_entry, atom_link = f"{{{ATOM_NS}}}entry", f"{{{ATOM_NS}}}link"
    feed_base = base_url
    for event, element, depth in _events(body, "feed"):
        if event == "start":
            if depth == 0:
                root_tag = element.tag if isinstance(element.tag, str) else ""
                kind = ("rss" if root_tag == "rss"
                        else "atom" if root_tag == f"{{{ATOM_NS}}}feed"
                        else "rss1" if root_tag == f"{{{RDF_NS}}}RDF" else "")
                feed_base = _with_xml_base(base_url, element)
            elif depth == 1 and not kind and element.tag == "channel":
                kind = "rss"  # RSS under another root (RDF)
            continue
        if depth == 0 or len(found) >= MAX_ENTRIES:
            continue
        if kind == "rss" and element.tag == "item":
            link = _item_link(element)
            text = (element.findtext("pubDate") or "").strip() or None
            if link:
                found.append(Listed(_absolute(link, base_url), _rfc822(text), text))
            _drop(element)
        elif kind == "rss1" and element.tag in (f"{{{RSS1_NS}}}item", "item"):
            # RSS 1.0: items beside the channel, each its page in <link> (or rdf:about), its
            # date in <dc:date> (RSS 0.90's, under RDF too, without the namespace)
            link = (element.findtext(f"{{{RSS1_NS}}}link") or element.findtext("link")
                    or element.get(f"{{{RDF_NS}}}about") or "").strip()
            text = (element.findtext(f"{{{DC_NS}}}date") or "").strip() or None
            if link:
                found.append(Listed(_absolute(link, base_url), parse_w3c_date(text), text))
            _drop(element)
        elif kind == "atom" and element.tag == atom_entry:
            link = next((el for el in element.iter(atom_link)
                         if el.get("rel", "alternate") == "alternate" and el.get("href")), None)
            text = (element.findtext(f"{{{ATOM_NS}}}published")
                    or element.findtext(f"{{{ATOM_NS}}}updated") or None)
            if link is not None:
                # (relative hrefs read against xml:base: the feed's, the entry's, the link's)
                base = _with_xml_base(_with_xml_base(feed_base, element), link)
                found.append(Listed(_absolute(link.get("href").strip(), base),
                                    parse_w3c_date(text), text))
            _drop(element)
        elif depth == 1 and kind != "rss":
            _drop(element)  # a root's child that is neither a channel nor an entry
    if not kind:
        raise DiscoveryError(f"not an RSS or Atom feed: the root element is <{root_tag}>")
    return found


_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def _with_xml_base(base_url: str | None, element: Any) -> str | None:
    """The base an element's xml:base attribute sets, read against the base above it."""
    given = (element.get(_XML_BASE) or "").strip()
    if not given:
        return base_url
    base = _absolute(given, base_url) if base_url else given
    try:
        readable = urlsplit(base).hostname is not None or not base_url
    except ValueError:
        readable = False  # (a base that cannot be read: the one above it)
    return base if readable else base_url


def _absolute(link: str, base_url: str | None) -> str:
    """A listed link as an absolute URL ("/berita/1", "//host/berita/1" on a feed of a
    hand-written PHP portal), read against the file's URL; a host written without its
    scheme ("www.portal.id/berita/1": a CMS setting typed in) as the host; as it is where
    it cannot be read."""
    if not base_url or link.startswith(("http://", "https://")):
        return link
    if _HOST_FIRST.match(link):
        link = "//" + link
    try:
        return urljoin(base_url, link)
    except ValueError:
        return link


# A link that opens with a host name, not a path: "www.portal.id/...", "portal.id/..." (not
# a script's or a page's file name: "berita.php/1", "index.html/").
_HOST_FIRST = re.compile(
    r"^(?:[a-z0-9-]+\.)+(?!(?:php|html?|aspx?|jsp|cgi|xml)(?:/|$))[a-z]{2,12}(?:/|$)",
    re.IGNORECASE)


def _rfc822(text: str | None) -> datetime | None:
    """An RSS date: RFC 822, else as an Indonesian portal writes it ("Selasa, 09 Agustus
    2016 16:40:00 WITA", "Sen, 08 Agu 2016 02:07:00 +0800"), a full date only (a text
    with no year, "Rabu sore", is none). Without a printed zone it stays naive, as RFC
    822's does: the portal's zone reads it."""
    if not text:
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    if not _YEAR_IN_TEXT.search(text) or _US_NUMERIC.search(text):
        return None  # (no full date; "5/6/2024 10:00:00 PM": a .NET server's, month first)
    from newscrawl.lang.dates import TZ_EXPLICIT, parse_date_detail

    parsed = parse_date_detail(text)
    if parsed is None:
        return None
    return parsed.value if parsed.tz_source == TZ_EXPLICIT else parsed.value.replace(tzinfo=None)


_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")
_US_NUMERIC = re.compile(r"\d{1,2}/\d{1,2}/\d{4}.*\b[AP]\.?M\b", re.IGNORECASE)


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
