"""Indonesian date text -> timezone-aware datetime.

Pure module (no Scrapy import). Real pages print dates wrapped in labels
("Diperbarui", "Tayang:"), site prefixes ("Kompas.com -"), day names and
trailing junk ("| 998 Views"), with Indonesian month abbreviations that
generic parsers miss (Agu/Ags/Agt, Nopember) and zones as words (WIB, WITA,
WIT). We parse the common shapes ourselves, keeping the offset the text
printed, and fall back to dateparser for the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from newscrawl.lang.datespelling import clean_date_text
from newscrawl.lang.zones import DEFAULT_ZONE

# Indonesian (and English) month names and the abbreviations portals use.
MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "ags": 8, "agt": 8, "aug": 8, "agus": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip

# Day names are noise around a date; listed so tests and callers can use them.
DAY_NAMES = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu",
             "minggu", "ahad")

# Indonesian zone words. WITA must be tried before WIT.
ZONES: dict[str, timedelta] = {
    "WIB": timedelta(hours=7),
    "WITA": timedelta(hours=8),
    "WIT": timedelta(hours=9),
    "WP": timedelta(hours=9),  # "Waktu Papua", printed by some Papua portals
}
# Zone abbreviations foreign pages print after a time, where each names one offset ("CST"
# and "IST" name several: not read).
FOREIGN_ZONES: dict[str, timedelta] = {
    "EST": timedelta(hours=-5), "EDT": timedelta(hours=-4), "CDT": timedelta(hours=-5),
    "MST": timedelta(hours=-7), "MDT": timedelta(hours=-6), "PST": timedelta(hours=-8),
    "PDT": timedelta(hours=-7), "BST": timedelta(hours=1), "CET": timedelta(hours=1),
    "CEST": timedelta(hours=2), "AEST": timedelta(hours=10), "AEDT": timedelta(hours=11),
    "JST": timedelta(hours=9), "KST": timedelta(hours=9), "SGT": timedelta(hours=8),
    "MYT": timedelta(hours=8), "HKT": timedelta(hours=8),
}
# A US zone printed without saying whether daylight saving is on ("6:42 p.m. ET", Gannett's
# and AP's style; only in capitals): its offset on the date printed.
DAYLIGHT_ZONES: dict[str, str] = {"ET": "America/New_York", "CT": "America/Chicago",
                                  "MT": "America/Denver", "PT": "America/Los_Angeles"}

# The longest date text read at all, and the longest handed to the dateparser fallback.
MAX_DATE_TEXT = 200
MAX_FALLBACK_TEXT = 80

TZ_EXPLICIT = "explicit"
TZ_PORTAL_DEFAULT = "portal_default"
TZ_RELATIVE = "relative"

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME = (
    r"(?:(?:sekitar|kurang\s+lebih|pada|mulai|at)\s+|@\s*)?(?:(?:pukul|jam|pkl\.?|pk\.?)\s*)?"
    # (not a number's thousands: "1.250 kali dibaca", "20.000")
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?(?![\d.]\d)(?!\d)"
    # an English page's 12-hour clock: "4:12pm", "4:12 p.m."
    r"(?:\s*(?P<meridiem>[AaPp])\.?\s?[Mm]\b\.?)?"
)
# Zone words in any case; "Z" only as the ISO suffix right after the time (see _ISO_DATE),
# so that "2022-02-22 Zonabanten" is not read as UTC.
_ZONE = (
    r"(?P<zone>WITA|WIB|WIT|WP|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|UTC|GMT"
    r"|[ECMP][SD]T|BST|CEST|CET|AE[SD]T|[JK]ST|SGT|MYT|HKT"
    # ("ET" in capitals, before a month or no capitalised word: "10:00 PT Pertamina", "PT.
    # Bank ..." is a company's name, "MT. Haryono" a street's)
    rf"|(?-i:[ECMP]T)(?!\.?\s+(?!(?:{_MONTH_ALT}|updated|published|posted)\b)(?-i:[A-Z]))"
    r"|[+-]\d{2}:?\d{2})"
    r"(?![A-Za-z])"
)
_TAIL = rf"(?:[\s,|)\]·•/]*(?:[-–—]{{1,2}}\s*)?(?:\s*[|,·•]\s*)?{_TIME})?(?:\s*{_ZONE})?"

# "3 Maret 2022", "03 Mar 22" (two-digit years are 20xx), "3 March 2022"
_TEXT_DATE = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})(?:(?:st|nd|rd|th)(?:\s+of)?)?[\s-]*(?P<month>{_MONTH_ALT})"
    rf"(?![a-z])\.?(?:\s*,?\s*|-)"
    rf"(?P<year>\d{{4}}|\d{{2}}(?![\d:.]))(?!\d){_TAIL}",
    re.IGNORECASE,
)
# English order: "March 3, 2022", "Mar 3 2022 10:00 WIB"
_TEXT_DATE_MDY = re.compile(
    rf"(?<![a-z])(?P<month>{_MONTH_ALT})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<year>\d{{4}}){_TAIL}",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})[/.-](?P<year>\d{{4}}|\d{{2}}(?![\d]))"
    rf"{_TAIL}",
    re.IGNORECASE,
)
# "2024/10/04 19:34:28" (detik's publishdate), "Published: 2025.12.17" (year first, dots:
# two-digit month and day, so that a version number "2019.1.2" is none)
_YMD_SLASH = re.compile(
    rf"(?<!\d)(?<!\d\.)(?P<year>\d{{4}})(?P<sep>/|\.(?=\d\d\.\d\d(?!\.?\d)))"
    rf"(?P<month>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})(?!\d){_TAIL}",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(
    r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?)?"
    r"(?:(?<=\d)(?P<utc>Z)(?![A-Za-z])|\s*(?P<zone>[+-]\d{2}:?\d{2}|(?i:WITA|WIB|WIT|UTC))"
    r"(?![A-Za-z]))?(?![\d:])(?!T\d)",
)
# A zone word glued inside an ISO text by a template: "2024-10-04WIB18:45:00+07:00".
_GLUED_ZONE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*(?:WITA|WIB|WIT)\s*(?=\d{2}:\d{2})",
                         re.IGNORECASE)
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
# A day and month with no year ("13 Februari pukul 23.59 WIB", "Minggu (11/2)"): this year's,
# or last year's when that would be in the future.
_DAY_MONTH = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s*(?P<month>{_MONTH_ALT})(?![a-z])\.?(?!\s*,?\s*\d{{2,4}}(?![:.]))"
    rf"{_TAIL}", re.IGNORECASE)
_DAY_MONTH_NUMERIC = re.compile(
    rf"\(\s*(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})\s*\){_TAIL}", re.IGNORECASE)
# A weekday and a time ("Rabu pukul 01.30 WIT"): the last such day, at that time.
_WEEKDAY_TIME = re.compile(
    r"^\W*(?P<weekday>senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b[\s,]*"
    rf"{_TIME}(?:\s*{_ZONE})?\W*$", re.IGNORECASE)
_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
             "sabtu": 5, "minggu": 6, "ahad": 6}
# The fallback parser is asked only about texts with a month name and a year in them: numeric
# dates are all read above, and anything else ("Sabtu 17 2018, 09:08 WIB" with no month,
# "Juli 12" with no year, "(25/22020)") it would guess at.
_MONTH_NAME = re.compile(rf"(?<![a-z])(?:{_MONTH_ALT})(?![a-z])", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A time of day with a zone and no date: "Pukul 14.05 WITA", "sekitar pukul 10:30 Wit".
_TIME_ONLY = re.compile(rf"^\W*{_TIME}\s*{_ZONE}\W*$", re.IGNORECASE)

_RELATIVE_UNITS = {
    "detik": "seconds", "dtk": "seconds", "menit": "minutes", "mnt": "minutes",
    "jam": "hours", "hari": "days", "minggu": "weeks", "pekan": "weeks",
    "bulan": "months", "bln": "months", "tahun": "years", "thn": "years",
    "seconds": "seconds", "second": "seconds", "minutes": "minutes", "minute": "minutes",
    "hours": "hours", "hour": "hours", "days": "days", "day": "days", "weeks": "weeks",
    "week": "weeks", "months": "months", "month": "months", "years": "years", "year": "years",
}  # fmt: skip
_RELATIVE = re.compile(
    r"(?P<n>\d+|se|an?)\s*(?P<unit>detik|dtk|menit|mnt|jam|hari|minggu|pekan|bulan|bln|tahun|thn"
    r"|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\.?\s+(?:(?:yang|yg)\s+)?"
    r"(?:lalu|ago)\b",
    re.IGNORECASE,
)
_JUST_NOW = re.compile(r"\b(baru\s+saja|barusan|just\s+now)\b", re.IGNORECASE)
_DAY_BEFORE_YESTERDAY = re.compile(r"\bkemarin\s+lusa\b", re.IGNORECASE)
_YESTERDAY = re.compile(r"\b(?:kemarin|yesterday)\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:hari\s+ini|today)\b", re.IGNORECASE)
# A clock time, "14:05" / "14.05": hour and minute
CLOCK = re.compile(r"(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)")


@dataclass(frozen=True)
class ParsedDate:
    """A parsed date and where its UTC offset came from."""

    value: datetime
    tz_source: str  # TZ_EXPLICIT, TZ_PORTAL_DEFAULT or TZ_RELATIVE
    # how much of the time the text gave: PRECISION_SECOND, _MINUTE or _DAY (a day-only
    # text is midnight in `value`, and says so here)
    precision: str = "second"


PRECISION_SECOND, PRECISION_MINUTE, PRECISION_DAY = "second", "minute", "day"
# A clock time in a text: "13:52", "13.52", "13:52:07" (not a part of "28.05.2025").
_CLOCK_TIME = re.compile(r"(?<![\d/.:-])\d{1,2}[:.]\d{2}(?P<seconds>[:.]\d{2})?(?![\d/.:-])")


def text_precision(text: str) -> str:
    """How precise a date text is, by the clock time it prints (if any)."""
    m = _CLOCK_TIME.search(text)
    if m is None:
        return PRECISION_DAY
    return PRECISION_SECOND if m.group("seconds") else PRECISION_MINUTE


# A printed date labelled as the last change, not the publication: "Updated on May 27,
# 2025", "Last Updated: ...", "Diperbarui 10/03/2024", "Terakhir diperbarui ...".
_UPDATE_LABEL = re.compile(
    r"^\W*(?:last\s+|terakhir\s+)?(?:(?:updated|modified|reviewed|revised|diperbarui|"
    r"diupdate|pembaruan|diubah)\b|update\s*:)", re.IGNORECASE)


def is_update_label(text: str) -> bool:
    """Does this printed text (a date's, or its label's) say it is when the article last
    changed? Such a date is never the publication date."""
    return bool(_UPDATE_LABEL.match(text))




@lru_cache(maxsize=256)  # a portal prints the same few zone texts on every page
def _zone_offset(zone: str) -> timedelta | None:
    z = zone.upper().replace(" ", "")
    if z in ZONES:
        return ZONES[z]
    if z in FOREIGN_ZONES:
        return FOREIGN_ZONES[z]
    if z in ("Z", "UTC", "GMT"):
        return timedelta(0)
    m = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", z)
    if not m:
        return None
    sign = 1 if m.group(1) == "+" else -1
    return sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))


def _build(
    year: int, month: int, day: int, hour: int, minute: int, second: int,
    zone: str | None, default_tz: tzinfo,
) -> ParsedDate | None:
    offset = _zone_offset(zone) if zone else None
    try:
        naive = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    if zone in DAYLIGHT_ZONES:
        offset = naive.replace(tzinfo=ZoneInfo(DAYLIGHT_ZONES[zone])).utcoffset()
    if offset is not None:
        return ParsedDate(naive.replace(tzinfo=timezone(offset)), TZ_EXPLICIT)
    return ParsedDate(naive.replace(tzinfo=default_tz), TZ_PORTAL_DEFAULT)


def _from_match(m: re.Match[str], month: int, default_tz: tzinfo,
                day: int | None = None) -> ParsedDate | None:
    year = int(m.group("year"))
    if year < 100:
        year += 2000  # "3 Mei 25": news sites print two-digit years of this century
    groups = m.groupdict()
    zone = "Z" if groups.get("utc") else groups.get("zone")
    hour = int(m.group("hour") or 0)
    meridiem = (groups.get("meridiem") or "").lower()
    if meridiem and 1 <= hour <= 12:
        hour = hour % 12 + (12 if meridiem == "p" else 0)  # 12:05 am is 00:05, 12:05 pm noon
    return _build(
        year, month, int(m.group("day")) if day is None else day,
        hour, int(m.group("minute") or 0), int(m.group("second") or 0),
        zone, default_tz,
    )


def _months_back(now: datetime, months: int) -> datetime:
    """`now` moved back by calendar months (the day clipped to the target month's length)."""
    month_index = now.year * 12 + now.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    days = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31,
            30, 31, 31, 30, 31, 30, 31][month - 1]
    return now.replace(year=year, month=month, day=min(now.day, days))


