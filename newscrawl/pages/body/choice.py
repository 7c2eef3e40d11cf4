"""Which of a page's containers holds the article, once main-content detection
(`newscrawl.pages.body.maincontent`) has cut the page into weighed text units: the
container with the largest weight sum (a maximum-sum subtree), the one by the headline
before a heavier box far from it, the page's own <article> before the next one an infinite
scroll loaded, in the relaxed pass a run of units where no container holds the article
(the parser's repairs), and the other parts of the same text beside it.

Pure Python on lxml elements; no Scrapy import.
"""

from __future__ import annotations

import re
from typing import Any

from newscrawl.lang.dateline import opens_with_dateline
from newscrawl.pages.body.units import Unit
from newscrawl.pages.body.vocabulary import names_article_text


def headline_unit(units: list[Unit]) -> int | None:
    """The headline's unit: the longest <h1>'s (a logo's <h1> is shorter)."""
    heads = _h1_units(units)
    return max(heads, key=lambda i: units[i].length) if heads else None


def choose(units: list[Unit], containers: list[list[Any]],
            relaxed: bool = False) -> tuple[int, int] | None:
    """Unit slice (first, end) of the container with the largest weight sum; in the relaxed
    pass, the run of units that weighs more than twice that (the parser's repairs: an
    unclosed ad <div> in the article swallows the rest of the page, sidebars and footer,
    and every element holding the article holds them too)."""
    prefix = [0.0]
    acc = 0.0
    for u in units:
        acc += u.weight
        prefix.append(acc)
    best = None
    best_score = 0.0
    best_el: Any = None
    scored: list[tuple[float, int, int]] = []
    named: set[tuple[int, int]] = set()  # containers the page names as the article's text
    strong: set[tuple[int, int]] = set()  # ... by a name only an article's text takes
    element_of: dict[tuple[int, int], Any] = {}
    for el, first, end, positive, _depth, _parent in containers:
        if end <= first:
            continue
        s = prefix[end] - prefix[first]
        if positive:
            s *= 1.1
            named.add((first, end))
            if names_article_text(el):
                strong.add((first, end))
        if s > 0:
            scored.append((s, first, end))
            element_of.setdefault((first, end), el)
        if s > best_score:
            best_score, best, best_el = s, (first, end), el
    if best is not None and best_el.tag in ("body", "html"):
        # The whole page is no article's box where one box in it weighs nearly as much: a
        # table layout's cell beside a poll, a visitor counter and a footer that read as
        # prose (old PHP portals)
        inner = [(s, f, e) for s, f, e in scored
                 if (f, e) != best and s >= ROOT_SHARE * best_score]
        # (not where a paragraph of sentences stands loose before it, its sibling: the
        # article's lead in <body> before the box of the rest)
        if inner:
            _s, f, e = max(inner)
            parent = element_of[(f, e)].getparent()
            # (the units before it, past a few short or boxed ones: an ad, a caption)
            before = [i for i in range(f - 1, max(f - 4, 0) - 1, -1)]
            if not any(_paragraphs_in(units, i, i + 1) and units[i].element is not None
                       and units[i].element.getparent() is parent for i in before):
                best_score, best = _s, (f, e)
    if best is not None:
        best = _by_the_headline(units, scored, best, best_score, named, strong)
        best = _without_next_article(units, scored, best)
    if best is None:
        # No element's text weighs more good than bad (the article's paragraphs and a long
        # comment thread are children of one element): the run of units that does.
        best = _best_run(units)
    elif relaxed and (run := _best_run(units)) is not None \
            and prefix[run[1]] - prefix[run[0]] > RUN_OVER_CONTAINER * best_score \
            and not _runs_on_past_the_article(units, containers, best, run):
        best = run
    return best


# A box inside the page's <body> that weighs this share of it is the article's box.
ROOT_SHARE = 0.85
# In the relaxed pass, a run of units beats the best container where it weighs this much
# more.
RUN_OVER_CONTAINER = 2.0


# A container that starts within this many units after the headline is the headline's.
NEAR_HEADLINE_UNITS = 6
# ... and wins over a bigger box far from the headline if it weighs this share of it and
# holds this many paragraphs of sentences (not a lone standfirst).
NEAR_HEADLINE_SHARE = 0.1
NEAR_HEADLINE_PARAGRAPHS = 2


