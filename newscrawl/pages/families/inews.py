"""iNews regional sites (jatim.inews.id, sulsel.inews.id, papua.inews.id, ...).

Article URLs: `/berita/<slug>` (older `/read/<digits>/<slug>`); long articles
continue at `.../<slug>/2` and `.../<slug>/all` shows them whole. The date
prints "Selasa, 22 Februari 2022 - 11:11:00 WIB"; the body `.detail-desc`
(older `#body-text`) carries "Baca Juga:" lines and ends with an
"Editor : ..." credit. Listings are `.list-news` items with a `.date`.
"""

import re

from newscrawl.pages.article import ArticlePage as GenericArticle
from newscrawl.pages.listing import ListingPage as GenericListing


class ArticlePage(GenericArticle):
    family = "inews"
    article_path = re.compile(r"^/(?:berita|read/\d+)/[a-z0-9-]+(?:/\d{1,2})?/?$")
    title_css = "h1.title-news, h1"
    visible_date_css = ".date-article, .article-date, .date"
    authors_css = ".author a, .author-name"
    body_css = ".detail-desc, #body-text, .article-content"
    promo_boxes_css = ".baca-juga, .box-related"
    credits_css = ".detail-editor, .editor"
    tags_css = ".tag-list a, .tags a"
    caption_css = ".img-caption, figcaption"
    pager_css = ".pagination-detail a"
    active_page_css = ".pagination-detail .active"
    page_style = "path"


class ListingPage(GenericListing):
    article = ArticlePage
    item_css = ".list-news li, .list-news article, article, li"
    link_css = "h3 a, h2 a, a"
    date_css = ".date, time"
    next_css = ".pagination a"
