"""PRMN extractor + pipelines on saved pages: expected fields and must_not_contain lists.

Each tests/fixtures/prmn/<page>.html has <page>.html.expected.json beside it;
PROVENANCE.tsv says which pages are real captures and which are made in-house.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscrawl.catalog import get_portal
from newscrawl.extractors import get_extractor
from newscrawl.pipelines import run_pipelines
from newscrawl.record import build_article

from .conftest import FIXTURES

CASES = sorted((FIXTURES / "prmn").glob("*.expected.json"))


def _load(expected_path: Path) -> tuple[dict, str]:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    html_path = expected_path.with_name(expected_path.name.removesuffix(".expected.json"))
    return expected, html_path.read_text(encoding="utf-8")


def test_every_fixture_has_provenance() -> None:
    listed = (FIXTURES / "prmn" / "PROVENANCE.tsv").read_text(encoding="utf-8")
    pages = [p for p in (FIXTURES / "prmn").glob("*.html")]
    assert pages
    for page in pages:
        assert f"\n{page.name}\t" in listed, f"{page.name} has no provenance line"


@pytest.mark.parametrize("case", [c for c in CASES if '"kind": "article"' in c.read_text()],
                         ids=lambda p: p.name.split(".")[0])
def test_article_fixture(case: Path) -> None:
    expected, html = _load(case)
    portal = get_portal(expected["portal"])
    page = get_extractor(portal.family).extract_article(expected["page_url"], html)
    record = run_pipelines(build_article(page, portal, pages=1),
                           default_tz=portal.timezone).to_record()

    for field, value in expected["expect"].items():
        assert record[field] == value, field
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
    assert page.missing_pages() == expected["missing_pages"]


@pytest.mark.parametrize("case", [c for c in CASES if '"kind": "section"' in c.read_text()],
                         ids=lambda p: p.name.split(".")[0])
def test_section_fixture(case: Path) -> None:
    expected, html = _load(case)
    portal = get_portal(expected["portal"])
    listing = get_extractor(portal.family).extract_section(expected["page_url"], html)
    assert [link.url for link in listing.article_links] == expected["article_links"]
    assert [link.date_text for link in listing.article_links] == expected["date_texts"]
    assert listing.next_page == expected["next_page"]
    for text in expected["must_not_contain"]:
        assert not any(text in link.url for link in listing.article_links)


def test_real_capture_lists_its_latest_articles_without_amp_or_tag_links() -> None:
    html = (FIXTURES / "prmn" / "zonajakarta-donald-trump-kiamat.html").read_text("utf-8")
    url = "https://zonajakarta.pikiran-rakyat.com/internasional"
    listing = get_extractor("prmn").extract_section(url, html)
    urls = [link.url for link in listing.article_links]
    assert len(urls) >= 10
    assert len(urls) == len(set(urls))
    assert all("/pr-" in u and "/amp/" not in u and "?" not in u for u in urls)
    dated = [link for link in listing.article_links if link.date_text]
    assert dated and dated[0].date_text == "14 Oktober 2020, 21:00 WIB"


def test_page_with_no_body_gives_no_paragraphs_and_is_dropped() -> None:
    from scrapy.exceptions import DropItem

    html = "<html><head><title>x</title></head><body><h1>Judul saja</h1></body></html>"
    portal = get_portal("zonabanten")
    url = "https://zonabanten.pikiran-rakyat.com/nasional/pr-1/x"
    page = get_extractor("prmn").extract_article(url, html)
    assert page.paragraphs == []
    with pytest.raises(DropItem, match="missing_"):
        run_pipelines(build_article(page, portal), default_tz=portal.timezone)
