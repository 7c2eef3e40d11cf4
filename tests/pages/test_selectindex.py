"""The attribute-index selector engine returns exactly what lxml's CSSSelector returns."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newscrawl.pages import _STR_ATTRS, FAMILIES, family_page_objects
from newscrawl.pages.heuristics import GENERIC_AUTHOR_CSS, GENERIC_DATE_CSS
from newscrawl.pages.html.document import Document
from newscrawl.pages.html.selectindex import GroupTest
from newscrawl.pages.html.selectors import alternatives, css, split_group

from ..conftest import BENCHMARK, FIXTURES, SHARED_PAGES

# Not selectors: string attributes of page objects that are URL patterns or names.
_NOT_SELECTORS = {"page", "query", "date", "path"}


def family_selectors() -> list[str]:
    """Every selector group any family's page objects use, and the generic date and author
    groups."""
    found = {GENERIC_DATE_CSS, GENERIC_AUTHOR_CSS}
    for family in FAMILIES:
        for cls, kind in zip(family_page_objects(family), ("article", "listing"), strict=True):
            for name in _STR_ATTRS[kind]:
                value = getattr(cls, name, None)
                if isinstance(value, str) and value and value not in _NOT_SELECTORS:
                    found.add(value)
    return sorted(found)


# Hand-written cases for what family selectors do not exercise yet: nesting of candidates,
# sibling combinators whose parents are out of document order, duplicate class tokens,
# attribute operators, quoted values with commas, pseudo-classes (left to lxml).
EDGE_SELECTORS = [
    ".a .b", ".a > .b", ".a ~ p", ".a + p", "#x ~ div", "div.a.b", ".a, .b, p", "p, .a",
    "[data-x]", "[itemprop=name]", "[itemprop='a,b'] span", "[class*=dat]", "[class^=a]",
    "[class$=b]", "[class~=a]", "[lang|=id]", "[class*='']", "li:first-child", "p:not(.a)",
    "*", "* p", "span.a", "time[datetime]", "section .a ~ .b", "div p", "div > p", ".a > p",
    "div .b", "div > .b", "#x p.b", "[data-x] > span", "ul [itemprop]", ".a > .a", ".a .a",
    "div.a > div.b > p", "div p:first-child", "ul li[itemprop=name]", "div span#x",
    "[itemprop] [data-x]", "div [data-x]", "#x > [class*=b]",
    # sibling combinators walked in Python: heads that are each other's siblings, heads
    # under different parents, a head that is its own sibling's match
    ".b ~ .b", ".b + .b", "p ~ p", "p + p", "li + li", ".a ~ .a", "div ~ div.a", ".a + span",
    "#xy", "#ax", "#y span", "b#x", "#x ~ b",
    # attribute operators over values found by a substring search: a value that is a
    # prefix, a suffix or a part of others, an empty one, white space inside a value, a
    # value found twice in one attribute
    "[id*=x]", "[id^=a]", "[id$=y]", "[id='']", "[id=x]", "[data-x='1  2']", "[data-x*='  ']",
    "[data-x^='1']", "[data-x$='2']", "[class*=a]", "[class*='a a']", "[itemprop*=',']",
    "[itemprop^='a,']", "[data-x~='2']", "[class~=b]", "a[href*='/author/']", "[lang|=id]",
    "[class^='']", "[class$='']", "[id~='']", "[class*=' ']",
    # groups where one alternative finds everything another does
    "div p, p", "#x .b, .b", "p.b, p", ".b, p.b", "p, p", "li:first-child, li", ".a ~ p, p.b",
]
EDGE_PAGE = """<html lang="id-ID"><body>
<div class="a a" id="x"><div class="a b"><p class="b">1</p><p>2</p></div><p class="b">3</p>
<span class="a">s</span></div><div id="y">after x</div><p>sib of x?</p>
<section><div class="a"><i class="b">4</i><em class="b">5</em></div></section>
<ul><li itemprop="a,b"><span>6</span></li><li itemprop="name" data-x="1">7</li></ul>
<div class="date">d</div><div class="dates">ds</div><time datetime="2024-01-01">t</time>
<div><p class="a">deep</p><p>then</p></div><p>tail</p>
</body></html>"""


# The root element carrying the attributes the index reads (it is outside `descendant::`).
EDGE_ROOT_PAGE = """<html class="a b" id="x" itemprop="name" data-x="1"><body><div class="a">
<p class="b">1</p></div><span id="x">2</span></body></html>"""


# Class values split at tab, CR and LF but not at a no-break space, form feed or other
# white space Python's str.split knows (lxml splits at what XPath's normalize-space does).
EDGE_SPACE_PAGE = ("<html><body><p class=' a\tb\r\nc  '>1</p><p class='a\xa0b'>2</p>"
                   "<p class='a\x0cb c'>3</p><p class='b\u2003a'>4</p>"
                   "<p class='a  a' data-x='1  2'>5</p></body></html>")


# Ids found by a whole-value search in the page's ids: repeated ones next to each other, an
# empty one, ids that hold another as a prefix or suffix.
EDGE_ID_PAGE = ("<html><body><b id='x'>1</b><b id='x'>2</b><i id=''>3</i><b id='xy'>4</b>"
                "<b id='ax'>5</b><p id='y'><span id='x'>6</span></p><b id='y x'>7</b>"
                "</body></html>")


def pages() -> list[tuple[str, str]]:
    found = [("edge", EDGE_PAGE), ("edge-root", EDGE_ROOT_PAGE), ("edge-space", EDGE_SPACE_PAGE),
             ("edge-id", EDGE_ID_PAGE)]
    found += [(str(p.relative_to(FIXTURES)), p.read_text("utf-8", "replace"))
              for p in sorted(FIXTURES.rglob("*.html"))]
    if SHARED_PAGES.is_dir():
        found += [(f"shared/{p.relative_to(SHARED_PAGES)}",
                   p.read_bytes().decode("utf-8", "replace"))
                  for p in sorted(SHARED_PAGES.rglob("*.html"))]
    if (BENCHMARK / "html").is_dir():
        found += [(f"benchmark/{p.name}",
                   gzip.decompress(p.read_bytes()).decode("utf-8", "replace"))
                  for p in sorted((BENCHMARK / "html").glob("*.html.gz"))[:30]]
    return found


def test_every_selector_on_every_page_matches_lxml() -> None:
    selectors = family_selectors() + EDGE_SELECTORS
    assert len(selectors) > 100
    checked = differing = 0
    for name, html in pages():
        doc = Document(html, "https://example.id/a")
        for selector in selectors:
            expected = css(selector)(doc.root)
            got = doc.select(selector)
            checked += 1
            if [id(e) for e in got] != [id(e) for e in expected]:
                differing += 1
                pytest.fail(f"{name}: {selector!r} gave {len(got)} elements, lxml {len(expected)}")
    assert differing == 0
    assert checked >= len(selectors) * 10


def test_each_selector_alone_matches_lxml() -> None:
    """On a fresh page per selector: what a selector finds must not depend on which
    attributes earlier selectors happened to read."""
    for html in (EDGE_PAGE, EDGE_ROOT_PAGE, EDGE_SPACE_PAGE):
        for selector in EDGE_SELECTORS + [".c", ".b", "[data-x~='']", "[data-x~='2']"]:
            doc = Document(html, "https://example.id/a")
            assert [id(e) for e in doc.select(selector)] == \
                [id(e) for e in css(selector)(doc.root)], selector


def test_element_by_element_tests_agree_with_lxml() -> None:
    """GroupTest (a body walk's drop and promo-box test) says yes exactly for the elements
    lxml's CSSSelector selects, on every page, for every family's groups."""
    groups = sorted({getattr(cls, name) for family in FAMILIES
                     for cls in family_page_objects(family)[:1]
                     for name in ("body_drop_css", "promo_boxes_css") if getattr(cls, name)})
    groups += [".a .b, p", ".b, .c", "[class*=dat], time", "div.a.b, #y", "li:first-child, span.a",
               "[id^=x], [class$=b], [class~=a]", "[id], [class]"]
    checked = 0
    for name, html in pages():
        root = Document(html, "https://example.id/a").root
        elements = list(root.iter())
        for selector in groups:
            expected = set(css(selector)(root))
            test = GroupTest(selector, root)
            wrong = [el for el in elements if test(el) != (el in expected)]
            assert not wrong, f"{name}: {selector!r} differs from lxml on {len(wrong)} elements"
            checked += len(elements)
    # The in-house pages alone give some 10,000 element tests; the real pages of ../shared
    # (where present: anyone cloning the repository has none) ten times as many.
    assert checked > 5_000
    if SHARED_PAGES.is_dir():
        assert checked > 100_000


def test_edge_page_counts() -> None:
    doc = Document(EDGE_PAGE, "https://example.id/a")
    counts = {s: len(doc.select(s)) for s in (".a .b", "#x ~ div", ".a ~ p", "[class*=dat]",
                                              "p, .a", "[itemprop='a,b'] span")}
    assert counts == {".a .b": 5, "#x ~ div": 4, ".a ~ p": 4, "[class*=dat]": 2, "p, .a": 11,
                      "[itemprop='a,b'] span": 1}


def test_alternatives_are_parsed_for_the_index() -> None:
    assert split_group("a[x='1,2'], .b") == ["a[x='1,2']", ".b"]
    heads = [a.head for a in alternatives("#editor ~ div, li:first-child, .a.b p")]
    assert heads[0] is not None and heads[0].id == "editor"
    assert heads[1] is None  # a pseudo-class: left to lxml over the whole document
    assert heads[2] is not None and heads[2].classes == ("a", "b")
    assert [a.from_parent for a in alternatives("#editor ~ div, .a p")] == [True, False]
    # An alternative whose matches another alternative's include adds nothing: not run.
    assert [a.text for a in alternatives("#article time, time")] == ["time"]
    assert [a.text for a in alternatives("p.b, .x p, p, p")] == ["p"]
    assert [a.text for a in alternatives("p.b, .b")] == [".b"]
    assert [a.text for a in alternatives("li:first-child, li.a")] == ["li:first-child", "li.a"]


def test_file_is_pure() -> None:
    for name in ("selectindex.py", "selectors.py"):
        source = (Path(__file__).parent.parent.parent / "newscrawl/pages/html" / name).read_text()
        assert "scrapy" not in source.lower().replace("no scrapy import", "")
