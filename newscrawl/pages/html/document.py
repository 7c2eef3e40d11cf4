"""A parsed page and what every field resolver reads from it, computed once.

Pure module (no Scrapy import). `Document` parses the HTML once and, in one
pass over the tree, collects the <meta> tags, JSON-LD blocks, <time>
elements and <link rel> targets, so that field resolvers look values up
instead of scanning the document again (fundus's idea). CSS selectors are
compiled once per selector string, not per page.

Work is bounded: a page is cut at MAX_HTML_BYTES before parsing, a JSON-LD
block longer than MAX_JSON_LD_CHARS is skipped, and JSON-LD nesting deeper
than MAX_JSON_LD_DEPTH is not walked.
"""

from __future__ import annotations

import codecs
import html
import json
import re
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree
from w3lib.encoding import html_body_declared_encoding, to_unicode

from newscrawl.lang.domains import registered_domain
from newscrawl.lang.text import normalise_space, repair_double_utf8
from newscrawl.pages.body.vocabulary import CONTROL_TAGS, SCRIPT_TAGS, TEXT_INLINE_TAGS
from newscrawl.pages.html.selectindex import AttributeIndex
from newscrawl.pages.html.selectors import css
from newscrawl.pages.html.streamed import place_streamed_content

# A news page is well under 2 MB of HTML; anything past 10 MB (the crawl's
# DOWNLOAD_MAXSIZE) is not article text.
MAX_HTML_BYTES = 10 * 1024 * 1024
MAX_JSON_LD_CHARS = 1_000_000
MAX_JSON_LD_DEPTH = 20

ARTICLE_TYPES = {
    "NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting",
    "Report", "TechArticle", "ScholarlyArticle", "SatiricalArticle", "MedicalScholarlyArticle",
    "WebPage", "MedicalWebPage",
}
# A page, not an article: read where no article is typed (a health site's "MedicalWebPage").
WEB_PAGE_TYPES = {"WebPage", "MedicalWebPage"}
# A page's own work of another kind, read where it gives no article nor a WebPage with its
# headline: a guide's "HowTo", a recipe, a podcast's episode, a forum's or a network's post
# (on a news page, an embedded recipe card or a quoted post is another's work).
WORK_TYPES = {"HowTo", "Recipe", "PodcastEpisode", "SocialMediaPosting",
              "DiscussionForumPosting"}
_SKIP_TEXT = SCRIPT_TAGS | CONTROL_TAGS
_INLINE = TEXT_INLINE_TAGS
# Plain lxml elements, not lxml.html's: its per-element Python class lookup costs more than
# the parse itself on a large page, and page objects need nothing it adds.
# No ID table either (collect_ids): nothing here looks elements up by XPath's id(), and
# filling it costs a hash insert for every id attribute of the page during the parse.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
_BYTES_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                                 collect_ids=False)


def text_of(element: Any) -> str:
    """Visible text of an element: scripts and styles left out, whitespace folded."""
    parts: list[str] = []
    _collect_text(element, element.tag, parts)
    return normalise_space("".join(parts))


def _collect_text(element: Any, tag: Any, parts: list[str], depth: int = 0) -> None:
    # Iterative over siblings, recursive over depth with a cap: deeply nested input stays
    # cheap. Each lxml property read builds a Python object: each is read once.
    if not isinstance(tag, str) or tag in _SKIP_TEXT:
        return
    text = element.text
    if text:
        parts.append(text)
    if depth < 120:
        for child in element:
            child_tag = child.tag
            # Inline elements join their text as written; block elements stand apart.
            if isinstance(child_tag, str) and child_tag not in _INLINE:
                parts.append(" ")
                _collect_text(child, child_tag, parts, depth + 1)
                parts.append(" ")
            else:
                _collect_text(child, child_tag, parts, depth + 1)
            tail = child.tail
            if tail:
                parts.append(tail)


def unescape_twice(text: str) -> str:
    """Text with character references a template escaped once too often ("&amp;#8211;",
    "&#039;" left in an attribute after the parser's own unescaping) read as characters."""
    if "&" not in text:
        return text
    return html.unescape(text)


