"""Promo, related-link and credit-line detection for Indonesian news text.

Pure module (no Scrapy import). Portals put "Baca Juga:" links, follow
prompts and ad markers between the paragraphs of an article, and end it with
credit lines ("Editor: ...", "Sumber: ..."). `split_promos` takes them out of
the body; `parse_credit` turns a credit line into a field value.

The rules match a paragraph as a whole and anchor on its start, so that a
real sentence that merely contains such words ("Sumber itu menambahkan",
"pembacaan", "Editor senior ...") stays in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Baca Juga: ...", "BACA JUGA ...", "Baca juga :", "Baca Juga >>>", "Simak juga", ...
_RELATED = re.compile(
    r"^\W{0,3}(?:baca|simak|lihat|tonton|cek|klik|saksikan)\s+(?:juga|pula|selengkapnya|berita)"
    r"(?:\s+(?:video|artikel|berita|foto))?\s*(?P<colon>[:：]|>+|»+|-+>|\|)?",
    re.IGNORECASE,
)
# What a related-link line without a colon promotes (a real sentence goes on in lowercase).
_PROMO_NOUNS = re.compile(r"\b(?:video|foto|infografis|artikel|berita|tayangan|podcast|"
                          r"selengkapnya|lainnya|terkait|terpopuler|terbaru)\b", re.IGNORECASE)
_REPUBLISHED = re.compile(
    r"^\W{0,3}artikel\s+ini\s+(?:telah|sudah|pernah)\s+(?:tayang|terbit|dimuat|dipublikasikan"
    r"|naik)",
    re.IGNORECASE,
)
# Exact ad markers and widget labels that leak into the text.
_MARKERS = re.compile(
    r"^\W*(?:advertisement|iklan|scroll\s+to\s+continue\s+with\s+content|"
    r"\[gambas:[^\]]*\]|loading\.*|baca\s+selengkapnya|lanjut\s+baca|"
    r"simak\s+video\s*[\"“].*|video\s+terkait\s*:?.*|"
    r"copyright\s*©?\s*\S+(?:\s+\S+){0,3}|©\s*\S+(?:\s+\S+){0,3})\W*$",
    re.IGNORECASE,
)
# Follow prompts: "Ikuti berita terkini dari X di Google News", WhatsApp/Telegram channels.
_FOLLOW_CHANNEL = re.compile(
    r"google\s+news|whatsapp\s+channel|saluran\s+whatsapp|channel\s+whatsapp|wa\s+channel|"
    r"telegram|instagram|tiktok|youtube|twitter|facebook|fanpage|grup\s+wa",
    re.IGNORECASE,
)
_FOLLOW_VERB = re.compile(
    r"^\W{0,3}(?:ikuti|follow|gabung|bergabung|join|yuk|dapatkan|simak|klik|update|"
    r"jangan\s+lupa|pantau|baca\s+berita|cek\s+berita|kunjungi|download|unduh)\b",
    re.IGNORECASE,
)

# Credit lines: label, separator, value. "Laporan Wartawan X, Nama" has no colon; labels may
# follow stars or a number ("**Editor:", "1) Editor:"), and reporters' labels come misspelt.
_LAPORAN = (r"laporan\s+(?:war?t?a?wa?n|wart\w*|rep[oa]?r?t?\w*|kontri\w*|kores\w*|"
            r"jurnalis)")
_CREDIT = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?\W{0,5}(?P<label>editor|penyunting|redaktur|penulis|pewarta|reporter|"
    r"wartawan|kontributor|koresponden|jurnalis|sumber|foto|fotografer|oleh|by|"
    + _LAPORAN + r")\s*(?::|：|\||-)\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_REPORT_BY = re.compile(r"^\W{0,3}" + _LAPORAN + r"\s+(?P<value>.+)$", re.IGNORECASE)
# "Oleh Nama Penulis" (no colon): a byline of one to five capitalised words.
_BY = re.compile(r"^\W{0,3}(?i:oleh|by)\s+(?P<value>(?:[A-Z][\w.'’-]*,?\s*(?:&\s*|dan\s+)?){1,8})$")
# "(Penulis A | Editor B)", "(Reporter: A / Editor: B)"
_PAIR = re.compile(r"^\W{0,2}[(\[](?P<inner>[^()\[\]]{3,160})[)\]]\W{0,2}$")
# Okezone: "Nama Lengkap, Jurnalis" / "Nama, Jurnalis Okezone"
_JOURNALIST = re.compile(r"^(?P<value>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}),\s*"
                         r"(?:jurnalis|wartawan|reporter|kontributor)(?:\s+\S+)?\W*$",
                         re.IGNORECASE)
# "Tim Tribunnews.com - Desk Daerah", "Tim Redaksi": the desk wrote it
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
    "sumber": CREDIT_SOURCE,
    "foto": CREDIT_OTHER, "fotografer": CREDIT_OTHER,
}  # fmt: skip

# A credit line is short; a longer "Sumber: ..." paragraph is prose.
MAX_CREDIT_WORDS = 16
# A related-link paragraph without a colon ("BACA JUGA Judul Berita") is a headline-sized line.
MAX_UNLABELLED_PROMO_WORDS = 30
# Follow prompts are one or two sentences.
MAX_FOLLOW_WORDS = 40


@dataclass(frozen=True)
class Credit:
    kind: str  # CREDIT_AUTHOR, CREDIT_EDITOR, CREDIT_SOURCE or CREDIT_OTHER
    names: tuple[str, ...]
    text: str


def _words(text: str) -> int:
    """Words of a normalised text (`normalise_space`: one space between words, none at the
    ends), counted without splitting it."""
    return text.count(" ") + 1 if text else 0


def normalise_space(text: str) -> str:
    """Runs of white space (NBSP included) as one space, none at the ends."""
    # Most texts reaching here are normalised already (each step of cleaning a paragraph
    # asks): tell so without splitting them into words. Every white space character but
    # the plain space is non-printable, so a printable text with no double space and no
    # space at either end is its own normal form.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


_NAME_SEPARATOR = re.compile(r"\s*(?:,|/|;|&|\+|\bdan\b|\band\b)\s*")
_DESK_CODE = re.compile(r"^[A-Z]{5,}\s+(?=[A-Z][a-z])")


def _names(value: str) -> tuple[str, ...]:
    parts = _NAME_SEPARATOR.split(value.strip(" .;"))
    # An editor's desk code before the name ("OMDSMY Novemy Leo") is not part of it.
    parts = [_DESK_CODE.sub("", p.strip(" .")) for p in parts]
    return tuple(p for p in parts if p)


_SITE_AFTER_NAME = re.compile(r"\s+[\w-]+\.(?:com|id|co\.id|net)\b", re.IGNORECASE)


def _reporter_name(value: str) -> str:
    """The name in "Tribunjabar.id, Nama" / "Tribun Medan / Nama" (the outlet comes first),
    cut before a dateline run on after it ("Nama Grid.ID - ...")."""
    for sep in (",", "/"):
        if sep in value:
            value = value.split(sep, 1)[1]
            break
    return _SITE_AFTER_NAME.split(value, maxsplit=1)[0]


_SPACES = re.compile(r"\s+")


def _label_kind(label: str) -> str:
    label = _SPACES.sub(" ", label.lower())
    return CREDIT_AUTHOR if label.startswith("laporan") else _CREDIT_KIND.get(label, CREDIT_OTHER)


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
    republished = _REPUBLISHED_AT.search(text) if "rtikel ini" in text else None
    if republished and _words(text) <= 80:
        # "Artikel ini telah tayang di Kompas.com dengan judul ..., Penulis : A Editor : B"
        found = [Credit(CREDIT_SOURCE, (republished.group("site"),), text)]
        for label, kind in (("penulis", CREDIT_AUTHOR), ("editor", CREDIT_EDITOR)):
            m = re.search(rf"{label}\s*:\s*(?P<value>.+?)(?=\s*(?:editor|penulis)\s*:|"
                          r"kompascom|$)", text, re.IGNORECASE)
            if m and _names(m.group("value")):
                found.append(Credit(kind, _names(m.group("value")), text))
        return found
    multi = _multi_credits(text)
    if multi is not None:
        return multi
    if _words(text) > MAX_CREDIT_WORDS:
        return None
    if _BARE_LABEL.match(text):
        return []
    contributed = _CONTRIBUTED.match(text)
    if contributed:
        return [Credit(CREDIT_AUTHOR, _names(contributed.group("value")), text)]
    pair = _PAIR.match(text)
    if pair:
        found: list[Credit] = []
        for piece in re.split(r"\s*[|/;]\s*", pair.group("inner").strip()):
            m = re.match(r"^(?P<label>editor|penulis|pewarta|reporter|penyunting|redaktur|"
                         r"kontributor|foto|sumber)\s*:?\s+(?P<value>.+)$", piece, re.IGNORECASE)
            if not m:
                return None  # "(ant)", "(Foto: ...)" with other words: not a credit pair
            names = _names(m.group("value"))
            if names:
                found.append(Credit(_label_kind(m.group("label")), names, text))
        return found or None
    m = _CREDIT.match(text)
    if m:
        label, value = m.group("label"), m.group("value")
        if label.lower().startswith("laporan"):
            value = _reporter_name(value)  # "Laporan Wartawan Tribunjabar.id, Nama"
    else:
        m = _REPORT_BY.match(text) or _BY.match(text)
        if m:
            label, value = "laporan", m.group("value")
            if text.lower().startswith("laporan"):
                value = _reporter_name(value)
        elif (m := _JOURNALIST.match(text)):
            label, value = "jurnalis", m.group("value")
        elif (m := _TEAM.match(text)):
            return [Credit(CREDIT_OTHER, (f"Tim {m.group('value')}",), text)]
        elif (m := _DATELINE_CREDIT.match(text)):
            return [Credit(CREDIT_SOURCE, (m.group("value"),), text)]
        else:
            return None
    kind = _label_kind(label)
    value = value.strip(" .;")
    names: tuple[str, ...] = ((value,) if value else ()) if kind == CREDIT_SOURCE \
        else _names(value)
    if not names:
        return None
    return [Credit(kind, names, text)]


_LABEL_AT = re.compile(r"(?:(?<=[a-z.])|\b)(?P<label>editor|penulis|pewarta|reporter|"
                       r"kontributor|fotografer|sumber|redaktur)\s*:", re.IGNORECASE)
_LABEL_START = re.compile(r"^\W{0,3}(?:editor|penulis|pewarta|reporter|kontributor|fotografer|"
                          r"sumber|redaktur)\s*:", re.IGNORECASE)
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
        value = _CREDIT_TAIL.sub("", text[m.end():end]).strip(" .;|,")
        names = (value,) if value and _label_kind(m.group("label")) == CREDIT_SOURCE \
            else _names(value)
        if names:
            found.append(Credit(_label_kind(m.group("label")), names, text))
    return found


def parse_credit(paragraph: str) -> Credit | None:
    """The (first) credit a line states ("Editor: A, B" -> editors A and B), or None."""
    found = parse_credits(paragraph)
    return found[0] if found else None


def _title_case(text: str) -> bool:
    """A headline: most of its words start with a capital (or a digit)."""
    words = [w for w in re.findall(r"[^\W_][\w'’-]*", text) if len(w) > 3]
    if len(words) < 2:
        return False
    capital = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capital >= 0.7 * len(words)


# Chrome and boilerplate lines that real pages leave inside the body container, matched
# whole (case, spacing and a trailing colon or ">>>" as real pages vary them).
_CHROME = re.compile(
    r"^\W*(?:"
    # related-news headings and pointers
    r"(?:berita|artikel|baca|video|foto)\s+(?:lainnya|terkait|menarik|pilihan|populer|"
    r"terpopuler|terbaru|terkini|sebelumnya|selanjutnya)(?:\s+\w+){0,3}"
    r"|baca\s*:.*|baca\s+(?:berita|artikel)\s+(?:selengkapnya|lengkapnya|lainnya).*"
    r"|(?:selengkapnya|berita\s+selengkapnya|info\s+selengkapnya)\s*(?:baca|klik|di|:).*"
    r"|read\s+(?:more|the\s+full\s+(?:story|article)|also)\b.*|related(?:\s+\w+)?"
    r"|(?:simak|baca|lihat|dapatkan|download|unduh)\b.{0,80}\b(?:aplikasi|app)\b.*"
    r"|(?:berita|info)\s+\w+(?:\s+\w+)?\s+lainnya(?:\s+(?:di|klik)\b.*)?"
    # reading and ad markers
    r"|(?:advertisement|iklan|ads|sponsored|konten\s+sponsor|adv)"
    r"|(?:scroll|gulir|geser|swipe)\s+(?:ke\s+bawah\s+)?(?:untuk|to)\s+(?:melanjutkan|"
    r"lanjut|continue|membaca|baca|read|resume).*"
    r"|(?:lanjutkan|lanjut)\s+(?:membaca|baca).*|continue\s+reading.*"
    r"|(?:resume|skip)\s+(?:content|ad|iklan)"
    # pagers and navigation
    r"|halaman(?:\s+(?:selanjutnya|berikutnya|sebelumnya|\d+(?:\s+(?:dari|of)\s+\d+)?))?"
    r"|(?:selanjutnya|berikutnya|sebelumnya|next|prev(?:ious)?|lihat\s+semua|see\s+all|"
    r"tampilkan\s+semua|semua\s+berita|indeks\s+berita|load\s+more|muat\s+lebih\s+banyak)"
    r"|(?:\d{1,2}\s*){1,12}(?:selanjutnya|next|»|›)?"
    r"|(?:terkini|terbaru|terpopuler|populer|trending|most\s+read|paling\s+banyak\s+dibaca|"
    r"pilihan\s+editor|editor'?s\s+pick|headline|rekomendasi)"
    r"|(?:ikuti|follow)\s+(?:this\s+)?(?:topik|topic|kami|us|berita)\b.*"
    # ad interstitials ("Iklan - Geser ke bawah untuk melanjutkan") and summary labels
    r"|(?:iklan|advertisement|ads?)\s*[-–:|]?\s*(?:geser|gulir|scroll|swipe)\b.*"
    r"|(?:ringkasan(?:\s+berita)?|rangkuman|intisari|summary|key\s+points|poin\s+(?:penting|"
    r"utama)|highlights?)\s*:?"
    r"|(?:tags?|topik|topic|kategori|category|label|kata\s+kunci|keywords?)"
    r"(?:\s*:.*)?"
    # share bars and widgets
    r"|(?:bagikan|share|sebarkan|kirim)(?:\s+(?:ke|to|via|artikel|berita|this))?"
    r"(?:\s*:)?(?:\s*(?:facebook|twitter|x|whatsapp|wa|telegram|line|linkedin|email|"
    r"copy\s*link|salin\s+tautan|pinterest|\s))*"
    r"|(?:facebook|twitter|whatsapp|telegram|line|linkedin|email|copy\s*link|pinterest|"
    r"\s)+"
    r"|(?:a\s*[-+]?\s*){2,3}|(?:ukuran\s+)?(?:font|teks|huruf)\s*[-+:]?.{0,20}"
    r"|(?:laporkan|report)\s+(?:halaman|artikel|konten|this\s+page|page|content).*"
    r"|(?:komentar|comments?|tulis\s+komentar|beri\s+komentar|leave\s+a\s+comment)"
    r"(?:\s*\(\d+\))?"
    # photo buttons and captions, portal meta lines
    r"|lihat\s+(?:foto|video|galeri|gambar)(?:\s+\d+)?"
    r"|(?:foto\s+ilustrasi|ilustrasi|keterangan\s+foto|caption)\s*:.*|foto\s+ilustrasi\b.*"
    r"|detik\w*\s*\|.*"
    # boilerplate
    r"|(?:copyright|hak\s+cipta)\b.*"
    r"|(?:konten|tulisan|artikel)\s+ini\s+(?:merupakan|adalah)\s+(?:tanggung\s+jawab|karya|"
    r"opini)\s+(?:penuh\s+)?(?:penulis|pengguna|warganet).*"
    r"|(?:ingin|mau)\s+(?:menulis|jadi\s+penulis|berbagi\s+tulisan)\b.*"
    r"|kirim(?:kan)?\s+(?:tulisan|artikel|opini)\s+(?:anda|kamu)\b.*"
    r"|(?:ringkasan|intisari|poin\s+penting|rangkuman|summary|key\s+points)"
    r")\W*$",
    re.IGNORECASE,
)


# Boilerplate that marks a whole line wherever it stands in it; searched only where the
# line holds the word at all (a case-insensitive search of every paragraph costs more).
_CHROME_ANYWHERE = re.compile(r"\ball\s+rights\s+reserved\b|\bhak\s+cipta\s+dilindungi\b",
                              re.IGNORECASE)


def _chrome_line(text: str) -> bool:
    if _CHROME.match(text):
        return True
    folded = text.casefold()
    return ("reserved" in folded or "dilindungi" in folded) \
        and _CHROME_ANYWHERE.search(text) is not None


_BULLETS = "•·▪►»‣◦"
# "Name | tagline": two short halves, no sentence in either
_SLOGAN = re.compile(r"^[^|.!?]{2,40}\s\|\s[^|.!?]{2,80}$")
# A blogging platform's disclaimer under a user's post
_PLATFORM_DISCLAIMER = re.compile(
    r"tanggung\s+jawab\s+(?:penuh\s+)?(?:bloger|blogger|penulis|pengguna|warganet|kompasianer)"
    r".{0,80}\b(?:tidak\s+mewakili|bukan\s+(?:pandangan|tanggung))|platform\s+blog",
    re.IGNORECASE)


def is_promo(paragraph: str) -> bool:
    """True when the whole paragraph is a promo, related link, follow prompt or ad marker."""
    text = normalise_space(paragraph)
    if not text:
        return False
    if _MARKERS.match(text):
        return True
    if len(text) <= 400 and _chrome_line(text):
        return True
    if len(text) <= 40 and _SIGN_OFF.match(text):  # is_sign_off, the text already normal
        return True
    m = _RELATED.match(text)
    if m:
        # "Baca juga: ..." always; without a colon only a headline ("BACA JUGA Judul Berita",
        # "Baca juga Harga Cabai Naik") or a promo of a video or more news, never advice
        # that reads on in lowercase ("Baca juga aturan pakainya sebelum minum obat.").
        words = _words(text)
        rest = text[m.end():].strip()
        if m.group("colon"):
            return True
        if words <= MAX_UNLABELLED_PROMO_WORDS and (
                text[: m.end()].isupper() or _title_case(rest) or
                (_PROMO_NOUNS.search(text) and words <= 12)):
            return True
    if _REPUBLISHED.match(text):
        return True
    if text[0] in _BULLETS and _words(text) <= MAX_UNLABELLED_PROMO_WORDS \
            and text[-1] not in ".!?\"”" and _title_case(text):
        return True  # "• Harga Cabai Naik Jelang Lebaran": a related headline, bulleted
    if " | " in text and _SLOGAN.match(text) and _title_case(text):
        return True  # "Zona Banten | Berita Terkini Banten Hari Ini": the site's slogan
    if "tanggung" in text and _words(text) <= 60 and _PLATFORM_DISCLAIMER.search(text):
        return True
    if (
        _FOLLOW_VERB.match(text)  # anchored and cheap: most paragraphs stop here
        and _words(text) <= MAX_FOLLOW_WORDS
        and _FOLLOW_CHANNEL.search(text)
    ):
        return True
    return False


def split_promos(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Split body paragraphs into (kept, removed).

    Removed are promos, related links, follow prompts, ad markers and credit
    lines (parse the latter with `parse_credit`); empty paragraphs are
    dropped from both. Order is kept in each list.
    """
    kept: list[str] = []
    removed: list[str] = []
    for paragraph in paragraphs:
        text = normalise_space(paragraph)
        if not text:
            continue
        if is_promo(text) or parse_credits(text) is not None:
            removed.append(text)
        else:
            kept.append(text)
    return kept, removed


