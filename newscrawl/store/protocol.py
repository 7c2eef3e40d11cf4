"""The seen-article store's interface, declared once: what the crawl asks of a store
(`SeenStoreProtocol`, as Scrapy declares FeedStorageProtocol) and the values it answers
with. Two backends implement it: newscrawl.store.sqlite (one file beside the run files)
and newscrawl.store.redis (crawl workers on several machines); tests/store checks both
against one behaviour test. Pure module (no Scrapy import).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

MAX_ATTEMPTS = 3  # failed fetches of a pending article before it is given up (and logged)


@dataclass(frozen=True)
class SectionState:
    done: bool
    covered: int
    exhausted: bool

    def owes(self, depth: int) -> bool:
        """Must a pass that wants `depth` pages walk them all (not stop at known articles)?"""
        return not self.done or (self.covered < depth and not self.exhausted)


@dataclass(frozen=True)
class StoredArticle:
    url: str
    portal: str
    published_at: str | None
    digest: str  # change_digest of its title and body
    run_file: str


def change_digest(title: str | None, body: str | None) -> str:
    """A short, stable hash of what a reader sees, title and body text: an article fetched
    again whose digest is unchanged is not written again. (Not the export's `content_hash`
    column, a hash of the normalised body alone.)"""
    text = f"{(title or '').strip()}\n{(body or '').strip()}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@runtime_checkable
class SeenStoreProtocol(Protocol):
    """Articles written (by canonical URL and the aliases that led to them), articles
    listed but not yet written (pending), each section's frontier, how far into each run
    file the store has read, the days a backfill walked, and invalid pages."""

    def get(self, url: str) -> StoredArticle | None: ...

    def record(self, url: str, *, portal: str, published_at: str | None, digest: str,
               run_file: str, aliases: set[str] | frozenset[str] = frozenset(),
               file_offset: int | None = None) -> None: ...

    def add_pending(self, portal: str, section: str | None, urls: list[str]) -> None: ...

    def take_pending(self, portal: str) -> tuple[list[tuple[str, str | None]], list[str]]: ...

    def failed_attempt(self, url: str) -> None: ...

    def forget_pending(self, urls: set[str]) -> None: ...

    def pending_count(self, portal: str | None = None) -> int: ...

    def note_dropped(self, urls: set[str], *, portal: str, reason: str) -> None: ...

    def dropped_at(self, url: str) -> str | None: ...

    def section_state(self, portal: str, section: str) -> SectionState | None: ...

    def start_section(self, portal: str, section: str) -> None: ...

    def finish_section(self, portal: str, section: str, *, covered: int,
                       exhausted: bool) -> None: ...

    def file_key(self, path: Path) -> str: ...

    def file_offsets(self, portal: str) -> dict[str, int]: ...

    def set_file_offset(self, path: str, portal: str, offset: int) -> None: ...

    def days_done(self, portal: str, mode: str) -> set[str]: ...

    def mark_day(self, portal: str, mode: str, day: str) -> None: ...

    def count(self, portal: str | None = None) -> int: ...

    def urls(self, portal: str | None = None) -> set[str]: ...

    def reconcile(self, portal: str, files: list[Path]) -> int: ...

    def close(self) -> None: ...