_JSON = json.JSONDecoder(strict=False)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _loads_lenient(text: str) -> Any:
    text = text.strip().rstrip(";")
    if not text or len(text) > MAX_JSON_LD_CHARS:
        return None
    try:
        return _JSON.decode(text)
    except (ValueError, RecursionError):
        pass
    try:  # a trailing comma, which browsers forgive and JSON does not
        return _JSON.decode(_TRAILING_COMMA.sub(r"\1", text))
    except (ValueError, RecursionError):
        return None


def _flatten_json_ld(value: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object, lists and @graph flattened, nesting bounded."""
    out: list[dict[str, Any]] = []
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        obj, depth = stack.pop()
        if depth > MAX_JSON_LD_DEPTH:
            continue
        if isinstance(obj, list):
            stack.extend((o, depth + 1) for o in reversed(obj))
        elif isinstance(obj, dict):
            out.append(obj)
            if "@graph" in obj:
                stack.append((obj["@graph"], depth + 1))
    return out


def json_ld_objects(root: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object of a parsed page (for callers without a `Document`)."""
    out: list[dict[str, Any]] = []
    for el in root.iter("script"):
        kind = el.get("type")
        if kind and kind.strip().lower() == "application/ld+json" and el.text:
            out.extend(_flatten_json_ld(_loads_lenient(el.text)))
    return out


def _is_article(obj: dict[str, Any]) -> bool:
    return any("Article" in t or "BlogPosting" in t or "Report" in t for t in ld_types(obj))


def ld_article_body(objects: list[dict[str, Any]]) -> str | None:
    """The longest article text of the page's JSON-LD: `articleBody` (a list of strings
    joined), or an article object's `text`, in the objects and their mainEntity / hasPart /
    itemListElement (nesting bounded)."""
    bodies: list[str] = []
    stack: list[tuple[Any, int]] = [(o, 0) for o in objects]
    while stack:
        obj, depth = stack.pop()
        if depth > MAX_JSON_LD_DEPTH:
            continue
        if isinstance(obj, list):
            stack.extend((o, depth + 1) for o in obj[:200])
            continue
        if not isinstance(obj, dict):
            continue
        body = obj.get("articleBody") or (obj.get("text") if _is_article(obj) else None)
        if isinstance(body, list):
            body = "\n\n".join(b for b in body if isinstance(b, str))
        if isinstance(body, str) and body.strip():
            bodies.append(body)
        for key in ("mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"):
            if key in obj:
                stack.append((obj[key], depth + 1))
    return max(bodies, key=len) if bodies else None


def ld_types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type", [])
    return {x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)}


