"""What an element of a page's text is by its shape, whatever its class names: a <figure>
that holds the article's text, a caption printed beside its image, a disclosure's toggle
and the hidden panel it opens. Pure module (no Scrapy import): the segmentation of
`newscrawl.pages.body.units` and the blocks of `newscrawl.pages.body.blocks` ask it."""

from __future__ import annotations

import re
from typing import Any

from newscrawl.lang.credits import joined_credit_lines
from newscrawl.lang.text import normalise_space

# An embedded post's markup: a blockquote of a platform's, in a figure of an embed block.
_EMBED = re.compile(r"embed|tweet|twitter|instagram|tiktok|imgur|reddit|facebook|threads"
                    r"|text-post",
                    re.IGNORECASE)
# A <figure> holding this many paragraphs (outside its caption) holds the article: the
# parser left it open (a wrapper in it not closed before </figure>, which libxml2 then
# ignores) and put the rest of the page inside it. Browsers close it; we read it through,
# as a figure that is a table.
FIGURE_PARAGRAPHS = 3


def holds_paragraphs(figure: Any) -> bool:
    """Whether a <figure> holds text of the page besides its caption's: a table (the block
    editor's tables are figures: `figure.wp-block-table`), a code block, a quotation, or
    paragraphs."""
    if next(figure.iter("table", "pre"), None) is not None:
        return True  # (a table, or a code block: a tutorial's figure with its "Copy" bar)
    if any(not _EMBED.search(f"{quote.get('class') or ''} {figure.get('class') or ''}")
           and next(quote.iter("p"), None) is not None for quote in figure.iter("blockquote")):
        return True  # (a quotation's paragraphs: the block editor's pull quote, not an embed)
    found = 0
    for p in figure.iter("p"):
        parent = p.getparent()
        while parent is not figure and parent is not None and parent.tag != "figcaption":
            parent = parent.getparent()
        if parent is figure:
            found += 1
            if found >= FIGURE_PARAGRAPHS:
                return True
    return False


# Elements that print a photo's caption beside it, in a small wrapper of the image and
# its caption (and the photo's credit apart).
CAPTION_TAGS = frozenset(("div", "span", "p"))
# ... in a wrapper of those alone (not a list item, a heading, a cell, a quotation: an icon
# before their text)
CAPTION_WRAPPERS = frozenset(("div", "figure", "span", "section", "center"))
IMAGE_TAGS = frozenset(("img", "picture", "amp-img"))
CAPTION_INLINE_TAGS = frozenset(("a", "em", "i", "b", "strong", "span", "br", "small", "cite"))
MAX_LONE_IMAGE_CAPTION_CHARS = 300
# A wrapper named for its image ("img-wrap", "read__photo", "content-image", "foto").
_IMAGE_WRAPPER = re.compile(r"im(?:g|age)|photo|foto|figure|(?<!to)pic|thumb|gambar"
                            r"|[-_]media\b|\bmedia[-_]")
# A caption's closing credit: "(JP/Name)", "[Suara.com/Name]", "Foto: Name", "Grafis: X".
_CLOSING_CREDIT = re.compile(
    r"[(\[][^()\[\]/]{0,60}[^\W\d_][^()\[\]/]{0,60}/[^()\[\]]{0,60}[^\W\d_][^()\[\]]{0,60}"
    r"[)\]]\W*$"
    r"|\b(?:foto|photo|dok|grafis|ilustrasi|sumber|source|image|credit|courtesy)\s*[:.]\s*"
    r"[^.:]{2,60}$"
    # a photo agency's or a stock library's name ("Getty Images / Name")
    r"|\b(?:getty\s*images|shutterstock|istock(?:photo)?|unsplash|pexels|adobe\s*stock|"
    r"ap\s*photo|antara\s*foto|freepik)\b", re.IGNORECASE)


def _is_image(el: Any) -> bool:
    return el.tag in IMAGE_TAGS or el.tag in ("a", "picture") and len(el) == 1 \
        and el[0].tag in IMAGE_TAGS


def _short_inline_text(el: Any) -> str | None:
    """An element's text where it is a short run of inline text alone, else None."""
    if el.tag not in CAPTION_TAGS or el.tail and not el.tail.isspace():
        return None
    pieces = [el.text or ""]
    for child in el:
        if child.tag not in CAPTION_INLINE_TAGS:
            return None
        pieces += [child.text or "", child.tail or ""]
    text = " ".join("".join(pieces).split())
    return text if len(text) <= MAX_LONE_IMAGE_CAPTION_CHARS else None


