"""Credit lines of Indonesian news ("Editor: A, B", "Laporan Wartawan X, Nama", "Sumber:
ANTARA", "(abc/def)") read into field values: `parse_credits` gives what a line credits
to whom. Pure module (no Scrapy import); newscrawl.lang.promo tells them from promos.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newscrawl.lang.creditnames import credit_names
from newscrawl.lang.dateline import files_from
from newscrawl.lang.datetext import FULL_DATE, cut_date_tail, date_head_end
from newscrawl.lang.names import is_co_writer, is_job_title, names_an_outlet, reads_as_person
from newscrawl.lang.text import normalise_space, word_count
from newscrawl.lang.wire import wire_segments

# Credit lines: label, separator, value. "Laporan Wartawan X, Nama" has no colon; labels may
# follow stars or a number ("**Editor:", "1) Editor:"), and reporters' labels come misspelt.
_LAPORAN = (r"laporan\s+(?:war?t?a?wa?n|wart\w*|rep[oa]?r?t?\w*|kontri\w*|kores\w*|"
            r"jurnalis)")
_CREDIT = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?\W{0,5}(?P<label>editor|penyunting|redaktur|penulis|pewarta|reporter|"
    r"wartawan|kontributor|koresponden|jurnalis|sumber|foto|fotografer|oleh|by|"
    r"peresensi|teks|texte|texto|text|words|photos?|photographs|fotos|"
    r"guest\s+(?:author|writer|contributor|blogger)|"
    # a bureau's contributor, the place before the colon ("Kontributor Halsel: Nama"); a
    # blog's and an old PHP CMS's poster ("Diposting oleh : Nama")
    r"(?:kontributor|koresponden)(?:\s+(?-i:[A-Z])[\w.-]*){1,3}(?=\s*[:：])|"
    r"(?:diposting|ditulis)\s+oleh|"
    # the reporter's and the editor's short labels on lines of their own ("Rep: A", "Red: B")
    r"re[pd](?=\s*[:：])|pengirim(?=\s*[:：])|"  # (and a letter's sender: "Pengirim: A")
    + _LAPORAN + r"|laporan(?=\s*[:：]))"
    # (a hyphen parts them with a space beside it: "By-election", "Oleh-Oleh" are words)
    r"(?:\s*(?::|：|\|)|\s+-|-\s|(?<!by)(?<!oleh)-(?=(?-i:[A-Z])))\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_REPORT_BY = re.compile(r"^\W{0,3}" + _LAPORAN + r"\s+(?P<value>.+)$", re.IGNORECASE)
# "Oleh Nama Penulis" (no colon), a byline of capitalised words, or a European one's ("Von A
# und B", "Por A y B", "Par A et B").
_BY = re.compile(r"^\W{0,3}(?i:(?:diposting\s+|ditulis\s+)?oleh|by|von|por|par)\s+"
                 r"(?P<value>(?:(?:(?:de|la|del|von|van|der|da|du|dos|le)\s+)*[A-ZÀ-Þ][\w.'’-]*,?\s*"
                 r"(?:&\s*|dan\s+|and\s+|und\s+|y\s+|e\s+|et\s+)?){1,8})$")
_EUROPEAN_AND = re.compile(r"\s(?:und|y|e|et)\s")  # a European byline's "and"
# "(Penulis A | Editor B)", "(Reporter: A / Editor: B)"
_PAIR = re.compile(r"^\W{0,2}[(\[](?P<inner>[^()\[\]]{3,160})[)\]]\W{0,2}$")
# Okezone: "Nama Lengkap, Jurnalis" / "Nama, Jurnalis Okezone"
_JOURNALIST = re.compile(r"^(?P<value>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}),\s*"
                         r"(?:jurnalis|wartawan|reporter|kontributor)(?:\s+\S+)?\W*$",
                         re.IGNORECASE)
# "Tim Tribunnews.com - Desk Daerah", "Tim Redaksi": the desk wrote it
# detik's byline under the headline: the writers, a dash, the desk ("Andi Rahman -
# detikSulsel", "A, B - detikBali")
_DESK_BYLINE = re.compile(r"^(?P<value>[A-Z][\w.'’]*(?:[\s,]+[A-Z][\w.'’]*){1,9})\s+[-–]\s+"
                          r"detik[A-Z]\w*$")
_TEAM = re.compile(r"^\W{0,3}tim\s+(?P<value>[\w.-]+(?:\s+[\w.-]+){0,3})(?:\s*[-–|]\s*.+)?$",
                   re.IGNORECASE)
# "Okezone.com - 22/02/2022, 11:11 WIB": a dateline credit (site and date), not body text
_DATELINE_CREDIT = re.compile(
    r"^(?P<value>[\w-]+(?:\.[\w-]+)*\.(?:com|id|co\.id|net|news))\s*[-–|,]\s*"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?)?\W*$",
    re.IGNORECASE)
# "Artikel ini telah tayang di Tribun-Bali.com dengan judul ...": a syndication credit
_REPUBLISHED_AT = re.compile(
    r"\bartikel\s+ini\s+(?:telah|sudah|pernah)\s+(?:tayang|terbit|dimuat|dipublikasikan)"
    r"\s+(?:di|pada)\s+(?P<site>[\w.-]+\.(?:com|id|co\.id|net))", re.IGNORECASE)
# "Rani Wijaya berkontribusi dalam penulisan artikel ini."
_CONTRIBUTED = re.compile(
    r"^(?P<value>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|dan|&|,))*)\s+(?:turut\s+)?"
    r"berkontribusi\s+dalam\s+(?:penulisan|pembuatan)\s+(?:artikel|berita|tulisan)\s+ini\W*$")
# A label a template leaves behind with no name: "Editor:", "Penulis"
_BARE_LABEL = re.compile(r"^\W*(?:editor|penyunting|penulis|pewarta|reporter|sumber|foto|oleh|"
                         r"kontributor|redaktur)\s*[:：]?\W*$", re.IGNORECASE)

# A writer who also took the photos: "Reporter/Fotografer: Name" is "Reporter: Name" (and
# so reads "Reporter/Fotografer: A | Editor: B" as any credit line).
_WRITER_AND_PHOTOGRAPHER = re.compile(
    r"^(\W{0,5}(?:reporter|wartawan|penulis|pewarta))\s*(?:/|&)\s*(?:fotografer|foto|video|"
    r"kamerawan)(?=\s*[:：])", re.IGNORECASE)

CREDIT_AUTHOR = "authors"
CREDIT_EDITOR = "editors"
CREDIT_SOURCE = "source"
CREDIT_OTHER = "other"

_CREDIT_KIND = {
    "editor": CREDIT_EDITOR, "penyunting": CREDIT_EDITOR,
    "penulis": CREDIT_AUTHOR, "pewarta": CREDIT_AUTHOR, "reporter": CREDIT_AUTHOR,
    "wartawan": CREDIT_AUTHOR, "kontributor": CREDIT_AUTHOR,
    "koresponden": CREDIT_AUTHOR, "jurnalis": CREDIT_AUTHOR, "oleh": CREDIT_AUTHOR,
    "by": CREDIT_AUTHOR, "redaktur": CREDIT_EDITOR, "laporan": CREDIT_AUTHOR,
    "sumber": CREDIT_SOURCE, "rep": CREDIT_AUTHOR, "red": CREDIT_EDITOR,
    "foto": CREDIT_OTHER, "fotografer": CREDIT_OTHER,
    "peresensi": CREDIT_AUTHOR, "pengirim": CREDIT_AUTHOR,  # a book review's, a letter's
    "diposting oleh": CREDIT_AUTHOR, "ditulis oleh": CREDIT_AUTHOR,
    # a magazine's and a web page's credit of the text and the pictures ("Teks: A, Foto: B",
    # "Texte : A · Photos : B", "Words: A | Photographs: B")
    "teks": CREDIT_AUTHOR, "texte": CREDIT_AUTHOR, "texto": CREDIT_AUTHOR,
    "text": CREDIT_AUTHOR, "words": CREDIT_AUTHOR,
    "photo": CREDIT_OTHER, "photos": CREDIT_OTHER, "photographs": CREDIT_OTHER,
    "fotos": CREDIT_OTHER,
    # a guest post's writer, credited in a card ("Guest author: Isla Fraser")
    "guest author": CREDIT_AUTHOR, "guest writer": CREDIT_AUTHOR,
    "guest contributor": CREDIT_AUTHOR, "guest blogger": CREDIT_AUTHOR,
}  # fmt: skip

# A credit line is short; a longer "Sumber: ..." paragraph is prose.
MAX_CREDIT_WORDS = 16


@dataclass(frozen=True)
class Credit:
    kind: str  # CREDIT_AUTHOR, CREDIT_EDITOR, CREDIT_SOURCE or CREDIT_OTHER
    names: tuple[str, ...]
    text: str


_SITE_AFTER_NAME = re.compile(r"\s+[\w-]+\.(?:com|id|co\.id|net)\b", re.IGNORECASE)


def _reporter_name(value: str) -> str:
    """The name in "Tribunjabar.id, Nama" / "Tribun Medan / Nama", less a dateline after."""
    for sep in (",", "/"):
        if sep in value:
            before, after = value.split(sep, 1)
            # ("Laporan: Nama, Sorong": the name, then the place the reporter writes from)
            value = before if sep == "," and files_from(after.split(",")[0].strip(" .;"),
                                                        bare_word=True) \
                and "." not in before and all(map(_name_like, _VALUE_PARTS.split(before))) \
                else after
            break
    return _SITE_AFTER_NAME.split(value, maxsplit=1)[0]


_SPACES = re.compile(r"\s+")


def _label_key(label: str) -> str:
    return _SPACES.sub(" ", label.lower())


def _label_kind(label: str) -> str:
    label = _label_key(label)
    if label.startswith(("kontributor ", "koresponden ")):
        # (the place a bureau's contributor writes from, "Kontributor Halsel"; not the
        # medium a contributor gave, "Kontributor Foto")
        return CREDIT_OTHER if label.split()[1] in _MEDIA_WORDS else CREDIT_AUTHOR
    return CREDIT_AUTHOR if label.startswith("laporan") \
        else _CREDIT_KIND.get(label, CREDIT_OTHER)


_MEDIA_WORDS = frozenset(("foto", "video", "grafis", "ilustrasi", "audio", "visual", "desain"))


# How the weekdays a date line may open with start (a cheap gate before reading a date).
_WEEKDAY_STARTS = frozenset(("sen", "sel", "rab", "kam", "jum", "sab", "min", "aha", "mon",
                             "tue", "wed", "thu", "fri", "sat", "sun",
                             # ... or month first ("Februari 12, 2025 - 07:45 WIT")
                             "jan", "feb", "peb", "mar", "apr", "mei", "may", "jun", "jul",
                             "agu", "aug", "sep", "okt", "oct", "nov", "nop", "des", "dec"))


def parse_credits(paragraph: str) -> list[Credit] | None:
    """Every credit a line states, or None when it is not a credit line.

    "Editor: A, B" -> editors A and B; "(Penulis A | Editor B)" -> author A and editor B;
    "Oleh: A, B, & C"; "Laporan Wartawan Tribunjabar.id, Nama"; "Nama, Jurnalis";
    "Tim Detikcom - Desk Daerah" and "Okezone.com - 22/02/2022, 11:11 WIB" (credited to a
    desk or a site: other); a bare "Editor:" left by a template gives an empty list.
    """
    text = normalise_space(paragraph)
    if not text:
        return None
    # (a header's date line run together with the credits under it, where <br>s part them:
    # "Rabu, 12 Februari 2025 - 07:45 WIB Penulis: A Editor: B")
    if ":" in text and (text[0].isdigit() or text[:3].casefold() in _WEEKDAY_STARTS) \
            and (head := date_head_end(text)) and _LABEL_START.match(text[head:]):
        found = parse_credits(text[head:])
        return [replace(c, text=text) for c in found] if found else found
    if ("/" in text or "&" in text) and _WRITER_AND_PHOTOGRAPHER.match(text):
        found = parse_credits(_WRITER_AND_PHOTOGRAPHER.sub(r"\1", text, count=1))
        return [replace(c, text=text) for c in found] if found else found
    republished = _REPUBLISHED_AT.search(text) if "rtikel ini" in text else None
    if republished and word_count(text) <= 80:
        # "Artikel ini telah tayang di Kompas.com dengan judul ..., Penulis : A Editor : B"
        found = [Credit(CREDIT_SOURCE, (republished.group("site"),), text)]
        for label, kind in (("penulis", CREDIT_AUTHOR), ("editor", CREDIT_EDITOR)):
            m = re.search(rf"{label}\s*:\s*(?P<value>.+?)(?=\s*(?:editor|penulis)\s*:|"
                          r"kompascom|$)", text, re.IGNORECASE)
            if m and credit_names(m.group("value")):
                found.append(Credit(kind, credit_names(m.group("value")), text))
        return found
    if "ing by" in text and WIRE_CREDIT.match(text):  # ("Reporting by", "Writing by")
        return _wire_credits(text)
    multi = _multi_credits(text)
    if multi is not None:
        return multi
    if word_count(text) > MAX_CREDIT_WORDS:
        return None
    if _BARE_LABEL.match(text):
        return []
    contributed = _CONTRIBUTED.match(text)
    if contributed:
        return [Credit(CREDIT_AUTHOR, credit_names(contributed.group("value")), text)]
    pair = _PAIR.match(text)
    if pair:
        found: list[Credit] = []
        for piece in re.split(r"\s*[|/;]\s*", pair.group("inner").strip()):
            # ("(Laporan: A)" with its colon: "(laporan keuangan 2023)" is text)
            m = re.match(r"^(?:(?P<label>editor|penulis|pewarta|reporter|penyunting|redaktur|"
                         r"kontributor|foto|sumber)\s*:?\s+|(?P<colon>laporan|wartawan|jurnalis)"
                         r"\s*:\s*)(?P<value>.+)$", piece, re.IGNORECASE)
            if not m:
                return None  # "(ant)", "(Foto: ...)" with other words: not a credit pair
            names = credit_names(m.group("value"))
            if names:
                found.append(Credit(_label_kind(m["label"] or m["colon"]), names, text))
        return found or None
    m = _CREDIT.match(text)
    if m and _label_key(m.group("label")) in ("rep", "red") \
            and not _contributors_name(_VALUE_PARTS.split(m.group("value").strip(" .;"))[0]):
        return None  # ("Red: confirmed cases", a chart's legend; Republika's "Red: Name" is
        # the editor's, an election map's "Red: Name" alike: text cannot tell them apart)
    if m and " " in (key := _label_key(m.group("label"))) \
            and key.startswith(("kontributor", "koresponden")) \
            and not _contributors_name(_VALUE_PARTS.split(m.group("value").strip(" .;"))[0]):
        return None  # ("Koresponden Al Jazeera: Israel Serang Rafah ...": a headline)
    if m:
        label, value = m.group("label"), m.group("value")
        if _label_kind(label) != CREDIT_SOURCE:
            value = _without_dated_segments(value)
        if label.lower() == "laporan":
            if _reads_as_sentence(value):
                return None  # "Laporan: Polisi masih mengumpulkan bukti." is a sentence
            value = _PLACE_OR_ROLE.sub("", value)  # "Akhmad Dani dari Jakarta"
        if label.lower().startswith("laporan"):
            value = _reporter_name(value)  # "Laporan Wartawan Tribunjabar.id, Nama"
        if _label_key(label) in _WORK_LABEL_SET:
            if not _work_credit(label, text[m.end("label"):m.start("value")], value):
                return None  # "Text-Based Adventure Games", "Teks: Lagu Indonesia Raya"
            if _label_key(label) in _TEXT_LABELS:
                value = _names_only(value)
    else:
        m = _REPORT_BY.match(text) or _BY.match(text)
        if m is None and " / " in text and is_job_title(text.rsplit(" / ", 1)[1]):
            m = _BY.match(text.rsplit(" / ", 1)[0])  # "By Chen Yu-ting / Staff reporter"
        joined = _EUROPEAN_AND.sub(" and ", m.group("value")) if m else ""
        label_word = text.lstrip("([ ")[:4]
        european = bool(m) and label_word.casefold() in ("von ", "por ", "par ")
        if european and label_word[0].isupper() and " and " not in joined:
            return None  # ("Par Three Holes", "Von Braun Center": a heading, a name)
        if m and (" and " in joined or european) and not all(
                len(part.split()) >= 2 for part in _VALUE_PARTS.split(joined) if part.strip()):
            return None  # ("By Land and Sea", a heading, "Por favor": writers by "and" or by
            # a European label have full names)
        if m:
            label, value = "laporan", joined
            if text.lower().startswith("laporan"):
                value = _reporter_name(value)
        elif (m := _JOURNALIST.match(text)):
            label, value = "jurnalis", m.group("value")
        elif (m := _TEAM.match(text)):
            return [Credit(CREDIT_OTHER, (f"Tim {m.group('value')}",), text)]
        elif (m := _DESK_BYLINE.match(text)):
            label, value = "jurnalis", m.group("value")
        elif (m := _DATELINE_CREDIT.match(text)):
            return [Credit(CREDIT_SOURCE, (m.group("value"),), text)]
        else:
            return None
    kind = _label_kind(label)
    value = value.strip(" .;")
    names: tuple[str, ...] = ((value,) if value else ()) if kind == CREDIT_SOURCE \
        else credit_names(value)
    if not names:
        return None
    return [Credit(kind, names, text)]


# A wire story's closing credits (read by newscrawl.lang.wire).
WIRE_CREDIT = re.compile(
    r"^\(?\s*(?i:(?:additional\s+)?(?:reporting|writing))\s+by\s+[A-Z][^()]{2,240}\)?\.?$")


def _wire_credits(text: str) -> list[Credit] | None:
    found: list[Credit] = []
    for editing, value in wire_segments(text) or ():
        names = credit_names(value)
        if not names or not all(map(is_co_writer, names)):
            return None  # ("Reporting by Reuters reporters in three cities showed ...")
        found.append(Credit(CREDIT_EDITOR if editing else CREDIT_AUTHOR, names, text))
    return found or None


# Lower-case words a credit's value may hold beside names: particles of names, a place's
# "di", the "dan" between names.
_NAME_SMALL_WORDS = frozenset((
    "di", "dan", "da", "de", "del", "der", "den", "van", "von", "bin", "binti", "al", "el",
    "la", "dos", "das", "dr.", "dr", "ir.", "h.", "hj."))


# What follows a reporter's name after "Laporan:": the place ("dari Jakarta", "di Jakarta",
# "- Ambon"), a role after a comma ("Ayu Sabrina, mahasiswa").
_PLACE_OR_ROLE = re.compile(r"\s+(?:dari|di)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*$"
                            r"|\s+-\s+.*$|,\s+[a-z].*$")


def _reads_as_sentence(value: str) -> bool:
    """Whether a value after "Laporan:" is a sentence of the text, not the reporter's name:
    it ends with a full stop after a few words, or holds lower-case words no name has
    ("Polisi masih mengumpulkan bukti.", "Diterima Satreskrim pada Selasa siang")."""
    text = value.strip()
    words = text.split()
    if len(words) >= 3 and text[-1] in ".!?" or not words or any(c.isdigit() for c in text) \
            or words[0][:1].islower() and words[0].lower() not in _NAME_SMALL_WORDS:
        return True
    small = [w for w in words if w[:1].islower()
             and w.lower().split("-")[0] not in _NAME_SMALL_WORDS]
    return len(small) >= 2


# (Republika's "Rep: A/ Red: B", reporter and redaktur, only as such a pair: "Red:" alone
# opens lines of other kinds)
# A magazine's and a web page's labels of who wrote and who photographed ("Teks: A, Foto:
# B", "Texte : A · Photos : B", "Words: A | Photographs: B"): names must follow them.
_WORK_LABELS = "teks|texte|texto|text|words|photos?|photographs|fotos?"
# ... and a guest post's ("Guest author: Isla Fraser"): a name must follow these
_TEXT_LABELS = frozenset(("teks", "texte", "texto", "text", "words", "guest author",
                          "guest writer", "guest contributor", "guest blogger"))
_WORK_LABEL_SET = _TEXT_LABELS | {"photo", "photos", "photographs", "fotos"}
_VALUE_PARTS = re.compile(r"\s*(?:,|·|\||;|/|&|\band\b|\bdan\b)\s*")
# A name as credits print it: a title's abbreviation, then one to five capitalised words or
# initials ("Wahyu", "Muh. Syaiful", "dr. Andi Susanto", "I Gusti Ngurah Rai Mahendra")
_NAME_LIKE = re.compile(r"(?:(?:dr|drs|ir|h|hj|muh|moh|prof|ust|kh)\.\s*)?"
                        r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|van|von|de|da|di|del)){0,4}")


def _contributors_name(value: str) -> bool:
    """Whether the text after a contributor's place is a person's name: one that reads as a
    person's, a single name ("Sulaiman"), or one with an initial ("Andi Muh. Ridwan")."""
    words = value.split()
    return reads_as_person(value) or _name_like(value) and (
        len(words) == 1 or any(w.endswith(".") for w in words[:-1]))


