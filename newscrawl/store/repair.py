"""A store that heals from the run files it describes: the records a store does not hold
yet (a kill between a line's fsync and its store write) are read back in
(`RunFileHealing`, the base of both backends). Pure module (no Scrapy import).
"""

from __future__ import annotations

import json
from pathlib import Path

from newscrawl.model.runfiles import gzip_members
from newscrawl.store.protocol import StoredArticle, change_digest


class RunFileHealing:
    """What every seen-article store shares: healing from the run files it describes.

    A store keys written articles by canonical URL (and the aliases that led to them),
    and keeps the articles listed but not yet written (`pending`), each section's
    frontier and how far into each run file it has read. `SeenStore` keeps them in
    SQLite beside the run files; `newscrawl.store.redis.RedisSeenStore` in Redis,
    for crawl workers on several machines. Both are used through this interface.
    """

    def get(self, url: str) -> StoredArticle | None:
        raise NotImplementedError

    def record(self, url: str, *, portal: str, published_at: str | None, digest: str,
               run_file: str, aliases: set[str] | frozenset[str] = frozenset(),
               file_offset: int | None = None) -> None:
        raise NotImplementedError

    def file_offsets(self, portal: str) -> dict[str, int]:
        raise NotImplementedError

    def set_file_offset(self, path: str, portal: str, offset: int) -> None:
        raise NotImplementedError

    def file_key(self, path: Path) -> str:
        """How the store names a run file (Redis adds the machine: files are local)."""
        return str(path)

    def days_done(self, portal: str, mode: str) -> set[str]:
        """Days (ISO dates) a backfill of the portal has walked already."""
        raise NotImplementedError

    def mark_day(self, portal: str, mode: str, day: str) -> None:
        raise NotImplementedError

    def note_dropped(self, urls: set[str], *, portal: str, reason: str) -> None:
        """Article pages whose record was invalid (no body, title or date). They are still
        fetched every run; a run's judgement counts only the pages invalid for the first
        time (newscrawl.crawl.runner: "no article came out")."""
        raise NotImplementedError

    def dropped_at(self, url: str) -> str | None:
        """When `url` was last read as an invalid article page (ISO 8601 UTC), or None."""
        raise NotImplementedError

    def reconcile(self, portal: str, files: list[Path]) -> int:
        """Store the records of `files` the store does not hold yet (a kill between a
        line's fsync and its store write); return how many were added."""
        added = 0
        known = self.file_offsets(portal)
        for path in files:
            offset = known.get(self.file_key(path), 0)
            try:
                if path.stat().st_size <= offset:
                    continue
                with path.open("rb") as fh:
                    fh.seek(offset)
                    data = fh.read()
            except OSError:
                continue
            lines, used = _whole_lines(data, gzipped=path.name.endswith(".gz"))
            for line in lines:
                try:
                    rec = json.loads(line)
                    url = rec["url"]
                except (ValueError, KeyError, TypeError):
                    continue
                if not isinstance(url, str) or self.get(url) is not None:
                    continue
                self.record(url, portal=portal, published_at=rec.get("published_at"),
                            digest=change_digest(rec.get("title"), rec.get("body")),
                            run_file=str(path))
                added += 1
            self.set_file_offset(self.file_key(path), portal, offset + used)
        return added


def _whole_lines(data: bytes, *, gzipped: bool) -> tuple[list[bytes], int]:
    """The complete lines of a run file's tail, and how many bytes of it they take.

    A gzipped run file is one gzip member per record: members are read one by one, and a
    member cut by a kill ends the reading."""
    if not gzipped:
        end = data.rfind(b"\n") + 1  # a cut last line is not a record
        return data[:end].splitlines(), end
    lines: list[bytes] = []
    used = 0
    for member in gzip_members(data):
        if not member.whole:
            break
        lines.extend(member.text.splitlines())
        used = member.end
    return lines, used
