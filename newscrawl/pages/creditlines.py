"""Credit lines read off a page's elements: the lines by the headline, those in elements
whose class names a credit, an author card's names beside their roles' labels. Pure of
crawling (no Scrapy import); the page objects' bylines (`byline.Bylines`) read them."""

from __future__ import annotations

from typing import Any

from newscrawl.lang.credits import (
    CREDIT_AUTHOR,
    CREDIT_EDITOR,
    SEGMENT_BAR,
    is_credit_line,
    might_credit,
)
from newscrawl.lang.datetext import is_date_stamp, without_date_tail
from newscrawl.lang.roles import role_label
from newscrawl.pages.body.elements import credit_lines_of
from newscrawl.pages.heuristics import ancestors, is_name_like
from newscrawl.pages.html.document import text_of

# A credit line's element holds a short text (white space and the date after it included).
MAX_CREDIT_BOX_CHARS = 400

# Elements whose class says they hold a credit line (an editor's, a reporter's).
CREDIT_ELEMENT_CSS = ("[class*=editor], [class*=author], [class*=Editor], [class*=redaktur], "
                      "[class*=penyunting], [class*=credit], [class*=pewarta], [class*=reporter], "
                      "[class*=penulis], [class*=wartawan], [class*=kontributor]")
# (a bound on the work: a columnists' widget may name 30 elements "penulis" on its own)
MARKED_CREDIT_ELEMENTS = 100


def before_sub_headings(elements: list[Any]) -> list[Any]:
    """The elements after the headline up to a sub-heading of the text (an <h2>-<h6> after a
    paragraph: "By Public Bus and Shared Taxi" in a travel guide is no byline)."""
    paragraph_seen = False
    for i, el in enumerate(elements):
        if el.tag == "p":
            paragraph_seen = True
        elif paragraph_seen and el.tag in ("h2", "h3", "h4", "h5", "h6"):
            return elements[:i]
    return elements


def credit_lines(elements: list[Any]) -> list[str]:
    """The credit lines of `elements`, each its own element's ("Penulis: <a>A</a> | Editor:
    <a>B</a>"), not a list item of another article, nor one inside an element already read."""
    lines: list[str] = []
    inside: list[Any] = []  # elements whose text a line already holds
    for el in elements:
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "li"):
            continue
        raw = el.xpath("string()")  # (in C: a box holding the article is no credit line)
        if len(raw) > MAX_CREDIT_BOX_CHARS or not might_credit(raw) \
                or any(a.tag == "li" or a in inside for a in ancestors(el, 6)):
            continue
        # a credits list: "<dt>Penulis</dt><dd>A, B</dd><dt>Editor</dt><dd>C</dd>"
        listed = [f"{text_of(dt)}: {text_of(dd)}" for dt in el.iter("dt")
                  if (dd := dt.getnext()) is not None and dd.tag == "dd"]
        listed = [line for line in listed if 6 <= len(line) <= 120 and is_credit_line(line)]
        if listed:
            lines.extend(listed)
            inside.append(el)
            continue
        # (less a date printed after the credit: "Nama, Jurnalis · Senin 12 Maret 2018")
        whole = text_of(el)
        text = without_date_tail(whole)
        if 6 <= len(text) <= 120 and is_credit_line(text):
            # (its lines each, where <br>s part it: "Oleh: A<br>Dosen Universitas X")
            split = [line for line in credit_lines_of(el, whole) if is_credit_line(line)] \
                if text == whole else []
            lines.extend(split or [text])
            inside.append(el)
        elif (cards := role_card_lines(el)):
            lines.extend(cards)
            inside.append(el)
        elif 6 <= len(whole) <= 120 and SEGMENT_BAR.search(whole):
            # a meta line of segments: "Kamis, 15 Maret 2012 | Laporan: A | Dibaca: 1.027",
            # "Von <a>A</a> und <a>B</a> · Aktualisiert: 23. Juli 2026 · 6 Min."
            parts = [part.strip() for part in SEGMENT_BAR.split(whole)]
            credits = [part for part in parts if len(part) >= 6 and is_credit_line(part)]
            if credits:
                lines.extend(credits)
                inside.append(el)
    return lines


def role_card_lines(card: Any) -> list[str]:
    """An author card's credits, as lines: each name beside a role's label alone in its
    element ("<a class=name>A</a><span class=role>Penulis</span>", "<span class=role>Editor
    </span><a>B</a>"), the label before the names where the card's first text is one,
    else after them. ("Penulis: A", "Editor: B"; a photographer's label gives none.)"""
    # (a date printed in the card is neither: "<span>Senin, 12 Februari 2024 10:00 WIB
    # </span><span>Penulis</span><a>A</a>")
    children = [c for c in card if isinstance(c.tag, str) and (t := text_of(c))
                and not is_date_stamp(t, bare=True)]
    labels = [role_label(t) if len(t := text_of(c)) <= 30 else None for c in children]
    if not any(labels) or len(children) > 8:
        return []
    step = 1 if labels[0] else -1  # (the name after its label, else before it)
    lines = []
    for i, (child, kind) in enumerate(zip(children, labels, strict=True)):
        if kind not in (CREDIT_AUTHOR, CREDIT_EDITOR) or not 0 <= i + step < len(children):
            continue
        name = without_date_tail(text_of(children[i + step]))
        if labels[i + step] is None and is_name_like(name):
            lines.append(f"{text_of(child).rstrip(': ：')}: {name}")
    return lines

