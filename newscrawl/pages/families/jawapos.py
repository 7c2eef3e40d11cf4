"""JawaPos Radar network (radarjogja.jawapos.com, radarsurabaya.jawapos.com, ...).

The Radar sites run on the same Promedia CMS as PRMN (images from
static.promediateknologi.id, `.latest__item` listings, `read__content`
bodies, `?page=N` pages); only the article URL differs:
`/<section>/<digits>/<slug>` without the `pr-` prefix. Datelines read
"RADAR JOGJA - ".
"""

import re

from newscrawl.pages.families import prmn


class ArticlePage(prmn.ArticlePage):
    family = "jawapos"
    article_path = re.compile(r"^/(?!amp/|tag/)[^/]+/\d{6,}/[^/]+/?$")


class ListingPage(prmn.ListingPage):
    article = ArticlePage
