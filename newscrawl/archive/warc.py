"""WARC files: a crawl's fetches written as records, and archived responses read back.

Writing (`WarcFile`, `fetch_records`): each record has the headers archives expect
(WARC-Target-URI, WARC-Date, WARC-Payload-Digest and WARC-Block-Digest, WARC-IP-Address
where known, the request record WARC-Concurrent-To its response), its header blocks
formatted by warcio (Webrecorder's WARC library, the one pywb and the Internet Archive's
tools are built on; the warcinfo record is made by warcio's builder whole); every record
is one gzip member of its own, and a fetch's two members go to the file in one write, so a
kill leaves every finished record readable. A file a kill cut is mended by the next run
(`mend`): its cut last member is cut off.

Reading (`responses`, `response_at`): warcio parses records, here made to survive what
archives of the world hold: a truncated last record, a member that is not gzip (reading
goes on at the next gzip member), a record that is not an HTTP response, a response over
`MAX_BODY_BYTES` (skipped; memory holds at most that much of one record). Each costs only
itself, counted in `ReadStats`.

What a crawl knew of a fetch goes in extension fields (ISO 28500 keeps the `WARC-` prefix
for the standard's own): the portal, the base URL it was fetched from where not its own,
the page's kind (`article`, `article_page`) and the section that listed it.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import time
import uuid
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import IO, TYPE_CHECKING

from newscrawl.model.runfiles import GZIP_MAGIC, append_whole

if TYPE_CHECKING:
    from warcio.statusandheaders import StatusAndHeaders

SUFFIX = ".warc.gz"
GZIP_LEVEL = 6  # zlib's default; warcio's own gzip uses 9, much slower for little less
MAX_BODY_BYTES = 16 << 20  # an archived response read back (a crawl downloads at most 16 MB)

PORTAL = "Newscrawl-Portal"
BASE_URL = "Newscrawl-Base-URL"
PAGE = "Newscrawl-Page"
SECTION = "Newscrawl-Section"


@dataclass
class Fetch:
    """One request and its response, as the crawl sent and received them."""

    url: str
    status: int
    body: bytes
    response_headers: list[tuple[str, str]]
    fetched_at: datetime
    method: str = "GET"
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    request_body: bytes = b""
    protocol: str = "HTTP/1.1"
    ip: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def warc_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _gzip_member(data: bytes) -> bytes:
    packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return packer.compress(data) + packer.flush()


def _serialised(record: object) -> bytes:
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    WARCWriter(out, gzip=False).write_record(record)
    return out.getvalue()


def _sha1(*parts: bytes) -> str:
    """A WARC digest of `parts` in order, as warcio writes it (`sha1:` and the base32 of the
    SHA-1); hashed part by part, so that a block is not copied whole to be hashed."""
    digest = hashlib.sha1()
    for part in parts:
        digest.update(part)
    return "sha1:" + base64.b32encode(digest.digest()).decode("ascii")


_EMPTY_SHA1 = _sha1(b"")


def _record(kind: str, url: str, fields: list[tuple[str, str]], http: StatusAndHeaders,
            payload: bytes) -> tuple[bytes, str]:
    """One record (ISO 28500 §4: its header block, the HTTP header block, the payload, two
    CRLFs) and its WARC-Record-ID. warcio formats both header blocks, as its writer does;
    the headers are given here in full (type, id, target, fields, digests, length), as its
    record builder and writer would look each of them up again and hash the payload
    through Python streams: with them, archiving cost a crawl a tenth of its pages/s."""
    from warcio.statusandheaders import StatusAndHeaders

    http.compute_headers_buffer()
    head: bytes = http.headers_buff
    record_id = f"<urn:uuid:{uuid.uuid4()}>"
    headers = StatusAndHeaders("", [
        ("WARC-Type", kind), ("WARC-Record-ID", record_id), ("WARC-Target-URI", url),
        *fields, ("WARC-Payload-Digest", _sha1(payload) if payload else _EMPTY_SHA1),
        ("WARC-Block-Digest", _sha1(head, payload)),
        ("Content-Type", f"application/http; msgtype={kind}"),
        ("Content-Length", str(len(head) + len(payload)))], protocol="WARC/1.0")
    return b"".join((headers.to_bytes(), head, payload, b"\r\n\r\n")), record_id


def fetch_records(fetch: Fetch) -> bytes:
    """The fetch's response record, then its request record: two gzip members."""
    from warcio.statusandheaders import StatusAndHeaders

    try:
        reason = HTTPStatus(fetch.status).phrase
    except ValueError:
        reason = ""
    # The body is stored as it came, still compressed where the server compressed it, but
    # de-chunked (the HTTP client joined the chunks): the header saying chunked would make
    # readers look for chunks that are not there.
    headers = [(k, v) for k, v in fetch.response_headers if k.lower() != "transfer-encoding"]
    date = warc_date(fetch.fetched_at)
    protocol = fetch.protocol or "HTTP/1.1"
    response, response_id = _record(
        "response", fetch.url,
        [("WARC-Date", date), *([("WARC-IP-Address", fetch.ip)] if fetch.ip else []),
         *fetch.extra.items()],
        StatusAndHeaders(f"{fetch.status} {reason}".strip(), headers, protocol=protocol),
        fetch.body)
    target = fetch.url.split("//", 1)[-1]
    path = "/" + target.split("/", 1)[1] if "/" in target else "/"
    request, _ = _record(
        "request", fetch.url, [("WARC-Date", date), ("WARC-Concurrent-To", response_id)],
        StatusAndHeaders(f"{fetch.method} {path} {protocol}", list(fetch.request_headers),
                         is_http_request=True),
        fetch.request_body)
    return _gzip_member(response) + _gzip_member(request)


