"""Text units and blocks: the first and last passes of main-content detection.

Pass 1 (`segment`) cuts a page into text units in one iterative walk; the last pass
(`blocks_from_units`) turns the units of the chosen container into body blocks, dropping
labels, ads and widget headings and trimming bylines, datelines and a sign-off. What
happens between (weights, the container's choice) is newscrawl.pages.body.maincontent's;
its docstring tells the whole method.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from newscrawl.lang.promo import INLINE_PROMO_WORDS_PATTERN
from newscrawl.lang.text import INVISIBLE_CHARACTERS
from newscrawl.pages.body.blocks import Block
from newscrawl.pages.body.elements import (
    holds_paragraphs,
    is_disclosed,
    is_disclosure_toggle,
    is_shaped_caption,
)
from newscrawl.pages.body.vocabulary import (
    BLOCK_TAGS,
    CONTAINER_TAGS,
    FAST_INLINE,
    INLINE_DROP,
    KIND_OF,
    KNOWN_TAGS,
    RELAXABLE_TAGS,
    SKIP_TAGS,
    classify,
    is_heading_anchor,
    named_by_component,
)

# --- text helpers ---------------------------------------------------------------

SENT_END = re.compile(r"[.!?。！？…][\"'”’»)\]]*(?:\s|$)")
PUNCT = re.compile(r"[.,;:!?。，、！？…]")
SIGNOFF = re.compile(
    r"(?:(?<=[.!?\"'”’»)])|^)\s*[(\[]\s*[*A-Za-z]{1,8}(?:\s*[/|,]\s*[*A-Za-z]{1,8}){0,3}\s*[)\]]\s*$")
LABEL = re.compile(
    r"(?i)^\W*(?:advertisement|advertising|advert|ads|ad|iklan|sponsored|promoted|anzeige|werbung"
    r"|publicidad|publicité|pubblicità|publicidade|реклама"
    r"|scroll (?:down )?to continue(?: with content)?"
    r"|story continues below(?: advertisement)?|continue reading(?: below)?|read more"
    rf"|{INLINE_PROMO_WORDS_PATTERN}"
    r"|baca selengkapnya|gulir untuk melanjutkan|lanjutkan membaca)\W*$")
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width characters, soft hyphen
TRUNCATED = re.compile(r"(?:\.\.\.|…|\[\.\.\.\]|\[…\])\s*$")


def norm(text: str) -> str:
    return " ".join(text.split())


# --- pass 1: units ----------------------------------------------------------------

class Unit:
    __slots__ = ("text", "length", "link", "own_link", "tag", "element", "boxes", "box", "boxel",
                 "cid", "weight", "punct", "sentences", "headline")

    def __init__(self, text, link, tag, element, boxes, cid):
        self.text = text
        self.length = n = len(text)
        self.link = self.own_link = min(1.0, link / n) if n else 0.0
        self.tag = tag
        self.element = element
        self.boxes = boxes  # ((kind, element), ...) outermost first
        if boxes:
            self.box, self.boxel = boxes[0]
        else:
            self.box = self.boxel = None
        self.cid = cid  # innermost container holding the unit's block
        if self.link <= 0.75 or n >= 100:
            self.punct = len(PUNCT.findall(text))
            self.sentences = len(SENT_END.findall(text))
        else:  # a short link: a menu item or a teaser title
            self.punct = self.sentences = 0
        self.weight = 0.0
        self.headline = False  # prints the page's title (maincontent marks it)


BR_MARK = "".join(("\n", " "))  # noqa: FLY002  a <br>: a fresh object, told apart by identity
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


# An image, or the elements that hold one where the walk skips them, and how many elements
# after it its caption may stand (after a <br>, a wrapper's description and credit spans).
IMAGE_MARK_TAGS = frozenset(("img", "picture", "amp-img", "figure"))
IMAGE_CAPTION_REACH = 4
# The elements that may print a caption by its shape (`is_shaped_caption`).
SHAPED_CAPTION_TAGS = frozenset(("div", "span", "p", "td"))


def segment(root, max_depth: int, max_elements: int,
             relaxed: bool = False, passed_over: list[Any] | None = None):
    """Cut the tree into text units; return (units, containers).

    containers: [element, first unit, end unit, positive hint, depth, parent container id]
    relaxed: read navigation, controls and hidden elements too, as boxes (the parser's
        repairs can put a whole article inside an unclosed <nav>, <aside> or <button>, and
        scripts reveal hidden wrappers); else each such element skipped is added to
        `passed_over`, so that the caller can tell whether its text is worth a relaxed pass.
    """
    units: list[Unit] = []
    cinfo: list[list[Any]] = [[root, 0, 0, False, 0, -1]]  # the root is always a candidate

    pieces: list[str] = []
    link_chars = 0
    blocks: list[tuple] = [(root, "body", (), -2)]
    cstack: list[int] = [-1, 0]
    cur_boxes: tuple = ()
    # element stack: a tag string for plain inline elements, else (tag, is_block, saved boxes,
    # cid); block stack entries: (element, tag, boxes, container id or -2)
    stack: list[Any] = []
    link_depth = 0
    # Open <pre>/<code>: a class there names a code token ("hljs-comment"), never a box.
    in_code = 0
    skipped = None
    count = 0
    image_at = -IMAGE_CAPTION_REACH - 1  # the count of the last image (or figure) met
    append_piece = pieces.append
    fast_inline = FAST_INLINE

    def flush():
        nonlocal link_chars
        text = "".join(pieces)
        if not text.isascii() and ("\u200b" in text or "\xad" in text or "\u2060" in text
                                   or "\ufeff" in text):
            text = text.translate(INVISIBLE_CHARACTERS)  # (rare: asked cheaply first)
        text = " ".join(text.split())
        if text and not (text[0] == "<" and text[-1] == ">"):  # markup shown as text
            b = blocks[-1]
            cid = cstack[-1]
            if b[3] == cid and len(cstack) > 2:  # a div with its own text: group with its parent
                cid = cstack[-2]
            units.append(Unit(text, link_chars, b[1], b[0], b[2], cid))
        pieces.clear()
        link_chars = 0

    toggled: list[set[str]] = []

    def controlled() -> set[str]:  # the ids the page's toggles name (read once, if asked)
        if not toggled:
            toggled.append({i for value in root.xpath("//@aria-controls")[:2000]
                            for i in str(value).split()})
        return toggled[0]

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    skip = walker.skip_subtree
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if tag in fast_inline:  # a, b, em, span-free inline markup: text only
                if tag == "a":
                    if el.get("href") is not None:
                        link_depth += 1
                    else:  # (no link: an accordion's label, a named anchor)
                        tag = "a!"
                elif tag == "br":
                    # <br><br> ends a paragraph of a text-with-breaks body
                    i = len(pieces) - 1
                    while i >= 0 and pieces[i] is not BR_MARK and pieces[i].isspace():
                        i -= 1
                    if i >= 0 and pieces[i] is BR_MARK:
                        del pieces[i:]
                        if pieces:
                            flush()
                    else:
                        append_piece(BR_MARK)
                elif tag == "code":
                    in_code += 1
                stack.append(tag)
                text = el.text
                if text and (pieces or not text.isspace()):
                    append_piece(text)
                    if link_depth:
                        link_chars += len(text.strip())
                continue
            count += 1
            if tag in IMAGE_MARK_TAGS:
                image_at = count
            forced = None
            if tag in SKIP_TAGS and not (tag == "figure" and holds_paragraphs(el)) \
                    and not (tag == "button" and is_disclosure_toggle(el)):
                if tag in RELAXABLE_TAGS:
                    if relaxed:
                        forced = "overlay" if tag == "dialog" else "nav"
                    elif passed_over is not None:
                        passed_over.append(el)
                if forced is None:
                    skip()
                    skipped = el
                    continue
            if tag == "head":
                skip()
                skipped = el
                continue
            if count > max_elements:
                break
            if len(stack) >= max_depth:  # too deep: its text, flat, without structure
                flat = 0
                for sub in el.iter():  # bounded: lxml steps slowly through very deep chains
                    flat += 1
                    if flat > 1000:
                        break
                    if sub is not el:
                        if sub.text and isinstance(sub.tag, str) and sub.tag not in SKIP_TAGS:
                            append_piece(sub.text)
                        if sub.tail:
                            append_piece(sub.tail)
                append_piece(" ")
                skip()
                skipped = el
                continue
            if tag not in KNOWN_TAGS:
                if not isinstance(tag, str):  # an entity or other non-element node
                    skip()
                    skipped = el
                    continue
                if tag.startswith("{"):
                    tag = tag.rpartition("}")[2]
                tag = tag.lower()
                if tag in SKIP_TAGS or tag == "head":
                    skip()
                    skipped = el
                    continue
            box = None
            positive = False
            attrs = el.attrib
            if attrs:
                style = attrs.get("style")
                if (style and ("none" in style or "hidden" in style)
                        and HIDDEN_STYLE.search(style.lower())
                        or "hidden" in attrs) and not is_disclosed(attrs, controlled()):
                    if relaxed:
                        forced = "overlay"
                    else:
                        if passed_over is not None:
                            passed_over.append(el)
                        skip()
                        skipped = el
                        continue
                cls, eid = attrs.get("class"), attrs.get("id")
                if eid and is_heading_anchor(tag, eid):
                    eid = None
                if (cls or eid) and tag != "body" and tag != "html" and not in_code:
                    box, positive = classify(f"{cls or ''} {eid or ''}")
                    box = None if box == "summary" and next(el.iter("li"), None) is None \
                        else box  # (a lead's box named "ringkasan", not a list of points)
                if box is None and not positive and len(attrs) > 1 and not in_code and (
                        named := attrs.get("data-component") or attrs.get("data-testid")
                        or attrs.get("data-qa")):  # (CSS-in-JS classes name nothing)
                    box, positive = classify(named)
                if attrs.get("itemprop") == "articleBody":
                    positive = True
                    box = None
            # (a caption by its shape comes within a few elements after its image: the
            # question is asked only there, not of every <div>, <span> and <p> of a page)
            if box is None and count - image_at <= IMAGE_CAPTION_REACH \
                    and tag in SHAPED_CAPTION_TAGS and is_shaped_caption(el, tag):
                box = "caption"
            is_block = tag in BLOCK_TAGS or forced is not None and tag != "button"
            if box in INLINE_DROP and not is_block and not named_by_component(attrs.get("class")):
                skip()  # a caption, tooltip or ad in a paragraph (not a component's name)
                skipped = el
                continue
            if box == "byline" and tag == "p" and "dateline" in (cls or ""):
                box = None  # (a TV station's lead paragraph, "<p class=dateline">TOLEDO -
                # ...": the text that opens with the dateline, not a meta line)
            if tag == "header" and box is None and not _heads_an_entry(el):
                box = "byline"  # title, byline, date and tools of the page or the article
            if forced is not None:
                box = box or forced
            saved_boxes = cur_boxes
            if is_block and pieces:
                flush()
            if box is not None:
                cur_boxes = cur_boxes + ((box, el),)
            cid = -2
            if tag in CONTAINER_TAGS:
                cid = len(cinfo)
                cinfo.append([el, len(units), 0, positive, len(stack), cstack[-1]])
                cstack.append(cid)
            if is_block:
                blocks.append((el, tag, cur_boxes, cid))
            elif tag == "td" or tag == "th":
                append_piece(" ")
            stack.append((tag, is_block, saved_boxes, cid))
            if tag == "pre":
                in_code += 1
            text = el.text
            if text and (pieces or not text.isspace()):
                append_piece(text)
                if link_depth:
                    link_chars += len(text.strip())
        elif event == "end":
            if el is skipped:
                skipped = None
            elif stack:
                frame = stack.pop()
                if frame.__class__ is str:
                    if frame == "a":
                        link_depth -= 1
                    elif frame == "code":
                        in_code -= 1
                else:
                    tag, is_block, cur_boxes, cid = frame
                    if tag == "pre":
                        in_code -= 1
                    if is_block:
                        if pieces:
                            flush()
                        blocks.pop()
                    if cid >= 0:
                        if pieces and cinfo[cid][1] < len(units):
                            # an inline container (a <td>) of paragraphs cut by <br><br>:
                            # its last one is its own, not the next container's
                            flush()
                        cinfo[cid][2] = len(units)
                        cstack.pop()
            else:
                continue
            tail = el.tail
            if tail and (pieces or not tail.isspace()):
                append_piece(tail)
                if link_depth:
                    link_chars += len(tail.strip())
        else:  # comment / processing instruction: only its tail is text
            tail = el.tail
            if tail and (pieces or not tail.isspace()):
                append_piece(tail)
                if link_depth:
                    link_chars += len(tail.strip())
    if pieces:
        flush()
    cinfo[0][2] = len(units)
    for info in cinfo:  # containers left open by a cap
        if info[2] < info[1]:
            info[2] = len(units)
    return units, cinfo

HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


# --- blocks -----------------------------------------------------------------------------

# Rows of a table that close a text as its data (a match report's stats), at the least.
MIN_TABLE_ROWS = 3
_LABEL_ROW = re.compile(r"^[^\W\d][\w ]{0,24}?\s*:")


def _ends_a_table(kept: list[Unit]) -> bool:
    """Whether the text ends with a table's rows (MIN_TABLE_ROWS or more, link-free), or
    with the heading over them."""
    rows = labels = 0
    for u in reversed(kept):
        if u.tag != "tr" or u.link > 0.5:
            break
        rows += 1
        labels += bool(_LABEL_ROW.match(u.text))
    # (not a post's info table: "Dibaca : 1.234 kali", "Kategori : Pemerintahan")
    return rows >= MIN_TABLE_ROWS and labels < rows / 2


def is_labelish(u: Unit) -> bool:
    """Short text without a sentence: a byline, a date, a label; not a letter's "Dear all,"."""
    if u.sentences or u.tag in ("h2", "h3", "h4", "h5", "h6", "li") or u.text[-1:] == ",":
        return False
    return u.length < 80 or (u.length < 160 and DATE.search(u.text) is not None)


