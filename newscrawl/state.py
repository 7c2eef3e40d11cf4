"""The seen-article store for incremental runs: one SQLite file, no server.

Pure module (no Scrapy import). An article is stored only after its record
is durably in a run file (the run-file pipeline writes and fsyncs the line,
then calls `record`), so the store never lists an article the files do not
hold. A crash between the two leaves an article in a file but not in the
store: the next run fetches it again and writes it again, which the export's
deduplication by URL absorbs. Nothing is lost either way.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url TEXT PRIMARY KEY,          -- canonical URL
    portal TEXT NOT NULL,
    published_at TEXT,             -- ISO 8601 with offset
    content_hash TEXT NOT NULL,    -- of title + body: a re-fetched article that changed is new
    run_file TEXT NOT NULL,        -- the run file its newest record is in
    first_stored TEXT NOT NULL,
    last_stored TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS aliases (
    alias TEXT PRIMARY KEY,        -- a URL that led to the article (listing link, page URL)
    url TEXT NOT NULL REFERENCES articles(url)
);
CREATE INDEX IF NOT EXISTS articles_portal ON articles(portal);
"""


@dataclass(frozen=True)
class StoredArticle:
    url: str
    portal: str
    published_at: str | None
    content_hash: str
    run_file: str


def content_hash(title: str | None, body: str | None) -> str:
    """A short, stable hash of what a reader sees: title and body text."""
    text = f"{(title or '').strip()}\n{(body or '').strip()}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class SeenStore:
    """Articles already written to run files, keyed by canonical URL (and its aliases)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")  # a commit survives power loss too
        self.db.executescript(SCHEMA)

    def get(self, url: str) -> StoredArticle | None:
        row = self.db.execute(
            "SELECT a.url, a.portal, a.published_at, a.content_hash, a.run_file FROM articles a "
            "WHERE a.url = ? UNION ALL "
            "SELECT a.url, a.portal, a.published_at, a.content_hash, a.run_file FROM aliases s "
            "JOIN articles a ON a.url = s.url WHERE s.alias = ? LIMIT 1",
            (url, url),
        ).fetchone()
        return StoredArticle(*row) if row else None

    def record(self, url: str, *, portal: str, published_at: str | None, digest: str,
               run_file: str, aliases: set[str] | frozenset[str] = frozenset()) -> None:
        """Store an article whose record is already durably in `run_file`."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:  # one transaction: the article and its aliases, or nothing
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute(
                "INSERT INTO articles (url, portal, published_at, content_hash, run_file, "
                "first_stored, last_stored) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET published_at = excluded.published_at, "
                "content_hash = excluded.content_hash, run_file = excluded.run_file, "
                "last_stored = excluded.last_stored",
                (url, portal, published_at, digest, run_file, now, now),
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO aliases (alias, url) VALUES (?, ?)",
                [(alias, url) for alias in aliases if alias != url],
            )

    def count(self, portal: str | None = None) -> int:
        if portal is None:
            return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return self.db.execute("SELECT COUNT(*) FROM articles WHERE portal = ?",
                               (portal,)).fetchone()[0]

    def urls(self, portal: str | None = None) -> set[str]:
        query, args = "SELECT url FROM articles", ()
        if portal is not None:
            query, args = query + " WHERE portal = ?", (portal,)
        return {row[0] for row in self.db.execute(query, args)}

    def close(self) -> None:
        self.db.close()
