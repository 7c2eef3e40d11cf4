"""Photo captions left in an article's text, told by the credit they end with. Pure module
(no Scrapy import): promo.py drops such paragraphs from a body, a page object reads a
caption without its credit, and the body code finds a lead photo's caption before the
dateline."""

from __future__ import annotations

import re

from newscrawl.lang.dateline import opens_with_dateline
from newscrawl.lang.text import normalise_space, word_count

# A photo's caption, told by the credit it ends with: "Warga mengantre di posko.
# Foto: Iqbal Firdaus/kumparan", "... (Foto: ANTARA/Fikri Yusuf)", "... (ANTARA
# FOTO/Fikri Yusuf)", "... (Photo by Jane Doe/Getty Images)". The credit names a person or
# an outlet: a few words, no sentence.
_CAPTION_CREDIT = re.compile(
    r"(?:^|[\s.,;(\[–-])(?:(?:foto|photo|ilustrasi|dok(?:umentasi)?\.?|image|kredit\s+foto|"
    r"sumber\s+(?:foto|gambar)|(?:photo|image)\s+credit)(?:\s*/\s*\w+)?\s*:|"
    r"(?:foto|photo)\s+(?:by|oleh)\b|antara\s+foto\s*/)"
    r"(?P<credit>[^:!?]{2,80})$", re.IGNORECASE)
MAX_CAPTION_WORDS = 60
MAX_CREDIT_WORDS_IN_CAPTION = 8


def is_caption(paragraph: str) -> bool:
    """True for a photo caption left in the body as a paragraph: a short text that ends with
    the photo's credit ("... Foto: Name/Outlet", "(Foto: ANTARA/Name)"); or a chart's note
    with its data source ("Grafik: Harga pala (Rp/kg). Sumber: Koperasi, diolah Litbang")."""
    text = normalise_space(paragraph)
    return word_count(text) <= MAX_CAPTION_WORDS and (
        _photo_credit(text) is not None or _CHART_NOTE.match(text) is not None)


# A chart's or a table's note: its label, what it shows, and where the data came from.
_CHART_NOTE = re.compile(r"^(?:grafik|infografik|infografis|tabel|bagan|peta|chart|graphic)"
                         r"\s*:.{3,200}?\b(?:sumber|source)\s*:", re.IGNORECASE)


def without_photo_credit(caption: str) -> str:
    """A caption less the photo credit it ends with ("... (Foto: ANTARA/Name)")."""
    text = normalise_space(caption)
    m = _photo_credit(text)
    return text[: m.start()].rstrip(" ,;(–-[") if m is not None else text


def _photo_credit(text: str) -> re.Match[str] | None:
    """The photo credit a (normalised) text ends with: a few words, no sentence."""
    # (the credit ends the text: its word is looked for in the tail first, cheaply)
    if not text:
        return None
    tail = text[-100:].lower()
    if not any(word in tail for word in _CAPTION_HINTS):
        return None
    m = _CAPTION_CREDIT.search(text)
    if m is None:
        return None
    credit = m.group("credit").strip(" )].")
    if not credit or word_count(credit) > MAX_CREDIT_WORDS_IN_CAPTION \
            or "." in _OUTLET_HOST.sub("", credit).rstrip(".").replace("dok.", ""):
        return None  # (a stop, not an outlet's host "iNews.id": a sentence, no credit)
    return m


_OUTLET_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:id|com|net|org|co)\b", re.IGNORECASE)
# (substring scans of the tail, lower-cased: a regex of alternatives tried at each of its
# hundred places cost ten times more, on every paragraph of every page)
_CAPTION_HINTS = ("foto", "photo", "ilustrasi", "dok", "image", "gambar")
# A photo's credit closing its caption, outlet and photographer in capitals: "(FP/AGUSTINUS
# LELO)", "(TRIBUNKALTIM.CO/PURNOMO SUSANTO)" (a writer's sign-off has lower case:
# "(Tribunnews.com/Reza Deni)").
_CAPITALS_PHOTO_CREDIT = re.compile(
    r"\(\s*[A-Z][A-Z0-9.\- ]{0,30}/\s*(?:[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+)+"
    r"|[A-Z][A-Z'’\-]{4,})\s*\)\W*$")


def is_lead_caption(paragraph: str) -> bool:
    """A lead photo's caption printed as the body's first paragraph, before the dateline:
    a short text closing with the photo's credit in capitals, the photographer's full name
    ("(FP/AGUSTINUS LELO)", "(TRIBUNNEWS/HERUDIN)"; "(KOMPAS.COM/RUS)" is a writer's
    initials); a paragraph opening
    with a dateline is a story's."""
    text = normalise_space(paragraph)
    return word_count(text) <= MAX_CAPTION_WORDS and bool(_CAPITALS_PHOTO_CREDIT.search(text)) \
        and not opens_with_dateline(text)
