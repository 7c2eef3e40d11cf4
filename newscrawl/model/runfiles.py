"""The gzip members of a gzipped run file, one by one, each with its place in the file.

A gzipped feed is one gzip member per record (newscrawl.crawl.feeds), so a kill can cut at most
the member being written. Readers here go on past such a member: plain gzip readers stop
at the first broken member and lose everything after it. Pure module (no Scrapy import).
"""

from __future__ import annotations

import errno
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


def append_whole(fd: int, data: bytes, name: str | None = None) -> int:
    """Append `data` to the file `fd` in one write(2) (a kill leaves it whole or absent),
    or leave the file as it was and raise OSError (disk full); the file's new end. The one
    write path of run files and WARC archives."""
    start = os.lseek(fd, 0, os.SEEK_END)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            if not written:
                raise OSError(errno.ENOSPC, "no space left on device", name)
            view = view[written:]
    except OSError:
        try:
            os.ftruncate(fd, start)
        except OSError:
            pass
        raise
    return start + len(data)


# The first bytes of every gzip member (magic number, deflate): where reading picks up
# again after a broken member.
GZIP_MAGIC = b"\x1f\x8b\x08"
# Input is fed in windows, first a small one (a member is one record, a few KB), so that a
# file of many members is read in linear time: zlib copies what follows a member's end
# into `unused_data`, which would be the whole rest of the file each time.
_FIRST_WINDOW = 1 << 13

@dataclass(frozen=True)
class Member:
    start: int  # offset of the member's first byte
    end: int  # offset just past it; for a broken member, the next member's start or the end
    text: bytes  # what it decompresses to (a broken member: what did before it broke)
    whole: bool  # False: cut short or corrupt
    cut: bool = False  # the data ran out inside it, with no error before: a kill cut it


def gzip_members(data: Any) -> Iterator[Member]:
    """Every member of `data` (bytes, or an mmap of a file), in order. After a broken
    member, reading goes on at the next gzip header, if there is one. (An mmap can be
    closed only once the generator is done or closed.)"""
    size = len(data)
    at = 0
    with memoryview(data) as view:  # slices of it are not copies
        while at < size:
            unpack = zlib.decompressobj(16 + zlib.MAX_WBITS)
            parts: list[bytes] = []
            pos, window = at, _FIRST_WINDOW
            broken = False
            try:
                while not unpack.eof and pos < size:
                    parts.append(unpack.decompress(view[pos:pos + window]))
                    pos = min(pos + window, size)
                    window *= 2
            except zlib.error:
                broken = True
            if not broken and unpack.eof:
                end = pos - len(unpack.unused_data)
                yield Member(at, end, b"".join(parts), True)
                at = end
                continue
            if not broken:
                parts.append(unpack.flush())
            following = data.find(GZIP_MAGIC, at + 1)
            end = following if following >= 0 else size
            yield Member(at, end, b"".join(parts), False, cut=not broken)
            at = end


# --- streaming: the lines of a run file, in memory bounded by one line ------------------

# Compressed bytes read at a time, and decompressed bytes produced at a time (a gzip bomb
# expands by 1,000x: output is drawn in bounded steps, never all at once).
READ_BYTES = 1 << 20
INFLATE_STEP = 1 << 20


@dataclass(frozen=True)
class Line:
    """One event of reading a run file line by line.

    kind: "line" (data: the line, without its end), "cut" (the file ended inside a line
    or a gzip member: a kill; data: the partial line, never a record), "broken" (a
    corrupt gzip member skipped at `offset`), "not_gzip" (no gzip data at the start), or
    "oversized" (a line longer than the limit, skipped unread; data: empty)."""

    kind: str
    data: bytes = b""
    offset: int = 0


def _split(buffer: bytearray, max_line: int, skipping: bool
           ) -> tuple[list[Line], bool]:
    """Whole lines out of `buffer` (consumed from it); whether a line too long is being
    skipped to its end."""
    out: list[Line] = []
    start = 0
    while True:
        end = buffer.find(b"\n", start)
        if end < 0:
            break
        if skipping:
            skipping = False
        elif end - start > max_line:
            out.append(Line("oversized"))
        else:
            with memoryview(buffer) as view:  # one copy of the line, not two
                out.append(Line("line", bytes(view[start:end])))
        start = end + 1
    del buffer[:start]
    if not skipping and len(buffer) > max_line:
        out.append(Line("oversized"))
        skipping = True
    if skipping:
        buffer.clear()
    return out, skipping


def plain_lines(fh: Any, max_line: int) -> Iterator[Line]:
    """The lines of a plain file object, read in blocks (memory: one block and one line)."""
    buffer = bytearray()
    skipping = False
    while block := fh.read(READ_BYTES):
        buffer += block
        lines, skipping = _split(buffer, max_line, skipping)
        yield from lines
    if buffer and not skipping:
        yield Line("cut", bytes(buffer))


def gzip_lines(fh: Any, max_line: int) -> Iterator[Line]:
    """The lines of a gzipped file object of any number of members (one per record, as a
    crawl writes, or one for the whole file), streamed. A corrupt member is skipped and
    reading picks up at the next gzip header; a member the file ends in is "cut"."""
    buffer = bytearray()  # decompressed, not yet a whole line
    skipping = False
    raw = b""  # compressed bytes read, not yet fed; raw[0] is at file offset `offset`
    offset = 0
    at_eof = False
    in_member = False  # inside a member (its header seen), since `member_start`
    member_start = 0
    searching = False  # after a broken member: looking for the next gzip header
    unpack = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def fill() -> bool:
        nonlocal raw, at_eof
        if at_eof:
            return False
        more = fh.read(READ_BYTES)
        if not more:
            at_eof = True
            return False
        raw += more
        return True

    while True:
        if not raw and not fill():
            break
        if not in_member:
            if len(raw) < len(GZIP_MAGIC) and fill():
                continue
            if raw.startswith(GZIP_MAGIC):
                in_member, member_start, searching = True, offset, False
                unpack = zlib.decompressobj(16 + zlib.MAX_WBITS)
                continue
            if offset == 0:
                yield Line("not_gzip")
                return
            found = raw.find(GZIP_MAGIC, 1)
            if not searching:
                searching = True
                yield Line("broken", offset=offset)
            keep = found if found >= 0 else max(len(raw) - len(GZIP_MAGIC) + 1, 1)
            if found < 0 and at_eof:
                keep = len(raw)
            offset += keep
            raw = raw[keep:]
            continue
        before = len(raw)
        try:
            text = unpack.decompress(raw, INFLATE_STEP)
        except zlib.error:
            buffer.clear()
            skipping = False
            in_member, searching = False, True
            yield Line("broken", offset=member_start)
            found = raw.find(GZIP_MAGIC, 1)
            step = found if found >= 0 else len(raw)
            offset += step
            raw = raw[step:]
            continue
        raw = unpack.unused_data if unpack.eof else unpack.unconsumed_tail
        offset += before - len(raw)
        buffer += text
        lines, skipping = _split(buffer, max_line, skipping)
        yield from lines
        if unpack.eof:
            if buffer and not skipping:  # a member whose text does not end its last line
                yield Line("line", bytes(buffer))
            buffer.clear()
            skipping = False
            in_member = False
    if in_member:
        yield Line("cut", b"" if skipping else bytes(buffer), offset=member_start)