def warcinfo_record(filename: str, software: str, user_agent: str | None) -> bytes:
    from warcio.warcwriter import WARCWriter

    info = {"software": software, "format": "WARC File Format 1.0",
            "conformsTo": "https://iipc.github.io/warc-specifications/", "robots": "obey",
            "http-header-user-agent": user_agent or ""}
    record = WARCWriter(io.BytesIO(), gzip=False).create_warcinfo_record(filename, info)
    return _gzip_member(_serialised(record))


class WarcFile:
    """An archive being written: appends whole members, fsyncs at most every
    `sync_seconds` and when closed."""

    def __init__(self, path: Path, *, sync_seconds: float = 1.0) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.file: IO[bytes] = path.open("xb")
        self.sync_seconds = sync_seconds
        self.last_sync = time.monotonic()
        self.records = 0

    def append(self, data: bytes) -> None:
        """All of `data` in one write, or the file as it was (then OSError)."""
        fd = self.file.fileno()
        append_whole(fd, data, str(self.path))
        self.records += 1
        if time.monotonic() - self.last_sync >= self.sync_seconds:
            os.fsync(fd)
            self.last_sync = time.monotonic()

    def close(self) -> None:
        try:
            os.fsync(self.file.fileno())
        finally:
            self.file.close()


def mend(path: Path) -> int:
    """Cut off a last member a kill cut short (every reader would stop at it); the bytes
    cut off, 0 when the file ends in a whole member. Memory: one read buffer."""
    end = 0
    with path.open("rb") as fh:
        for member in _members(fh, keep=0):
            if member.end is None:
                break
            end = member.end
        size = fh.seek(0, os.SEEK_END)
    if end >= size:
        return 0
    with path.open("r+b") as fh:
        fh.truncate(end)
        os.fsync(fh.fileno())
    return size - end


@dataclass
class _Member:
    start: int
    end: int | None  # None: it does not end (cut short, or not gzip from `start` on)
    data: bytes | None  # decompressed, None when over `keep` bytes
    gzip: bool = True