# 05/10/2018, 2019-11-19, 10:48 — a dateline or "published ... updated ..." line
DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b"
                   r"|\b\d{1,2}\.\d{2} ?WI[BT]A?\b")


# A paragraph this long under a linked heading is a list article's item (a product's review
# under its name), not a teaser card's excerpt, which is a sentence or two.
ITEM_MIN_CHARS = 400
ITEM_MIN_SENTENCES = 4


def is_item_text(u: Unit) -> bool:
    """A paragraph of many sentences: under a linked heading, a list article's item."""
    return u.length >= ITEM_MIN_CHARS and u.sentences >= ITEM_MIN_SENTENCES


def keep_unit(u: Unit) -> bool:
    if u.box is not None:
        return False
    if u.length < 4 and not u.text.strip(INVISIBLE):
        return False
    if u.tag == "caption" or u.tag == "h1":
        return False
    if u.length < 50 and LABEL.match(u.text):  # "ADVERTISEMENT", "Baca juga:"
        return False
    if u.link > 0.5:
        return u.link < 0.75 and u.length >= 100 and u.sentences > 0
    if u.weight < 0 and u.length >= 25:  # teaser excerpts
        return False
    return True


def block(u: Unit, chrome: str | None) -> Block:
    return Block(KIND_OF.get(u.tag, "p"), u.text, round(u.own_link * u.length), chrome,
                 element=u.element)


