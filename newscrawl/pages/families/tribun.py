"""Tribun Network regional sites (jabar.tribunnews.com, makassar.tribunnews.com, ...).

Article URLs carry the date: `/YYYY/MM/DD/<slug>`. The body is
`div.side-article.txt-article`; related links sit between paragraphs as
unlabelled bullet paragraphs (`p.baca`, "• <a>Judul</a>") or "Baca juga:"
lines. The visible date is a `<time>` with no zone ("Jumat, 9 Oktober 2020
13:52"). Long articles are split into `?page=N` pages (`.paging`, current
page `#pagecurrent`). "Editor:" and "Sumber:" follow the body; "Penulis:" is
`#penulis`. The section is the last name of the microdata breadcrumb
(`ul.breadcrumb`). Listings (index-news, sections) are `li` blocks with an `h3 a`
and a `time`.
"""

import re

from newscrawl.pages.article import ArticlePage as GenericArticle
from newscrawl.pages.listing import ListingPage as GenericListing


class ArticlePage(GenericArticle):
    family = "tribun"
    article_path = re.compile(r"^/(?:[a-z0-9-]+/)*\d{4}/\d{2}/\d{2}/[a-z0-9-]+/?$")
    title_css = "h1#arttitle, h1"
    visible_date_css = "#article time, time"
    authors_css = "#penulis a"
    body_css = "div.side-article.txt-article, div.txt-article"
    promo_boxes_css = "p.baca, .baca-juga, .bacajuga"
    credits_css = "#editor, #editor ~ div, #penulis"
    tags_css = ".tagcloud3 a"
    caption_css = "#artimg .grey2"
    breadcrumb_css = ".breadcrumb[itemtype*=BreadcrumbList] [itemprop=name]"
    pager_css = ".paging a"
    active_page_css = "#pagecurrent"


class ListingPage(GenericListing):
    article = ArticlePage
    item_css = "ul.lsi li, li.ptb15, li.art-list, .lsi li, article"
    link_css = "h3 a, h2 a, a"
    date_css = "time, .grey"
    next_css = ".paging a, .pagination a"