class Document:
    """One parsed HTML page and its precomputed structured data."""

    def __init__(self, html: str | bytes, url: str) -> None:
        self.url = url
        if isinstance(html, bytes):
            html = decode_html(html[:MAX_HTML_BYTES])
        html = repair_double_utf8(html)
        self.root = _parse(html[:MAX_HTML_BYTES])
        self._markup = html  # (kept for `writes`; the tree is many times its size)
        place_streamed_content(self.root)  # as the page's scripts would
        self.meta: dict[str, list[str]] = {}
        self.json_ld: list[dict[str, Any]] = []
        self.links: dict[str, str] = {}
        self.title_tag: str | None = None
        # What the page's links are relative to: its <base href> where it has one (old PHP
        # portals write "<base href='http://www.site.com/'>" and every link relative to it,
        # from pages two folders deep), else its own URL: as a browser resolves them.
        self.base_url = url
        self.lang: str | None = self.root.get("lang")
        self._index: AttributeIndex | None = None
        self._selected: dict[str, list[Any]] = {}
        self._ld_body: tuple[str | None] | None = None
        self._scan()
        # An article; else a WebPage with the headline; else the page's work of another
        # kind; else a WebPage with a date (Yoast's, beside a recipe that is the page's)
        self.article_ld: dict[str, Any] = next(
            (o for o in self.json_ld if ld_types(o) & (ARTICLE_TYPES - WEB_PAGE_TYPES)),
            next((o for o in self.json_ld if ld_types(o) & WEB_PAGE_TYPES and "headline" in o),
                 next((o for o in self.json_ld if ld_types(o) & WORK_TYPES
                       and "datePublished" in o),
                      next((o for o in self.json_ld if ld_types(o) & WEB_PAGE_TYPES
                            and "datePublished" in o), {}))),
        )

    def writes(self, text: str) -> bool:
        """Whether the markup as it came holds `text` anywhere: one C scan, far cheaper than
        reading every class value of the page where a class word is rare (class values
        match case-sensitively, so a class's word is found as it is written)."""
        return text in self._markup

    def writes_before(self, text: str, after: re.Pattern[str], *, window: int = 200,
                      times: int = 20) -> bool:
        """Whether the markup writes `text` followed by what `after` matches within
        `window` characters (at its first `times` places: a C scan each, no tree walk)."""
        markup, start = self._markup, 0
        for _ in range(times):
            at = markup.find(text, start)
            if at == -1:
                return False
            start = at + len(text)
            if after.match(markup, start, start + window):
                return True
        return False

    def ld_resolved(self, value: Any) -> Any:
        """A JSON-LD value with its references filled in: an object that is only an `@id`
        (Yoast's @graph names an article's author as {"@id": ".../#/schema/person/..."})
        becomes the object of the page that has that id; one level, lists kept."""
        if isinstance(value, list):
            return [self.ld_resolved(v) for v in value[:50]]
        if isinstance(value, dict) and isinstance(value.get("@id"), str) and "name" not in value:
            node = next((o for o in self.json_ld
                         if o.get("@id") == value["@id"] and o is not value and "name" in o), None)
            return node if node is not None else value
        return value

    def _scan(self) -> None:
        meta, links = self.meta, self.links
        # One walk in C for the four tags (a walk per tag costs more than telling them apart).
        base = None
        for el in self.root.iter("meta", "script", "link", "title", "base"):
            tag = el.tag
            if tag == "meta":
                content = el.get("content")
                if content is None:
                    continue
                for attr in ("property", "name", "itemprop"):
                    key = el.get(attr)
                    if key:
                        meta.setdefault(key.strip().lower(), []).append(content)
            elif tag == "script":
                kind = el.get("type")
                if kind and kind.strip().lower() == "application/ld+json" and el.text:
                    self.json_ld.extend(_flatten_json_ld(_loads_lenient(el.text)))
            elif tag == "link":
                rel = el.get("rel")
                href = el.get("href")
                if rel and href:
                    rel = rel.strip().lower()
                    if rel and rel not in links:
                        links[rel] = href.strip()
            elif tag == "title" and self.title_tag is None:
                self.title_tag = unescape_twice(normalise_space("".join(el.itertext()))) or None
            elif tag == "base" and base is None and el.get("href"):
                base = el.get("href")  # (the first with an href: a browser's rule)
        if base is not None:
            try:
                base = urljoin(self.url, base.strip())
                parts, own = urlsplit(base), urlsplit(self.url)
            except ValueError:  # "http://[x/" and the like: links stay relative to the page
                return
            if parts.scheme not in ("http", "https") or not parts.hostname:
                return
            if own.hostname and registered_domain(parts.hostname) != \
                    registered_domain(own.hostname):
                # a base left on the site's old domain (Lokomedia fills it from a setting
                # rarely changed after a move): its path on the page's own site, where the
                # old domain would only redirect
                base = urlunsplit((own.scheme, own.netloc, parts.path, parts.query, ""))
            self.base_url = base

    @property
    def ld_article_body(self) -> str | None:
        """The page's JSON-LD article text (see `ld_article_body`), found once."""
        if self._ld_body is None:
            self._ld_body = (ld_article_body(self.json_ld),)
        return self._ld_body[0]

    # --- lookups ------------------------------------------------------------

    def meta_value(self, *keys: str) -> str | None:
        """First non-empty <meta> content among property/name/itemprop keys, in key order."""
        for key in keys:
            for value in self.meta.get(key.lower(), ()):
                value = unescape_twice(normalise_space(value))
                if value:
                    return value
        return None

    def meta_values(self, key: str) -> list[str]:
        return [v for v in (unescape_twice(normalise_space(x))
                            for x in self.meta.get(key.lower(), ())) if v]

    def select(self, selector: str, within: Any = None) -> list[Any]:
        """Elements matching a CSS selector group, in document order (as lxml's CSSSelector
        returns them), served from the page's attribute index (see selectindex)."""
        if not selector:
            return []
        if within is not None:
            return css(selector)(within)
        found = self._selected.get(selector)
        if found is None:
            if self._index is None:
                self._index = AttributeIndex(self.root)
            found = self._selected[selector] = self._index.select(selector)
        return found

    def first(self, selector: str, within: Any = None) -> Any | None:
        found = self.select(selector, within)
        return found[0] if found else None

    def first_text(self, selector: str) -> str | None:
        for el in self.select(selector):
            text = text_of(el)
            if text:
                return text
        return None

    def absolute(self, href: str | None) -> str | None:
        """The absolute URL a link leads to, without its fragment; None for a link that
        leads nowhere (javascript:, mailto:, ...) or cannot be parsed ("http://[x/")."""
        if not href or not href.strip():
            return None
        href = href.strip()
        if href.startswith(("javascript:", "mailto:", "tel:", "data:")):
            return None
        if _PLAIN_ABSOLUTE.match(href):
            # What urljoin returns for it, less its work: most links on a page are these.
            return href.split("#")[0]
        try:
            return urljoin(self.base_url, href).split("#")[0]
        except ValueError:  # an invalid IPv6 host and the like
            return None


