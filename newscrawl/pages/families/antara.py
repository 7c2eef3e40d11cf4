"""Antara provincial bureaus (<province>.antaranews.com).

Article URLs: `/berita/<digits>/<slug>`. The body
(`.wrap__article-detail-content`, older `.post-content`) is often text with
`<br>` breaks rather than paragraphs, with "Baca juga: <a>" spans inline and
the credits at the end ("Pewarta: ...", "Editor: ...",
"COPYRIGHT © ANTARA 2024"). Provincial bureaus print their own zone
(WITA, WIT). Listings: `article.simple-post` / `.card__post` blocks with the
date in a `span`; the pager is `ul.pagination`.
"""

import re

from newscrawl.pages.article import ArticlePage as GenericArticle
from newscrawl.pages.listing import ListingPage as GenericListing


class ArticlePage(GenericArticle):
    family = "antara"
    article_path = re.compile(r"^/berita/\d+/[a-z0-9-]+/?$")
    title_css = ".wrap__article-detail-title h1, h1.post-title, h1"
    visible_date_css = (".wrap__article-detail-info .text-secondary, .article-date, "
                        ".post-date")
    body_css = ".wrap__article-detail-content, .post-content, #content-news"
    promo_boxes_css = ".baca-juga, span.baca-juga, .adsbygoogle"
    tags_css = ".tags-wrapper a, .blog-tags a, .tag a"
    caption_css = ".wrap__article-detail-image figcaption, .caption"


class ListingPage(GenericListing):
    article = ArticlePage
    item_css = "article.simple-post, .card__post, article"
    link_css = "h3 a, h2 a, a"
    date_css = ".text-secondary, .simple-share, span, time"
    next_css = "ul.pagination a, .pagination a"
