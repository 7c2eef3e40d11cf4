"""The one record type: Article.

Field meanings follow schema.org NewsArticle in snake_case. Every field is
present in every record (None or [] when unknown), in the order below; the
README's schema table is checked against FIELD_DOCS by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

SCHEMA_VERSION = 3
# The extractor a record came from: the day of the last change to the page objects or the
# pipelines that changes what a record says, YYYY.MM.DD, and .N for a later change of the
# same day ("2026.12.06" < "2026.12.06.2" < "2026.12.06.10" < "2026.12.07": newscrawl.export
# .dedupe.extractor_order).
# `newscrawl reparse` writes new records of archived pages with it, and `newscrawl export`
# keeps, per URL, the record of the newest extractor.
EXTRACTOR_VERSION = "2026.12.07.197"

FIELD_DOCS: dict[str, str] = {
    "url": "canonical URL of the article (its first page)",
    "portal": "catalog id of the portal, e.g. `zonabanten`",
    "site_name": "the portal's name as it shows it",
    "family": "CMS family / extractor that read it, e.g. `prmn`",
    "section": "section the article was listed under (or the page's own section)",
    "title": "headline, without the ` - Site Name` suffix",
    "published_at": "ISO 8601 with the offset, e.g. `2022-02-22T11:11:00+07:00`",
    "published_raw": "the date text `published_at` was read from, as the page gave it",
    "published_alt_raw": "the page's other publication date text (visible vs. machine-readable, "
                         "or the republication's date where a sentence dates the first "
                         "publication: \"originally published on ...\") when it differs, "
                         "or null",
    "published_tz_source": "`explicit` (printed), `portal_default` (catalog zone), `relative`, "
                           "or for a portal outside the catalog `implied_offset`, `dateline`, "
                           "`argument` (`-a tz=`), `domain` (a place its domain names), "
                           "`assumed` (WIB; UTC for a page not in Indonesian)",
    "published_precision": "how much of `published_at` the page gave: `second`, `minute` or "
                           "`day` (a day-only date is written as midnight and says `day` here); "
                           "null with `published_at`",
    "modified_at": "last update, ISO 8601 with offset, or null",
    "modified_raw": "the update date text as the page gave it, or null",
    "authors": "writers / reporters, page order; a house account (a desk, \"Redaksi\", the "
               "site's own name) is none, unless the page types it a person's name",
    "editors": "names from the page's editor credit",
    "source": "\"Sumber:\" credit, or null",
    "tags": "tag labels, page order",
    "image_url": "lead image URL, or null",
    "image_caption": "lead image caption, or null",
    "body": "article text, paragraphs joined by a blank line, promos and credit lines removed",
    "removed_promos": "texts cut out of the body (promos, related links, credit lines), for audit",
    "pages": "number of article pages merged into this record",
    "language": "ISO 639-1 language code: `id` for catalog portals; for a page outside the "
    "catalog `id` where its text reads as Indonesian, else the language it declares, else "
    "`en` where it reads as English, else `id`",
    "crawled_at": "when the (first) page was fetched, UTC, `...Z`",
    "extractor_version": "the extractor that made the record (`newscrawl reparse` makes "
                         "new ones from archived pages): the day of its last change, "
                         "`YYYY.MM.DD`; null in records of schema 2 and before",
    "schema_version": f"version of this table, now {SCHEMA_VERSION}",
}


@dataclass(frozen=True)
class Provenance:
    """How a crawl found an article and reads it. It travels on the item from the spider
    through the pipelines to the feed (none of them looks it up elsewhere) and is never
    part of the record."""

    portal_zone: str | None = None  # the portal's catalog zone (None: infer from the page)
    given_tz: str | None = None  # the user's zone for a portal outside the catalog (-a tz=)
    since: date | None = None  # records published before it are dropped (-a since=)
    aliases: frozenset[str] = frozenset()  # URLs that led to the article (listing links, pages)
    stored_digest: str | None = None  # an article fetched again: its stored title+body digest


_NOT_RECORD = {"record": False}


@dataclass
class Article:
    """One news article. See FIELD_DOCS for each field's meaning."""

    url: str | None = None
    portal: str | None = None
    site_name: str | None = None
    family: str | None = None
    section: str | None = None
    title: str | None = None
    published_at: str | None = None
    published_raw: str | None = None
    published_alt_raw: str | None = None
    published_tz_source: str | None = None
    published_precision: str | None = None
    modified_at: str | None = None
    modified_raw: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source: str | None = None
    tags: list[str] = field(default_factory=list)
    image_url: str | None = None
    image_caption: str | None = None
    body: str | None = None
    removed_promos: list[str] = field(default_factory=list)
    pages: int = 1
    language: str = "id"
    crawled_at: str | None = None
    extractor_version: str | None = EXTRACTOR_VERSION
    schema_version: int = SCHEMA_VERSION
    # Not written (FEED_EXPORT_FIELDS lists the record's fields): see Provenance.
    provenance: Provenance | None = field(default=None, repr=False, compare=False,
                                          metadata=_NOT_RECORD)

    def to_record(self) -> dict[str, Any]:
        """The record as written to JSON lines: every field, in schema order."""
        return {name: _copied(getattr(self, name)) for name in ARTICLE_FIELDS}


def _copied(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


RECORD_FIELDS = tuple(f for f in fields(Article) if f.metadata.get("record", True))
ARTICLE_FIELDS: list[str] = [f.name for f in RECORD_FIELDS]

assert ARTICLE_FIELDS == list(FIELD_DOCS), "FIELD_DOCS must list every Article field in order"
