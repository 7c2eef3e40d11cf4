"""Choosing an export's records: one per canonical URL (the newest extractor's, then the
newest crawl's), kept on disk, with the columns an export adds, filtered, in publication
order."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from newscrawl.catalog import load_catalog
from newscrawl.export.read import ExportError, ReadStats, parse_instant
from newscrawl.lang.dateline import without_dateline
from newscrawl.model.article import ARTICLE_FIELDS


@dataclass
class Filters:
    portals: set[str] = field(default_factory=set)
    family: str | None = None
    province: str | None = None
    since: datetime | None = None  # inclusive instant
    until: datetime | None = None  # exclusive instant
    min_words: int = 0
    # The bundled sample portals (catalog/sample/) are catalogued in a real province: their
    # demo articles are left out unless asked for, or named with `portals`.
    include_sample: bool = False
    # Per URL, the record of the newest crawl, whatever extractor made it (default: of the
    # newest extractor, then the newest crawl: `newscrawl reparse` output wins).
    newest_crawl: bool = False

    def accepts(self, record: dict[str, Any]) -> bool:
        if self.portals and record.get("portal") not in self.portals:
            return False
        if self.family and record.get("family") != self.family:
            return False
        if self.province and (record.get("province") or "").casefold() != \
                self.province.casefold():
            return False
        if self.since or self.until:
            published = parse_instant(record.get("published_at"))
            if published is None:
                return False
            if self.since and published < self.since:
                return False
            if self.until and published >= self.until:
                return False
        if self.min_words and len((record.get("body") or "").split()) < self.min_words:
            return False
        return True


def bound(value: str | None, *, end: bool, default_tz: str) -> datetime | None:
    """A --since/--until value: an ISO instant, or a date meaning a whole day in `default_tz`."""
    if not value:
        return None
    try:
        if len(value) == 10:
            day = datetime.fromisoformat(value).date()
            start = datetime.combine(day, time(0), tzinfo=ZoneInfo(default_tz))
            return start + timedelta(days=1) if end else start
        instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ExportError(f"not a date or an ISO 8601 time: {value!r}") from None
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=ZoneInfo(default_tz))
    return instant


# --- choosing ---------------------------------------------------------------


def body_hash(body: str | None) -> str | None:
    """Hash of a body with its dateline ("ZONABANTEN.com - ") and punctuation taken out."""
    if not body:
        return None
    first, sep, rest = body.partition("\n\n")
    first = without_dateline(first)
    words = re.findall(r"\w+", f"{first} {rest}".casefold())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:16]


def scratch_database(path: Path, *, cache_kib: int | None = None) -> sqlite3.Connection:
    """A SQLite database for an export's working data, deleted when it ends: no journal and
    no syncs (an export that dies starts over; nothing in it needs to survive)."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    if cache_kib is not None:
        db.execute(f"PRAGMA cache_size=-{int(cache_kib)}")
    return db


_EXTRACTOR_VERSION = re.compile(r"(\d{4}\.\d{2}\.\d{2})(?:\.(\d{1,4}))?\Z")


def extractor_order(version: str) -> str:
    """An extractor version as a key that sorts as the versions do: YYYY.MM.DD[.N] with N
    zero-padded ("2026.12.06.10" after "2026.12.06.9"); another text as it is."""
    m = _EXTRACTOR_VERSION.match(version)
    return f"{m.group(1)}.{int(m.group(2) or 0):04d}" if m else version


