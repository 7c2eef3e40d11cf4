"""From page objects' raw records to normalised Article records. Pure: no Scrapy import.

A page object gives a raw `Article` (dates unparsed); `finish_item` adds
what the crawl knows (portal, listed section, fetch time) and
`merge_articles` joins the pages of a multi-page article. The `normalise_*`
steps are what the pipelines run, in order, so that `newscrawl.parse_page`
on a saved page gives the same record as a crawl.
"""

from __future__ import annotations

import re
import time
from collections.abc import MutableMapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from newscrawl.catalog import Portal
from newscrawl.dates import (
    TZ_EXPLICIT,
    TZ_PORTAL_DEFAULT,
    ParsedDate,
    parse_date_detail,
    to_iso,
)
from newscrawl.gazetteer import dateline_zone
from newscrawl.items import Article
from newscrawl.promo import unique

REQUIRED_FIELDS = ("url", "title", "body", "published_at")
DEFAULT_ZONE = "Asia/Jakarta"
# Where the zone of a portal outside the catalog came from (published_tz_source).
TZ_IMPLIED = "implied_offset"  # the page gives a local time and the UTC instant of it
TZ_DATELINE = "dateline"  # the place the article was filed from
TZ_ARGUMENT = "argument"  # the user's --tz / -a tz=
TZ_ASSUMED = "assumed"  # nothing said: WIB
_ZONE_BY_OFFSET = {7: "Asia/Jakarta", 8: "Asia/Makassar", 9: "Asia/Jayapura"}


def item_fields(item: object) -> MutableMapping[str, Any]:
    """An item's fields as a mapping: an Article's own attributes, any other item type
    through itemadapter, imported only then (it imports Scrapy and Twisted, which the
    in-process API does without)."""
    if type(item) is Article:
        return vars(item)  # a plain dataclass: its fields are its instance dict
    from itemadapter import ItemAdapter

    return ItemAdapter(item)


def utc_now_iso() -> str:
    """Now in UTC to the second, `2024-03-10T05:00:00Z` (once a record: formatted by the C
    library, not through a timezone-aware datetime)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def finish_item(item: Article, portal: Portal, *, listed_section: str | None = None,
                crawled_at: str | None = None) -> Article:
    """A page object's raw record with what the crawl knows about it."""
    item.portal = portal.id
    item.site_name = item.site_name or portal.name
    item.section = item.section or listed_section or None
    item.crawled_at = crawled_at or utc_now_iso()
    return item


def merge_articles(pages: list[Article]) -> Article:
    """One record from an article's pages (in page order): metadata of page 1, all bodies."""
    first = pages[0]
    merged = replace(first)
    bodies = [p.body for p in pages if p.body]
    merged.body = "\n\n".join(bodies) if bodies else None
    merged.removed_promos = [r for p in pages for r in p.removed_promos]
    for attr in ("authors", "editors", "tags"):
        setattr(merged, attr, unique([v for p in pages for v in getattr(p, attr)]))
    for attr in ("title", "published_raw", "published_alt_raw", "modified_raw", "source",
                 "image_url", "image_caption", "section", "site_name"):
        if not getattr(merged, attr):
            setattr(merged, attr, next((getattr(p, attr) for p in pages if getattr(p, attr)),
                                       None))
    merged.pages = len(pages)
    return merged


def _crawl_time(adapter: MutableMapping[str, Any]) -> datetime | None:
    value = adapter.get("crawled_at")
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})/(\d{1,2})/(\d{1,2})/")


