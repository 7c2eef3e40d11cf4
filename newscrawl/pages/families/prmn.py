"""PRMN: Pikiran Rakyat Media Network (pikiran-rakyat.com and its regional portals).

All PRMN portals share one CMS (Promedia): article URLs look like
`/<section>/pr-<digits>/<slug>`, listings are `.latest__item` blocks with a
`.latest__date`, long articles are split into `?page=N` pages with a
"Halaman: 1 2 3 Selanjutnya" pager (`.paging__link`), the body is
`article.read__content` (also `itemprop="articleBody"`) and the credits ("Editor:",
"Sumber:") follow it.
"""

import re

from newscrawl.pages.article import ArticlePage as GenericArticle
from newscrawl.pages.listing import ListingPage as GenericListing


class ArticlePage(GenericArticle):
    family = "prmn"
    article_path = re.compile(r"^/(?!amp/)[^/]+/pr-\d+/[^/]+/?$")
    title_css = "h1.read__title, h1"
    visible_date_css = ".read__info__date, .read__date"
    authors_css = ".read__info__author a, .read__info__author"
    # By class only: the body's `itemprop=articleBody` (it is on the same <article>) would
    # make every page read each element's attributes to find it. A variant without these
    # classes is read by the generic body, which counts itemprop=articleBody as a body.
    body_css = "article.read__content, div.read__content"
    credits_css = "article.read__content ~ p, .read__credit p"
    tags_css = ".tag__list a, .read__tagging a"
    caption_css = "section .photo__caption, .photo__caption"
    pager_css = ".paging--article a.paging__link, .read__paging a, .paging__item a"
    active_page_css = ".paging__link--active"


class ListingPage(GenericListing):
    article = ArticlePage
    item_css = ".latest__item, .most__item, .article__item"
    link_css = "a.latest__link, h2 a, a"
    date_css = ".latest__date, date, time, .date"
    next_css = ".paging a, .pagination a"
