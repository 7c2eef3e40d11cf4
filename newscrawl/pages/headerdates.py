"""Where a page's header prints its date, in shapes the generic reader asks about: the line
just above a headline in an old layout, a CMS's publication date printed beside its draft's
creation, a meta line's dated segment, a clock printed alone, an embedded post's own date.
Pure functions (no Scrapy import)."""

from __future__ import annotations

import re
from typing import Any

from newscrawl.lang.credits import SEGMENT_BAR
from newscrawl.lang.dates import is_update_label
from newscrawl.lang.datetext import (
    FULL_DATE,
    is_created_label,
    is_published_label,
    is_read_time_label,
)
from newscrawl.pages.body.vocabulary import classify
from newscrawl.pages.heuristics import in_box
from newscrawl.pages.html.document import text_of
from newscrawl.pages.ownsite import PROFILE_PATH

# A clock printed alone, with a word before it and its zone at most ("9.41am", "Pukul
# 10.00 WIB", "10:15:22 WITA"): no day of its own.
CLOCK_ONLY = re.compile(r"^\D{0,30}\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?"
                        r"(?:\s*[A-Za-z]{2,5})?\W*$", re.IGNORECASE)
_INLINE_WRAPPERS = frozenset(("font", "span", "b", "strong", "a", "em", "i", "center"))
_MEDIA_TAGS = ("img", "picture", "figure", "figcaption", "video", "iframe")


def line_above(head: Any) -> list[Any]:
    """The element just above a headline (past <br>s and the inline wrappers it sits in
    alone), with what it holds, where it is a short line of text: no media, no caption."""
    lead = head
    while (up := lead.getparent()) is not None and up.tag in _INLINE_WRAPPERS and len(up) == 1:
        lead = up
    above = next((el for el in lead.itersiblings(preceding=True) if el.tag != "br"), None)
    if above is None or not isinstance(above.tag, str) or above.tag in _MEDIA_TAGS \
            or next(above.iter(*_MEDIA_TAGS), None) is not None or len(text_of(above)) > 80 \
            or classify(f"{above.get('class') or ''} {above.get('id') or ''}")[0] in (
                "caption", "nav", "ticker"):
        return []
    return [above, *above.iterdescendants()]


def published_beside(el: Any, text: str) -> str:
    """A date labelled as its draft's creation (Joomla's `dd.create`, "Dibuat: ...") gives
    way to the publication's printed in a sibling just after it ("Dipublikasikan: ...")."""
    if not is_created_label(text):
        return text
    for sibling in list(el.itersiblings())[:4]:
        printed = text_of(sibling)
        if is_published_label(printed) and FULL_DATE.search(printed):
            return printed
    return text


def dated_segment(line: str) -> str:
    """A meta line's date: its first segment that prints one and is no print time, with
    the clock the next segment prints ("Penulis: A | Selasa, 5 Maret 2024 | 10:15 WIB |
    Editor: B" -> "Selasa, 5 Maret 2024 10:15 WIB"); "" where no segment does."""
    segments = SEGMENT_BAR.split(line)
    for i, segment in enumerate(segments):
        if FULL_DATE.search(segment) and not is_read_time_label(segment):
            after = segments[i + 1] if i + 1 < len(segments) else ""
            clock = CLOCK_ONLY.match(after) and not is_update_label(after)
            return f"{segment} {after}" if clock else segment
    return ""


# A link's words at least, for a headline's: an author's name is shorter, or it links to
# the author's page, the section's or a tag's.
MIN_LINKED_HEADLINE_WORDS = 4
_PROFILE_LINK = re.compile(rf"{PROFILE_PATH.pattern}|/(?:kategori|category|categories|kanal"
                           r"|rubrik|tags?|topik)\b", re.IGNORECASE)


def in_rows(el: Any) -> bool:
    """Whether an element sits in a row of a list of rows: its parent beside another of the
    same tag and class (a related view's "views-row"s)."""
    row = el.getparent()
    if row is None:
        return False
    key = (row.tag, row.get("class"))
    return any((s.tag, s.get("class")) == key for s in (
        *row.itersiblings(), *row.itersiblings(preceding=True)))


def dates_another_piece(el: Any) -> bool:
    """Inside an embedded post (an Instagram or X post's own date, in its own zone), or
    printed just after a link (an old list's line, "&raquo; <a>Headline</a> <span>(14-10-
    2018)</span>", another article's): no date of the article's."""
    before = el.getprevious()
    if before is not None and before.tag == "a" and (href := before.get("href")) \
            and not (before.tail or "").strip(" \t\n-|·•,") \
            and before.get("rel") != "author" and not _PROFILE_LINK.search(href) \
            and len(text_of(before).split()) >= MIN_LINKED_HEADLINE_WORDS:
        return True  # (not a byline's "<a>Author Name</a> <span>date</span>")
    return in_box(el, "embed", 8)
