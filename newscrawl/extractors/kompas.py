"""Kompas regional (regional.kompas.com, surabaya./bandung./makassar.kompas.com, ...).

Article URLs: `/read/YYYY/MM/DD/<digits>/<slug>`; long articles split into
`?page=N` (`?page=all` shows all). `.read__time` prints
"Kompas.com - 22/02/2022, 11:11 WIB"; `<meta name="content_PublishedDate">`
has no zone. Credits are `.read__credit__item` ("Penulis: ...",
"Editor: ..."). The body `.read__content` holds "Baca juga: <a>" lines and
ends with "Artikel ini telah tayang di ..." on syndicated copies and a
Google News / Telegram prompt. Listings: `.article__list` blocks with
`.article__date`.
"""

import re

from newscrawl.extractors.template import Template

TEMPLATE = Template(
    family="kompas",
    article_path=re.compile(r"^/read/\d{4}/\d{2}/\d{2}/\d+/[a-z0-9-]+/?$"),
    listing_item=".article__list, .articleItem, .latest__item",
    listing_link="a.article__link, h3 a, a",
    listing_date=".article__date, .articlePost-date, .date",
    next_page=".paging__link--next, .paging a, .pagination a",
    title="h1.read__title, h1",
    visible_date=".read__time",
    published_meta=("article:published_time", "content_PublishedDate", "datePublished"),
    body=".read__content",
    promo_blocks=".inner-link-baca-juga, .kompasidRec, .ads-on-body, .kgnw-main",
    credits=".read__credit__item, .credit-title-name",
    tags=".tag__article__item a, .tag__article__link",
    caption=".photo__caption",
    pager=".paging__item a, .read__paging a",
    active_page=".paging__link--active, .paging__item--active",
)
