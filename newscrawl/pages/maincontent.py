"""Main-content (article body) detection for news pages.

Pure Python on an already-parsed lxml.html tree; no network, no Scrapy.

How it works (one pass over the tree, then cheap work on a short list):

1. Segmentation.  One iterative walk (``lxml.etree.iterwalk``) over the tree,
   skipping script/style/nav/aside/footer/figure... subtrees and anything
   deeper than ``max_depth``, cuts the page into *text units*: maximal runs of
   inline text between block boundaries (p, div, li, h2, td, ...).  For every
   unit we keep its normalised text, the share of it inside ``<a>``, its
   enclosing block tag and the innermost enclosing "box" whose class/id looks
   like boilerplate (related, share, tags, comments, newsletter, ads, ...).
   For every container element we remember the slice of units it holds.

2. Container choice.  Every unit gets a weight: positive for sentence-like,
   link-poor text; negative for link lists, boilerplate boxes and short
   labels.  The container with the largest weight sum over its slice wins
   (a maximum-sum subtree: it grows while adding article text and stops
   where link lists and widgets start).  A small bonus goes to containers
   that say they are the body (itemprop=articleBody, "article-body", ...).

3. Block filtering inside the winner: boilerplate boxes, captions, link
   lists and leading/trailing bylines, datelines and labels are dropped;
   sub-headings, lists and quotes are kept; a trailing sign-off such as
   "(abc)" or "(abc/def)" is cut.

4. JSON-LD.  When the page has a JSON-LD ``articleBody`` (or the caller passes
   one), it is used if it is not a stub: much shorter than the DOM text or
   ending in an ellipsis means teaser, and the DOM text is kept.  When the DOM
   blocks cover the JSON-LD text, the DOM blocks are returned (they carry the
   paragraph structure); otherwise the JSON-LD text is split into paragraphs.
"""

from __future__ import annotations

import gc
import html as _html
import json
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

__all__ = ["Block", "find_main_blocks", "main_text", "json_ld_article_body"]


@dataclass
class Block:
    kind: str  # "p", "h" (in-body sub-heading), "li", "quote", "pre", "td"
    text: str  # whitespace-normalised text
    element: Any  # lxml element the text came from (None for JSON-LD text)
    link_ratio: float  # share of the text inside <a>
    in_box: bool | str = False  # boilerplate box kind the block sits in, or False


# --- tag classes -------------------------------------------------------------

# Subtrees never read.
SKIP_TAGS = frozenset("""
script style noscript template svg iframe select option optgroup button textarea
object embed canvas map math input nav aside footer figure figcaption dialog menu audio
video picture source track frameset frame applet title meta link base
""".split())
# Elements that start a new text unit.
BLOCK_TAGS = frozenset("""
p div section article main body html h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre
table tbody thead tfoot tr caption header address hr center form fieldset details
summary hgroup legend head
""".split())
INLINE_TAGS = frozenset("""
a span b i u s em strong small big font abbr acronym cite code kbd samp var q sub sup mark time
img br wbr label del ins dfn bdi bdo data ruby rt rp td th tt strike nobr
""".split())
KNOWN_TAGS = SKIP_TAGS | BLOCK_TAGS | INLINE_TAGS
# Block tags that may be picked as the body container.
CONTAINER_TAGS = frozenset("div section article main body td form center".split())
KIND_OF = {
    "h1": "h", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h",
    "li": "li", "dt": "li", "dd": "li",
    "blockquote": "quote", "pre": "pre", "tr": "td",
    "caption": "caption", "summary": "h", "legend": "h",
}

# --- class / id patterns ------------------------------------------------------
# Matched against single class tokens (and the id).  A token matches when one
# of these words is one of its [-_]-separated parts (or a run of parts).

