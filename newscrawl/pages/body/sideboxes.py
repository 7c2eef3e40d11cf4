"""Where a box stands beside an article's text, by the order of the text's units: opening
the text after the headline, far after it (a footer past the sidebars), or named for a box
beside it (an author's bio, a glossary's widget). Asked by newscrawl.pages.body.maincontent
of boxes whose words its weighing would overrule. Pure functions (no Scrapy import)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from newscrawl.pages.body.units import Unit

# A box named for its author, or a newsroom's widget set in the text (a glossary's, a Q&A's).
SIDE_BOX_NAME = re.compile(r"author|penulis|writer|bio(?:graphy)?(?:$|[-_\s])|saboxplugin"
                           r"|glosarium|glossary|ensiklopedia|tanya-?jawab", re.IGNORECASE)


def is_footer(element: Any) -> bool:
    """Whether a box is the page's footer (its "Tentang Kami", its "Pedoman Pemberitaan
    Media Siber"): after the text, no wrapper of it, however long beside a short one."""
    return element.tag == "footer" or "footer" in (element.get("class") or "").lower() \
        or "footer" in (element.get("id") or "").lower()


def names_side_box(element: Any) -> bool:
    """Whether a box's class or id names its author ("author-card", "author-bio",
    "about-the-author", "penulis-box"), not a byline's words of any article meta, or a
    newsroom's widget set in the text ("ensiklopedia-box", "tanya-jawab-widget")."""
    return bool(SIDE_BOX_NAME.search(f"{element.get('class') or ''} {element.get('id') or ''}"))


def far_after(headline: int, first: int, good_at: list[int], units: list[Unit]) -> bool:
    """Whether a box's good text, starting at unit `first`, stands apart from the article's
    after the headline: not right after it, and the good text before it a box's (a
    sidebar's, a related card's: a footer's "Pedoman" after them, not the article's rest
    that an unclosed <footer> swallowed)."""
    if first <= headline or opens_after(headline, first, good_at, 1):
        return False
    return bool(units[good_at[bisect_left(good_at, first) - 1]].boxes)


def opens_after(headline: int | None, first: int | None, good_at: list[int],
                allowed: int = 0) -> bool:
    """Whether the good text starting at unit `first` is the first after the headline, or
    comes after `allowed` units of it at most (a standfirst)."""
    if headline is None or first is None or first <= headline:
        return False
    return bisect_left(good_at, first) - bisect_right(good_at, headline) <= allowed