def beside_lone_image(el: Any) -> bool:
    """Whether an element is the text printed after an image in a small wrapper of the
    image and its caption (a credit apart too) and nothing else: a photo's caption, whatever
    its class ("<div class=img-wrap><img><div class=created>Workers stand on ... (JP/Name)
    </div></div>", "<div class=content-image><img><span class=desc>...</span><span
    class=created>Grafis: X</span></div>"), where the wrapper is named for the image or the
    text ends with the photo's credit; not a paragraph set in a <div> after a picture, nor a
    product card's heading and review beside its photo."""
    parent = el.getparent()
    if parent is None or len(parent) > 4 or parent.text and not parent.text.isspace() \
            or parent.tag not in CAPTION_WRAPPERS and not (
                parent.tag == "p" and _CAPTION_SPAN.search(el.get("class") or "")):
        return False  # (in a <p> only a text whose class says so: "<span class=ket>")
    kids = [kid for kid in parent if isinstance(kid.tag, str) and kid.tag != "br"]
    if len(kids) < 2 or kids[0] is el or not _is_image(kids[0]) \
            or kids[0].tail and not kids[0].tail.isspace():
        return False
    texts = [_short_inline_text(kid) for kid in kids[1:]]
    if any(text is None for text in texts):
        return False
    text = " ".join(texts)  # type: ignore[arg-type]
    names = f"{parent.get('class') or ''} {parent.get('id') or ''}".lower()
    # (a paragraph, <p>, by its credit alone: a wrapper of a picture and a paragraph, "post-
    # media", holds text too; the class of a caption's element says so)
    return 0 < len(text) <= MAX_LONE_IMAGE_CAPTION_CHARS and (
        _CLOSING_CREDIT.search(text) is not None
        or _CAPTION_SPAN.search(el.get("class") or "") is not None
        or el.tag != "p" and _IMAGE_WRAPPER.search(names) is not None)


_CAPTION_SPAN = re.compile(r"(?:^|\s)(?:ket|keterangan|caption)(?:\s|$)")


def caption_under_image(el: Any) -> bool:
    """Whether a <p> is a photo's caption set as a paragraph of its own under the paragraph
    that holds the photo alone: its whole text in one <small>, or a <span> whose class
    says caption ("<span class=ket>": not a table's remarks column) ("<p><img></p>
    <p><small>Peserta pelatihan las di BBPVP Serang.</small></p>")."""
    above = el.getprevious()
    if above is None or above.tag not in ("p", "div", "figure") or len(above) != 1 \
            or not _is_image(above[0]) or above.text and not above.text.isspace() \
            or above[0].tail and not above[0].tail.isspace():
        return False
    if len(el) == 1 and not (el.text and not el.text.isspace()):
        inner = el[0]
        if inner.tag == "small" or inner.tag == "span" and _CAPTION_SPAN.search(
                inner.get("class") or ""):
            return not (inner.tail and not inner.tail.isspace() or len(inner)
                        or not inner.text or len(inner.text) > MAX_LONE_IMAGE_CAPTION_CHARS)
    # (or the text the image's own title or alt gives, and a credit perhaps, set in italics
    # or small type, not bold: "<p><img title='Siswa mengikuti simulasi.'></p><p><span><em>
    # Siswa mengikuti simulasi.</em>", "<p style='font-style:italic'>Harbor Street looking
    # north. City of Larkspur Bay photo.</p>" under alt "Harbor Street looking north")
    image = above[0] if above[0].tag != "a" else above[0][0]
    given = " ".join((image.get("title") or image.get("alt") or "").split()).casefold()
    if len(given.split()) < 3:
        return False
    text = " ".join("".join(el.itertext()).split())
    if not text.casefold().startswith(given) or next(el.iter("b", "strong"), None) is not None:
        return False
    # (the whole paragraph set so, by its style, or its text in italics or small type but
    # punctuation or a credit: "<em>Warga menyeberang.</em> (Foto: Antara)"; not a
    # sentence with one word in italics)
    style = (el.get("style") or "").lower()
    if "italic" in style or _SMALL_TYPE.search(style):
        return len(text) - len(given) <= MAX_CREDIT_AFTER_ALT
    outside = " ".join(_outside_italics(el).split())
    return not _HAS_LETTER.search(outside) or len(outside) <= MAX_CREDIT_AFTER_ALT \
        and _CLOSING_CREDIT.search(outside) is not None


