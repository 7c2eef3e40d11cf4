"""The dataset card (README.md) and coverage chart written next to an export."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl import __version__
from newscrawl.items import FIELD_DOCS

_TYPES = {"authors": "list of str", "editors": "list of str", "tags": "list of str",
          "removed_promos": "list of str", "pages": "int", "schema_version": "int"}


def _day(record: dict[str, Any]) -> str | None:
    value = record.get("published_at")
    return value[:10] if value else None  # the local date, in the portal's own offset


class Facts:
    """What the card and the chart say about an export, gathered record by record as the
    export streams (nothing here grows with the dataset but the small count tables)."""

    def __init__(self) -> None:
        self.count = 0
        self.tables: dict[str, Counter[str]] = {k: Counter() for k in
                                                ("family", "province", "portal", "month")}
        self.per_family_day: dict[str, Counter[str]] = {}
        self.ranges: dict[str, list[Any]] = {}  # field -> [min instant, text, max instant, text]
        self.shared_hashes = 0  # records whose content_hash another record shares
        self.hash_groups = 0

    def add(self, record: dict[str, Any]) -> None:
        from newscrawl.export import parse_instant

        self.count += 1
        for key in ("family", "province", "portal"):
            self.tables[key][record.get(key) or "unknown"] += 1
        day = _day(record)
        self.tables["month"][(day or "unknown")[:7]] += 1
        if day:
            family = record.get("family") or "unknown"
            self.per_family_day.setdefault(family, Counter())[day] += 1
        for name in ("published_at", "crawled_at"):
            instant = parse_instant(record.get(name))
            if instant is None:
                continue
            span = self.ranges.get(name)
            if span is None:
                self.ranges[name] = [instant, record[name], instant, record[name]]
            else:
                if instant < span[0]:
                    span[0], span[1] = instant, record[name]
                if instant > span[2]:
                    span[2], span[3] = instant, record[name]

    def counts(self, key: str) -> list[tuple[str, int]]:
        if key == "month":
            return sorted(self.tables[key].items())
        return sorted(self.tables[key].items(), key=lambda kv: (-kv[1], kv[0]))

    def span(self, name: str) -> tuple[str, str]:
        found = self.ranges.get(name)
        return (found[1], found[3]) if found else ("-", "-")


def write_chart(facts: Facts, path: Path) -> Path | None:
    """A PNG of articles per day, one line per family; None without matplotlib or data."""
    if not facts.count:
        return None
    try:
        import matplotlib

        matplotlib.use("Agg")  # no display: files only
        import matplotlib.dates as mdates
        import matplotlib.pyplot as plt
        from matplotlib.ticker import MaxNLocator
    except ImportError:
        return None
    per_family = facts.per_family_day
    if not per_family:
        return None
    days = sorted({d for c in per_family.values() for d in c})
    x = [datetime.fromisoformat(d) for d in days]
    fig, ax = plt.subplots(figsize=(10, 4.5), dpi=100)
    for family, by_day in sorted(per_family.items()):
        ax.plot(x, [by_day.get(d, 0) for d in days], marker="o" if len(days) < 40 else None,
                linewidth=1.5, markersize=3, label=f"{family} ({sum(by_day.values())})")
    ax.set_title(f"Articles per day by family ({facts.count} articles)")
    ax.set_ylabel("articles (published, local date)")
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(bottom=0)
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper left", fontsize=8)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _table(title: str, rows: list[tuple[str, int]]) -> str:
    lines = [f"### {title}", "", f"| {title.split()[-1]} | articles |", "|---|---|"]
    lines += [f"| {name} | {n} |" for name, n in rows]
    return "\n".join(lines) + "\n"


def write_card(facts: Facts, path: Path, *, stats: Any, data_file: str,
               chart: str | None, command: str, fmt: str, urls_only: bool,
               filters: Any) -> Path:
    from newscrawl.export import EXPORT_FIELD_DOCS, EXPORT_FIELDS, URL_FIELDS

    published, crawled = facts.span("published_at"), facts.span("crawled_at")
    families = facts.counts("family")
    fields = URL_FIELDS if urls_only else EXPORT_FIELDS
    docs = FIELD_DOCS | EXPORT_FIELD_DOCS
    shared = facts.shared_hashes
    out = [
        "# newscrawl dataset",
        "",
        f"Exported {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by newscrawl {__version__} with:",
        "",
        f"    {command or 'newscrawl export'}",
        "",
        f"**{facts.count} articles** from {_n(len(facts.tables['portal']), 'portal')}"
        f" ({', '.join(f'{f} {n}' for f, n in families) or 'none'}), in "
        f"{_n(len(set(facts.tables['province']) - {'unknown'}), 'province')}.",
        f"Published {published[0]} to {published[1]}; crawled {crawled[0]} to {crawled[1]}.",
        "",
        f"Data: `{data_file}` ({fmt}" + (", URL list only" if urls_only else "") + ").",
        "",
    ]
    if chart:
        out += [f"![Articles per day by family]({chart})", ""]
    out += [
        "## How it was made",
        "",
        "- Source: newscrawl run files (JSON lines), one record per article crawl. "
        f"Read: {stats.summary()}.",
        "- One record per canonical URL: where an article was crawled more than once, the "
        "most recent crawl (`crawled_at`) is kept.",
        f"- Near-duplicates across portals are kept and share `content_hash`: {shared} records "
        f"in {facts.hash_groups} groups here.",
        "- Dates are ISO 8601 with the UTC offset the portal printed (WIB +07:00, WITA "
        "+08:00, WIT +09:00); the raw texts are kept in `published_raw` / "
        "`published_alt_raw`. Months and days below are local dates.",
        "- Bodies have promo paragraphs, related links and credit lines removed; what went "
        "is in `removed_promos`.",
    ]
    if fmt == "csv":
        out.append("- CSV: UTF-8; list fields are JSON arrays; a cell that begins with `=`, `+`,"
                   " `-`, `@`, tab or CR starts with an added `'` so no spreadsheet runs it.")
    if fmt == "parquet":
        out.append("- Parquet: lists are list<string> columns; `published_at`, `modified_at` "
                   "and `crawled_at` are timezone-aware (UTC) timestamps; "
                   "`published_utc_offset` keeps the portal's offset.")
    active = {k: v for k, v in vars(filters).items() if v}
    if active:
        out.append("- Filters: " + ", ".join(f"{k} = {v}" for k, v in active.items()) + ".")
    if urls_only:
        out += ["", "## Rebuilding the full text", "",
                "This export lists URLs, titles and dates only. Rebuild the articles with the "
                "crawler, then export again:", "",
                f"    newscrawl rehydrate {data_file} --data-dir data",
                f"    newscrawl export --data-dir data --format {fmt} --output full", ""]
    out += ["", "## Counts", ""]
    out.append(_table("By family", families))
    out.append(_table("By province", facts.counts("province")))
    out.append(_table("By portal", facts.counts("portal")))
    out.append(_table("By month", facts.counts("month")))
    out += ["## Fields", "", "| field | type | meaning |", "|---|---|---|"]
    from newscrawl.export import TIME_FIELDS

    for name in fields:
        kind = _TYPES.get(name, "str or null")
        if fmt == "parquet" and name in TIME_FIELDS:
            kind = "timestamp, UTC, or null"
        out.append(f"| `{name}` | {kind} | {docs[name]} |")
    stem = data_file
    out += ["", "## Loading it", "", "```python", "import pandas as pd"]
    if fmt == "jsonl":
        out.append(f'df = pd.read_json("{stem}", lines=True, dtype=False)')
    elif fmt == "csv":
        out.append(f'df = pd.read_csv("{stem}", keep_default_na=False, na_values=[""])')
    else:
        out += [f'df = pd.read_parquet("{stem}")', "import pyarrow.parquet as pq",
                f'table = pq.read_table("{stem}")']
    loader = "json" if fmt == "jsonl" else fmt
    out += ["from datasets import load_dataset",
            f'ds = load_dataset("{loader}", data_files="{stem}", split="train")', "```", ""]
    path.write_text("\n".join(out), encoding="utf-8")
    return path
