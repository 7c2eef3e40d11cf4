"""`NEWSCRAWL_WARC` (`newscrawl crawl --warc`, `scrapy crawl -s NEWSCRAWL_WARC=true`):
every response the crawl fetched, with its request, archived as WARC in
`<data dir>/<portal>/<run time>.warc.gz`, beside the run file (newscrawl.archive.warc).

A downloader middleware next to the downloader (after the stock ones that change a
response on its way back: HttpCompressionMiddleware, RedirectMiddleware, the retry), so it
archives what came over the wire: every redirect, error page, robots.txt, sitemap and
retry, the body still compressed as the server sent it. An archive that cannot be written
(disk full) stops archiving, not the crawl: the records are the product, the archive a
copy of their sources (logged once, counted `newscrawl/warc/write_failed`)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from newscrawl.archive import warc
from newscrawl.crawl.feeds import run_time
from newscrawl.version import __version__

logger = logging.getLogger(__name__)

# The callbacks of article pages (newscrawl.crawl.spiders.articles): what `newscrawl
# reparse` reads as articles.
PAGE_KINDS = {"parse_article": "article", "parse_continuation": "article_page"}


class WarcArchiveMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("NEWSCRAWL_WARC"):
            raise NotConfigured  # no message: off by default
        self.crawler = crawler
        self.archive: warc.WarcFile | None = None
        self.failed = False
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcArchiveMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Any = None
                         ) -> Response:
        if self.failed:
            return response
        try:
            archive = self.archive or self._open()
            archive.append(warc.fetch_records(self._fetch(request, response)))
            self.crawler.stats.inc_value("newscrawl/warc/records")
        except OSError as exc:
            self.failed = True
            self.crawler.stats.inc_value("newscrawl/warc/write_failed")
            logger.error("WARC archive %s: %s; archiving stopped for this run (the crawl goes "
                         "on)", self.archive.path if self.archive else "(not opened)", exc)
        return response

    def _open(self) -> warc.WarcFile:
        spider = self.crawler.spider
        folder = Path(self.crawler.settings.get("NEWSCRAWL_DATA_DIR", "data")) / spider.name
        folder.mkdir(parents=True, exist_ok=True)
        # The previous run's archive, if a kill cut its last record, is mended first.
        for earlier in sorted(folder.glob("*" + warc.SUFFIX))[-1:]:
            cut = warc.mend(earlier)
            if cut:
                self.crawler.stats.inc_value("newscrawl/warc/mended")
                logger.warning("WARC archive %s: a cut last record (%d bytes) removed",
                               earlier, cut)
        stamp = run_time(self.crawler)
        for n in range(1000):
            path = folder / f"{stamp}{f'-{n}' if n else ''}{warc.SUFFIX}"
            try:
                self.archive = warc.WarcFile(path)
                break
            except FileExistsError:
                continue
        else:
            raise FileExistsError(f"no free archive name in {folder}")
        agent = self.crawler.settings.get("USER_AGENT")
        self.archive.append(warc.warcinfo_record(path.name, f"newscrawl {__version__}",
                                                 agent))
        return self.archive

    def _fetch(self, request: Request, response: Response) -> warc.Fetch:
        spider = self.crawler.spider
        extra = {warc.PORTAL: spider.name}
        portal, site = getattr(spider, "portal", None), getattr(spider, "site", None)
        if portal is not None and site is not None and site.base_url != portal.base_url:
            extra[warc.BASE_URL] = site.base_url
        kind = PAGE_KINDS.get(getattr(request.callback, "__name__", ""))
        if kind:
            extra[warc.PAGE] = kind
        section = (request.cb_kwargs or {}).get("section")
        if kind and section:
            extra[warc.SECTION] = str(section)
        return warc.Fetch(
            url=response.url, status=response.status, body=response.body,
            response_headers=_pairs(response.headers), fetched_at=datetime.now(UTC),
            method=request.method, request_headers=_pairs(request.headers),
            request_body=request.body or b"", protocol=response.protocol or "HTTP/1.1",
            ip=str(response.ip_address) if response.ip_address else None, extra=extra)

    def close(self, spider: Any = None) -> None:
        if self.archive is not None:
            try:
                self.archive.close()
            except OSError as exc:
                logger.error("WARC archive %s: %s", self.archive.path, exc)
            self.archive = None


def _pairs(headers: Any) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers.items() for value in values]
