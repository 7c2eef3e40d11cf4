"""How fast newscrawl.dates parses what pages print, against dateparser alone (the baseline).

    .venv/bin/python benchmarks/dates.py

Prints calls per second for both over the same strings, in one process, and their ratio.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import dateparser

from newscrawl.dates import parse_date

NOW = datetime(2024, 3, 10, 15, 30, tzinfo=timezone(timedelta(hours=7)))
# What real pages print: PRMN, Kompas, detik, Tribun, Antara, Suara, iNews, JSON-LD.
TEXTS = [
    "- 22 Februari 2022, 11:11 WIB", "Kompas.com - 22/02/2022, 11:11 WIB",
    "detikNews | Selasa, 22 Feb 2022 11:11 WIB", "Jumat, 9 Oktober 2020 13:52",
    "Kamis, 3 Maret 2022 14:05 WITA", "Selasa, 22 Februari 2022 | 11:11 WIB",
    "Selasa, 22 Februari 2022 - 11:11:00 WIT", "2020-10-07T15:13:00+0700",
    "2 jam yang lalu", "Rabu, 31 Agu 2022 09:00 WIB",
]
SETTINGS = {"RELATIVE_BASE": NOW.replace(tzinfo=None), "DATE_ORDER": "DMY"}


def rate(fn, rounds: int) -> tuple[float, int]:
    parsed = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for text in TEXTS:
            parsed += fn(text) is not None
    elapsed = time.perf_counter() - start
    return rounds * len(TEXTS) / elapsed, parsed // rounds


def main() -> None:
    ours, ours_ok = rate(lambda t: parse_date(t, now=NOW), 300)
    base, base_ok = rate(lambda t: dateparser.parse(t, languages=["id", "en"],
                                                    settings=SETTINGS), 30)
    print(f"newscrawl.dates.parse_date: {ours:10.0f} calls/s, {ours_ok}/{len(TEXTS)} parsed")
    print(f"dateparser.parse (baseline): {base:9.0f} calls/s, {base_ok}/{len(TEXTS)} parsed")
    print(f"ratio: {ours / base:.1f}x the baseline's speed")


if __name__ == "__main__":
    main()
