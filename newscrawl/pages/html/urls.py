"""URL helpers of page objects and spiders. Pure module (no Scrapy import)."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# An absolute http(s) URL without a query or fragment, which urlsplit and urlunsplit give
# back unchanged (no tabs or line breaks for urlsplit to take out, a plain host).
_NO_QUERY = re.compile(r"https?://[^/?#\[\]\s]+(?:/[^?#\t\r\n]*)?\Z")


def without_query_keys(url: str, *keys: str) -> str:
    """The URL without the query parameters `keys` (and without its fragment)."""
    if _NO_QUERY.match(url):
        return url  # most article URLs: nothing to take out
    parts = urlsplit(url)
    query = parts.query
    if (query and "&" not in query and "%" not in query and "+" not in query
            and query.split("=", 1)[0] in keys):
        # A page link's whole query is the key taken out ("?page=2"): no query is left.
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in keys]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def rebase(url: str, base_url: str, hosts: tuple[str, ...]) -> str:
    """Point a URL of one of `hosts` at `base_url` (the demo and tests serve a portal elsewhere)."""
    parts = urlsplit(url)
    if parts.hostname in hosts:
        base = urlsplit(base_url)
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))
    return url