# An absolute http(s) URL that urljoin gives back unchanged: a host, and no query, path
# parameters, brackets or the tabs and line breaks urljoin would take out.
_PLAIN_ABSOLUTE = re.compile(r"https?://[^/?#;\[\]\s]+(?:[/#][^?;\[\]\t\r\n]*)?\Z")


def decode_html(data: bytes) -> str:
    """A saved page's text: UTF-8 where its bytes are that (a saved copy is often UTF-8
    whatever its <meta> still declares: kapanlagi's pages say ISO-8859-1); else decoded as
    a browser and a crawl (Scrapy's response.text) do: its byte-order mark, else the
    charset its <meta> declares (ISO-8859-1 read as windows-1252), else windows-1252."""
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    bad = text.count("\ufffd")
    # (a UTF-8 page with a stray byte, a character cut by PHP's substr() or by a download's
    # end, stays UTF-8: its valid multi-byte characters outnumber the bad ones; a
    # windows-1252 page's accents and quotes are almost never valid UTF-8)
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if not bad or non_ascii - bad >= UTF8_GOOD_PER_BAD * bad:
        return text
    # (not UTF-8, as asked above: undeclared, it is windows-1252; w3lib's building blocks,
    # as its html_to_unicode() reads a page, without that function's auto-detection
    # arguments, which w3lib 2.6 deprecates)
    for mark, name in _BOMS:
        if data.startswith(mark):
            return to_unicode(data[len(mark):], name)
    return to_unicode(data, html_body_declared_encoding(data) or "cp1252")


# Byte-order marks, UTF-32's before UTF-16's (whose marks begin UTF-32LE's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))


# A page with this many valid non-ASCII characters for each undecodable byte is UTF-8.
UTF8_GOOD_PER_BAD = 3


def _without_early_end(html: str | bytes) -> str | bytes:
    """The page without a "</body></html>" that markup still follows.

    A template that closes the page early (a header include ending in </html>) leaves the
    article after it: browsers read on, and libxml2 would stop there."""
    end = "</html>" if isinstance(html, str) else b"</html>"
    at = html.find(end)  # type: ignore[arg-type]
    if at < 0 or len(html) - at < EARLY_END_MIN_REST:
        return html
    body_end = "</body>" if isinstance(html, str) else b"</body>"
    head = html[:at]
    cut = head.rfind(body_end)  # type: ignore[arg-type]
    if cut >= 0 and head[cut + len(body_end):].isspace() or cut == at - len(body_end):
        head = head[:cut]
    return head + html[at + len(end):]  # type: ignore[operator]


# Markup after </html> worth reading on for: more than a tracking pixel or two.
EARLY_END_MIN_REST = 2048


def _parse(html: str | bytes) -> Any:
    """The document's root element; an empty <html> for empty or unparsable input."""
    html = _without_early_end(html)
    root = None
    # isspace, not strip: strip copies the whole page (~100 KB) only to test it for
    # emptiness; both know the same white space, for str and for bytes alike.
    if html and not html.isspace():
        try:
            if isinstance(html, str):
                try:
                    root = etree.fromstring(html, _PARSER)
                except ValueError:  # a str with an XML encoding declaration
                    root = etree.fromstring(html.encode("utf-8", "replace"), _BYTES_PARSER)
            else:
                root = etree.fromstring(html, _BYTES_PARSER)
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            root = None
    if root is None or not isinstance(root.tag, str):
        root = etree.fromstring("<html><body></body></html>", _PARSER)
    return root