class Deduplicated:
    """One record per canonical URL, kept on disk, not in memory: the record of the newest
    extractor (`extractor_version`; none named is the oldest), then of the newest crawl
    (with `newest_crawl`, the newest crawl's whatever its extractor).

    Records go into a scratch SQLite table keyed by URL (a better record replaces the one
    there); `sorted_records` then streams them back by publication time. Memory stays flat
    whatever the size of the dataset; the disk holds one copy of it until the export ends.
    """

    def __init__(self, folder: Path, *, newest_crawl: bool = False) -> None:
        self.path = folder / "dedupe.sqlite"
        self.db = scratch_database(self.path)
        self.db.execute("CREATE TABLE r (url TEXT PRIMARY KEY, ext TEXT NOT NULL, "
                        "crawled REAL, pub REAL, data TEXT NOT NULL)")
        self.newest_crawl = newest_crawl
        self.added = 0

    def add_all(self, records: Iterable[dict[str, Any]], stats: ReadStats,
                chunk: int = 2000) -> None:
        batch: list[tuple[str, str, float | None, float | None, str]] = []
        for record in records:
            url = record.get("url")
            if not url:
                stats.bad_lines += 1
                continue
            crawled = parse_instant(record.get("crawled_at"))
            published = parse_instant(record.get("published_at"))
            extractor = record.get("extractor_version")
            batch.append((url, "" if self.newest_crawl or not isinstance(extractor, str)
                          else extractor_order(extractor),
                          crawled.timestamp() if crawled else None,
                          published.timestamp() if published else None,
                          json.dumps(record, ensure_ascii=False)))
            if len(batch) >= chunk:
                self._insert(batch)
                batch = []
        self._insert(batch)
        kept = self.db.execute("SELECT COUNT(*) FROM r").fetchone()[0]
        stats.duplicates += self.added - kept

    def _insert(self, batch: list[tuple[str, str, float | None, float | None, str]]) -> None:
        if not batch:
            return
        self.added += len(batch)
        with self.db:
            # The newest extractor wins (`extractor_order` keys compare as text); of one
            # extractor, the most recent crawl; a crawl with no time loses to
            # one with a time.
            self.db.executemany(
                "INSERT INTO r (url, ext, crawled, pub, data) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET ext = excluded.ext, crawled = excluded.crawled, "
                "pub = excluded.pub, data = excluded.data WHERE excluded.ext > r.ext OR "
                "(excluded.ext = r.ext AND excluded.crawled IS NOT NULL AND "
                "(r.crawled IS NULL OR excluded.crawled >= r.crawled))", batch)

    def sorted_records(self) -> Iterator[dict[str, Any]]:
        rows = self.db.execute("SELECT data FROM r ORDER BY pub IS NULL, pub, url")
        for (data,) in rows:
            yield json.loads(data)

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)


def enrich(record: dict[str, Any], catalog: dict[str, Any]) -> dict[str, Any]:
    """The record in export field order, with the fields an export adds."""
    portal = catalog.get(record.get("portal") or "")
    published = parse_instant(record.get("published_at"))
    return {name: record.get(name) for name in ARTICLE_FIELDS} | {
        "province": portal.province if portal else None,
        "published_utc_offset": published.isoformat()[-6:] if published else None,
        "content_hash": body_hash(record.get("body")),
        "syndication_group": None,  # set by SyndicationIndex, when the export looks for copies
    }


def choose(records: Iterable[dict[str, Any]], filters: Filters, stats: ReadStats,
           scratch: Path) -> Iterator[dict[str, Any]]:
    """One record per URL (Deduplicated), export fields added, filtered, by publication
    time: streamed, with memory that does not grow with the number of records."""
    catalog = load_catalog()
    samples = {pid for pid, portal in catalog.items() if portal.sample} - (
        set() if filters.include_sample else filters.portals)
    dedupe = Deduplicated(scratch, newest_crawl=filters.newest_crawl)
    try:
        dedupe.add_all(records, stats)
        for record in dedupe.sorted_records():
            record = enrich(record, catalog)
            sample = record.get("portal") in samples
            if sample and not filters.include_sample:
                stats.sample_left_out += 1
            elif filters.accepts(record):
                stats.kept += 1
                stats.sample_kept += sample
                yield record
            else:
                stats.filtered += 1
    finally:
        dedupe.close()


class HashCounter:
    """Counts the records that share a `content_hash`, on disk (a set of a million hashes in
    memory would be most of the export's memory)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "hashes.sqlite"
        self.db = scratch_database(self.path)
        self.db.execute("CREATE TABLE h (hash TEXT NOT NULL)")
        self.batch: list[tuple[str]] = []

    def through(self, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            if record.get("content_hash"):
                self.batch.append((record["content_hash"],))
                if len(self.batch) >= 5000:
                    self._flush()
            yield record
        self._flush()

    def _flush(self) -> None:
        if self.batch:
            with self.db:
                self.db.executemany("INSERT INTO h VALUES (?)", self.batch)
            self.batch = []

    def shared(self) -> tuple[int, int]:
        """(records whose hash another record shares, groups of such records)."""
        row = self.db.execute("SELECT COALESCE(SUM(n), 0), COUNT(*) FROM (SELECT COUNT(*) AS n "
                              "FROM h GROUP BY hash HAVING n > 1)").fetchone()
        return int(row[0]), int(row[1])

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)

