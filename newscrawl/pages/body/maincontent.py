"""Main-content (article body) detection for news pages.

Pure Python (stdlib + lxml) on an already-parsed lxml tree; no network, no Scrapy.
Our own design; no code from other extractors.

How it works (one pass over the tree, then cheap work on a short list):

1. Segmentation.  One iterative walk (``lxml.etree.iterwalk``, no recursion) cuts
   the page into *text units*: runs of inline text between block boundaries (p, div,
   li, h2, tr, ..., and <br><br>).  Subtrees that are never text (script, style, nav,
   aside, footer, figure/figcaption, forms' controls, hidden elements) are skipped
   without being visited; elements deeper than ``max_depth`` are read as flat text
   (bounded), and the walk stops after ``max_elements`` elements.  Per unit we keep
   the normalised text, the share inside <a>, its block tag, the innermost container
   and the chain of enclosing "boxes": elements whose class/id tokens name
   boilerplate (related/baca-juga/terkait, share/bagikan, tags, comments, newsletter,
   ads/iklan, captions, bylines, nav/sidebar/paging, modals/cookies).  Per container
   (div, section, article, main, td, body, ...) we keep the slice of units it holds.
   Inline spans that are captions, tooltips or ads inside a paragraph are cut out.

2. Weights.  Sentence-like, link-poor text weighs + its length (less without any
   punctuation); link lists weigh - their link text; a linked headline weighs
   -(2 n + 20) (a teaser card's title), and the excerpt of a card (a container with
   a linked headline and at most 2 text units) weighs negative too; short labels -2;
   anything in a box weighs at most -(n/2 + 5).  A "box" holding more than half of
   the page's good text is a mis-named wrapper and stops counting as a box
   (three quarters for modal/overlay words; never for comments).

3. Container choice: the container with the largest weight sum over its slice (a
   maximum-sum subtree: it grows while it adds article text and stops where link
   lists and widgets start), x1.1 for containers that say they are the body
   (itemprop=articleBody, article-body, entry-content, read__content, txt-article,
   detail__body-text, ...); near the headline before a heavier box far from it. Its
   siblings of the same tag and class words (numbered ones aside) that hold sentences
   are parts of the same text (cut around an in-text ad), and a lead paragraph opening
   with a dateline in a box of its own just before it is its first paragraph.

4. Blocks: inside the winner, boxes, captions, h1 (the title) and what precedes it,
   link-heavy units (kept if < 75 % link, >= 100 chars and a sentence), teaser
   excerpts, ad labels ("ADVERTISEMENT", "Baca juga:") and headings that introduce a
   dropped widget are dropped; leading/trailing bylines, datelines and labels are
   trimmed, and so is a closing list of >= 3 partly-linked items; a trailing sign-off
   "(abc)" / "(abc/def)" is cut.  Sub-headings, lists, quotes and tables (one block
   per row) are kept.  A result without any sentence of >= 60 chars is a front page
   and gives [].

5. JSON-LD articleBody (passed in from `Document`, or read with its helpers): ignored
   when shorter than 60 % of the DOM text or truncated ("..."), used instead of the
   DOM when it is > 1.3 x longer (the DOM missed the body: paywall, JS rendering);
   a body without paragraph breaks is cut where the DOM paragraphs start.

With ``keep_boxes=True`` (as newscrawl.pages.content calls it) everything the chosen
container holds after the title comes back, what step 4 left out marked in ``chrome``,
so that the one body-cleaning step records it and reads its credit lines.

Knobs: HEADLINK_MULT/HEADLINK_ADD, RELAX_BELOW, RELAX_MIN_CHARS, LEAD_UNITS (ldtext's:
LD_MIN_SHARE, LD_OVER_DOM),
max_depth and max_elements; the tag roles and the chrome vocabulary are
`newscrawl.pages.body.vocabulary`'s, shared with a family's body (`body.blocks_in`). Blocks are
`body.Block`s, the one block type of the body code.
"""

from __future__ import annotations

import gc
import logging
from copy import deepcopy
from typing import Any

from lxml import etree

from newscrawl.lang.promo import INLINE_PROMO_WORDS
from newscrawl.pages.body.blocks import Block, blocks_in
from newscrawl.pages.body.choice import choose, headline_unit, with_parts
from newscrawl.pages.body.ldtext import prefer_ld
from newscrawl.pages.body.sideboxes import far_after, is_footer, names_side_box, opens_after
from newscrawl.pages.body.units import (
    HEADINGS,
    PUNCT,
    SENT_END,
    Unit,
    blocks_from_units,
    cut_signoff,
    is_item_text,
    norm,
    segment,
)
from newscrawl.pages.html.document import json_ld_objects, ld_article_body

