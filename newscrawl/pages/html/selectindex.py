"""CSS selection from an attribute index: a selector group costs its matches, not the page.

Pure module (no Scrapy import). A page object asks a document for perhaps a dozen
selector groups, most of them a class or an id and a descendant or two. Run as
XPath over the whole tree, each one is a scan of every element (the class test is
a string search on each), which made those queries most of the time of reading a
page. Here the first selector naming an attribute (class, id, itemprop, ...) reads
that attribute's values off the page in one walk; a class token is then a
substring search in those values joined, and only the elements it occurs on are
fetched. An alternative's leftmost compound (`div.read__content`, `#editor`,
`[itemprop=articleBody]`, `time`) is looked up that way and tested in Python. A
descendant or child compound after it (`.tag__list a`, `#artimg .grey2`) is matched
in Python too (right to left where it names a class, below the heads by tag
otherwise); any longer rest runs as XPath inside the heads' subtrees only. An
alternative the index cannot serve (a pseudo-class, a bare `*`) runs as before over
the whole document, so the result is always exactly what lxml's CSSSelector
returns: the same elements, in document order (tests compare the two on every
family selector and every page). `GroupTest` answers the same question element by
element, for a walk that visits every element anyway (a body container's).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lxml import etree

from newscrawl.pages.html.selectors import (
    TOKEN_ENDS,
    Alternative,
    Compound,
    alternatives,
    attr_test,
    css,
    words,
)

# Tags that most elements of a page have: a compound like `a[rel=tag]` is found through its
# attribute; a rarer tag (`time[datetime]`, `meta[itemprop]`) is found through the tag,
# which lxml filters in C without reading every attribute of the page.
_COMMON_TAGS = {"div", "span", "a", "p", "li", "ul", "img", "i", "b", "strong", "td", "tr"}


class AttributeIndex:
    """Elements by class token, id and attribute value, each attribute read in one walk
    of the page the first time a selector needs it."""

    def __init__(self, root: Any) -> None:
        self.root = root
        # Per attribute read: its values joined, each ended by a NUL (which no attribute
        # value holds: libxml2 keeps them as C strings), and the elements carrying them.
        self._read_values: dict[str, tuple[str, list[Any]]] = {}
        self._by_class: dict[str, list[Any]] = {}
        self._by_id: dict[str, list[Any]] = {}
        self._by_value: dict[tuple[str, str | None, str], list[Any]] = {}

    def attribute(self, name: str) -> tuple[str, list[Any]]:
        """Every value of attribute `name` on the page in document order, each ended by a
        NUL, and the elements carrying them (read in one walk the first time)."""
        found = self._read_values.get(name)
        if found is None:
            # A walk of the elements asking each for the attribute: XPath's
            # `descendant::*/@x`, one C call, costs more (libxml2 sorts the attribute nodes
            # into document order, and each value's element is one more call): 5 % of a
            # record on the P1 pages, 3-4 % of a generic page's.
            elements, values = [], []
            for el in self.root.iter(etree.Element):
                value = el.get(name)
                if value is not None:
                    elements.append(el)
                    values.append(value)
            found = self._read_values[name] = ("\0".join(values) + "\0", elements)
        return found

    def values(self, name: str) -> list[tuple[str, Any]]:
        """(value, element) for every element carrying attribute `name`, in document order."""
        text, elements = self.attribute(name)
        return list(zip(text[:-1].split("\0"), elements, strict=True)) if elements else []

    def by_class(self, token: str) -> list[Any]:
        """Elements whose class attribute has `token` among its words."""
        found = self._by_class.get(token)
        if found is None:
            found = self._by_class[token] = self._find("class", token, word=True)
        return found

    def by_id(self, ident: str) -> list[Any]:
        """Elements whose id is `ident` (more than one where a page repeats an id)."""
        found = self._by_id.get(ident)
        if found is None:
            found = self._by_id[ident] = self._find("id", f"\0{ident}\0")
        return found

    def by_value(self, name: str, op: str | None, value: str) -> list[Any]:
        """Elements whose attribute `name` passes `[name op value]` (`attr_test`)."""
        key = (name, op, value)
        found = self._by_value.get(key)
        if found is None:
            if op is None:
                found = list(self.attribute(name)[1])
            elif op == "=":
                found = self._find(name, f"\0{value}\0")
            elif op == "~=":
                found = self._find(name, value, word=True) if value else []
            elif not value and op in ("^=", "$=", "*="):
                found = []
            elif op == "^=":
                found = self._find(name, f"\0{value}")
            elif op == "$=":
                found = self._find(name, f"{value}\0")
            elif op == "*=":
                found = self._find(name, value)
            else:  # |=
                found = [el for got, el in self.values(name) if attr_test(op, got, value)]
            self._by_value[key] = found
        return found

    def _find(self, name: str, wanted: str, word: bool = False) -> list[Any]:
        """The elements whose value of attribute `name` holds `wanted`, in document order,
        each once: a substring search in C over the values joined (a leading NUL in
        `wanted` anchors it at a value's start, a trailing one at its end). `word`: only
        where white space, or the value's start or end, is on either side of it (a class
        token; `[x~=y]`)."""
        text, elements = self.attribute(name)
        if not elements:  # (`text` is a NUL alone)
            return []
        text = "\0" + text  # each value between NULs
        found: list[Any] = []
        size = len(wanted)
        nuls, counted, last = 0, -1, -1
        pos = text.find(wanted)
        while pos != -1:
            if not word or (text[pos - 1] in TOKEN_ENDS and text[pos + size] in TOKEN_ENDS):
                # the NULs up to it, its own first character included (an anchored
                # `wanted` starts on the NUL before its value): one more than the value's index
                nuls += text.count("\0", counted + 1, pos + 1)
                counted = pos
                if nuls != last:  # `class="a a"`: once
                    found.append(elements[nuls - 1])
                    last = nuls
            pos = text.find(wanted, pos + 1)
        return found

    def candidates(self, head: Compound) -> list[Any] | None:
        """Elements that may match `head`, in document order; None: the index can't tell."""
        if head.id is not None:
            found = self.by_id(head.id)
        elif head.classes:
            if len(head.classes) == 1:
                found = self.by_class(head.classes[0])
            else:
                found = min((self.by_class(c) for c in head.classes), key=len)
        elif head.attrs and (head.tag is None or head.tag in _COMMON_TAGS):
            found = self.by_value(*head.attrs[0])
        elif head.tag is not None:
            found = list(self.root.iter(head.tag))
        else:
            return None
        return [el for el in found if head.matches(el)]

    def _read(self, compound: Compound) -> bool:
        """Whether the attribute `compound` is looked up by has been read off the page."""
        if compound.id is not None:
            return "id" in self._read_values
        return bool(compound.attrs) and compound.attrs[0][0] in self._read_values

    def select(self, selector: str) -> list[Any]:
        """What `css(selector)(root)` returns, computed from the index where it can be."""
        results: list[list[Any]] = []
        for alt in alternatives(selector):
            found = self._select_one(alt)
            if found:
                results.append(found)
        if not results:
            return []
        if len(results) == 1:
            return results[0]
        # Often one alternative finds all the others do (`#article time, time`): its list,
        # already in document order, is the answer.
        widest = max(results, key=len)
        within = set(widest)
        if all(el in within for found in results if found is not widest for el in found):
            return widest
        return in_document_order({el: None for found in results for el in found})

    def _select_one(self, alt: Alternative) -> list[Any]:
        heads = self.candidates(alt.head) if alt.head is not None else None
        if heads is None:
            return css(alt.text)(self.root)
        if not alt.tail:
            return heads
        last = alt.last
        if last is not None and alt.from_parent:
            return _siblings_matching(heads, last, alt.adjacent)
        if last is not None and heads:
            if last.classes or self._read(last):
                # Few elements carry the last compound's class or id: find them, then keep
                # those below a head (right to left, as browsers match).
                found = self.candidates(last) or []
                within = set(heads)
                if alt.child:
                    return [el for el in found if el.getparent() in within]
                return _below(found, within)
            if not alt.child and last.tag is not None:
                # Below the heads, by tag (filtered in C); the rest of the compound in Python.
                found = [el for r in _outermost(heads) for el in r.iterdescendants(last.tag)]
                if last.id is None and not last.classes and not last.attrs:
                    return found
                return [el for el in found if last.matches(el)]
        if alt.from_parent:
            # Parents of elements in document order need not be in document order.
            roots = in_document_order({p: None for h in heads if (p := h.getparent()) is not None})
        else:
            roots = heads
        roots = _outermost(roots)
        query = css(alt.text)
        if len(roots) == 1:
            return query(roots[0])
        return [el for r in roots for el in query(r)]


