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
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, Protocol
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from newscrawl.lang.dates import (
    PRECISION_DAY,
    PRECISION_MINUTE,
    PRECISION_SECOND,
    TZ_EXPLICIT,
    TZ_PORTAL_DEFAULT,
    ParsedDate,
    is_update_label,
    parse_date_detail,
    to_iso,
)
from newscrawl.lang.datetext import month_first_day, month_first_in
from newscrawl.lang.language import looks_indonesian, record_language
from newscrawl.lang.text import unique
from newscrawl.model.article import Article
from newscrawl.model.pagezone import (
    TZ_ASSUMED,
    infer_zone,
    of_an_indonesian_outlet,
)

REQUIRED_FIELDS = ("url", "title", "body", "published_at")


class PortalFacts(Protocol):
    """What finishing a record needs to know of its portal (a catalog entry has it)."""

    id: str
    name: str
    in_catalog: bool


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


def finish_item(item: Article, portal: PortalFacts, *, listed_section: str | None = None,
                crawled_at: str | None = None) -> Article:
    """A page object's raw record with what the crawl knows about it."""
    item.portal = portal.id
    item.site_name = item.site_name or portal.name
    item.section = item.section or listed_section or None
    item.crawled_at = crawled_at or utc_now_iso()
    # The catalog's portals are Indonesian; a page from outside it says what it is in.
    item.language = "id" if portal.in_catalog else record_language(item.language, item.body)
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


# A date in an article URL's path: /2016/02/15/, /read/2015/11/04/, /16/02/15/ (yy/mm/dd),
# or a segment that opens with 2016-02-15 (/articles/2016-02-15-slug).
_URL_DATE = re.compile(r"/((?:19|20)?\d{2})/(\d{1,2})/(\d{1,2})/"
                       r"|/((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[-_+./]|$)")


def url_date(url: str | None) -> date | None:
    """The date in an article URL's path (`/2022/02/22/`, `/22/02/22/`), if it has one."""
    path = urlsplit(url or "").path
    for m in _URL_DATE.finditer(path):
        parts = m.groups()[:3] if m.group(1) else m.groups()[3:]
        year = int(parts[0])
        if year < 100:
            year += 2000
        try:
            return date(year, int(parts[1]), int(parts[2]))
        except ValueError:
            continue
    return None


def _url_date_text(url: str | None) -> str | None:
    m = _URL_DATE.search(urlsplit(url or "").path)
    return m.group(0) if m else None


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
    if abs(m - v) >= timedelta(minutes=1) and same_wall_time(machine, visible) and (
            visible.tz_source == TZ_EXPLICIT or m.utcoffset() == timedelta(0)):
        # (a zone printed, or local time labelled UTC: the visible one, to the machine's
        # seconds where it printed none)
        if visible.precision != PRECISION_MINUTE or machine.precision != PRECISION_SECOND:
            return visible, True
        return replace(visible, value=m.replace(tzinfo=v.tzinfo), precision=PRECISION_SECOND), True
    if abs(m - v) >= timedelta(days=1):
        in_url = url_date(article_url)
        if in_url is not None:
            m_gap = abs((m.date() - in_url).days)
            v_gap = abs((v.date() - in_url).days)
            if v_gap < m_gap:
                return visible, True
    return machine, False


def same_wall_time(machine: ParsedDate, visible: ParsedDate) -> bool:
    """Whether two dates print the same wall time, to the visible one's precision (a
    printed "20:15 WIB" beside a machine's "20:15:33+00:00": the site's clock left at UTC)."""
    m, v = machine.value.replace(tzinfo=None), visible.value.replace(tzinfo=None)
    if visible.precision == PRECISION_MINUTE:
        m = m.replace(second=0, microsecond=0)
    return m == v


def _last_change_as_publication(machine: ParsedDate, visible: ParsedDate,
                                modified: ParsedDate | None, visible_text: str | None) -> bool:
    """A machine-readable publication date that is the last change's day again (a template
    filling both from one field: Webflow's "Published On" moves with every republish), or
    later than the last change (a template error), where the page prints an earlier date,
    not labelled as an update: the printed date is the publication. Earlier by more than
    any zone can explain: a printed day in an unknown zone may be a day off a UTC instant."""
    if visible.precision == PRECISION_DAY:
        # (the printed day ends, in the zone furthest west, at noon UTC of the day after)
        day = visible.value.date()
        gap = machine.value - datetime(day.year, day.month, day.day, tzinfo=UTC)
        apart = gap >= timedelta(days=1, hours=12)
    else:
        apart = machine.value - visible.value >= timedelta(days=1)
    return modified is not None and modified.value.date() <= machine.value.date() \
        and apart and not is_update_label(visible_text or "")


TZ_FROM_URL = "url"  # internal: a date built from the URL's day, before it takes the zone
# A page's clock may run a little ahead of the crawler's: dates up to this far past the
# fetch time are not "in the future".
FUTURE_SLACK = timedelta(minutes=10)


