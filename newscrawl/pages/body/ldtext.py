"""The article's JSON-LD text (`articleBody`) against the text found in the page: the
page's, unless the JSON-LD text shows the page's missed much of the article.

Pure module (no Scrapy import).
"""

from __future__ import annotations

import html as _html
import re

from newscrawl.pages.body.blocks import Block
from newscrawl.pages.body.units import TRUNCATED, norm

_TAG_RE = re.compile(r"<[^>]+>")


def _clean_ld(body: str) -> str:
    for _ in range(2):  # some sites escape the markup twice ("&amp;lt;p&amp;gt;")
        if "&" in body:
            body = _html.unescape(body)
    if "<" in body and ">" in body:
        body = re.sub(r"(?i)<\s*(?:br|/p|/div|/h\d|/li|/blockquote)\b[^>]*>", "\n\n", body)
        body = _TAG_RE.sub(" ", body)
    return body


def _ld_blocks(body: str, dom: list[Block]) -> list[Block]:
    body = _clean_ld(body)
    paras = [p for p in map(norm, re.split(r"\n\s*\n|\r\n|\n", body)) if p]
    if len(paras) == 1 and len(dom) > 1:
        paras = _split_like(paras[0], dom)
    return [Block("p", p) for p in paras]


def _split_like(text: str, dom: list[Block]) -> list[str]:
    """Cut a JSON-LD body without paragraph breaks where the DOM paragraphs start."""
    cuts = []
    pos = 0
    for b in dom:
        head = b.text[:40]
        if len(head) < 12:
            continue
        i = text.find(head, pos)
        if i > pos:
            cuts.append(i)
        if i >= 0:
            pos = i + len(head)
    if not cuts:
        return [text]
    parts = [text[s:e].strip() for s, e in zip([0] + cuts, cuts + [len(text)], strict=False)]
    return [p for p in parts if p]


LD_MIN_SHARE = 0.6  # JSON-LD text shorter than this share of the DOM text is a teaser
LD_OVER_DOM = 1.3  # JSON-LD text this much longer than the DOM text: the DOM missed the body


def prefer_ld(blocks: list[Block], ld: str) -> list[Block]:
    """The DOM blocks, unless the JSON-LD body shows the DOM missed much of the article."""
    body = [b for b in blocks if not b.chrome]  # the text kept, not the boxes passed back
    ld_blocks = _ld_blocks(ld, body)
    ld_len = sum(len(b.text) for b in ld_blocks)
    dom_len = sum(len(b.text) for b in body)
    if not ld_len or ld_len < LD_MIN_SHARE * dom_len:
        return blocks  # a stub or a teaser
    if TRUNCATED.search(ld_blocks[-1].text) and ld_len < 1.2 * dom_len:
        return blocks
    if ld_len > LD_OVER_DOM * dom_len:
        return ld_blocks
    return blocks
