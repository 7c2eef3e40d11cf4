"""Main-content detection for pages of templates never seen before.

Pure module (no Scrapy import). Placeholder heuristic: the container holding
the most paragraph text, innermost where nested candidates hold nearly all of
it; its blocks come from `body.blocks_in`.
"""

from __future__ import annotations

from typing import Any

from newscrawl.pages.body import Block, blocks_in
from newscrawl.pages.document import css

_CANDIDATES = ("[itemprop=articleBody], .entry-content, .post-content, .article-content, "
               ".td-post-content, .jeg_post_content, .content-detail, .detail-content, "
               ".single-content, article, main")


def _text_size(node: Any) -> int:
    return sum(len((p.text_content() or "").strip()) for p in node.iter("p"))


def main_blocks(root: Any, *, drop: Any = None, boxes: Any = None) -> list[Block]:
    nodes = css(_CANDIDATES)(root)
    if not nodes:
        return []
    sized = sorted(((_text_size(n), i, n) for i, n in enumerate(nodes)), key=lambda t: -t[0])
    best_size, _, best = sized[0]
    for size, _, node in sized[1:]:
        if size >= 0.9 * best_size and best in node.iterancestors():
            best_size, best = size, node
    return blocks_in(best, drop=drop, boxes=boxes)


def prefer_json_ld(ld_body: str, paragraphs: list[str]) -> bool:
    """Use JSON-LD articleBody when the page's own text is much shorter (or absent)."""
    dom = sum(len(p) for p in paragraphs)
    return len(ld_body) > 1.3 * dom + 200
