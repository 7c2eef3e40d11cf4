"""Any other portal (an independent WordPress news site, say): no family template.

Reads JSON-LD NewsArticle, OpenGraph and `article:*` meta, `<time datetime>`
and the common date classes for the date, and takes as the body the
candidate container (`[itemprop=articleBody]`, `article`, `.entry-content`,
...) that holds the most paragraph text. Article links on listings are
recognised by shape: a date path (`/2022/02/22/slug`), a numeric id, or a
long slug ending in `.html`. A catalog entry can override any selector.
"""

import re

from newscrawl.extractors.template import Template

TEMPLATE = Template(
    family="generic",
    article_path=re.compile(
        r"(?:/\d{4}/\d{2}/(?:\d{2}/)?[^/]+/?$"  # /2022/02/22/slug, /2022/02/slug
        r"|/(?:read|berita|news|artikel|post)/(?:\d+/)?[a-z0-9-]{12,}/?$"
        r"|/\d{5,}/[a-z0-9-]{8,}/?$"  # /123456/slug
        r"|/[a-z0-9]+(?:-[a-z0-9]+){4,}(?:\.html?)?/?$)"  # a long slug
    ),
    listing_item="article, .post, li.post, .jeg_post, .td_module_wrap, .entry",
    listing_link=".entry-title a, h2 a, h3 a, a",
    listing_date="time, .entry-date, .post-date, .date, .jeg_meta_date",
    next_page="a.next, .nav-links a, .pagination a, a.page-numbers, .nav-previous a",
    title="h1.entry-title, h1",
    visible_date="time.entry-date, .entry-date, .post-date, .posted-on time, "
                 ".jeg_meta_date, .td-post-date, .date, time, .tanggal",
    published_attr="time[itemprop=datePublished]::attr(datetime), "
                   "time.entry-date::attr(datetime), time[datetime]::attr(datetime)",
    authors=".author a, .byline a, .entry-author a, [rel=author], .jeg_meta_author a",
    body="[itemprop=articleBody], .entry-content, .post-content, .article-content, "
         ".td-post-content, .jeg_post_content, .content-detail, .detail-content, "
         ".single-content, article, main",
    body_pick="largest",
    body_drop="script, style, noscript, iframe, figure, .ads, [class*=ads], .sharedaddy, "
              ".jp-relatedposts, .yarpp-related, .related-posts, .wp-block-embed, nav, "
              "header, footer, aside, form",
    promo_blocks=".baca-juga, .bacajuga, .related-inline",
    credits=".entry-content ~ p",
    tags=".tags-links a, .post-tags a, .tag-list a, a[rel=tag]",
    caption="figure.wp-caption figcaption, .wp-caption-text",
)
