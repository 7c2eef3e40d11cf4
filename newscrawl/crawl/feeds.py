"""The one JSON-lines write path: a durable feed in Scrapy's feed machinery.

Every crawl, `scrapy crawl <portal>` with `-o`/`-O`/`FEEDS` as well as the scheduled
`newscrawl crawl`, writes JSON lines through these two components, registered in the
settings (`FEED_EXPORTERS`, `FEED_STORAGES`):

- `DurableJsonLinesExporter` (formats `jsonlines`, `jsonl`, `jl`): each record is one
  write(2) of one whole line, so a `kill -9` leaves every line in the file whole (at most
  the one being written is absent: the kernel holds what was written). One narrow window
  remains: Linux copies a write into the page cache a page at a time and stops between
  pages for a fatal signal, so a kill landing inside the copy of a line longer than a page
  (microseconds) can leave that last line cut. Readers of a live feed can likewise see
  the line being copied half written. In scheduled runs such a cut line was never marked
  seen (the next run fetches the article again), the next run's reconciling does not
  count it and `newscrawl export` skips it (counted as a truncated file). An ad-hoc `-O`
  file keeps it as it is; a later `-o` onto that file first ends the cut line, so that
  its own records are not glued to it.
  Lines are fsynced in groups (group commit): at most every NEWSCRAWL_FSYNC_SECONDS
  (0.5 s) or NEWSCRAWL_FSYNC_RECORDS (100), and always when the feed closes. A record is
  marked seen only after the fsync that covers it, so after a power loss too nothing
  marked seen is missing from the files: what was written but not yet synced is fetched
  again by the next run.
  `DurableGzipJsonLinesExporter` (format `jsonl.gz`, and `-o out.jsonl.gz`): each record
  is a gzip member of its own, so a reader gets every record written before a kill. A
  later `-o` onto a file whose last member a kill cut first replaces that member by a
  whole one (what of it decompresses, ended as a line), since gzip readers stop at a
  broken member and would lose every record after it.
  In incremental runs (`NEWSCRAWL_INCREMENTAL`), the record is marked as seen in the
  seen-article store only after it is on disk. A write that fails (disk full) is undone
  to the last whole line and stops the crawl (finish reason `disk_full`, exit 7).
- `RunFileStorage` (the `file` scheme and plain paths): never appends to another run's
  file by accident (`-o` to a file that exists keeps Scrapy's append), creates the
  folder, and syncs the folder entry.

Run files are named `<data dir>/<portal>/<UTC time>.jsonl`, the time as
`2026-12-01T06-00-00Z` (`%(run_time)s` in a feed URI; `-1`, `-2` ... added when a file of
that name exists). Stock exporters (CSV, XML, JSON) and storages (S3, FTP, stdout) keep
working beside these.
"""

from __future__ import annotations

import errno
import gzip
import json
import logging
import mmap
import os
import stat
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exporters import JsonLinesItemExporter
from scrapy.extensions.feedexport import FileFeedStorage
from scrapy.utils.defer import deferred_from_coro

from newscrawl.crawl.extensions import CrawlState
from newscrawl.exits import DISK_FULL  # the finish reason of a crawl stopped by a failed write
from newscrawl.model.runfiles import append_whole, gzip_members
from newscrawl.store.protocol import change_digest

logger = logging.getLogger(__name__)


def run_time(crawler: Crawler | None) -> str:
    """The crawl's time stamp, `2026-12-01T06-00-00Z`: one per crawl, shared by its run file
    and its WARC archive (newscrawl.crawl.archive)."""
    if crawler is None:
        return datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")
    if getattr(crawler, "newscrawl_run_time", None) is None:
        crawler.newscrawl_run_time = datetime.now(UTC).strftime(  # type: ignore[attr-defined]
            "%Y-%m-%dT%H-%M-%SZ")
    return crawler.newscrawl_run_time  # type: ignore[attr-defined]


def uri_params(params: dict[str, Any], spider: Any) -> dict[str, Any]:
    """Feed URI parameters: Scrapy's, and `run_time`, the run files' documented time stamp."""
    params["run_time"] = run_time(getattr(spider, "crawler", None))
    return params


