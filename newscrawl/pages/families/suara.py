"""Suara network regional sites (jogja.suara.com, sulsel.suara.com, ...; formerly
suarajogja.id, suarasulsel.id, ...).

Article URLs: `/read/YYYY/MM/DD/<digits>/<slug>`; long articles split into
`?page=N`. The date prints "Selasa, 22 Februari 2022 | 11:11 WIB"; the body
`article.detail-content` carries "Baca Juga:" boxes (`.baca-juga`) and ends
with credit lines ("Kontributor : ...") and a Google News prompt. Listings
are `.list-item` blocks with a `.date`.
"""

import re

from newscrawl.pages.article import ArticlePage as GenericArticle
from newscrawl.pages.listing import ListingPage as GenericListing


class ArticlePage(GenericArticle):
    family = "suara"
    article_path = re.compile(r"^/read/\d{4}/\d{2}/\d{2}/\d+/[a-z0-9-]+/?$")
    title_css = "h1"
    visible_date_css = ".detail-info .date, .info .date, .date"
    authors_css = ".writer a, .detail-info .writer"
    body_css = "article.detail-content, .detail--content article, .detail-content"
    promo_boxes_css = ".baca-juga, .related-inline, .ads-widget"
    credits_css = ".detail-credit p"
    tags_css = ".tag-list a, .tags a"
    caption_css = ".detail-image figcaption, figcaption"
    pager_css = ".pagination-detail a, .detail-pagination a"
    active_page_css = ".pagination-detail .active, .detail-pagination .active"


class ListingPage(GenericListing):
    article = ArticlePage
    item_css = ".list-item, .item-content, article"
    link_css = "h2 a, h3 a, h4 a, a"
    date_css = ".date, time"
    next_css = ".pagination a"