def document_position(el: Any) -> tuple[int, ...]:
    """An element's place in document order: its child index at every level from the root."""
    path: list[int] = []
    parent = el.getparent()
    while parent is not None:
        path.append(parent.index(el))
        el, parent = parent, parent.getparent()
    path.reverse()
    return tuple(path)


def in_document_order(elements: Any) -> list[Any]:
    """Distinct elements of one tree sorted into document order (few elements: each costs
    its depth, where numbering the whole page would cost every element)."""
    elements = list(elements)
    if len(elements) < 2:
        return elements
    if len(elements) > 50:
        root = elements[0].getroottree().getroot()
        order = {el: i for i, el in enumerate(root.iter())}
        return sorted(elements, key=order.__getitem__)
    return sorted(elements, key=document_position)


class GroupTest:
    """Whether an element matches a selector group, asked element by element.

    For a walk that visits every element anyway (a body container's), testing each one
    costs less than running the group as XPath first. Alternatives that are a single
    compound (`script`, `.ads`, `[class*=ads]`, `p.baca`) are tested in Python; any other
    alternative (`.a .b`) is run as XPath once inside the container."""

    def __init__(self, selector: str, container: Any) -> None:
        (self.tags, self.by_class, self.by_id, self.rest, self.class_tests,
         self.id_tests, elsewhere) = _group_plan(selector)
        self.others: set[Any] = {el for text in elsewhere for el in css(text)(container)}

    def __call__(self, el: Any) -> bool:
        tag = el.tag
        return self.test(el, tag if isinstance(tag, str) else "", el.get("class"), el.get("id"))

    def test(self, el: Any, tag: str, cls: str | None, ident: str | None) -> bool:
        """`self(el)` for a walk that has read the element's tag, class and id already."""
        # Called for every element of a body: plain loops, no generator for an empty list.
        if tag in self.tags or (self.others and el in self.others):
            return True
        if cls:
            by_class = self.by_class
            if by_class:
                for token in words(cls):
                    for compound in by_class.get(token, ()):
                        if compound.matches(el):
                            return True
            for op, value in self.class_tests:
                if attr_test(op, cls, value):
                    return True
        if ident:
            for compound in self.by_id.get(ident, ()):
                if compound.matches(el):
                    return True
            for op, value in self.id_tests:
                if attr_test(op, ident, value):
                    return True
        for compound in self.rest:
            if compound.matches(el):
                return True
        return False


