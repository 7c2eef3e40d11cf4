"""How a date looks where a page prints it among other words: in a byline after a name, in
a credit line after the editor, in a header beside the headline. Patterns that find a date
in a text and cut it off a name; newscrawl.lang.dates reads what they find. Pure module (no
Scrapy import)."""

from __future__ import annotations

import re
from datetime import date

# An amount of time before: "2 jam lalu", "sehari yang lalu", "5 mins ago" (not the word
# alone: "Lalu" opens many a Sasak name, "Lalu Mohammad Zaenudin").
_AGO = (r"(?:\b\d+\s*|\bse|\bbeberapa\s+|\ban?\s+|\bfew\s+)(?:detik|menit|mnt|jam|hari|minggu|"
        r"pekan|bulan|bln|tahun|thn|sec|min|hour|hr|day|week|month|year)[a-z]*\.?\s+"
        r"(?:yang\s+)?(?:lalu|ago)\b")
# A printed date: a day ("1", "1st"), a month (by name or number) and a year, or a
# relative time.
FULL_DATE = re.compile(
    # (Sundanese spells some with é: "Pébruari", "Désémber"; "Mrt" is March's old short form)
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|p[eé]b|mar|(?-i:Mrt|mrt)|apr|m[eé]i|may|jun|jul|agu|ags|agt|aug|"
    r"s[eé]p|okt|oct|nov|nop|d[eé]s|dec)[a-zé]*\.?,?\s+(?:19|20)\d\d\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"\s+(?:19|20)\d\d\b"
    # (year first: not a URL's path "/2024/05/06/", not a version "2024.03.01.7")
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\b"
    r"|(?<![/.\d])\b(?:19|20)\d\d(?:-\d\d-|/\d\d/|\.\d\d\.)\d\d\b(?![/.]?\d)(?!/)"
    # an amount of time before
    r"|" + _AGO +
    # "Kemarin 14:05", "Hari ini, 09:15 WITA": a day named by the reader's, with its time
    r"|\b(?:kemarin|hari\s+ini|yesterday|today)\b,?\s*(?:pukul\s*)?\d{1,2}[:.]\d\d",
    re.IGNORECASE)
RELATIVE_TEXT = re.compile(r"\b(?:lalu|ago|baru\s+saja|kemarin|yesterday|hari\s+ini|today)\b",
                            re.IGNORECASE)
# A text that may hold a date (a cheap gate before reading one): a year, a short numeric
# date, a relative time, a reader's day with its clock.
DATE_LIKE = re.compile(r"(?:19|20)\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|\b(?:lalu|ago)\b"
                       r"|\b(?:kemarin|hari\s+ini|yesterday|today)\b,?\s*(?:pukul\s*)?\d",
                       re.IGNORECASE)

# A date line's label in Spanish, Portuguese, Italian, French, German ("Última
# modificación:", "Publicado el", "Aggiornato il", "Mis à jour le", "Aktualisiert am").
_EUROPEAN_LABELS = (r"(?:(?:última\s+)?modificaci[oó]n|modificado|publicado|actualizado|"
                    r"atualizado|pubblicato|aggiornato|publié|mis\s+à\s+jour|veröffentlicht|"
                    r"aktualisiert)(?:\s+(?:el|em|en|il|le|am))?")
# What stands between a name and the date after it: "on", "Published", "Last Updated", a
# weekday, separators.
DATE_LABEL_TAIL = re.compile(
    r"(?:[\s,.|•·-]+(?:(?:on|at|pada|(?:last\s+)?(?:updated|modified)|(?:first\s+)?published|"
    r"posted|diperbarui|diterbitkan|dipublikasikan|tanggal|senin|selasa|rabu|kamis|jum'?at|sabtu|"
    + _EUROPEAN_LABELS + r"|"
    r"minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    # (Sundanese's)
    r"salasa|rebo|kemis|jumaah|saptu)\b[:,.]?"
    # (an English weekday's short form only with its stop or comma: "Lee Sun" is a name)
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[,.])"
    r"|[\s,:|•·-])+$", re.IGNORECASE)


# What may follow the date of a line that is a date stamp and nothing else: its time and
# zone, a relative time ("Kamis, 25 April 2024 | 13:40 WITA · 2 jam yang lalu").
_STAMP_REST = re.compile(
    r"[\s,|•·-]*(?P<clock>(?:(?:pukul|jam|at)\s*)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:wib|wita|wit|utc|gmt|[ecmp][sd]t|bst|cet|cest|ist|jst|hkt|sgt|aest)?)?"
    r"(?P<ago>[\s,|•·-]*\(?\s*" + _AGO + r"\s*\)?)?"
    r"\s*", re.IGNORECASE)