_BOX_WORDS = {
    "related": r"related|relatedposts|relasi|terkait|artikel-?terkait|berita-?terkait"
               r"|baca-?juga|bacajuga|lihat-?juga|also-?read|read-?also|read-?more|readmore"
               r"|read-?next|up-?next|more-?stories|more-?news|more-?from|recommend\w*"
               r"|rekomendasi|popular|populer|terpopuler|most-?(?:read|viewed|popular|shared)"
               r"|trending|terkini|terbaru|latest|berita-?lainnya|lainnya|outbrain|taboola"
               r"|you-?may-?like|jp-relatedposts|yarpp|crp|teaser|teasers|recirc\w*",
    "share": r"share\w*|sharing|sharebar|sosmed|bagikan|addthis|sharethis|follow-?us|print"
             r"|email-?this|social-?(?:share|sharing|links?|icons?|buttons?|bar|tools|follow|networks?)"
             r"|social-?media-?(?:links?|icons?|share|buttons?|follow)|socials",
    "tags": r"tags|tag-?list|tag-?cloud|tagcloud|tagging|post-?tags|keywords?|topik|topics"
            r"|entry-?tags|categories",
    "comment": r"comments?|comment-?\w+|komentar|disqus|respond|replies|fb-comments",
    "newsletter": r"newsletter\w*|subscribe\w*|subscription|signup|sign-?up|optin|opt-?in"
                  r"|paywall|registration|regwall|inline-?cta|cta",
    "ad": r"ads|adv|advert\w*|advertisement|adsense|adslot|ad-?slot|ad-?unit|ad-?container"
          r"|ad-?wrapper|dfp|gpt|iklan|sponsor\w*|promo\w*|banner|parallax",
    "caption": r"caption|captions|wp-caption-text|figcaption|photo-?credit|image-?credit"
               r"|img-?credit|credit",
    "byline": r"byline|author-?(?:bio|box|info|card|details|wrap)|about-?the-?author"
              r"|dateline|timestamp|post-?meta|entry-?meta|article-?meta|meta-?info",
    "nav": r"breadcrumbs?|pagination|pager|paging|navbar|navigation|sidebar|widget\w*"
           r"|footer|masthead|menu|skip-?link|visually-?hidden|sr-only|screen-?reader\w*|offscreen",
    "overlay": r"modal|popup|pop-?up|overlay|lightbox|cookies?|cookie-?\w+|consent|gdpr|cmp",
}
# Short words only matched as a whole class token (avoid "tag-politics", "header-ad").
_BOX_EXACT = {
    "related": "more|next|also",
    "share": "share|social|tools|toolbar|actions|icons",
    "tags": "tag|label|labels",
    "ad": "ad|adbox|adsbygoogle",
    "byline": "author|authors|date|meta|info|details|published",
    "nav": "nav|navi|menu|sidebar|aside|header|top|bottom|toc",
}
_BOX_RE = [(kind, re.compile(r"(?:^|[-_])(?:%s)(?:$|[-_])" % words)) for kind, words in _BOX_WORDS.items()]
_EXACT_RE = [(kind, re.compile(r"^(?:%s)$" % words)) for kind, words in _BOX_EXACT.items()]
# WordPress-style state classes describing the page, not the element.
_IGNORED_TOKEN = re.compile(r"^(?:tag|category|has|with|no|is|post|type|format|status|author|page"
                            r"|single|template|entry-?tag|js|lang|hentry)[-_]")
_POSITIVE = re.compile(
    r"(?:^|[-_])(?:article-?body|articlebody|article-?content|article-?text|articletext"
    r"|story-?body|storybody|story-?content|story-?text|post-?body|post-?content|postcontent"
    r"|post-?text|entry-?content|entry-?body|entry-?text|body-?text|bodytext|article-?main"
    r"|main-?content|content-?body|content-?detail|detail-?content|detail-?text|detail__body"
    r"|read__content|txt-?article|isi-?berita|isi-?artikel|isi|konten|article__body"
    r"|article-?detail|news-?content|news-?detail|paywall-?content|richtext|rich-?text|prose)"
    r"(?:$|[-_])")

_class_cache: dict[str, tuple[str | None, bool]] = {}


def _classify(value: str) -> tuple[str | None, bool]:
    """(box kind or None, looks like the body) for a class+id string."""
    hit = _class_cache.get(value)
    if hit is not None:
        return hit
    box: str | None = None
    positive = False
    for token in value.lower().split():
        if _POSITIVE.search(token):
            positive = True
            continue
        if box is not None or _IGNORED_TOKEN.match(token):
            continue
        for kind, rx in _EXACT_RE:
            if rx.match(token):
                box = kind
                break
        else:
            for kind, rx in _BOX_RE:
                if rx.search(token):
                    box = kind
                    break
    if positive and box in ("nav", "byline", "ad", "share", "tags", "overlay", "caption"):
        box = None  # "article-body hidden-print", "post-content has-ad": trust the body hint
    result = (box, positive)
    if len(_class_cache) > 20000:
        _class_cache.clear()
    _class_cache[value] = result
    return result


