"""The sample portal in the Tribun and detik templates (made in-house); the other families'
templates are newscrawl.demo.regional's.

Same articles as the PRMN sample (newscrawl.demo.site), other markup: a
crawl of all three in one run exercises three families of page objects, their listings,
their page splitting and their promo forms. Listings are one `/indeks`
with `?page=N`.
"""

from __future__ import annotations

import html
import json

from newscrawl.demo import regional
from newscrawl.demo.site import (
    DAYS,
    EDITORS,
    MONTHS,
    PER_PAGE,
    WRITERS,
    DemoArticle,
    article,
    listed_numbers,
    number_in_path,
    paragraph_texts,
)

_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
SITE_NAMES = {"tribun": "Tribun Demo", "detik": "detikDemo"}


def article_path(family: str, a: DemoArticle) -> str:
    if family == "tribun":
        return f"/{a.published:%Y/%m/%d}/{a.slug}"
    return f"/berita/d-{7000000 + a.number}/{a.slug}"


def _page_url(family: str, base: str, a: DemoArticle, page: int) -> str:
    url = base.rstrip("/") + article_path(family, a)
    if page == 1:
        return url
    return f"{url}?page={page}" if family == "tribun" else f"{url}/{page}"


def find(family: str, path: str, n_articles: int) -> tuple[DemoArticle, int] | None:
    """(article, page) served at `path`, or None."""
    if family in regional.TEMPLATES:
        return regional.find(family, path, n_articles)
    number = number_in_path(path)
    if number is None or not 1 <= number <= n_articles:
        return None
    for a in (article(number),):
        stem = article_path(family, a)
        if path.rstrip("/") == stem:
            return a, 1
        if family == "detik" and path.startswith(stem + "/"):
            tail = path[len(stem) + 1:].strip("/")
            if tail.isdigit():
                return a, int(tail)
    return None


def _related(a: DemoArticle) -> str:
    return html.escape(article(max(1, a.number - 1)).title)


def _tribun_article(a: DemoArticle, page: int, base: str) -> str:
    url = _page_url("tribun", base, a, 1)
    t = a.published
    printed = f"{DAYS[t.weekday()]}, {t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": a.title, "author": {"@type": "Person", "name": WRITERS[a.number % 4]},
          "publisher": {"@type": "Organization", "name": SITE_NAMES["tribun"]}}
    if a.number % 2 == 0:
        ld["datePublished"] = t.isoformat()
    paras = [f"<p>{p}</p>" for p in paragraph_texts(a, page)]
    paras.insert(2, f'<p class="baca"><strong> &bull; <a href="{base}2024/01/01/lain">'
                    f'{_related(a)}</a></strong></p>')
    paras.insert(4, f'<p><strong>Baca juga: <a href="{base}2024/01/02/lain">{_related(a)}</a>'
                    f'</strong></p>')
    pager = ""
    if a.pages > 1:
        links = "".join(
            f'<a href="{_page_url("tribun", base, a, n)}"'
            f'{" id=pagecurrent" if n == page else ""}>{n}</a>' for n in range(1, a.pages + 1))
        pager = f"<div class='paging mb20'><div>Halaman</div>{links}</div>"
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<title>{html.escape(a.title)} - {SITE_NAMES["tribun"]}</title>
<meta property="og:site_name" content="{SITE_NAMES["tribun"]}">
<meta property="og:url" content="{url}">
<script type="application/ld+json">{json.dumps(ld)}</script></head><body>
<!-- Sample portal made in-house for newscrawl, modeled on the Tribun article template. -->
<div id="article"><h1 id="arttitle">{html.escape(a.title)}</h1>
<div class="grey bdr3 pb10 pt10"><time>{printed}</time></div>
<div class="side-article txt-article">{"".join(paras)}</div>
<div class="side-article mb5">{pager}</div>
<div class="f12 grey mb15"><div id="editor">Editor: {EDITORS[a.number % 3]}</div>
<div>Sumber: <a href="{base}">{SITE_NAMES["tribun"]}</a></div></div>
<h5 class="tagcloud3"><a href="{base}tag/demo">demo</a></h5></div></body></html>"""


def _detik_article(a: DemoArticle, page: int, base: str) -> str:
    url = _page_url("detik", base, a, 1)
    t = a.published
    printed = f"{DAYS[t.weekday()]}, {t.day:02d} {_SHORT[t.month - 1]} {t.year} {t:%H:%M} WITA"
    paras = [f"<p>{p}</p>" for p in paragraph_texts(a, page)]
    paras.insert(2, f'<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:'
                    f'</strong><a href="{base}berita/d-1/lain">{_related(a)}</a></div></td></tr>'
                    f'</table>')
    paras.append("<p>[Gambas:Video 20detik]</p>")
    pager = ""
    if a.pages > 1:
        pager = '<div class="detail__long-nav">' + "".join(
            f'<a class="detail__anchor-numb{" detail__anchor-numb--active" if n == page else ""}" '
            f'href="{_page_url("detik", base, a, n)}">{n}</a>' for n in range(1, a.pages + 1)
        ) + "</div>"
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="utf-8">
<title>{html.escape(a.title)}</title><link rel="canonical" href="{url}">
<meta property="og:site_name" content="{SITE_NAMES["detik"]}">
<meta property="og:title" content="{html.escape(a.title)}">
<meta name="publishdate" content="{t:%Y/%m/%d %H:%M:%S}"></head><body>
<!-- Sample portal made in-house for newscrawl, modeled on the detik article template. -->
<article class="detail"><h1 class="detail__title">{html.escape(a.title)}</h1>
<div class="detail__author">{WRITERS[a.number % 4]} - {SITE_NAMES["detik"]}</div>
<div class="detail__date">{printed}</div>
<div class="detail__body-text itp_bodycontent">{"".join(paras)}</div>{pager}
<div class="detail__body-tag"><a class="nav__item" href="{base}tag/demo">demo</a></div>
</article></body></html>"""


