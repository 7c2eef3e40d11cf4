"""PRMN: Pikiran Rakyat Media Network (pikiran-rakyat.com and its regional portals).

All PRMN portals share one CMS (Promedia): article URLs look like
`/<section>/pr-<digits>/<slug>`, listings are `.latest__item` blocks with a
`.latest__date`, long articles are split into `?page=N` pages with a
"Halaman: 1 2 3 Selanjutnya" pager (`.paging__link`), the body is
`article.read__content` and the credits ("Editor:", "Sumber:") follow it.
"""

import re

from newscrawl.extractors.template import Template

TEMPLATE = Template(
    family="prmn",
    article_path=re.compile(r"^/(?!amp/)[^/]+/pr-\d+/[^/]+/?$"),
    listing_item=".latest__item, .most__item, .article__item",
    listing_link="a.latest__link, h2 a, a",
    listing_date=".latest__date, date, time, .date",
    next_page=".paging a, .pagination a",
    title="h1.read__title, h1",
    visible_date=".read__info__date, .read__date",
    authors=".read__info__author a, .read__info__author",
    body="article.read__content, [itemprop=articleBody], div.read__content",
    credits="article.read__content ~ p, .read__credit p",
    tags=".tag__list a, .read__tagging a",
    caption="section .photo__caption, .photo__caption",
    pager=".paging--article a.paging__link, .read__paging a, .paging__item a",
    active_page=".paging__link--active",
)