def _name_like(part: str) -> bool:
    """Whether a credit's part reads as a person's name, not a title or a heading ("Lagu
    Indonesia Raya", "HELP", "How I Built My Startup in 30 Days")."""
    part = part.strip(" .;")
    if not part or any(w.strip(".").casefold() in _NOT_NAME_WORDS for w in part.split()):
        return False
    return reads_as_person(part) or bool(_NAME_LIKE.fullmatch(part)) \
        and not names_an_outlet(part) and not (part.isupper() and " " not in part) \
        and not _reads_as_sentence(part)


# Words a credit's value holds that no name does ("Istimewa", "Dok. Pribadi", "Sign In")
_NOT_NAME_WORDS = frozenset(("istimewa", "ist", "dok", "dokumentasi", "pribadi", "sign", "login",
                             "log", "pancasila", "here", "none"))


def _work_credit(label: str, separator: str, value: str) -> bool:
    """Whether a text's or a picture's label and its value are a credit: after a colon (a
    hyphen makes a word: "Text-Based Games"), the writer's name one that reads as a name
    ("Teks: Lagu Indonesia Raya" names a song, "Guest Contributor: Views expressed here
    are the writer's own." is a notice)."""
    if ":" not in separator and "：" not in separator:
        return False
    if label.lower() not in _TEXT_LABELS:
        return True
    return _name_like(_VALUE_PARTS.split(value.strip(" .;"))[0])


