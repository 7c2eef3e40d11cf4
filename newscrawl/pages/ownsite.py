"""Links of a page to pages of its own site: a writer's profile page, the site's own
account in JSON-LD. Pure functions (no Scrapy import)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

# A writer's page on a site: an author's, a profile's ("/author/x", "/profil/x").
PROFILE_PATH = re.compile(r"/(?:authors?|penulis|reporters?|wartawan|jurnalis|redaksi|profil"
                          r"|profiles?|people|staff|writers?|contributors?|users?)\b",
                          re.IGNORECASE)


def links_to_own_site(node: Any, host: str) -> bool:
    """Whether a JSON-LD node's url is on the page's host, not at a writer's page there
    (the site's own account, not a writer typed an Organization)."""
    url = node.get("url") if isinstance(node, dict) else None
    if not isinstance(url, str) or not host or PROFILE_PATH.search(urlsplit(url).path):
        return False
    return (urlsplit(url).hostname or "").removeprefix("www.") == host.removeprefix("www.")
