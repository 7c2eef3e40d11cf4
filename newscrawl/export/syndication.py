"""Syndicated copies: the same article republished on other portals, found by its body.

PRMN and Tribun portals republish one article across their networks, and Antara's bureaus
each other's, under other URLs, headlines, datelines and promo boxes, sometimes with the
last paragraph trimmed. An export marks every record with `syndication_group`: the URL of
the earliest record whose body it nearly repeats (its own URL when it stands alone).

How (MinHash with LSH, the standard way to find near-duplicate documents at scale):

- A body becomes the set of its word 3-shingles, case folded, with the dateline of its
  first paragraph ("ZONABANTEN.com - ", "MAKASSAR, KOMPAS.com -") taken out.
- A MinHash signature of `NUM_PERM` values estimates the Jaccard similarity of two such
  sets: the share of values on which two signatures agree.
- LSH: the first BANDS x ROWS values are cut into `BANDS` bands of `ROWS`; two records that
  agree on a whole band are candidates (a pair of similarity 0.7 becomes one with
  probability 0.985, one of 0.3 with 0.24), and a candidate is the same story when its
  signatures agree on at least `SAME_STORY` of their values.
- Records come in publication order, so the first record of a group is its earliest; a
  later record joins the group of the most similar earlier candidate.
- The band index and the signatures live in a scratch SQLite database, so memory does not
  grow with the number of records. Band keys are random, so each insert and lookup lands
  on its own page of the index: new keys wait in memory and go in as one sorted run every
  `FLUSH_KEYS`, and a Bloom filter (a fixed `BLOOM_BYTES`) answers "never seen" for most
  keys without a lookup (copies are the few). Hashing is fixed (a polynomial word hash, seeded
  constants): the same records give the same groups in every export.

Bodies of fewer than `MIN_WORDS` words (a photo caption, a video's one line) are too short
to tell a copy from a template and always stand alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from newscrawl.export.dedupe import scratch_database
from newscrawl.lang.dateline import without_dateline

NUM_PERM = 64
BANDS, ROWS = 10, 3  # the first 30 of the NUM_PERM values make the bands
SAME_STORY = 0.5  # share of signature values two bodies of one story agree on
MIN_WORDS = 40
SHINGLE = 3
_ROWS_A_STATEMENT = 4000  # band rows a multi-row INSERT (SQLite allows 32,766 values)
MAX_BYTES = 32_768  # of a body read: a copy is told by its first pages, work stays bounded
_BIN_BITS = 6  # 2**6 == NUM_PERM bins
FLUSH_KEYS = 200_000  # band keys kept in memory before they go into the index (3.2 MB)
BATCH_RECORDS = 2000  # records matched at once (two batches wait in memory as dicts)
BLOOM_BYTES = 1 << 23  # 8 MiB: 1 M records (10 M keys) give ~5 % false "maybe"s
CACHE_SLOTS = 1 << 15  # earlier records' signatures kept at hand: 8 MiB
_BLOOM_HASHES = 3


_seeds = np.random.default_rng(31).integers(1, 2**63, size=16, dtype=np.uint64) | np.uint64(1)
_SHINGLE_WEIGHTS = _seeds[:SHINGLE]
_BAND_WEIGHTS = _seeds[SHINGLE:SHINGLE + ROWS + 1]
_KEY_MASK = np.uint64(2**63 - 1)  # SQLite integers are signed 64-bit
_EMPTY = np.uint64(2**32)  # an empty bin, above every 32-bit value
_LOW32 = np.uint64(0xFFFFFFFF)


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every input bit reaches every output bit."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


# ASCII letters and digits make words (byte -> 1); anything else (white space,
# punctuation, curly quotes, dashes) separates them (-> 0). Indonesian news is written in
# ASCII letters.
_WORD_BYTE_TABLE = bytes(1 if chr(b).isascii() and chr(b).isalnum() else 0
                         for b in range(256))
_BASE = 0x01000193  # odd, so it has an inverse modulo 2**32 (FNV's prime)
HASH_BYTES = 1 << 18  # bytes hashed at once: the powers tables are 1 MiB each


@cache
def _powers() -> tuple[np.ndarray, np.ndarray]:
    """_BASE**i and its inverse modulo 2**32, for i up to HASH_BYTES."""
    one = np.ones(1, dtype=np.uint32)
    powers = np.cumprod(np.full(HASH_BYTES, _BASE, dtype=np.uint32), dtype=np.uint32)
    inverses = np.cumprod(np.full(HASH_BYTES, pow(_BASE, -1, 2**32), dtype=np.uint32),
                          dtype=np.uint32)
    return np.concatenate((one, powers)), np.concatenate((one, inverses))


def _prepared(body: str | None) -> bytes:
    """What a body is compared by: its first MAX_BYTES bytes, dateline out, lower case."""
    if not body:
        return b""
    return without_dateline(body).lower().encode("utf-8")[:MAX_BYTES]


def _slices(start: np.ndarray, length: np.ndarray, most: int) -> Iterator[tuple[int, int]]:
    """Byte ranges of whole segments, each at most `most` bytes (or one segment)."""
    lo = int(start[0])
    end = start + length
    while lo < end[-1]:
        last = max(int(np.searchsorted(end, lo + most, side="right")) - 1,
                   int(np.searchsorted(start, lo, side="left")))
        hi = int(end[last])
        yield lo, hi
        lo = hi


def signatures(bodies: list[str | None]) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures of many bodies at once: (uint32 array [bodies, NUM_PERM], which
    bodies are long enough to compare). One batch is a handful of numpy passes over all
    its bytes, so the per-call cost of numpy is paid once per batch, not per body.

    - Words: runs of ASCII letters and digits, hashed with a 32-bit polynomial hash from
      prefix sums, over slices of whole texts of at most HASH_BYTES.
    - Shingles: three consecutive words of one body, mixed into 64 bits.
    - One permutation hashing: a shingle hash's top bits choose one of NUM_PERM bins, the
      next 32 bits are its value, and each bin keeps its smallest value. An empty bin
      borrows the next non-empty bin's value shifted by the distance, so two short texts
      do not agree on the bins they both lack (densification, Shrivastava 2017).
    """
    texts = [_prepared(body) for body in bodies]
    count = len(texts)
    sigs = np.zeros((count, NUM_PERM), dtype=np.uint32)
    if not count:
        return sigs, np.zeros(0, dtype=bool)
    # A space before each text and after the last: a word never runs from one text into
    # the next, and every slice below starts after a space.
    seg_len = np.fromiter(map(len, texts), dtype=np.int64, count=count) + 1
    seg_start = np.concatenate(([1], 1 + np.cumsum(seg_len)[:-1]))
    joined = b" " + b" ".join(texts) + b" "
    data = np.frombuffer(joined, dtype=np.uint8)
    word_bytes = np.frombuffer(joined.translate(_WORD_BYTE_TABLE), dtype=bool)
    word_parts: list[np.ndarray] = []
    start_parts: list[np.ndarray] = []
    powers, inverses = _powers()
    # hashed in slices of at most HASH_BYTES (whole texts), so the powers tables stay small
    for lo, hi in _slices(seg_start, seg_len, HASH_BYTES):
        part = data[lo:hi]
        prefix = np.zeros(len(part) + 1, dtype=np.uint32)
        np.cumsum(part * powers[:len(part)], out=prefix[1:], dtype=np.uint32)
        is_word = word_bytes[lo - 1:hi]  # from the space before the slice; it ends in one
        edges = np.flatnonzero(is_word[1:] != is_word[:-1])
        starts, ends = edges[0::2], edges[1::2]
        word_parts.append((prefix[ends] - prefix[starts]) * inverses[starts])
        start_parts.append(starts + lo)
    words = np.concatenate(word_parts).astype(np.uint64)
    word_starts = np.concatenate(start_parts)
    firsts = np.searchsorted(word_starts, seg_start)  # each text's first word
    word_text = np.repeat(np.arange(count), np.diff(np.append(firsts, len(word_starts))))
    usable = np.bincount(word_text, minlength=count) >= MIN_WORDS
    last = len(words) - SHINGLE + 1
    if last <= 0:
        return sigs, usable & False
    mixed = np.zeros(last, dtype=np.uint64)
    for k in range(SHINGLE):
        mixed = mixed + words[k:last + k] * _SHINGLE_WEIGHTS[k]
    shingle_text = word_text[:last]
    keep = (shingle_text == word_text[SHINGLE - 1:]) & usable[shingle_text]
    shingles = _mix(mixed[keep])
    slots = shingle_text[keep] * NUM_PERM + (shingles >> np.uint64(64 - _BIN_BITS)).astype(
        np.int64)
    values = np.full(count * NUM_PERM, _EMPTY, dtype=np.uint64)
    np.minimum.at(values, slots, (shingles >> np.uint64(64 - _BIN_BITS - 32)) & _LOW32)
    values = values.reshape(count, NUM_PERM)
    bins = np.arange(NUM_PERM)
    for row in np.flatnonzero(usable & (values == _EMPTY).any(axis=1)):
        filled = np.flatnonzero(values[row] != _EMPTY)
        nearest = filled[np.searchsorted(filled, bins) % len(filled)]
        shift = ((nearest - bins) % NUM_PERM).astype(np.uint64) * np.uint64(0x9E3779B1)
        values[row] = (values[row][nearest] + shift) & _LOW32
    sigs[usable] = values[usable].astype(np.uint32)
    return sigs, usable


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """One key per band of each signature ([signatures, BANDS] int64): equal keys mean
    equal bands (up to a 2**-63 chance)."""
    rows = sigs[:, :BANDS * ROWS].reshape(len(sigs), BANDS, ROWS).astype(np.uint64)
    combined = np.broadcast_to(np.arange(BANDS, dtype=np.uint64) * _BAND_WEIGHTS[ROWS],
                               (len(sigs), BANDS)).copy()
    for k in range(ROWS):
        combined = combined + rows[:, :, k] * _BAND_WEIGHTS[k]
    return (_mix(combined) & _KEY_MASK).astype(np.int64)