# A header's label before its date ("Published", "Diperbarui", "Posted on").
_STAMP_LABEL = re.compile(r"(?:published|updated|posted|modified|diperbarui|diterbitkan|"
                          r"dipublikasikan|diunggah|dimuat|" + _EUROPEAN_LABELS + ")",
                          re.IGNORECASE)
MAX_DATE_STAMP_CHARS = 90
# A dateline's place and the bullet after it, before a header's date.
_PLACE_BULLET = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*[●•·|]\s*")
# A clock printed before the date, after the label ("Published 6:42 p.m. ET Nov. 3, 2025").
_CLOCK_FIRST = re.compile(
    r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:wib|wita|wit|utc|gmt|[ecmp][sd]?t)?"
    r"[\s,|•·-]*$", re.IGNORECASE)
# What may part a stamp from a second one after it ("... | Updated 9:15 a.m. ET Nov. 4")
_STAMP_GAP = re.compile(r"[\s,|•·-]*")


def is_date_stamp(text: str, *, bare: bool = False, labelled: bool = False) -> bool:
    """Whether a line is a header's date line and nothing else: the date with its time, a
    relative time or a label ("Kamis, 25 April 2024 | 13:40 WITA · 2 jam yang lalu",
    "Published March 3, 2025"); with `bare`, a date alone too ("Senin, 8 Januari 2024":
    as often a timeline's heading, so the caller says where it stands); with `labelled`,
    only a labelled one."""
    if len(text) > MAX_DATE_STAMP_CHARS:
        return False
    m = FULL_DATE.search(text)
    if m is None or RELATIVE_TEXT.search(m.group(0)):
        return False  # (a relative time alone is a card's, not a date line's)
    before = text[: m.start()]
    # (the dateline's place before it, set apart by a bullet: "Jakarta ● Thu, August 14,
    # 2025", a header's line of place and day)
    placed = _PLACE_BULLET.match(before) if before else None
    if placed:
        before = before[placed.end():]
    clock_first = _CLOCK_FIRST.search(before) if before else None
    if clock_first:
        before = before[: clock_first.start()]
    if before and DATE_LABEL_TAIL.sub("", " " + before).strip():
        return False
    rest = _STAMP_REST.match(text, m.end())
    if rest.end() < len(text):
        # (a second stamp after it, labelled: "Published ... | Updated 9:15 a.m. ET Nov. 4")
        after = text[_STAMP_GAP.match(text, rest.end()).end():]
        if not (_STAMP_LABEL.match(after) and is_date_stamp(after, labelled=True)):
            return False
    if labelled:  # (only with its label: "first published: Feb 10, 2026")
        return bool(_STAMP_LABEL.search(before))
    return bare or placed is not None or bool(clock_first or rest.group("clock")
                                              or rest.group("ago")) \
        or bool(_STAMP_LABEL.search(before))


