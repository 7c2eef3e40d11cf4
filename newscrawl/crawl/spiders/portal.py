"""One spider class for every catalog portal; newscrawl.crawl.spiders.portals registers each by id.

catalog entry -> section pages (article links, next page) -> article pages
(multi-page articles fetched page by page and merged) -> Article items.
"""

from __future__ import annotations

import difflib
import inspect
import sqlite3
from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from newscrawl.catalog import CatalogError, Portal, ServedPortal
from newscrawl.crawl.discovery import MODES
from newscrawl.crawl.extensions import CrawlState
from newscrawl.crawl.feeds import default_run_file
from newscrawl.crawl.middlewares import StoppedDuringRest
from newscrawl.crawl.spiders.arguments import (
    SCRAPY_SPIDER_ATTRIBUTES,
    contact_user_agent,
    contact_warning,
    date_arg,
    positive_int,
)
from newscrawl.crawl.spiders.articles import ArticlePages
from newscrawl.crawl.spiders.discovery import DiscoveryMixin
from newscrawl.crawl.spiders.failures import FailureLog
from newscrawl.lang.dates import parse_date
from newscrawl.lang.zones import DEFAULT_ZONE
from newscrawl.pages import page_objects
from newscrawl.pages.html.document import Document
from newscrawl.store.protocol import MAX_ATTEMPTS

STATS = "newscrawl"


