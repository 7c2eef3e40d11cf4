"""What extractors return, and the HTML helpers every family shares.

Extractors are pure functions of (url, html): no Scrapy, no network. They
return raw values; normalising (dates, promos, validation) is the
pipelines' job.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import html as lxml_html
from parsel import Selector

from newscrawl.promo import normalise_space, parse_credit

ARTICLE_TYPES = {
    "NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle",
}


@dataclass
class ListedLink:
    url: str
    date_text: str | None = None


@dataclass
class SectionPage:
    """Article links of a section (listing) page, in page order, and the next listing page."""

    article_links: list[ListedLink] = field(default_factory=list)
    next_page: str | None = None


@dataclass
class ArticlePage:
    """Raw fields of one article page, as the page gives them."""

    url: str  # canonical URL of the article (page 1)
    page_url: str  # URL this page was read from
    title: str | None = None
    site_name: str | None = None
    section: str | None = None
    published_raw: str | None = None
    modified_raw: str | None = None
    visible_date_raw: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source: str | None = None
    tags: list[str] = field(default_factory=list)
    image_url: str | None = None
    image_caption: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # inline promo spans cut by the extractor
    page_number: int = 1
    page_urls: dict[int, str] = field(default_factory=dict)  # every page of the article, by number

    @property
    def page_count(self) -> int:
        return max([self.page_number, *self.page_urls])

    def missing_pages(self) -> list[int]:
        """Pages of this article that this page does not hold."""
        return [n for n in range(1, self.page_count + 1) if n != self.page_number]


def merge_pages(pages: list[ArticlePage]) -> ArticlePage:
    """One article from its pages: metadata from page 1, body of all pages in order."""
    pages = sorted(pages, key=lambda p: p.page_number)
    first = pages[0]
    merged = ArticlePage(**{**first.__dict__})
    merged.paragraphs = [p for page in pages for p in page.paragraphs]
    merged.removed = [r for page in pages for r in page.removed]
    for attr in ("authors", "editors", "tags"):
        merged.__dict__[attr] = unique([v for page in pages for v in getattr(page, attr)])
    for attr in ("title", "published_raw", "modified_raw", "visible_date_raw", "source",
                 "image_url", "image_caption", "section", "site_name"):
        if not getattr(merged, attr):
            setattr(merged, attr, next((getattr(p, attr) for p in pages if getattr(p, attr)), None))
    merged.page_number = 1
    merged.page_urls = {n: u for page in pages for n, u in page.page_urls.items()}
    return merged


def unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        key = v.casefold()
        if v and key not in seen:
            seen.add(key)
            out.append(v)
    return out


# --- structured data -------------------------------------------------------


def _loads_lenient(text: str) -> Any:
    text = text.strip().rstrip(";")
    try:
        return json.loads(text, strict=False)
    except ValueError:
        # Real pages leave trailing commas and raw newlines in JSON-LD.
        fixed = re.sub(r",\s*([}\]])", r"\1", text)
        try:
            return json.loads(fixed, strict=False)
        except ValueError:
            return None


def json_ld_objects(sel: Selector) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph and lists flattened; bad blocks skipped."""
    out: list[dict[str, Any]] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, list):
            for o in obj:
                walk(o)
        elif isinstance(obj, dict):
            out.append(obj)
            if "@graph" in obj:
                walk(obj["@graph"])

    for block in sel.xpath('//script[@type="application/ld+json"]/text()').getall():
        walk(_loads_lenient(block))
    return out


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type", [])
    return set(t) if isinstance(t, list) else {t}


def news_article(objs: list[dict[str, Any]]) -> dict[str, Any]:
    for obj in objs:
        if _types(obj) & ARTICLE_TYPES:
            return obj
    return {}


def ld_names(value: Any) -> list[str]:
    """Names from a JSON-LD person/organisation value (object, list or string)."""
    if isinstance(value, list):
        return [n for v in value for n in ld_names(v)]
    if isinstance(value, dict):
        name = value.get("name")
        return [normalise_space(name)] if isinstance(name, str) and name.strip() else []
    if isinstance(value, str) and value.strip():
        return [normalise_space(value)]
    return []


def ld_image(value: Any) -> str | None:
    if isinstance(value, list):
        return next((u for u in map(ld_image, value) if u), None)
    if isinstance(value, dict):
        url = value.get("url") or value.get("contentUrl")
        return url if isinstance(url, str) else None
    return value if isinstance(value, str) else None