# --- text helpers ---------------------------------------------------------------

_SENT_END = re.compile(r"[.!?。！？…][\"'”’»)\]]*(?:\s|$)")
_PUNCT = re.compile(r"[.,;:!?。，、！？…]")
_SIGNOFF = re.compile(
    r"(?:(?<=[.!?\"'”’»)])|^)\s*[(\[]\s*[*A-Za-z]{1,8}(?:\s*[/|,]\s*[*A-Za-z]{1,8}){0,3}\s*[)\]]\s*$")
_TRUNCATED = re.compile(r"(?:\.\.\.|…|\[\.\.\.\]|\[…\])\s*$")


def _norm(text: str) -> str:
    return " ".join(text.split())


# --- pass 1: units ----------------------------------------------------------------

class _Unit:
    __slots__ = ("text", "length", "link", "tag", "element", "boxes", "box", "boxel", "cid", "lead_link",
                 "weight", "punct", "sentences")

    def __init__(self, text, link, tag, element, boxes, cid, lead_link):
        self.text = text
        self.length = n = len(text)
        self.link = min(1.0, link / n) if n else 0.0
        self.tag = tag
        self.element = element
        self.boxes = boxes  # ((kind, element), ...) outermost first
        if boxes:
            self.box, self.boxel = boxes[0]
        else:
            self.box = self.boxel = None
        self.cid = cid
        self.lead_link = lead_link
        self.punct = len(_PUNCT.findall(text))
        self.sentences = len(_SENT_END.findall(text))
        self.weight = 0.0


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