def _names_only(value: str) -> str:
    """A text label's value less what follows the names ("Sarah Lee, a professor of
    economics at ..." -> "Sarah Lee")."""
    parts = _VALUE_PARTS.split(value.strip(" .;"))
    kept = []
    for part in parts:
        if not _name_like(part):
            break
        kept.append(part.strip(" .;"))
    return ", ".join(kept)
_LABEL_AT = re.compile(r"(?:(?<=[a-z.])|\b)(?P<label>editor|penulis|pewarta|reporter|laporan|"
                       r"(?:diposting|ditulis)\s+oleh|"
                       r"kontributor(?:\s+(?-i:[A-Z])[\w.-]*){0,3}|fotografer|sumber|redaktur|publisher|penerbit|"
                       r"(?<![a-z])re[pd]|(?<![a-z])(?:" + _WORK_LABELS + r"))\s*:",
                       re.IGNORECASE)
_LABEL_START = re.compile(r"^\W{0,3}(?:editor|penulis|pewarta|reporter|laporan|"
                          r"(?:diposting|ditulis)\s+oleh|"
                          r"kontributor(?:\s+(?-i:[A-Z])[\w.-]*){0,3}|"
                          r"fotografer|sumber|redaktur|re[pd](?=\s*:.{3,80}\b(?:re[pd]|editor|redaktur)\s*:)|"
                          + _WORK_LABELS + r")\s*:", re.IGNORECASE)
