"""iNews regional sites (jatim.inews.id, sulsel.inews.id, papua.inews.id, ...).

Article URLs: `/berita/<slug>` (older `/read/<digits>/<slug>`); long articles
continue at `.../<slug>/2` and `.../<slug>/all` shows them whole. The date
prints "Selasa, 22 Februari 2022 - 11:11:00 WIB"; the body `.detail-desc`
(older `#body-text`) carries "Baca Juga:" lines and ends with an
"Editor : ..." credit. Listings are `.list-news` items with a `.date`.
"""

import re

from newscrawl.extractors.template import Template

TEMPLATE = Template(
    family="inews",
    article_path=re.compile(r"^/(?:berita|read/\d+)/[a-z0-9-]+(?:/\d{1,2})?/?$"),
    listing_item=".list-news li, .list-news article, article, li",
    listing_link="h3 a, h2 a, a",
    listing_date=".date, time",
    next_page=".pagination a",
    title="h1.title-news, h1",
    visible_date=".date-article, .article-date, .date",
    authors=".author a, .author-name",
    body=".detail-desc, #body-text, .article-content",
    promo_blocks=".baca-juga, .box-related",
    credits=".detail-editor, .editor",
    tags=".tag-list a, .tags a",
    caption=".img-caption, figcaption",
    pager=".pagination-detail a",
    active_page=".pagination-detail .active",
    page_style="path",
)