_CLOCK_ZONE = re.compile(rf"\d[:.]\d\d\s*{_ZONE}", re.IGNORECASE)


def _relative(text: str, now: datetime) -> ParsedDate | None:
    if _JUST_NOW.search(text):
        return ParsedDate(now, TZ_RELATIVE)
    m = _RELATIVE.search(text)
    if m:
        n = 1 if m.group("n").lower() in ("se", "a", "an") else int(m.group("n"))
        unit = _RELATIVE_UNITS[m.group("unit").lower()]
        if unit == "months":
            return ParsedDate(_months_back(now, n), TZ_RELATIVE)
        if unit == "years":
            return ParsedDate(_months_back(now, 12 * n), TZ_RELATIVE)
        return ParsedDate(now - timedelta(**{unit: n}), TZ_RELATIVE)
    for pattern, days in ((_DAY_BEFORE_YESTERDAY, 2), (_YESTERDAY, 1), (_TODAY, 0)):
        if pattern.search(text):
            zone = _CLOCK_ZONE.search(text)  # "Kemarin, 14:05 WITA": that zone's yesterday
            offset = _zone_offset(zone.group("zone")) if zone else None
            day = (now.astimezone(timezone(offset)) if offset is not None else now) \
                - timedelta(days=days)
            clock = CLOCK.search(text)
            if clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60:
                day = day.replace(hour=int(clock.group(1)), minute=int(clock.group(2)),
                                  second=0, microsecond=0)
            return ParsedDate(day, TZ_RELATIVE)
    m = _TIME_ONLY.match(text)
    if m:
        # "Pukul 14.05 WITA" with no date: today, in the zone it prints.
        offset = _zone_offset(m.group("zone"))
        hour, minute = int(m.group("hour")), int(m.group("minute"))
        if offset is not None and hour < 24 and minute < 60:
            local = now.astimezone(timezone(offset))
            return ParsedDate(local.replace(hour=hour, minute=minute,
                                            second=int(m.group("second") or 0), microsecond=0),
                              TZ_RELATIVE)
    return None


