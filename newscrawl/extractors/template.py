"""Reading a page of a known CMS template: the machinery every family module shares.

A family module describes its template as a `Template` (which links are
articles, where listings keep their dates, where the body and credits are,
how long articles are split into pages) and gets `extract_section` /
`extract_article` from here. Structured data comes first (JSON-LD, then
<meta>), the template's selectors after, so a family module stays a page of
selectors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urljoin, urlsplit, urlunsplit

from lxml import html as lxml_html
from parsel import Selector

from newscrawl.extractors.base import (
    ArticlePage,
    ListedLink,
    SectionPage,
    box_text,
    breadcrumb_last,
    credits_from,
    cut_inline_promos,
    html_to_text,
    json_ld_objects,
    ld_image,
    ld_names,
    meta,
    microdata_breadcrumb_last,
    news_article,
    strip_site_suffix,
    text_of,
    texts_of,
    unique,
    without_query_keys,
)
from newscrawl.promo import is_promo, normalise_space

NEXT_TEXT = re.compile(
    r"^\s*(selanjutnya|berikutnya|next|lanjut|›|»|>|halaman selanjutnya)\s*[›»>]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Template:
    """Where one CMS family keeps each part of its pages (CSS selectors)."""

    family: str
    article_path: re.Pattern[str]  # matched against a link's path: is it an article?
    # listings
    listing_item: str = "article, li, .item"
    listing_link: str = "h1 a, h2 a, h3 a, h4 a, a"
    listing_date: str = "time, .date"
    listing_date_attr: str = ""  # take the date from this attribute (detik: title)
    next_page: str = ".pagination a, .paging a, a[rel=next]"
    # articles
    title: str = "h1"
    visible_date: str = "time, .date"
    published_meta: tuple[str, ...] = ("article:published_time", "datePublished",
                                       "pubdate", "publishdate")
    published_attr: str = ""  # CSS ::attr() of a machine-readable date (time[datetime])
    modified_meta: tuple[str, ...] = ("article:modified_time", "dateModified")
    authors: str = ""
    body: str = "[itemprop=articleBody], article"
    body_pick: str = "first"  # "largest": of several body candidates, the one with most text
    body_drop: str = "script, style, noscript, iframe, figure, .ads, [class*=ads], .photo"
    promo_blocks: str = ""  # related-link boxes inside the body: cut, recorded as removed
    credits: str = ""  # credit lines ("Editor: ...") outside the body
    tags: str = ""
    caption: str = ""
    pager: str = ""  # links to the pages of a multi-page article
    active_page: str = ""
    page_style: str = "query"  # "query": ?page=N; "path": .../N
    page_param: str = "page"
    url_drop_params: tuple[str, ...] = ("page",)
    extra: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def is_article_url(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https", "") and bool(self.article_path.search(parts.path))

    # --- pages of a multi-page article --------------------------------

    def page_number(self, url: str) -> int:
        parts = urlsplit(url)
        if self.page_style == "path":
            m = re.search(r"/(\d{1,2})/?$", parts.path)
            stem = parts.path[: m.start()] if m else ""
            if m and self.article_path.search(stem):
                return max(1, int(m.group(1)))
            return 1
        values = parse_qs(parts.query).get(self.page_param)
        try:
            return max(1, int(values[0])) if values else 1
        except ValueError:
            return 1

    def first_page_url(self, url: str) -> str:
        parts = urlsplit(url)
        if self.page_style == "path" and self.page_number(url) > 1:
            path = re.sub(r"/\d{1,2}/?$", "", parts.path)
            return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))
        return without_query_keys(url, *self.url_drop_params)


def extract_section(template: Template, url: str, html: str) -> SectionPage:
    """Article links of a listing page, in page order, with their listed dates."""
    sel = Selector(text=html)
    page = SectionPage()
    seen: set[str] = set()

    def add(href: str | None, date_text: str | None) -> None:
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return
        link = urljoin(url, href.strip()).split("#")[0]
        if template.is_article_url(link) and link not in seen:
            seen.add(link)
            page.article_links.append(ListedLink(link, date_text))

    for item in sel.css(template.listing_item):
        href = item.css(template.listing_link).xpath("@href").get()
        if not href:
            continue
        date_nodes = item.css(template.listing_date) if template.listing_date else []
        date_text = None
        if template.listing_date_attr:
            date_text = next((n.attrib[template.listing_date_attr] for n in date_nodes
                              if n.attrib.get(template.listing_date_attr)), None)
        if not date_text and date_nodes:
            date_text = normalise_space(" ".join(date_nodes[0].css("::text").getall()))
        add(href, date_text or None)
    # Links outside listing blocks (headline boxes): articles too, without a date.
    for href in sel.css("a::attr(href)").getall():
        if "?" not in href:
            add(href, None)
    page.next_page = _next_listing_page(template, sel, url)
    return page


def _next_listing_page(template: Template, sel: Selector, url: str) -> str | None:
    href = sel.xpath('//link[@rel="next"]/@href').get()
    if not href:
        for a in sel.css(template.next_page):
            label = normalise_space(" ".join(a.css("::text").getall()))
            if a.attrib.get("rel") == "next" or NEXT_TEXT.match(label) or "next" in (
                a.attrib.get("class", "") + " " + a.attrib.get("aria-label", "")
            ).lower():
                href = a.attrib.get("href")
                if href and href.strip() not in ("#", ""):
                    break
                href = None
    if not href or href.strip() in ("#", "") or href.startswith("javascript:"):
        return None
    nxt = urljoin(url, href.strip())
    return None if nxt == url else nxt


def _article_pages(template: Template, sel: Selector, url: str,
                   canonical: str) -> tuple[int, dict[int, str]]:
    current = template.page_number(url)
    if template.active_page:
        active = normalise_space(" ".join(sel.css(template.active_page).css("::text").getall()))
        if active.isdigit():
            current = int(active)
    pages: dict[int, str] = {}
    if template.pager:
        for a in sel.css(template.pager):
            label = normalise_space(" ".join(a.css("::text").getall()))
            href = a.attrib.get("href", "").strip()
            if label.isdigit() and href and href != "#" and not href.startswith("javascript:"):
                pages[int(label)] = urljoin(url, href)
    if pages or current > 1:
        pages.setdefault(1, canonical)
        pages.setdefault(current, url)
    return current, pages


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_CONTAINERS = {"div", "section", "article", "ul", "ol", "center", "main"}
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "table",
           "figure", "dl"}


def _fragments(element: object) -> list[str]:
    """HTML fragments of a body, one per paragraph: block elements, and runs of inline
    content between blocks or <br> (some CMSs write the body as text with <br>s)."""
    out: list[str] = []
    buffer: list[str] = [element.text or ""]

    def flush() -> None:
        chunk = "".join(buffer)
        if chunk.strip():
            out.append(chunk)
        buffer.clear()

    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        tail = child.tail or ""
        if tag == "br":
            flush()
        elif tag in _CONTAINERS:
            flush()
            out.extend(_fragments(child))
        elif tag in _BLOCKS:
            flush()
            out.append(lxml_html.tostring(child, encoding="unicode", with_tail=False))
        elif tag:
            buffer.append(lxml_html.tostring(child, encoding="unicode", with_tail=False))
        buffer.append(tail)
    flush()
    return out


def _body_node(template: Template, sel: Selector) -> Selector | None:
    nodes = sel.css(template.body)
    if not nodes:
        return None
    if template.body_pick != "largest" or len(nodes) == 1:
        return nodes[0]
    # Generic pages: the candidate holding the most paragraph text is the article; of nested
    # candidates holding (nearly) all of it, the innermost, so headers and bylines stay out.
    def text_size(node: Selector) -> int:
        return sum(len(t.strip()) for t in node.css("p ::text").getall())

    sized = sorted(((text_size(n), n) for n in nodes), key=lambda pair: -pair[0])
    best_size, best = sized[0]
    for size, node in sized[1:]:
        if size >= 0.9 * best_size and best.root in node.root.iterancestors():
            best_size, best = size, node
    return best


def read_body(template: Template, sel: Selector) -> tuple[list[str], list[str]]:
    """(paragraphs, removed) of the article body: promo boxes and inline promo links cut."""
    node = _body_node(template, sel)
    if node is None:
        return [], []
    root = lxml_html.fragment_fromstring(node.get(), create_parent="div")
    body = Selector(root=root)
    removed: list[str] = []
    if template.promo_blocks:
        for box in body.css(template.promo_blocks):
            text = box_text(box.get())
            if text:
                removed.append(text)
            if box.root.getparent() is not None:
                box.root.drop_tree()
    for junk in body.css(template.body_drop):
        if junk.root.getparent() is not None:
            junk.root.drop_tree()
    paragraphs: list[str] = []
    for fragment in _fragments(root):
        fragment, cut = cut_inline_promos(fragment)
        removed.extend(cut)
        # A <br> inside a block separates lines that are read apart ("Pewarta: A<br>Editor: B").
        for piece in _BR.split(fragment):
            text = html_to_text(piece)
            if text:
                paragraphs.append(text)
    return paragraphs, removed


def extract_article(template: Template, url: str, html: str) -> ArticlePage:
    """Raw fields of one article page: JSON-LD first, then <meta>, then the template."""
    sel = Selector(text=html)
    objs = json_ld_objects(sel)
    ld = news_article(objs)
    publisher = ld_names(ld.get("publisher"))
    site_name = meta(sel, "og:site_name") or (publisher[0] if publisher else None)

    href = sel.xpath('//link[@rel="canonical"]/@href').get() or meta(sel, "og:url")
    canonical = urljoin(url, href.strip()) if href and href.strip() else url
    canonical = template.first_page_url(canonical)
    current, page_urls = _article_pages(template, sel, url, canonical)

    paragraphs, removed = read_body(template, sel)
    credit_lines = [normalise_space(" ".join(n.css("::text").getall()))
                    for n in sel.css(template.credits)] if template.credits else []
    credits = credits_from(credit_lines)
    # A credit box may also hold promo lines ("Ikuti kami di Google News"): record, not keep.
    removed.extend(line for line in credit_lines if line and is_promo(line))

    authors = ld_names(ld.get("author"))
    if not authors and template.authors:
        authors = [_strip_byline(a) for a in texts_of(sel, template.authors)]
    if not authors:
        authors = [a for a in [meta(sel, "author", "dtk:author", "content_author")]
                   if a and a.lower() != (site_name or "").lower()]

    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    title = strip_site_suffix(headline, site_name) or strip_site_suffix(
        meta(sel, "og:title"), site_name) or (text_of(sel, template.title) if template.title
                                              else None)

    tags = texts_of(sel, template.tags) if template.tags else []
    if not tags:
        keywords = meta(sel, "keywords", "news_keywords")
        tags = unique([t.strip() for t in (keywords or "").split(",") if t.strip()])

    visible = text_of(sel, template.visible_date) if template.visible_date else None
    machine = _ld_str(ld.get("datePublished")) or meta(sel, *template.published_meta) or (
        sel.css(template.published_attr).get() if template.published_attr else None)
    return ArticlePage(
        url=canonical,
        page_url=url,
        title=title,
        site_name=site_name,
        section=meta(sel, "article:section") or breadcrumb_last(objs)
        or microdata_breadcrumb_last(sel),
        published_raw=machine or visible,
        modified_raw=_ld_str(ld.get("dateModified")) or meta(sel, *template.modified_meta),
        visible_date_raw=visible,
        authors=unique([a for a in authors + credits["authors"] if a]),
        editors=unique(credits["editors"]),
        source=credits["source"][0] if credits["source"] else None,
        tags=tags,
        image_url=ld_image(ld.get("image")) or meta(sel, "og:image"),
        image_caption=text_of(sel, template.caption) if template.caption else None,
        paragraphs=paragraphs,
        removed=removed,
        page_number=current,
        page_urls=page_urls,
    )


_BYLINE_NOISE = re.compile(r"^(?:oleh\s+|(?:penulis|reporter|pewarta)\s*:\s*)|\s+[-|]\s+\S+$",
                           re.IGNORECASE)


def _strip_byline(text: str) -> str:
    # "Nama Penulis - detikJabar", "Oleh: Nama" -> "Nama Penulis"
    return _BYLINE_NOISE.sub("", text).strip(" ,")


def _ld_str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