def _segment(root, max_depth: int, max_elements: int, want_ld: bool):
    """Cut the tree into text units; return (units, containers, JSON-LD script texts).

    containers: [element, first unit, end unit, positive hint, depth, parent container id]
    """
    units: list[_Unit] = []
    cinfo: list[list[Any]] = [[root, 0, 0, False, 0, -1]]  # the root is always a candidate
    ld_texts: list[str] = []

    pieces: list[str] = []
    link_chars = 0
    lead = -1  # -1: no text yet in the pending unit; 1/0: its first text was / was not a link
    # block stack entries: (element, tag, box kind, box element, container id or -2)
    blocks: list[tuple] = [(root, "body", None, None, -2)]
    cstack: list[int] = [-1, 0]
    cur_boxes: tuple = ()
    stack: list[tuple] = []
    link_depth = 0
    skipped = None
    count = 0
    append_piece = pieces.append

    def flush():
        nonlocal link_chars, lead
        if pieces:
            text = " ".join("".join(pieces).split())
            if text and blocks and not (text[0] == "<" and text[-1] == ">"):
                b = blocks[-1]
                cid = cstack[-1]
                if b[4] == cid and len(cstack) > 1:  # a div with its own text: group with its parent
                    cid = cstack[-2]
                units.append(_Unit(text, link_chars, b[1], b[0], b[2], cid, lead == 1))
            pieces.clear()
        link_chars = 0
        lead = -1

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    skip = walker.skip_subtree
    for event, el in walker:
        if event == "start":
            count += 1
            tag = el.tag
            if not isinstance(tag, str):
                skip()
                skipped = el
                continue
            if tag in SKIP_TAGS:
                if want_ld and tag == "script" and el.text and "ld+json" in (el.get("type") or ""):
                    ld_texts.append(el.text)
                skip()
                skipped = el
                continue
            if len(stack) >= max_depth:  # too deep: its text, flat, without structure
                flat = 0
                for sub in el.iter():  # bounded: lxml steps slowly through very deep chains
                    flat += 1
                    if flat > 1000:
                        break
                    if sub is not el and isinstance(sub.tag, str) and sub.tag not in SKIP_TAGS \
                            and sub.text:
                        append_piece(sub.text)
                    if sub is not el and sub.tail:
                        append_piece(sub.tail)
                append_piece(" ")
                skip()
                skipped = el
                continue
            if count > max_elements:
                break
            if tag not in KNOWN_TAGS:
                if tag.startswith("{"):
                    tag = tag.rpartition("}")[2]
                tag = tag.lower()
                if tag in SKIP_TAGS:
                    skip()
                    skipped = el
                    continue
            box = None
            positive = False
            attrs = el.attrib
            if attrs:
                style = attrs.get("style")
                if style and ("none" in style or "hidden" in style) and _HIDDEN_STYLE.search(style.lower()) \
                        or "hidden" in attrs:
                    skip()
                    skipped = el
                    continue
                cls = attrs.get("class")
                eid = attrs.get("id")
                if (cls or eid) and tag != "body" and tag != "html":
                    box, positive = _classify(f"{cls or ''} {eid or ''}")
                if attrs.get("itemprop") == "articleBody":
                    positive = True
                    box = None
            is_block = tag in BLOCK_TAGS
            saved_boxes = cur_boxes
            if is_block:
                flush()
            if box is not None:
                cur_boxes = cur_boxes + ((box, el),)
            cid = -2
            if tag in CONTAINER_TAGS:
                cid = len(cinfo)
                cinfo.append([el, len(units), 0, positive, len(stack), cstack[-1]])
                cstack.append(cid)
            if is_block:
                blocks.append((el, tag, cur_boxes, None, cid))
            elif tag == "a":
                link_depth += 1
            elif tag == "br":
                append_piece("\n")
            elif tag == "td" or tag == "th":
                append_piece(" ")
            stack.append((is_block, saved_boxes, cid, tag))
            text = el.text
            if text:
                append_piece(text)
                if lead == -1 and not text.isspace():
                    lead = 1 if link_depth else 0
                if link_depth:
                    link_chars += len(text.strip())
        elif event == "end":
            if el is skipped:
                skipped = None
            else:
                if not stack:
                    continue
                is_block, cur_boxes, cid, tag = stack.pop()
                if is_block:
                    flush()
                    blocks.pop()
                elif tag == "a":
                    link_depth -= 1
                if cid >= 0:
                    cinfo[cid][2] = len(units)
                    cstack.pop()
            tail = el.tail
            if tail:
                append_piece(tail)
                if lead == -1 and not tail.isspace():
                    lead = 1 if link_depth else 0
                if link_depth:
                    link_chars += len(tail.strip())
        else:  # comment / processing instruction: only its tail is text
            tail = el.tail
            if tail:
                append_piece(tail)
                if link_depth:
                    link_chars += len(tail.strip())
    flush()
    cinfo[0][2] = len(units)
    for info in cinfo:  # containers left open by a cap
        if info[2] < info[1]:
            info[2] = len(units)
    return units, cinfo, ld_texts


# --- weights and choice -------------------------------------------------------------

HEADLINK_MULT = 2.0  # a linked headline weighs -(2 n + 20): it is a teaser title
HEADLINK_ADD = 20.0


def _is_content(u: _Unit) -> bool:
    return u.length >= 25 and u.link <= 0.5 and (u.sentences > 0 or u.punct > 1 or u.length >= 80)


def _weigh(units: list[_Unit], ncont: int) -> None:
    # Boxes that hold most of the page's good text are not boxes (a mis-named wrapper).
    good_total = 0
    box_good: dict[int, int] = {}
    # per innermost container: content units, link-heavy units (teaser cards hold 1-2 + a link)
    n_content = [0] * (ncont + 1)
    n_links = [0] * (ncont + 1)
    for u in units:
        if u.link < 0.3 and u.sentences and u.length >= 60:
            good_total += u.length
            for kind, bel in u.boxes:
                k = id(bel)
                box_good[k] = box_good.get(k, 0) + u.length
        if _is_content(u):
            n_content[u.cid] += 1
        elif u.link > 0.5 and u.length >= 15 and u.tag[0] == "h" and u.tag != "html":
            n_links[u.cid] += 1
    if good_total:
        wrappers = {k for k, v in box_good.items() if v > 0.5 * good_total}
        if wrappers:
            for u in units:
                if u.boxes:
                    u.box = u.boxel = None
                    for kind, bel in u.boxes:
                        if id(bel) in wrappers and kind != "comment" and (
                                kind != "overlay" or box_good[id(bel)] > 0.75 * good_total):
                            continue
                        u.box, u.boxel = kind, bel
                        break
    for u in units:
        n = u.length
        if u.box is not None:
            u.weight = -0.5 * n - 5
        elif u.link > 0.5:
            if u.tag in HEADINGS:  # a linked headline: a teaser card's title
                u.weight = -HEADLINK_MULT * n * u.link - HEADLINK_ADD
            else:
                u.weight = -n * u.link - 3
        elif n < 25 and not u.sentences:
            u.weight = -2.0
        else:
            w = n * (1.0 - u.link) ** 2
            if u.sentences == 0 and u.punct == 0:
                w *= 0.3
            if n_links[u.cid] and n_content[u.cid] <= 2 and u.cid >= 0:
                w = -0.2 * n  # a teaser: title link + excerpt
            u.weight = w


