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

from newscrawl.lang.credits import split_names
from newscrawl.lang.names import strip_byline
from newscrawl.lang.text import unique
from newscrawl.pages.article import ArticlePage as GenericArticle
from newscrawl.pages.listing import ListingPage as GenericListing


class ArticlePage(GenericArticle):
    family = "kompas"
    # /read/..., and the desks of www.kompas.com: /tren/read/..., /sumatera-utara/read/...
    article_path = re.compile(r"^(?:/[a-z-]+)?/read/\d{4}/\d{2}/\d{2}/\d+/[a-z0-9.-]+/?$")
    title_css = "h1.read__title, h1"
    visible_date_css = ".read__time"
    published_meta = ("article:published_time", "content_PublishedDate", "datePublished")
    body_css = ".read__content"
    promo_boxes_css = ".inner-link-baca-juga, .kompasidRec, .ads-on-body, .kgnw-main"
    credits_css = ".read__credit__item, .credit-title-name"
    tags_css = ".tag__article__item a, .tag__article__link"
    caption_css = ".photo__caption"
    pager_css = ".paging__item a, .read__paging a"
    active_page_css = ".paging__link--active, .paging__item--active"

    # The 2025 template credits writer and editor in an unlabelled "Tim Redaksi" block and
    # names the editor as the JSON-LD author; its content_author / content_editor meta tags
    # say who is which.
    def authors(self) -> list[str]:
        # (a live report names its writers in one tag: "Vitorio Mantalean, Fika Nurul Ulya")
        writers = [n for v in self.doc.meta_values("content_author")
                   for n in split_names(strip_byline(v))]  # ("Kontributor Samarinda, Name")
        if not writers:
            return super().authors()
        editors = {n.casefold() for n in self.editors()}
        return unique(writers + [n for n in super().authors() if n.casefold() not in editors
                                 and not any(w in n for w in writers)])  # (joined: split)

    def editors(self) -> list[str]:
        return unique([n for v in self.doc.meta_values("content_editor") for n in split_names(v)]
                      + super().editors())


class ListingPage(GenericListing):
    article = ArticlePage
    item_css = ".article__list, .articleItem, .latest__item"
    link_css = "a.article__link, h3 a, a"
    date_css = ".article__date, .articlePost-date, .date"
    next_css = ".paging__link--next, .paging a, .pagination a"