def _members(fh: IO[bytes], keep: int, chunk: int = 1 << 20) -> Iterator[_Member]:
    """The gzip members of a file in order, each decompressed where it is at most `keep`
    bytes (memory: `keep` and a read buffer). Bytes that are not gzip are one member of
    their own (gzip False), up to the next gzip header."""
    at = 0
    while True:
        fh.seek(at)
        head = fh.read(len(GZIP_MAGIC))
        if not head:
            return
        if head != GZIP_MAGIC:
            following = _next_member(fh, at + 1)
            yield _Member(at, following, None, gzip=False)
            if following is None:
                return
            at = following
            continue
        fh.seek(at)
        unpack = zlib.decompressobj(zlib.MAX_WBITS | 16)
        parts: list[bytes] = []
        size = 0
        pos = at
        broken = False
        try:
            while not unpack.eof:
                data = fh.read(chunk)
                if not data:
                    break
                pos += len(data)
                out = unpack.decompress(data, chunk)
                while True:
                    size += len(out)
                    if parts is not None and size <= keep:
                        parts.append(out)
                    else:
                        parts = None  # over `keep`: only the member's end is wanted now
                    if not unpack.unconsumed_tail or unpack.eof:
                        break
                    out = unpack.decompress(unpack.unconsumed_tail, chunk)
        except zlib.error:
            broken = True
        if broken or not unpack.eof:
            following = _next_member(fh, at + 1)
            yield _Member(at, None, None)
            if following is None:
                return
            at = following
            continue
        end = pos - len(unpack.unused_data)
        yield _Member(at, end, b"".join(parts) if parts is not None else None)
        at = end


# --- reading ------------------------------------------------------------------------------


@dataclass
class ArchivedResponse:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes  # decoded: de-chunked, decompressed (Content-Encoding)
    date: str  # WARC-Date
    fields: dict[str, str]  # every WARC header (with the extension fields)
    path: Path
    offset: int

    @property
    def content_type(self) -> str:
        return next((v for k, v in self.headers if k.lower() == "content-type"), "")


@dataclass
class ReadStats:
    """What reading archives skipped, by why (a line each in the command's summary)."""

    responses: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def responses(path: Path, stats: ReadStats) -> Iterator[ArchivedResponse]:
    """Every HTTP response record of a WARC (.warc.gz or .warc), in file order."""
    with path.open("rb") as fh:
        compressed = fh.read(len(GZIP_MAGIC)) == GZIP_MAGIC
        if not compressed:
            yield from _plain_responses(fh, path, stats)
            return
        for member in _members(fh, keep=MAX_BODY_BYTES + (1 << 20)):
            if not member.gzip:
                stats.skipped["not a gzip member"] += 1
            elif member.end is None:
                stats.skipped["truncated record"] += 1
            elif member.data is None:
                stats.skipped[_over_limit()] += 1
            else:
                yield from _parsed(member.data, path, member.start, stats)


def _parsed(data: bytes, path: Path, offset: int, stats: ReadStats
            ) -> Iterator[ArchivedResponse]:
    """The response records of one member's bytes (usually one record)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if _lone_record_of_another_type(data):
        return  # a request, warcinfo or metadata record: not parsed (half of an archive)
    try:
        for record in ArchiveIterator(io.BytesIO(data), arc2warc=True):
            found = _response(record, path, offset, stats)
            if found is not None:
                yield found
    except (ArchiveLoadFailed, EOFError, ValueError, zlib.error) as exc:
        stats.skipped[_failure(exc)] += 1


_WARC_TYPE = re.compile(rb"\r\nwarc-type:[ \t]*([^\r\n]*)", re.IGNORECASE)
_NOT_READ = {b"request", b"warcinfo", b"metadata", b"revisit"}  # record types of no page
_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)


def _lone_record_of_another_type(data: bytes) -> bool:
    """Whether `data` is one record (its Content-Length covers the rest) of a type that
    holds no page (a request, warcinfo, metadata, revisit), told from its header block
    without parsing it."""
    head_end = data.find(b"\r\n\r\n", 0, 65536)
    if head_end < 0:
        return False
    head = data[:head_end]
    kind, length = _WARC_TYPE.search(head), _CONTENT_LENGTH.search(head)
    if kind is None or length is None or kind.group(1).strip().lower() not in _NOT_READ:
        return False
    return head_end + 4 + int(length.group(1)) + 4 >= len(data)  # and its closing CRLFs


def _plain_responses(fh: IO[bytes], path: Path, stats: ReadStats
                     ) -> Iterator[ArchivedResponse]:
    """An uncompressed WARC: warcio reads it record by record; a damaged record ends it
    (counted), having no member boundary to go on from."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    fh.seek(0)
    records = ArchiveIterator(fh, arc2warc=True)
    try:
        for record in records:
            found = _response(record, path, records.get_record_offset(), stats)
            if found is not None:
                yield found
    except (ArchiveLoadFailed, EOFError, ValueError, zlib.error) as exc:
        stats.skipped[_failure(exc)] += 1