logger = logging.getLogger(__name__)

# --- weights and choice -------------------------------------------------------------

HEADLINK_MULT = 2.0  # a linked headline weighs -(2 n + 20): it is a teaser title
HEADLINK_ADD = 20.0


def _is_content(u: Unit) -> bool:
    return u.length >= 25 and u.link <= 0.5 and (u.sentences > 0 or u.punct > 1 or u.length >= 80)


# Box kinds that a block of sentences outweighs (layout words), and how much text it takes.
_PROSE_BOXES = frozenset(("nav", "ad", "share", "tags", "player"))
PROSE_BOX_MIN = 100


def _weigh(units: list[Unit], containers: list[list[Any]], relaxed: bool = False) -> float:
    ncont = len(containers)
    # Lines of one element cut by <br><br> (or by nested blocks) are judged together for
    # links: a bare URL line inside a text-with-breaks body is still body text.
    i, n_units = 0, len(units)
    while i < n_units:
        j = i + 1
        el = units[i].element
        while j < n_units and units[j].element is el:
            j += 1
        if j - i > 1:
            run = units[i:j]
            total = sum(u.length for u in run)
            share = sum(u.own_link * u.length for u in run) / total if total else 0.0
            for u in run:
                u.link = share
        i = j
    # Boxes that hold most of the page's good text are not boxes (a mis-named wrapper).
    good_total = 0
    box_good: dict[int, int] = {}
    box_all: dict[int, int] = {}
    related_links: dict[int, float] = {}  # per "related" box, its text in links
    boxes: dict[int, Any] = {}
    # per innermost container: content units, link-heavy units (teaser cards hold 1-2 + a link)
    n_content = [0] * (ncont + 1)
    n_links = [0] * (ncont + 1)
    # per container, its first linked line in no heading (a card's title?) and its first
    # content unit: a card opens with its title, an article's "Baca juga" line comes later
    first_linked_line: dict[int, int] = {}
    first_content: dict[int, int] = {}
    first_good: dict[int, int] = {}  # per box, its first unit of good text
    elements: dict[int, Any] = {}
    box_link: dict[int, float] = {}  # per box, its text in links
    good_at: list[int] = []  # the units of good text, in order
    # per "ad" box, the paragraphs of prose it opens with (units' indices)
    ad_lead: dict[int, set[int]] = {}
    lead_closed: set[int] = set()
    for i, u in enumerate(units):
        good = u.link < 0.3 and u.sentences and u.length >= 60
        if good:
            good_total += u.length
            good_at.append(i)
        for kind, bel in u.boxes:
            k = id(bel)
            if kind == "ad" and relaxed and k not in lead_closed:
                if good and u.tag == "p":
                    ad_lead.setdefault(k, set()).add(i)
                elif u.length >= 25 or u.sentences:  # (its label, "Advertisement", aside)
                    lead_closed.add(k)
            if good and k not in first_good:
                first_good[k] = i
                elements[k] = bel
            box_all[k] = box_all.get(k, 0) + u.length
            if kind == "related":
                boxes[k] = bel
                box_link[k] = box_link.get(k, 0.0) + u.link * u.length
                # (a list's items only: cards of other articles have headings and excerpts)
                related_links[k] = related_links.get(k, 0.0) + u.link * u.length \
                    if bel.tag in ("ol", "ul") and u.tag == "li" else float("inf")
            if good:
                box_good[k] = box_good.get(k, 0) + u.length
        if _is_content(u):
            n_content[u.cid] += 1
            first_content.setdefault(u.cid, i)
        elif u.link > 0.5 and u.length >= 15:
            if u.tag[0] == "h" and u.tag != "html":
                n_links[u.cid] += 1
            else:
                first_linked_line.setdefault(u.cid, i)
    if good_total:
        # A box word is evidence, not a verdict: a box that holds most of the page's good
        # text is a mis-named wrapper; in the relaxed pass (the first found little), so is a
        # layout "widget", "ad" or "share" box whose text is nearly all sentences (page
        # builders wrap each block of an article in a "widget" of its own). Not a footer
        # after the text (sideboxes.is_footer).
        headline = headline_unit(units)
        wrappers = {k for k, v in box_good.items()
                    if (v > 0.5 * good_total
                        or relaxed and v >= PROSE_BOX_MIN and v >= 0.6 * box_all[k])
                    and not (headline is not None and is_footer(elements[k])
                             and far_after(headline, first_good[k], good_at, units))}
        # (a related box's word on a short article's wrapper, "content-related-wrap": its
        # prose the first after the headline, few links in it, not a box of excerpts)
        opened = {k for k in related_links if box_good.get(k, 0) >= max(
            PROSE_BOX_MIN, 0.6 * box_all[k]) and box_link[k] <= 0.2 * box_all[k]
            and opens_after(headline, first_good[k], good_at, 1)}
        # (a "related" list of sentences and no links is the text's: a report's <ol class=
        # "recommendations">, not a list of other articles, which links them)
        prose_lists = {k for k, v in related_links.items()
                       if v <= 0.1 * box_all[k] and box_good.get(k, 0) >= PROSE_BOX_MIN
                       and box_good[k] >= 0.6 * box_all[k] and not _links_away(boxes[k])}
        wrappers |= prose_lists | opened
        # In the relaxed pass, the paragraphs of prose an "ad" box opens with are the
        # article's: the parser's repair of an ad <div> left open in the article (its
        # closing paragraphs, then the rest of the page, become the ad's children).
        # (an ad box that swallowed the rest of the page is long, its lead a small part of
        # it; a sponsored box that ends where its markup says is short)
        leads = {i for k, found in ad_lead.items()
                 if box_all[k] >= SWALLOWED_BOX_CHARS
                 and box_all[k] >= SWALLOWED_BOX_SHARE * sum(units[i].length for i in found)
                 for i in found} if relaxed else set()
        if wrappers or leads:
            # (a "comment" box holding comment boxes is a readers' thread, not a wrapper
            # named "comments-enabled")
            threads = {id(bel) for u in units for i, (kind, bel) in enumerate(u.boxes)
                       if kind == "comment" and any(k == "comment" for k, _ in u.boxes[i + 1:])
                       } if relaxed else set()
            for i, u in enumerate(units):
                if u.boxes:
                    u.box = u.boxel = None
                    for kind, bel in u.boxes:
                        k = id(bel)
                        if kind == "ad" and i in leads and i in ad_lead.get(k, ()):
                            continue
                        # a "comment" box is a thread after the article, unless it holds
                        # the first text after the headline ("commentOnSelection" posts);
                        # an author's box ("author-bio", "author-card") is a bio after it,
                        # a glossary's or a Q&A's widget a box in it, however long beside a
                        # short news flash, unless it opens there too
                        # (a box named for its author: "details", "post-info" or a
                        # page builder's <header> may wrap the article after a standfirst)
                        after_article = kind == "comment" or kind in ("byline", "related") \
                            and headline is not None and names_side_box(bel)
                        # (a widget's wrapper that is the article may follow a standfirst)
                        opens = after_article and opens_after(
                            headline, first_good.get(k), good_at, int(kind == "related"))
                        # (in the relaxed pass, a "comment" box of sentences that holds the
                        # first text after the headline, and no comments, is the article's
                        # wrapper, however short beside a bio and a thread: "entry-content
                        # comments-enabled")
                        if k in wrappers and (not after_article or opens) and (
                                box_good[k] > 0.5 * good_total and (
                                    kind != "overlay" or box_good[k] > 0.75 * good_total)
                                or kind in _PROSE_BOXES or k in prose_lists or k in opened
                                or relaxed and kind == "comment" and opens
                                and k not in threads):
                            continue
                        u.box, u.boxel = kind, bel
                        break
    cards = _cards(units, containers, n_content, first_content, first_linked_line)
    for u in units:
        n = u.length
        if u.link > 0.5:
            if u.tag in HEADINGS:  # a linked headline: a teaser card's title
                w = -HEADLINK_MULT * n * u.link - HEADLINK_ADD
            else:
                w = -n * u.link - 3
        elif n < 25 and not u.sentences:
            w = -2.0
        else:
            w = n * (1.0 - u.link) ** 2
            if u.sentences == 0 and u.punct == 0:
                w *= 0.3
            if (n_links[u.cid] and n_content[u.cid] <= 2 or u.cid in cards) \
                    and u.cid >= 0 and not is_item_text(u):
                # a teaser: title link + excerpt (an excerpt is a sentence or two; a
                # paragraph of many under a linked heading is a list article's item)
                w = -0.2 * n
        if u.box is not None:
            w = min(w, -0.5 * n - 5)
        u.weight = w
    return good_total


