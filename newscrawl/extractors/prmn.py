"""PRMN: Pikiran Rakyat Media Network (pikiran-rakyat.com and its regional portals).

All PRMN portals share one CMS: article URLs look like
`/<section>/pr-<digits>/<slug>`, listings are `.latest__item` blocks with a
`.latest__date`, long articles are split into `?page=N` pages with a
"Halaman: 1 2 3 Selanjutnya" pager (`.paging__link`), the body is
`article.read__content` and the credits ("Editor:", "Sumber:") follow it.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit

from parsel import Selector

from newscrawl.extractors.base import (
    ArticlePage,
    ListedLink,
    SectionPage,
    breadcrumb_last,
    canonical_url,
    credits_from,
    json_ld_objects,
    ld_image,
    ld_names,
    meta,
    news_article,
    paragraphs_of,
    strip_site_suffix,
    text_of,
    texts_of,
    unique,
)
from newscrawl.promo import normalise_space

FAMILY = "prmn"

ARTICLE_PATH = re.compile(r"^/(?!amp/)[^/]+/pr-\d+/[^/]+/?$")
_NEXT_TEXT = re.compile(r"^\s*(selanjutnya|berikutnya|next|›|»|>)\s*$", re.IGNORECASE)
_BODY = "article.read__content, [itemprop=articleBody], div.read__content"
_BODY_BLOCKS = "p, h2, h3, blockquote, li"


def is_article_url(url: str) -> bool:
    return bool(ARTICLE_PATH.match(urlsplit(url).path))


def extract_section(url: str, html: str) -> SectionPage:
    sel = Selector(text=html)
    page = SectionPage()
    seen: set[str] = set()
    # Listing blocks first: they carry the date; then any other article link on the page.
    for item in sel.css(".latest__item, .most__item, .article__item"):
        href = item.css("a.latest__link::attr(href), h2 a::attr(href), a::attr(href)").get()
        if not href:
            continue
        link = urljoin(url, href.strip()).split("#")[0]
        if is_article_url(link) and link not in seen:
            seen.add(link)
            page.article_links.append(
                ListedLink(link, text_of(item, ".latest__date, date, time, .date"))
            )
    other_links = ".latest a::attr(href), main a::attr(href), .col-bs12-8 a::attr(href)"
    for href in sel.css(other_links).getall():
        link = urljoin(url, href.strip()).split("#")[0]
        if is_article_url(link) and link not in seen and "?" not in link:
            seen.add(link)
            page.article_links.append(ListedLink(link))
    page.next_page = _next_listing_page(sel, url)
    return page


def _next_listing_page(sel: Selector, url: str) -> str | None:
    href = sel.xpath('//link[@rel="next"]/@href').get() or sel.css(
        ".paging a[rel=next]::attr(href)"
    ).get()
    if not href:
        for a in sel.css(".paging a, .pagination a"):
            if _NEXT_TEXT.match(" ".join(a.css("::text").getall())):
                href = a.attrib.get("href")
                break
    if not href or href.strip() in ("#", ""):
        return None
    return urljoin(url, href.strip())


def _page_number(url: str) -> int:
    values = parse_qs(urlsplit(url).query).get("page")
    try:
        return max(1, int(values[0])) if values else 1
    except ValueError:
        return 1


def _article_pages(sel: Selector, url: str, canonical: str) -> tuple[int, dict[int, str]]:
    """(this page's number, {number: url} of every page the pager names)."""
    current = _page_number(url)
    active = sel.css(".paging__link--active::text").get()
    if active and active.strip().isdigit():
        current = int(active.strip())
    pages: dict[int, str] = {}
    for a in sel.css(".paging--article a.paging__link, .read__paging a, .paging__item a"):
        label = normalise_space(" ".join(a.css("::text").getall()))
        href = a.attrib.get("href", "").strip()
        if label.isdigit() and href and href != "#":
            pages[int(label)] = urljoin(url, href)
    if pages or current > 1:
        pages.setdefault(1, canonical)
        pages.setdefault(current, url)
    return current, pages


def extract_article(url: str, html: str) -> ArticlePage:
    sel = Selector(text=html)
    objs = json_ld_objects(sel)
    ld = news_article(objs)
    site_name = meta(sel, "og:site_name") or ld_names(ld.get("publisher"))[:1] or None
    if isinstance(site_name, list):
        site_name = site_name[0]
    canonical = canonical_url(sel, url)
    current, page_urls = _article_pages(sel, url, canonical)

    body = sel.css(_BODY)
    nodes = body[0].css(_BODY_BLOCKS) if body else []
    # Photo boxes inside the body are captions, not text.
    paragraphs, removed = paragraphs_of(
        [n for n in nodes if not n.xpath("ancestor::*[contains(@class,'photo')]")],
        skip_css=".photo",
    )

    # Credits sit in <p> blocks after the body: "Editor: <a>Nama</a>", "Sumber: Daily Mail".
    credit_lines = [
        normalise_space(" ".join(p.css("::text").getall()))
        for p in sel.xpath(
            "//article[contains(@class,'read__content')]/following-sibling::p"
            " | //div[contains(@class,'read__credit')]//p"
        )
    ]
    credits = credits_from(credit_lines)

    authors = ld_names(ld.get("author"))
    if not authors:
        authors = [a for a in [meta(sel, "dable:author")] if a] or texts_of(
            sel, ".read__info__author a, .read__info__author"
        )
    title = strip_site_suffix(
        ld.get("headline") if isinstance(ld.get("headline"), str) else None, site_name
    ) or strip_site_suffix(meta(sel, "og:title"), site_name) or text_of(sel, "h1.read__title, h1")

    tags = texts_of(sel, ".tag__list a, .read__tagging a")
    if not tags and meta(sel, "keywords"):
        tags = unique([t.strip() for t in (meta(sel, "keywords") or "").split(",") if t.strip()])

    visible = text_of(sel, ".read__info__date, .read__date")
    return ArticlePage(
        url=canonical,
        page_url=url,
        title=title,
        site_name=site_name,
        section=meta(sel, "article:section") or breadcrumb_last(objs),
        published_raw=_ld_str(ld.get("datePublished"))
        or meta(sel, "article:published_time", "datePublished")
        or visible,
        modified_raw=_ld_str(ld.get("dateModified")) or meta(sel, "article:modified_time"),
        visible_date_raw=visible,
        authors=unique(authors + credits["authors"]),
        editors=unique(credits["editors"]),
        source=credits["source"][0] if credits["source"] else None,
        tags=tags,
        image_url=ld_image(ld.get("image")) or meta(sel, "og:image"),
        image_caption=text_of(sel, "section .photo__caption, .photo__caption"),
        paragraphs=paragraphs,
        removed=removed,
        page_number=current,
        page_urls=page_urls,
    )


def _ld_str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