# Paragraphs of prose before a container's first <h1> that make it no headline.
PROSE_BEFORE_HEADLINE = 3


def blocks_from_units(units: list[Unit], keep_boxes: bool = False) -> list[Block]:
    # The title: what comes before it in the container is page furniture (unless it is most).
    # (An <h1> after paragraphs of prose is a section's heading that a template printed as
    # <h1>, the headline being an <h2> or outside the container.)
    first_h1 = next((i for i, u in enumerate(units) if u.tag == "h1"), -1)
    if first_h1 > 0:
        before = sum(u.weight for u in units[:first_h1] if u.weight > 0)
        after = sum(u.weight for u in units[first_h1:] if u.weight > 0)
        prose = [u for u in units[:first_h1]
                 if u.weight > 0 and u.sentences and u.length >= 80 and u.link < 0.3]
        # (before the page's own headline, a list of other stories' summaries, a ticker,
        # goes whatever it weighs; paragraphs are the article's, the "headline" a heading
        # of the text that repeats the title)
        paragraphs = sum(1 for u in prose if u.tag != "li")
        if units[first_h1].headline and paragraphs < PROSE_BEFORE_HEADLINE \
                or before < 0.5 * after and len(prose) < PROSE_BEFORE_HEADLINE:
            units = units[first_h1:]
    keep = [keep_unit(u) for u in units]
    # A heading that introduces dropped material ("Related news" over a link list) goes too
    # (not a list article's item's heading over its photo's caption and credit, then text).
    for i, u in enumerate(units):
        if keep[i] and u.tag in HEADINGS and i + 1 < len(units) and not keep[i + 1] \
                and (units[i + 1].box is not None or units[i + 1].link > 0.5):
            j = next((k for k in range(i + 1, len(units)) if units[k].box != "caption"), 0)
            keep[i] = i + 1 < j <= i + 3 and keep[j]
    # A linked heading over a list article's item is the item's name ("1. Canon EOS R6").
    for i, u in enumerate(units[:-1]):
        if not keep[i] and u.tag in HEADINGS and u.box is None and u.link > 0.5 \
                and keep[i + 1] and units[i + 1].weight > 0 and is_item_text(units[i + 1]):
            keep[i] = True
    kept = [u for u, k in zip(units, keep, strict=False) if k]
    # trim leading / trailing label-like units (bylines, dates, "Advertisement")
    while kept and is_labelish(kept[0]):
        kept.pop(0)
    while kept and (is_labelish(kept[-1]) or kept[-1].tag in HEADINGS) \
            and not _ends_a_table(kept):
        kept.pop()
    # A closing list whose every item is partly a link ("More great stories", "Read next").
    j = len(kept)
    while j and kept[j - 1].tag == "li" and kept[j - 1].link >= 0.3:
        j -= 1
    if len(kept) - j >= 3 and j:
        del kept[j:]
        while kept and (is_labelish(kept[-1]) or kept[-1].tag in HEADINGS):
            kept.pop()
    if keep_boxes and kept:
        # Everything the body container holds after the title comes back, what was left out
        # marked in `chrome` (the box kind, or "dropped"), for the caller's audit and credits.
        ids = {id(u) for u in kept}
        return [block(u, None if id(u) in ids else (u.box or "dropped"))
                for u in units if u.tag != "h1" and u.text.strip(INVISIBLE)]
    return [block(u, None) for u in kept]


def cut_signoff(blocks: list[Block]) -> None:
    """Cut a trailing sign-off: "... kata dia. (abc)", "(abc/def)" alone in the last block."""
    while blocks:
        last = blocks[-1]
        if last.chrome:
            return
        m = SIGNOFF.search(last.text)
        if not m:
            return
        rest = last.text[: m.start()].rstrip()
        if rest:
            last.text = rest
            return
        blocks.pop()


def _heads_an_entry(header: Any) -> bool:
    """Whether a <header> heads one entry of several (a live blog's: its time and headline,
    "<article class=lb-entry><header><time>1:50 p.m.</time><h3>...</h3></header><p>..."):
    the text's own, not the article's meta line. An entry is an <article> beside another
    with a <header>, its own holding no <h1> (the page's article's header does)."""
    entry = header.getparent()
    if entry is None or entry.tag != "article" or header.find(".//h1") is not None:
        return False  # (the page's own article's header holds its <h1>)
    # (entries of one kind: a neighbour <article> with a <header> of its own)
    return any(isinstance(sibling.tag, str) and sibling.tag == "article"
               and sibling.find("header") is not None
               for sibling in (entry.getprevious(), entry.getnext()) if sibling is not None)
