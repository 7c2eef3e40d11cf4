"""detik regional desks (www.detik.com/jabar, /jateng, /jatim, /sulsel, /bali, ...).

Article URLs hold `/d-<digits>/<slug>`; long articles continue at
`/d-<digits>/<slug>/2`. Index pages (`/<desk>/indeks`) list
`article.list-content__item` blocks whose `.media__date span` carries the
full date in its `title` ("Jumat, 04 Okt 2024 19:34 WIB") and a relative
text ("7 menit yang lalu"); the pager's last link reads "Next". Articles:
`h1.detail__title`, `.detail__author` ("Nama - detikJabar"),
`.detail__date`, `<meta name="publishdate">` ("2024/10/04 19:34:28", no
zone), body `.detail__body-text` with "Baca juga" tables
(`table.linksisip`), "[Gambas:Video 20detik]" and "Simak Video ..." lines.
"""

import re

from newscrawl.pages.article import ArticlePage as GenericArticle
from newscrawl.pages.listing import ListingPage as GenericListing


class ArticlePage(GenericArticle):
    family = "detik"
    article_path = re.compile(r"/d-\d+/[a-z0-9-]+/?$")
    title_css = "h1.detail__title, h1"
    visible_date_css = ".detail__date"
    published_meta = ("article:published_time", "publishdate", "dtk:publishdate")
    authors_css = ".detail__author"
    body_css = ".detail__body-text, .itp_bodycontent, #detikdetailtext"
    promo_boxes_css = ("table.linksisip, .linksisip, .parallaxindetail, .detail__body-tag, "
                       ".staticdetail_container, .sisip_video_ds")
    tags_css = ".detail__body-tag a, .detail__tag a"
    caption_css = ".detail__media-caption, figure.detail__media-image figcaption"
    pager_css = ".detail__long-nav a, .detail__anchor-numb"
    active_page_css = ".detail__anchor-numb--active"
    page_style = "path"


class ListingPage(GenericListing):
    article = ArticlePage
    item_css = "article.list-content__item, .list-content__item, article"
    link_css = "h3.media__title a, a.media__link, h2 a, a"
    date_css = ".media__date span, .media__date"
    date_attr = "title"
    next_css = ".pagination a.pagination__item, .pagination a"
