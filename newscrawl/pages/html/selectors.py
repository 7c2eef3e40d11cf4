"""CSS selectors parsed into what the attribute index can serve: a selector group split
into alternatives, each a chain of compounds (tag, id, classes, attribute tests) with the
combinator between them; `css` compiles a selector with lxml once.
Pure module (no Scrapy import); newscrawl.pages.html.selectindex answers the queries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lxml.cssselect import CSSSelector

SIMPLE = re.compile(
    r"\.(?P<cls>-?[_a-zA-Z][\w-]*)"
    r"|#(?P<id>-?[_a-zA-Z][\w-]*)"
    r"|\[\s*(?P<attr>[a-zA-Z_][\w-]*)\s*(?:(?P<op>[~^$*|]?=)\s*"
    r"(?P<val>\"[^\"]*\"|'[^']*'|[^\]\s\"']+)\s*)?\]"
)
TAG = re.compile(r"\*|[a-zA-Z][\w-]*")


@lru_cache(maxsize=4096)
def css(selector: str) -> CSSSelector:
    """A compiled CSS selector (compiled once per process, whatever the page)."""
    return CSSSelector(selector, translator="html")


def top_level(text: str, chars: str) -> Iterator[int]:
    """Positions of `chars` in `text` outside brackets, parentheses and quotes."""
    depth, quote = 0, ""
    for i, ch in enumerate(text):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth == 0 and ch in chars:
            yield i


def split_group(selector: str) -> list[str]:
    """The alternatives of a selector group ("a, b[x='1,2']" -> ["a", "b[x='1,2']"])."""
    parts, start = [], 0
    for i in top_level(selector, ","):
        parts.append(selector[start:i].strip())
        start = i + 1
    parts.append(selector[start:].strip())
    return [p for p in parts if p]


XPATH_SPACE = re.compile("[ \t\n\r]+")
TOKEN_ENDS = frozenset("\0 \t\n\r")


def words(value: str) -> list[str]:
    """The words of a class (or `~=`) value as lxml's selectors split it: at the white space
    XPath's normalize-space knows (space, tab, CR, LF), not at a no-break space."""
    if value.isprintable():  # white space that is printable is the plain space alone
        return value.split(" ")
    return XPATH_SPACE.split(value)


@dataclass(frozen=True)
class Compound:
    """One compound selector (`div.a.b#c[x=y]`), tested on an element in Python."""

    tag: str | None
    id: str | None
    classes: tuple[str, ...]
    attrs: tuple[tuple[str, str | None, str], ...]  # (name, operator or None, value)

    def matches(self, el: Any) -> bool:
        if self.tag is not None and el.tag != self.tag:
            return False
        if self.id is not None and el.get("id") != self.id:
            return False
        if self.classes:
            have = words(el.get("class") or "")
            if not all(c in have for c in self.classes):
                return False
        for name, op, value in self.attrs:
            got = el.get(name)
            if got is None or (op is not None and not attr_test(op, got, value)):
                return False
        return True


def attr_test(op: str, got: str, value: str) -> bool:
    """CSS attribute operators (Selectors level 3)."""
    if op == "=":
        return got == value
    if op == "~=":
        return bool(value) and value in words(got)
    if op == "|=":
        return got == value or got.startswith(value + "-")
    if not value:  # ^= $= *= with an empty value match nothing
        return False
    if op == "^=":
        return got.startswith(value)
    if op == "$=":
        return got.endswith(value)
    return value in got  # *=


@dataclass(frozen=True)
class Alternative:
    """One alternative of a group: its leftmost compound and how the rest relates to it."""

    text: str
    head: Compound | None  # None: not served by the index (runs over the whole document)
    tail: bool  # something follows the head
    from_parent: bool  # the first combinator is ~ or +, so matches lie beside the head
    # Where the rest is one compound after one combinator (`div.x p`, `#a > .b`,
    # `#editor ~ div`): that compound, tested in Python; else None (runs as XPath).
    last: Compound | None = None
    child: bool = False
    adjacent: bool = False  # the combinator is + (the next element sibling only)


@lru_cache(maxsize=4096)
def alternatives(selector: str) -> tuple[Alternative, ...]:
    """The alternatives of a group, less those whose every match another one matches too
    (`#article time, time`: each `#article time` is a `time`), which add nothing to it."""
    alts = [parse_alternative(part) for part in split_group(selector)]
    kept = []
    for i, alt in enumerate(alts):
        subject = subject_of(alt)
        if subject is None or not any(
                # an equal single compound is kept once, at its first place
                implies(subject, other.head) and (alt.tail or i > j
                                                   or not implies(other.head, subject))
                for j, other in enumerate(alts)
                if j != i and other.head is not None and not other.tail):
            kept.append(alt)
    return tuple(kept)


def subject_of(alt: Alternative) -> Compound | None:
    """The compound an alternative's matches must satisfy (its rightmost), where known."""
    if alt.head is None:
        return None
    if not alt.tail:
        return alt.head
    if alt.last is not None:
        return alt.last
    ends = list(top_level(alt.text, " \t\n>~+"))
    return parse_compound(alt.text[ends[-1] + 1:]) if ends else None


def implies(a: Compound, b: Compound) -> bool:
    """Whether every element matching `a` matches `b`."""
    return ((b.tag is None or b.tag == a.tag) and (b.id is None or b.id == a.id)
            and set(b.classes) <= set(a.classes) and set(b.attrs) <= set(a.attrs))


def parse_alternative(text: str) -> Alternative:
    # The leftmost compound ends at the first combinator (or space) outside brackets.
    end = next(top_level(text, " \t\n>~+"), len(text))
    head_text, rest = text[:end], text[end:].strip()
    head = parse_compound(head_text)
    from_parent = rest[:1] in ("~", "+")
    child = rest[:1] == ">"
    remainder = rest[1:].strip() if child or from_parent else rest
    last = None
    if remainder and next(top_level(remainder, " \t\n>~+"), None) is None:
        last = parse_compound(remainder)
    return Alternative(text, head, bool(rest), from_parent, last, child, rest[:1] == "+")


def parse_compound(text: str) -> Compound | None:
    tag = None
    pos = 0
    m = TAG.match(text)
    if m:
        tag = None if m.group() == "*" else m.group().lower()
        pos = m.end()
    ident, classes, attrs = None, [], []
    while pos < len(text):
        m = SIMPLE.match(text, pos)
        if not m:
            return None  # a pseudo-class or other syntax: leave it to lxml
        if m.group("cls"):
            classes.append(m.group("cls"))
        elif m.group("id"):
            if ident is not None:
                return None
            ident = m.group("id")
        else:
            value = m.group("val") or ""
            if value[:1] in "\"'":
                value = value[1:-1]
            if "\\" in value:
                return None
            attrs.append((m.group("attr").lower(), m.group("op"), value))
        pos = m.end()
    if tag is None and ident is None and not classes and not attrs:
        return None
    return Compound(tag, ident, tuple(classes), tuple(attrs))
