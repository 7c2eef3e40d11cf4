"""Archived responses to records, with today's page objects and pipelines, no network:
`newscrawl reparse` of our own archives, `newscrawl warc` of anyone's.

Two passes over the archives, memory bounded by one record:
1. index: every archived HTML response that answered 200, by URL (the newest fetch of a
   URL wins), on disk (SQLite); and the responses to read as articles: in our archives
   those the crawl fetched as an article's first page (`Newscrawl-Page: article`), in
   anyone's every page of a catalog portal's host (with `any_host`, of any host, read with
   the generic page objects);
2. read each such response as the crawl reads it (newscrawl.crawl.spiders.articles): the
   portal's article page object; a page in the middle of a multi-page article is left to
   its first page; the later pages of an article come from the index, a missing one ends
   the article there (as a page that failed in a crawl); the merged record finished and
   finalised as the pipelines do, `crawled_at` the first page's archive date. One record
   per canonical URL; records of a day before `since` are left out.

Each portal's records go to a new run file, `<data dir>/<portal>/<UTC time>.jsonl`, which
`newscrawl export` reads with the rest (keeping, per URL, the newest extractor's record).
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from newscrawl.archive import warc
from newscrawl.catalog import (
    CatalogError,
    Portal,
    ServedPortal,
    get_portal,
    portal_for_url,
    site_portal,
)
from newscrawl.model.article import Article
from newscrawl.model.finalise import finalise, finish_item, merge_articles
from newscrawl.model.runfiles import append_whole
from newscrawl.pages import page_objects
from newscrawl.pages.html.document import Document

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Reparsed:
    """What a reparse did, for its summary line."""

    archives: int = 0
    written: Counter[str] = field(default_factory=Counter)  # portal -> records written
    files: list[Path] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # why -> articles not written
    read: warc.ReadStats = field(default_factory=warc.ReadStats)


@dataclass(frozen=True)
class _Site(ServedPortal):
    """A portal as an archived response was fetched from it, with its article page object."""

    article_cls: Any = None


class Reparser:
    def __init__(self, data_dir: Path, *, portal: str | None = None, since: date | None = None,
                 any_host: bool = False, tz: str | None = None) -> None:
        self.data_dir = data_dir
        self.only_portal = portal
        self.since = since
        self.any_host = any_host
        self.tz = tz
        self.result = Reparsed()
        self._sites: dict[tuple[str, str], _Site | None] = {}
        self._outputs: dict[str, IO[bytes]] = {}
        self._stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")

    # --- the two passes -------------------------------------------------------------------

    def run(self, paths: list[Path]) -> Reparsed:
        files = list(warc.archives(paths))
        self.result.archives = len(files)
        with tempfile.TemporaryDirectory(prefix="newscrawl-reparse-") as scratch:
            db = sqlite3.connect(Path(scratch) / "index.sqlite")
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            db.execute("CREATE TABLE page (url TEXT PRIMARY KEY, file INTEGER, pos INTEGER)")
            db.execute("CREATE TABLE todo (url TEXT PRIMARY KEY, file INTEGER, pos INTEGER)")
            # The records written, by canonical URL (on disk: an archive of a million pages)
            db.execute("CREATE TABLE written (url TEXT PRIMARY KEY)")
            try:
                for number, path in enumerate(files):
                    self._index(db, number, path)
                db.commit()
                rows = db.execute("SELECT file, pos FROM todo ORDER BY rowid")
                for number, pos in rows:
                    self._article(db, files, files[number], pos)
            finally:
                db.close()
                self._close_outputs()
        return self.result

    def _index(self, db: sqlite3.Connection, number: int, path: Path) -> None:
        found: list[tuple[str, int, bool]] = []

        def flush() -> None:
            db.executemany("INSERT OR REPLACE INTO page VALUES (?, ?, ?)",
                           [(url, number, pos) for url, pos, _ in found])
            db.executemany("INSERT OR REPLACE INTO todo VALUES (?, ?, ?)",
                           [(url, number, pos) for url, pos, todo in found if todo])
            found.clear()

        try:
            for entry in self._indexed(path):
                found.append(entry)
                if len(found) >= 1000:
                    flush()
        except OSError as exc:
            self.result.read.skipped[f"unreadable file ({exc.strerror or exc})"] += 1
        flush()

    def _indexed(self, path: Path) -> Iterator[tuple[str, int, bool]]:
        """(url, offset, read as an article?) of each 200 HTML response of an archive."""
        for response in warc.responses(path, self.result.read):
            if response.status != 200 or not _is_html(response):
                continue
            kind = response.fields.get(warc.PAGE)
            todo = kind == "article" if warc.PORTAL in response.fields else True
            if todo:
                site = self._site(response)
                if site is None:
                    self.result.skipped["pages of hosts outside the catalog (--any-host "
                                        "reads them)"] += 1
                todo = site is not None and (self.only_portal is None
                                             or site.portal.id == self.only_portal)
            yield response.url, response.offset, todo

    # --- one article ----------------------------------------------------------------------

    def _article(self, db: sqlite3.Connection, files: list[Path], path: Path, pos: int) -> None:
        first = warc.response_at(path, pos)
        if first is None:
            self.result.skipped["unreadable record"] += 1
            return
        site = self._site(first)
        if site is None:
            return
        read = self._read(first, site)
        if read is None:
            return
        item, number, page_urls = read
        if number != 1:
            return  # the middle of a multi-page article: its first page makes the record
        item.url = site.key(item.url or first.url)
        items = [item]
        for n in sorted(page_urls):
            if n <= 1:
                continue
            url = site.local(page_urls[n])
            row = db.execute("SELECT file, pos FROM page WHERE url = ?", (url,)).fetchone()
            later = warc.response_at(files[row[0]], row[1]) if row else None
            page = self._read(later, site) if later is not None else None
            if page is None:
                self.result.skipped["article pages missing from the archive (kept in part)"] \
                    += 1
                break
            items.append(page[0])
        self._write(db, site, items, first)

    def _read(self, response: warc.ArchivedResponse, site: _Site
              ) -> tuple[Article, int, dict[int, str]] | None:
        html = _text(response)
        if html is None:
            self.result.skipped["undecodable page"] += 1
            return None
        page = site.article_cls(Document(html, response.url))
        return page.to_item(), page.page_number(), page.page_urls()

    def _write(self, db: sqlite3.Connection, site: _Site, items: list[Article],
               first: warc.ArchivedResponse) -> None:
        merged = merge_articles(items)
        if merged.image_url:
            merged.image_url = site.key(merged.image_url)
        item = finish_item(merged, site.site, listed_section=first.fields.get(warc.SECTION),
                           crawled_at=_crawled_at(first.date))
        done = finalise(item, site.site.timezone or None, given_tz=self.tz)
        if done.missing:
            self.result.skipped[f"not an article (no {done.missing[0]})"] += 1
            return
        if self.since and item.published_at and \
                datetime.fromisoformat(item.published_at).date() < self.since:
            self.result.skipped["published before --since"] += 1
            return
        if db.execute("INSERT OR IGNORE INTO written VALUES (?)", (item.url,)).rowcount == 0:
            self.result.skipped["the same article again"] += 1
            return
        line = json.dumps(item.to_record(), ensure_ascii=False) + "\n"
        append_whole(self._output(site.portal.id).fileno(), line.encode("utf-8"))
        self.result.written[site.portal.id] += 1

    # --- portals and outputs --------------------------------------------------------------

    def _site(self, response: warc.ArchivedResponse) -> _Site | None:
        named = response.fields.get(warc.PORTAL, "")
        base = response.fields.get(warc.BASE_URL, "")
        cache_key = (named, base) if named else ("", response.url.split("/", 3)[2])
        if cache_key in self._sites:
            return self._sites[cache_key]
        portal: Portal | None = None
        if named:
            try:
                portal = get_portal(named)
            except CatalogError:
                portal = None
        if portal is None:
            portal = portal_for_url(response.url)
        if portal is None and self.any_host:
            portal = site_portal(response.url, tz=self.tz)
        found = None
        if portal is not None:
            site = portal.with_base_url(base) if base else portal
            article_cls, _ = page_objects(site.family, site.selectors)
            found = _Site(portal, site, article_cls)
        if len(self._sites) >= 10_000:  # a WARC of the web has many hosts: memory stays flat
            self._sites.clear()
        self._sites[cache_key] = found
        return found

    def _output(self, portal_id: str) -> IO[bytes]:
        if portal_id not in self._outputs:
            folder = self.data_dir / portal_id
            folder.mkdir(parents=True, exist_ok=True)
            for n in range(1000):
                path = folder / f"{self._stamp}{f'-{n}' if n else ''}.jsonl"
                try:
                    self._outputs[portal_id] = path.open("xb")
                    break
                except FileExistsError:
                    continue
            else:
                raise FileExistsError(f"no free run file name in {folder}")
            self.result.files.append(path)
        return self._outputs[portal_id]

    def _close_outputs(self) -> None:
        for handle in self._outputs.values():
            os.fsync(handle.fileno())
            handle.close()
        self._outputs = {}


def _is_html(response: warc.ArchivedResponse) -> bool:
    kind = response.content_type.split(";", 1)[0].strip().lower()
    if kind:
        return kind in _HTML_TYPES
    return b"<html" in response.body[:4096].lower()


def _text(response: warc.ArchivedResponse) -> str | None:
    """The page's text as Scrapy decodes it: the header's charset, then the page's own
    declaration, then a guess (w3lib, which Scrapy's TextResponse uses)."""
    from w3lib.encoding import html_to_unicode

    try:
        _, text = html_to_unicode(response.content_type or None, response.body)
    except (LookupError, UnicodeError):
        return None
    return text


def _crawled_at(warc_date: str) -> str | None:
    """A WARC-Date as a record's `crawled_at` (to the second, `...Z`)."""
    try:
        moment = datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


