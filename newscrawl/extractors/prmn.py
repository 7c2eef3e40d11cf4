"""PRMN: Pikiran Rakyat Media Network (pikiran-rakyat.com and its regional portals).

All PRMN portals share one CMS: article URLs look like
`/<section>/pr-<digits>/<slug>`, listings are `.latest__item` blocks with a
`.latest__date`, long articles are split into `?page=N` pages with a
"Halaman: 1 2 3 Selanjutnya" pager (`.paging__link`), the body is
`article.read__content` and the credits ("Editor:", "Sumber:") follow it.
"""

from __future__ import annotations

import re

from newscrawl.extractors import template as tpl
from newscrawl.extractors.base import ArticlePage, SectionPage

FAMILY = "prmn"

TEMPLATE = tpl.Template(
    family=FAMILY,
    article_path=re.compile(r"^/(?!amp/)[^/]+/pr-\d+/[^/]+/?$"),
    listing_item=".latest__item, .most__item, .article__item",
    listing_link="a.latest__link, h2 a, a",
    listing_date=".latest__date, date, time, .date",
    next_page=".paging a, .pagination a",
    title="h1.read__title, h1",
    visible_date=".read__info__date, .read__date",
    authors=".read__info__author a, .read__info__author",
    body="article.read__content, [itemprop=articleBody], div.read__content",
    credits="article.read__content ~ p, .read__credit p",
    tags=".tag__list a, .read__tagging a",
    caption="section .photo__caption, .photo__caption",
    pager=".paging--article a.paging__link, .read__paging a, .paging__item a",
    active_page=".paging__link--active",
)


def is_article_url(url: str) -> bool:
    return TEMPLATE.is_article_url(url)


def extract_section(url: str, html: str) -> SectionPage:
    return tpl.extract_section(TEMPLATE, url, html)


def extract_article(url: str, html: str) -> ArticlePage:
    return tpl.extract_article(TEMPLATE, url, html)
