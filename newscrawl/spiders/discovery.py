"""Discovery modes of the portal spider: sitemaps, feeds and date archives.

A mixin of PortalSpider (`-a discover=sections|sitemaps|feeds|archive|auto`). Every
article link found, whatever the source, goes through the same gate as section links:
the portal's own hosts, `since` / `until`, the seen store (an article already stored is
not fetched) and the pending list. A sitemap or feed that cannot be read costs that file
only: logged and counted (`newscrawl/discovery/bad_sitemap`, `.../bad_feed`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import scrapy
from scrapy.http import Response

from newscrawl.discovery import (
    DiscoveryError,
    Listed,
    archive_url,
    days,
    local_day,
    read_feed,
    read_sitemap,
    sitemaps_in_robots,
)

ROBOTS = "robots"  # a catalog `sitemaps` entry: the sitemaps robots.txt announces


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
            for entry in site.sitemaps or (ROBOTS,):
                if entry == ROBOTS:
                    yield scrapy.Request(site.section_url("robots.txt"),
                                         callback=self.parse_robots_sitemaps,
                                         errback=self.on_robots_error,
                                         dont_filter=True)
                else:
                    yield self._sitemap_request(site.section_url(entry))
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
        return ZoneInfo(site.timezone or self.tz or "Asia/Jakarta")

    def _sitemap_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_sitemap,
                              errback=self.on_error)

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
        wanted = 0
        for url in found:
            url = self._local(url)
            if self.on_portal(url):
                wanted += 1
                yield self._sitemap_request(url)
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

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        try:
            kind, entries = read_sitemap(response.body)
        except DiscoveryError as exc:
            self._count("discovery/bad_sitemap")
            self.logger.warning("Skipped sitemap %s: %s", response.url, exc)
            return
        self._count("discovery/sitemaps")
        if kind == "sitemapindex":
            zone = self._zone()
            for entry in entries:
                # A dated sitemap last changed before `since` lists nothing newer.
                day = local_day(entry.published, zone)
                if self.since and day and day < self.since:
                    self._count("discovery/sitemaps_older_than_since")
                    continue
                url = self._local(entry.url)
                if self.on_portal(url):
                    yield self._sitemap_request(url)
            return
        yield from self.listed_articles(entries, source="sitemap")

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        try:
            entries = read_feed(response.body)
        except DiscoveryError as exc:
            self._count("discovery/bad_feed")
            self.logger.warning("Skipped feed %s: %s", response.url, exc)
            return
        self._count("discovery/feeds")
        yield from self.listed_articles(entries, source="feed")

    def parse_archive(self, response: Response, day: str, page_no: int
                      ) -> Iterator[scrapy.Request]:
        from newscrawl.pages.document import Document

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

    def listed_articles(self, entries: list[Listed], *, source: str
                        ) -> Iterator[scrapy.Request]:
        zone = self._zone()
        queued: list[str] = []
        for entry in entries:
            url = self._local(entry.url)
            if not self.on_portal(url):
                continue
            self._count(f"discovery/{source}_links")
            day = local_day(entry.published, zone)
            if entry.date_text and entry.published is None:
                self._count("discovery/bad_dates")
            if day and self.since and day < self.since:
                self._count("skipped_older_than_since")
                continue
            if day and self.until and day > self.until:
                self._count("skipped_newer_than_until")
                continue
            key = self._key(self.article_page.first_page_url(url))
            if self.state.already_stored(key) or self.state.already_stored(self._key(url)):
                self._count("skipped_stored")
                continue
            if self.max_articles is not None and \
                    self.articles_requested >= self.max_articles:
                continue
            self.articles_requested += 1
            queued.append(self._key(url))
            yield self._article_request(url, None)
        store = self.state.store
        if store is not None and queued:
            self._store(store.add_pending, self.portal.id, None, queued)