class PortalSpider(FailureLog, DiscoveryMixin, ArticlePages, scrapy.Spider):
    """Crawl one catalog portal. Spider arguments (`-a NAME=VALUE`):

    sections=a,b     crawl only these section paths (default: the catalog's)
    max_pages=N      listing pages per section (default NEWSCRAWL_MAX_PAGES)
    max_articles=N   fetch at most N articles (default: no limit)
    urls_file=PATH   fetch the article URLs listed in PATH (one a line) instead of sections
    since=YYYY-MM-DD skip articles published before that day; stop paginating past them
    base_url=URL     fetch the portal from another host (the demo, tests, a mirror)

    Only the portal's own pages are requested (its base URL's host and path, the
    hosts and old domains its catalog entry lists, and `base_url`'s); links
    elsewhere are counted as `newscrawl/offsite_links` and not followed.

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
        tz: str | None = None,
        discover: str | None = None,
        until: str | None = None,
        backfill: str | bool | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        try:
            self.site = self.portal.with_base_url(base_url) if base_url else self.portal
        except CatalogError as exc:
            raise ValueError(f"base_url {base_url!r} is not an http(s) URL") from exc
        if tz:
            try:
                ZoneInfo(tz)
            except (ValueError, ZoneInfoNotFoundError):
                raise ValueError(f"tz must be a time zone like Asia/Makassar, got {tz!r}") \
                    from None
        self.sections = (
            tuple(s.strip() for s in sections.split(",")) if sections else self.site.sections
        )
        self.max_pages = positive_int("max_pages", max_pages) if max_pages is not None else 0
        self.max_articles = (positive_int("max_articles", max_articles)
                             if max_articles is not None else None)
        self.articles_requested = 0
        if urls_file and not Path(urls_file).is_file():
            raise ValueError(f"urls_file {urls_file!r} is not a readable file")
        self.urls_file = urls_file
        self.tz = tz or None
        self.since = date_arg("since", since, "2024-01-31")
        self.until = date_arg("until", until, "2024-12-31")
        if self.since and self.until and self.until < self.since:
            raise ValueError(f"until ({until}) is before since ({since})")
        self.discover = (discover or "sections").strip().lower()
        if self.discover not in MODES:
            raise ValueError(f"discover must be one of {', '.join(MODES)}, got {discover!r}")
        # A backfill records the archive days it has walked, and skips them next time.
        self.backfill = str(backfill or "").lower() in ("1", "true", "yes")
        self.article_page, self.listing_page = page_objects(self.site.family, self.site.selectors)
        # section -> must this run walk it to max_pages (an earlier pass left it unfinished)?
        self.owed: dict[str, bool] = {}
        # first-page URL -> URLs that led to a later page of it, for its record's provenance
        self.aliases_found: dict[str, set[str]] = {}
        self.served = ServedPortal(self.portal, self.site)

    @classmethod
    def check_arguments(cls, **spider_args: Any) -> None:
        """Raise ValueError, in one line, if these -a arguments cannot start a crawl."""
        known = cls.argument_names()
        for name in spider_args:
            # Scrapy sets any -a as an attribute: a mistyped name (`-a maxpages=2`) would
            # be a full crawl without a word. Names with a leading _ are tools' (scrapyd's
            # _job), not the user's.
            if name not in known and name not in SCRAPY_SPIDER_ATTRIBUTES \
                    and not name.startswith("_"):
                close = difflib.get_close_matches(name, known, n=1)
                hint = f"; did you mean {close[0]}?" if close else ""
                raise ValueError(f"no argument named {name!r}{hint} "
                                 f"({cls.name} takes {', '.join(known)})")
        cls(**spider_args)

    @classmethod
    def argument_names(cls) -> list[str]:
        """The -a arguments this spider takes, in the order its classes name them."""
        names: list[str] = []
        for klass in reversed(cls.__mro__):
            if issubclass(klass, PortalSpider) and "__init__" in vars(klass):
                names += [p.name for p in inspect.signature(klass.__init__).parameters.values()
                          if p.kind is p.POSITIONAL_OR_KEYWORD and p.name != "self"
                          and p.name not in names]
        return names

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        contact_user_agent(settings)
        default_run_file(settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.data_dir = crawler.settings.get("NEWSCRAWL_DATA_DIR", "data")
        spider.page_budget = crawler.settings.getfloat("NEWSCRAWL_PAGE_BUDGET_SECONDS", 2.0)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        warning = contact_warning(crawler.settings, spider.site.host)
        if warning:
            spider.logger.warning(warning)
        if not spider.max_pages:
            spider.max_pages = positive_int(
                "NEWSCRAWL_MAX_PAGES", crawler.settings.getint("NEWSCRAWL_MAX_PAGES", 5)
            )
        return spider

    # --- helpers --------------------------------------------------------

    @property
    def state(self) -> CrawlState:
        state = CrawlState.of(self.crawler)
        if state is None:
            raise RuntimeError("newscrawl.crawl.extensions.CrawlState is not enabled (EXTENSIONS)")
        return state

    def _local(self, url: str) -> str:
        """Links on the portal's pages name its real host; follow them where we fetch from."""
        return self.served.local(url)

    def _key(self, url: str) -> str:
        """The URL under the portal's own host: what records and the seen store are keyed by."""
        return self.served.key(url)

    def owns(self, url: str) -> bool:
        """Is `url` one of the portal's pages (its hosts, its base path)?"""
        return self.portal.owns(url) or self.site.owns(url)

    def on_portal(self, url: str) -> bool:
        """Is `url` the portal's? Anything else is not requested, and counted."""
        if self.owns(url):
            return True
        self._count("offsite_links")
        self.logger.debug("Not following %s: not a host of %s", url, self.portal.id)
        return False

    def _store(self, write: Any, *args: Any, **kwargs: Any) -> None:
        """A seen-store write; one that fails (disk full) stops the run cleanly."""
        errors = getattr(self.state.store, "errors", (sqlite3.Error,))
        try:
            write(*args, **kwargs)
        except errors as exc:
            self.state.write_failed(exc)

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

    def admit(self, url: str, day: date | None) -> bool:
        """The one gate of listed article links (sections, sitemaps, feeds, archives), for
        a link of the portal's own hosts: not published before `since` nor after `until`
        (where the listing dates it), not stored already (keyed as the article's first page:
        a listing may link its page 2). A link turned away is counted by why."""
        if day and self.since and day < self.since:
            self._count("skipped_older_than_since")
            return False
        until = getattr(self, "until", None)
        if day and until and day > until:
            self._count("skipped_newer_than_until")
            return False
        key = self._key(self.article_page.first_page_url(url))
        if self.state.already_stored(key) or self.state.already_stored(self._key(url)):
            self._count("skipped_stored")
            return False
        return True

    def _article_request(self, url: str, section: str | None, **kw: Any) -> scrapy.Request:
        """An article's first request. Its meta carries what the record's provenance needs:
        the URL it was listed as and the stored digest of an article fetched again
        (NEWSCRAWL_REFETCH_DAYS)."""
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error,
                              cb_kwargs={"section": section},
                              meta={"listed_url": url,
                                    "stored_digest": self.state.stored_digest(self._key(url))},
                              **kw)

    # --- crawl ----------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.state.heal(self.portal.id)
        store = self.state.store
        if store is not None:
            # What earlier runs listed but never wrote (killed, failed): fetch it now.
            retry, given_up = store.take_pending(self.portal.id)
            for url in given_up:
                self._count("pending_given_up")
                self.logger.warning("Gave up on %s: its fetch failed in %d runs", url,
                                    MAX_ATTEMPTS)
            for url, section in retry:
                if self.state.already_stored(self._key(url)):
                    store.forget_pending({url})
                    continue
                self._count("pending_retried")
                self.articles_requested += 1
                yield self._article_request(self._local(url), section or None)
        if self.urls_file:
            # Rebuilding a shared URL list: fetch these articles, no sections.
            with open(self.urls_file, encoding="utf-8") as fh:
                for url in (line.strip() for line in fh):
                    if not url:
                        continue
                    url = self._local(url)
                    if self.on_portal(url) and not self.state.already_stored(self._key(url)):
                        yield self._article_request(url, None)
            return
        mode = self.discovery_mode()
        self._count(f"discovery/mode/{mode}")
        if mode != "sections":
            for request in self.discovery_requests(mode):
                yield request
            return
        for request in self.section_requests():
            yield request

    def section_requests(self) -> Iterator[scrapy.Request]:
        """The first page of each section (`discover=sections`, and `auto` where the portal
        announces no sitemap)."""
        store = self.state.store
        for section in self.sections:
            if store is not None:
                previous = store.section_state(self.portal.id, section)
                self.owed[section] = previous is not None and previous.owes(self.max_pages)
                self._store(store.start_section, self.portal.id, section)
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
        listing = self.listing_page(Document(html, response.url)).listing()
        self._count("section_pages")
        self._count("links_listed", len(listing.article_links))
        fresh = 0
        queued: list[str] = []
        for link in listing.article_links:
            url = self._local(link.url)
            if not self.on_portal(url):
                continue
            day = None
            if self.since and link.date_text:
                published = parse_date(link.date_text,
                                       default_tz=self.site.timezone or self.tz or DEFAULT_ZONE)
                day = published.date() if published else None
            if not self.admit(url, day):
                continue
            fresh += 1
            if self.max_articles is not None and self.articles_requested >= self.max_articles:
                continue
            self.articles_requested += 1
            queued.append(self._key(url))
            yield self._article_request(url, section)
        if self.state.store is not None and queued:
            self._store(self.state.store.add_pending, self.portal.id, section, queued)
        key = section or ""
        if not listing.article_links:
            self.logger.warning("No article links on section page %s", response.url)
            self._count("empty_section_pages")
            self._section_done(key, page_no, exhausted=True)
            return
        if not fresh and not (self.owed.get(key) and page_no < self.max_pages):
            # Everything listed here is stored or older than `since`: older pages hold no
            # more (unless an earlier pass left this section unfinished: then walk on).
            self._count("pagination_stopped")
            self._section_done(key, page_no, exhausted=False, known_below=True)
            return
        limit_reached = (self.max_articles is not None
                         and self.articles_requested >= self.max_articles)
        next_page = self._local(listing.next_page) if listing.next_page else None
        if next_page and not self.on_portal(next_page):
            next_page = None
        if next_page and page_no < self.max_pages and not limit_reached:
            yield scrapy.Request(
                next_page,
                callback=self.parse_section,
                errback=self.on_error,
                cb_kwargs={"section": section, "page_no": page_no + 1},
            )
        else:
            self._section_done(key, page_no, exhausted=next_page is None)

    def _section_done(self, section: str, depth: int, *, exhausted: bool,
                      known_below: bool = False) -> None:
        """The section's pagination ended here: record the frontier for the next run."""
        store = self.state.store
        if store is None:
            return
        covered = depth
        if known_below:
            # Stopped at known articles: what an earlier finished pass covered still holds.
            previous = store.section_state(self.portal.id, section)
            if previous is not None and not self.owed.get(section):
                covered = max(covered, previous.covered)
                exhausted = previous.exhausted
        self._store(store.finish_section, self.portal.id, section, covered=covered,
                    exhausted=exhausted)

    def on_error(self, failure: Failure) -> None:
        if failure.check(StoppedDuringRest):
            return  # counted by the middleware; the article stays pending, not failed
        self.log_failure(failure)
        request = failure.request
        store = self.state.store
        if store is not None and request.callback == self.parse_article:
            self._store(store.failed_attempt,
                        self._key(request.meta.get("listed_url") or request.url))
