"""Text helpers the language modules share: white space, word counts, repeats. Pure module
(no Scrapy import)."""

from __future__ import annotations

import re


def word_count(text: str) -> int:
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
    if not text.isascii():
        text = text.translate(INVISIBLE_CHARACTERS)
    return " ".join(text.split())


# Characters a reader does not see inside words, which copying text keeps: zero-width space,
# soft hyphen ("pen&shy;gelola"), word joiner, a stray byte-order mark. (Joiners, U+200C
# and U+200D, stay: they shape emoji and scripts.) None is printable, so a text holding one
# never takes normalise_space's fast path.
INVISIBLE_CHARACTERS = dict.fromkeys(map(ord, "\u200b\u00ad\u2060\ufeff"))


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


# UTF-8 decoded as Latin-1 and saved again as UTF-8: "Investor’s" printed as "Investorâ\x80\x99s".
# A lead byte (0xC2-0xF4) become a character, then its continuation bytes (0x80-0xBF) as
# characters. Only a text with C1 controls (0x80-0x9F: characters no text holds; "’" gives
# "â\x80\x99") is repaired, and then every such sequence ("Ã©" too): a text without them is
# left as it is, a real "Ã©" or "â" with it.
DOUBLE_UTF8 = re.compile("[\xc2-\xf4][\x80-\xbf]{1,3}")
C1_CHARS = tuple(chr(code) for code in range(0x80, 0xA0))


def repair_double_utf8(text: str) -> str:
    """The text with UTF-8 that was encoded twice read back once (a template or a CMS
    import that took UTF-8 for Latin-1); anything else as it is."""
    # (isascii reads a flag CPython keeps on the string: no scan at all for a page of
    # ASCII, entities for the rest; else 32 substring scans, a tenth of the time of one
    # search for the character class)
    if text.isascii() or not any(c in text for c in C1_CHARS):
        return text

    def once(m: re.Match[str]) -> str:
        chars = m.group(0)
        try:
            return chars.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return chars

    return DOUBLE_UTF8.sub(once, text)


# A word written in lower case in running text (a common noun, not a surname).
_LOWER_WORD = re.compile(r"\b[a-zß-ÿ][a-zß-ÿ'’-]+\b")


def lower_case_words(paragraphs: list[str]) -> frozenset[str]:
    """The words the paragraphs write in lower case: a name none of whose words is among
    them reads as a person's ("Friski Riana"), not as a business's or a button's."""
    return frozenset(w for p in paragraphs for w in _LOWER_WORD.findall(p))