def _cross_check(chosen: ParsedDate | None, other: ParsedDate | None, url: str | None,
                 zone: str, now: datetime | None, as_printed: bool = False,
                 ) -> tuple[ParsedDate | None, bool]:
    """The chosen publication date, checked against the URL's day and the fetch time.

    Returns the date to write (None: none is right) and whether it is `other`.
    - A date later than the fetch time is never written: `other` if it is not, else none.
    - A date more than a day from the URL's own date (/2016/02/15/) is never written as is:
      `other` if it agrees with the URL, else the URL's day (precision `day`).
    - A day-only date takes the time of `other` where that gives the same day.
    """
    def future(p: ParsedDate | None) -> bool:
        return p is not None and now is not None and p.value > now + FUTURE_SLACK

    switched = False
    if future(chosen):
        chosen, switched = (other, True) if other is not None and not future(other) else (
            None, False)
    in_url = url_date(url)
    if chosen is None and in_url is not None:
        # No date, or none that can be right: the URL's own day, to the day.
        day = datetime(in_url.year, in_url.month, in_url.day, tzinfo=ZoneInfo(zone))
        return ParsedDate(day, TZ_FROM_URL, PRECISION_DAY), False
    if chosen is not None and in_url is not None:
        tz = None if as_printed else ZoneInfo(zone)

        def off(p: ParsedDate) -> int:
            return abs((_local_day(p, tz) - in_url).days)

        if off(chosen) > 1:
            if other is not None and not switched and not future(other) and off(other) <= 1:
                chosen, switched = other, True
            else:
                day = datetime(in_url.year, in_url.month, in_url.day, tzinfo=tz)
                return ParsedDate(day, TZ_FROM_URL, PRECISION_DAY), False
    if (chosen is not None and other is not None and not switched
            and chosen.precision == PRECISION_DAY and other.precision != PRECISION_DAY
            and not future(other)):
        tz = None if as_printed else ZoneInfo(zone)
        if _local_day(other, tz) == _local_day(chosen, tz):
            chosen, switched = other, True
    return chosen, switched


def _local_day(parsed: ParsedDate, tz: ZoneInfo | None) -> date:
    """The calendar day of a date where it was published (a day-only text is that day;
    with no `tz`, the day in the offset it was printed with)."""
    if parsed.precision == PRECISION_DAY or tz is None:
        return parsed.value.date()
    return parsed.value.astimezone(tz).date()


def _in_zone(parsed: ParsedDate, zone: str, source: str, as_printed: bool = False,
             ) -> ParsedDate:
    """A date with no printed zone takes `zone` (and says so); a UTC instant is shown in it
    (unless `as_printed`)."""
    if parsed.tz_source == TZ_PORTAL_DEFAULT and source != TZ_PORTAL_DEFAULT:
        return replace(parsed, tz_source=source)
    if parsed.tz_source == TZ_EXPLICIT and parsed.value.utcoffset() == timedelta(0) \
            and not as_printed:
        return replace(parsed, value=parsed.value.astimezone(ZoneInfo(zone)))
    return parsed


def _readers_offset(chosen: ParsedDate, printed: ParsedDate | None) -> tzinfo | None:
    """The zone the page prints its date in for its readers ("14:20 WIT"), where the date
    chosen is the same moment in another offset (JSON-LD's "12:20+07:00" on a portal of
    Ambon): that moment is written in the readers' offset. None where it is already, or
    where the printed date is another moment (more than a day apart). A printed date that
    names no zone is read in the portal's: it gives the readers' offset only where that
    reading is the very moment chosen ("Selasa, 19 November 2019 14:25" on a portal of
    Samarinda and JSON-LD's "13:25+07:00"); a clock that is the machine's in WIB says the
    page prints WIB, and the machine's offset stands."""
    if printed is None or chosen.tz_source != TZ_EXPLICIT or printed.precision == PRECISION_DAY \
            or printed.value.utcoffset() == chosen.value.utcoffset():
        return None
    apart = abs(printed.value - chosen.value)
    if printed.tz_source != TZ_EXPLICIT:
        return printed.value.tzinfo if apart < timedelta(minutes=1) else None
    return None if apart > timedelta(days=1) else printed.value.tzinfo


# The hosts of the United States' schools, governments and forces, whose numeric dates are
# month first ("Posted 03/04/2025" on a .edu's news page is March 4).
MONTH_FIRST_HOSTS = (".edu", ".gov", ".mil", ".us")