def pages_in_query(family: str) -> bool:
    """Whether the family's later article pages are `?page=N` (not a path segment)."""
    if family in regional.TEMPLATES:
        return not regional.TEMPLATES[family].slash_pages
    return family == "tribun"


def article_html(family: str, a: DemoArticle, page: int, base: str) -> str:
    if family in regional.TEMPLATES:
        return regional.article_html(family, a, page, base)
    render = _tribun_article if family == "tribun" else _detik_article
    return render(a, page, base)


def section_html(family: str, page: int, n_articles: int, base: str) -> str | None:
    if family in regional.TEMPLATES:
        return regional.section_html(family, page, n_articles, base)
    pages = max(1, -(-n_articles // PER_PAGE))
    if page < 1 or page > pages:
        return None
    items = []
    for a in (article(i) for i in listed_numbers(n_articles, None, page) if i >= 1):
        t, href = a.published, base.rstrip("/") + article_path(family, a)
        if family == "tribun":
            items.append(f'<li class="ptb15"><h3><a href="{href}">{html.escape(a.title)}</a></h3>'
                         f'<time class="grey">{DAYS[t.weekday()]}, {t.day} '
                         f'{MONTHS[t.month - 1]} {t.year} {t:%H:%M}</time></li>')
        else:
            items.append(f'<article class="list-content__item"><h3 class="media__title">'
                         f'<a class="media__link" href="{href}">{html.escape(a.title)}</a></h3>'
                         f'<div class="media__date"><span title="{DAYS[t.weekday()]}, '
                         f'{t.day:02d} {_SHORT[t.month - 1]} {t.year} {t:%H:%M} WITA">'
                         f'beberapa waktu lalu</span></div></article>')
    nxt = ""
    if page < pages:
        cls = "" if family == "tribun" else ' class="pagination__item"'
        nxt = f'<div class="{"paging" if family == "tribun" else "pagination"}">' \
              f'<a{cls} href="{base}indeks?page={page + 1}">Next</a></div>'
    wrap = ("<ul class='lsi'>{}</ul>" if family == "tribun" else
            "<div class='list-content'>{}</div>").format("".join(items))
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="utf-8">
<title>Indeks - {SITE_NAMES[family]}</title></head><body>
<!-- Sample portal made in-house for newscrawl, modeled on the {family} listing template. -->
{wrap}{nxt}</body></html>"""
