"""How pages spell a date's characters, folded to the forms the date parser reads: white
space and curly quotes, a Sundanese month's é ("Pébruari"), March's old short form ("3 Mrt
2025"). Pure module (stdlib only, no Scrapy import); newscrawl.lang.dates reads with it."""

from __future__ import annotations

import re


def clean_date_text(text: str) -> str:
    """Fold NBSP, curly quotes and runs of white space the way pages print them."""
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    text = text.replace("’", "'").replace("‘", "'")
    if not text.isascii():  # Sundanese spells its months with é: "Pébruari", "Désémber"
        text = text.translate(_ACCENTS)
    if "mrt" in text.lower():
        text = _march_short_form(text)
    return _WHITE_SPACE.sub(" ", text).strip()


_ACCENTS = str.maketrans("éèêÉÈÊ", "eeeEEE")
_MRT = re.compile(r"(?<=\d[\s-])mrt\b(?=\.?[\s-]+(?:19|20)?\d\d\b)"
                  r"|\bmrt(?=\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b)", re.IGNORECASE)


def _march_short_form(text: str) -> str:
    """March's old short form read as "Mar" where a date prints it ("3 Mrt 2025",
    "03-Mrt-2025", "SENIN, 3 MRT 2025"); not Jakarta's metro in a sentence ("Fase 1 MRT
    2019"): "MRT" in capitals is a date's only in a line of capitals."""
    def month(m: re.Match[str]) -> str:
        word = m.group(0)
        return "Mar" if word != "MRT" or not any(c.islower() for c in text) else word
    return _MRT.sub(month, text)


_WHITE_SPACE = re.compile(r"\s+")
