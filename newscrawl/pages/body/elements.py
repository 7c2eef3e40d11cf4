"""What an element of a page's text is by its shape, whatever its class names: a <figure>
that holds the article's text, a caption printed beside its image, a disclosure's toggle
and the hidden panel it opens. Pure module (no Scrapy import): the segmentation of
`newscrawl.pages.body.units` and the blocks of `newscrawl.pages.body.blocks` ask it."""

from __future__ import annotations

from typing import Any

# A <figure> holding this many paragraphs (outside its caption) holds the article: the
# parser left it open (a wrapper in it not closed before </figure>, which libxml2 then
# ignores) and put the rest of the page inside it. Browsers close it; we read it through,
# as a figure that is a table.
FIGURE_PARAGRAPHS = 3


def holds_paragraphs(figure: Any) -> bool:
    """Whether a <figure> holds text of the page besides its caption's: a table (the block
    editor's tables are figures: `figure.wp-block-table`), a code block, or paragraphs."""
    if next(figure.iter("table", "pre"), None) is not None:
        return True  # (a table, or a code block: a tutorial's figure with its "Copy" bar)
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


# Elements that print a photo's caption beside it, in a wrapper of the two alone.
CAPTION_TAGS = frozenset(("div", "p", "span"))
IMAGE_TAGS = frozenset(("img", "picture", "amp-img"))
CAPTION_INLINE_TAGS = frozenset(("a", "em", "i", "b", "strong", "span", "br", "small", "cite"))
MAX_LONE_IMAGE_CAPTION_CHARS = 300


def beside_lone_image(el: Any) -> bool:
    """Whether an element is the text printed after an image in a wrapper of the two alone:
    a photo's caption, whatever its class ("<div class=img-wrap><img><div class=created>
    Workers stand on ... (JP/Name)</div></div>"); not a text that runs on around an image."""
    if el.getnext() is not None:  # (most paragraphs: one sibling asked)
        return False
    image = el.getprevious()
    if image is None or image.getprevious() is not None:
        return False
    if image.tag not in IMAGE_TAGS and not (
            image.tag in ("a", "picture") and len(image) == 1 and image[0].tag in IMAGE_TAGS):
        return False
    parent = el.getparent()
    if parent.tag == "p" or parent.text and not parent.text.isspace() \
            or image.tail and not image.tail.isspace():
        return False  # (a paragraph's text after its image is the paragraph's)
    # (a caption is a short run of inline text: not a product card's heading and review
    # beside its photo, nor a paragraph set beside an image)
    chars = len(el.text or "")
    for child in el:
        if child.tag not in CAPTION_INLINE_TAGS:
            return False
        chars += len(child.text or "") + len(child.tail or "")
    return chars <= MAX_LONE_IMAGE_CAPTION_CHARS


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