# A teaser's excerpt cut short ("... on Tuesday, December 1..."), under a linked title
# printed in no heading element (a card's <div class="title"><a>).
EXCERPT_ENDS = ("...", "\u2026", "[...]", "[\u2026]")
# Cards come in rows: this many at least on the page (a short story whose box opens with
# a link line, "#BanjirSintang", and ends "kata dia..." is one such box alone).
CARDS_IN_A_ROW = 3


def _cards(units: list[Unit], containers: list[list[Any]], n_content: list[int],
           first_content: dict[int, int], first_linked_line: dict[int, int]) -> set[int]:
    """The containers that are cards of other articles: one text, an excerpt cut short,
    after a linked line that opens the card (its own container's or its parent's: the
    excerpt may sit in a box of its own), where the page has a row of them."""
    found = set()
    for cid, at in first_content.items():
        if n_content[cid] != 1 or not units[at].text.endswith(EXCERPT_ENDS):
            continue
        parent = containers[cid][5] if cid < len(containers) else -1
        for box in (cid, parent):
            if box >= 0 and first_linked_line.get(box, at) < at \
                    and first_content.get(box, at) >= at and n_content[box] <= 1 + (box != cid):
                found.add(cid)
                break
    return found if len(found) >= CARDS_IN_A_ROW else set()