def _with_dateparser(text: str, default_tz: tzinfo, now: datetime) -> ParsedDate | None:
    # Imported here: dateparser takes ~0.3 s to import and most pages never need it.
    import dateparser

    settings = {
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        value = dateparser.parse(text, languages=["id", "en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if value is None:
        return None
    if value.tzinfo is not None:
        return ParsedDate(value, TZ_EXPLICIT)
    return ParsedDate(value.replace(tzinfo=default_tz), TZ_PORTAL_DEFAULT)


# A weekday's name, in either language, long or short, and what follows it before the date.
_WEEKDAY_WORD = (r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday"
                 r"|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?\s*,?\s*")
# A clock (and its zone) right before a date: "6:42 PM CST November 3, 2025".
_CLOCK_BEFORE = re.compile(
    rf"{_TIME}(?:\s*{_ZONE})?\s*[,|·•-]?\s*(?:{_WEEKDAY_WORD})?$", re.IGNORECASE)
# What may stand before such a clock: nothing, or a publication's label (not "Durasi 03:45",
# a podcast's "45:12 ·").
# (or a site's name or a byline and a bar: "INQUIRER.net / 09:47 PM June 03, 2024")
_CLOCK_LEAD = re.compile(r"\W*(?:(?!(?:durasi|duration|video|audio|listen|podcast|lama|read|"
                         r"baca|waktu)\b)[^\d/|]{1,40}?\s[/|]\s*)?(?:(?:published|posted|updated|"
                         r"diterbitkan|dipublikasikan|"
                         rf"diperbarui|terbit)\s*:?\s*)?(?:{_WEEKDAY_WORD})?", re.IGNORECASE)
_FOUR_DIGITS = re.compile(r"\d{4}")
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def parse_date_detail(
    text: str | None, *, default_tz: str = DEFAULT_ZONE, now: datetime | None = None,
    depth: int = 0,
) -> ParsedDate | None:
    """Parse `text` as printed by an Indonesian page; see `parse_date`.

    Returns the datetime and whether its offset was printed (`explicit`),
    taken from the portal (`portal_default`) or computed from `now` (`relative`).
    """
    if not text:
        return None
    tz = ZoneInfo(default_tz)
    # A date text is short; a long one is page text that landed in a date field. Cut it
    # before any parsing: the fallback parser's time grows with the square of its input.
    cleaned = clean_date_text(str(text)[:MAX_DATE_TEXT])
    if not cleaned:
        return None
    if now is None:
        now = datetime.now(tz)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    now = now.astimezone(tz)

    if _EPOCH.match(cleaned):
        # Epoch seconds (or milliseconds) in a data attribute: an instant, shown in the zone.
        seconds = int(cleaned[:10])
        if 946684800 <= seconds <= 4102444800:  # 2000..2100
            return ParsedDate(datetime.fromtimestamp(seconds, tz).replace(microsecond=0),
                              TZ_EXPLICIT)
    if _GLUED_ZONE.search(cleaned):  # rare: the substitution's template costs more
        cleaned = _GLUED_ZONE.sub(r"\1T", cleaned)
    for pattern in (_ISO_DATE, _TEXT_DATE, _TEXT_DATE_MDY, _YMD_SLASH, _NUMERIC_DATE):
        m = pattern.search(cleaned)
        if m:
            month = m.group("month")
            number = int(month) if month.isdigit() else MONTHS[month.lower()]
            day = int(m.group("day"))
            if pattern is _NUMERIC_DATE and number > 12 >= day:
                number, day = day, number  # "2/24/2026": only month-first reads as a date
            parsed = _from_match(m, number, tz, day)
            if parsed:
                if m.group("hour") is None:
                    # a clock printed before the date ("6:42 PM CST November 3, 2025", "10:15
                    # PM October 02, 2025"): read as if after it
                    clock = _CLOCK_BEFORE.search(cleaned, 0, m.start())
                    if clock is not None and depth == 0 \
                            and _CLOCK_LEAD.fullmatch(cleaned, 0, clock.start()):
                        timed = parse_date_detail(
                            f"{m.group(0)} {clock.group(0).strip(' ,|·•-')}",
                            default_tz=default_tz, now=now, depth=1)
                        if timed is not None and timed.precision != PRECISION_DAY:
                            return timed
                    return replace(parsed, precision=PRECISION_DAY)
                if m.group("second") is None:
                    return replace(parsed, precision=PRECISION_MINUTE)
                return parsed
    try:
        relative = _relative(cleaned, now)
    except (OverflowError, ValueError):
        return None  # "99999999999 hari yang lalu": out of range, not a date
    if relative:
        return replace(relative, precision=_relative_precision(cleaned))
    partial = _partial_date(cleaned, tz, now)
    if partial:
        return replace(partial, precision=text_precision(cleaned))
    if (len(cleaned) > MAX_FALLBACK_TEXT or not _MONTH_NAME.search(cleaned)
            or not _YEAR.search(cleaned) or re.match(r"\d{4}-\d\d-\d\dT", cleaned)
            or not _DAY_NUMBER.search(_FOUR_DIGITS.sub(" ", cleaned))):
        # a label, a text with no month in it, or a month of a year ("Dec 2025", which
        # names no day: its first would be a guess): not a date to guess at
        return None
    found = _with_dateparser(cleaned, tz, now)
    return replace(found, precision=text_precision(cleaned)) if found else None


def _relative_precision(text: str) -> str:
    """"5 menit yang lalu" and "baru saja" to the minute; "2 jam lalu", "kemarin" to the day
    (a clock time printed with it, "kemarin 10.30", to the minute)."""
    m = _RELATIVE.search(text)
    if m is not None:
        unit = _RELATIVE_UNITS[m.group("unit").lower()]
        return PRECISION_MINUTE if unit in ("seconds", "minutes") else PRECISION_DAY
    if _JUST_NOW.search(text):
        return PRECISION_MINUTE
    return text_precision(text)


def _partial_date(text: str, tz: tzinfo, now: datetime) -> ParsedDate | None:
    """A date with the year (or the whole date) left out, completed from the fetch time."""
    m = _WEEKDAY_TIME.match(text)
    if m:
        zone = m.group("zone")
        offset = _zone_offset(zone) if zone else None
        local = now.astimezone(timezone(offset)) if offset is not None else now
        back = (local.weekday() - _WEEKDAYS[m.group("weekday").lower().replace("’", "'")]) % 7
        hour, minute = int(m.group("hour")), int(m.group("minute"))
        if hour > 23 or minute > 59:
            return None
        day = (local - timedelta(days=back)).replace(hour=hour, minute=minute, second=0,
                                                     microsecond=0)
        if day > local:
            day -= timedelta(days=7)
        return ParsedDate(day, TZ_RELATIVE)
    for pattern in (_DAY_MONTH, _DAY_MONTH_NUMERIC):
        m = pattern.search(text)
        if not m:
            continue
        month_text = m.group("month")
        month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
        zone = m.group("zone")
        for year in (now.year, now.year - 1):
            parsed = _build(year, month, int(m.group("day")), int(m.group("hour") or 0),
                            int(m.group("minute") or 0), int(m.group("second") or 0), zone, tz)
            if parsed and parsed.value <= now + timedelta(days=1):
                return ParsedDate(parsed.value, TZ_RELATIVE)
        return None
    return None


def parse_date(
    text: str | None, *, default_tz: str = DEFAULT_ZONE, now: datetime | None = None
) -> datetime | None:
    """Return an aware datetime for an Indonesian date text, or None.

    The offset the text printed is kept (WITA stays +08:00, WIT/WP +09:00,
    ISO offsets as given, `+0700` included); text with no zone gets
    `default_tz`; relative text ("2 jam yang lalu", "kemarin", "Baru saja")
    is computed from `now` (default: the current time).
    """
    parsed = parse_date_detail(text, default_tz=default_tz, now=now)
    return parsed.value if parsed else None


def to_iso(value: datetime) -> str:
    """ISO 8601 with the offset, seconds precision (`2022-02-22T11:11:00+07:00`)."""
    return value.replace(microsecond=0).isoformat()