def _choose(units, containers):
    prefix = [0.0]
    acc = 0.0
    for u in units:
        acc += u.weight
        prefix.append(acc)
    best = None
    best_score = 0.0
    for el, first, end, positive, depth, parent in containers:
        if end <= first:
            continue
        s = prefix[end] - prefix[first]
        if positive:
            s *= 1.1
        if s > best_score:
            best_score = s
            best = (el, first, end)
    return best, best_score


# --- blocks -----------------------------------------------------------------------------

def _is_labelish(u: _Unit) -> bool:
    """Short text without a sentence: a byline, dateline, label or button."""
    return u.length < 80 and not u.sentences and u.tag not in ("h2", "h3", "h4", "h5", "h6", "li")


def _blocks_from_units(units: list[_Unit]) -> list[Block]:
    # The title: what comes before it in the container is page furniture (unless it is most).
    first_h1 = next((i for i, u in enumerate(units) if u.tag == "h1"), -1)
    if first_h1 > 0:
        before = sum(u.weight for u in units[:first_h1] if u.weight > 0)
        after = sum(u.weight for u in units[first_h1:] if u.weight > 0)
        if before < 0.5 * after:
            units = units[first_h1:]
    kept = []
    for u in units:
        if u.box is not None:
            continue
        if u.tag == "caption" or u.tag == "h1":
            continue
        if u.link > 0.5 and not (u.length > 200 and u.link < 0.7):
            continue
        if u.weight < 0 and u.length >= 25:  # teaser excerpts
            continue
        kept.append(u)
    # trim leading / trailing label-like units (bylines, dates, "Advertisement")
    while kept and _is_labelish(kept[0]):
        kept.pop(0)
    while kept and (_is_labelish(kept[-1]) or kept[-1].tag in HEADINGS):
        kept.pop()
    blocks = []
    for u in kept:
        kind = KIND_OF.get(u.tag, "p")
        blocks.append(Block(kind, u.text, u.element, round(u.link, 3), False))
    return blocks


HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _cut_signoff(blocks: list[Block]) -> None:
    while blocks:
        last = blocks[-1]
        m = _SIGNOFF.search(last.text)
        if not m:
            return
        rest = last.text[: m.start()].rstrip()
        if rest:
            last.text = rest
            return
        blocks.pop()


# --- JSON-LD ----------------------------------------------------------------------------

_TAG_RE = re.compile(r"<[^>]+>")


def _ld_bodies(obj: Any, out: list[str], depth: int = 0) -> None:
    if depth > 20:
        return
    if isinstance(obj, list):
        for o in obj[:200]:
            _ld_bodies(o, out, depth + 1)
    elif isinstance(obj, dict):
        body = obj.get("articleBody") or obj.get("text") if _ld_is_article(obj) else obj.get("articleBody")
        if isinstance(body, list):
            body = "\n\n".join(b for b in body if isinstance(b, str))
        if isinstance(body, str) and body.strip():
            out.append(body)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"):
            if key in obj:
                _ld_bodies(obj[key], out, depth + 1)


def _ld_is_article(obj: dict) -> bool:
    t = obj.get("@type")
    if isinstance(t, list):
        t = " ".join(x for x in t if isinstance(x, str))
    return isinstance(t, str) and ("Article" in t or "BlogPosting" in t or "Report" in t)


