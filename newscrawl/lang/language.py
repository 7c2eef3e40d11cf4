"""Is a text Indonesian? Pure module (no Scrapy import).

A page outside the catalog says nothing of its zone more often than not; a UTC instant
on an Indonesian page is then shown in WIB, but on a page in another language WIB would
be a guess that moves the day. Telling the two apart needs only the most common
Indonesian function words, which other languages' pages almost never use.
"""

from __future__ import annotations

import re

# The most frequent Indonesian function words (and none that English uses as words).
FUNCTION_WORDS = frozenset(
    "yang dan di dengan untuk dari ini itu tidak akan pada juga dalam ada karena oleh "
    "saat sudah bisa kami mereka tersebut telah adalah atau ke".split())
_WORD = re.compile(r"[a-z]+")
# How many words are read, and what share of them must be function words.
SAMPLE_WORDS = 300
MIN_SAMPLE_WORDS = 20  # (fewer tell no language)
MIN_SHARE = 0.06


def _sample(text: str | None) -> list[str]:
    """The first words of a text, lower-cased: what its language is read from."""
    return _WORD.findall((text or "")[:4000].lower())[:SAMPLE_WORDS]


def _reads_as(text: str | None, function_words: frozenset[str], share: float) -> bool:
    """Whether at least `share` of a text's first words (20 at least) are `function_words`."""
    words = _sample(text)
    return len(words) >= MIN_SAMPLE_WORDS \
        and sum(w in function_words for w in words) >= share * len(words)


def looks_indonesian(text: str | None) -> bool:
    """Whether `text` reads as Indonesian: at least 6 % of its first 300 words are common
    Indonesian function words (Indonesian news runs at 15-25 %, English at under 1 %)."""
    return _reads_as(text, FUNCTION_WORDS, MIN_SHARE)


# A language tag's primary subtag: `en-US` -> `en`; `in` is Indonesian's withdrawn code.
_PRIMARY_SUBTAG = re.compile(r"^\s*([A-Za-z]{2})(?:[-_]|\s*$)")
_WITHDRAWN = {"in": "id"}


def declared_language(tag: str | None) -> str | None:
    """The ISO 639-1 code of a declared language tag (`<html lang>`, og:locale), or None."""
    match = _PRIMARY_SUBTAG.match(tag or "")
    if not match:
        return None
    code = match.group(1).lower()
    return _WITHDRAWN.get(code, code)


def looks_english(text: str | None) -> bool:
    """Whether `text` reads as English: at least 10 % of its first 300 words are common
    English function words (English prose runs at 20-30 %, Indonesian under 1 %)."""
    return _reads_as(text, ENGLISH_FUNCTION_WORDS, MIN_ENGLISH_SHARE)


def looks_foreign(text: str | None) -> bool:
    """Whether `text` reads as English or another European language (Spanish, Portuguese,
    French, Italian, German, Dutch): at least 10 % of its first 300 words are their common
    function words, none of which Indonesian uses."""
    return _reads_as(text, FOREIGN_FUNCTION_WORDS, MIN_ENGLISH_SHARE)


# The most frequent English function words (none an Indonesian word).
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to is that for with was are as be this by from have has were which their "
    "they it its not but or an".split())
MIN_ENGLISH_SHARE = 0.10
# ... and those of Spanish, Portuguese, French, Italian, German and Dutch (none Indonesian)
FOREIGN_FUNCTION_WORDS = ENGLISH_FUNCTION_WORDS | frozenset(
    "el la los las del que por para con una es son al se lo como más o os das do da em não "
    "uma com mais le les des et est une dans pour qui sur au aux il che della per non sono "
    "gli dei delle der die das und ist nicht mit den von zu im auf het een van en dat voor "
    "zijn op".split())


def record_language(declared: str | None, text: str | None) -> str:
    """A record's language: `id` where the text reads as Indonesian (many Indonesian sites
    keep their CMS's `lang="en-US"`), or where it declares English and reads as none; else
    the page's declared language, else `en` where it reads as English, else `id` (the
    catalog's language; a page that neither reads as Indonesian or English nor declares a
    language)."""
    if looks_indonesian(text):
        return "id"
    language = declared_language(declared)
    if language == "en" and _some_indonesian(text) and not looks_foreign(text):
        return "id"  # (a CMS's lang="en-US" over a text of no English: a gadget's specs)
    return language or ("en" if looks_english(text) else "id")


def _some_indonesian(text: str | None) -> bool:
    """Whether a text too thin in function words to read as any language holds a few
    Indonesian ones (a spec sheet's "Berikut spesifikasi ... tersedia mulai ...")."""
    words = _sample(text)
    return len(words) >= MIN_SAMPLE_WORDS and sum(w in FUNCTION_WORDS for w in words) >= 2


# Words a headline and its SEO rewording share without sharing a subject: English's and
# Indonesian's most common function words.
_COMMON_WORDS = FUNCTION_WORDS | frozenset(
    "the a an to of in on for and or with your you my our how what why is are be by at from "
    "vs this that it its do does can will new top best".split())


def content_words(text: str) -> set[str]:
    """The words of `text` (case folded) that say what it is about: no function words; an
    English plural as its singular ("retrospectives" and "Retrospective" are one word; not
    a word ending "-as", "-us", "-is", "-os", "-ss": Indonesian "dinas", "keras", "jelas")."""
    return {w[:-1] if len(w) > 3 and w[-1] == "s" and w[-2] not in "asiuo" else w
            for w in re.findall(r"\w+", text.casefold()) if w not in _COMMON_WORDS}
