"""Machine-readable schemas, generated from the one place each is documented.

- The article record: field names, order and meanings from `newscrawl.model.article` (FIELD_DOCS
  and the Article dataclass), the export's added columns from `newscrawl.model.fields`.
  `field_kinds()` is what the loader (`newscrawl.load`), the dataset card and its
  `datasets.Features` use; `article_schema()` is the JSON Schema of a record.
- A catalog entry: `catalog_entry_schema()`, from the catalog's own field table.

`python -m newscrawl.model.schema` writes `article.schema.json` and `catalog-entry.schema.json`
next to this file; a test checks that the files in the repository are what it writes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newscrawl.model.article import FIELD_DOCS, RECORD_FIELDS, SCHEMA_VERSION
from newscrawl.model.fields import EXPORT_KINDS, TIME_FIELDS

HERE = Path(__file__).parent
ARTICLE_SCHEMA_FILE = HERE / "article.schema.json"
CATALOG_SCHEMA_FILE = HERE / "catalog-entry.schema.json"

_ISO_WITH_OFFSET = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$"
_ISO_UTC = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$"


def field_kinds(*, export: bool = False) -> dict[str, str]:
    """Each field's kind, in record order: `string`, `time` (ISO 8601 text with an
    offset), `list` (of strings) or `int`. With `export`, the export's added columns."""
    kinds: dict[str, str] = {}
    for f in RECORD_FIELDS:
        annotation = str(f.type)
        if f.name in TIME_FIELDS:
            kinds[f.name] = "time"
        elif annotation.startswith("list"):
            kinds[f.name] = "list"
        elif annotation.startswith("int"):
            kinds[f.name] = "int"
        else:
            kinds[f.name] = "string"
    if export:
        kinds.update(EXPORT_KINDS)
    return kinds


# Always set in a written record: a crawl drops a record without the first four
# (newscrawl.model.finalise.REQUIRED_FIELDS), and the pipelines fill the other three.
ALWAYS_SET = ("url", "title", "body", "published_at", "portal", "family", "crawled_at")


def nullable(name: str) -> bool:
    """Whether a written record's field may be null (lists are [] instead, ints always set)."""
    if name in EXPORT_KINDS:
        return True
    annotation = {f.name: str(f.type) for f in RECORD_FIELDS}[name]
    return "None" in annotation and name not in ALWAYS_SET


def article_schema() -> dict[str, Any]:
    """JSON Schema (2020-12) of one record as run files and `newscrawl parse` write it."""
    properties: dict[str, Any] = {}
    for name, kind in field_kinds().items():
        spec: dict[str, Any]
        if kind == "list":
            spec = {"type": "array", "items": {"type": "string"}}
        elif kind == "int":
            spec = {"type": "integer", "minimum": 1}
        else:
            spec = {"type": "string"}
            if kind == "time":
                spec["pattern"] = _ISO_UTC if name == "crawled_at" else _ISO_WITH_OFFSET
        if name == "url":
            spec = {"type": "string", "pattern": r"^https?://"}
        if name == "language":
            spec["pattern"] = r"^[a-z]{2}$"
        if name == "schema_version":
            spec = {"const": SCHEMA_VERSION}
        if nullable(name):
            spec = {"anyOf": [spec, {"type": "null"}]}
        properties[name] = {"description": FIELD_DOCS[name], **spec}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:newscrawl:article:{SCHEMA_VERSION}",
        "title": "newscrawl article record",
        "description": "One news article as newscrawl writes it (JSON lines, UTF-8). Every "
                       "field is present, in this order. Generated from "
                       "newscrawl/model/article.py.",
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


# The catalog's fields: name -> (JSON Schema, required, meaning). newscrawl.catalog checks
# entries against the same table, so the schema and the loader cannot drift apart.
CATALOG_FIELDS: dict[str, tuple[dict[str, Any], bool, str]] = {
    "id": ({"type": "string", "pattern": "^[a-z][a-z0-9_]*$"}, True,
           "spider name (`scrapy crawl <id>`): lowercase letters, digits, underscore"),
    "name": ({"type": "string", "minLength": 1}, True, "the portal's name as it shows it"),
    "family": ({"type": "string"}, False,
               "CMS family, when not the file's top-level `family` (prmn, tribun, ...)"),
    "base_url": ({"type": "string", "pattern": r"^https?://[^/]+"}, True,
                 "where the portal lives now"),
    "sections": ({"type": "array", "items": {"type": "string"}, "minItems": 1}, True,
                 "section paths to crawl; \"\" is the front page"),
    "province": ({"type": "string", "minLength": 1}, True,
                 "Indonesian province the portal covers"),
    "timezone": ({"type": "string", "pattern": r"^[A-Za-z_]+/[A-Za-z_]+$"}, True,
                 "IANA zone of the portal's printed times: Asia/Jakarta (WIB), "
                 "Asia/Pontianak (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)"),
    "evidence": ({"type": "string", "minLength": 1}, True,
                 "where this portal's URL was seen (a public page or repository)"),
    "old_domains": ({"type": "array", "items": {"type": "string"}}, False,
                    "earlier domains, seen on older captures and links"),
    "hosts": ({"type": "array", "items": {"type": "string"}}, False,
              "other hosts serving the portal's articles"),
    "settings": ({"type": "object"}, False, "Scrapy settings for this portal's spider"),
    "selectors": ({"type": "object", "additionalProperties": {"type": "string"}}, False,
                  "CSS selector overrides of the family's page objects, by name"),
    "sitemaps": ({"type": "array", "items": {"type": "string"}}, False,
                 "sitemap paths, or \"robots\" for those robots.txt announces "
                 "(default: robots)"),
    "feeds": ({"type": "array", "items": {"type": "string"}}, False,
              "RSS or Atom feed paths"),
    "archive": ({"type": "string", "pattern": r"\{[^}]+\}"}, False,
                "date archive path with the day in braces, e.g. indeks?date={Y-m-d}"),
    "check_article": ({"type": "string", "pattern": "^/"}, False,
                      "path of a one-page article that `scrapy check`'s contracts fetch (only "
                      "portals served locally: the sample portals)"),
}


def catalog_entry_schema() -> dict[str, Any]:
    """JSON Schema of one `[[portal]]` table of a catalog file (as TOML parses it)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:newscrawl:catalog-entry",
        "title": "newscrawl catalog entry",
        "description": "One [[portal]] table of newscrawl/catalog/<family>.toml.",
        "type": "object",
        "properties": {name: {"description": doc, **spec}
                       for name, (spec, _, doc) in CATALOG_FIELDS.items()},
        "required": [name for name, (_, required, _) in CATALOG_FIELDS.items() if required],
        "additionalProperties": False,
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write_files() -> list[Path]:
    ARTICLE_SCHEMA_FILE.write_text(render(article_schema()), encoding="utf-8")
    CATALOG_SCHEMA_FILE.write_text(render(catalog_entry_schema()), encoding="utf-8")
    return [ARTICLE_SCHEMA_FILE, CATALOG_SCHEMA_FILE]