Signed = tuple[np.ndarray, np.ndarray, np.ndarray]  # signatures, usable, band keys


def _signed(batch: list[dict[str, Any]]) -> Signed:
    sigs, usable = signatures([record.get("body") for record in batch])
    return sigs, usable, band_keys(sigs)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard similarity of two bodies' shingle sets, as their signatures estimate it."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


class BloomFilter:
    """A set of band keys that may answer "maybe" for a key it does not hold (then the
    index is asked), never "no" for one it does. Keys are already random 63-bit hashes:
    each position is a multiple of the key, its top bits."""

    _MULTIPLIERS = _seeds[SHINGLE + ROWS + 1:SHINGLE + ROWS + 1 + _BLOOM_HASHES]

    def __init__(self, size_bytes: int = BLOOM_BYTES) -> None:
        self.bits = np.zeros(size_bytes, dtype=np.uint8)
        self.shift = np.uint64(64 - (size_bytes * 8).bit_length() + 1)

    def _positions(self, keys: np.ndarray) -> np.ndarray:
        wide = keys.astype(np.uint64)
        return np.stack([(wide * m) >> self.shift for m in self._MULTIPLIERS]).astype(np.int64)

    def add(self, keys: np.ndarray) -> None:
        at = self._positions(keys).ravel()
        np.bitwise_or.at(self.bits, at >> 3, (1 << (at & 7)).astype(np.uint8))

    def may_hold(self, keys: np.ndarray) -> np.ndarray:
        at = self._positions(keys)
        return np.all((self.bits[at >> 3] >> (at & 7).astype(np.uint8)) & 1, axis=0)


