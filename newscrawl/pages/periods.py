"""Periods a page prints with two <time>s (an event's or an exhibition's run): no date of
the article. Pure of crawling: asked of a page object's elements."""

from __future__ import annotations

import re
from typing import Any

from newscrawl.lang.dates import CLOCK, parse_date_detail
from newscrawl.lang.datetext import FULL_DATE
from newscrawl.lang.text import normalise_space

# What joins the two ends of a period: "13.03.–31.08.2025", "May 2 to May 9", "bis".
_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|bis|to|until|through|sampai|hingga|s\.?\s?d\.?|au|al)\s*",
                         re.IGNORECASE)


def in_range(el: Any) -> bool:
    """Whether a <time> is one end of a period (an event's or an exhibition's run: two
    <time>s joined by a dash or a "to", each a day by its datetime, the second a later day, none
    marked as the last change), or an element holds one: no publication date. Not a date
    and its clock ("<time>4 Maret 2025</time> - <time>14:20 WIB</time>"), nor a
    publication date and its update."""
    if el.tag != "time":
        return any(map(in_range, el.iterdescendants("time")))
    after, before = el.getnext(), el.getprevious()
    if after is not None and after.tag == "time" and _RANGE_JOIN.fullmatch(el.tail or ""):
        return _a_period(el, after)
    if before is not None and before.tag == "time" and _RANGE_JOIN.fullmatch(before.tail or ""):
        return _a_period(before, el)
    return False


def _a_period(start: Any, end: Any) -> bool:
    days = [_day_of(t) for t in (start, end)]
    return days[0] is not None and days[1] is not None and days[1] > days[0] \
        and not any(_UPDATE_CLASS.search(t.get("class") or "") for t in (start, end))


def _day_of(time_el: Any) -> str | None:
    """A <time>'s day, "YYYY-MM-DD": its datetime's, else its text's where that is a day
    and no more ("12 Mei 2025"; not a clock, "14:20 WIB")."""
    m = _ISO_DAY.match(time_el.get("datetime") or "")
    if m is not None:
        return m.group(0)
    text = normalise_space(time_el.text or "")
    if not FULL_DATE.search(text) or CLOCK.search(text):
        return None
    parsed = parse_date_detail(text, default_tz="UTC")
    return parsed.value.date().isoformat() if parsed is not None else None


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_UPDATE_CLASS = re.compile(r"updat|modif", re.IGNORECASE)
