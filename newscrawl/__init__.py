"""newscrawl: a Scrapy crawler for Indonesian regional news portals.

In-process API (no Scrapy needed): `newscrawl.parse_page(html, url, *, portal=None)`
and `newscrawl.parse_listing(html, url, *, portal=None)` (newscrawl.api), and
`newscrawl.load(path)`: an export as a typed pandas DataFrame (newscrawl.export.load).
"""

from typing import Any

from newscrawl.version import __version__

__all__ = ["parse_page", "parse_listing", "load", "__version__"]


def __getattr__(name: str) -> Any:
    # Imported on first use, so that `import newscrawl.lang.dates` stays light.
    if name in ("parse_page", "parse_listing"):
        from newscrawl import api

        return getattr(api, name)
    if name == "load":
        from newscrawl.export.load import load

        return load
    raise AttributeError(f"module 'newscrawl' has no attribute {name!r}")
