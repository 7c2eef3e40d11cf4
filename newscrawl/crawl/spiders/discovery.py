"""Discovery modes of the portal spider: sitemaps, feeds and date archives.

A mixin of PortalSpider (`-a discover=sections|sitemaps|feeds|archive|auto`). Every
article link found, whatever the source, goes through the same gate as section links:
the portal's own hosts, `since` / `until`, the seen store (an article already stored is
not fetched) and the pending list. A sitemap or feed that cannot be read costs that file
only: logged and counted (`newscrawl/discovery/bad_sitemap`, `.../bad_feed`).

Sitemaps are walked one at a time (SitemapWalk), each only once the article pages the ones
before it listed are requested, at a priority below theirs; links are streamed from a
sitemap a batch (NEWSCRAWL_SITEMAP_BATCH) at a time, the next batch when the crawl is idle.
NEWSCRAWL_SITEMAP_MAX_DEPTH and NEWSCRAWL_SITEMAP_MAX_FETCHES bound the walk per run: what
they leave out is counted (`newscrawl/sitemap_limit_hit/max_depth`, `.../max_fetches`) and
the first of each logged.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response

from newscrawl.crawl.discovery import (
    DiscoveryError,
    Listed,
    PartialRead,
    archive_url,
    days,
    iter_sitemap,
    local_day,
    read_feed,
    sitemaps_in_robots,
)
from newscrawl.lang.zones import DEFAULT_ZONE

ROBOTS = "robots"  # a catalog `sitemaps` entry: the sitemaps robots.txt announces
# Sitemaps wait behind every article page already asked for (Scrapy fetches higher
# priorities first; article pages have the default, 0).
SITEMAP_PRIORITY = -100


class SitemapWalk:
    """Where a run is in a portal's sitemaps: the sitemaps still to fetch (a stack: the
    sitemaps an index lists are read before the index's next sibling), and the article
    links of sitemaps and feeds read but not yet requested.

    Memory is bounded whatever the portal serves: at most one sitemap is asked for at a
    time, and only once the links of the ones read before are all requested; links are
    taken from a sitemap (streamed from its body) `batch` at a time, when the crawl has
    nothing else to do; no more sitemaps are planned than NEWSCRAWL_SITEMAP_MAX_FETCHES
    allows, so the stack holds at most that many URLs."""

    def __init__(self, max_depth: int, max_fetches: int, batch: int) -> None:
        self.max_depth = max_depth
        self.max_fetches = max_fetches
        self.batch = batch
        self.todo: list[tuple[str, int]] = []  # (url, depth), the next on top
        self.fetched = 0  # sitemaps asked for
        self.outstanding = 0  # asked for, not yet read (0 or 1)
        self.links: deque[tuple[Iterator[Listed], str]] = deque()
        self.limits_hit: set[str] = set()
        self.seen: set[str] = set()  # sitemaps planned: a sitemap listed twice is read once

    def planned(self) -> int:
        return self.fetched + len(self.todo)


class DiscoveryMixin:
    """Requests for the article links of a portal's sitemaps, feeds or archive pages.

    Uses PortalSpider's helpers (site, state, _local, _key, on_portal, _article_request,
    _count, _store, listing_page, article_page), which it is only ever mixed into."""

    discover: str
    since: date | None
    until: date | None
    backfill: bool

    def discovery_mode(self) -> str:
        """The mode asked for; `auto`: what the portal's catalog entry offers, best first
        (dated sitemaps, then feeds, then the archive, else its section pages)."""
        if self.discover != "auto":
            return self.discover
        site = self.site
        if site.sitemaps:
            return "sitemaps"
        if site.feeds:
            return "feeds"
        if site.archive:
            return "archive"
        return "sections"

    def discovery_requests(self, mode: str) -> Iterator[scrapy.Request]:
        site = self.site
        if mode == "sitemaps":
            named = []
            for entry in site.sitemaps or (ROBOTS,):
                if entry == ROBOTS:
                    yield scrapy.Request(site.section_url("robots.txt"),
                                         callback=self.parse_robots_sitemaps,
                                         errback=self.on_robots_error,
                                         dont_filter=True)
                else:
                    named.append(site.section_url(entry))
            self._plan_sitemaps(named, depth=1)
            yield from self._next_sitemap()
        elif mode == "feeds":
            for entry in site.feeds:
                yield scrapy.Request(site.section_url(entry), callback=self.parse_feed,
                                     errback=self.on_error)
        elif mode == "archive":
            if not site.archive:
                self.logger.warning("%s has no archive pattern in its catalog entry",
                                    self.portal.id)
                return
            for day in self.archive_days():
                yield self._archive_request(day, 1)

    def archive_days(self) -> list[date]:
        today = datetime.now(self._zone()).date()
        until = min(self.until or today, today)
        since = self.since or until  # no `since`: today's archive only
        done = set()
        store = self.state.store
        if store is not None and self.backfill:
            done = store.days_done(self.portal.id, "archive")
        return [d for d in days(since, until) if d.isoformat() not in done]

    def _zone(self) -> ZoneInfo:
        site = self.site
        return ZoneInfo(site.timezone or self.tz or DEFAULT_ZONE)

    # --- the walk through sitemaps, and links taken a batch at a time ---------------

    @property
    def walk(self) -> SitemapWalk:
        walk = getattr(self, "_walk", None)
        if walk is None:
            settings = self.crawler.settings
            walk = self._walk = SitemapWalk(
                max_depth=settings.getint("NEWSCRAWL_SITEMAP_MAX_DEPTH", 3),
                max_fetches=settings.getint("NEWSCRAWL_SITEMAP_MAX_FETCHES", 2000),
                batch=max(1, settings.getint("NEWSCRAWL_SITEMAP_BATCH", 500)))
            self.crawler.signals.connect(self._on_idle, signal=signals.spider_idle)
        return walk

    def _plan_sitemaps(self, urls: Iterable[str], depth: int) -> None:
        """Sitemaps to fetch (those an index or robots.txt lists, in their order), within
        the run's limits: each one a limit keeps out is counted, the first logged."""
        walk = self.walk
        planned = []
        for url in urls:
            if url in walk.seen:
                self._count("discovery/sitemaps_listed_again")
            elif depth > walk.max_depth:
                self._limit_hit("max_depth", f"NEWSCRAWL_SITEMAP_MAX_DEPTH={walk.max_depth}: "
                                f"{url} is a sitemap {depth} levels deep")
            elif walk.planned() + len(planned) >= walk.max_fetches:
                self._limit_hit("max_fetches", f"NEWSCRAWL_SITEMAP_MAX_FETCHES="
                                f"{walk.max_fetches} sitemaps fetched or planned")
            else:
                walk.seen.add(url)
                planned.append((url, depth))
        walk.todo.extend(reversed(planned))

    def _limit_hit(self, limit: str, why: str) -> None:
        self._count(f"sitemap_limit_hit/{limit}")
        walk = self.walk
        if limit not in walk.limits_hit:
            walk.limits_hit.add(limit)
            self.logger.warning("Sitemap limit hit on %s: %s; further sitemaps past it are not "
                                "fetched (counted as newscrawl/sitemap_limit_hit/%s)",
                                self.portal.id, why, limit)

    def _next_sitemap(self) -> Iterator[scrapy.Request]:
        """The next sitemap, once the one before is read and its links all requested."""
        walk = self.walk
        if walk.outstanding or walk.links or not walk.todo:
            return
        if self.max_articles is not None and self.articles_requested >= self.max_articles:
            return
        url, depth = walk.todo.pop()
        walk.fetched += 1
        walk.outstanding += 1
        # dont_filter: a request the dupefilter dropped would get no callback, and the walk
        # would wait for it for ever (a sitemap listed twice is skipped when planned).
        yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_sitemap_error,
                             priority=SITEMAP_PRIORITY, cb_kwargs={"depth": depth},
                             dont_filter=True)

    def _take_links(self) -> Iterator[scrapy.Request]:
        """Up to a batch of article requests from the links read and not yet requested;
        then, if none are left, the next sitemap (behind them: a lower priority)."""
        walk = self.walk
        wanted = walk.batch
        while walk.links and wanted > 0:
            links, source = walk.links[0]
            given = 0
            try:
                for request in self.listed_articles(links, source=source, limit=wanted):
                    given += 1
                    yield request
            except DiscoveryError as exc:  # checked whole before: not expected
                self._count(f"discovery/bad_{source}")
                self.logger.warning("Stopped reading a %s: %s", source, exc)
                walk.links.popleft()
                continue
            wanted -= given
            if wanted > 0:  # the source gave less than asked for: it is used up
                walk.links.popleft()
        if wanted > 0 or not walk.links:
            yield from self._next_sitemap()

    def _add_links(self, links: Iterator[Listed], source: str) -> Iterator[scrapy.Request]:
        self.walk.links.append((links, source))
        yield from self._take_links()

    def _on_idle(self, spider: Any = None) -> None:
        """Nothing left to fetch: the next batch of links, or the next sitemap."""
        walk = self.walk
        if not walk.links and (walk.outstanding or not walk.todo):
            return
        requests = list(self._take_links())
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests:
            raise DontCloseSpider

    def _archive_request(self, day: date, page_no: int, url: str | None = None
                         ) -> scrapy.Request:
        site = self.site
        return scrapy.Request(url or archive_url(site.archive, site.base_url, day),
                              callback=self.parse_archive, errback=self.on_error,
                              cb_kwargs={"day": day.isoformat(), "page_no": page_no})

    # --- callbacks ------------------------------------------------------------

    def parse_robots_sitemaps(self, response: Response) -> Iterator[scrapy.Request]:
        found = sitemaps_in_robots(response.body, response.url)
        self._count("discovery/robots_sitemaps", len(found))
        wanted = [url for url in map(self._local, found) if self.on_portal(url)]
        self._plan_sitemaps(wanted, depth=1)
        yield from self._next_sitemap()
        if not wanted and self.discover == "auto":
            # `auto` on a portal whose robots.txt announces no sitemap: its sections.
            self._count("discovery/auto_fell_back_to_sections")
            yield from self.section_requests()

    def on_robots_error(self, failure: Any) -> Iterator[scrapy.Request]:
        """robots.txt could not be read: logged and counted as any fetch error; `auto`
        goes on with the portal's sections."""
        self.on_error(failure)
        if self.discover == "auto":
            self._count("discovery/auto_fell_back_to_sections")
            yield from self.section_requests()

    def parse_sitemap(self, response: Response, depth: int = 1) -> Iterator[scrapy.Request]:
        walk = self.walk
        walk.outstanding = max(0, walk.outstanding - 1)
        try:
            kind, entries = iter_sitemap(response.body, base_url=response.url)
        except DiscoveryError as exc:
            self._count("discovery/bad_sitemap")
            self.logger.warning("Skipped sitemap %s: %s", response.url, exc)
            yield from self._next_sitemap()
            return
        self._count("discovery/sitemaps")
        if kind == "sitemapindex":
            self._count("discovery/sitemap_indexes")
            self._plan_sitemaps(self._listed_sitemaps(entries), depth + 1)
            yield from self._next_sitemap()
            return
        yield from self._add_links(entries, "sitemap")

    def _listed_sitemaps(self, entries: Iterable[Listed]) -> Iterator[str]:
        zone = self._zone()
        for entry in entries:
            # A dated sitemap last changed before `since` lists nothing newer.
            day = local_day(entry.published, zone)
            if self.since and day and day < self.since:
                self._count("discovery/sitemaps_older_than_since")
                continue
            url = self._local(entry.url)
            if self.on_portal(url):
                yield url

    def on_sitemap_error(self, failure: Any) -> Iterator[scrapy.Request]:
        self.walk.outstanding = max(0, self.walk.outstanding - 1)
        self.on_error(failure)
        yield from self._next_sitemap()

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        try:
            entries = read_feed(response.body, base_url=response.url)
        except PartialRead as exc:
            # (a download cut short, HTML entities in XML: the items read are the feed's)
            self._count("discovery/partly_read_feeds")
            self.logger.warning("Read feed %s in part: %s", response.url, exc)
            entries = exc.entries
        except DiscoveryError as exc:
            self._count("discovery/bad_feed")
            self.logger.warning("Skipped feed %s: %s", response.url, exc)
            return
        self._count("discovery/feeds")
        yield from self._add_links(iter(entries), "feed")

    def parse_archive(self, response: Response, day: str, page_no: int
                      ) -> Iterator[scrapy.Request]:
        from newscrawl.pages.html.document import Document

        html = self._text(response, "archive")
        if html is None:
            return
        listing = self.listing_page(Document(html, response.url)).listing()
        self._count("discovery/archive_pages")
        listed_day = date.fromisoformat(day)
        yield from self.listed_articles(
            [Listed(link.url, listed_day, link.date_text) for link in listing.article_links],
            source="archive")
        next_page = self._local(listing.next_page) if listing.next_page else None
        if next_page and self.on_portal(next_page) and page_no < self.max_pages:
            yield self._archive_request(listed_day, page_no + 1, next_page)
        elif self.state.store is not None and self.backfill:
            # The day is walked: its articles are requested (and pending until written).
            self._store(self.state.store.mark_day, self.portal.id, "archive", day)

    # --- the gate every listed article passes -----------------------------------

    def listed_articles(self, entries: Iterable[Listed], *, source: str,
                        limit: int | None = None) -> Iterator[scrapy.Request]:
        """Requests for the listed articles that pass the gate; at most `limit` of them,
        the rest of `entries` left unread (an iterator goes on from there next time)."""
        zone = self._zone()
        queued: list[str] = []
        given = 0
        for entry in entries:
            url = self._local(entry.url)
            if not self.on_portal(url):
                continue
            self._count(f"discovery/{source}_links")
            day = local_day(entry.published, zone)
            if entry.date_text and entry.published is None:
                self._count("discovery/bad_dates")
            if not self.admit(url, day):
                continue
            if self.max_articles is not None and \
                    self.articles_requested >= self.max_articles:
                continue
            self.articles_requested += 1
            queued.append(self._key(url))
            yield self._article_request(url, None)
            given += 1
            if limit is not None and given >= limit:
                break
        store = self.state.store
        if store is not None and queued:
            self._store(store.add_pending, self.portal.id, None, queued)
