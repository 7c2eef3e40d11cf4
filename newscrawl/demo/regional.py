"""The sample portal in the Kompas, Antara, Suara, JawaPos Radar, iNews and independent
WordPress templates (made in-house, modeled on the family fixtures in tests/fixtures).

Same articles as the PRMN sample (newscrawl.demo.site), each family's markup: its article
URL shape, headline, printed date, body wrapper with a "Baca juga" line, credits, pager
(`?page=N`; iNews `/N`), and its listing cards with a next-page link. The simulated
internet (newscrawl.demo.internet) serves every catalog portal of these families with them.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from newscrawl.demo.site import (
    DAYS,
    EDITORS,
    MONTHS,
    PER_PAGE,
    WIB,
    WRITERS,
    DemoArticle,
    article,
    listed_numbers,
    number_in_path,
    paragraph_texts,
)


def _long(t: datetime) -> str:
    return f"{DAYS[t.weekday()]}, {t.day} {MONTHS[t.month - 1]} {t.year}"


@dataclass(frozen=True)
class Template:
    """One family's markup, as its page objects read it."""

    site_name: str
    path: Callable[[DemoArticle], str]
    title_tag: str  # the <h1>'s attributes
    printed: Callable[[datetime], str]  # the visible date element
    body: tuple[str, str]  # the body's wrapper, open and close
    pager: tuple[str, str]  # the pager's wrapper class, the current page's class
    item: str  # a listing card: {href}, {title}, {date}
    listing: tuple[str, str]  # the listing's wrapper, open and close
    next_link: str  # the listing's next-page link: {href}
    slash_pages: bool = False  # later pages at URL/N (iNews), not URL?page=N


TEMPLATES: dict[str, Template] = {
    "kompas": Template(
        "KOMPAS.com",
        lambda a: f"/read/{a.published:%Y/%m/%d}/{140500000 + a.number}/{a.slug}",
        'class="read__title"',
        lambda t: f'<div class="read__time">Kompas.com - {t:%d/%m/%Y}, {t:%H:%M} WIB</div>',
        ('<div class="read__content"><div class="clearfix">', "</div></div>"),
        ("paging__item", "paging__link--active"),
        '<div class="article__list"><h3 class="article__title"><a class="article__link" '
        'href="{href}">{title}</a></h3><div class="article__date">{date}</div></div>',
        ('<div class="latest">', "</div>"),
        '<div class="paging"><a class="paging__link paging__link--next" href="{href}">'
        'Next</a></div>'),
    "antara": Template(
        "ANTARA News",
        lambda a: f"/berita/{2000000 + a.number}/{a.slug}",
        "",
        lambda t: f'<div class="wrap__article-detail-info"><span class="text-secondary">'
                  f'{_long(t)} {t:%H:%M} WIB</span></div>',
        ('<div class="wrap__article-detail-content post-content">', "</div>"),
        ("pagination", "active"),
        '<article class="simple-post"><h3><a href="{href}">{title}</a></h3>'
        '<span class="text-secondary">{date}</span></article>',
        ('<div class="wrap__list">', "</div>"),
        '<ul class="pagination"><li><a href="{href}" aria-label="Next">&raquo;</a></li></ul>'),
    "suara": Template(
        "Suara.com",
        lambda a: f"/read/{a.published:%Y/%m/%d}/{a.published:%H%M%S}{a.number}/{a.slug}",
        "",
        lambda t: f'<div class="detail-info"><span class="date">{_long(t)} | {t:%H:%M} WIB'
                  f'</span></div>',
        ('<article class="detail-content">', "</article>"),
        ("pagination-detail", "active"),
        '<div class="list-item"><h2><a href="{href}">{title}</a></h2>'
        '<span class="date">{date}</span></div>',
        ('<div class="list-news">', "</div>"),
        '<div class="pagination"><a href="{href}">Selanjutnya</a></div>'),
    "jawapos": Template(
        "Radar",
        lambda a: f"/{a.section}/{2601150000 + a.number}/{a.slug}",
        'class="read__title"',
        lambda t: f'<div class="read__info"><div class="read__info__date">- {_long(t)} | '
                  f'{t:%H:%M} WIB</div></div>',
        ('<article class="read__content">', "</article>"),
        ("paging__item", "paging__link--active"),
        '<div class="latest__item"><h2 class="latest__title"><a href="{href}">{title}</a>'
        '</h2><date class="latest__date">{date}</date></div>',
        ('<div class="latest">', "</div>"),
        '<div class="pagination"><a href="{href}">Berikutnya</a></div>'),
    "inews": Template(
        "iNews",
        lambda a: f"/berita/{a.slug}",
        'class="title-news"',
        lambda t: f'<div class="date-article">{_long(t)} - {t:%H:%M:%S} WIB</div>',
        ('<div class="detail-desc">', "</div>"),
        ("pagination-detail", "active"),
        '<li><h3><a href="{href}">{title}</a></h3><span class="date">{date}</span></li>',
        ('<ul class="list-news">', "</ul>"),
        '<div class="pagination"><a href="{href}">Next</a></div>',
        slash_pages=True),
    "generic": Template(
        "Portal Daerah",
        lambda a: f"/{a.published:%Y/%m/%d}/{a.slug}/",
        'class="entry-title"',
        lambda t: f'<div class="entry-meta"><time class="entry-date published" '
                  f'datetime="{t.astimezone(WIB).isoformat()}">{t.day} {MONTHS[t.month - 1]} '
                  f'{t.year}</time></div>',
        ('<div class="entry-content">', "</div>"),
        ("page-links", "current"),
        '<article class="post"><h2 class="entry-title"><a href="{href}" rel="bookmark">'
        '{title}</a></h2><time class="entry-date">{date}</time></article>',
        ('<main id="main" class="site-main">', "</main>"),
        '<nav class="navigation pagination"><a class="next page-numbers" href="{href}">'
        'Berikutnya</a></nav>'),
}
FAMILIES = tuple(TEMPLATES)


