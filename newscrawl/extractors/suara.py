"""Suara network regional sites (jogja.suara.com, sulsel.suara.com, ...; formerly
suarajogja.id, suarasulsel.id, ...).

Article URLs: `/read/YYYY/MM/DD/<digits>/<slug>`; long articles split into
`?page=N`. The date prints "Selasa, 22 Februari 2022 | 11:11 WIB"; the body
`article.detail-content` carries "Baca Juga:" boxes (`.baca-juga`) and ends
with credit lines ("Kontributor : ...") and a Google News prompt. Listings
are `.list-item` blocks with a `.date`.
"""

import re

from newscrawl.extractors.template import Template

TEMPLATE = Template(
    family="suara",
    article_path=re.compile(r"^/read/\d{4}/\d{2}/\d{2}/\d+/[a-z0-9-]+/?$"),
    listing_item=".list-item, .item-content, article",
    listing_link="h2 a, h3 a, h4 a, a",
    listing_date=".date, time",
    next_page=".pagination a",
    title="h1",
    visible_date=".detail-info .date, .info .date, .date",
    authors=".writer a, .detail-info .writer",
    body="article.detail-content, .detail--content article, .detail-content",
    promo_blocks=".baca-juga, .related-inline, .ads-widget",
    credits=".detail-credit p",
    tags=".tag-list a, .tags a",
    caption=".detail-image figcaption, figcaption",
    pager=".pagination-detail a, .detail-pagination a",
    active_page=".pagination-detail .active, .detail-pagination .active",
)