# The label of an inline related link: "... kata dia. Baca Juga: <a>Judul</a> Lalu ...". Every
# "Baca juga" rule of the body code is built on this one pattern.
INLINE_PROMO_WORDS_PATTERN = r"(?:baca|simak|lihat|tonton)\s+(?:juga|pula)"
INLINE_PROMO_WORDS = re.compile(rf"\b{INLINE_PROMO_WORDS_PATTERN}\b", re.IGNORECASE)
INLINE_PROMO_LABEL = re.compile(rf"{INLINE_PROMO_WORDS_PATTERN}\s*[:：]?\s*$", re.IGNORECASE)


# Editors' initials closing an article: "(abc)", "(abc/def)", "(***/Name)", "(ant)".
_SIGN_OFF = re.compile(r"^[(\[]\s*[\w*.]{1,12}(?:\s*[/|,-]\s*[\w*. ]{1,20}){0,3}\s*[)\]]\W{0,2}$")


def is_sign_off(paragraph: str) -> bool:
    """True for a closing line of editors' initials in parentheses."""
    text = normalise_space(paragraph)
    return len(text) <= 40 and bool(_SIGN_OFF.match(text))


def unique(values: list[str]) -> list[str]:
    """Values in order, repeats (case-insensitive) and empties left out."""
    seen: set[str] = set()
    out = []
    for v in values:
        key = v.casefold()
        if v and key not in seen:
            seen.add(key)
            out.append(v)
    return out


