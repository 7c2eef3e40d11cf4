"""A headline element's own text: the headline less a kicker or a badge printed in it, its
lines apart where the page shows them apart. Pure functions (no Scrapy import)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from newscrawl.lang.promo import HEADLINE_BADGES
from newscrawl.lang.text import normalise_space
from newscrawl.pages.body.vocabulary import TEXT_INLINE_TAGS
from newscrawl.pages.heuristics import TITLE_SEPARATORS
from newscrawl.pages.html.document import text_of


def label_before(el: Any) -> str:
    """A label a headline element prints in its own element before the headline
    ("<strong>Blog:</strong> Headline", "<span>Title:</span>Headline", a badge
    "<span class=badge>LIVE</span> Headline"); "" where none."""
    first = el[0] if len(el) and not (el.text or "").strip() else None
    if first is None or not isinstance(first.tag, str) or first.tag in ("a", "img"):
        return ""
    text = normalise_space("".join(first.itertext()))
    if text.endswith(":") and len(text.split()) <= 2:
        return text
    # a badge: a kind of story in its own element ("LIVE"), a headline of words after it;
    # a kicker its class names ("<span class=kicker>Förderung</span> Wärmepumpen: ...")
    rest = normalise_space(first.tail or "")
    return text if len(rest.split()) >= 3 and (
        text.casefold() in HEADLINE_BADGES or len(text.split()) <= MAX_KICKER_WORDS
        and _KICKER_CLASS.search(first.get("class") or "")) else ""


# A kicker's class over a headline: the story's topic or kind in a few words.
_KICKER_CLASS = re.compile(r"kicker|eyebrow|overline|dachzeile|roofline|rubri[ck]|badge|flag"
                           r"|(?:^|[-_\s])(?:label|topic|category|kategori)(?:$|[-_\s])",
                           re.IGNORECASE)
MAX_KICKER_WORDS = 4


def headline_text(el: Any, titles: Sequence[str] = ()) -> str:
    """A headline element's text less a label printed before the headline (kept where the
    page's titles start with it: "<span class=topic>Timnas Indonesia</span> Kalahkan
    Bahrain" titled "Timnas Indonesia Kalahkan Bahrain")."""
    text, label = _lines_apart(el), label_before(el)
    if not label or not text.startswith(label):
        return text
    if any(t.startswith(text.casefold()[:len(label) + 20]) for t in titles):
        return text
    return text[len(label):].strip()


# A class or style that shows an inline element as a line of its own (Tailwind's, Bootstrap's)
_SHOWN_AS_BLOCK = re.compile(r"(?:^|\s)(?:[\w-]*:)?(?:tw-)?(?:d-)?block(?:\s|$)|display:\s*block")


def _shown_as_block(el: Any) -> bool:
    return bool(_SHOWN_AS_BLOCK.search(f"{el.get('class') or ''} {el.get('style') or ''}"))


def _lines_apart(el: Any) -> str:
    """An element's text, a span it shows as a line of its own apart from the text around
    it ("<span class=block>Bill</span><span class=block>passes</span>": "Bill passes")."""
    if not any(isinstance(child.tag, str) and _shown_as_block(child)
               for child in el.iterdescendants()):
        return text_of(el)
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in ("script", "style"):
                apart = child.tag not in TEXT_INLINE_TAGS or _shown_as_block(child)
                parts.append(" " if apart else "")
                walk(child)
                parts.append(" " if apart else "")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return normalise_space("".join(parts))


def one_line(el: Any) -> bool:
    """Whether a headline element prints one line: no <br>, no block inside it and no
    span shown as one (a kicker above the headline, a deck below it)."""
    for child in el.iterdescendants():
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == "br" or tag not in TEXT_INLINE_TAGS:
            return False
        if _shown_as_block(child):
            return False
    return True


# How a <title> joins its parts ("Site :: Opini :: Headline", "Headline | Section | Site"):
# the separators site names are cut at, and an old layout's "»".
_TITLE_PARTS = re.compile("|".join(map(re.escape, (*TITLE_SEPARATORS, " » "))))


def own_whole_text(el: Any, longest: int) -> str | None:
    """An element's text, folded, where it is all the element's own (`el.text`: no child
    prints any of it) and `longest` characters at most; else None. (A page builder's or an
    old layout's headline: "<b>Headline</b>", a styled "<p>" printing it alone.)"""
    own = el.text
    if not own or len(own) > longest:
        return None
    folded = normalise_space(own).casefold()
    return folded if text_of(el).casefold() == folded else None


def printed_part(root: Any, title: str) -> str | None:
    """The part of a <title> of several (site, section, headline) that the page prints last
    as an element's whole own text, the headline in an old layout's `<font><b>` under its
    masthead and its menu's section, where that part is of three words or more."""
    parts = {p.casefold(): p for p in _TITLE_PARTS.split(title)}
    if len(parts) < 2:
        return None
    longest = 2 * max(map(len, parts))
    last = None
    for el in root.iter("b", "strong", "font", "span", "p", "div", "td", "a", "h2", "h3", "h4"):
        if (own := own_whole_text(el, longest)) is not None and own in parts:
            last = parts[own]
    return last if last is not None and len(last.split()) >= 3 else None
