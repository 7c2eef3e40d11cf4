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

from newscrawl.extractors.template import Template

TEMPLATE = Template(
    family="antara",
    article_path=re.compile(r"^/berita/\d+/[a-z0-9-]+/?$"),
    listing_item="article.simple-post, .card__post, article",
    listing_link="h3 a, h2 a, a",
    listing_date=".text-secondary, .simple-share, span, time",
    next_page="ul.pagination a, .pagination a",
    title=".wrap__article-detail-title h1, h1.post-title, h1",
    visible_date=".wrap__article-detail-info .text-secondary, .article-date, .post-date",
    body=".wrap__article-detail-content, .post-content, #content-news",
    promo_blocks=".baca-juga, span.baca-juga, .adsbygoogle",
    tags=".tags-wrapper a, .blog-tags a, .tag a",
    caption=".wrap__article-detail-image figcaption, .caption",
)
