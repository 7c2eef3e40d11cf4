"""The listing page object: a section, index or front page in, article links out.

Pure module (no Scrapy import). `ListingPage` finds article links by the
article page object's URL pattern, with the date a listing prints beside a
link where it has one, and the next listing page. Families subclass it and
override selectors. Which links a crawl follows (the portal's hosts only,
not yet seen) is the spider's business, not the page's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar
from urllib.parse import parse_qsl, urlsplit

from newscrawl.lang.domains import registered_domain
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.heuristics import NOT_ARTICLE_PATH, is_query_article
from newscrawl.pages.html.document import Document, text_of
from newscrawl.pages.html.urls import without_query_keys

# The next listing page's link: "next", or older posts (a listing runs newest first: its
# "Berita Sebelumnya", Blogger's "Posting Lama", WordPress's "Pos-pos Lama" lead on). A
# pager's "Sebelumnya" marked previous (class "prev", rel=prev) leads back.
_NEXT_WORDS = (r"selanjutnya|berikutnya|next|lanjut|›|»|>|halaman selanjutnya|older posts"
               r"|older entries|berita selanjutnya|berita berikutnya")
_OLDER_WORDS = (r"berita sebelumnya|sebelumnya|pos-pos lama|posting lama|postingan lama|lebih lama"
                r"|berita lama")
NEXT_TEXT = re.compile(rf"^\s*({_NEXT_WORDS}|{_OLDER_WORDS})\s*[›»>]?\s*$", re.IGNORECASE)
# NEXT_TEXT less the words of an older page, which a pager of no known class may print
# for the page before ("Sebelumnya").
NEXT_ONLY_TEXT = re.compile(rf"^\s*({_NEXT_WORDS})\s*[›»>]?\s*$", re.IGNORECASE)
# A button that loads the next page's items into this one, as a link to it.
LOAD_MORE_TEXT = re.compile(r"^\s*(?:(?:muat|tampilkan|lihat)\s+(?:lebih\s+)?banyak|load\s+more)"
                            r"\s*$", re.IGNORECASE)
# A class naming the next page's link ("pager__next", "next-page", "load-more").
NEXT_CLASS = re.compile(r"(?:^|\s|[-_])(?:next|load-?more)(?:$|\s|[-_])", re.IGNORECASE)
# Query keys that only track where a click came from: the link is the article without them.
TRACKING_KEYS = re.compile(r"^(?:utm_\w+|tag_from|ref|source|engine|from|fbclid|gclid|_ga|_gl"
                           r"|amp|mc_cid|mc_eid|igshid)$")


@dataclass
class ListedLink:
    url: str
    date_text: str | None = None


@dataclass
class Listing:
    """Article links of a listing page, in page order, and the next listing page."""

    article_links: list[ListedLink] = field(default_factory=list)
    next_page: str | None = None


class ListingPage:
    article: ClassVar[type[ArticlePage]] = ArticlePage  # whose URL pattern says "article"
    item_css: ClassVar[str] = "article, .post, li.post, .jeg_post, .td_module_wrap, .entry"
    link_css: ClassVar[str] = ".entry-title a, .jeg_post_title a, h2 a, h3 a, a"
    date_css: ClassVar[str] = "time, .entry-date, .post-date, .date, .jeg_meta_date"
    date_attr: ClassVar[str] = ""  # take the date from this attribute (detik: title)
    next_css: ClassVar[str] = ("a[rel=next], a.next, .nav-links a, .pagination a, a.page-numbers, "
                               ".nav-previous a, a.blog-pager-older-link")

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def listing(self) -> Listing:
        return Listing(self.article_links(), self.next_page())

    def article_links(self) -> list[ListedLink]:
        out: list[ListedLink] = []
        seen: dict[str, ListedLink] = {}

        # (a numbered pager's link that names the page by a number after the listing's
        # own path, "/berita/2" on "/berita": no article, whatever the URL pattern says)
        # (the listing's own path less its page number: "/berita" of "/berita/2")
        own_path = re.sub(r"/\d{1,4}/?$", "", urlsplit(self.doc.url).path.rstrip("/"))
        pager = re.compile(re.escape(own_path) + r"/\d{1,4}/?")

        def add(href: str | None, date_text: str | None, permalink: bool = False) -> None:
            link = _without_tracking(self.doc.absolute(href))
            if not link or pager.fullmatch(urlsplit(link).path):
                return
            key = _same_page(link)
            if key in seen:
                # The same article in a dateless box first (a slider), then in a dated card.
                if date_text and not seen[key].date_text:
                    seen[key].date_text = date_text
            elif self.article.is_article_url(link) or permalink and self._is_own_post(link):
                seen[key] = ListedLink(link, date_text)
                out.append(seen[key])

        for item in self.doc.select(self.item_css):
            links = self.doc.select(self.link_css, item)
            href = next((a.get("href") for a in links if a.get("href")), None)
            if href:
                add(href, self._date_in(item), any(
                    _is_bookmark(a) and a.get("href") == href for a in links))
        # Links outside listing blocks (headline boxes): articles too, without a date.
        for a in self.doc.root.iter("a"):
            href = a.get("href")
            if href and ("?" not in href or _only_tracking(href) or self._is_query_article(href)):
                add(href, None, _is_bookmark(a))
        return out

    def _is_query_article(self, href: str) -> bool:
        """An old PHP portal's article named by its number ("berita.php?id=21799"), on a
        portal of no family (a family's URL pattern says which links are its articles)."""
        if self.article.family != "generic":
            return False
        parts = urlsplit(self.doc.absolute(href) or "")
        return is_query_article(parts.path, parts.query)

    def _is_own_post(self, link: str) -> bool:
        """Whether a link marked as a post's permalink (rel=bookmark) is one of this site's
        posts: a short slug the URL pattern cannot tell from a section's
        ("/daerah/banjir-kebon-pedes/", "/harga-jagung-anjlok.html") is one where the
        listing's markup says so. Not another site's, not the home page, not a tag's,
        author's or section index's page; and only on a portal of no family: a family's URL
        pattern says which links are its articles (its listing in another template is a
        changed template, to be reported, not read)."""
        parts, own = urlsplit(link), urlsplit(self.doc.url)
        path = parts.path.rstrip("/")
        return self.article.family == "generic" \
            and bool(parts.hostname and own.hostname and path) \
            and registered_domain(parts.hostname) == registered_domain(own.hostname) \
            and "-" in path.rsplit("/", 1)[-1] and not NOT_ARTICLE_PATH.search(parts.path)

    def _date_in(self, item: object) -> str | None:
        nodes = self.doc.select(self.date_css, item) if self.date_css else []
        if self.date_attr:
            for n in nodes:
                if n.get(self.date_attr):
                    return n.get(self.date_attr)
        for n in nodes[:1]:
            return text_of(n) or None
        return None

    def next_page(self) -> str | None:
        href = self.doc.links.get("next")
        if not href:
            for a in self.doc.select(self.next_css):
                label = text_of(a)
                names = f"{a.get('class') or ''} {a.get('aria-label') or ''}".lower()
                if "prev" in names or a.get("rel") == "prev":
                    continue  # back to the page before
                parent = a.getparent()
                older = parent is not None and "nav-previous" in (parent.get("class") or "")
                if a.get("rel") == "next" or NEXT_TEXT.match(label) or "next" in names \
                        or "older" in names or older:
                    candidate = a.get("href")
                    if candidate and candidate.strip() not in ("#", ""):
                        href = candidate
                        break
        nxt = self.doc.absolute(href) or self._numbered_next() or self._next_anywhere()
        return None if not nxt or nxt == self.doc.url else nxt

    def _next_anywhere(self) -> str | None:
        """A pager of no known class: the first link anywhere whose text says "next" or
        "load more" ("Lanjut ›", "Muat lebih banyak") or whose class names the next page
        ("pager__next"), to a page of this site that is no article. A "load more" button
        may name it in a data attribute ("<button data-next='...?page=2'>")."""
        own = urlsplit(self.doc.url).hostname or ""
        current = _page_number(self.doc.url)
        scripted = None  # (a button's URL for its script: a fragment's endpoint, often; a
        # plain link to the next page wins over it, "Berikutnya »" over "Muat lebih banyak")
        for a in self.doc.root.iter("a", "button"):
            names = f"{a.get('class') or ''} {a.get('id') or ''} {a.get('rel') or ''}"
            if "prev" in names.lower():
                continue  # back to the page before
            label = text_of(a)
            if not (NEXT_CLASS.search(names) or NEXT_ONLY_TEXT.match(label)
                    or LOAD_MORE_TEXT.match(label)):
                continue
            for attribute in _NEXT_URL_ATTRIBUTES:
                link = self.doc.absolute(a.get(attribute))
                host = urlsplit(link).hostname if link else None
                # (a page of this listing after this one: not another section's "Lihat lebih
                # banyak", a slider's or a card's "next", an article's "Selanjutnya")
                if link and host and own and registered_domain(host) == registered_domain(own) \
                        and link != self.doc.url and _page_number(link) > current \
                        and not self.article.is_article_url(link):
                    if attribute == "href" and a.tag == "a":
                        return link
                    scripted = scripted or link
        return scripted

    def _numbered_next(self) -> str | None:
        """A numbered pager's link to the page after this one ("1 2 3 ...", with this
        page's number taken from ?page=N, ?paged=N, /page/N/ or a trailing /N)."""
        current = _page_number(self.doc.url)
        wanted = str(current + 1)
        for a in self.doc.root.iter("a"):
            if text_of(a) != wanted:
                continue
            link = self.doc.absolute(a.get("href"))
            if link and _page_number(link) == current + 1:
                return link
        return None


# (a trailing number is no page number where it ends a date: "/indeks/2018/03/12")
# (and a Lokomedia page's "halkategori-12-2.html"; not a trailing "/12.html": as often a
# section's or an article's number as a page's)
_PAGE_IN_URL = re.compile(r"[?&](?:page|paged|p|hal|halaman)=(\d{1,4})\b|/(?:page|hal|halaman)"
                          r"/(\d{1,4})/?(?:$|\?)|(?<!\d{4}/\d{2})/(\d{1,4})/?$"
                          r"|/hal\w*-\d+-(\d{1,4})\.html?$")


# Where a pager's link or a "load more" button names the next page (a button that fetches
# it by script keeps its URL in a data attribute).
_NEXT_URL_ATTRIBUTES = ("href", "data-next", "data-href", "data-url", "data-next-url")


def _same_page(url: str) -> str:
    """A URL less what does not tell one page from another on a site: its scheme and a
    "www." before its host (a portal's popular box links "http://site.com/berita-1.html"
    where its cards link "https://www.site.com/berita-1.html")."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path}?{parts.query}"


def _is_bookmark(a: object) -> bool:
    """A link marked as the permalink of the post it stands in (HTML's rel=bookmark, which
    WordPress themes put on every post's title link)."""
    return "bookmark" in (a.get("rel") or "").lower().split()  # type: ignore[attr-defined]


def _tracking_keys(url: str) -> list[str]:
    """The query keys of a link that only track the click ("utm_source", "tag_from")."""
    return [k for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)
            if TRACKING_KEYS.match(k)]


def _only_tracking(href: str) -> bool:
    """Whether a link's query only tracks the click ("?utm_source=terpopuler")."""
    keys = [k for k, _ in parse_qsl(urlsplit(href).query, keep_blank_values=True)]
    return bool(keys) and len(_tracking_keys(href)) == len(keys)


def _without_tracking(url: str | None) -> str | None:
    """The URL less the query keys that only track the click."""
    if not url or "?" not in url:
        return url
    keys = _tracking_keys(url)
    # (a URL without them stays as written: rebuilt, "id=1234:slug" would become "%3A")
    return without_query_keys(url, *keys) if keys else url


def _page_number(url: str) -> int:
    """The listing page a URL names: ?page=3, /page/3/, a trailing /3 (else page 1)."""
    m = _PAGE_IN_URL.search(url)
    if not m:
        return 1
    return int(next(g for g in m.groups() if g))