_CREDIT_TAIL = re.compile(r"\s*(?:copyright|©|\(adsbygoogle|kompascom\+|baca\s+berita).*$",
                          re.IGNORECASE)


def _multi_credits(text: str) -> list[Credit] | None:
    """Antara's and Kompas's credit blocks run together: "Pewarta: ASavitriEditor: B
    COPYRIGHT © ANTARA 2026". None unless the line opens with a label and holds another
    label or a copyright tail."""
    if not _LABEL_START.match(text):
        return None  # most paragraphs: checked in one anchored match, not a full scan
    labels = list(_LABEL_AT.finditer(text))
    if not labels or labels[0].start() > 3 or (
            len(labels) == 1 and not _CREDIT_TAIL.search(text[labels[0].end():])):
        return None
    found: list[Credit] = []
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        # (a date printed after the last credit: "Editor: Nama Minggu, 20 Maret 2022")
        value = cut_date_tail(_CREDIT_TAIL.sub("", text[m.end():end])).strip(" .;|,·•-–")
        if _label_key(m.group("label")) in _WORK_LABEL_SET and not _work_credit(
                m.group("label"), ":", value):
            return None  # ("Text: the quick brown fox ...", a sentence: no credit line)
        names = (value,) if value and _label_kind(m.group("label")) == CREDIT_SOURCE \
            else credit_names(value)
        # (a CMS's poster beside another credit is no writer: "Penulis: A | Diposting
        # oleh: B", "Sumber: Humas X | Diposting oleh: B")
        if names and not (len(labels) > 1
                          and _label_key(m.group("label")) == "diposting oleh"):
            found.append(Credit(_label_kind(m.group("label")), names, text))
    return found


