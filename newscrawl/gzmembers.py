"""The gzip members of a gzipped run file, one by one, each with its place in the file.

A gzipped feed is one gzip member per record (newscrawl.feeds), so a kill can cut at most
the member being written. Readers here go on past such a member: plain gzip readers stop
at the first broken member and lose everything after it. Pure module (no Scrapy import).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

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
