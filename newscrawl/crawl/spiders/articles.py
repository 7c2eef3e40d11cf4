"""An article's pages, from its first response to its record: a base class of PortalSpider.

`parse_article` reads a page with the portal's article page object; a page in the middle
of a multi-page article sends the crawl to its first page; the first page's record waits
for every later page (`parse_continuation`), then the pages are merged into one record,
which carries its `Provenance` (the portal's zone, `since`, the URLs that led to it, a
stored digest) to the pipelines and the feed. A later page that fails leaves a record of
the pages that came (`pages` says how many).

Uses PortalSpider's helpers (site, state, tz, since, page_budget, article_page,
aliases_found, _text, _key, _local, on_portal, _count, _store, _article_request,
log_failure), which it is only ever mixed into.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from newscrawl.crawl.middlewares import StoppedDuringRest
from newscrawl.model.article import Article, Provenance
from newscrawl.model.finalise import finish_item, merge_articles, utc_now_iso
from newscrawl.pages.html.document import Document


@dataclass
class FetchedPages:
    """The pages of one article fetched so far, and every page it has."""

    items: list[Article]
    page_urls: dict[int, str] = field(default_factory=dict)
    numbers: list[int] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)


class ArticlePages:
    """The article side of a portal spider (see the module's docstring)."""

    def _read(self, response: Response, html: str) -> tuple[Article, int, dict[int, str]]:
        started = time.monotonic()
        page = self.article_page(Document(html, response.url))
        item = page.to_item()
        for name in page.fallbacks:
            self._count(f"fallback/{page.family}/{name}")
        if item.removed_promos:
            self._count("promos_removed", len(item.removed_promos))
        result = item, page.page_number(), page.page_urls()
        elapsed = time.monotonic() - started
        if elapsed > self.page_budget:
            self._count("slow_pages")
            self.logger.warning("Reading %s took %.1f s (budget %.1f s)", response.url,
                                elapsed, self.page_budget)
        return result

    def parse_article(
        self, response: Response, section: str | None
    ) -> Iterator[scrapy.Request | Any]:
        html = self._text(response, "article")
        if html is None:
            return
        item, number, page_urls = self._read(response, html)
        item.url = self._key(item.url)
        led_here = {response.url, response.request.url, response.meta.get("listed_url")}
        aliases = self.aliases_found.pop(item.url, set())
        aliases.update(self._key(u) for u in led_here if u)
        aliases.discard(item.url)
        if number != 1:
            # Arrived in the middle of a multi-page article: start again from page 1,
            # which fetches every page; the dupefilter drops it if already requested (its
            # record then takes these aliases too).
            self.aliases_found[item.url] = aliases
            store = self.state.store
            if store is not None:
                # The listed page is pending as its first page now: whichever worker writes
                # that, the next run does not fetch it again.
                if store.get(item.url) is None:
                    self._store(store.add_pending, self.portal.id, section, [item.url])
                self._store(store.forget_pending, aliases)
            first = self._local(page_urls.get(1, item.url))
            if self.on_portal(first):
                yield self._article_request(first, section)
            return
        provenance = Provenance(portal_zone=self.site.timezone or None, given_tz=self.tz,
                                since=self.since, aliases=frozenset(aliases),
                                stored_digest=response.meta.get("stored_digest"))
        fetched = FetchedPages([item], page_urls, [1], provenance)
        yield from self._next_page_or_item(fetched, section, utc_now_iso())

    def _next_page_or_item(
        self, fetched: FetchedPages, section: str | None, crawled_at: str
    ) -> Iterator[scrapy.Request | Any]:
        todo = [n for n in sorted(fetched.page_urls) if n not in fetched.numbers]
        if todo:
            url = self._local(fetched.page_urls[todo[0]])
            if self.on_portal(url):
                yield scrapy.Request(
                    url,
                    callback=self.parse_continuation,
                    errback=self.on_continuation_error,
                    dont_filter=True,  # the same ?page=N may also be listed on a section page
                    cb_kwargs={"fetched": fetched, "section": section,
                               "crawled_at": crawled_at, "number": todo[0]},
                )
                return
            fetched.page_urls.pop(todo[0])
            yield from self._partial(fetched, section, crawled_at, url)
            return
        if len(fetched.items) > 1:
            self._count("multipage_articles")
        yield self._item(fetched, section, crawled_at)

    def _item(self, fetched: FetchedPages, section: str | None, crawled_at: str) -> Article:
        order = sorted(range(len(fetched.items)), key=lambda i: fetched.numbers[i])
        merged = merge_articles([fetched.items[i] for i in order])
        if merged.image_url:
            # A lead image on the host fetched from (a mirror, the demo's port) is the
            # portal's own: the record names it there, as it names the article.
            merged.image_url = self._key(merged.image_url)
        item = finish_item(merged, self.site, listed_section=section, crawled_at=crawled_at)
        item.provenance = fetched.provenance
        return item

    def parse_continuation(
        self, response: Response, fetched: FetchedPages, section: str | None,
        crawled_at: str, number: int,
    ) -> Iterator[scrapy.Request | Any]:
        html = self._text(response, "article_page")
        if html is None:
            yield from self._partial(fetched, section, crawled_at, response.url)
            return
        item, _, _ = self._read(response, html)
        fetched.items.append(item)
        fetched.numbers.append(number)
        yield from self._next_page_or_item(fetched, section, crawled_at)

    def _partial(
        self, fetched: FetchedPages, section: str | None, crawled_at: str, failed_url: str
    ) -> Iterator[Any]:
        # Keep what we have: the record says how many pages it merged.
        self._count("article_pages_missing")
        self.logger.warning("Article %s: page %s failed; keeping %d page(s)",
                            fetched.items[0].url, failed_url, len(fetched.items))
        yield self._item(fetched, section, crawled_at)

    def on_continuation_error(self, failure: Failure) -> Iterator[Any]:
        if failure.check(StoppedDuringRest):
            return  # the article is written whole by a later run, not in part now
        request = failure.request
        kwargs = request.cb_kwargs
        self.log_failure(failure)
        yield from self._partial(kwargs["fetched"], kwargs["section"], kwargs["crawled_at"],
                                 request.url)
