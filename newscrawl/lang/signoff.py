"""The lines that close an article and are no part of its text: editors' initials in
parentheses ("(abc/def)"), the writer's name alone, the outlet and its reporter after the
last sentence. Pure module (no Scrapy import)."""

from __future__ import annotations

import re

from newscrawl.lang.names import is_not_written, names_an_outlet, reads_as_person
from newscrawl.lang.text import normalise_space

# Editors' initials closing an article: "(abc)", "(abc/def)", "(***/Name)", "(ant)" (a
# promo wherever it stands).
SIGN_OFF = re.compile(r"^[(\[]\s*[\w*.]{1,24}(?:\s*[/|,-]\s*[\w*. ]{1,20}){0,3}\s*[)\]]\W{0,2}$")
# The writer's name alone in parentheses, a line of its own closing the article ("(Dimas
# Prasetyo Aji)"; not a transcript's "(SOUNDBITE OF ...)"): a sign-off only as the last
# line (in the text, "(Hadits Riwayat At Tirmidzi)" is the text's).
_NAME_SIGN_OFF = re.compile(r"^[(\[]\s*[A-Z](?:[a-z][\w'’-]*|\.)(?:\s+[A-Z](?:[a-z][\w'’-]*|\.))"
                            r"{1,3}\s*[)\]]\W{0,2}$")


def is_sign_off(paragraph: str) -> bool:
    """True for a closing line of editors' initials in parentheses."""
    text = normalise_space(paragraph)
    return len(text) <= 40 and bool(SIGN_OFF.match(text))


def signs_off_a_release(paragraph: str) -> bool:
    """Whether a closing line of initials marks a press release: "(*/rls)", "(rls/abc)",
    "(adv)"."""
    text = normalise_space(paragraph)
    return is_sign_off(text) and any(
        is_not_written(code) for code in re.split(r"[/|,-]", text.strip("()[] .")))


def is_closing_sign_off(paragraph: str) -> bool:
    """`is_sign_off`, or, as an article's last line, the writer's name in parentheses, or
    the outlet and its writers ("(Tribunkaltim.co/Aldy Ramadhan/Nur Fitriani)")."""
    text = normalise_space(paragraph)
    if is_sign_off(text) or len(text) <= 40 and bool(_NAME_SIGN_OFF.match(text)) \
            or len(text) <= 90 and bool(_OUTLET_SIGN_OFF.match(text)):
        return True
    # (the outlet by its name, a masthead's: "(Tribun Jateng/Agus Iswadi)")
    named = _NAMED_OUTLET_SIGN_OFF.match(text) if len(text) <= 90 else None
    return named is not None and names_an_outlet(named["outlet"])


_NAMED_OUTLET_SIGN_OFF = re.compile(r"^[(\[]\s*(?P<outlet>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
                                    r"(?:\s*/\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}){1,3}"
                                    r"\s*[)\]]\W{0,2}$")
# The outlet and its writers in full closing an article (Tribun's papers).
_OUTLET_SIGN_OFF = re.compile(r"^[(\[]\s*[\w-]+(?:\.[\w-]+)+(?:\s*/\s*[A-Z][\w'’.-]*"
                              r"(?:\s+[A-Z][\w'’.-]*){0,3}){1,3}\s*[)\]]\W{0,2}$")


_SIGN_OFF_SUFFIX = re.compile(
    # (a desk's code after the writer's may end in digits: "(ryn/k8)", "(ndi/k16)"; not
    # "(U23)", "(CO2)")
    r"(?<=[.!?\"'”’»])\s*(?P<code>[(\[]\s*[*A-Za-z]{1,8}"
    r"(?:\s*[/|,]\s*[*A-Za-z][*A-Za-z0-9]{0,7}){0,3}"
    r"\s*[)\]]|\*{2,4}"  # "(abc/def)", "(*)", or bare stars: "... internasional. ***"
    # the outlet and its reporter: "(Serambinews.com/Rizki Maulana)"
    # ... or the outlet and its writer's initials: "(poskupang.com/ose)"
    r"|\(\s*[\w-]+(?:\.[\w-]+)+\s*/\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|[a-z]{2,6})"
    r"\s*\))\s*$")


def split_sign_off(paragraph: str) -> tuple[str, str | None]:
    """("... kata dia.", "(abc)") for an article's last paragraph ending in initials."""
    m = _SIGN_OFF_SUFFIX.search(paragraph)
    if not m or not paragraph[: m.start()].strip():
        return paragraph, None
    return paragraph[: m.start()].rstrip(), m.group("code")


# The writer and the editor named in full closing an article, "(Rahmat Hulinggi/Sri
# Wahyuni)", or the outlet and its writer, "(Serambinews.com/Rizki Maulana)": each name two
# to four capitalised words (initials, "(abc/def)", name no one).
_FULL_NAME = r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3}"
_SIGNED = re.compile(rf"^[(\[]\s*(?:(?P<writer>{_FULL_NAME})\s*/\s*(?P<editor>{_FULL_NAME})"
                     rf"|[\w-]+(?:\.[\w-]+)+\s*/\s*(?P<outlet_writer>{_FULL_NAME})"
                     r"(?:\s*/\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?)\s*[)\]]\W{0,2}$")


def signed_writer(sign_off: str) -> str | None:
    """The writer a closing sign-off names in full ("(Rahmat Hulinggi/Sri Wahyuni)" ->
    "Rahmat Hulinggi", the reporter before the editor; "(Serambinews.com/Rizki Maulana)" ->
    "Rizki Maulana"), else None."""
    text = normalise_space(sign_off)
    m = _SIGNED.match(text)
    if m is None or any(w in _CITATION_WORDS for w in re.findall(r"[\w.]+", text.casefold())):
        return None
    if m.group("writer"):  # (both people's names: not "(Hadits Riwayat/At Tirmidzi)")
        return m.group("writer") if reads_as_person(m.group("writer")) \
            and reads_as_person(m.group("editor")) else None
    return m.group("outlet_writer") if reads_as_person(m.group("outlet_writer")) else None


# Words of a citation's source in the same shape: a scholar and his book ("(Imam Nawawi/
# Riyadhus Shalihin)": the book's words, not "Imam", a given name too; "(Buya Hamka/Tafsir
# Al Azhar)"), a platform's account
# ("(Instagram.com/Name)": the picture's or the post's source, not a writer).
_CITATION_WORDS = frozenset((
    "buya", "syekh", "syaikh", "shahih", "sahih", "tafsir", "kitab", "riwayat", "riyadhus",
    "shalihin", "hadits", "hadis", "hr", "qs", "surah", "surat", "instagram.com", "youtube.com",
    "twitter.com", "x.com", "facebook.com", "tiktok.com", "instagram", "youtube", "twitter",
    "facebook", "tiktok"))