def page_url(family: str, base: str, a: DemoArticle, page: int) -> str:
    template = TEMPLATES[family]
    url = base.rstrip("/") + template.path(a)
    if page == 1:
        return url
    return f"{url.rstrip('/')}/{page}" if template.slash_pages else f"{url}?page={page}"


def find(family: str, path: str, n_articles: int) -> tuple[DemoArticle, int] | None:
    """(article, page from the path) served at `path`, or None (`?page=N` is the query's)."""
    number = number_in_path(path)
    if number is None or not 1 <= number <= n_articles:
        return None
    a = article(number)
    stem = TEMPLATES[family].path(a).rstrip("/")
    if path.rstrip("/") == stem:
        return a, 1
    if TEMPLATES[family].slash_pages and path.startswith(stem + "/"):
        tail = path[len(stem) + 1:].strip("/")
        if tail.isdigit():
            return a, int(tail)
    return None


def article_html(family: str, a: DemoArticle, page: int, base: str) -> str:
    template = TEMPLATES[family]
    url = page_url(family, base, a, 1)
    paras = [f"<p>{p}</p>" for p in paragraph_texts(a, page)]
    related = html.escape(article(max(1, a.number - 1)).title)
    paras.insert(2, f'<p><strong>Baca juga: <a href="{page_url(family, base, article(1), 1)}">'
                    f'{related}</a></strong></p>')
    pager = ""
    if a.pages > 1:
        box, current = template.pager
        pager = f'<div class="{box}">' + "".join(
            f'<a{f" class={current!r}" if n == page else ""} '
            f'href="{page_url(family, base, a, n)}">{n}</a>' for n in range(1, a.pages + 1)
        ) + "</div>"
    title, writer = html.escape(a.title), WRITERS[a.number % 4]
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{title} - {template.site_name}</title><link rel="canonical" href="{url}">
<meta property="og:site_name" content="{template.site_name}">
<meta property="og:title" content="{title}"></head><body>
<!-- Sample portal made in-house for newscrawl, modeled on the {family} article template. -->
<h1 {template.title_tag}>{title}</h1>
<div class="author writer read__info__author"><a href="{base}penulis/x">{writer}</a></div>
{template.printed(a.published.astimezone(WIB))}
{template.body[0]}{"".join(paras)}
<p class="detail-editor">Editor : {EDITORS[a.number % 3]}</p>{template.body[1]}
{pager}</body></html>"""


def section_html(family: str, page: int, n_articles: int, base: str) -> str | None:
    pages = max(1, -(-n_articles // PER_PAGE))
    if page < 1 or page > pages:
        return None
    template = TEMPLATES[family]
    items = "".join(
        template.item.format(href=page_url(family, base, a, 1), title=html.escape(a.title),
                             date=f"{_long(a.published.astimezone(WIB))} "
                                  f"{a.published.astimezone(WIB):%H:%M} WIB")
        for a in (article(i) for i in listed_numbers(n_articles, None, page) if i >= 1))
    more = template.next_link.format(href=f"{base}indeks?page={page + 1}") \
        if page < pages else ""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Indeks - {template.site_name}</title></head><body>
<!-- Sample portal made in-house for newscrawl, modeled on the {family} listing template. -->
{template.listing[0]}{items}{template.listing[1]}{more}</body></html>"""