@lru_cache(maxsize=1024)
def _group_plan(selector: str) -> tuple[Any, ...]:
    """What GroupTest needs of a selector group, worked out once per group, not per page."""
    tags: set[str] = set()
    # Compounds keyed by what an element must have for them to match at all.
    by_class: dict[str, list[Compound]] = {}
    by_id: dict[str, list[Compound]] = {}
    rest: list[Compound] = []
    # `[class*=ads]`, `[id^=div-gpt]`: a test of the class or id alone.
    class_tests: list[tuple[str, str]] = []
    id_tests: list[tuple[str, str]] = []
    elsewhere: list[str] = []  # alternatives run as XPath inside the container
    for alt in alternatives(selector):
        head = alt.head
        if head is None or alt.tail:
            elsewhere.append(alt.text)
        elif head.id is not None:
            by_id.setdefault(head.id, []).append(head)
        elif head.classes:
            by_class.setdefault(head.classes[0], []).append(head)
        elif head.tag is None and len(head.attrs) == 1 and head.attrs[0][0] in ("class", "id") \
                and head.attrs[0][1] is not None:
            name, op, value = head.attrs[0]
            (class_tests if name == "class" else id_tests).append((op or "", value))
        elif head.attrs:
            rest.append(head)
        else:
            tags.add(head.tag or "")
    return tags, by_class, by_id, rest, class_tests, id_tests, elsewhere


def _siblings_matching(heads: list[Any], last: Compound, adjacent: bool) -> list[Any]:
    """`head ~ last` (every later element sibling) or `head + last` (the next one) that
    matches `last`, for heads in document order: a walk along each head's siblings."""
    found: dict[Any, None] = {}
    parents = set()
    for head in heads:
        for el in head.itersiblings():
            if not isinstance(el.tag, str):
                continue  # a comment or processing instruction is not an element
            if el not in found and last.matches(el):
                found[el] = None
            if adjacent:
                break
        parents.add(head.getparent())
    # Siblings of heads under different parents need not come out in document order.
    return list(found) if len(parents) < 2 else in_document_order(found)


def _below(found: list[Any], heads: set[Any]) -> list[Any]:
    """The elements of `found` that have an ancestor in `heads`. Each walks up until it
    meets a head or a node an earlier walk has been through (a pager's links share all
    their ancestors but one or two): those verdicts are kept, so a path is walked once."""
    known: dict[Any, bool] = {}
    below = []
    for el in found:
        path = []
        node = el.getparent()
        verdict = False
        while node is not None:
            if node in heads:
                verdict = True
                break
            seen = known.get(node)
            if seen is not None:
                verdict = seen
                break
            path.append(node)
            node = node.getparent()
        for node in path:
            known[node] = verdict
        if verdict:
            below.append(el)
    return below


def _outermost(elements: list[Any]) -> list[Any]:
    """Elements (in document order) without an ancestor among them: disjoint subtrees."""
    unique = list(dict.fromkeys(elements))
    if len(unique) < 2:
        return unique
    parent = unique[0].getparent()
    if all(el.getparent() is parent for el in unique):
        return unique  # siblings (a pager's items, a list's links): none holds another
    chosen: list[Any] = []
    kept: set[Any] = set()
    for el in unique:
        # Walking up to the root for each costs an element object per ancestor: only
        # once there is something above to find.
        if not (kept and any(a in kept for a in el.iterancestors())):
            chosen.append(el)
            kept.add(el)
    return chosen
