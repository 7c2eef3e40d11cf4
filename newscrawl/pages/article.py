"""The article page object: one article page in, one raw record out.

Pure module (no Scrapy import). `ArticlePage` is the generic page object and
the base of every family's: each field is a small resolver over the page's
sources in trust order (JSON-LD, <meta>, the family's selectors, generic
heuristics). A family subclass overrides only what differs, as class data
(selectors) where data suffices and as a method where a quirk needs code.
When a family's own selectors come up empty for a field and the generic
heuristic fills it, the field name is added to `fallbacks`; the crawl counts
it as `newscrawl/fallback/<family>/<field>`, which is how a changed template
shows before the dataset has a hole.

The page object knows nothing of crawling: no requests, no settings, no
seen store. Dates stay raw text here; the dates pipeline parses them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar
from urllib.parse import parse_qs, urlsplit, urlunsplit

from newscrawl.lang.captions import without_photo_credit
from newscrawl.lang.language import declared_language
from newscrawl.lang.text import normalise_space, unique
from newscrawl.model.article import Article
from newscrawl.pages.body import maincontent
from newscrawl.pages.body.blocks import Body, blocks_in, clean_body, clean_texts
from newscrawl.pages.byline import Bylines
from newscrawl.pages.headline import HeadlineAndDates
from newscrawl.pages.heuristics import (
    MAX_STORY_PHOTOS,
    NOT_ARTICLE_PATH,
    PHOTO_COUNTER,
    STORY_CAPTION_CLASS_WORDS,
    URL_LIKE,
    is_query_article,
    ld_image,
    parts_beside,
    site_of,
    without_scheme,
)
from newscrawl.pages.html.document import Document, ld_types, text_of, unescape_twice
from newscrawl.pages.html.urls import without_query_keys
from newscrawl.pages.title import Titles

T = TypeVar("T")

# Record fields whose family-to-generic fallbacks are counted.
FALLBACK_FIELDS = ("title", "published", "authors", "body", "tags", "image_url", "section")
# A family's body shorter than this may be a photo story's lead, its text in its captions.
MAX_PHOTO_STORY_TEXT = 1500


class ArticlePage(HeadlineAndDates, Bylines, Titles):
    """Any news article page (the generic page object; families subclass it)."""

    family: ClassVar[str] = "generic"
    # Is a link's path an article? (listings use the same pattern)
    # (any case: "/kumparannews/banjir-...-1sU8JZpDE0i"; a slug ".html" or not)
    article_path: ClassVar[re.Pattern[str]] = re.compile(
        r"(?:/\d{4}/\d{2}/(?:\d{2}/)?[^/]*[a-z][^/]*/?$"  # /2022/02/22/slug (not a day's archive)
        r"|/(?:read|berita|news|artikel|post)/(?:\d+/[a-z0-9-]{8,}|[a-z0-9]+(?:-[a-z0-9]+){2,})"
        r"(?:\.html?)?/?$"  # /berita/123/slug, /news/a-slug-of-words (not /berita/internasional)
        r"|/\d{5,}/[a-z0-9-]{8,}(?:\.html?)?/?$"  # /123456/slug
        r"|/[a-z0-9]+(?:-[a-z0-9]+){4,}(?:\.html?)?/?$)",  # a long slug
        re.IGNORECASE)
    title_css: ClassVar[str] = "h1.entry-title, h1"
    visible_date_css: ClassVar[str] = (
        "time.entry-date, .entry-date, .post-date, .posted-on time, .jeg_meta_date, "
        ".td-post-date, .date, .tanggal, time")
    published_meta: ClassVar[tuple[str, ...]] = (
        "article:published_time", "datePublished", "pubdate", "publishdate",
        "og:article:published_time", "og:published_time", "date", "dc.date", "sailthru.date",
        "parsely-pub-date", "published", "published-date", "publish-date", "publication_date",
        "dc.date.issued", "dcterms.issued", "dcterms.date", "citation_publication_date")
    published_time_css: ClassVar[str] = (
        "time[itemprop=datePublished], time.entry-date, time[pubdate], time[datetime], "
        "abbr.published[title], abbr[itemprop=datePublished][title]")
    modified_meta: ClassVar[tuple[str, ...]] = ("article:modified_time", "dateModified",
                                                "og:updated_time", "dcterms.modified")
    authors_css: ClassVar[str] = (
        ".author a, .byline a, .entry-author a, [rel=author], .jeg_meta_author a, "
        "[itemprop=author] [itemprop=name]")
    body_css: ClassVar[str] = ""  # a family's body container; "" = find the main content
    body_drop_css: ClassVar[str] = (
        "script, style, noscript, iframe, figure, .ads, [class*=ads], .photo, .sharedaddy, "
        ".jp-relatedposts, .yarpp-related, .related-posts, .wp-block-embed")
    promo_boxes_css: ClassVar[str] = ".baca-juga, .bacajuga, .related-inline"
    credits_css: ClassVar[str] = ""  # credit lines ("Editor: ...") outside the body
    # (themes' tag lists: tagDiv's Newspaper "td-tags", JNews "jeg_post_tags")
    tags_css: ClassVar[str] = (".tags-links a, .post-tags a, .tag-list a, a[rel=tag], "
                               ".td-tags a, .jeg_post_tags a")
    caption_css: ClassVar[str] = "figure.wp-caption figcaption, .wp-caption-text"
    # microdata breadcrumb names, the section where neither a meta tag nor JSON-LD gives it;
    # a family names its breadcrumb's class here: a selector led by a class is answered
    # inside that element, where `[itemtype*=...]` reads every element's attribute first
    breadcrumb_css: ClassVar[str] = "[itemtype*=BreadcrumbList] [itemprop=name]"
    # links to the pages of a multi-page article (only links to this article count)
    pager_css: ClassVar[str] = (".paging a, .pagination a, .page-links a, .post-page-numbers, "
                                ".paging__link")
    active_page_css: ClassVar[str] = ""
    page_style: ClassVar[str] = "query"  # "query": ?page=N; "path": .../N
    page_param: ClassVar[str] = "page"
    url_drop_params: ClassVar[tuple[str, ...]] = ("page",)

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.ld: dict[str, Any] = doc.article_ld
        self.fallbacks: list[str] = []
        self._body: Body | None = None
        self._credit_lines: Body | None = None
        self._header_credits: Body | None = None
        self._marked_credits: Body | None = None
        self._url: str | None = None
        self._page_number: int | None = None
        self._visible: tuple[str | None] | None = None  # cached, None included
        self._headline: tuple[Any | None] | None = None
        self._header: tuple[list[Any], frozenset[int]] | None = None  # its elements, ids
        self._following_headline: list[Any] | None = None
        self._after_headline: list[Any] | None = None

    # --- resolution helpers ---------------------------------------------

    def _fell_back(self, name: str) -> None:
        if self.family != "generic" and name not in self.fallbacks:
            self.fallbacks.append(name)

    def _generic(self, name: str) -> str:
        """The generic page object's value of a class attribute (for fallbacks)."""
        return getattr(ArticlePage, name)

    def _generic_fallback(self, attr: str, field: str, read: Callable[[str], T]) -> T | None:
        """What the generic selector `attr` finds, asked only where this family has a
        selector of its own (that found nothing); a find is counted as `field`'s fallback."""
        generic = self._generic(attr)
        if getattr(self, attr) == generic:
            return None
        value = read(generic)
        if value:
            self._fell_back(field)
        return value

    def _ld_str(self, key: str) -> str | None:
        value = self.ld.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        return unescape_twice(normalise_space(value)) if isinstance(value, str) \
            and value.strip() else None

    # --- URL and pages ----------------------------------------------------

    @classmethod
    def is_article_url(cls, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https", ""):
            return False
        if parts.query and cls.family == "generic" and is_query_article(parts.path, parts.query):
            return True  # an old PHP portal's "berita.php?id=21799"
        return bool(cls.article_path.search(parts.path)) \
            and not NOT_ARTICLE_PATH.search(parts.path)

    @classmethod
    def page_number_of(cls, url: str) -> int:
        parts = urlsplit(url)
        if cls.page_style == "path":
            m = re.search(r"/(\d{1,2})/?$", parts.path)
            stem = parts.path[: m.start()] if m else ""
            if m and cls.article_path.search(stem):
                return max(1, int(m.group(1)))
            return 1
        values = parse_qs(parts.query).get(cls.page_param)
        try:
            return max(1, int(values[0])) if values else 1
        except ValueError:
            return 1

    @classmethod
    def first_page_url(cls, url: str) -> str:
        parts = urlsplit(url)
        if cls.page_style == "path" and cls.page_number_of(url) > 1:
            path = re.sub(r"/\d{1,2}/?$", "", parts.path)
            return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))
        return without_query_keys(url, *cls.url_drop_params)

    def url(self) -> str:
        """Canonical URL of the article's first page (link rel=canonical, og:url, the URL)."""
        if self._url is None:
            self._url = self._canonical_url()
        return self._url

    def _canonical_url(self) -> str:
        href = self.doc.links.get("canonical") or self.doc.meta_value("og:url")
        canonical = self.doc.absolute(href) or self.doc.url
        # A canonical on another site (syndication, a template bug) does not name this page.
        if site_of(canonical) != site_of(self.doc.url):
            canonical = self.doc.url
        return self.first_page_url(canonical)

    def page_number(self) -> int:
        """Which page of the article this is (cached: the crawl and `page_urls` ask)."""
        if self._page_number is None:
            self._page_number = self._read_page_number()
        return self._page_number

    def _read_page_number(self) -> int:
        current = self.page_number_of(self.doc.url)
        if self.active_page_css:
            active = normalise_space(" ".join(text_of(e)
                                              for e in self.doc.select(self.active_page_css)))
            if active.isdigit():
                current = int(active)
        return current

    def page_urls(self) -> dict[int, str]:
        """Every page of a multi-page article, by number ({} for a one-page article)."""
        pages: dict[int, str] = {}
        first = without_scheme(self.url())
        # A pager repeats its hrefs (a page's number and "Selanjutnya" lead to one URL):
        # each is resolved once.
        leads_back: dict[str | None, str | None] = {}
        for a in self.doc.select(self.pager_css):
            label = text_of(a)
            if not label.isdigit():
                continue
            raw = a.get("href")
            if raw not in leads_back:
                href = self.doc.absolute(raw)
                # A numbered link is a page of this article only if it leads back to it.
                leads_back[raw] = href if href and without_scheme(
                    self.first_page_url(href)) == first else None
            href = leads_back[raw]
            if href:
                pages[int(label)] = href
        current = self.page_number()
        if pages or current > 1:
            pages.setdefault(1, self.url())
            pages.setdefault(current, self.doc.url)
        return pages

    # --- fields -----------------------------------------------------------

    def site_name(self) -> str | None:
        """The site's name (never a URL: some templates put their home page there)."""
        publisher = self.ld.get("publisher")
        name = publisher.get("name") if isinstance(publisher, dict) else None
        for value in (self.doc.meta_value("og:site_name"),
                      self.doc.meta_value("application-name"),
                      normalise_space(name) if isinstance(name, str) else None):
            if value and not URL_LIKE.match(value):
                return value
        return None

    def _texts(self, selector: str) -> list[str]:
        return unique([t for t in (text_of(e) for e in self.doc.select(selector)) if t])

    def editors(self) -> list[str]:
        editors = unique(self.body().editors + self._credits().editors)
        return editors or self.other_editors()  # (read where those name none)

    def source(self) -> str | None:
        return self.body().source or self._credits().source

    def _credits(self) -> Body:
        if self._credit_lines is None:
            lines = [text_of(e) for e in self.doc.select(self.credits_css)]
            self._credit_lines = clean_texts([line for line in lines if line])
        return self._credit_lines

    def tags(self) -> list[str]:
        tags = self._texts(self.tags_css)
        if tags:
            return self._own_tags(tags)
        keywords = self.doc.meta_value("news_keywords", "keywords")
        if keywords and not self._is_split_sentence(keywords):
            return self._own_tags([t.strip() for t in keywords.split(",") if t.strip()])
        tags = self.doc.meta_values("article:tag")
        if not tags:
            ld_keywords = self.ld.get("keywords")
            if isinstance(ld_keywords, str):
                tags = [t.strip() for t in ld_keywords.split(",")]
            elif isinstance(ld_keywords, list):
                tags = [t for t in ld_keywords if isinstance(t, str)]
        if not tags:
            tags = self._generic_fallback("tags_css", "tags", self._texts) or []
        return self._own_tags(tags)

    def _own_tags(self, tags: list[str]) -> list[str]:
        """Tag labels less the site's own name and host (never a tag)."""
        site = (self.site_name() or "").casefold()
        host = (urlsplit(self.doc.url).hostname or "").casefold().removeprefix("www.")
        out = [normalise_space(t) for t in tags if t and t.strip()]
        return unique([t for t in out if t.casefold() not in (site, host)
                       and t.casefold().removeprefix("www.") != host])

    def _is_split_sentence(self, keywords: str) -> bool:
        """Keywords that are the page's description or title cut at every word ("main, di,
        film, ..."): a template's filler, not tags."""
        words = [w.strip().casefold() for w in keywords.split(",")]
        if len(words) < 5 or sum(" " in w for w in words) > len(words) // 5:
            return False
        for text in (self.doc.meta_value("description", "og:description"),
                     self.doc.title_tag):
            if text and " ".join(words) in " ".join(re.findall(r"[\w'-]+", text.casefold())):
                return True
        return False

    def section(self) -> str | None:
        value = (self.doc.meta_value("article:section") or self._ld_str("articleSection")
                 or self._breadcrumb_last())
        return value

    def _breadcrumb_last(self) -> str | None:
        for obj in self.doc.json_ld:
            if "BreadcrumbList" not in ld_types(obj):
                continue
            items = obj.get("itemListElement")
            names = []
            for it in items if isinstance(items, list) else []:
                if isinstance(it, dict):
                    inner = it.get("item") if isinstance(it.get("item"), dict) else {}
                    name = it.get("name") or inner.get("name")
                    if isinstance(name, str) and name.strip().lower() not in ("home", "beranda"):
                        names.append(normalise_space(name))
            if names:
                return names[-1]
        crumbs = (self._crumbs(self.breadcrumb_css)
                  or self._generic_fallback("breadcrumb_css", "section", self._crumbs))
        return crumbs[-1] if crumbs else None

    def _crumbs(self, selector: str) -> list[str]:
        crumbs = [normalise_space(e.get("content") or text_of(e))
                  for e in self.doc.select(selector)]
        return [c for c in crumbs if c and c.lower() not in ("home", "beranda")]

    def image_url(self) -> str | None:
        value = ld_image(self.ld.get("image")) or self.doc.meta_value(
            "og:image", "og:image:url", "twitter:image", "twitter:image:src")
        return self.doc.absolute(value) if value else None

    def image_caption(self) -> str | None:
        return self.doc.first_text(self.caption_css) if self.caption_css else None

    # --- body -------------------------------------------------------------

    def body(self) -> Body:
        """The article text, cleaned (cached: several fields read its credits)."""
        if self._body is None:
            self._body = self._read_body()
        return self._body

    def _read_body(self) -> Body:
        if self.body_css:
            body = self.family_body()
            if body.paragraphs:
                # (a family's gallery page too: a short text, its captions searched for
                # only there, not on every article page of a family)
                short = sum(map(len, body.paragraphs)) < MAX_PHOTO_STORY_TEXT
                return self._with_photo_story(body) if short else body
            self._fell_back("body")
        return self._with_photo_story(self.generic_body())

    def _with_photo_story(self, body: Body) -> Body:
        """A photo story's text is its captions (a gallery page prints few paragraphs or
        none): where the captions of three photos or more say more than the paragraphs,
        they follow the paragraphs, less their credits. Elsewhere captions stay out."""
        # (each class word a search of the class values the index has read, a tenth of
        # the page's markup: cheaper than asking the markup first whether it writes it)
        selector = ", ".join(["figcaption", *(f"[class*={word}]" for word in
                                              STORY_CAPTION_CLASS_WORDS)])
        captions = unique([without_photo_credit(PHOTO_COUNTER.sub("", text_of(e)))
                           for e in self.doc.select(selector)[:MAX_STORY_PHOTOS]])
        captions = [c for c in captions if len(c.split()) >= 5 and c[-1:] in ".!?\"”"]
        if len(captions) < 3 or sum(map(len, body.paragraphs)) >= sum(map(len, captions)):
            return body
        body.paragraphs.extend(c for c in captions if c not in body.paragraphs)
        return body

    def body_container(self) -> Any | None:
        """The family's body element (the first match of `body_css`)."""
        return self.doc.first(self.body_css)

    def family_body(self) -> Body:
        container = self.body_container()
        if container is None:
            return Body()
        blocks = []
        for part in parts_beside(container, self.doc.select(self.body_css)):
            blocks += blocks_in(part, drop=self.body_drop_css, boxes=self.promo_boxes_css)
        body = clean_body(blocks)
        # (a container that holds the headline element too: its line is the title's)
        head, title = self.headline_element(), self.title()
        if body.paragraphs and title and body.paragraphs[0].casefold() == title.casefold() \
                and head is not None and any(a is container for a in head.iterancestors()):
            body.removed.append(body.paragraphs.pop(0))
        return body

    def generic_body(self) -> Body:
        """Main content found by structure, or JSON-LD's article text where that is fuller."""
        titles = (self.doc.meta_value("og:title", "twitter:title"), self._ld_str("headline"),
                  self.doc.title_tag)
        return clean_body(maincontent.main_blocks(
            self.doc.root, json_ld_body=self.doc.ld_article_body,
            headlines=tuple(t for t in titles if t)))

    # --- the record -------------------------------------------------------

    def to_item(self) -> Article:
        """The raw record of this page (dates unparsed; the pipelines finish it)."""
        body = self.body()
        published, visible = self.published_raw(), self.visible_date_raw()
        original = self.original_date_raw()
        if original:  # the republished article's first date: the other kept beside it
            published, visible = original, published or visible
        if not published and not visible:
            self._fell_back("published")
            published = self.embedded_date_raw()
        return Article(
            url=self.url(),
            family=self.family,
            site_name=self.site_name(),
            section=self.section(),
            title=self.title(),
            published_raw=published or visible,
            published_alt_raw=visible if published and visible != published else None,
            modified_raw=self.modified_raw(),
            authors=self.authors(),
            editors=self.editors(),
            source=self.source(),
            tags=self.tags(),
            image_url=self.image_url(),
            image_caption=self.image_caption(),
            body="\n\n".join(body.paragraphs) if body.paragraphs else None,
            removed_promos=list(body.removed),
            pages=1,  # one page read; merging a multi-page article counts them
            # (the language declared, "" where none is: finish_item reads the body then)
            language=declared_language(self.doc.lang or self.doc.meta_value("og:locale"))
            or "",
        )

    def language(self) -> str:
        """The language the page declares (`<html lang>`, og:locale), ISO 639-1; `id` where
        it declares none. The record's final word reads the body too (record.finish_item)."""
        return declared_language(self.doc.lang or self.doc.meta_value("og:locale")) or "id"
