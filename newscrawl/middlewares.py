"""Downloader middleware: retry blocks (403, 429, 503) with backoff, honouring Retry-After."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.utils.response import response_status_message

BLOCK_STATUSES = frozenset({403, 429, 503})


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (a number or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that waits before retrying a block, counted per portal in the stats.

    The wait is the response's Retry-After when it gives one, else
    NEWSCRAWL_BACKOFF_BASE * 2**attempt seconds; never more than
    NEWSCRAWL_BACKOFF_MAX. Other statuses are retried as Scrapy does.
    """

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.retry_http_codes |= BLOCK_STATUSES
        self.backoff_base = settings.getfloat("NEWSCRAWL_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("NEWSCRAWL_BACKOFF_MAX", 60.0)

    def backoff(self, request: Request, response: Response) -> float:
        asked = retry_after_seconds(response.headers.get("Retry-After"))
        if asked is None:
            asked = self.backoff_base * 2 ** request.meta.get("retry_times", 0)
        return min(asked, self.backoff_max)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if response.status not in BLOCK_STATUSES or request.meta.get("dont_retry", False):
            return super().process_response(request, response)
        self.crawler.stats.inc_value(f"newscrawl/blocked/{response.status}")
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        # Waiting here holds this request's download slot: the portal gets a rest.
        await asyncio.sleep(self.backoff(request, response))
        return retry