def _by_the_headline(units: list[Unit], scored: list[tuple[float, int, int]],
                     best: tuple[int, int], best_score: float,
                     named: set[tuple[int, int]],
                     strong: set[tuple[int, int]]) -> tuple[int, int]:
    """The container right after the headline, where the heaviest one lies far from it.

    A side box (an author's biography, a glossary, a list of popular stories) can hold more
    text than a short article; the article is the block that follows its headline (the
    longest <h1>'s text: a logo's <h1> is shorter). Not where the heaviest is the one the
    page names as the article's text and each box by the headline is named no such thing
    and wraps it, or ends right before it, or ends before it with no paragraph between (a
    table of contents) where the name is an article text's only ("entry-content", not
    "rich-text"): a summary or key-points box
    between the headline and the text is no article (a glossary far below it is none)."""
    h = headline_unit(units)
    if h is None:
        return best
    first, end = best
    if first <= h + NEAR_HEADLINE_UNITS and end > h:
        return best  # it holds the headline, or starts right after it
    near = [(s, f, e) for s, f, e in scored
            if h < f <= h + NEAR_HEADLINE_UNITS and s >= NEAR_HEADLINE_SHARE * best_score
            and _paragraphs_in(units, f, e) >= NEAR_HEADLINE_PARAGRAPHS]
    if not near or best in named and all(
            (f, e) not in named and (f <= first and end <= e  # a wrapper holding it
                                     or 0 <= first - e <= NEAR_HEADLINE_UNITS
                                     or best in strong and e <= first
                                     and not _paragraphs_in(units, e, first))
            for _s, f, e in near):
        return best
    _s, f, e = max(near)
    return f, e


def _without_next_article(units: list[Unit], scored: list[tuple[float, int, int]],
                          best: tuple[int, int]) -> tuple[int, int]:
    """The page's own article, where the container chosen also holds the next one that an
    infinite scroll loaded below it (an <article> of its own, with its own <h1>), or a
    second copy of the same text (a template printing the article twice, for two screen
    sizes: the headline's <h1> again): the heaviest container from the headline up to that
    <h1>."""
    first, end = best
    heads = [i for i in _h1_units(units) if first <= i < end]
    if len(heads) < 2:
        return best
    own = next((i for i in heads if units[i].headline), heads[0])
    headline = units[own].text.casefold()
    copies = [i for i in heads if len(headline) >= 20 and units[i].text.casefold() == headline]
    if any((lead := _first_paragraph(units, a, b)) is not None
           and lead == _first_paragraph(units, b, end)
           for a, b in zip(copies, copies[1:], strict=False)):
        # (a copy repeats the text after its headline: a desktop and a mobile <h1> over one
        # text are no copies)
        # the heaviest container that holds one copy of the text
        inside = [(s, f, e) for s, f, e in scored
                  if first <= f and e <= end and sum(f <= i < e for i in copies) <= 1
                  and _paragraphs_in(units, f, e) >= NEAR_HEADLINE_PARAGRAPHS]
        return max(inside)[1:] if inside else best
    own_article = _article_of(units[own].element)
    later = None if own_article is None else next(
        (i for i in heads if i > own and _is_next_article(
            _article_of(units[i].element), own_article, units[i].text)), None)
    if later is None:
        return best
    inside = [(s, f, e) for s, f, e in scored
              if first <= f and e <= later and f <= own + NEAR_HEADLINE_UNITS and e > own
              and _paragraphs_in(units, f, e) >= NEAR_HEADLINE_PARAGRAPHS]
    if not inside:
        return best
    _s, f, e = max(inside)
    return f, e


def _runs_on_past_the_article(units: list[Unit], containers: list[list[Any]],
                              best: tuple[int, int], run: tuple[int, int]) -> bool:
    """Whether a run holding the container chosen goes on past the article's block (the
    smallest container holding the headline and it): into a readers' thread in another
    column, say. A run within that block is the article (a lead box, then the paragraphs
    a list of links after them keeps out of any container)."""
    if not run[0] <= best[0] < best[1] <= run[1]:
        return False
    h = headline_unit(units)
    low, high = (min(best[0], h), max(best[1], h + 1)) if h is not None else best
    block = min(((e - f, f, e) for _el, f, e, *_ in containers if f <= low and high <= e),
                default=None)
    return block is None or run[0] < block[1] or run[1] > block[2]


# A next article's <h1> is a headline (a live blog's entry may head itself "10.00 WIB").
MIN_HEADLINE_WORDS = 4


def _h1_units(units: list[Unit]) -> list[int]:
    """The indices of the <h1> units (a page has few)."""
    return [i for i, u in enumerate(units) if u.tag == "h1"]


def _first_paragraph(units: list[Unit], first: int, end: int) -> str | None:
    """The text of the first paragraph of sentences in units[first:end], if any."""
    return next((u.text for u in units[first:end] if u.sentences and u.length >= 60), None)


def _paragraphs_in(units: list[Unit], first: int, end: int) -> int:
    """The paragraphs of sentences, weighing for the text, in units[first:end]."""
    return sum(1 for u in units[first:end] if u.sentences and u.length >= 60 and u.weight > 0)


