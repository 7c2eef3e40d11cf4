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
from typing import Any

from newscrawl.pages import maincontent
from newscrawl.pages.body import Block, blocks_in

_INLINE_LABEL = re.compile(r"\b(?:baca|simak|lihat|tonton)\s+(?:juga|pula)\b", re.IGNORECASE)


def main_blocks(root: Any, *, json_ld_body: str | None = None) -> list[Block]:
    """The article's body blocks found by structure (or from JSON-LD articleBody)."""
    out: list[Block] = []
    for found in maincontent.find_main_blocks(root, json_ld_body=json_ld_body or ""):
        if found.element is not None and _INLINE_LABEL.search(found.text):
            # Read again with link markup, so that the promo span is cut, not the paragraph.
            again = blocks_in(_wrap(found.element))
            if again:
                out.extend(again)
                continue
        out.append(Block(found.kind if found.kind in ("p", "h", "li", "pre") else "p",
                         found.text, round(found.link_ratio * len(found.text))))
    return out


def _wrap(element: Any) -> Any:
    from lxml import html as lxml_html

    wrapper = lxml_html.Element("div")
    copy = lxml_html.fromstring(lxml_html.tostring(element, with_tail=False))
    wrapper.append(copy)
    return wrapper
