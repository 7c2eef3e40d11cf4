"""The seen-article store in Redis, shared by every crawl worker.

The same interface and order of operations as the SQLite store (newscrawl.store.sqlite): a
record is marked seen only after its run file holds it durably (the feed calls
`record` after its fsync), and pending articles, section frontiers and run-file offsets
heal a killed worker's run in the next one. Keys (prefix `newscrawl:`):

- `seen` hash: canonical URL -> JSON [portal, published_at, digest, run_file]
- `alias` hash: alias URL -> canonical URL
- `pending:<portal>` hash: URL -> JSON [section, attempts, first listed]
- `sections` hash: "<portal> <section>" -> JSON [done, covered, exhausted]
- `files` hash: "<host>:<path>" -> bytes of that run file the store holds
- `dropped` hash: URL of an article page read as invalid -> when (ISO 8601 UTC)

Run Redis with AOF persistence (`appendonly yes`) for the store to survive a Redis
restart; a worker's death costs nothing either way.
"""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.store.protocol import MAX_ATTEMPTS, SectionState, StoredArticle
from newscrawl.store.repair import RunFileHealing

# The first part of every key of newscrawl's in Redis (scrapy-redis's queues too).
REDIS_PREFIX = "newscrawl"


class RedisSeenStore(RunFileHealing):
    """The seen store in Redis. `db` is the client: a worker gives one that waits for a
    Redis gone away, within bounds (newscrawl.crawl.distributed.guard)."""

    def __init__(self, db: Any, prefix: str = REDIS_PREFIX) -> None:
        import redis

        self.errors = (redis.exceptions.RedisError,)
        self.db = db
        self.db.ping()
        self.prefix = prefix
        self.host = socket.gethostname()

    @classmethod
    def from_url(cls, url: str, prefix: str = REDIS_PREFIX) -> RedisSeenStore:
        """A store on a plain client of the Redis at `url` (text replies, as the store reads
        them)."""
        import redis

        return cls(redis.Redis.from_url(url, decode_responses=True), prefix)

    def _key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def get(self, url: str) -> StoredArticle | None:
        raw = self.db.hget(self._key("seen"), url)
        if raw is None:
            canonical = self.db.hget(self._key("alias"), url)
            raw = self.db.hget(self._key("seen"), canonical) if canonical else None
            url = canonical or url
        if raw is None:
            return None
        portal, published_at, digest, run_file = json.loads(raw)
        return StoredArticle(url, portal, published_at, digest, run_file)

    def record(self, url: str, *, portal: str, published_at: str | None, digest: str,
               run_file: str, aliases: set[str] | frozenset[str] = frozenset(),
               file_offset: int | None = None) -> None:
        pipe = self.db.pipeline(transaction=True)  # all of it or nothing (MULTI/EXEC)
        if file_offset is not None:
            # One worker writes a run file: its offsets only grow.
            pipe.hset(self._key("files"), self.file_key(Path(run_file)), file_offset)
        pipe.hdel(self._key(f"pending:{portal}"), url, *aliases)
        pipe.hset(self._key("seen"), url, json.dumps([portal, published_at, digest, run_file]))
        others = {alias: url for alias in aliases if alias != url}
        if others:
            pipe.hset(self._key("alias"), mapping=others)
        pipe.execute()

    # --- pending articles -------------------------------------------------------

    def add_pending(self, portal: str, section: str | None, urls: list[str]) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        pipe = self.db.pipeline(transaction=True)
        for url in urls:
            pipe.hsetnx(self._key(f"pending:{portal}"), url, json.dumps([section, 0, now]))
        pipe.execute()

    def take_pending(self, portal: str) -> tuple[list[tuple[str, str | None]], list[str]]:
        rows = sorted(((url, *json.loads(raw)) for url, raw in
                       self.db.hgetall(self._key(f"pending:{portal}")).items()),
                      key=lambda row: row[3])
        retry = [(url, section) for url, section, attempts, _ in rows if attempts < MAX_ATTEMPTS]
        given_up = [url for url, _, attempts, _ in rows if attempts >= MAX_ATTEMPTS]
        if given_up:
            self.db.hdel(self._key(f"pending:{portal}"), *given_up)
        return retry, given_up

    def _pending_portals(self) -> list[str]:
        return [key.rsplit(":", 1)[1] for key in
                self.db.scan_iter(match=self._key("pending:*"), count=1000)]

    def failed_attempt(self, url: str) -> None:
        for portal in self._pending_portals():
            key = self._key(f"pending:{portal}")
            raw = self.db.hget(key, url)
            if raw is not None:
                section, attempts, first = json.loads(raw)
                self.db.hset(key, url, json.dumps([section, attempts + 1, first]))

    def forget_pending(self, urls: set[str]) -> None:
        if urls:
            for portal in self._pending_portals():
                self.db.hdel(self._key(f"pending:{portal}"), *urls)

    def note_dropped(self, urls: set[str], *, portal: str, reason: str) -> None:
        if urls:
            now = datetime.now(UTC).isoformat(timespec="seconds")
            self.db.hset(self._key("dropped"), mapping={u: now for u in urls})

    def dropped_at(self, url: str) -> str | None:
        raw = self.db.hget(self._key("dropped"), url)
        return raw.decode() if isinstance(raw, bytes) else raw

    def pending_count(self, portal: str | None = None) -> int:
        portals = [portal] if portal else self._pending_portals()
        return sum(self.db.hlen(self._key(f"pending:{p}")) for p in portals)

    # --- section frontier ---------------------------------------------------------

    def section_state(self, portal: str, section: str) -> SectionState | None:
        raw = self.db.hget(self._key("sections"), f"{portal} {section}")
        if raw is None:
            return None
        done, covered, exhausted = json.loads(raw)
        return SectionState(bool(done), covered, bool(exhausted))

    def start_section(self, portal: str, section: str) -> None:
        state = self.section_state(portal, section)
        covered, exhausted = (state.covered, state.exhausted) if state else (0, False)
        self.db.hset(self._key("sections"), f"{portal} {section}",
                     json.dumps([0, covered, exhausted]))

    def finish_section(self, portal: str, section: str, *, covered: int,
                       exhausted: bool) -> None:
        self.db.hset(self._key("sections"), f"{portal} {section}",
                     json.dumps([1, covered, exhausted]))

    # --- run files ------------------------------------------------------------------

    def file_key(self, path: Path) -> str:
        return f"{self.host}:{Path(path).resolve()}"

    def file_offsets(self, portal: str) -> dict[str, int]:
        return {path: int(offset) for path, offset in
                self.db.hgetall(self._key("files")).items()}

    def set_file_offset(self, path: str, portal: str, offset: int) -> None:
        known = self.db.hget(self._key("files"), path)
        if known is None or int(known) < offset:
            self.db.hset(self._key("files"), path, offset)

    def days_done(self, portal: str, mode: str) -> set[str]:
        return set(self.db.smembers(self._key(f"backfill:{portal}:{mode}")))

    def mark_day(self, portal: str, mode: str, day: str) -> None:
        self.db.sadd(self._key(f"backfill:{portal}:{mode}"), day)

    def count(self, portal: str | None = None) -> int:
        if portal is None:
            return self.db.hlen(self._key("seen"))
        return sum(1 for _ in self._portal_urls(portal))

    def urls(self, portal: str | None = None) -> set[str]:
        if portal is None:
            return set(self.db.hkeys(self._key("seen")))
        return set(self._portal_urls(portal))

    def _portal_urls(self, portal: str) -> Any:
        for url, raw in self.db.hscan_iter(self._key("seen"), count=1000):
            if json.loads(raw)[0] == portal:
                yield url

    def close(self) -> None:
        self.db.close()
