"""newscrawl.lang.dates against dateparser on real date strings: speed and accuracy, one process.

    .venv/bin/python benchmarks/dates.py [--rounds 7]

The strings are tests/strings/real_dates.tsv: date texts as real Indonesian news pages print
them, each with the portal and the public file it was seen in, and the instant it means
(read by a person). Both sides parse every string in interleaved rounds after a warm-up;
the script prints the median time per string (min-max) and the ratio, and for each side
how many strings it parsed *exactly*: the same instant and the same printed UTC offset
(a text with no zone: the same wall time). Relative texts ("2 jam yang lalu") are timed
but not scored (their instant depends on the fetch time); a text with no instant in it
counts as right only when no date is returned. The baseline is dateparser as a
generic tool is used: `dateparser.parse(text, languages=["id"])`, zone-aware.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import dateparser

from newscrawl.lang.dates import parse_date

REPO = Path(__file__).resolve().parent.parent
TABLE = REPO / "tests" / "strings" / "real_dates.tsv"
NOW = datetime(2024, 3, 10, 15, 30, tzinfo=timezone(timedelta(hours=7)))
SETTINGS = {"RELATIVE_BASE": NOW.replace(tzinfo=None), "RETURN_AS_TIMEZONE_AWARE": True,
            "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}


def load() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def ours(text: str) -> datetime | None:
    return parse_date(text, default_tz="Asia/Jakarta", now=NOW)


def baseline(text: str) -> datetime | None:
    try:
        return dateparser.parse(text, languages=["id"], settings=SETTINGS)
    except Exception:  # dateparser raises on some inputs
        return None


def exact(value: datetime | None, expected: str) -> bool:
    """Same instant and same printed offset; for a zoneless text, the same wall time; for a
    text with no instant in it (expected empty), no date at all."""
    if not expected:
        return value is None
    if value is None:
        return False
    want = datetime.fromisoformat(expected)
    if want.tzinfo is None:
        return value.replace(tzinfo=None) == want
    return value == want and value.utcoffset() == want.utcoffset()


def timed(fn: Callable[[str], object], texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        fn(text)
    return (time.perf_counter() - start) / len(texts) * 1e6  # µs per string


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    rows = load()
    texts = [r["text"] for r in rows]
    scored = [r for r in rows if r["expected"] != "relative"]
    sides = {"newscrawl.lang.dates": ours, "dateparser": baseline}
    for fn in sides.values():  # warm-up: imports, caches, compiled patterns
        timed(fn, texts)
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(args.rounds):
        for name, fn in sides.items():
            times[name].append(timed(fn, texts))
    portals = len({r["portal"] for r in rows})
    print(f"{len(rows)} real date strings from {portals} portals ({len(scored)} scored, "
          f"{len(rows) - len(scored)} relative), {args.rounds} interleaved rounds after a "
          "warm-up")
    median = {}
    for name, fn in sides.items():
        ts = times[name]
        median[name] = statistics.median(ts)
        right = sum(exact(fn(r["text"]), r["expected"]) for r in scored)
        print(f"{name:16} {median[name]:9.1f} µs/string ({min(ts):.1f}-{max(ts):.1f})  "
              f"exact {right}/{len(scored)} ({right / len(scored):.0%})")
    print(f"newscrawl.lang.dates is {median['dateparser'] / median['newscrawl.lang.dates']:.1f}x "
          "faster than dateparser on these strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
