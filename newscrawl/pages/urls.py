"""URL helpers of page objects and spiders. Pure module (no Scrapy import)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


def without_query_keys(url: str, *keys: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in keys]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def rebase(url: str, base_url: str, hosts: tuple[str, ...]) -> str:
    """Point a URL of one of `hosts` at `base_url` (the demo and tests serve a portal elsewhere)."""
    parts = urlsplit(url)
    if parts.hostname in hosts:
        base = urlsplit(base_url)
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))
    return url


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