def _outside_italics(el: Any) -> str:
    """An element's text outside its <em>, <i> and <small> elements."""
    pieces = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in ("em", "i", "small"):
            pieces.append(_outside_italics(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


_HAS_LETTER = re.compile(r"[^\W\d_]")


# A caption's credit after the alt's words ("City of Larkspur Bay photo.").
MAX_CREDIT_AFTER_ALT = 60
_SMALL_TYPE = re.compile(r"font-size\s*:\s*(?:0?\.[0-8]\d*\s*r?em|(?:[5-9]|10)(?:\.\d+)?pt|"
                         r"(?:[5-9]|1[0-2])(?:\.\d+)?px|x*-?small(?:er)?|[1-8]\d%)")


def caption_cell_under_image(el: Any) -> bool:
    """Whether a table cell is a photo's caption: an old CMS's picture table, a row of the
    image alone, then a row of this short text alone ("<table><tr><td><img></td></tr><tr>
    <td class=keterangan>Embung Oemasi ...</td></tr></table>"), in at most three rows."""
    row = el.getparent()
    if row is None or row.tag != "tr" or len(row) != 1:
        return False
    rows = [r for r in row.getparent() if r.tag == "tr"]
    at = rows.index(row)
    if not 0 < at < len(rows) <= 3 or len(rows[at - 1]) != 1:
        return False
    cell = rows[at - 1][0]
    if len(cell) != 1 or not _is_image(cell[0]) or cell.text and not cell.text.isspace() \
            or cell[0].tail and not cell[0].tail.isspace():
        return False
    if any(sub.tag not in _CELL_INLINE_TAGS or sub.tag in ("b", "strong")
           for sub in el.iterdescendants()):
        return False  # (a block, or a bold label: a one-column table of facts)
    text = " ".join("".join(el.itertext()).split())
    return 0 < len(text) <= MAX_LONE_IMAGE_CAPTION_CHARS


_CELL_INLINE_TAGS = CAPTION_INLINE_TAGS | {"font", "u"}


def is_disclosed(attrs: Any, controlled: set[str]) -> bool:
    """Is a hidden element a disclosure's panel (an accordion's section, a tab's panel, as
    ARIA writes them: labelled by its toggle, which names it in `aria-controls`): the text
    a reader opens with a click, not text kept from readers (a dialog, a menu, a login
    panel no toggle names)?"""
    return (bool(attrs.get("aria-labelledby")) or attrs.get("role") in ("region", "tabpanel")) \
        and attrs.get("id") in controlled and "aria-modal" not in attrs \
        and attrs.get("role") not in ("dialog", "alertdialog", "menu")


def is_disclosure_toggle(el: Any) -> bool:
    """Is a button a disclosure's toggle that heads its text (an FAQ's question over its
    hidden answer: "<h3><button aria-expanded=false aria-controls=faq-1>Are budget earbuds
    safe?</button></h3>"), not a control ("Show 2 Less ▲", "+ More Info")? A toggle in a
    heading, or one that asks a question."""
    attrs = el.attrib
    if "aria-controls" not in attrs and "aria-expanded" not in attrs:
        return False
    parent = el.getparent()
    return parent is not None and parent.tag in ("h2", "h3", "h4", "h5", "h6", "dt") \
        or "".join(el.itertext()).rstrip().endswith("?")


def is_shaped_caption(el: Any, tag: str) -> bool:
    """Whether an element is a photo's caption by its shape, whatever its class: the text
    beside its image (`beside_lone_image`) or a paragraph under the photo's own
    (`caption_under_image`). The generic detector's segmentation and a family's blocks ask
    it alike."""
    return tag in CAPTION_TAGS and beside_lone_image(el) \
        or tag == "p" and caption_under_image(el) or tag == "td" and caption_cell_under_image(el)


MAX_LINE_DEPTH = 30  # (a credit's line is short: deeper nesting is no text of it)


def br_lines(el: Any, text: str) -> list[str]:
    """The lines an element's <br>s part its text, where its text is `text` ("<strong>Oleh:
    A</strong><br><em>Dosen Universitas X</em>": ["Oleh: A", "Dosen Universitas X"]); else
    (no <br>, or the element holds more than `text`) `text` alone."""
    if next(el.iter("br"), None) is None:
        return [text]
    lines: list[str] = [""]

    def walk(node: Any, depth: int) -> None:
        if node.text and isinstance(node.tag, str):
            lines[-1] += node.text
        for child in node:
            if child.tag == "br":
                lines.append("")
            elif isinstance(child.tag, str) and child.tag not in ("script", "style") \
                    and depth < MAX_LINE_DEPTH:
                walk(child, depth + 1)
            if child.tail:
                lines[-1] += child.tail

    walk(el, 0)
    lines = [line for line in map(normalise_space, lines) if line]
    return lines if lines and " ".join(lines) == text else [text]


def credit_lines_of(el: Any, text: str) -> list[str]:
    """A credit element's lines (`br_lines`), a line that goes on from the one before
    joined to it ("Penulis: Budi Santoso,<br>Rina Kusuma")."""
    return joined_credit_lines(br_lines(el, text))