# An "ad" box the parser's repair made hold the rest of the page: this much text at least,
# this many times its opening prose.
SWALLOWED_BOX_CHARS = 600
SWALLOWED_BOX_SHARE = 2


def _links_away(box: Any) -> bool:
    """Whether a list links elsewhere: a link off the page (an image's, with no text) or an
    item that is one (onclick), not a footnote's "#fn4"."""
    return bool(box.xpath(".//a[@href and not(starts-with(@href, '#'))] | .//li[@onclick]"))


# --- public API -----------------------------------------------------------------------------

def find_main_blocks(root, *, json_ld_body: str | None = None, max_depth: int = 200,
                     max_elements: int = 30000, keep_boxes: bool = False,
                     headlines: tuple[str, ...] = ()) -> list[Block]:
    """The article's main-text blocks, in reading order.

    root: an lxml (html) element, normally the document root.
    json_ld_body: the page's JSON-LD articleBody if the caller has it; None means
        "look for it in the page"; "" means "do not use JSON-LD".
    max_depth: deeper elements are read as flat text (at most 1000 nodes each).
    max_elements: the walk stops after this many elements.
    keep_boxes: also return the blocks of boxes inside the body (related, share, tags,
        captions, ...), marked with chrome=<kind>; by default they are dropped.
    headlines: the page's titles (og:title, JSON-LD headline, <title>): where no <h1>
        prints the headline, the heading that does is read as the headline.
    Never raises: odd input gives [].
    """
    # The walk allocates many small objects that die together; cyclic GC passes over a
    # big live tree only cost time here, so they wait until we are done.
    gc_was_on = gc.isenabled()
    if gc_was_on:
        gc.disable()
    try:
        return _find(root, json_ld_body, max_depth, max_elements, keep_boxes, headlines)
    except Exception as exc:  # noqa: BLE001  never let odd input stop a crawl
        # (but say so: an empty body from a fault here must not pass for a page without
        # an article)
        logger.warning("main-content detection failed, no generic body: %s: %s",
                       type(exc).__name__, exc)
        return []
    finally:
        if gc_was_on:
            gc.enable()


def _find(root, json_ld_body, max_depth, max_elements, keep_boxes=False,
          headlines: tuple[str, ...] = ()) -> list[Block]:
    if root is None or not isinstance(getattr(root, "tag", None), str):
        return []
    passed_over: list[Any] = []
    units, containers = segment(root, max_depth, max_elements, passed_over=passed_over)
    blocks: list[Block] = []
    if units:
        _mark_headline(units, headlines)
        good_total = _weigh(units, containers)
        blocks = _pick(units, containers, keep_boxes)
        if _body_chars(blocks) < RELAX_BELOW * good_total:
            # Little or nothing found where the page has sentences: box words may have
            # been read as verdicts over the article itself. Weigh again, relaxed.
            _weigh(units, containers, relaxed=True)
            relaxed = _pick(units, containers, keep_boxes, relaxed=True)
            if _body_chars(relaxed) > _body_chars(blocks):
                blocks = relaxed
    found = _body_chars(blocks)
    if found < RELAX_MIN_CHARS and passed_over:
        # Little found, and text was passed over in navigation, controls or hidden
        # elements: read the page again with those, as boxes that a mass of sentences
        # outweighs (an unclosed <nav> or <button> wrapping the article, a hidden copy).
        passed = sum(len(norm(etree.tostring(el, method="text", encoding="unicode",
                                              with_tail=False))) for el in passed_over[:200])
        if passed > 2 * max(found, 200):
            again, containers2 = segment(root, max_depth, max_elements, relaxed=True)
            if again:
                _weigh(again, containers2, relaxed=True)
                relaxed = _pick(again, containers2, keep_boxes, relaxed=True)
                if _body_chars(relaxed) > 2 * found:
                    blocks = relaxed
    if json_ld_body is None:
        json_ld_body = ld_article_body(json_ld_objects(root))
    if json_ld_body:
        body_blocks = [b for b in blocks if not b.chrome]
        chosen = prefer_ld(body_blocks, json_ld_body)
        if chosen is not body_blocks:
            blocks = chosen
    cut_signoff(blocks)
    return blocks


