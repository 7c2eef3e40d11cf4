"""Main-content detection (newscrawl.pages.maincontent) on pages written in-house, and on odd
or hostile input: it never raises and its work stays bounded."""

from __future__ import annotations

import json

import pytest
from lxml import etree
from lxml import html as lxml_html

from newscrawl.pages import maincontent as mc

S = ("Warga setempat mengatakan banjir datang sejak subuh dan terus naik hingga siang hari, "
     "sehingga banyak rumah terendam.")
P = "<p>This is a sentence of the article, long enough to count as text. It goes on.</p>"


def page(body: str, head: str = "") -> str:
    return (f"<html><head><title>T</title>{head}</head><body><div class='wrap'>{body}</div>"
            "</body></html>")


def text(html: str, **kw: object) -> str:
    return mc.main_text(lxml_html.fromstring(html), **kw)


def ld(body: str) -> str:
    data = json.dumps({"@type": "NewsArticle", "articleBody": body})
    return f"<script type='application/ld+json'>{data}</script>"


def test_drops_indonesian_boxes_and_keeps_subheadings() -> None:
    body = (f"<nav><a href='/'>Home</a></nav><article><h1>Judul</h1><div class='read__content'>"
            f"<p>{S}</p><div class='baca-juga'><b>Baca Juga:</b> <a href='/x'>Berita lain "
            f"yang menarik sekali</a></div><h2>Sub judul</h2><p>{S} Dua.</p><ul><li>{S} Tiga."
            f"</li></ul><figure><img src='a.jpg'><figcaption>Foto: keterangan gambar"
            f"</figcaption></figure><div class='photo__caption'>Keterangan foto lain</div>"
            f"<p>{S} Empat. (abc/def)</p></div>"
            f"<div class='tag'><a href='/t/a'>banjir</a><a href='/t/b'>bandung</a></div>"
            f"<div class='artikel-terkait'><h3>Artikel Terkait</h3><p>{S} Terkait.</p></div>"
            f"<div class='bagikan'>Bagikan: <a>Facebook</a> <a>Twitter</a></div></article>"
            f"<div class='terpopuler'><h3>Terpopuler</h3><ul><li><a href='/p'>{S}</a></li></ul>"
            f"</div>")
    out = text(page(body))
    assert "Sub judul" in out and "Tiga." in out and out.endswith("Empat.")
    for junk in ("Baca Juga", "Foto:", "Keterangan", "banjir bandung", "Terkait.", "Bagikan",
                 "Terpopuler", "Judul\n"):
        assert junk not in out, junk


def test_json_ld_teaser_is_ignored_and_full_body_used_when_dom_is_thin() -> None:
    dom = f"<article><p>{S}</p><p>{S} Dua.</p><p>{S} Tiga.</p></article>"
    assert text(page(dom, ld("Warga setempat..."))).count("Warga") == 3
    full = ld(" ".join([S] * 8))
    assert text(page(f"<article><p>{S}</p></article>", full)).count("Warga") == 8
    assert text(page(f"<article><p>{S}</p></article>", full), json_ld_body="").count(
        "Warga") == 1


def test_front_page_gives_nothing() -> None:
    cards = "".join(f"<div class='card'><h3><a href='/a{i}'>Judul berita nomor {i} yang "
                    f"panjang</a></h3><span>2 jam lalu</span></div>" for i in range(30))
    assert text(page(cards)) == ""


def test_keep_boxes_marks_instead_of_dropping() -> None:
    body = (f"<article><p>{S}</p><div class='share-buttons'>Share this story now</div>"
            f"<p>{S} Dua.</p></article>")
    blocks = mc.find_main_blocks(lxml_html.fromstring(page(body)), keep_boxes=True)
    assert [b.in_box for b in blocks] == [False, "share", False]


ODD = {
    "empty-html": "<html></html>",
    "only-comment": "<html><!-- nothing --></html>",
    "pi": "<html><body><?php echo 1 ?><p>x</p></body></html>",
    "entities": "<html><body><article>" + "<p>Caf&eacute; &amp; &#8220;quotes&#8221; &nbsp; "
                "and some more words, here.</p>" * 5 + "</article></body></html>",
    "deep-div": "<html><body>" + "<div>" * 5000 + P * 3 + "</div>" * 5000 + "</body></html>",
    "deep-span": "<html><body><div>" + "<span>" * 5000 + "text, and more text. " * 20
                 + "</span>" * 5000 + "</div></body></html>",
    "text-only": "just text, no tags at all. Some sentence here.",
    "frameset": "<html><frameset><frame src='x'></frameset></html>",
    "bad-ld": "<html><head><script type='application/ld+json'>{\"articleBody\": [1,2, "
              "</script></head><body>" + P * 4 + "</body></html>",
}


@pytest.mark.parametrize("name", sorted(ODD))
def test_odd_input_never_raises(name: str) -> None:
    root = lxml_html.fromstring(ODD[name])
    assert isinstance(mc.find_main_blocks(root), list)
    assert isinstance(mc.main_text(root), str)


def test_trees_deeper_than_any_parser_builds_are_read_without_recursion() -> None:
    root = etree.Element("html")
    node = etree.SubElement(root, "body")
    for _ in range(5_000):  # past max_depth and past Python's recursion limit
        node = etree.SubElement(node, "div")
    node.text = "deep text, with a sentence. " * 10
    assert mc.find_main_blocks(root) == []  # deeper than max_depth: not read, no error
    assert mc.find_main_blocks(etree.Comment("x")) == [] and mc.find_main_blocks(None) == []


def test_a_closing_sign_off_is_cut() -> None:
    html = ("<html><body><article>" + P * 3
            + "<p>Last sentence of the story here. (abc/def)</p></article></body></html>")
    assert text(html).endswith("story here.")
