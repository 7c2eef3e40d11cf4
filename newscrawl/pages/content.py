"""Main content of a page of a template never seen before, as body blocks.

Pure module (no Scrapy import). The detection itself is `maincontent`
(one pass over the tree, container scoring by sentence text and link
density, JSON-LD articleBody where it is fuller than the page); here its
blocks become `body.Block`s for the one cleaning step every body goes
through, and an inline "Baca juga: <a>…</a>" span left inside a paragraph
is cut with the link structure the element still has.
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

from lxml import etree

from newscrawl.pages import maincontent
from newscrawl.pages.body import Block, blocks_in

_INLINE_LABEL = re.compile(r"\b(?:baca|simak|lihat|tonton)\s+(?:juga|pula)\b", re.IGNORECASE)


def main_blocks(root: Any, *, json_ld_body: str | None = None) -> list[Block]:
    """The article's body blocks found by structure (or from JSON-LD articleBody)."""
    out: list[Block] = []
    found_blocks = maincontent.find_main_blocks(root, json_ld_body=json_ld_body or "",
                                                keep_boxes=True)
    for found in found_blocks:
        chrome = found.in_box or None  # left out by the detector: removed, or a credit
        if not chrome and found.element is not None and _INLINE_LABEL.search(found.text):
            # Read again with link markup, so that the promo span is cut, not the paragraph.
            again = blocks_in(_wrap(found.element))
            if again:
                out.extend(again)
                continue
        out.append(Block(found.kind if found.kind in ("p", "h", "li", "pre") else "p",
                         found.text, round(found.link_ratio * len(found.text)), chrome))
    return out


def _wrap(element: Any) -> Any:
    """A copy of `element` in a <div> of its own, so that `blocks_in` reads it alone."""
    wrapper = etree.Element("div")
    copy = deepcopy(element)
    copy.tail = None
    wrapper.append(copy)
    return wrapper