# A heading's text this long, found in a title of the page, is its headline.
HEADLINE_MIN_CHARS = 20


def _mark_headline(units: list[Unit], headlines: tuple[str, ...]) -> None:
    """Mark the unit that prints the page's title as the headline: the first <h1> that
    does, else the first other heading that does, read as an <h1>. A template that prints
    the headline as <h2> (its <h1> the logo, or none) otherwise leaves what stands before
    it (a ticker, a "breaking news" list) to be read as the article's start."""
    titles = [norm(t).casefold() for t in headlines if t]
    if not titles:
        return

    def prints_title(u: Unit) -> bool:
        text = u.text.casefold()
        return len(text) >= HEADLINE_MIN_CHARS and any(text in t for t in titles)

    for u in units:
        if u.tag == "h1" and prints_title(u):
            u.headline = True
            return
    for u in units:
        if u.tag in HEADINGS and u.link <= 0.5 and prints_title(u):
            u.tag = "h1"
            u.headline = True
            return


RELAX_BELOW = 0.25  # a body under this share of the page's sentence text: weigh again
RELAX_MIN_CHARS = 500  # a body shorter than this: look at the text passed over


def _pick(units: list[Unit], containers: list[list[Any]], keep_boxes: bool,
          relaxed: bool = False) -> list[Block]:
    """The blocks of the best container, or [] where it holds no sentence."""
    best = choose(units, containers, relaxed)
    if best is None:
        return []
    blocks = [b for first, end in with_parts(units, containers, best)
              for b in blocks_from_units(units[first:end], keep_boxes)]
    if not any(len(b.text) >= 60 and not b.chrome and (
            SENT_END.search(b.text) or len(PUNCT.findall(b.text)) > 1) for b in blocks):
        return []  # no sentence anywhere: a front page, a gallery, an error page
    return blocks


def _body_chars(blocks: list[Block]) -> int:
    return sum(len(b.text) for b in blocks if not b.chrome)


def main_text(root, *, json_ld_body: str | None = None) -> str:
    """The article body as text: the main blocks joined by blank lines."""
    return "\n\n".join(b.text for b in find_main_blocks(root, json_ld_body=json_ld_body))


def main_blocks(root: Any, *, json_ld_body: str | None = None,
                headlines: tuple[str, ...] = ()) -> list[Block]:
    """The article's body blocks of a page of no family, for the one cleaning step
    (`body.clean_body`): what the detector left out comes back marked as chrome (removed,
    or read for its credit lines), and a paragraph holding an inline "Baca juga: <a>…</a>"
    is read again with its link markup, so that the promo span is cut, not the paragraph."""
    out: list[Block] = []
    read_again: list[Any] = []  # elements read again whole
    for found in find_main_blocks(root, json_ld_body=json_ld_body or "", keep_boxes=True,
                                  headlines=headlines):
        element = found.element
        if element is not None and any(element is e for e in read_again):
            continue  # a line of an element read again whole: its text is out already
        if not found.chrome and element is not None \
                and INLINE_PROMO_WORDS.search(found.text):
            again = blocks_in(_alone(element))
            if again:  # (a <br> body is one element of many lines: those out leave for it)
                out = [b for b in out if b.element is not element]
                out.extend(again)
                read_again.append(element)
                continue
        out.append(found)
    return out


def _alone(element: Any) -> Any:
    """A copy of `element` in a <div> of its own, so that `blocks_in` reads it alone."""
    wrapper = etree.Element("div")
    copy = deepcopy(element)
    copy.tail = None
    wrapper.append(copy)
    return wrapper