class RunFileStorage(FileFeedStorage):
    """Local files, for run files: a new name rather than appending to an earlier run's."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None) -> None:
        super().__init__(uri, feed_options=feed_options)
        self.unique = bool((feed_options or {}).get("newscrawl_run_file"))

    def open(self, spider: Any) -> IO[bytes]:
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.unique:
            stem, suffix = _split_suffix(path.name)
            for n in range(1000):
                candidate = path.with_name(stem + (f"-{n}" if n else "") + suffix)
                try:
                    handle = candidate.open("xb")
                except FileExistsError:
                    continue
                self.path = str(candidate)
                _sync_folder(candidate.parent)
                return handle
            raise FileExistsError(errno.EEXIST, "no free run file name", str(path))
        return path.open(self.write_mode)


# How far back from a feed's end a cut last line is looked for.
MAX_CUT_LINE_BYTES = 64 << 20


def _whole_lines_of(text: bytes) -> tuple[bytes, int]:
    """(the whole lines of `text`, each ended, and a last unended one if it is a whole JSON
    value; the size of a cut last line left out)."""
    whole, sep, last = text.rpartition(b"\n")
    keep = whole + sep
    if last.strip():
        try:
            json.loads(last)
        except ValueError:
            return keep, len(last)
        keep += last + b"\n"
    return keep, 0


def _split_suffix(name: str) -> tuple[str, str]:
    for suffix in (".jsonl.gz", ".jsonl", ".jl", ".json"):
        if name.endswith(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def _sync_folder(folder: Path) -> None:
    # The new file's name is durable too, not only its contents.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class DurableJsonLinesExporter(JsonLinesItemExporter):
    """JSON lines, one fsynced write per record; marks records seen once they are on disk."""

    compress = False

    def __init__(self, file: IO[bytes], *, crawler: Crawler | None = None,
                 **kwargs: Any) -> None:
        self.mark_seen = bool(kwargs.pop("mark_seen", False))
        super().__init__(file, **kwargs)
        self.file = file
        self.crawler = crawler
        self.failed = False
        self.unsynced: list[tuple[Any, int]] = []  # written, to be marked seen once synced
        self.last_sync = time.monotonic()
        settings = crawler.settings if crawler is not None else None
        self.sync_seconds = settings.getfloat("NEWSCRAWL_FSYNC_SECONDS", 0.5) if settings else 0
        self.sync_records = settings.getint("NEWSCRAWL_FSYNC_RECORDS", 100) if settings else 1
        self.path = getattr(file, "name", None)
        if not isinstance(self.path, str):
            self.path = None  # a temporary file of a remote storage: nothing to mark seen

    @classmethod
    def from_crawler(cls, crawler: Crawler, file: IO[bytes], **kwargs: Any
                     ) -> DurableJsonLinesExporter:
        return cls(file, crawler=crawler, **kwargs)

    def start_exporting(self) -> None:
        super().start_exporting()
        if self.compress:
            self._mend_a_cut_last_member()
        else:
            self._end_a_cut_last_line()
        if self.crawler is not None and self.path:
            listed = self.crawler.stats.get_value("newscrawl/run_files") or []
            self.crawler.stats.set_value("newscrawl/run_files", [*listed, self.path])

    def _existing_feed(self) -> int:
        """The size of the file this feed appends to, where it is a regular file that can
        be read back (0 otherwise: a remote storage's new temporary file, a pipe, a device)."""
        if not self.path:
            return 0
        try:
            if not stat.S_ISREG(os.fstat(self.file.fileno()).st_mode):
                return 0  # a pipe must not be opened for reading
            return os.path.getsize(self.path)
        except (AttributeError, OSError, ValueError):
            return 0  # no file descriptor, or the file is gone: leave it as it is

    def _mend_a_cut_last_member(self) -> None:
        """`-o x.jsonl.gz` onto a file whose last gzip member a kill cut: a gzip reader
        stops at that member, so this crawl's records appended after it would be lost to
        every reader. The cut member is replaced by a whole one holding its whole lines
        only; the cut record itself (never marked seen: the next run fetches it again) is
        logged and counted, never written as a line, which would make JSON-lines readers
        (pandas.read_json) reject the whole file. The records before it are not touched."""
        if not self._existing_feed():
            return
        try:
            with open(self.path, "rb") as feed, mmap.mmap(feed.fileno(), 0,
                                                         access=mmap.ACCESS_READ) as data:
                tail = None  # the first of the broken members at the end of the file
                for member in gzip_members(data):
                    if member.whole:
                        tail = None
                    elif tail is None:
                        tail = member
        except (OSError, ValueError):
            return
        if tail is None or not tail.cut:
            return  # whole, or not gzip there (another tool's bytes): not ours to change
        keep, dropped = _whole_lines_of(tail.text)
        try:
            self.file.flush()
            os.ftruncate(self.file.fileno(), tail.start)
            if keep:
                self._write_whole(gzip.compress(keep, mtime=0))
            os.fsync(self.file.fileno())
        except OSError as exc:
            self._stop(exc)
            return
        self._report_cut(dropped, "its last gzip member was cut")

    def _end_a_cut_last_line(self) -> None:
        """`-o` onto a file whose last line has no line end (a kill cut it, see above): a
        line that is a whole JSON record (another tool's file that does not end its last
        line) is ended; a cut record is removed, logged and counted (never marked seen: the
        next run fetches it again), so that this crawl's records start on lines of their
        own and JSON-lines readers can read the file."""
        size = self._existing_feed()
        if not size:
            return
        try:
            # The feed is open for appending only: its tail is read through a handle of
            # its own (at most MAX_CUT_LINE_BYTES: a record is far smaller).
            with open(self.path, "rb") as feed:
                start = max(0, size - MAX_CUT_LINE_BYTES)
                feed.seek(start)
                tail = feed.read()
        except OSError:
            return  # the file cannot be read back: leave it as it is
        if not tail or tail.endswith(b"\n"):
            return
        cut_at = tail.rfind(b"\n") + 1
        if cut_at == 0 and start > 0:
            return  # a line longer than any record: not a cut record of ours
        keep, dropped = _whole_lines_of(tail[cut_at:])
        try:
            if keep:
                self._write_whole(b"\n")
            else:
                self.file.flush()
                os.ftruncate(self.file.fileno(), start + cut_at)
        except OSError as exc:
            self._stop(exc)
            return
        self._report_cut(dropped, "its last line had no line end")

    def _report_cut(self, dropped: int, what: str) -> None:
        if dropped:
            logger.warning("%s: %s (a crawl killed while writing it?); removed the cut "
                           "record (%d bytes, never marked seen: fetched again), and this "
                           "crawl's records follow on lines of their own",
                           self.path, what, dropped)
        else:
            logger.warning("%s: %s; ended it (a whole record), and this crawl's records "
                           "follow on lines of their own", self.path, what)
        if self.crawler is not None:
            key = "feed_cut_records_removed" if dropped else "feed_cut_lines_ended"
            self.crawler.stats.inc_value(f"newscrawl/{key}")

    def _line(self, item: Any) -> bytes:
        data = dict(self.get_serialized_fields(item))
        line = (self.encoder.encode(data) + "\n").encode(self.encoding or "utf-8")
        return gzip.compress(line, mtime=0) if self.compress else line

    def export_item(self, item: Any) -> None:
        if self.failed:
            return  # the crawl is stopping; this record stays pending for the next run
        try:
            end = self._write_whole(self._line(item))
        except OSError as exc:
            self._stop(exc)
            return
        self.unsynced.append((item, end))
        if (len(self.unsynced) >= self.sync_records
                or time.monotonic() - self.last_sync >= self.sync_seconds):
            self._sync()

    def finish_exporting(self) -> None:
        super().finish_exporting()
        self._sync()

    def _sync(self) -> None:
        """fsync what was written, then mark it seen (group commit)."""
        if not self.unsynced or self.failed:
            return
        try:
            os.fsync(self.file.fileno())
        except OSError as exc:
            self._stop(exc)
            return
        self.last_sync = time.monotonic()
        done, self.unsynced = self.unsynced, []
        for item, end in done:
            self._mark_seen(item, end)

    def _write_whole(self, data: bytes) -> int:
        """Append `data` in one write, or leave the file as it was; return the new end."""
        self.file.flush()
        return append_whole(self.file.fileno(), data, self.path)

    def _mark_seen(self, item: Any, end: int) -> None:
        if not (self.mark_seen and self.path and self.crawler is not None):
            return
        state = CrawlState.of(self.crawler)
        if state is None or state.store is None:
            return
        adapter = ItemAdapter(item)
        url = adapter["url"]
        try:
            previous = state.store.get(url)
            state.store.record(url, portal=adapter["portal"],
                               published_at=adapter.get("published_at"),
                               digest=change_digest(adapter.get("title"), adapter.get("body")),
                               run_file=self.path, aliases=_aliases(item),
                               file_offset=end)
        except Exception as exc:  # the store's disk is full: the next run reconciles
            self._stop(exc)
            return
        state.stats.inc_value("newscrawl/updated" if previous else "newscrawl/new")

    def _stop(self, exc: BaseException) -> None:
        self.failed = True
        if isinstance(exc, OSError):
            where = exc.filename or self.path
            reason = exc.strerror or str(exc)
        else:
            where, reason = "the seen-article store", str(exc)
        message = f"cannot write {where}: {reason}"
        logger.error("Stopping the run: %s", message)
        if self.crawler is not None:
            self.crawler.stats.set_value("newscrawl/write_error", message)
            if self.crawler.engine is not None:
                deferred_from_coro(self.crawler.engine.close_spider_async(reason=DISK_FULL))


class DurableGzipJsonLinesExporter(DurableJsonLinesExporter):
    """`.jsonl.gz`: every record a complete gzip member (readable up to any kill)."""

    compress = True


def _aliases(item: Any) -> set[str]:
    """The URLs that led to the article, from its provenance (an item of another spider has
    none)."""
    provenance = getattr(item, "provenance", None)
    return set(provenance.aliases) if provenance is not None else set()


def default_run_file(settings: Any) -> None:
    """The run file (NEWSCRAWL_FEED) as the crawl's feed, only when no feed was asked for:
    Scrapy merges FEEDS dictionaries, so a project-level FEEDS would be written next to
    `-O out.jsonl`. Set at the spider's priority, from its `update_settings`."""
    feed = settings.get("NEWSCRAWL_FEED")
    if feed and not settings.getdict("FEEDS"):
        settings.set("FEEDS", {feed: {
            "format": "jsonl.gz" if feed.endswith(".gz") else "jsonlines",
            "encoding": "utf8", "newscrawl_run_file": True,
            "store_empty": False,  # a run with nothing new leaves no empty file
            # Scheduled runs: each record is marked seen once it is on disk.
            "item_export_kwargs": {"mark_seen": settings.getbool("NEWSCRAWL_INCREMENTAL")},
        }}, priority="spider")