# A weekday opening a date line ("Rabu, 12 Februari 2025", "Thu, August 14, 2025").
_WEEKDAY_HEAD = re.compile(
    r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b[,.]?\s*", re.IGNORECASE)


# An Indonesian date month first, as WordPress's "F j, Y" prints it ("Agustus 12, 2025").
_MONTH_FIRST_ID = re.compile(r"(?:mei|agu|ags|agt|okt|des|peb|nop)[a-z]*\.?\s+\d{1,2},?\s+"
                             r"(?:19|20)\d\d\b", re.IGNORECASE)


def date_head_end(text: str) -> int:
    """Where a line that opens with a date stamp goes on past it, its clock, zone and the
    separators after them ("Rabu, 12 Februari 2025 - 07:45 WIB Penulis: A" -> the index of
    "Penulis"); 0 where it opens with no date."""
    weekday = _WEEKDAY_HEAD.match(text)
    start = weekday.end() if weekday else 0
    m = FULL_DATE.match(text, start) or _MONTH_FIRST_ID.match(text, start)
    if m is None or RELATIVE_TEXT.search(m.group(0)):
        return 0
    rest = _STAMP_REST.match(text, m.end())
    return _STAMP_GAP.match(text, rest.end()).end()


def cut_date_tail(text: str) -> str:
    """`text` up to the first date printed in it, less the label and the separators before
    that date ("Editor: Nama Minggu, 20 Maret 2022 | 14:05 WITA" -> "Editor: Nama");
    "" where the text opens with the date."""
    m = FULL_DATE.search(text)
    if m is None:
        return text
    return DATE_LABEL_TAIL.sub("", text[: m.start()]) if m.start() else ""


def without_date_tail(name: str) -> str:
    """A byline's name less the date printed after it ("Jason Bates June 3, 2021", "Summer
    Swann - June 12, 2025", "ALLIN ONE on Jan 22, 2025"); a text that is a date and no name
    is left as it is (the byline's reader tells it from a name)."""
    name = _GLUED_DATE.sub(" ", name)
    m = FULL_DATE.search(name)
    if m is None or m.start() == 0:
        return name
    cut = cut_date_tail(name)
    # (an Indonesian weekday's short form before an Indonesian date: "Nona Tuasikal Sen, 3
    # Mrt 2025"; not "Ronojoy Sen, March 3, 2025", a surname)
    short = _SHORT_WEEKDAY_END.search(cut)
    if short and _INDONESIAN_MONTH.search(m.group(0)):
        cut = cut[: short.start()]
    return cut


_SHORT_WEEKDAY_END = re.compile(r"\s+(?:Sen|Sel|Rab|Kam|Jum|Sab|Min)\W*$")
_INDONESIAN_MONTH = re.compile(r"\b(?:mei|agu|ags|agt|okt|des|peb|nop|mrt|maret|juni|juli|"
                               r"agustus|oktober|desember|pebruari|februari|januari|nopember)",
                               re.IGNORECASE)


# A weekday or a day's number glued to the word before it, where a template's elements meet
# with no space ("Oleh Redaksi</span><time>Selasa, 12 Maret" read as "RedaksiSelasa, 12").
_GLUED_DATE = re.compile(
    r"(?<=[a-z])(?=(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)")


# A printed date labelled as the time the page was printed, read or fetched, not written:
# a print view's "Dicetak pada: Selasa, 27 Maret 2018 - 08:02 WITA", "Printed on ...",
# "Diakses pada ...", "Retrieved ...".
# (a date after it: "Diakses 312 kali" counts readers)
_READ_TIME_LABEL = re.compile(
    r"^\W*(?:dicetak|printed|diakses|diunduh|accessed|retrieved)(?:\s+(?:pada|on|tanggal|at))?"
    r"\s*:?\s*(?:[^\W\d_]+,?\s+)?\d{1,4}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+[^\W\d_]{3,})",
    re.IGNORECASE)


def is_read_time_label(text: str) -> bool:
    """Does this printed text say when the page was printed or read? Such a date never
    dates the article."""
    return bool(_READ_TIME_LABEL.match(text))


# "03-09-2026": day first as Indonesian pages print it, or month first as American ones do.
AMBIGUOUS_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)\b")


def month_first_in(text: str | None) -> date | None:
    """`month_first_day` of a numeric date a short line prints after its label ("Posted
    03/04/2025")."""
    m = _NUMERIC_DATE_IN.search(text or "") if text and len(text) <= 60 else None
    return month_first_day(m.group(0)) if m else None


_NUMERIC_DATE_IN = re.compile(r"(?<![\d/.-])\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\b")


def month_first_day(text: str | None) -> date | None:
    """The day a numeric date text names when read month first, where both readings are
    days ("03-09-2026": 9 March; None for "13-09-2026", which only reads day first)."""
    m = AMBIGUOUS_NUMERIC_DATE.match(text or "")
    if m is None:
        return None
    first, second, year = (int(g) for g in m.groups())
    if first > 12 or second > 12 or first == second:
        return None
    return date(year, first, second)


# A CMS's creation date (Joomla's "Dibuat: ...", "Created: ..."), the draft's, where the
# publication's is printed beside it ("Dipublikasikan: ...", "Published: ...").
_CREATED_LABEL = re.compile(r"^\W*(?:dibuat|created)\b", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"^\W*(?:dipublikasikan|diterbitkan|published|terbit)\b",
                              re.IGNORECASE)


def is_created_label(text: str) -> bool:
    return bool(_CREATED_LABEL.match(text))


def is_published_label(text: str) -> bool:
    return bool(_PUBLISHED_LABEL.match(text))
