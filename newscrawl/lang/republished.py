"""Sentences that date an article's first publication, on pages that republish it.

Pure module (no Scrapy import).
"""

from __future__ import annotations

import re

# A note that the article came out elsewhere first, a line of its own that is no part of
# the text ("Artikel ini telah tayang di TribunJabar.id dengan judul ...").
REPUBLISHED_NOTE = re.compile(
    r"^\W{0,3}artikel\s+ini\s+(?:(?:telah|sudah|pernah)\s+(?:tayang|terbit|dimuat"
    r"|dipublikasikan|diterbitkan|naik)"
    # without "telah": a note only where it says where it first came out ("... pertama
    # kali di X", "... di X dengan judul ..."), not a fact-check's "Artikel ini dimuat situs
    # X pada 3 Mei ... namun klaim ..." nor a series' "diterbitkan sebagai bagian dari ..."
    r"|(?:tayang|terbit|dimuat|dipublikasikan|diterbitkan)\s+(?:pertama\s+kali\b"
    r"|(?:di|pada)\s+(?:\S+\s+){1,8}dengan\s+judul\b"
    # ... or at a site by its domain, the line ending there or sending the reader on
    # ("Artikel ini tayang di Kompas.com. Klik ...")
    r"|di\s+(?:situs\s+)?[\w-]+(?:\.[a-z]{2,}){1,2}\W*(?:$|klik|baca|selengkapnya)))",
    re.IGNORECASE,
)

# A sentence that dates the article's own first publication where the page shows a later
# one: "This article was originally published on 26 Sep 2019", a note "Originally
# published on ...", "Artikel ini pertama kali terbit pada 12 Maret 2024". Only about the
# article itself: "the study, first published on ..." dates another work. The date
# follows within a few words.
# (no word boundary before the sentence: the page's text is read with its elements' texts
# run together, "Release dateThis page was ...")
ORIGINAL_PUBLICATION = re.compile(
    r"(?i:this\s+(?:article|story|post|page|piece|column|essay|report)\s+(?:was|is)\s+)"
    r"(?i:originally|first)\s+(?i:published|posted)\b"
    r"|(?:Originally|First)\s+(?:published|posted)\b"
    r"|(?i:(?:artikel|tulisan|berita|naskah)\s+ini\s+(?:pertama\s+kali|awalnya)\s+"
    r"(?:terbit|tayang|dipublikasikan|diterbitkan|dimuat)\b)")
# Words every such sentence holds: each costs a scan of the page's text in C, and the
# regex runs only around them (see original_publication_labels).
ORIGINAL_PUBLICATION_KEYS = ("riginally", "irst p", "ertama kali", "awalnya")
# How far before and after a key's occurrence its sentence's label may reach ("this
# article was " before "riginally"; "ly published" after it), white space included.
_LABEL_REACH = 80


def original_publication_labels(text: str, keys: tuple[str, ...] = ORIGINAL_PUBLICATION_KEYS,
                                ) -> list[re.Match[str]]:
    """The labels of sentences dating a first publication (ORIGINAL_PUBLICATION) in `text`,
    in text order. The regex is tried only in a short window around each key's occurrence:
    over a whole page's text it costs about 3 ms, which every Indonesian article saying
    "pertama kali" or "awalnya" (many do) paid."""
    found: dict[int, re.Match[str]] = {}
    for key in keys:
        pos = text.find(key)
        while pos != -1:
            for m in ORIGINAL_PUBLICATION.finditer(text, max(0, pos - _LABEL_REACH),
                                                   pos + len(key) + _LABEL_REACH):
                found.setdefault(m.start(), m)
            pos = text.find(key, pos + len(key))
    return [found[start] for start in sorted(found)]
