"""What a portal spider makes of a request that failed: the cause named and counted
(`newscrawl/http_errors/<status>`, `request_errors/<error>`, `skipped/too_large`, redirect
loops) and one warning line. A base class of PortalSpider."""

from __future__ import annotations

from typing import Any

import scrapy
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from twisted.python.failure import Failure


class FailureLog:
    """Failed requests, counted and logged by cause (with the spider's `_count` and
    `logger`)."""

    logger: Any
    _count: Any

    def request_dropped(self, request: scrapy.Request, spider: Any = None) -> None:
        # A redirect back to a URL already requested is dropped by the dupefilter, with
        # no errback: a redirect loop. Count it, or the article goes missing silently.
        if request.meta.get("redirect_urls"):
            self._count("request_errors/redirect_loop")
            self.logger.warning("Failed %s: redirect loop (via %s)", request.url,
                                " -> ".join(request.meta["redirect_urls"]))

    def log_failure(self, failure: Failure) -> None:
        """Count and log a request that failed, by its cause (one warning line)."""
        request = failure.request
        reason = failure.type.__name__ if failure.type else "Error"
        response = getattr(failure.value, "response", None)
        # Scrapy cancels a download that outgrows DOWNLOAD_MAXSIZE (wire or decompressed).
        if failure.check(DownloadCancelledError) or "DOWNLOAD_MAXSIZE" in str(failure.value):
            reason = "too_large"
            self._count("skipped/too_large")
        elif failure.check(IgnoreRequest) and "offsite redirect" in str(failure.value):
            reason = "offsite redirect"  # counted by PortalScopeMiddleware
        elif failure.check(IgnoreRequest) and "max redirections" in str(failure.value):
            reason = "redirect loop"
            self._count("request_errors/redirect_loop")
        elif response is not None:
            reason = f"HTTP {response.status}"
            self._count(f"http_errors/{response.status}")
        else:
            self._count(f"request_errors/{reason}")
        self.logger.warning("Failed %s: %s", request.url, reason)