class SyndicationIndex:
    """Gives each record, in publication order, `syndication_group`: the URL of its group's
    earliest record. Signatures and the band index are kept in SQLite in `folder`; records
    are handled in batches of about `batch_bytes` of body text."""

    def __init__(self, folder: Path, *, batch_bytes: int = 1_000_000) -> None:
        self.path = folder / "syndication.sqlite"
        # 2 MB of page cache: the index is written in sorted runs and read for the few keys
        # the Bloom filter lets through; more buys little time for memory a Parquet export
        # does not have to spare.
        self.db = scratch_database(self.path, cache_kib=2_000)
        self.db.execute("CREATE TABLE band (key INTEGER PRIMARY KEY, rec INTEGER NOT NULL)")
        self.bloom = BloomFilter()
        # New band keys not yet in the table, with their records: one buffer, a sorted
        # run of keys for each batch (`runs`: where each ends).
        self.pending = np.zeros((FLUSH_KEYS + BATCH_RECORDS * BANDS, 2), dtype=np.int64)
        # Band keys the index answered, and their records (a boilerplate passage's key is
        # asked for again and again): direct-mapped, as the records below.
        self.cached_key = np.full(CACHE_SLOTS, -1, dtype=np.int64)  # keys are >= 0
        self.cached_key_rec = np.full(CACHE_SLOTS, -1, dtype=np.int64)
        # Recently met earlier records (see _rows): id, group id, signature.
        self.cached_id = np.full(CACHE_SLOTS, -1, dtype=np.int64)
        self.cached_group = np.zeros(CACHE_SLOTS, dtype=np.int64)
        self.cached_sig = np.zeros((CACHE_SLOTS, NUM_PERM), dtype=np.uint32)
        self.runs: list[int] = []
        # url and portal are kept for the records that start a group (copies point to it).
        self.db.execute("CREATE TABLE rec (id INTEGER PRIMARY KEY, grp INTEGER NOT NULL, "
                        "url TEXT, portal TEXT, sig BLOB NOT NULL)")
        self.batch_bytes = batch_bytes
        self.batches = 0
        self.next_id = 0
        self.copies: Counter[str] = Counter()  # portal -> its records that repeat an earlier one

    def through(self, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """The records, in the same order, each with `syndication_group` set.

        A batch's signatures are computed in a second thread while the batch before it is
        matched and written: numpy lets go of the GIL for its passes over the bytes, so on
        two cores most of the hashing runs beside the export's own work. One batch waits
        in memory the while."""
        with ThreadPoolExecutor(1, thread_name_prefix="minhash") as hashing:
            waiting: tuple[list[dict[str, Any]], Future[Signed]] | None = None
            for batch in self._batches(records):
                signed = hashing.submit(_signed, batch)
                if waiting is not None:
                    yield from self._assign(waiting[0], waiting[1].result())
                waiting = (batch, signed)
            if waiting is not None:
                yield from self._assign(waiting[0], waiting[1].result())

    def _batches(self, records: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
        batch: list[dict[str, Any]] = []
        size = 0
        for record in records:
            batch.append(record)
            size += len(record.get("body") or "")
            if size >= self.batch_bytes or len(batch) >= BATCH_RECORDS:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    def _earlier(self, keys: np.ndarray) -> dict[int, int]:
        """Band key (of `keys`, unique) -> the earliest record of earlier batches that has
        it: the Bloom filter rules most keys out, the keys waiting in memory and the index
        answer for the rest."""
        maybe = keys[self.bloom.may_hold(keys)]
        found: dict[int, int] = {}
        start = 0
        for end in self.runs:
            run = self.pending[start:end, 0]
            at = np.minimum(np.searchsorted(run, maybe), len(run) - 1)
            hit = run[at] == maybe
            found.update(zip(maybe[hit].tolist(),
                             self.pending[start + at[hit], 1].tolist(), strict=True))
            start = end
        rest = np.fromiter((key for key in maybe.tolist() if key not in found),
                           dtype=np.int64)
        slot = rest & (CACHE_SLOTS - 1)
        hit = self.cached_key[slot] == rest
        found.update(zip(rest[hit].tolist(), self.cached_key_rec[slot[hit]].tolist(),
                         strict=True))
        ask = rest[~hit].tolist()
        for at in range(0, len(ask), 500):
            chunk = ask[at:at + 500]
            rows = self.db.execute(
                f"SELECT key, rec FROM band WHERE key IN ({','.join('?' * len(chunk))})",
                chunk).fetchall()
            found.update(rows)
            if rows:
                keys, recs = np.array(rows, dtype=np.int64).T
                self.cached_key[keys & (CACHE_SLOTS - 1)] = keys
                self.cached_key_rec[keys & (CACHE_SLOTS - 1)] = recs
        return found

    def _remember(self, keys: np.ndarray, recs: np.ndarray) -> None:
        """Keep new band keys (sorted, unique) and their first records; into the index as
        one sorted run when enough wait."""
        if not len(keys):
            return
        self.bloom.add(keys)
        start = self.runs[-1] if self.runs else 0
        if start + len(keys) > len(self.pending):
            self._flush()
            start = 0
        self.pending[start:start + len(keys), 0] = keys
        self.pending[start:start + len(keys), 1] = recs
        self.runs.append(start + len(keys))
        if self.runs[-1] >= FLUSH_KEYS:
            self._flush()

    def _flush(self) -> None:
        if not self.runs:
            return
        waiting = self.pending[:self.runs[-1]]
        order = np.argsort(waiting[:, 0], kind="stable")
        for at in range(0, len(order), _ROWS_A_STATEMENT):
            chunk = waiting[order[at:at + _ROWS_A_STATEMENT]]
            self.db.execute(f"INSERT INTO band VALUES {','.join(['(?,?)'] * len(chunk))}"
                            " ON CONFLICT DO NOTHING", chunk.ravel().tolist())
        self.runs = []

    def _rows(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For record ids (sorted, unique): their groups' ids and their signatures
        ([ids, NUM_PERM]). A batch meets thousands of earlier records, most of them met
        before (a band key's earliest record is everyone's candidate): a direct-mapped
        cache of `CACHE_SLOTS` records answers for those (on the benchmark's 200,000
        records, 71 % of 870,000 lookups), the index for the rest."""
        slot = ids & (CACHE_SLOTS - 1)
        hit = self.cached_id[slot] == ids
        miss = ids[~hit]
        groups: list[int] = []
        blobs: list[bytes] = []
        for at in range(0, len(miss), 500):
            chunk = miss[at:at + 500].tolist()
            for grp, sig in self.db.execute(
                    f"SELECT grp, sig FROM rec WHERE id IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY id", chunk):
                groups.append(grp)
                blobs.append(sig)
        if len(groups) != len(miss):
            raise RuntimeError("syndication index: a record of the band index is missing")
        out_groups = self.cached_group[slot]
        out_sigs = self.cached_sig[slot]
        if len(miss):
            fetched = np.frombuffer(b"".join(blobs), dtype=np.uint32).reshape(len(miss),
                                                                              NUM_PERM)
            out_groups[~hit] = groups
            out_sigs[~hit] = fetched
            self.cached_id[slot[~hit]] = miss
            self.cached_group[slot[~hit]] = groups
            self.cached_sig[slot[~hit]] = fetched
        return out_groups, out_sigs

    def _urls(self, group_ids: set[int]) -> dict[int, str]:
        """The URLs of these groups' earliest records."""
        urls: dict[int, str] = {}
        ids = sorted(group_ids)
        for at in range(0, len(ids), 500):
            chunk = ids[at:at + 500]
            urls.update(self.db.execute(
                f"SELECT id, url FROM rec WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return urls

    def _assign(self, batch: list[dict[str, Any]], signed: Signed) -> list[dict[str, Any]]:
        sigs, usable, keys = signed
        ids = self.next_id + np.arange(len(batch), dtype=np.int64)
        # The batch's bands go in first; the keys already there are its matches with
        # earlier batches (usually none: one query for them, not one for every key).
        pairs = np.column_stack((keys[usable].ravel(), np.repeat(ids[usable], BANDS)))
        pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
        # (sorted by key then id: a key's first row is the batch's earliest record of it)
        first = np.ones(len(pairs), dtype=bool)
        first[1:] = pairs[1:, 0] != pairs[:-1, 0]
        earlier = self._earlier(pairs[first, 0])
        known_ids = np.unique(np.fromiter(earlier.values(), dtype=np.int64,
                                          count=len(earlier)))
        known_groups, known_sigs = self._rows(known_ids)
        fresh = first & ~np.isin(pairs[:, 0], np.fromiter(earlier, dtype=np.int64,
                                                            count=len(earlier)))
        self._remember(pairs[fresh, 0], pairs[fresh, 1])
        # Every candidate pair scored in one pass: a record against the earliest record of
        # an earlier batch that shares a band with it, and against the first record of
        # this batch that does.
        leader = pairs[np.maximum.accumulate(np.where(first, np.arange(len(pairs)), 0)), 1]
        here = np.unique(np.column_stack((pairs[~first, 1], leader[~first])), axis=0) \
            - self.next_id
        before = sorted({(rec_id - self.next_id, earlier[key])
                         for key, rec_id in pairs.tolist() if key in earlier})
        # index in batch -> (score, 0: j of this batch / 1: an earlier record, j or its
        # place in known_ids)
        scores: dict[int, list[tuple[float, int, int]]] = {}
        if len(here):
            agree = np.count_nonzero(sigs[here[:, 0]] == sigs[here[:, 1]], axis=1) / NUM_PERM
            for (i, j), score in zip(here.tolist(), agree.tolist(), strict=True):
                if score >= SAME_STORY:
                    scores.setdefault(i, []).append((score, 0, j))
        if before:
            at = np.array([i for i, _ in before])
            place = np.searchsorted(known_ids, np.array([rec for _, rec in before]))
            agree = np.count_nonzero(sigs[at] == known_sigs[place], axis=1) / NUM_PERM
            for (i, _), k, score in zip(before, place.tolist(), agree.tolist(), strict=True):
                if score >= SAME_STORY:
                    scores.setdefault(i, []).append((score, 1, k))
        group: dict[int, int] = {}  # index in batch -> group id
        urls: dict[int, str] = {}  # group id -> URL, for the groups of this batch
        recs = []
        for i, record in enumerate(batch):
            url = record.get("url") or ""
            if not usable[i]:
                record["syndication_group"] = url
                continue
            best: tuple[float, int] | None = None
            for score, where, j in scores.get(i, ()):
                best = _better(best, score, group[j] if where == 0 else int(known_groups[j]))
            rec_id = self.next_id + i
            if best is None:
                group[i] = rec_id
                urls[rec_id] = url
            else:
                group[i] = best[1]
                self.copies[record.get("portal") or "unknown"] += 1
            founder = group[i] == rec_id
            recs.append((rec_id, group[i], url if founder else None,
                         record.get("portal") if founder else None, sigs[i].tobytes()))
        urls.update(self._urls({g for g in group.values() if g not in urls}))
        for i, grp in group.items():
            batch[i]["syndication_group"] = urls[grp]
        self.next_id += len(batch)
        self.db.executemany("INSERT INTO rec VALUES (?, ?, ?, ?, ?)", recs)
        self.batches += 1
        if self.batches % 8 == 0:  # the scratch database needs no durability: commit seldom
            self.db.commit()
        return batch

    def groups(self) -> Counter[str]:
        """Portal -> groups of two or more records whose earliest record is that portal's."""
        return Counter(dict(self.db.execute(
            "SELECT g.portal, COUNT(DISTINCT r.grp) FROM rec r JOIN rec g ON g.id = r.grp "
            "WHERE r.grp != r.id GROUP BY g.portal").fetchall()))

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)


def _better(best: tuple[float, int] | None, score: float, grp: int
            ) -> tuple[float, int] | None:
    """The better of two candidate groups: the more similar, then the earlier group."""
    if score < SAME_STORY:
        return best
    if best is None or score > best[0] or (score == best[0] and grp < best[1]):
        return (score, grp)
    return best
