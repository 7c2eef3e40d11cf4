"""The columns of an export: the record's own fields, then the ones `newscrawl export` adds,
with their meanings (the dataset card's field table and the README read them here)."""

from __future__ import annotations

from newscrawl.model.article import ARTICLE_FIELDS

# Fields an export adds to every record, after the record's own (README "The record").
EXPORT_FIELD_DOCS: dict[str, str] = {
    "province": "the portal's province, from the catalog (null for a portal no longer in it)",
    "published_utc_offset": "the UTC offset of `published_at` (`+08:00`), kept apart so "
                            "formats with UTC timestamp columns do not lose it",
    "content_hash": "hash of the normalised body: the same story on several portals "
                    "(a wire story on many PRMN sites) shares it; drop repeats by it if you like",
    "syndication_group": "the URL of the earliest record (by `published_at`) in this export "
                         "whose body this one nearly repeats, on any portal: a syndicated "
                         "copy with another dateline, headline or promo lines, or a trimmed "
                         "ending; the record's own URL when it stands alone (and for bodies "
                         "under 40 words); null with `--no-syndication`. Keep one record per "
                         "group to count each story once",
}
EXPORT_FIELDS = ARTICLE_FIELDS + list(EXPORT_FIELD_DOCS)
LIST_FIELDS = ("authors", "editors", "tags", "removed_promos")
TIME_FIELDS = ("published_at", "modified_at", "crawled_at")
URL_FIELDS = ["url", "portal", "family", "province", "title", "published_at"]
# Their kinds, as newscrawl.model.schema.field_kinds gives them (all text).
EXPORT_KINDS = {name: "string" for name in EXPORT_FIELD_DOCS}
