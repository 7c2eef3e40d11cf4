"""Every family's extractor + pipelines on saved pages: expected fields, must_not_contain lists.

Each tests/fixtures/<family>/<page>.html has <page>.html.expected.json beside it;
the folder's PROVENANCE.tsv says which pages are real captures and which are made in-house.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscrawl.catalog import get_portal
from newscrawl.extractors import FAMILIES, get_extractor
from newscrawl.items import Article
from newscrawl.pipelines import run_pipelines
from newscrawl.record import build_article

from .conftest import FIXTURES

CASES = sorted(FIXTURES.glob("*/*.expected.json"))


def _case_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name.split('.')[0]}"


def _load(expected_path: Path) -> tuple[dict, str]:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    html_path = expected_path.with_name(expected_path.name.removesuffix(".expected.json"))
    return expected, html_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("family", FAMILIES)
def test_every_family_has_article_and_section_fixtures_with_provenance(family: str) -> None:
    folder = FIXTURES / family
    listed = (folder / "PROVENANCE.tsv").read_text(encoding="utf-8")
    pages = sorted(folder.glob("*.html"))
    kinds = {json.loads(p.with_name(p.name + ".expected.json").read_text("utf-8"))["kind"]
             for p in pages}
    assert kinds == {"article", "section"}
    for page in pages:
        assert f"\n{page.name}\t" in listed, f"{page.name} has no provenance line"
        made_in_house = ".inhouse." in page.name
        assert ("made in-house" in listed.split(f"\n{page.name}\t")[1].split("\n")[0]) \
            == made_in_house, f"{page.name}: name and provenance disagree on made in-house"


@pytest.mark.parametrize("case", [c for c in CASES if '"kind": "article"' in c.read_text()],
                         ids=_case_id)
def test_article_fixture(case: Path) -> None:
    expected, html = _load(case)
    portal = get_portal(expected["portal"])
    assert portal.family == case.parent.name
    page = get_extractor(portal.family).extract_article(expected["page_url"], html)
    record = run_pipelines(build_article(page, portal, pages=1),
                           default_tz=portal.timezone).to_record()

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
    assert page.missing_pages() == expected["missing_pages"]


@pytest.mark.parametrize("case", [c for c in CASES if '"kind": "section"' in c.read_text()],
                         ids=_case_id)
def test_section_fixture(case: Path) -> None:
    expected, html = _load(case)
    family = expected.get("family") or get_portal(expected["portal"]).family
    assert family == case.parent.name
    listing = get_extractor(family).extract_section(expected["page_url"], html)
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
