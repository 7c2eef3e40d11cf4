"""Article bodies: from a container element to clean paragraphs, in one place.

Pure module (no Scrapy import). `blocks_in(container)` cuts a body
container into paragraph blocks (block elements, and runs of inline content
between blocks or <br>s), keeping each block's context: which of its text
is link text, and whether it sits in a box that is page chrome (related
links, share bars, tag lists, comment prompts...: the chrome vocabulary of
`newscrawl.pages.body.vocabulary`). `Block` is the one block type of the body code:
main-content detection (`maincontent`) gives the same blocks for pages of no
family. `clean_body(blocks)` is
the one place where promo, chrome and credit lines leave the body: chrome
boxes and link-only teasers by structure, promo and credit paragraphs by
the text rules of `newscrawl.lang.promo`, inline "Baca juga: <a>…</a>" spans by
both. Credit lines become authors / editors / source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from newscrawl.lang.captions import is_lead_caption
from newscrawl.lang.credits import CREDIT_AUTHOR, CREDIT_EDITOR, CREDIT_SOURCE, parse_credits
from newscrawl.lang.dateline import opens_with_any_dateline
from newscrawl.lang.datetext import is_date_stamp
from newscrawl.lang.names import closing_bio, closing_writer_bio, is_bare_name
from newscrawl.lang.notices import is_release_end, is_weak_release_end, release_furniture
from newscrawl.lang.promo import (
    INLINE_PROMO_LABEL,
    INLINE_PROMO_WORDS_PATTERN,
    capitals_byline,
    is_lead_label,
    is_promo,
)
from newscrawl.lang.signoff import is_closing_sign_off, signed_writer, split_sign_off
from newscrawl.lang.text import lower_case_words, normalise_space
from newscrawl.pages.body.elements import credit_lines_of, holds_paragraphs, is_shaped_caption
from newscrawl.pages.body.vocabulary import (
    BODY_BLOCK_TAGS,
    BODY_CONTAINER_TAGS,
    BODY_SKIP_TAGS,
    HEADING_TAGS,
    classify,
    is_heading_anchor,
)
from newscrawl.pages.html.selectindex import GroupTest

SKIP_TAGS = BODY_SKIP_TAGS
CONTAINER_TAGS = BODY_CONTAINER_TAGS
BLOCK_TAGS = BODY_BLOCK_TAGS
MAX_DEPTH = 60
_LINK = "\x01"  # marks link text inside a block's working text
_END = "\x02"
# A line break (<br>, a block inside inline markup). Not "\n": a line break in the markup's
# source is white space, as browsers show it (re-indented pages break every paragraph).
_BREAK = "\x03"


@dataclass
class Block:
    """One paragraph-sized piece of a body, with its structural context."""

    kind: str  # "p", "h" (sub-heading), "li", "pre", "tr"
    text: str
    link_chars: int = 0
    chrome: str | None = None  # the box's class/id (or kind) when it sits in a chrome box
    removed: list[str] = field(default_factory=list)  # inline promo spans cut out of it
    element: Any = None  # the element it was read from, where main-content detection read it

    @property
    def link_ratio(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass
class Body:
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source: str | None = None
    # the writer a closing sign-off names ("(Rahmat Hulinggi/Sri Wahyuni)"): a last resort
    signed: list[str] = field(default_factory=list)


def box_text(element: Any) -> str:
    """Text of a box whose parts are separate elements ("<b>Baca juga:</b><a>X</a>")."""
    # "Baca juga:Judul" -> "Baca juga: Judul"; times like 10:30 keep their colon.
    parts: list[str] = []
    for el in element.iter():
        if isinstance(el.tag, str) and el.tag not in SKIP_TAGS and el.text:
            parts.append(el.text)
        if el is not element and el.tail:
            parts.append(el.tail)
    text = " ".join(t for t in parts if t.strip())
    return re.sub(r"(?<=[A-Za-z]):(?=[A-Za-z0-9])", ": ", normalise_space(text))


def _chrome_words(cls: str | None, ident: str | None, element: Any = None) -> str | None:
    """The class/id of a box that the chrome vocabulary names (related links, share bars,
    tags, comments, ads, captions, bylines, navigation), else None (a "summary" box that
    lists no points: a lead's box named "ringkasan")."""
    if not cls and not ident:
        return None
    names = f"{cls or ''} {ident or ''}".strip()
    kind = classify(names)[0] if names else None
    if kind == "summary" and element is not None and next(element.iter("li"), None) is None:
        return None
    return names if kind is not None else None


def _caption_alone(cls: str | None, ident: str | None, pieces: list[str],
                   tail: str | None) -> str | None:
    """An inline element's class/id where it names a caption and stands apart from any
    running text (a photo's "<span class=ket_gambar>" after its <img> in the body's
    <div>); an inline element inside a sentence is the sentence's, whatever its class."""
    if not cls and not ident or tail and not tail.isspace() \
            or any(not piece.isspace() for piece in pieces):
        return None
    names = f"{cls or ''} {ident or ''}".strip()
    return names if classify(names)[0] == "caption" else None


def blocks_in(container: Any, *, drop: str | None = None,
              boxes: str | None = None) -> list[Block]:
    """Paragraph blocks of a body container.

    `drop`: a CSS selector group of elements to leave out silently (ads, embeds);
    `boxes`: a CSS selector group of a family's promo boxes (recorded as removed).
    """
    dropped = GroupTest(drop, container).test if drop else _never
    boxed = GroupTest(boxes, container).test if boxes else _never
    out: list[Block] = []
    pieces: list[str] = []

    def flush(kind: str = "p", chrome: str | None = None) -> None:
        if pieces:
            raw = "".join(pieces)
            pieces.clear()
            if not raw.isspace():  # most flushes hold the white space between blocks
                out.extend(_blocks_from_text(raw, kind, chrome))

    def walk(element: Any, depth: int, chrome: str | None) -> None:
        # Each lxml property read builds a Python object: tag, tail and text are read once.
        for child in element:
            tag = child.tag
            tail = child.tail
            if not isinstance(tag, str) or tag in SKIP_TAGS and not (
                    tag == "figure" and holds_paragraphs(child)):
                if tail:
                    pieces.append(tail)
                continue
            cls, ident = child.get("class"), child.get("id")
            if ident and is_heading_anchor(tag, ident):
                ident = None
            if dropped(child, tag, cls, ident):
                if tail:
                    pieces.append(tail)
                continue
            box = cls or ident or tag if boxed(child, tag, cls, ident) else (
                _chrome_words(cls, ident, child) if tag in CONTAINER_TAGS or tag in BLOCK_TAGS
                else _caption_alone(cls, ident, pieces, tail))
            if not box and is_shaped_caption(child, tag):
                box = "caption"  # (a photo's caption beside it, whatever its class)
            if box:
                # A promo or chrome box leaves as one piece ("Baca Juga: Judul"), for audit.
                flush(chrome=chrome)
                text = box_text(child)
                if text:
                    out.append(Block("box", text, len(text), box))
                if tail:
                    pieces.append(tail)
                continue
            if tag == "br":
                flush(chrome=chrome)
            elif (tag in CONTAINER_TAGS or tag == "figure") and depth < MAX_DEPTH:
                flush(chrome=chrome)
                text = child.text
                if text:
                    pieces.append(text)
                walk(child, depth + 1, chrome)
                flush(chrome=chrome)
            elif tag in BLOCK_TAGS:
                flush(chrome=chrome)
                _inline(child, tag, pieces, depth + 1, link=False)
                flush("h" if tag in HEADING_TAGS else tag if tag in ("li", "pre", "tr")
                      else "p", chrome)
            else:
                _inline(child, tag, pieces, depth + 1, link=False)
            if tail:
                pieces.append(tail)

    if container.text:
        pieces.append(container.text)
    walk(container, 0, None)
    # `walk` calls itself through its closure: a reference cycle that only the cyclic
    # collector would free, with every block and list of the page held until it runs.
    walk = None  # type: ignore[assignment]
    flush()
    return out


def _never(el: Any, tag: str, cls: str | None, ident: str | None) -> bool:
    return False


def _inline(element: Any, tag: Any, pieces: list[str], depth: int, link: bool) -> None:
    """Text of an inline element into `pieces`, link text marked, <br> as a line break."""
    if not isinstance(tag, str) or tag in SKIP_TAGS:
        return
    if tag == "br":
        pieces.append(_BREAK)
        return
    is_link = tag == "a" and not link
    if is_link:
        pieces.append(_LINK)
    text = element.text
    if text:
        pieces.append(text)
    if depth < MAX_DEPTH:
        for child in element:
            child_tag = child.tag
            if isinstance(child_tag, str):
                if child_tag in BLOCK_TAGS or child_tag in CONTAINER_TAGS:
                    pieces.append(_BREAK)
                elif child_tag in ("td", "th"):
                    pieces.append(" ")  # (a row's cells, "<td>1</td><td>Beras</td>": apart)
                _inline(child, child_tag, pieces, depth + 1, link or is_link)
            tail = child.tail
            if tail:
                pieces.append(tail)
    if is_link:
        pieces.append(_END)


_INLINE_PROMO = re.compile(
    rf"(?P<label>{INLINE_PROMO_WORDS_PATTERN}(?:\s+berita)?\s*[:：]?)\s*"
    rf"{_LINK}(?P<link>[^{_END}]*){_END}",
    re.IGNORECASE,
)


def _cut_promo(m: re.Match[str], removed: list[str]) -> str:
    removed.append(normalise_space(f"{m.group('label')} {m.group('link')}"))
    return " "


_LINK_TEXT = re.compile(rf"{_LINK}([^{_END}]*){_END}?")


def _may_hold_inline_promo(line: str) -> bool:
    """Whether `_INLINE_PROMO` can match: it needs "juga" or "pula" (letters that only
    their ASCII capitals match case-insensitively). Searched unanchored, the pattern tries
    every position of a paragraph with a link: a substring test first costs far less."""
    low = line.lower()
    return "juga" in low or "pula" in low


def _blocks_from_text(raw: str, kind: str, chrome: str | None) -> list[Block]:
    out = []
    for line in raw.split(_BREAK):
        removed: list[str] = []
        if _LINK in line and _may_hold_inline_promo(line):
            line = _INLINE_PROMO.sub(lambda m, cut=removed: _cut_promo(m, cut), line)
        link_chars = 0
        if _LINK in line:
            for part in _LINK_TEXT.findall(line):
                link_chars += len(normalise_space(part))
            line = line.replace(_LINK, "").replace(_END, "")
        text = normalise_space(line)
        if text or removed:
            out.append(Block(kind, text, min(link_chars, len(text)), chrome, removed))
    return out


_HAS_WORD = re.compile(r"\w")
# A dateline alone: "Jakarta -", "Badung –", "JAKARTA, KOMPAS.com -"
_DATELINE_ALONE = re.compile(r"^[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}(?:,\s*[\w.]+)?\s*[-–—]$")


# A teaser that is nothing but a link ("• <a>Judul berita lain</a>") is a related link.
MAX_TEASER_WORDS = 25


def is_teaser(block: Block) -> bool:
    """A short block whose text is (nearly) all link text: a related-article link."""
    return (bool(block.text) and block.link_ratio >= 0.8
            and len(block.text.split()) <= MAX_TEASER_WORDS)


def _bylines_among_headings(body: Body, bylines: list[tuple[str, list]]) -> None:
    """The headings in a byline's shape that name people in full whose names the text never
    writes in lower case are bylines ("Oleh Dr. Ahmad Fauzi Rahman"); the others
    sub-headings ("By Public Bus and Shared Taxi" over "the public bus leaves ...", "By
    Plane")."""
    words = lower_case_words(body.paragraphs)
    for heading, credits in bylines:
        names = [name for credit in credits for name in credit.names]
        if not names or any(len(name.split()) < 2 for name in names) \
                or any(w.casefold() in words for name in names for w in name.split()):
            continue
        index = next((i for i, p in enumerate(body.paragraphs) if p is heading), None)
        if index is None:
            continue
        body.removed.append(body.paragraphs.pop(index))
        for credit in credits:
            if credit.kind == CREDIT_AUTHOR:
                body.authors.extend(credit.names)


# A byline with no label's colon ("By A and B", "Oleh A"): a sub-heading's shape too.
_UNLABELLED_BYLINE = re.compile(r"^\W{0,3}(?:by|oleh)\s+[^:]*$", re.IGNORECASE)
# At most this many captions and labels stand before the dateline's paragraph.
MAX_BEFORE_DATELINE = 3


def clean_body(blocks: list[Block]) -> Body:
    """Paragraphs of the article; promos, chrome and credits out (credits into fields)."""
    body = Body()
    # the writers' names in capitals after the last paragraph, set apart as page furniture
    # ("FRISKI RIANA | ABDUL LATIEF"): (paragraphs before them, names)
    closing: tuple[int, list[str]] | None = None
    signed: tuple[int, str] | None = None  # (paragraphs before it, the writer it names)
    bylines: list[tuple[str, list]] = []  # (its paragraph, credits) of headings like bylines
    end_mark, mark = 0, ""  # paragraphs before a press release's end mark, and the mark
    for block in blocks:
        body.removed.extend(block.removed)
        text = block.text
        if not text:
            continue
        credits = parse_credits(text)
        if credits and block.element is not None and len(
                lines := credit_lines_of(block.element, text)) > 1:
            # (a credit's lines each: "Oleh: A<br>Dosen Universitas X")
            credits = [c for line in lines for c in parse_credits(line) or ()] or credits
        if credits and block.kind == "h" and body.paragraphs \
                and _UNLABELLED_BYLINE.match(text):
            # a sub-heading of the text in a byline's shape ("By Public Bus and Shared
            # Taxi"), or a column's byline after its lead-in ("<h4>Oleh Dr. A</h4>"): told
            # once the text is read, by whether it writes the names' words in lower case
            bylines.append((text, credits))
            body.paragraphs.append(text)
            continue
        if (block.chrome or is_teaser(block)) and credits is None:
            body.removed.append(text)
            if text[0] in "([" and (writer := signed_writer(text)) is not None:
                signed = (len(body.paragraphs), writer)
            if len(body.paragraphs) > 1 and text.isupper() and (
                    names := capitals_byline(text, lower_case_words(body.paragraphs))):
                closing = (len(body.paragraphs), names)
            continue
        if credits is not None:
            body.removed.append(text)
            for credit in credits:
                if credit.kind == CREDIT_AUTHOR:
                    body.authors.extend(credit.names)
                elif credit.kind == CREDIT_EDITOR:
                    body.editors.extend(credit.names)
                elif credit.kind == CREDIT_SOURCE and body.source is None:
                    body.source = credit.names[0]
            continue
        if is_promo(text) or INLINE_PROMO_LABEL.fullmatch(text) or not _HAS_WORD.search(text):
            body.removed.append(text)  # a promo, or a rule of dashes or stars
            # (a release's "###"; not a "***" after it, between its boilerplates)
            if body.paragraphs and is_release_end(text) \
                    and not (end_mark and is_weak_release_end(text)):
                end_mark, mark = len(body.paragraphs), text
            continue
        if body.paragraphs and _DATELINE_ALONE.match(body.paragraphs[-1]):
            # "Jakarta -" set apart by markup is the dateline of the paragraph it opens.
            text = f"{body.paragraphs.pop()} {text}"
        body.paragraphs.append(text)
    if end_mark and release_furniture(body.paragraphs[end_mark:], mark):
        body.removed.extend(body.paragraphs[end_mark:])
        del body.paragraphs[end_mark:]
    _without_pull_quotes(body)
    # A header's date line caught at the text's top ("Kamis, 25 April 2024 | 13:40 WITA · 2
    # jam yang lalu", "Published March 3, 2025"; the first line, a date alone too): not a
    # timeline's dates further down, nor an agenda's
    for i in range(min(MAX_DATE_STAMP_LINE, len(body.paragraphs)) - 1, -1, -1):
        if is_date_stamp(body.paragraphs[i], bare=i == 0):
            body.removed.append(body.paragraphs.pop(i))
    # (and at its end, the page's date line printed under the text: "first published: Feb
    # 10, 2026"; with its label, not an event's date and time closing a notice)
    while len(body.paragraphs) > 1 and is_date_stamp(body.paragraphs[-1], labelled=True):
        body.removed.append(body.paragraphs.pop())
    # The lead photo's caption, and labels (a fact check's verdict, a kicker), printed
    # before the paragraph that opens with the dateline.
    # (the first paragraph asked first: most bodies open with their dateline)
    first_is_lead = bool(body.paragraphs) and (is_lead_label(body.paragraphs[0])
                                               or is_lead_caption(body.paragraphs[0]))
    lead = next((i for i, p in enumerate(body.paragraphs[1:MAX_BEFORE_DATELINE + 1], 1)
                 if opens_with_any_dateline(p)), 0) if first_is_lead else 0
    if lead and all(is_lead_caption(p) or is_lead_label(p) for p in body.paragraphs[:lead]):
        body.removed.extend(body.paragraphs[:lead])
        del body.paragraphs[:lead]
    # Sign-off initials close an article: "(abc)", "(abc/def)", alone or after its last
    # sentence; a desk code inside the article stays where it is.
    while body.paragraphs and is_closing_sign_off(body.paragraphs[-1]):
        body.removed.append(body.paragraphs.pop())
    if len(body.paragraphs) > 1 and is_bare_name(body.paragraphs[-1]):
        name = body.paragraphs.pop()
        body.removed.append(name)
        body.authors.append(name)
    elif len(body.paragraphs) > 1 and body.paragraphs[-1].isupper() and (
            names := capitals_byline(body.paragraphs[-1], lower_case_words(body.paragraphs))):
        body.removed.append(body.paragraphs.pop())
        body.authors.extend(names)
    elif closing is not None and closing[0] == len(body.paragraphs):
        body.authors.extend(closing[1])  # nothing of the article after them
    elif len(body.paragraphs) > 2 and (writer := closing_bio(body.paragraphs[-1])
                                       or closing_writer_bio(body.paragraphs[-1])):
        body.removed.append(body.paragraphs.pop())  # a column's writer and post, a bio
        body.authors.append(writer)
    if body.paragraphs:
        last, sign_off = split_sign_off(body.paragraphs[-1])
        if sign_off:
            body.paragraphs[-1] = last
            body.removed.append(sign_off)
            signed = (len(body.paragraphs), writer) \
                if (writer := signed_writer(sign_off)) is not None else signed
    if signed is not None and signed[0] == len(body.paragraphs):  # (nothing after it)
        body.signed.append(signed[1])
    if bylines:  # (last: the indices above count them as paragraphs)
        _bylines_among_headings(body, bylines)
    return body


# How far down the text a header's date line is looked for (after a deck and a caption).
MAX_DATE_STAMP_LINE = 3
# A pull quote's words, compared: letters and digits only (its quotation marks, dashes and
# the case of a display face aside).
_QUOTED_WORDS = re.compile(r"[^\w]+")
# A pull quote is a quotation: it opens with its quotation mark, and is a sentence or two.
_OPENING_QUOTE = re.compile(r"^\W{0,2}[“\"«„‘']")
MIN_PULL_QUOTE_CHARS = 40
MAX_PULL_QUOTE_WORDS = 60
# The attribution printed under a pull quote: "— Name, Post" (a dash of print, not a list's
# hyphen), a line of a few words.
_ATTRIBUTION = re.compile(r"^\s*[—–]\s*\S")
MAX_ATTRIBUTION_WORDS = 10
# Pull quotes are few: the body's first this many quotations are compared, each with the
# other paragraphs once (the work stays linear in the body's size).
MAX_PULL_QUOTES_CHECKED = 20


def _without_pull_quotes(body: Body) -> None:
    """Pull quotes out: a quotation that prints again, set large, a sentence another,
    longer paragraph of the body holds, word for word ("“Banjir Samarinda bukan cuma soal
    hujan ...”" beside the answer that says it), with the attribution line under it ("—
    Name, Post"). Quotations a paragraph ending in a colon introduces are a list's items
    ("Berikut bunyi tiap butirnya:"), printed apart on purpose: they stay."""
    if len(body.paragraphs) < 3:
        return
    # (the words of every paragraph are folded only where a quotation's opening words are
    # printed twice in the body: the cheap test, in C, on the body's text)
    text: str | None = None
    folded: list[str] | None = None
    kept: list[str] = []
    dropped = listed = False
    checked = 0
    for i, paragraph in enumerate(body.paragraphs):
        if dropped and _ATTRIBUTION.match(paragraph) \
                and len(paragraph.split()) <= MAX_ATTRIBUTION_WORDS:
            body.removed.append(paragraph)  # the pull quote's attribution
            dropped = False
            continue
        quoted = bool(_OPENING_QUOTE.match(paragraph))
        dropped = False
        if quoted and not listed and checked < MAX_PULL_QUOTES_CHECKED \
                and len(paragraph.split()) <= MAX_PULL_QUOTE_WORDS:
            checked += 1
            opening = paragraph.lstrip(_QUOTE_MARKS)[:OPENING_CHARS].casefold()
            if text is None:
                text = "\n".join(body.paragraphs).casefold()
            if len(opening) == OPENING_CHARS and text.count(opening) >= 2:
                if folded is None:
                    folded = [f" {_QUOTED_WORDS.sub(' ', p).casefold().strip()} "
                              for p in body.paragraphs]
                words = folded[i]
                dropped = MIN_PULL_QUOTE_CHARS <= len(words) - 2 and any(
                    j != i and len(other) > len(words) and words in other
                    for j, other in enumerate(folded))
        listed = paragraph.rstrip().endswith(":") or listed and quoted
        if dropped:
            body.removed.append(paragraph)
        else:
            kept.append(paragraph)
    body.paragraphs[:] = kept


# A quotation's opening marks, and how many of its first characters are looked for again.
_QUOTE_MARKS = " \t“\"«„‘'….["
OPENING_CHARS = 24


def clean_texts(paragraphs: list[str]) -> Body:
    """`clean_body` for text paragraphs without HTML context (JSON-LD articleBody)."""
    return clean_body([Block("p", normalise_space(p)) for p in paragraphs if p.strip()])
