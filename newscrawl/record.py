"""From extracted pages to a normalised Article record. Pure: no Scrapy import.

`build_article` fills a record from an extractor's raw fields; the
`normalise_*` steps are what the pipelines run, in order, so that
`newscrawl parse` on a saved page gives the same record as a crawl.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from itemadapter import ItemAdapter

from newscrawl.catalog import Portal
from newscrawl.dates import TZ_EXPLICIT, ParsedDate, parse_date_detail, to_iso
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
        published_alt_raw=(page.visible_date_raw
                           if page.visible_date_raw != page.published_raw else None),
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


_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})/(\d{1,2})/(\d{1,2})/")


def url_date(url: str | None) -> date | None:
    """The date in an article URL's path (`/2022/02/22/`), if it has one."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def reconcile_dates(
    machine: ParsedDate | None, visible: ParsedDate | None, article_url: str | None
) -> tuple[ParsedDate | None, bool]:
    """Choose between the machine-readable and the visible publication date.

    Returns the chosen date and whether it is the visible one. Real pages
    disagree with themselves: a WordPress site labels local time as UTC (the
    two differ by exactly the offset: the visible one is right), a stray meta
    tag carries a years-old date (they differ by days: the one matching the
    URL's date path is right). Otherwise the machine-readable date wins.
    """
    if machine is None or visible is None:
        return (machine or visible), machine is None and visible is not None
    m, v = machine.value, visible.value
    if m == v:
        # Same instant: report the text that printed its zone, if only one did.
        swap = machine.tz_source != TZ_EXPLICIT and visible.tz_source == TZ_EXPLICIT
        return (visible, True) if swap else (machine, False)
    same_wall_clock = m.replace(tzinfo=None) == v.replace(tzinfo=None)
    if same_wall_clock and visible.tz_source == TZ_EXPLICIT:
        return visible, True
    if same_wall_clock and m.utcoffset() == timedelta(0):
        return visible, True  # local time labelled UTC
    if abs(m - v) >= timedelta(days=1):
        in_url = url_date(article_url)
        if in_url is not None:
            m_gap = abs((m.date() - in_url).days)
            v_gap = abs((v.date() - in_url).days)
            if v_gap < m_gap:
                return visible, True
    return machine, False


def normalise_dates(item: object, default_tz: str) -> None:
    """published_raw / published_alt_raw / modified_raw -> ISO 8601 with the right offset."""
    adapter = ItemAdapter(item)
    now = _crawl_time(adapter)
    raw, alt = adapter.get("published_raw"), adapter.get("published_alt_raw")
    machine = parse_date_detail(raw, default_tz=default_tz, now=now)
    visible = parse_date_detail(alt, default_tz=default_tz, now=now) if alt else None
    chosen, swapped = reconcile_dates(machine, visible, adapter.get("url"))
    if swapped:
        adapter["published_raw"], adapter["published_alt_raw"] = alt, raw
    if chosen:
        adapter["published_at"] = to_iso(chosen.value)
        adapter["published_tz_source"] = chosen.tz_source
    modified = parse_date_detail(adapter.get("modified_raw"), default_tz=default_tz, now=now)
    # A "last modified" before publication is a template error: keep the raw text only.
    if modified and chosen and modified.value < chosen.value:
        modified = None
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
