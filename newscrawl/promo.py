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

# "Baca Juga: ...", "BACA JUGA ...", "Baca juga :", "Simak juga", "Lihat juga", ...
_RELATED = re.compile(
    r"^\W{0,3}(?:baca|simak|lihat|tonton|cek|klik|saksikan)\s+(?:juga|pula|selengkapnya|berita)"
    r"(?:\s+(?:video|artikel|berita))?\s*(?P<colon>[:：])?",
    re.IGNORECASE,
)
_REPUBLISHED = re.compile(
    r"^\W{0,3}artikel\s+ini\s+(?:telah|sudah|pernah)\s+(?:tayang|terbit|dimuat|dipublikasikan)",
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

# Credit lines: label, separator, value. "Laporan Wartawan X, Nama" has no colon.
_CREDIT = re.compile(
    r"^\W{0,3}(?P<label>editor|penyunting|penulis|pewarta|reporter|wartawan|kontributor|"
    r"sumber|foto|fotografer|laporan\s+wartawan|laporan\s+reporter|laporan\s+kontributor)"
    r"\s*(?::|：|\|)\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_REPORT_BY = re.compile(
    r"^\W{0,3}laporan\s+(?:wartawan|reporter|kontributor|jurnalis)\s+(?P<value>.+)$",
    re.IGNORECASE,
)

CREDIT_AUTHOR = "authors"
CREDIT_EDITOR = "editors"
CREDIT_SOURCE = "source"
CREDIT_OTHER = "other"

_CREDIT_KIND = {
    "editor": CREDIT_EDITOR, "penyunting": CREDIT_EDITOR,
    "penulis": CREDIT_AUTHOR, "pewarta": CREDIT_AUTHOR, "reporter": CREDIT_AUTHOR,
    "wartawan": CREDIT_AUTHOR, "kontributor": CREDIT_AUTHOR,
    "laporan wartawan": CREDIT_AUTHOR, "laporan reporter": CREDIT_AUTHOR,
    "laporan kontributor": CREDIT_AUTHOR,
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
    return len(text.split())


def normalise_space(text: str) -> str:
    """Runs of white space (NBSP included) as one space, none at the ends."""
    return " ".join(text.split())


def parse_credit(paragraph: str) -> Credit | None:
    """Return the credit a line states ("Editor: A, B" -> editors A and B), or None."""
    text = normalise_space(paragraph)
    if not text or _words(text) > MAX_CREDIT_WORDS:
        return None
    m = _CREDIT.match(text)
    if m:
        label = re.sub(r"\s+", " ", m.group("label").lower())
        value = m.group("value")
    else:
        m = _REPORT_BY.match(text)
        if not m:
            return None
        label, value = "laporan wartawan", m.group("value")
        # "Laporan Wartawan Tribunjabar.id, Nama Penulis": the outlet comes first.
        if "," in value:
            value = value.split(",", 1)[1]
    kind = _CREDIT_KIND.get(label, CREDIT_OTHER)
    value = value.strip(" .;")
    if kind == CREDIT_SOURCE:
        names: tuple[str, ...] = (value,) if value else ()
    else:
        parts = re.split(r"\s*(?:,|/|;|&|\bdan\b)\s*", value)
        names = tuple(p.strip(" .") for p in parts if p.strip(" ."))
    if not names:
        return None
    return Credit(kind, names, text)


def is_promo(paragraph: str) -> bool:
    """True when the whole paragraph is a promo, related link, follow prompt or ad marker."""
    text = normalise_space(paragraph)
    if not text:
        return False
    if _MARKERS.match(text):
        return True
    m = _RELATED.match(text)
    if m:
        # "Baca juga: ..." always; without a colon only a headline-sized line
        # ("BACA JUGA Judul", "Simak juga video berikut"), never a long sentence.
        words = _words(text)
        if m.group("colon") or words <= 20:
            return True
        if text[: m.end()].isupper() and words <= MAX_UNLABELLED_PROMO_WORDS:
            return True
    if _REPUBLISHED.match(text):
        return True
    if (
        _words(text) <= MAX_FOLLOW_WORDS
        and _FOLLOW_CHANNEL.search(text)
        and _FOLLOW_VERB.match(text)
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
        if is_promo(text) or parse_credit(text) is not None:
            removed.append(text)
        else:
            kept.append(text)
    return kept, removed


# Inline related links inside a real paragraph: "... kata dia. Baca Juga: <a>Judul</a> Lalu ..."
INLINE_PROMO_LABEL = re.compile(
    r"(?:baca|simak|lihat|tonton)\s+(?:juga|pula)\s*[:：]?\s*$", re.IGNORECASE
)


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
