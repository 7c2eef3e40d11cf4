"""The dataset card (README.md) and coverage chart written next to an export."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.model.article import FIELD_DOCS
from newscrawl.version import __version__

# How each kind of field (newscrawl.model.schema.field_kinds) is stored in each format.
_TYPES = {
    "jsonl": {"string": "string", "time": "string, ISO 8601 with offset",
              "list": "array of strings", "int": "integer"},
    "csv": {"string": "text", "time": "text, ISO 8601 with offset",
            "list": "text: a JSON array of strings", "int": "integer as text"},
    "parquet": {"string": "string", "time": "timestamp[us, tz=UTC]",
                "list": "list<string>", "int": "int32"},
}
_FEATURES = {"string": 'Value("string")', "time": 'Value("string")',
             "list": 'List(Value("string"))', "int": 'Value("int64")'}


def size_category(count: int) -> str:
    """Hugging Face's size category for a dataset of `count` records."""
    for bound, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if count < bound:
            return name
    return "10M<n<100M"


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
        # portal -> its records that copy an earlier one (None: copies not looked for)
        self.copies: Counter[str] | None = None
        self.copy_groups: Counter[str] = Counter()  # portal -> groups its records started

    def add(self, record: dict[str, Any]) -> None:
        from newscrawl.export.read import parse_instant

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


_LINE_STYLES = ("-", "--", ":", "-.")
_MARKERS = ("o", "s", "^", "D", "v", "P")


def chart_styles(families: list[str], *, markers: bool) -> list[tuple[str, dict[str, Any]]]:
    """How each family's line is drawn: wider lines first, each later one narrower and in
    another dash and marker, so that families with the same counts (identical lines) all
    stay visible, nested, instead of the last one hiding the others."""
    count = len(families)
    return [(family, {"linewidth": 1.5 + 2.0 * (count - 1 - i),
                      "linestyle": _LINE_STYLES[i % len(_LINE_STYLES)],
                      "marker": _MARKERS[i % len(_MARKERS)] if markers else None,
                      "markersize": 3 + 2 * (count - 1 - i), "alpha": 0.85, "zorder": 2 + i})
            for i, family in enumerate(families)]


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
    for family, style in chart_styles(sorted(per_family), markers=len(days) < 40):
        by_day = per_family[family]
        ax.plot(x, [by_day.get(d, 0) for d in days], label=f"{family} ({sum(by_day.values())})",
                **style)
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


def _syndication_line(facts: Facts) -> str:
    if facts.copies is None:
        return ("- Syndicated copies were not looked for (`--no-syndication`): "
                "`syndication_group` is null.")
    copies, groups = sum(facts.copies.values()), sum(facts.copy_groups.values())
    return (f"- Syndicated copies (the same article on other portals, with another dateline, "
            f"headline or promo lines, or a trimmed ending; MinHash of word 3-shingles): "
            f"{_n(copies, 'record')} repeat an earlier one, in {_n(groups, 'group')}; "
            "`syndication_group` names each group's earliest record"
            + (" (see Copies by portal)." if copies else "."))


def _syndication_table(facts: Facts) -> str:
    assert facts.copies is not None
    portals = sorted(set(facts.copies) | set(facts.copy_groups),
                     key=lambda p: (-facts.copies.get(p, 0), -facts.copy_groups.get(p, 0), p))
    rows = ["### Copies by portal", "",
            "Copies: the portal's records that repeat an earlier record of another (or the "
            "same) portal. Groups: the groups whose earliest record is the portal's.", "",
            "| portal | copies | groups |", "|---|---:|---:|"]
    rows += [f"| {p} | {facts.copies.get(p, 0)} | {facts.copy_groups.get(p, 0)} |"
             for p in portals]
    return "\n".join(rows) + "\n"


