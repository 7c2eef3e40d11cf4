"""One spider class for every catalog portal; newscrawl.spiders.portals registers each by id.

catalog entry -> section pages (article links, next page) -> article pages
(multi-page articles fetched page by page and merged) -> Article items.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from newscrawl.catalog import Portal
from newscrawl.dates import parse_date
from newscrawl.extractors import Extractor, get_extractor
from newscrawl.extractors.base import ArticlePage, merge_pages, rebase
from newscrawl.record import build_article, utc_now_iso
from newscrawl.state import SeenStore

STATS = "newscrawl"


def _positive_int(name: str, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a whole number, got {value!r}") from None
    if number < 1:
        raise ValueError(f"{name} must be 1 or more, got {number}")
    return number


class PortalSpider(scrapy.Spider):
    """Crawl one catalog portal. Spider arguments (`-a NAME=VALUE`):

    sections=a,b     crawl only these section paths (default: the catalog's)
    max_pages=N      listing pages per section (default NEWSCRAWL_MAX_PAGES)
    max_articles=N   fetch at most N articles (default: no limit)
    urls_file=PATH   fetch the article URLs listed in PATH (one a line) instead of sections
    since=YYYY-MM-DD skip articles published before that day; stop paginating past them
    base_url=URL     fetch the portal from another host (the demo, tests, a mirror)

    With NEWSCRAWL_INCREMENTAL on, articles already in the seen-article store are
    not fetched again (except within NEWSCRAWL_REFETCH_DAYS of publication), and a
    section's pagination stops at the first listing page holding nothing new.
    """

    portal: ClassVar[Portal]

    def __init__(
        self,
        sections: str | None = None,
        max_pages: str | int | None = None,
        max_articles: str | int | None = None,
        urls_file: str | None = None,
        since: str | None = None,
        base_url: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.site = self.portal.with_base_url(base_url) if base_url else self.portal
        self.sections = (
            tuple(s.strip() for s in sections.split(",")) if sections else self.site.sections
        )
        self._max_pages_arg = max_pages
        self.max_pages = _positive_int("max_pages", max_pages) if max_pages is not None else 0
        self.max_articles = (_positive_int("max_articles", max_articles)
                             if max_articles is not None else None)
        self.articles_requested = 0
        self.urls_file = urls_file
        self.store: SeenStore | None = None
        self.refetch_days = 0
        # canonical URL -> URLs that led to it (listing links, page URLs), for the store
        self.aliases: dict[str, set[str]] = {}
        self.since: date | None = None
        if since:
            try:
                self.since = date.fromisoformat(since)
            except ValueError:
                raise ValueError(f"since must be a date like 2024-01-31, got {since!r}") from None
        self.extractor: Extractor = get_extractor(self.site.family, self.site.selectors)
        self._portal_hosts = (self.portal.host, *self.portal.old_domains,
                              *(f"www.{d}" for d in self.portal.old_domains))
        self.data_dir = "data"

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        # The default run file only when no feed was asked for: Scrapy merges FEEDS
        # dictionaries, so a project-level FEEDS would be written next to `-O out.jsonl`.
        feed = settings.get("NEWSCRAWL_FEED")
        if feed and not settings.getdict("FEEDS") and \
                not settings.getbool("NEWSCRAWL_INCREMENTAL"):
            settings.set("FEEDS", {feed: {"format": "jsonlines", "encoding": "utf8"}},
                         priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.data_dir = crawler.settings.get("NEWSCRAWL_DATA_DIR", "data")
        if crawler.settings.getbool("NEWSCRAWL_INCREMENTAL"):
            spider.store = SeenStore(Path(spider.data_dir) / "newscrawl.sqlite")
            spider.refetch_days = crawler.settings.getint("NEWSCRAWL_REFETCH_DAYS", 0)
            crawler.signals.connect(spider._close_store, signal=signals.spider_closed)
        if not spider.max_pages:
            spider.max_pages = _positive_int(
                "NEWSCRAWL_MAX_PAGES", crawler.settings.getint("NEWSCRAWL_MAX_PAGES", 5)
            )
        return spider

    # --- helpers --------------------------------------------------------

    def _close_store(self) -> None:
        if self.store is not None:
            self.store.close()

    def _already_stored(self, url: str) -> bool:
        """True when a scheduled run need not fetch `url` again."""
        if self.store is None:
            return False
        stored = self.store.get(url)
        if stored is None:
            return False
        if self.refetch_days and stored.published_at:
            try:
                published = datetime.fromisoformat(stored.published_at)
            except ValueError:
                return True
            age = datetime.now(published.tzinfo) - published
            if age.days < self.refetch_days:
                self._count("refetched")
                return False
        return True

    def _local(self, url: str) -> str:
        """Links on the portal's pages name its real host; follow them where we fetch from."""
        if self.site.base_url == self.portal.base_url:
            return url
        return rebase(url, self.site.base_url, self._portal_hosts)

    def _count(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"{STATS}/{key}", n)

    def _text(self, response: Response, what: str) -> str | None:
        if not isinstance(response, TextResponse):
            self._count(f"{what}_not_text")
            self.logger.warning("Skipped %s %s: not a text response", what, response.url)
            return None
        try:
            return response.text
        except UnicodeError:
            self._count(f"{what}_undecodable")
            self.logger.warning("Skipped %s %s: undecodable bytes", what, response.url)
            return None

    # --- crawl ----------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.urls_file:
            # Rebuilding a shared URL list: fetch these articles, no sections.
            with open(self.urls_file, encoding="utf-8") as fh:
                for url in (line.strip() for line in fh):
                    if url and not self._already_stored(self._local(url)):
                        yield scrapy.Request(self._local(url), callback=self.parse_article,
                                             errback=self.on_error, cb_kwargs={"section": None},
                                             meta={"listed_url": self._local(url)})
            return
        for section in self.sections:
            yield scrapy.Request(
                self.site.section_url(section),
                callback=self.parse_section,
                errback=self.on_error,
                cb_kwargs={"section": section or None, "page_no": 1},
            )

    def parse_section(
        self, response: Response, section: str | None, page_no: int
    ) -> Iterator[scrapy.Request]:
        html = self._text(response, "section")
        if html is None:
            return
        listing = self.extractor.extract_section(response.url, html)
        self._count("section_pages")
        self._count("links_listed", len(listing.article_links))
        fresh = 0
        for link in listing.article_links:
            if self.since and link.date_text:
                published = parse_date(link.date_text, default_tz=self.site.timezone)
                if published and published.date() < self.since:
                    self._count("skipped_older_than_since")
                    continue
            url = self._local(link.url)
            if self._already_stored(url):
                self._count("skipped_stored")
                continue
            fresh += 1
            if self.max_articles is not None and self.articles_requested >= self.max_articles:
                continue
            self.articles_requested += 1
            yield scrapy.Request(
                url,
                callback=self.parse_article,
                errback=self.on_error,
                cb_kwargs={"section": section},
                meta={"listed_url": url},
            )
        if not listing.article_links:
            self.logger.warning("No article links on section page %s", response.url)
            self._count("empty_section_pages")
        elif not fresh:
            # Everything listed here is stored or older than `since`: older pages hold no more.
            self._count("pagination_stopped")
            return
        limit_reached = (self.max_articles is not None
                         and self.articles_requested >= self.max_articles)
        if listing.next_page and page_no < self.max_pages and not limit_reached:
            yield scrapy.Request(
                self._local(listing.next_page),
                callback=self.parse_section,
                errback=self.on_error,
                cb_kwargs={"section": section, "page_no": page_no + 1},
            )

    def parse_article(
        self, response: Response, section: str | None
    ) -> Iterator[scrapy.Request | Any]:
        html = self._text(response, "article")
        if html is None:
            return
        page: ArticlePage = self.extractor.extract_article(response.url, html)
        if self.store is not None:
            led_here = {response.url, response.request.url, response.meta.get("listed_url")}
            self.aliases.setdefault(page.url, set()).update(u for u in led_here if u)
        if page.page_number != 1:
            # Arrived in the middle of a multi-page article: start again from page 1,
            # which fetches every page; the dupefilter drops it if already requested.
            yield scrapy.Request(
                self._local(page.page_urls.get(1, page.url)),
                callback=self.parse_article,
                errback=self.on_error,
                cb_kwargs={"section": section},
            )
            return
        yield from self._next_page_or_item([page], section, utc_now_iso())

    def _next_page_or_item(
        self, fetched: list[ArticlePage], section: str | None, crawled_at: str
    ) -> Iterator[scrapy.Request | Any]:
        first = fetched[0]
        have = {p.page_number for p in fetched}
        todo = [n for n in sorted(first.page_urls) if n not in have]
        if todo:
            yield scrapy.Request(
                self._local(first.page_urls[todo[0]]),
                callback=self.parse_continuation,
                errback=self.on_continuation_error,
                dont_filter=True,  # the same ?page=N may also be listed on a section page
                cb_kwargs={"fetched": fetched, "section": section, "crawled_at": crawled_at},
            )
            return
        merged = merge_pages(fetched)
        if len(fetched) > 1:
            self._count("multipage_articles")
        yield build_article(merged, self.site, listed_section=section, crawled_at=crawled_at,
                            pages=len(fetched))

    def parse_continuation(
        self, response: Response, fetched: list[ArticlePage], section: str | None,
        crawled_at: str,
    ) -> Iterator[scrapy.Request | Any]:
        html = self._text(response, "article_page")
        if html is None:
            yield from self._partial(fetched, section, crawled_at, response.url)
            return
        page = self.extractor.extract_article(response.url, html)
        expected = next((n for n in sorted(fetched[0].page_urls)
                         if n not in {p.page_number for p in fetched}), page.page_number)
        page.page_number = expected
        yield from self._next_page_or_item([*fetched, page], section, crawled_at)

    def _partial(
        self, fetched: list[ArticlePage], section: str | None, crawled_at: str, failed_url: str
    ) -> Iterator[Any]:
        # Keep what we have: the record says how many pages it merged.
        self._count("article_pages_missing")
        self.logger.warning("Article %s: page %s failed; keeping %d page(s)",
                            fetched[0].url, failed_url, len(fetched))
        merged = merge_pages(fetched)
        yield build_article(merged, self.site, listed_section=section, crawled_at=crawled_at,
                            pages=len(fetched))

    def on_continuation_error(self, failure: Failure) -> Iterator[Any]:
        request = failure.request
        kwargs = request.cb_kwargs
        self._log_failure(failure)
        yield from self._partial(kwargs["fetched"], kwargs["section"], kwargs["crawled_at"],
                                 request.url)

    def on_error(self, failure: Failure) -> None:
        self._log_failure(failure)

    def _log_failure(self, failure: Failure) -> None:
        request = failure.request
        reason = failure.type.__name__ if failure.type else "Error"
        response = getattr(failure.value, "response", None)
        if response is not None:
            reason = f"HTTP {response.status}"
            self._count(f"http_errors/{response.status}")
        else:
            self._count(f"request_errors/{reason}")
        self.logger.warning("Failed %s: %s", request.url, reason)


