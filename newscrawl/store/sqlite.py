"""The seen-article store for incremental runs: one SQLite file, no server.

Pure module (no Scrapy import). An article is stored only after its record
is durably in a run file (the run-file pipeline writes and fsyncs the line,
then calls `record`), so the store never lists an article the files do not
hold. A crash between the two leaves an article in a file but not in the
store; `reconcile` reads the run files past the offset the store last saw
and stores what they hold, so the next run neither fetches nor writes it
again.

Two more tables make a killed or cut-short run heal in the next one:
- `pending`: article URLs listed on a section page and queued, not yet
  written. A run re-queues what earlier runs left pending (an article whose
  fetch failed in MAX_ATTEMPTS runs is given up, logged), so a kill between
  listing and writing loses nothing.
- `sections`: the frontier of each section: whether its last pass finished
  its pagination, how deep it went and whether it reached the end. A section
  whose last pass did not finish, or stopped above the depth this run wants,
  is walked to this run's depth without stopping at pages of known articles.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from newscrawl.store.protocol import MAX_ATTEMPTS, SectionState, StoredArticle
from newscrawl.store.repair import RunFileHealing

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url TEXT PRIMARY KEY,          -- canonical URL
    portal TEXT NOT NULL,
    published_at TEXT,             -- ISO 8601 with offset
    content_hash TEXT NOT NULL,    -- change_digest(title, body); old name: stores on disk open
    run_file TEXT NOT NULL,        -- the run file its newest record is in
    first_stored TEXT NOT NULL,
    last_stored TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS aliases (
    alias TEXT PRIMARY KEY,        -- a URL that led to the article (listing link, page URL)
    url TEXT NOT NULL REFERENCES articles(url)
);
CREATE INDEX IF NOT EXISTS articles_portal ON articles(portal);
CREATE TABLE IF NOT EXISTS pending (
    url TEXT PRIMARY KEY,          -- as listed (and requested)
    portal TEXT NOT NULL,
    section TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    first_listed TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pending_portal ON pending(portal);
CREATE TABLE IF NOT EXISTS dropped (
    url TEXT PRIMARY KEY,          -- an article page (or a URL that led to it) read as invalid
    portal TEXT NOT NULL,
    reason TEXT NOT NULL,          -- why its record was dropped (missing_body)
    dropped_at TEXT NOT NULL       -- ISO 8601 UTC, the last time it was
);
CREATE TABLE IF NOT EXISTS sections (
    portal TEXT NOT NULL,
    section TEXT NOT NULL,
    done INTEGER NOT NULL,         -- the last pass finished its pagination
    covered INTEGER NOT NULL,      -- listing pages the last finished pass walked
    exhausted INTEGER NOT NULL,    -- ... and it reached the last listing page
    updated TEXT NOT NULL,
    PRIMARY KEY (portal, section)
);
CREATE TABLE IF NOT EXISTS backfill (
    portal TEXT NOT NULL,
    mode TEXT NOT NULL,            -- archive (or sitemaps)
    day TEXT NOT NULL,             -- a local date whose listing a backfill has walked
    PRIMARY KEY (portal, mode, day)
);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,         -- a run file
    portal TEXT NOT NULL,
    offset INTEGER NOT NULL        -- bytes of it whose records the store holds
);
"""
class SeenStore(RunFileHealing):
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
               run_file: str, aliases: set[str] | frozenset[str] = frozenset(),
               file_offset: int | None = None) -> None:
        """Store an article whose record is already durably in `run_file` (up to
        `file_offset` bytes); it is no longer pending."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:  # one transaction: the article, its aliases, its file offset, or nothing
            self.db.execute("BEGIN IMMEDIATE")
            if file_offset is not None:
                self.db.execute(
                    "INSERT INTO files (path, portal, offset) VALUES (?, ?, ?) ON CONFLICT(path) "
                    "DO UPDATE SET offset = MAX(offset, excluded.offset)",
                    (run_file, portal, file_offset))
            self.db.executemany("DELETE FROM pending WHERE url = ?",
                                [(u,) for u in {url, *aliases}])
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

    # --- pending articles ---------------------------------------------------

    def add_pending(self, portal: str, section: str | None, urls: list[str]) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:
            self.db.executemany(
                "INSERT OR IGNORE INTO pending (url, portal, section, attempts, first_listed) "
                "VALUES (?, ?, ?, 0, ?)", [(u, portal, section, now) for u in urls])

    def take_pending(self, portal: str) -> tuple[list[tuple[str, str | None]], list[str]]:
        """Articles earlier runs left pending: (to retry now, given up after MAX_ATTEMPTS)."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            rows = self.db.execute("SELECT url, section, attempts FROM pending WHERE portal = ? "
                                   "ORDER BY first_listed", (portal,)).fetchall()
            retry = [(url, section) for url, section, attempts in rows
                     if attempts < MAX_ATTEMPTS]
            given_up = [url for url, _, attempts in rows if attempts >= MAX_ATTEMPTS]
            self.db.executemany("DELETE FROM pending WHERE url = ?", [(u,) for u in given_up])
        return retry, given_up

    def failed_attempt(self, url: str) -> None:
        """A pending article's fetch failed (HTTP error, timeout): one attempt spent. Only
        failures count: a run killed before the fetch ended costs the article nothing."""
        with self.db:
            self.db.execute("UPDATE pending SET attempts = attempts + 1 WHERE url = ?", (url,))

    def forget_pending(self, urls: set[str]) -> None:
        """Articles that will never be written (dropped as invalid): not pending any more."""
        with self.db:
            self.db.executemany("DELETE FROM pending WHERE url = ?", [(u,) for u in urls])

    def pending_count(self, portal: str | None = None) -> int:
        if portal is None:
            return self.db.execute("SELECT COUNT(*) FROM pending").fetchone()[0]
        return self.db.execute("SELECT COUNT(*) FROM pending WHERE portal = ?",
                               (portal,)).fetchone()[0]

    # --- article pages read as invalid -----------------------------------------

    def note_dropped(self, urls: set[str], *, portal: str, reason: str) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO dropped (url, portal, reason, dropped_at) "
                "VALUES (?, ?, ?, ?)", [(u, portal, reason, now) for u in urls])

    def dropped_at(self, url: str) -> str | None:
        row = self.db.execute("SELECT dropped_at FROM dropped WHERE url = ?",
                              (url,)).fetchone()
        return row[0] if row else None

    # --- section frontier -----------------------------------------------------

    def section_state(self, portal: str, section: str) -> SectionState | None:
        row = self.db.execute("SELECT done, covered, exhausted FROM sections "
                              "WHERE portal = ? AND section = ?", (portal, section)).fetchone()
        return SectionState(bool(row[0]), row[1], bool(row[2])) if row else None

    def start_section(self, portal: str, section: str) -> None:
        """A pass over the section begins: until it finishes, the next run owes its depth."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:
            self.db.execute(
                "INSERT INTO sections (portal, section, done, covered, exhausted, updated) "
                "VALUES (?, ?, 0, 0, 0, ?) ON CONFLICT(portal, section) DO UPDATE SET "
                "done = 0, updated = excluded.updated", (portal, section, now))

    def finish_section(self, portal: str, section: str, *, covered: int,
                       exhausted: bool) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:
            self.db.execute(
                "INSERT INTO sections (portal, section, done, covered, exhausted, updated) "
                "VALUES (?, ?, 1, ?, ?, ?) ON CONFLICT(portal, section) DO UPDATE SET done = 1, "
                "covered = excluded.covered, exhausted = excluded.exhausted, "
                "updated = excluded.updated", (portal, section, covered, int(exhausted), now))

    # --- run files --------------------------------------------------------------

    def file_offsets(self, portal: str) -> dict[str, int]:
        return dict(self.db.execute("SELECT path, offset FROM files WHERE portal = ?",
                                    (portal,)).fetchall())

    def set_file_offset(self, path: str, portal: str, offset: int) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO files (path, portal, offset) VALUES (?, ?, ?) ON CONFLICT(path) "
                "DO UPDATE SET offset = MAX(offset, excluded.offset)", (path, portal, offset))

    def days_done(self, portal: str, mode: str) -> set[str]:
        return {row[0] for row in self.db.execute(
            "SELECT day FROM backfill WHERE portal = ? AND mode = ?", (portal, mode))}

    def mark_day(self, portal: str, mode: str, day: str) -> None:
        with self.db:
            self.db.execute("INSERT OR IGNORE INTO backfill (portal, mode, day) VALUES (?, ?, ?)",
                            (portal, mode, day))

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


class StoreUnwritable(OSError):
    """The data directory or the store cannot be written (read-only, or no space)."""


def store_is_sound(path: Path) -> bool:
    """False when SQLite cannot open the file or its check fails: a damaged file ("database
    disk image is malformed"), one cut short, one whose header is garbled, or no database
    at all. A file that cannot be read (permissions) is left to the writability check."""
    if not path.exists():
        return True
    try:
        db = sqlite3.connect(path, timeout=30)
        try:
            row = db.execute("PRAGMA quick_check").fetchone()
        finally:
            db.close()
    except sqlite3.OperationalError as exc:
        # "unable to open", "disk I/O error", "database is locked": not damage of the file
        return "malformed" not in str(exc) and "not a database" not in str(exc)
    except sqlite3.DatabaseError:
        return False
    return bool(row) and row[0] == "ok"


def rebuild_store(path: Path, data_dir: Path) -> tuple[Path, int]:
    """Move a damaged store aside and rebuild it from the run files, which hold every
    article's canonical URL. Returns (where the old file went, articles restored)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(aside)
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            side.rename(aside.with_name(aside.name + extra))
    store = SeenStore(path)
    restored = 0
    try:
        for folder in sorted(p for p in data_dir.iterdir() if p.is_dir() and p.name != "logs"):
            files = sorted([*folder.glob("*.jsonl"), *folder.glob("*.jsonl.gz")])
            restored += store.reconcile(folder.name, files)
    finally:
        store.close()
    return aside, restored


def check_writable(data_dir: Path) -> None:
    """Raise StoreUnwritable, with the path in the message, unless runs can be saved."""
    if data_dir.exists() and not data_dir.is_dir():
        raise StoreUnwritable(20, f"cannot write to {data_dir}: it is a file, not a folder")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / f".newscrawl-write-test-{datetime.now(UTC):%H%M%S%f}"
        probe.write_bytes(b"x" * 4096)
        probe.unlink()
    except OSError as exc:
        raise StoreUnwritable(exc.errno, f"cannot write to {data_dir}: {exc.strerror}") from None
    store = data_dir / "newscrawl.sqlite"
    if store.exists():
        try:
            with store.open("r+b"):
                pass
        except OSError as exc:
            raise StoreUnwritable(exc.errno, f"cannot write to {store}: {exc.strerror}") from None
    if not store_is_sound(store):
        return  # the run moves it aside and rebuilds it, under its lock (rebuild_store)
    try:  # opening creates its journal files: that needs room too
        SeenStore(store).close()
    except sqlite3.DatabaseError as exc:
        raise StoreUnwritable(28, f"cannot write to {store}: {exc}") from None