# The separator of a meta line's segments: "Penulis: A | Selasa, 20 Mei 2025 | 09:15 WIB".
SEGMENT_BAR = re.compile(r"\s+[|·•]\s+")


def _without_dated_segments(value: str) -> str:
    """A credit's value up to the first segment after a bar that is a date ("A | Selasa,
    20 Mei 2025 | 09:15 WIB" -> "A"; "Agus Minggu | 20 Mei 2025" -> "Agus Minggu")."""
    parts = SEGMENT_BAR.split(value)
    for i, part in enumerate(parts[1:], 1):
        m = FULL_DATE.search(part)
        if m and len(part[:m.start()].split()) <= 1:  # the date, after its weekday at most
            return " | ".join(parts[:i])
    return value


def joined_credit_lines(lines: list[str]) -> list[str]:
    """A credit's lines as its <br>s part them, a line that goes on from the one before
    joined to it ("Penulis: Budi Santoso," / "Rina Kusuma"; "Penulis:" / "Budi Santoso")."""
    joined: list[str] = []
    for line in lines:
        if joined and _GOES_ON.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


_GOES_ON = re.compile(r"(?:[,:&]|\b(?:dan|and))\s*$", re.IGNORECASE)


def split_names(value: str) -> list[str]:
    """The names one credit value joins ("A, B dan C" -> ["A", "B", "C"])."""
    return list(credit_names(value))