def reads_month_first(url: str | None) -> bool:
    """Whether a page's numeric dates read month first: a host of the United States'."""
    return (urlsplit(url or "").hostname or "").endswith(MONTH_FIRST_HOSTS)


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
        zone, source = infer_zone(raw, alt, adapter.get("body"), given_tz, adapter.get("url"),
                                  now, adapter.get("language"))
    parsed: dict[str, ParsedDate | None] = {}
    month_first = not portal_tz and reads_month_first(adapter.get("url")) \
        and not looks_indonesian(adapter.get("body"))  # (uph.edu, binus.edu: Indonesian)

    def parse(text: str | None) -> ParsedDate | None:
        # The modified date is often the published text again: parsed once.
        if not text:
            return None
        if text not in parsed:
            found = parse_date_detail(text, default_tz=zone, now=now)
            if found is not None and month_first \
                    and (day := month_first_in(text)) is not None \
                    and (found.value.month, found.value.day) == (day.day, day.month):
                found = replace(found, value=found.value.replace(
                    year=day.year, month=day.month, day=day.day))
            parsed[text] = found
        return parsed[text]

    machine = parse(raw)
    visible = parse(alt)
    if machine and visible and machine.value.date() != visible.value.date() \
            and month_first_day(raw) == visible.value.date():
        # "03-09-2026" read day first, where the page prints "March 9, 2026": its numbers
        # were month first; the printed date wins (the numeric text is kept as the alt).
        machine = None
    if machine and visible and _last_change_as_publication(
            machine, visible, parse(adapter.get("modified_raw")), alt):
        machine = None
    chosen, swapped = reconcile_dates(machine, visible, adapter.get("url"))
    other = machine if swapped else visible
    # A page in another language that says nothing of its zone: its instants stay in the
    # offset they were printed with (WIB would be a guess that can move the day). (An
    # Indonesian outlet's, an English-language paper of Jakarta, is read in WIB.)
    as_printed = source == TZ_ASSUMED and not looks_indonesian(adapter.get("body")) \
        and not of_an_indonesian_outlet(adapter.get("url"), (raw, alt))
    chosen, switched = _cross_check(chosen, other, adapter.get("url"), zone, now,
                                    as_printed)
    if switched:
        swapped = not swapped
    if swapped:
        adapter["published_raw"], adapter["published_alt_raw"] = alt, raw
    if chosen is not None and chosen.tz_source == TZ_FROM_URL:
        # Neither text's day agreed with the URL's: the URL's day, the texts kept for audit.
        adapter["published_alt_raw"] = adapter.get("published_raw") or adapter.get(
            "published_alt_raw")
        adapter["published_raw"] = _url_date_text(adapter.get("url"))
        chosen = replace(chosen, tz_source=source)
    adapter["published_at"] = adapter["published_tz_source"] = None
    adapter["published_precision"] = None
    readers = None
    if chosen:
        chosen = _in_zone(chosen, zone, source, as_printed)
        # (only where the machine's date is written: a printed one chosen keeps its zone)
        readers = None if swapped else _readers_offset(chosen, visible)
        if readers is not None:
            chosen = replace(chosen, value=chosen.value.astimezone(readers))
        adapter["published_at"] = to_iso(chosen.value)
        adapter["published_tz_source"] = chosen.tz_source
        adapter["published_precision"] = chosen.precision
    modified = parse(adapter.get("modified_raw"))
    mislabelled = (swapped and machine is not None and visible is not None
                   and machine.value.utcoffset() == timedelta(0)
                   and same_wall_time(machine, visible))
    if modified and mislabelled and modified.value.utcoffset() == timedelta(0):
        # The site labels local time as UTC (its publication date showed it): so does this.
        modified = replace(modified, value=modified.value.replace(tzinfo=chosen.value.tzinfo),
                           tz_source=TZ_EXPLICIT)
    # A "last modified" before publication is a template error: keep the raw text only.
    if modified and chosen and modified.value < chosen.value:
        modified = None
    if modified:
        modified = _in_zone(modified, zone, source, as_printed)
        if readers is not None and machine is not None and modified.tz_source == TZ_EXPLICIT \
                and modified.value.utcoffset() == machine.value.utcoffset():
            modified = replace(modified, value=modified.value.astimezone(readers))
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


@dataclass(frozen=True)
class Finalised:
    """What finishing a record did: the fields cut to their limits, the required fields
    still missing (a record with any is not written), a date text that did not parse."""

    cut: list[str]
    missing: list[str]
    unparsed_date: bool


def finalise(item: object, portal_tz: str | None, given_tz: str | None = None) -> Finalised:
    """The record as the feed writes it: dates parsed in the portal's zone (inferred outside
    the catalog), fields cut to the crawl's limits, the required ones checked. The crawl's
    pipelines and `newscrawl.parse_page` both finish a record with this one call."""
    normalise_dates(item, portal_tz, given_tz=given_tz)
    adapter = item_fields(item)
    unparsed = bool(adapter.get("published_raw") and not adapter.get("published_at"))
    cut = bound_fields(item)
    return Finalised(cut, missing_fields(item), unparsed)
