"""From extracted pages to a normalised Article record. Pure: no Scrapy import.

`build_article` fills a record from an extractor's raw fields; the
`normalise_*` steps are what the pipelines run, in order, so that
`newscrawl parse` on a saved page gives the same record as a crawl.
"""

from __future__ import annotations

from datetime import UTC, datetime

from itemadapter import ItemAdapter

from newscrawl.catalog import Portal
from newscrawl.dates import parse_date_detail, to_iso
from newscrawl.extractors.base import ArticlePage, unique
from newscrawl.items import Article
from newscrawl.promo import CREDIT_AUTHOR, CREDIT_EDITOR, CREDIT_SOURCE, parse_credit, split_promos

REQUIRED_FIELDS = ("url", "title", "body", "published_at")


def utc_now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def build_article(
    page: ArticlePage,
    portal: Portal,
    *,
    listed_section: str | None = None,
    crawled_at: str | None = None,
    pages: int | None = None,
) -> Article:
    """A record of raw values (dates not yet parsed, promos not yet split)."""
    return Article(
        url=page.url,
        portal=portal.id,
        site_name=page.site_name or portal.name,
        family=portal.family,
        section=page.section or listed_section or None,
        title=page.title,
        published_raw=page.published_raw,
        modified_raw=page.modified_raw,
        authors=list(page.authors),
        editors=list(page.editors),
        source=page.source,
        tags=list(page.tags),
        image_url=page.image_url,
        image_caption=page.image_caption,
        body="\n\n".join(page.paragraphs) if page.paragraphs else None,
        removed_promos=list(page.removed),
        pages=pages if pages is not None else page.page_count,
        crawled_at=crawled_at or utc_now_iso(),
    )


def _crawl_time(adapter: ItemAdapter) -> datetime | None:
    value = adapter.get("crawled_at")
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def normalise_dates(item: object, default_tz: str) -> None:
    """published_raw / modified_raw -> ISO 8601 with the printed (or portal's) offset."""
    adapter = ItemAdapter(item)
    now = _crawl_time(adapter)
    published = parse_date_detail(adapter.get("published_raw"), default_tz=default_tz, now=now)
    if published:
        adapter["published_at"] = to_iso(published.value)
        adapter["published_tz_source"] = published.tz_source
    modified = parse_date_detail(adapter.get("modified_raw"), default_tz=default_tz, now=now)
    adapter["modified_at"] = to_iso(modified.value) if modified else None


def normalise_body(item: object) -> None:
    """Drop promo paragraphs and credit lines from the body; credits become fields."""
    adapter = ItemAdapter(item)
    body = adapter.get("body") or ""
    kept, removed = split_promos(body.split("\n\n"))
    authors = list(adapter.get("authors") or [])
    editors = list(adapter.get("editors") or [])
    for line in removed:
        credit = parse_credit(line)
        if credit is None:
            continue
        if credit.kind == CREDIT_AUTHOR:
            authors.extend(credit.names)
        elif credit.kind == CREDIT_EDITOR:
            editors.extend(credit.names)
        elif credit.kind == CREDIT_SOURCE and not adapter.get("source"):
            adapter["source"] = credit.names[0]
    adapter["authors"] = unique(authors)
    adapter["editors"] = unique(editors)
    adapter["body"] = "\n\n".join(kept) if kept else None
    adapter["removed_promos"] = list(adapter.get("removed_promos") or []) + removed


def missing_fields(item: object) -> list[str]:
    adapter = ItemAdapter(item)
    return [f for f in REQUIRED_FIELDS if not adapter.get(f)]