def write_card(facts: Facts, path: Path, *, stats: Any, data_file: str,
               chart: str | None, command: str, fmt: str, urls_only: bool,
               filters: Any) -> Path:
    from newscrawl.model.fields import EXPORT_FIELD_DOCS, EXPORT_FIELDS, URL_FIELDS

    published, crawled = facts.span("published_at"), facts.span("crawled_at")
    families = facts.counts("family")
    fields = URL_FIELDS if urls_only else EXPORT_FIELDS
    docs = FIELD_DOCS | EXPORT_FIELD_DOCS
    shared = facts.shared_hashes
    exported = datetime.now(UTC)
    out = [
        # Hugging Face dataset card metadata (YAML front matter).
        "---",
        "language:",
        "- id",
        "license: other",
        "license_name: publishers-copyright",
        "license_details: >-",
        "  The article texts are the copyright of their publishers; see Licence and terms.",
        "pretty_name: newscrawl Indonesian regional news",
        "task_categories:",
        "- text-classification",
        "- text-generation",
        "- summarization",
        "size_categories:",
        f"- {size_category(facts.count)}",
        "tags:",
        "- news",
        "- indonesian",
        "configs:",
        "- config_name: default",
        f"  data_files: {data_file}",
        "---",
        "",
        "# newscrawl dataset",
        "",
        f"Exported {exported:%Y-%m-%d %H:%M} UTC by newscrawl {__version__} with:",
        "",
        f"    {command or 'newscrawl export'}",
        "",
        f"**{facts.count} articles** from {_n(len(facts.tables['portal']), 'portal')} of "
        f"{len(families)} CMS famil{'y' if len(families) == 1 else 'ies'}"
        f" (by family: {', '.join(f'{f} {n}' for f, n in families) or 'none'}), in "
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
        _syndication_line(facts),
        "- Dates are ISO 8601 with the UTC offset the portal printed (WIB +07:00, WITA "
        "+08:00, WIT +09:00); the raw texts are kept in `published_raw` / "
        "`published_alt_raw`. Months and days below are local dates.",
        "- Bodies have promo paragraphs, related links and credit lines removed; what went "
        "is in `removed_promos`.",
    ]
    if fmt == "csv":
        out.append("- CSV: UTF-8; list fields are JSON arrays; a text cell that begins with `=`, "
                   "`+`, `-`, `@`, tab or CR starts with an added `'` so no spreadsheet runs it "
                   "(dates, offsets and numbers are written as they are).")
    if fmt == "parquet":
        out.append("- Parquet: lists are list<string> columns; `published_at`, `modified_at` "
                   "and `crawled_at` are timezone-aware (UTC) timestamps; "
                   "`published_utc_offset` keeps the portal's offset.")
    if stats.sample_kept:
        out.append(f"- **Includes {stats.sample_kept} records of the bundled sample portals** "
                   "(demo data made by newscrawl's test server, not real news).")
    elif stats.sample_left_out:
        out.append(f"- {stats.sample_left_out} records of the bundled sample portals (demo "
                   "data) were left out.")
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
    if facts.copies:
        out.append(_syndication_table(facts))
    from newscrawl.model.schema import field_kinds, nullable

    kinds = field_kinds(export=True)
    out += ["## Fields", "", f"Types as stored in this {fmt} file; `newscrawl.load` gives "
            "the pandas types of every format alike (see Loading it).", "",
            "| field | type | meaning |", "|---|---|---|"]
    for name in fields:
        kind = _TYPES[fmt][kinds[name]]
        if kinds[name] in ("string", "time") and nullable(name):
            kind += ", or null" if fmt != "csv" else ", or empty"
        out.append(f"| `{name}` | {kind} | {docs[name]} |")
    out += ["", *loading_snippets(fmt, data_file, fields, kinds)]
    out += ["", "## Licence and terms", "",
            "The article texts, titles and images belong to their publishers (Indonesian "
            "copyright law, UU No. 28/2014); newscrawl's own code is MIT-licensed, which "
            "says nothing about the data. Use this dataset for research, text and data "
            "mining and evaluation, quote within fair-use limits, and do not republish the "
            "texts. To share a dataset, share a URL-only export (`newscrawl export "
            "--urls-only`): URLs, titles and dates, which others rebuild with `newscrawl "
            "rehydrate` from the publishers' own sites. Portals that ask for removal should "
            "be honoured: drop their rows and stop crawling them.", ""]
    out += ["## Citation", "", "```bibtex",
            "@misc{newscrawl_dataset,",
            "  title        = {newscrawl dataset of Indonesian regional news},",
            "  author       = {newscrawl contributors},",
            f"  year         = {{{exported:%Y}}},",
            f"  note         = {{Exported {exported:%Y-%m-%d} with newscrawl {__version__}, "
            f"{facts.count} articles from {len(facts.tables['portal'])} "
            f"portal{'' if len(facts.tables['portal']) == 1 else 's'}; "
            f"published {published[0][:10]} to {published[1][:10]}}},",
            "  howpublished = {newscrawl export}",
            "}", "```", ""]
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def loading_snippets(fmt: str, data_file: str, fields: list[str],
                     kinds: dict[str, str]) -> list[str]:
    """The card's "Loading it" section: code that loads this file with its types, for
    newscrawl, pandas, pyarrow and Hugging Face datasets (each run by the tests)."""
    times = [f for f in fields if kinds[f] == "time"]
    lists = [f for f in fields if kinds[f] == "list"]
    out = ["## Loading it", "",
           "With newscrawl installed: timezone-aware (UTC) timestamps, the portal's offset "
           "in `published_utc_offset`, lists as lists, text as `string`:", "",
           "```python", "import newscrawl", "",
           f'df = newscrawl.load("{data_file}")', "```", ""]
    if fmt == "jsonl":
        compression = ', compression="gzip"' if data_file.endswith(".gz") else ""
        out += ["With pandas alone (dates parsed to UTC instants; the offset stays in "
                "`published_raw` and `published_utc_offset`):", "", "```python",
                "import pandas as pd", "",
                f'df = pd.read_json("{data_file}", lines=True, dtype=False{compression})']
        out += [f'df["{t}"] = pd.to_datetime(df["{t}"], utc=True, format="ISO8601")'
                for t in times]
        out += ["```", ""]
    elif fmt == "csv":
        out += ["With pandas alone (every cell is text; lists are JSON arrays; a cell "
                "beginning with `=`, `+`, `-` or `@` has a leading `'` added):", "",
                "```python", "import json", "", "import pandas as pd", "",
                f'df = pd.read_csv("{data_file}", dtype=str, keep_default_na=False, '
                'na_values=[""])']
        out += [f'df["{t}"] = pd.to_datetime(df["{t}"], utc=True, format="ISO8601")'
                for t in times]
        out += [f'df["{f}"] = df["{f}"].map(json.loads, na_action="ignore")' for f in lists]
        out += ["```", ""]
    else:
        out += ["With pandas or pyarrow (types come with the file; pandas gives list "
                "columns as numpy arrays, the loop makes them Python lists):", "",
                "```python", "import pandas as pd", "import pyarrow.parquet as pq", "",
                f'df = pd.read_parquet("{data_file}")',
                f"for column in {lists!r}:",
                '    df[column] = df[column].map(list, na_action="ignore")',
                f'table = pq.read_table("{data_file}")', "```", ""]
    if fmt == "parquet":
        out += ["With Hugging Face `datasets` (types come with the file):", "", "```python",
                "from datasets import load_dataset", "",
                f'ds = load_dataset("parquet", data_files="{data_file}", split="train")',
                "```"]
        return out
    # JSON and CSV carry no types. `load_dataset("json")` guesses them even when given
    # Features: its JSON reader turns ISO dates into naive UTC timestamps before the
    # Features apply, losing the offset. So JSON lines go through pandas (text kept),
    # then into a Dataset with the Features; CSV's loader honours them.
    features = {f: ('Value("string")' if fmt == "csv" else _FEATURES[kinds[f]])
                for f in fields}
    out += ["With Hugging Face `datasets` (4 or later), its types given: dates stay ISO "
            "8601 text with their offset" + (", lists JSON text" if fmt == "csv" else "")
            + ":", "", "```python"]
    if fmt == "csv":
        out += ["from datasets import Features, Value, load_dataset"]
    else:
        compression = ', compression="gzip"' if data_file.endswith(".gz") else ""
        out += ["import pandas as pd", "from datasets import Dataset, Features, List, Value"]
    out += ["", "features = Features({"]
    out += [f'    "{f}": {feature},' for f, feature in features.items()]
    out += ["})"]
    if fmt == "csv":
        out += [f'ds = load_dataset("csv", data_files="{data_file}", features=features, '
                'split="train")']
    else:
        out += ["# load_dataset(\"json\") would turn the dates into naive UTC timestamps",
                f'frame = pd.read_json("{data_file}", lines=True, dtype=False{compression})',
                "ds = Dataset.from_pandas(frame, features=features, preserve_index=False)"]
    out += ["```"]
    return out