# A word every credit line holds (its label, a site, "berkontribusi"): a cheap first test.
_CREDIT_HINT = re.compile(
    r"editor|penyunting|redaktur|penulis|pewarta|reporter|wartawan|kontributor|koresponden|"
    r"jurnalis|sumber|foto|oleh|\b(?:by|von|por|par)\b|laporan|\btim\b|\bre[pd]\b|berkontribusi|"
    r"peresensi|pengirim|"
    # (a writer's credit by a work's label: "Text: A", "Teks: A", "Words: A", "Guest author")
    r"\b(?:te(?:ks|xte?|xto)|words)\s*:|guest\s+(?:author|writer|contributor|blogger)|"
    r"artikel\s+ini|\.(?:com|id|net|news)\b", re.IGNORECASE)


def might_credit(text: str) -> bool:
    """Whether a text may be a credit line (`parse_credits` may say it is): none without
    one of their words."""
    return bool(_CREDIT_HINT.search(text))


def is_credit_line(text: str) -> bool:
    """Whether a line credits some name (an author, editor or source): not a bare label."""
    return bool(parse_credits(text))


def parse_credit(paragraph: str) -> Credit | None:
    """The (first) credit a line states ("Editor: A, B" -> editors A and B), or None."""
    found = parse_credits(paragraph)
    return found[0] if found else None