def microdata_breadcrumb_last(sel: Selector) -> str | None:
    """Last crumb of a schema.org BreadcrumbList written as microdata (not JSON-LD)."""
    names = [normalise_space(n) for n in sel.css(
        "[itemtype*=BreadcrumbList] [itemprop=name]::text, "
        "[itemtype*=BreadcrumbList] [itemprop=name]::attr(content)").getall()]
    names = [n for n in names if n and n.lower() not in ("home", "beranda")]
    return names[-1] if names else None


def breadcrumb_last(objs: list[dict[str, Any]]) -> str | None:
    for obj in objs:
        if "BreadcrumbList" in _types(obj):
            items = obj.get("itemListElement") or []
            names = []
            for it in items if isinstance(items, list) else []:
                if isinstance(it, dict):
                    inner = it.get("item") if isinstance(it.get("item"), dict) else {}
                    name = it.get("name") or inner.get("name")
                    if isinstance(name, str) and name.strip().lower() not in ("home", "beranda"):
                        names.append(name.strip())
            if names:
                return names[-1]
    return None


def meta(sel: Selector, *keys: str) -> str | None:
    """First non-empty <meta> content among property/name/itemprop keys, in key order."""
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            value = sel.xpath(f'//meta[@{attr}="{key}"]/@content').get()
            if value and value.strip():
                return normalise_space(value)
    return None


def text_of(sel: Selector, css: str) -> str | None:
    node = sel.css(css)
    if not node:
        return None
    text = normalise_space(" ".join(node[0].css("::text").getall()))
    return text or None


def texts_of(sel: Selector, css: str) -> list[str]:
    return unique([t for t in (normalise_space(" ".join(n.css("::text").getall()))
                               for n in sel.css(css)) if t])


def strip_site_suffix(title: str | None, site_name: str | None) -> str | None:
    if not title:
        return title
    title = normalise_space(title)
    if site_name:
        for sep in (" - ", " | ", " – ", " — "):
            suffix = f"{sep}{site_name}"
            if title.lower().endswith(suffix.lower()):
                return title[: -len(suffix)].strip()
    return title


# --- URLs ------------------------------------------------------------------


def without_query_keys(url: str, *keys: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in keys]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def rebase(url: str, base_url: str, hosts: tuple[str, ...]) -> str:
    """Point a URL of one of `hosts` at `base_url` (the demo and tests serve a portal elsewhere)."""
    parts = urlsplit(url)
    if parts.hostname in hosts:
        base = urlsplit(base_url)
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))
    return url


# --- body text -------------------------------------------------------------

_INLINE_TAGS = r"(?:strong|b|em|i|span|u)"
# "<strong>Baca Juga: <a ...>Judul</a></strong>" inside a paragraph: label and link go together.
_INLINE_PROMO = re.compile(
    rf"(?:<{_INLINE_TAGS}\b[^>]*>\s*)*"
    r"(?P<label>(?:baca|simak|lihat|tonton)\s+(?:juga|pula)\s*[:：]?)\s*"
    rf"(?:</{_INLINE_TAGS}>\s*|<{_INLINE_TAGS}\b[^>]*>\s*)*"
    r"<a\b[^>]*>(?P<link>.*?)</a>"
    rf"(?:\s*</{_INLINE_TAGS}>)*",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]+>")


def html_to_text(fragment: str) -> str:
    if not fragment.strip():
        return ""
    try:
        node = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml rejects some broken fragments; fall back to tag stripping
        return normalise_space(_TAG.sub(" ", fragment))
    for bad in node.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    return normalise_space(node.text_content())


def box_text(fragment: str) -> str:
    """Text of a box whose parts are separate elements ("<b>Baca juga:</b><a>X</a>")."""
    # "Baca juga:Judul" -> "Baca juga: Judul"; times like 10:30 keep their colon.
    return re.sub(r"(?<=[A-Za-z]):(?=[A-Za-z0-9])", ": ", html_to_text(fragment))


def cut_inline_promos(fragment: str) -> tuple[str, list[str]]:
    """Cut "Baca Juga: <a>…</a>" spans out of a paragraph's HTML; return (html, cut texts)."""
    removed: list[str] = []

    def cut(m: re.Match[str]) -> str:
        label = normalise_space(m.group("label"))
        removed.append(f"{label} {html_to_text(m.group('link'))}".strip())
        return " "

    return _INLINE_PROMO.sub(cut, fragment), removed


def credits_from(lines: list[str]) -> dict[str, list[str]]:
    """authors / editors / source from credit lines found outside the body."""
    out: dict[str, list[str]] = {"authors": [], "editors": [], "source": []}
    for line in lines:
        credit = parse_credit(line)
        if credit and credit.kind in out:
            out[credit.kind].extend(credit.names)
    return out