_BYLINE_NOISE = re.compile(
    r"^(?:oleh\s*:?\s*|by\s+|(?:penulis|reporter|pewarta|editor|author)\s*:\s*)"
    r"|\s+[-|–]\s+\S+$",
    re.IGNORECASE,
)


def strip_byline(text: str) -> str:
    """A name from a byline: "Nama Penulis - detikJabar", "Oleh: Nama" -> "Nama Penulis"."""
    return normalise_space(_BYLINE_NOISE.sub("", normalise_space(text))).strip(" ,")


# Job titles and desks that bylines print instead of (or before) a person's name.
_JOB_TITLE = re.compile(
    r"^(?:kontributor|koresponden|wartawan|reporter|jurnalis|pewarta|tim|redaksi|admin|"
    r"editor|penulis|fotografer|staff?|desk)\b(?:\s+[\w.-]+){0,3}$",
    re.IGNORECASE,
)
_HOUSE_WORDS = re.compile(
    r"\b(?:redaksi|admin(?:istrator)?|developer|webmaster|newsroom|editorial|humas|"
    r"tim\s+\w+|staff?)\b|\.(?:com|id|co\.id|net|org|news)\b|^https?:",
    re.IGNORECASE,
)


def is_house_account(name: str, site_name: str | None = None, host: str = "") -> bool:
    """True for a byline that names the portal, a desk or a job, not a person.

    "Metro Bali" on metrobali.com, "Okezone", "mediaindonesia.com developer",
    "Redaksi", "Kontributor Makassar".
    """
    text = normalise_space(name)
    if not text:
        return True
    folded = re.sub(r"[^a-z0-9]", "", text.casefold())
    if site_name and folded == re.sub(r"[^a-z0-9]", "", site_name.casefold()):
        return True
    stem = host.casefold().removeprefix("www.").split(".")[0] if host else ""
    if stem and len(stem) > 3 and (folded == stem or folded.startswith(stem)):
        return True
    return bool(_HOUSE_WORDS.search(text) or _JOB_TITLE.match(text))


_SIGN_OFF_SUFFIX = re.compile(
    r"(?<=[.!?\"'”’»])\s*(?P<code>[(\[]\s*[*A-Za-z]{1,8}(?:\s*[/|,]\s*[*A-Za-z]{1,8}){0,3}"
    r"\s*[)\]])\s*$")


def split_sign_off(paragraph: str) -> tuple[str, str | None]:
    """("... kata dia.", "(abc)") for an article's last paragraph ending in initials."""
    m = _SIGN_OFF_SUFFIX.search(paragraph)
    if not m or not paragraph[: m.start()].strip():
        return paragraph, None
    return paragraph[: m.start()].rstrip(), m.group("code")


_BARE_NAME = re.compile(r"^[A-Z][a-z'’.-]+(?:\s+(?:[A-Z][a-z'’.-]*|[A-Z]\.)){1,4}$")


def is_bare_name(paragraph: str) -> bool:
    """A closing line that is only a person's name (2-5 capitalised words, no punctuation):
    the byline some portals print after the article."""
    return bool(_BARE_NAME.match(normalise_space(paragraph)))