def _is_next_article(article: Any | None, own: Any, heading: str) -> bool:
    """Whether an <article> after the page's own is another page's, loaded below it: not
    inside the page's article nor holding it (a live blog's entries, a story's parts), and
    saying so: a "next article" label just before it, or the URL it was loaded from in an
    attribute ("data-url") over a headline's <h1> (a live blog's entry is headed "10.00 WIB",
    its share button's URL this page's with a fragment or a query)."""
    if article is None or article is own or any(a is own for a in article.iterancestors()) \
            or any(a is article for a in own.iterancestors()):
        return False
    before = article.getprevious()
    for _ in range(2):
        if before is None:
            break
        if NEXT_ARTICLE_LABEL.search(" ".join(before.itertext())[:80]):
            return True
        before = before.getprevious()
    return len(heading.split()) >= MIN_HEADLINE_WORDS and any(
        _URL_ATTRIBUTE.search(name) and value.strip().startswith(("http", "/"))
        and "#" not in value and not _same_page(value, own)
        for name, value in article.attrib.items())


def _same_page(value: str, own: Any) -> bool:
    """Whether a URL is one the page's own <article> also names (its share buttons'),
    its query aside."""
    path = value.strip().split("?")[0].rstrip("/")
    return any(v.strip().split("?")[0].rstrip("/") == path for v in own.attrib.values())


_URL_ATTRIBUTE = re.compile(r"url|href|permalink|link|itemid", re.IGNORECASE)
# The label an infinite scroll prints before the next article.
NEXT_ARTICLE_LABEL = re.compile(
    r"\b(?:artikel|berita|baca)\s+(?:selanjutnya|berikutnya)\b|\bnext\s+(?:article|story)\b"
    r"|\bread\s+next\b|\bup\s+next\b", re.IGNORECASE)


def _article_of(element: Any) -> Any | None:
    """The nearest <article> holding `element` (itself included), if any."""
    for el in (element, *element.iterancestors()):
        if el.tag == "article":
            return el
    return None


def _best_run(units: list[Unit]) -> tuple[int, int] | None:
    """The contiguous run of units with the largest positive weight sum, if any."""
    best, best_score = None, 0.0
    start, acc = 0, 0.0
    for i, u in enumerate(units):
        if acc <= 0:
            start, acc = i, 0.0
        acc += u.weight
        if acc > best_score:
            best, best_score = (start, i + 1), acc
    return best


def with_parts(units: list[Unit], containers: list[list[Any]],
                best: tuple[int, int]) -> list[tuple[int, int]]:
    """The chosen container and the other parts of the same text: its siblings of the same
    tag and class words, numbered ones aside, that hold sentences ("entry-content", an ad,
    "entry-content entry-content-2": templates cut an article in two around an in-text ad),
    and the lead paragraph, opening with the dateline, that a template prints in a box of
    its own just before it ("<div class=detail-lead><p>SIMALUNGUN - ...")."""
    chosen = next((c for c in containers if (c[1], c[2]) == best), None)
    if chosen is None:
        return [best]
    el = chosen[0]
    parent, words = el.getparent(), set((el.get("class") or "").split())
    if parent is None:
        return [best]
    parts = {el: best}
    siblings = [c for c in containers
                if c[0] is not el and c[2] > c[1] and c[0].getparent() is parent]
    for other, first, end, *_ in siblings:
        part = units[first:end]
        if words and other.tag == el.tag and same_class(words, other) \
                and sum(u.weight for u in part) > 0 \
                and any(u.sentences and u.weight > 0 for u in part):
            parts[other] = (first, end)
    lead = min(parts.values())  # the lead's box stands just before the first part
    lead_el = next(e for e, span in parts.items() if span == lead).getprevious()
    for other, first, end, *_ in siblings:
        part = units[first:end]
        if other is lead_el and other.tag == el.tag and len(part) <= LEAD_UNITS \
                and all(u.weight > 0 and u.sentences for u in part) \
                and opens_with_dateline(part[0].text):
            parts[other] = (first, end)
    return sorted(parts.values())


LEAD_UNITS = 2  # a lead printed apart from the body: a paragraph or two
_NUMBERED = re.compile(r"(.+)[-_]\d+$")


def same_class(words: set[str], other: Any) -> bool:
    """Whether two elements' class words are the same, less numbered variants of a word one
    of them has ("entry-content" and "entry-content entry-content-2" are parts of one text;
    "large-8 columns" and "large-4 columns" are a grid's two columns; "mb5" alone is no
    part of "story-text mb5")."""
    theirs = set((other.get("class") or "").split())
    both = words | theirs

    def base(ws: set[str]) -> set[str]:
        return {w for w in ws if not ((m := _NUMBERED.match(w)) and m.group(1) in both)}

    return base(words) == base(theirs)