def url_date(url: str | None) -> date | None:
    """The date in an article URL's path (`/2022/02/22/`), if it has one."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def reconcile_dates(
    machine: ParsedDate | None, visible: ParsedDate | None, article_url: str | None
) -> tuple[ParsedDate | None, bool]:
    """Choose between the machine-readable and the visible publication date.

    Returns the chosen date and whether it is the visible one. Real pages
    disagree with themselves: a WordPress site labels local time as UTC (the
    two differ by exactly the offset: the visible one is right), a stray meta
    tag carries a years-old date (they differ by days: the one matching the
    URL's date path is right). Otherwise the machine-readable date wins.
    """
    if machine is None or visible is None:
        return (machine or visible), machine is None and visible is not None
    m, v = machine.value, visible.value
    if m == v:
        # Same instant: report the text that printed its zone, if only one did.
        swap = machine.tz_source != TZ_EXPLICIT and visible.tz_source == TZ_EXPLICIT
        return (visible, True) if swap else (machine, False)
    same_wall_clock = m.replace(tzinfo=None) == v.replace(tzinfo=None)
    if same_wall_clock and visible.tz_source == TZ_EXPLICIT:
        return visible, True
    if same_wall_clock and m.utcoffset() == timedelta(0):
        return visible, True  # local time labelled UTC
    if abs(m - v) >= timedelta(days=1):
        in_url = url_date(article_url)
        if in_url is not None:
            m_gap = abs((m.date() - in_url).days)
            v_gap = abs((v.date() - in_url).days)
            if v_gap < m_gap:
                return visible, True
    return machine, False


def _printed_zone(parsed: list[ParsedDate | None]) -> str | None:
    """The Indonesian zone a date text printed (WIB/WITA/WIT or +07/+08/+09), if any."""
    for p in parsed:
        if p is not None and p.tz_source == TZ_EXPLICIT:
            offset = p.value.utcoffset() or timedelta(0)
            hours, rest = divmod(offset, timedelta(hours=1))
            if not rest and hours in _ZONE_BY_OFFSET:
                return _ZONE_BY_OFFSET[hours]
    return None


def _implied_zone(a: ParsedDate | None, b: ParsedDate | None) -> str | None:
    """The zone implied where one text is a UTC instant and the other its local wall time."""
    for utc, wall in ((a, b), (b, a)):
        if (utc is None or wall is None or utc.tz_source != TZ_EXPLICIT
                or utc.value.utcoffset() != timedelta(0) or wall.tz_source == TZ_EXPLICIT):
            continue
        gap = wall.value.replace(tzinfo=None) - utc.value.replace(tzinfo=None)
        hours, rest = divmod(gap, timedelta(hours=1))
        if not rest and hours in _ZONE_BY_OFFSET:
            return _ZONE_BY_OFFSET[hours]
    return None


def infer_zone(raw: str | None, alt: str | None, body: str | None,
               given_tz: str | None = None) -> tuple[str, str]:
    """The zone of a portal outside the catalog, and where it came from.

    In order: a zone the page prints; the offset implied by a local wall time
    and a UTC instant of the same moment; the dateline's place ("Manado,"
    means WITA); the user's zone (--tz / -a tz=); else WIB.
    """
    probe = [parse_date_detail(t, default_tz="UTC") if t else None for t in (raw, alt)]
    printed = _printed_zone(probe)
    if printed:
        return printed, TZ_EXPLICIT
    implied = _implied_zone(*probe)
    if implied:
        return implied, TZ_IMPLIED
    place = dateline_zone((body or "")[:200])
    if place:
        return place[0], TZ_DATELINE
    if given_tz:
        return given_tz, TZ_ARGUMENT
    return DEFAULT_ZONE, TZ_ASSUMED


def _in_zone(parsed: ParsedDate, zone: str, source: str) -> ParsedDate:
    """A date with no printed zone takes `zone` (and says so); a UTC instant is shown in it."""
    if parsed.tz_source == TZ_PORTAL_DEFAULT and source != TZ_PORTAL_DEFAULT:
        return ParsedDate(parsed.value, source)
    if parsed.tz_source == TZ_EXPLICIT and parsed.value.utcoffset() == timedelta(0):
        return ParsedDate(parsed.value.astimezone(ZoneInfo(zone)), TZ_EXPLICIT)
    return parsed


def normalise_dates(item: object, portal_tz: str | None, given_tz: str | None = None) -> None:
    """published_raw / published_alt_raw / modified_raw -> ISO 8601 with the right offset.

    `portal_tz` is the catalog's zone of the portal; None for a portal outside
    the catalog, whose zone is then inferred (`infer_zone`).
    """
    adapter = item_fields(item)
    now = _crawl_time(adapter)
    raw, alt = adapter.get("published_raw"), adapter.get("published_alt_raw")
    if portal_tz:
        zone, source = portal_tz, TZ_PORTAL_DEFAULT
    else:
        zone, source = infer_zone(raw, alt, adapter.get("body"), given_tz)
    parsed: dict[str, ParsedDate | None] = {}

    def parse(text: str | None) -> ParsedDate | None:
        # The modified date is often the published text again: parsed once.
        if not text:
            return None
        if text not in parsed:
            parsed[text] = parse_date_detail(text, default_tz=zone, now=now)
        return parsed[text]

    machine = parse(raw)
    visible = parse(alt)
    chosen, swapped = reconcile_dates(machine, visible, adapter.get("url"))
    if swapped:
        adapter["published_raw"], adapter["published_alt_raw"] = alt, raw
    if chosen:
        chosen = _in_zone(chosen, zone, source)
        adapter["published_at"] = to_iso(chosen.value)
        adapter["published_tz_source"] = chosen.tz_source
    modified = parse(adapter.get("modified_raw"))
    mislabelled = (swapped and machine is not None and visible is not None
                   and machine.value.utcoffset() == timedelta(0)
                   and machine.value.replace(tzinfo=None) == visible.value.replace(tzinfo=None))
    if modified and mislabelled and modified.value.utcoffset() == timedelta(0):
        # The site labels local time as UTC (its publication date showed it): so does this.
        modified = ParsedDate(modified.value.replace(tzinfo=chosen.value.tzinfo), TZ_EXPLICIT)
    # A "last modified" before publication is a template error: keep the raw text only.
    if modified and chosen and modified.value < chosen.value:
        modified = None
    if modified:
        modified = _in_zone(modified, zone, source)
    adapter["modified_at"] = to_iso(modified.value) if modified else None


# What a record may hold. The longest real article bodies run to some 60,000 characters;
# anything longer is page text that is not an article (a listing, a dump), cut and counted.
MAX_BODY_CHARS = 200_000
MAX_TEXT_CHARS = 2_000  # title, captions, raw dates, names, URLs
MAX_LIST_ITEMS = 100  # authors, tags, removed promos


def bound_fields(item: object) -> list[str]:
    """Cut over-long fields to their limits; return the names of the fields cut."""
    adapter = item_fields(item)
    cut = []
    for name in list(adapter):
        value = adapter.get(name)
        limit = MAX_BODY_CHARS if name == "body" else MAX_TEXT_CHARS
        if isinstance(value, str) and len(value) > limit:
            adapter[name] = value[:limit]
            cut.append(name)
        elif isinstance(value, list):
            items = [v[:MAX_TEXT_CHARS] if isinstance(v, str) else v
                     for v in value[:MAX_LIST_ITEMS]]
            if items != value:
                adapter[name] = items
                cut.append(name)
    return cut


def missing_fields(item: object) -> list[str]:
    adapter = item_fields(item)
    return [f for f in REQUIRED_FIELDS if not adapter.get(f)]
