"""The JSON Schemas of a record and of a catalog entry: generated from the one place each is
documented, in the repository as generated, and true of real records and the catalog."""

from __future__ import annotations

import json
import tomllib

import pytest

from newscrawl import api
from newscrawl.catalog import CATALOG_DIR, SAMPLE_CATALOG, CatalogError, get_portal, load_file
from newscrawl.model import schema
from newscrawl.model.article import ARTICLE_FIELDS, FIELD_DOCS

from ..conftest import FIXTURES, SHARED_PAGES

jsonschema = pytest.importorskip("jsonschema")


def test_schema_files_are_what_the_code_generates() -> None:
    # Regenerate with: python -m newscrawl.model.schema
    assert schema.ARTICLE_SCHEMA_FILE.read_text("utf-8") == schema.render(schema.article_schema())
    assert schema.CATALOG_SCHEMA_FILE.read_text("utf-8") == schema.render(
        schema.catalog_entry_schema())


def test_article_schema_lists_every_field_in_order_with_its_meaning() -> None:
    article = json.loads(schema.ARTICLE_SCHEMA_FILE.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(article)
    assert list(article["properties"]) == ARTICLE_FIELDS == article["required"]
    assert {k: v["description"] for k, v in article["properties"].items()} == FIELD_DOCS


def _records() -> list[dict]:
    """Records read from every article fixture (in-house) and real page (../shared)."""
    records = []
    for case in sorted(FIXTURES.glob("*/*.expected.json")):
        expected = json.loads(case.read_text("utf-8"))
        page = case.with_name(case.name.removesuffix(".expected.json"))
        if expected["kind"] != "article":
            continue
        if not page.exists():
            page = SHARED_PAGES / case.parent.name / page.name
            if not page.exists():
                continue
        records.append(api.parse_page(page.read_text("utf-8"), expected["page_url"],
                                      portal=get_portal(expected["portal"])))
    return records


def test_real_records_validate() -> None:
    validator = jsonschema.Draft202012Validator(
        json.loads(schema.ARTICLE_SCHEMA_FILE.read_text("utf-8")))
    records = _records()
    assert len(records) >= 10  # an in-house article of each of the 9 families, and more
    for record in records:
        errors = [e.message for e in validator.iter_errors(record)]
        assert errors == [], record["url"]


@pytest.mark.parametrize(("change", "why"), [
    ({"published_at": "2024-03-01 07:00:00"}, "does not match"),  # no offset, no T
    ({"crawled_at": "2024-03-01T07:00:00+08:00"}, "does not match"),  # crawl times are UTC
    ({"authors": "Andi"}, "is not of type 'array'"),
    ({"extra": 1}, "Additional properties"),
    ({"url": None}, "None is not of type 'string'"),  # written records always have one
])
def test_schema_rejects_what_a_record_never_is(change: dict, why: str) -> None:
    validator = jsonschema.Draft202012Validator(schema.article_schema())
    record = {**_records()[0], **change}
    messages = " | ".join(e.message for e in validator.iter_errors(record))
    assert why in messages


def test_every_catalog_entry_validates() -> None:
    validator = jsonschema.Draft202012Validator(
        json.loads(schema.CATALOG_SCHEMA_FILE.read_text("utf-8")))
    entries = 0
    for path in [*sorted(CATALOG_DIR.glob("*.toml")), SAMPLE_CATALOG]:
        for entry in tomllib.loads(path.read_text("utf-8")).get("portal", []):
            assert [e.message for e in validator.iter_errors(entry)] == [], entry["id"]
            entries += 1
    assert entries >= 190


def test_a_mistyped_catalog_field_is_refused_by_schema_and_loader(tmp_path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('family = "prmn"\n[[portal]]\nid = "x"\nname = "X"\n'
                   'base_url = "https://x.example/"\nsection = ["berita"]\nsections = [""]\n'
                   'province = "Bali"\ntimezone = "Asia/Makassar"\nevidence = "test"\n',
                   encoding="utf-8")
    entry = tomllib.loads(bad.read_text("utf-8"))["portal"][0]
    assert not jsonschema.Draft202012Validator(schema.catalog_entry_schema()).is_valid(entry)
    with pytest.raises(CatalogError, match="unknown field 'section'"):
        load_file(bad)