def _parse_ld(texts: list[str]) -> str | None:
    bodies: list[str] = []
    for text in texts:
        text = text.strip().rstrip(";")
        if "articleBody" not in text:
            continue
        try:
            obj = json.loads(text, strict=False)
        except ValueError:
            try:
                obj = json.loads(re.sub(r",\s*([}\]])", r"\1", text), strict=False)
            except ValueError:
                continue
        except RecursionError:
            continue
        _ld_bodies(obj, bodies)
    if not bodies:
        return None
    return max(bodies, key=len)


def json_ld_article_body(root) -> str | None:
    """The longest JSON-LD articleBody of the page, or None."""
    try:
        texts = [s.text for s in root.iter("script") if s.text and "ld+json" in (s.get("type") or "")]
    except Exception:
        return None
    return _parse_ld(texts)


def _clean_ld(body: str) -> str:
    for _ in range(2):  # some sites escape the markup twice ("&amp;lt;p&amp;gt;")
        if "&" in body:
            body = _html.unescape(body)
    if "<" in body and ">" in body:
        body = re.sub(r"(?i)<\s*(?:br|/p|/div|/h\d|/li|/blockquote)\b[^>]*>", "\n\n", body)
        body = _TAG_RE.sub(" ", body)
    return body


def _ld_blocks(body: str) -> list[Block]:
    body = _clean_ld(body)
    paras = [_norm(p) for p in re.split(r"\n\s*\n|\r\n|\n", body)]
    return [Block("p", p, None, 0.0, False) for p in paras if p]


# --- public API -----------------------------------------------------------------------------

def find_main_blocks(root, *, json_ld_body: str | None = None, max_depth: int = 200,
                     max_elements: int = 30000) -> list[Block]:
    """The article's main-text blocks, in reading order.

    json_ld_body: the page's JSON-LD articleBody if the caller has it; None means
    "look for it in the page"; "" means "do not use JSON-LD".
    """
    # The walk allocates many small objects that die together; cyclic GC passes over a
    # big live tree only cost time here, so they wait until we are done.
    gc_was_on = gc.isenabled()
    if gc_was_on:
        gc.disable()
    try:
        return _find(root, json_ld_body, max_depth, max_elements)
    except Exception:  # never let odd input stop a crawl
        return []
    finally:
        if gc_was_on:
            gc.enable()


def _find(root, json_ld_body, max_depth, max_elements) -> list[Block]:
    if root is None or not isinstance(getattr(root, "tag", None), str):
        return []
    units, containers, ld_texts = _segment(root, max_depth, max_elements, json_ld_body is None)
    blocks: list[Block] = []
    if units:
        _weigh(units, len(containers))
        best, score = _choose(units, containers)
        if best is not None:
            el, first, end = best
            blocks = _blocks_from_units(units[first:end])
            if not any(len(b.text) >= 60 and (_SENT_END.search(b.text) or len(_PUNCT.findall(b.text)) > 1)
                       for b in blocks):
                blocks = []  # no sentence anywhere: a front page, a gallery, an error page
    if json_ld_body is None and ld_texts:
        json_ld_body = _parse_ld(ld_texts)
    if json_ld_body:
        blocks = _prefer_ld(blocks, json_ld_body)
    _cut_signoff(blocks)
    return blocks


LD_MIN_SHARE = 0.6  # JSON-LD text shorter than this share of the DOM text is a teaser
LD_OVER_DOM = 1.3  # JSON-LD text this much longer than the DOM text: the DOM missed the body


def _prefer_ld(blocks: list[Block], ld: str) -> list[Block]:
    """The DOM blocks, unless the JSON-LD body shows the DOM missed much of the article."""
    ld_blocks = _ld_blocks(ld)
    ld_len = sum(len(b.text) for b in ld_blocks)
    dom_len = sum(len(b.text) for b in blocks)
    if not ld_len or ld_len < LD_MIN_SHARE * dom_len:
        return blocks  # a stub or a teaser
    if _TRUNCATED.search(ld_blocks[-1].text) and ld_len < 1.2 * dom_len:
        return blocks
    if ld_len > LD_OVER_DOM * dom_len:
        return ld_blocks
    return blocks


def main_text(root, *, json_ld_body: str | None = None) -> str:
    return "\n\n".join(b.text for b in find_main_blocks(root, json_ld_body=json_ld_body))
