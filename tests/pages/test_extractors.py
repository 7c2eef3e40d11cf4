"""Every family's page objects + pipelines on saved pages: expected fields, must_not_contain lists.

Each tests/fixtures/<family>/<page>.html.expected.json describes a page; the page
itself is beside it when made in-house (`.inhouse.` in the name), or read from
../shared/pages/<family>/ when it is a real capture (never committed here). The
folder's PROVENANCE.tsv says which is which.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import pytest

from newscrawl import api
from newscrawl.catalog import get_portal
from newscrawl.model.article import Article
from newscrawl.pages import FAMILIES, page_objects
from newscrawl.pages.html.document import Document
from newscrawl.pages.html.urls import without_query_keys

from ..conftest import FIXTURES, shared_page

CASES = sorted(FIXTURES.glob("*/*.expected.json"))


def _case_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name.split('.')[0]}"


def _page_path(expected_path: Path) -> Path:
    name = expected_path.name.removesuffix(".expected.json")
    local = expected_path.with_name(name)
    if ".inhouse." in name:
        return local
    return shared_page(f"{expected_path.parent.name}/{name}")


def _load(expected_path: Path) -> tuple[dict, str]:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    return expected, _page_path(expected_path).read_text(encoding="utf-8")


@pytest.mark.parametrize("family", FAMILIES)
def test_every_family_has_article_and_section_fixtures_with_provenance(family: str) -> None:
    folder = FIXTURES / family
    listed = (folder / "PROVENANCE.tsv").read_text(encoding="utf-8")
    cases = sorted(folder.glob("*.expected.json"))
    kinds = {json.loads(c.read_text("utf-8"))["kind"] for c in cases}
    assert kinds == {"article", "section"}
    for case in cases:
        name = case.name.removesuffix(".expected.json")
        assert f"\n{name}\t" in listed, f"{name} has no provenance line"
        made_in_house = ".inhouse." in name
        line = listed.split(f"\n{name}\t")[1].split("\n")[0]
        assert ("made in-house" in line) == made_in_house, \
            f"{name}: name and provenance disagree on made in-house"
        # Real captures are read from ../shared, never kept in the repository.
        assert (case.with_name(name).exists()) == made_in_house, name


@pytest.mark.parametrize("case", [c for c in CASES if '"kind": "article"' in c.read_text()],
                         ids=_case_id)
def test_article_fixture(case: Path) -> None:
    expected, html = _load(case)
    portal = get_portal(expected["portal"])
    assert portal.family == case.parent.name
    result = api.read_article(html, expected["page_url"], portal=portal)
    record = result.record.to_record()

    for field, value in expected["expect"].items():
        assert record[field] == value, field
    assert list(record) == list(Article().to_record())
    body = record["body"]
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == expected["body_paragraphs"]
    if "body_starts_with" in expected:
        assert body.startswith(expected["body_starts_with"])
    if "body_ends_with" in expected:
        assert body.endswith(expected["body_ends_with"])
    for text in expected.get("body_contains", []):
        assert text in body
    for text in expected.get("removed_contains", []):
        assert text in record["removed_promos"]
    for text in expected["must_not_contain"]:
        assert text not in body, f"{text!r} left in the body"
    assert result.missing_pages() == expected["missing_pages"]
    assert result.missing == []
    # A family page whose own selectors work needs no generic fallback.
    assert result.fallbacks == expected.get("fallbacks", [])


@pytest.mark.parametrize("case", [c for c in CASES if '"kind": "section"' in c.read_text()],
                         ids=_case_id)
def test_section_fixture(case: Path) -> None:
    expected, html = _load(case)
    family = expected.get("family") or get_portal(expected["portal"]).family
    assert family == case.parent.name
    _, listing_cls = page_objects(family)
    listing = listing_cls(Document(html, expected["page_url"])).listing()
    urls = [link.url for link in listing.article_links]
    dates = [link.date_text for link in listing.article_links]
    if "article_links" in expected:
        assert urls == expected["article_links"]
        assert dates == expected["date_texts"]
    else:  # a large real listing: count and the first entries
        assert len(urls) == expected["article_links_count"]
        assert urls[: len(expected["first_links"])] == expected["first_links"]
        assert dates[: len(expected["first_date_texts"])] == expected["first_date_texts"]
    assert len(urls) == len(set(urls))
    assert listing.next_page == expected["next_page"]
    for text in expected["must_not_contain"]:
        assert not any(text in link.url for link in listing.article_links)


def test_real_capture_lists_its_latest_articles_without_amp_or_tag_links() -> None:
    html = shared_page("prmn/zonajakarta-donald-trump-kiamat.html").read_text("utf-8")
    url = "https://zonajakarta.pikiran-rakyat.com/internasional"
    listing = api.parse_listing(html, url)
    urls = [link["url"] for link in listing["article_links"]]
    assert len(urls) >= 10
    assert len(urls) == len(set(urls))
    assert all("/pr-" in u and "/amp/" not in u and "?" not in u for u in urls)
    dated = [link for link in listing["article_links"] if link["date_text"]]
    assert dated and dated[0]["date_text"] == "14 Oktober 2020, 21:00 WIB"


def test_page_with_no_body_gives_no_paragraphs_and_would_be_dropped() -> None:
    html = "<html><head><title>x</title></head><body><h1>Judul saja</h1></body></html>"
    url = "https://zonabanten.pikiran-rakyat.com/nasional/pr-1/x"
    result = api.read_article(html, url)
    assert result.record.body is None
    assert result.missing == ["body", "published_at"]


@pytest.mark.parametrize("href", [
    "https://solo.tribunnews.com/2020/10/09/judul", "http://a.example/x/../y#top",
    "https://a.example", "https://a.example#x", "https://a.example/p a/t", "/2024/01/02/x",
    "judul-lain", "//cdn.example/i.jpg", "https://a.example/x?page=2", "https://a.example/x?",
    "https://a.example/x;p", "https:///x", "HTTPS://A.example/x", "https://a.example/x\ny",
    "ftp://a.example/x", "https://a.example:8080/x", "?page=3", "#komentar",
])
def test_absolute_links_are_what_urljoin_makes_of_them(href: str) -> None:
    doc = Document("<html><body></body></html>", "https://solo.tribunnews.com/news/x")
    assert doc.absolute(href) == urljoin(doc.url, href).split("#")[0]


def test_a_link_urljoin_cannot_parse_is_no_link() -> None:
    doc = Document("<html><body></body></html>", "https://solo.tribunnews.com/news/x")
    assert doc.absolute("http://[bad/x") is None and doc.absolute("javascript:void(0)") is None


@pytest.mark.parametrize("url", [
    "https://solo.tribunnews.com/2020/10/09/judul", "https://a.example/x?page=2&b=1",
    "https://a.example/x#top", "https://a.example", "https://a.example/x?", "HTTPS://a.example/x",
    "https://a.example/p a;b", "https://a.example/x\ty", "https:///x", "/relative/x",
    "https://a.example/x?page", "https://a.example/x?page=", "https://a.example/x?pagex=2",
    "https://a.example/x?pa%67e=2", "https://a.example/x?page=2#top", "https://a.example/x?a=1",
])
def test_urls_without_a_query_key_are_what_urlsplit_makes_of_them(url: str) -> None:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "page"]
    expected = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))
    assert without_query_keys(url, "page") == expected