def _over_limit() -> str:
    size = MAX_BODY_BYTES
    shown = f"{size / 2**20:g} MB" if size >= 2**20 else f"{size / 2**10:g} kB"
    return f"response over the size limit ({shown})"


def _failure(exc: BaseException) -> str:
    text = str(exc).lower()
    if isinstance(exc, EOFError) or "truncat" in text or "end of" in text:
        return "truncated record"
    if "gzip" in text or isinstance(exc, zlib.error) or "unknown archive format" in text:
        return "not a gzip member or not WARC"
    return "unreadable record"


def _next_member(fh: IO[bytes], start: int, chunk: int = 1 << 20) -> int | None:
    fh.seek(start)
    at = start
    tail = b""
    while True:
        data = fh.read(chunk)
        if not data:
            return None
        window = tail + data
        found = window.find(GZIP_MAGIC)
        if found >= 0:
            return at - len(tail) + found
        tail = window[-(len(GZIP_MAGIC) - 1):]
        at += len(data)


def _response(record: object, path: Path, offset: int, stats: ReadStats
              ) -> ArchivedResponse | None:
    rec_type = getattr(record, "rec_type", None)
    if rec_type == "resource":
        stats.skipped["not an HTTP response"] += 1  # a file archived as it is, no HTTP
        return None
    if rec_type != "response":
        return None  # request, warcinfo, metadata, revisit: nothing to read
    http = getattr(record, "http_headers", None)
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = headers.get_header("WARC-Target-URI") or ""
    if http is None or not url.startswith(("http://", "https://")):
        stats.skipped["not an HTTP response"] += 1
        return None
    try:
        status = int(http.get_statuscode())
    except (TypeError, ValueError):
        stats.skipped["not an HTTP response"] += 1
        return None
    body = record.content_stream().read(MAX_BODY_BYTES + 1)  # type: ignore[attr-defined]
    if len(body) > MAX_BODY_BYTES:
        stats.skipped[_over_limit()] += 1
        return None
    stats.responses += 1
    return ArchivedResponse(url, status, list(http.headers), body,
                            headers.get_header("WARC-Date") or "", dict(headers.headers),
                            path, offset)


def response_at(path: Path, offset: int) -> ArchivedResponse | None:
    """The response record at `offset` of `path` (an offset `responses` gave)."""
    stats = ReadStats()
    with path.open("rb") as fh:
        fh.seek(offset)
        if fh.read(len(GZIP_MAGIC)) != GZIP_MAGIC:
            fh.seek(offset)
            return next(_plain_responses_from(fh, path, offset, stats), None)
        fh.seek(offset)
        unpack = zlib.decompressobj(zlib.MAX_WBITS | 16)
        parts: list[bytes] = []
        size, limit = 0, MAX_BODY_BYTES + (1 << 20)
        try:
            while not unpack.eof and size <= limit:  # the member only, not the file's rest
                chunk = fh.read(1 << 16)
                if not chunk:
                    break
                parts.append(unpack.decompress(chunk, limit + 1 - size))
                size += len(parts[-1])
        except zlib.error:
            return None
    return next(_parsed(b"".join(parts), path, offset, stats), None)


def _plain_responses_from(fh: IO[bytes], path: Path, offset: int, stats: ReadStats
                          ) -> Iterator[ArchivedResponse]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(fh, arc2warc=True):
            found = _response(record, path, offset, stats)
            if found is not None:
                yield found
            return
    except (ArchiveLoadFailed, EOFError, ValueError, zlib.error) as exc:
        stats.skipped[_failure(exc)] += 1


def archives(paths: list[Path]) -> Iterator[Path]:
    """WARC files named, and those under folders named (sorted: a crawl's in run order)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file()
                              and p.name.endswith((".warc.gz", ".warc")))
        else:
            yield path
