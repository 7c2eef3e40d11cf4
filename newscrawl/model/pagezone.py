"""The zone of a page outside the catalog, read off the page: the zone it prints, the offset
its printed clock implies for a machine date's UTC instant, its dateline's place, the
user's zone, its domain's place or country, else WIB. Pure module (no Scrapy import);
`finalise.normalise_dates` writes the page's dates in it."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from newscrawl.lang.dateline import dateline_region_zone, dateline_zone, mentions_indonesia
from newscrawl.lang.dates import (
    DAY_NAMES,
    PRECISION_DAY,
    PRECISION_SECOND,
    TZ_EXPLICIT,
    TZ_RELATIVE,
    ZONES,
    ParsedDate,
    is_update_label,
    parse_date_detail,
)
from newscrawl.lang.language import looks_foreign, looks_indonesian
from newscrawl.lang.zones import (
    DEFAULT_ZONE,
    DOMAIN_NEWS_WORDS,
    DOMAIN_PLACES,
    ZONE_BY_OFFSET_HOURS,
    zone_of_country,
    zone_of_domain,
    zone_of_offset,
)

# Where the zone of a portal outside the catalog came from (published_tz_source).
TZ_IMPLIED = "implied_offset"  # the page gives a local time and the UTC instant of it
TZ_DOMAIN = "domain"  # a place of the portal's domain name ("kabarmakassar.com")
TZ_DATELINE = "dateline"  # the place the article was filed from
TZ_ARGUMENT = "argument"  # the user's --tz / -a tz=
TZ_ASSUMED = "assumed"  # nothing said: WIB


def _printed_zone(parsed: list[ParsedDate | None]) -> str | None:
    """The Indonesian zone a date text printed (WIB/WITA/WIT or +07/+08/+09), if any."""
    for p in parsed:
        if p is not None and p.tz_source == TZ_EXPLICIT:
            offset = p.value.utcoffset() or timedelta(0)
            hours, rest = divmod(offset, timedelta(hours=1))
            if not rest and hours in ZONE_BY_OFFSET_HOURS:
                return ZONE_BY_OFFSET_HOURS[hours]
    return None


def _implied_zone(a: ParsedDate | None, b: ParsedDate | None) -> str | None:
    """The zone implied where one text is an instant (UTC, or in any offset) and the other
    its local wall time with no zone: "13:20" printed beside "12:20:31+07:00" is WITA (a
    wall time to the minute matches an instant within that minute)."""
    for instant, wall in ((a, b), (b, a)):
        if (instant is None or wall is None or instant.tz_source != TZ_EXPLICIT
                or wall.tz_source == TZ_EXPLICIT):
            continue
        if wall.tz_source == TZ_RELATIVE and instant.value.utcoffset() != timedelta(0):
            continue  # ("Hari ini, 13:20": a clock of the reader's day, not a moment's text)
        if wall.precision == PRECISION_DAY:
            continue  # (a day's midnight is no wall time)
        utc = instant.value.astimezone(UTC).replace(tzinfo=None)
        if wall.precision != PRECISION_SECOND:
            utc = utc.replace(second=0, microsecond=0)
        minutes, rest = divmod(wall.value.replace(tzinfo=None) - utc, timedelta(minutes=1))
        zone = None if rest else zone_of_offset(minutes)
        # (beyond Indonesia's zones, only a UTC instant: one printed in an offset of its
        # own has said where its readers are)
        if zone and (zone in ZONE_BY_OFFSET_HOURS.values()
                     or instant.value.utcoffset() == timedelta(0)):
            return zone
    return None


# A clock printed alone, a page's "first published at 5.30am" (no date, no zone).
_CLOCK_ALONE = re.compile(r"^[^\d]{0,30}?\b(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*"
                          r"(?P<meridiem>[ap])\.?m\.?\W*$", re.IGNORECASE)
# ... or after a later date: "Updated May 14 2026 - 9:12am, first published 6:30am"
_FIRST_PUBLISHED_CLOCK = re.compile(r"\b(?:first|originally)\s+published\s*(?:at\s*)?"
                                    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*"
                                    r"(?P<meridiem>[ap])\.?m\.?\W*$", re.IGNORECASE)


def _clock_only_zone(instant: ParsedDate | None, text: str | None) -> str | None:
    """The zone of readers shown a UTC instant's clock alone ("5.30am" beside 18:30Z: +11:00,
    their next morning), where one offset of -12:00 to +14:00 gives that clock (+13:00 and
    -11:00 both give some: none is chosen)."""
    m = _CLOCK_ALONE.match(text or "") or _FIRST_PUBLISHED_CLOCK.search(text or "")
    if instant is None or m is None or instant.tz_source != TZ_EXPLICIT \
            or instant.value.utcoffset() != timedelta(0):
        return None
    hour = int(m.group("hour")) % 12 + (12 if m.group("meridiem").lower() == "p" else 0)
    utc = instant.value.astimezone(UTC)
    minutes = (hour * 60 + int(m.group("minute")) - utc.hour * 60 - utc.minute) % (24 * 60)
    offsets = [o for o in (minutes, minutes - 24 * 60) if -12 * 60 <= o <= 14 * 60]
    return zone_of_offset(offsets[0]) if len(offsets) == 1 else None


# How many of a body's first paragraphs are searched for its dateline.
DATELINE_PARAGRAPHS = 3


def infer_zone(raw: str | None, alt: str | None, body: str | None,
               given_tz: str | None = None, url: str | None = None,
               now: datetime | None = None, language: str | None = None) -> tuple[str, str]:
    """The zone of a portal outside the catalog, and where it came from.

    In order: a zone the page prints; the offset implied by a local wall time
    and a UTC instant of the same moment; the dateline's place ("Manado,"
    means WITA); the user's zone (--tz / -a tz=); a place of WITA or WIT its
    domain names ("kabarmakassar.com"), or a country of one zone its domain is of
    (".co.uk", ".in"); else WIB, or UTC for a page not in Indonesian.
    """
    # (a printed date labelled as the last change is another moment: it implies no zone;
    # a relative one is read at the crawl's time, so that a page reads the same every time)
    probe = [parse_date_detail(t, default_tz="UTC", now=now) if t else None
             for t in (raw, None if alt and is_update_label(alt) else alt)]
    # (the zone printed for readers first; a machine date's offset gives way to the zone
    # its wall time implies: "12:20+07:00" beside a printed "13:20" is a WITA page's)
    printed = _printed_zone(probe[1:])
    if printed:
        return printed, TZ_EXPLICIT
    implied = _implied_zone(*probe)
    # (a wall time that is the UTC instant's own on an Indonesian page, or a page of an
    # Indonesian domain, an English edition's, is local time labelled as UTC, a template's
    # slip, not readers in UTC)
    host = urlsplit(url or "").hostname or ""
    if implied and not (implied == "UTC" and (looks_indonesian(body) or host.endswith(".id"))):
        return implied, TZ_IMPLIED
    clock = _clock_only_zone(probe[0], alt)
    if clock:
        return clock, TZ_IMPLIED
    printed = _printed_zone(probe[:1])
    if printed:
        return printed, TZ_EXPLICIT
    # The dateline opens the article's text, though a caption or a lead-in line the body
    # kept may stand before it ("Foto: ..." above "Mangupura (ANTARA) - ...").
    for paragraph in (body or "").split("\n\n", DATELINE_PARAGRAPHS)[:DATELINE_PARAGRAPHS]:
        place = dateline_zone(paragraph[:200]) or dateline_region_zone(paragraph)
        if place:
            return place[0], TZ_DATELINE
    if given_tz:
        return given_tz, TZ_ARGUMENT
    named = zone_of_domain(host) or zone_of_country(host)
    if named:
        return named, TZ_DOMAIN
    # Nothing said: an Indonesian page's readers are assumed in WIB; a page in another
    # language (a US county's report, a Spanish town hall's notice) is written in UTC: WIB
    # there would move its day-only date to the day before in UTC ("2025-10-07" as
    # 2025-10-06T17:00Z), a wrong day that looks right.
    if reads_foreign(body, language, host, (raw, alt)):
        return "UTC", TZ_ASSUMED
    return DEFAULT_ZONE, TZ_ASSUMED


def reads_foreign(body: str | None, language: str | None, host: str,
                  dates: tuple[str | None, ...]) -> bool:
    """Whether a page outside the catalog is no Indonesian page in any way a reader would
    notice: a body of some length that reads as English or another European language, or
    whose record's language is another (a CMS's lang="en-US" over an Indonesian text is
    read as `id`: `record_language`), not as Indonesian, not declared in a language of
    Indonesia ("jv", "su"), no ".id" host, no Indonesian word in its dates ("Senin",
    "Maret", "WIB"), Indonesia or its places not named twice."""
    return bool(body) and len(body) >= MIN_FOREIGN_BODY_CHARS \
        and (language or "") not in REGIONAL_LANGUAGES \
        and not looks_indonesian(body) \
        and (looks_foreign(body) or (language or "id") != "id") \
        and not names_indonesia(body, host, dates)


def of_an_indonesian_outlet(url: str | None, dates: tuple[str | None, ...]) -> bool:
    """Whether a page outside the catalog is an Indonesian outlet's, in whatever language:
    a ".id" host, a host that names Indonesia or a place of it beside a news word
    ("thejakartapost.com", "thebalisun.com"), an Indonesian word in its dates. (A foreign
    paper's story about Bali names Indonesia in its text too: its readers are not there; an
    Indonesian outlet's that names none of these is read by its dateline, "TEMPO.CO,
    Jakarta -".)"""
    host = urlsplit(url or "").hostname or ""
    if _says_so_itself(host, dates):
        return True
    return any(_names_place(token) for token in re.split(r"[.-]", host.casefold())[:-1])


def _names_place(token: str) -> bool:
    """Whether a host's word is a place of Indonesia alone or beside a news word or "the"
    ("thejakartapost", "balipost", "thebalisun"), or first before a word of its own
    ("balidiscovery", "acehtrend"; not "globalissues", "alternate", "medanta")."""
    for place in OUTLET_PLACES:
        at = token.find(place)
        if at >= 0:
            before, after = token[:at], token[at + len(place):]
            if before in _BESIDE_PLACE and after in _BESIDE_PLACE \
                    or before in ("", "the") and len(after) >= 4:
                return True  # ("balidiscovery", "indonesiaexpat", "bandungbergerak")
    return False


_BESIDE_PLACE = frozenset(("", "the", "sun", "globe", "paper", *DOMAIN_NEWS_WORDS))


# Indonesia and its places of the outlets' names (those of WITA and WIT: the domains').
OUTLET_PLACES = frozenset(("indonesia", "jakarta", "jogja", "yogya", "surabaya", "bandung",
                           "semarang", "medan", "aceh", "padang", "palembang", "pontianak",
                           *DOMAIN_PLACES))


def _says_so_itself(host: str, dates: tuple[str | None, ...]) -> bool:
    """A ".id" host, or an Indonesian word in the page's dates ("Senin", "Maret", "WIB")."""
    return host.endswith(".id") or any(INDONESIAN_DATE_WORDS.search(d or "") for d in dates)


def names_indonesia(body: str | None, host: str, dates: tuple[str | None, ...]) -> bool:
    """Whether a page, in whatever language, says it is of Indonesia: a ".id" host, an
    Indonesian word in its dates ("Senin", "Maret", "WIB"), Indonesia or its places named
    twice in its text (an English-language paper of Jakarta)."""
    return _says_so_itself(host, dates) or mentions_indonesia(body)


# A body too short to tell its language is read as Indonesian (the catalog's language).
MIN_FOREIGN_BODY_CHARS = 400
# Words an Indonesian date prints and no other language's ("Senin, 3 Maret 2025 14:05 WIB";
# not "Juni", "Oktober", "Desember": German's, Dutch's, Norwegian's too)
INDONESIAN_DATE_WORDS = re.compile(
    r"\b(?:" + "|".join(map(re.escape, (*DAY_NAMES, *ZONES, "maret", "agustus", "agu", "ags",
                                         "pukul"))) + r")\b", re.IGNORECASE)
# The languages of Indonesia besides Indonesian a page may declare (Javanese, Sundanese,
# ...). (A record's "id" proves nothing here: it is also what a page that declares no
# language and reads as no Indonesian is given; a text read as Indonesian says so itself.)
REGIONAL_LANGUAGES = frozenset(("jv", "su", "ban", "bug", "mad", "min", "ace", "bjn", "mak"))
