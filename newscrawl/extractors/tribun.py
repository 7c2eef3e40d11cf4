"""Tribun Network regional sites (jabar.tribunnews.com, makassar.tribunnews.com, ...).

Article URLs carry the date: `/YYYY/MM/DD/<slug>`. The body is
`div.side-article.txt-article`; related links sit between paragraphs as
unlabelled bullet paragraphs (`p.baca`, "• <a>Judul</a>") or "Baca juga:"
lines. The visible date is a `<time>` with no zone ("Jumat, 9 Oktober 2020
13:52"). Long articles are split into `?page=N` pages (`.paging`, current
page `#pagecurrent`). "Editor:" and "Sumber:" follow the body; "Penulis:" is
`#penulis`. Listings (index-news, sections) are `li` blocks with an `h3 a`
and a `time`.
"""

import re

from newscrawl.extractors.template import Template

TEMPLATE = Template(
    family="tribun",
    article_path=re.compile(r"^/(?:[a-z0-9-]+/)*\d{4}/\d{2}/\d{2}/[a-z0-9-]+/?$"),
    listing_item="ul.lsi li, li.ptb15, li.art-list, .lsi li, article",
    listing_link="h3 a, h2 a, a",
    listing_date="time, .grey",
    next_page=".paging a, .pagination a",
    title="h1#arttitle, h1",
    visible_date="#article time, time",
    authors="#penulis a",
    body="div.side-article.txt-article, div.txt-article",
    promo_blocks="p.baca, .baca-juga, .bacajuga",
    credits="#editor, #editor ~ div, #penulis",
    tags=".tagcloud3 a",
    caption="#artimg .grey2",
    pager=".paging a",
    active_page="#pagecurrent",
)
