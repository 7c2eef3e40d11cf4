"""Article extraction on three sets of real pages: newscrawl beside trafilatura, same run.

    .venv/bin/pip install -e '.[bench]'      # trafilatura, the baseline (optional)
    .venv/bin/python benchmarks/extraction.py [--set zyte|wcxb-dev|pages|all] [--rounds N]
        [--limit N] [--dump DIR] [--p1-only]

The sets are third-party material, read from ../shared beside the repository (never copied
into it); a set that is absent is skipped with a line saying so (exit status 0):

- zyte: the 181 real news pages of ../shared/benchmarks/article-extraction. Gold: the body
  (its ground-truth.json has url and articleBody only: no title, author or date).
- wcxb-dev: the 711 article pages of the WCXB development split, ../shared/benchmarks/wcxb-dev.
  Gold: main_content, the with / without snippets, title, author and publish_date.
- pages: the real Indonesian pages of ../shared/pages (MANIFEST.tsv). No body gold. Article
  pages: ms/page, empty outputs, and headline and publication day against
  REAL_ARTICLE_EXPECTED below (read off each page by hand). Listing pages: precision and
  recall of `newscrawl.api.parse_listing(html, page_url)["article_links"]` against a gold
  written per page in REAL_LISTING_GOLD below (a CSS selector or a URL pattern read off
  the page, not newscrawl's code), per page and micro-averaged.

Sides, in one process, each given the same text (the file decoded as UTF-8, errors
replaced):

- the floor: `lxml.html.fromstring` alone (no extraction at all);
- newscrawl generic: the generic page object's body, its paragraphs joined by blank lines
  (parse + one-pass document view + main content + the body cleaning a crawl runs), as
  `newscrawl parse` would read a page of a portal outside the catalog;
- newscrawl record: saved page -> the record a crawl writes (page objects and every pipeline
  step); timed on zyte and pages; on wcxb-dev it is read once, untimed, for the metadata;
- trafilatura.extract(html) (where installed).

Timing: a warm-up on each set's first 40 pages, then --rounds rounds (default 3; 2 on
wcxb-dev, whose 711 pages take about a minute a round); in every round each side runs over
every page of the set (a set of fewer than 40 pages as many times over as makes 40 page
reads), the sides' order turning from round to round and a garbage collection before each
side's turn. ms/page is the median (min-max) over rounds; the time ratio newscrawl generic
/ trafilatura is that of the medians, with the range of the per-round ratios (the issue's
target: <= 0.35 on every set). A first report is printed after two rounds, the final one
after the last.

Quality, on the outputs of the first timed round:

- bag of words: `\\w+` tokens, lower-cased (str.casefold), multiset overlap per page;
- 4-word shingles: the article-extraction benchmark's metric (`\\w+` tokens, case kept); on
  zyte its own score.py computes it, on wcxb-dev the same metric here on main_content.
  For both, each page's TP, FP and FN are normalised by their sum (as score.py does);
  precision is the mean over pages with output, recall over pages with gold text, F1 the
  harmonic mean of the two means;
- per-page F1: the mean over pages with gold text of each page's F1, an empty output 0;
- empty: outputs with no text but white space (on wcxb-dev also: of the pages whose gold
  main_content has text);
- with / without (wcxb-dev): the share of all `with` snippets found in the output, and of
  all `without` snippets absent from it, after folding white space and case (casefold);
- title, author, date: newscrawl's from `read_article(html, url).record` (title, authors,
  the first 10 characters of published_at), trafilatura's from `bare_extraction(html,
  url=url, with_metadata=True)` (title, author split at ";", date). Title: equal after
  casefold, punctuation to spaces and white space folded. Author: some name of the gold
  (split at commas, semicolons, "&" and "and") found, on word boundaries after the same
  folding, in one of the side's authors. Date: the day, YYYY-MM-DD, equal. Each is the
  share of the pages whose gold has the field. On wcxb-dev both sides' metadata is read
  before the timing, in worker processes.

Then (with --set pages or all, or alone with --p1-only) P1 on the two real article pages
of REAL_ARTICLES: saved page -> record against the floor and trafilatura, each side in a
worker process of its own. Each round is cut into slices in which every side runs for
about the same time, in turn, so that all sides see the same spells of the machine's
speed. Ratios are the median (min-max) of per-round ratios.

Last, a summary block: per set and side one line of the figures above, and the time ratio.
--dump DIR writes DIR/<set>.jsonl: per page both sides' outputs and scores (for the pages
set, also each listing page's gold, predicted, missed and extra links). --limit N takes
only the first N pages of each set (N articles and N listing pages of the pages set).
"""

from __future__ import annotations

import argparse
import calendar
import csv
import gc
import gzip
import importlib.util
import json
import math
import multiprocessing
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html

from newscrawl.api import parse_listing, read_article
from newscrawl.lang.dates import MONTHS
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.html.document import Document

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
BENCH = SHARED / "benchmarks" / "article-extraction"
WCXB = SHARED / "benchmarks" / "wcxb-dev"
PAGES = SHARED / "pages"
SETS = ("zyte", "wcxb-dev", "pages")
WARM_PAGES = 40  # the warm-up runs every side over a set's first 40 pages
MIN_READS = 40  # a round runs every side over at least 40 pages (a small set repeats)
DEFAULT_ROUNDS = 3
SET_ROUNDS = {"wcxb-dev": 2}  # 711 pages: about a minute a round
TARGET_RATIO = 0.35  # newscrawl generic / trafilatura time, on every set
# Real Indonesian article pages in ../shared/pages (MANIFEST.tsv), with the URLs they came from.
REAL_ARTICLES = {
    "tribun/solo-protokol-kesehatan-3m.html": "https://solo.tribunnews.com/2020/10/09/"
    "protokol-kesehatan-3m-adalah-vaksin-terbaik-cegah-covid-19-simak-penjelasan-dokter",
    "prmn/zonajakarta-donald-trump-kiamat.html": "https://zonajakarta.pikiran-rakyat.com/"
    "internasional/pr-18808737/walau-kena-covid-19-donald-trump-masih-berbahaya-karena-"
    "disampingnya-ada-pemicu-kiamat-dunia",
}

# The article pages of ../shared/pages (MANIFEST kind "article"), read by hand: the headline
# as the page shows it (its <h1>; og:title may carry a portal prefix or suffix), and the
# publication day and time the page shows under or above it (the portal's local time, WIB).
REAL_ARTICLE_EXPECTED: dict[str, tuple[str, str, str]] = {
    # <h1 id="arttitle">; <time>Jumat, 9 Oktober 2020 13:52</time> under it (JSON-LD
    # datePublished 2020-10-09T13:52:50+07:00)
    "tribun/solo-protokol-kesehatan-3m.html": (
        "Protokol Kesehatan 3M adalah Vaksin Terbaik Cegah Covid-19, Simak Penjelasan Dokter",
        "2020-10-09", "13:52"),
    # h1.read__title; div.read__info__date "- 7 Oktober 2020, 15:13 WIB" (article:published_time
    # 2020-10-07T15:13:00+07:00); the capture is page 2 of the article, with the same header
    "prmn/zonajakarta-donald-trump-kiamat.html": (
        "Walau Kena Covid-19, Donald Trump Masih Berbahaya Karena Disampingnya Ada Pemicu "
        "Kiamat Dunia", "2020-10-07", "15:13"),
    # h1.entertainment-newsdetail-title-new; span.newsdetail-schedule-new "Kamis, 05 November
    # 2015 11:52" beside it (no date in any meta tag; og:title adds "KapanLagi.com: ")
    "kapanlagi/kapanlagi-singlepage.html": (
        "Brandon Salim Makin Dekat Dengan Sivia Blink di 'HEART BEAT'", "2015-11-05", "11:52"),
    # the same template: "Minggu, 14 Februari 2016 09:15"
    "kapanlagi/kapanlagi-singlepage2.html": (
        "FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun, Masih Cantik?", "2016-02-14", "09:15"),
    # h1.v7-music-newsdetail-title; span.v7-music-newsdetail-schedule "Selasa, 23 Februari
    # 2016 11:22" (og:title "Kapanlagi.com: Musik - ...")
    "kapanlagi/kapanlagi-singlepage3.html": (
        "Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi", "2016-02-23", "11:22"),
    # h1.read__title; div.read__time "Kompas.com - 28/05/2025, 13:30 WIB" (content_PublishedDate
    # 2025-05-28 13:30:07; article:published_time 2025-05-28T06:30:07+00:00, the same instant)
    "kompas/nasional-ronald-tannur-2025-05.html": (
        "Pengacara Ronald Tannur Dituntut 14 Tahun Kurungan", "2025-05-28", "13:30"),
    # h1.detail__title; div.detail__date "Sabtu, 10 Des 2022 13:19 WIB" (dtk:publishdate
    # 2022/12/10 13:19:56)
    "detik/news-d6453785-2022-12-reformatted.html": (
        "Polisi soal Pistol di Kasus Cekcok Pemobil vs Pemotor: Cuma Diperlihatkan",
        "2022-12-10", "13:19"),
    # h1.mt5 (detikTravel layout); div.date "Sabtu, 10 Des 2022 22:10 WIB" above it
    # (dtk:publishdate 2022/12/10 22:10:07; a Bali story stamped in WIB)
    "detik/travel-d6454465-badung-2022-12-reformatted.html": (
        "Kadispar Badung Jamin Wisman Tak Disweeping Imbas Pasal Zina KUHP",
        "2022-12-10", "22:10"),
}

# The gold article links of the real listing pages (MANIFEST kind "section"): one rule per
# page, written by hand from the page's markup, not newscrawl's code. ("css", selector): the
# href of every <a> the selector picks; ("url", pattern): every <a href> on the page whose
# absolute URL matches. URLs compare without scheme, fragment and trailing slash.
DETIK_ARTICLE = r"^https?://([\w-]+\.)*detik\.com/(.+/)?d-\d+/"  # detik's /d-NNNNNNN/ articles
KOMPAS_ARTICLE = r"^https?://([\w-]+\.)*kompas\.com/(.+/)?read/\d{4}/\d\d/\d\d/\d+/"
REAL_LISTING_GOLD: dict[str, tuple[str, str]] = {
    # the index's list: 20 article.list-content__item (16 /d-NNNNNNN/ articles, 4 20.detik.com
    # videos); not the navigation, the desk indexes or the pagination
    "detik/news-indeks.html": ("css", "article.list-content__item a[href]"),
    # JNews cards, h3.jeg_post_title > a; not the root-level pages that are no articles
    # (/amsi/, /pedoman/, /indeks/, /terpopuler/ ...), categories or authors
    "beritamanado/homepage-2020.html": ("css", "h3.jeg_post_title a[href]"),
    # every detik article on the homepage, wherever it is (main list, desks, regional desks)
    "detik/homepage-2022.html": ("url", DETIK_ARTICLE),
    # kompas articles: /read/YYYY/MM/DD/<id>/ on any kompas.com host, also under a desk path
    # (www.kompas.com/tren/read/...); the 15 div.article__list items plus the side and
    # footer articles
    "kompas/tekno-apps-os-section-2023.html": ("url", KOMPAS_ARTICLE),
    "kompas/homepage-2023-12-prettified.html": ("url", KOMPAS_ARTICLE),
    # ANTARA articles, /berita/<id>/<slug>; not /foto/, /video/ or /infografis/ items
    "antara/lampung-update-section-2025-07.html": (
        "url", r"^https?://lampung\.antaranews\.com/berita/\d+/"),
    # the tag's list, detik regional-desk and foto articles, all /d-NNNNNNN/
    "detik/tag-lampung-2025.html": ("url", DETIK_ARTICLE),
}
REAL_LISTING_EXCLUDED = {
    "tribun/makassar-homepage-2024-truncated.html":
        "cut by its dataset before any article list (head, header and the network map only)",
    "kapanlagi/kapanlagi-mainpage.html":
        "an RSS 2.0 fragment, no HTML: no <a> links (its 3 <item> links are a feed's, which "
        "the feed reader reads, not parse_listing)",
}


def load_scorer() -> Any:
    spec = importlib.util.spec_from_file_location("article_extraction_score", BENCH / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def floor(pages: dict[str, str]) -> None:
    for text in pages.values():
        lxml.html.fromstring(text)


def newscrawl_generic(pages: dict[str, str], urls: dict[str, str]) -> dict[str, str]:
    out = {}
    for key, text in pages.items():
        body = ArticlePage(Document(text, urls[key])).body()
        out[key] = "\n\n".join(body.paragraphs)
    return out


def records(pages: dict[str, str], urls: dict[str, str]) -> None:
    """P1: saved page -> the record a crawl writes (page objects and every pipeline step)."""
    for key, text in pages.items():
        read_article(text, urls[key])


def p1(rounds: int) -> None:
    """P1 on the real article pages of ../shared/pages, against the floor and trafilatura."""
    if not all((PAGES / k).is_file() for k in REAL_ARTICLES):
        print("P1: ../shared/pages is absent; skipped")
        return
    names = [P1_FLOOR, P1_RECORD]
    if importlib.util.find_spec("trafilatura") is not None:
        names.append(P1_TRAFILATURA)
    workers = {name: _SideWorker(name) for name in names}
    try:
        labels = {name: worker.label for name, worker in workers.items()}
        times = _sliced_rounds(workers, rounds)
    finally:
        for worker in workers.values():
            worker.close()
    median = {name: statistics.median(ts) for name, ts in times.items()}
    print(f"P1, saved page -> record, {len(REAL_ARTICLES)} real article pages of "
          f"../shared/pages ({rounds} rounds after a warm-up, each of {SLICES} slices in which "
          f"every side runs for about {BLOCK_SECONDS * 1000:.0f} ms; each side in a process of "
          "its own):")
    for name in names:
        ts = times[name]
        print(f"  {labels[name]:24} {median[name]:6.2f} ms/page ({min(ts):.2f}-{max(ts):.2f})")
    print("  newscrawl record / floor: "
          + _ratio(times[P1_RECORD], times[P1_FLOOR]) + " (target <= 3x)")
    if P1_TRAFILATURA in times:
        print(f"  {labels[P1_TRAFILATURA]} / newscrawl record: "
              + _ratio(times[P1_TRAFILATURA], times[P1_RECORD]) + " (target >= 15x)")


# P1's sides differ 30-fold in speed, and this kind of machine changes speed by half again
# for a second or so at a time. Run back to back once a round, the record side (0.2 s) and
# trafilatura (3 s) saw different spells of it: per-round ratios ran from 10x to 20x. So
# each round is cut into slices, and in every slice each side runs for about the same
# time, the order turning from slice to slice (no side always follows the same one).
# Each block starts with one untimed repetition: the first after another side's block runs
# on caches that side left behind, and trafilatura's block is a single timed repetition.
# Many short slices (24 of about 60 ms a side) rather than a few long ones: a spell of the
# machine's speed then covers every side's block alike; with 6 slices of 150 ms, one run's
# per-round ratios spread from 11x to 17x, with 24 of 60 ms from 15.3x to 17.5x.
#
# Each side runs in a Python process of its own (a fresh interpreter, started once, that
# imports only its side), waiting while another side's block runs. In one shared process
# the cyclic collector's full collections of the whole heap, trafilatura's garbage and
# objects included, fell in whichever block happened to trip them: most in newscrawl's,
# which runs the most young collections (7 full collections, 131 ms, in one run's record
# blocks against 2 in trafilatura's). Apart, each side pays for its own garbage only, as it
# would in a crawl or a notebook of its own.
SLICES = 24
BLOCK_SECONDS = 0.06
P1_FLOOR, P1_RECORD, P1_TRAFILATURA = "floor", "record", "trafilatura"


def _p1_side(name: str) -> tuple[str, Callable[[dict[str, str]], Any]]:
    """The label and the run of one P1 side (called in that side's worker process)."""
    if name == P1_FLOOR:
        return "lxml.html.fromstring", floor
    if name == P1_RECORD:
        return "newscrawl record", lambda pages: records(pages, REAL_ARTICLES)
    side = trafilatura_side()
    assert side is not None
    return side


def _side_worker(name: str, conn: Any) -> None:
    """A P1 side's process: reads the pages, then runs blocks of repetitions on request."""
    label, run = _p1_side(name)
    pages = {k: (PAGES / k).read_text(encoding="utf-8", errors="replace") for k in REAL_ARTICLES}
    run(pages)  # warm-up
    start = time.perf_counter()
    run(pages)
    conn.send((label, time.perf_counter() - start, len(pages)))
    while True:
        reps = conn.recv()
        if reps is None:
            return
        run(pages)  # untimed: back on this side's code and data
        start = time.perf_counter()
        for _ in range(reps):
            run(pages)
        conn.send(time.perf_counter() - start)


class _SideWorker:
    def __init__(self, name: str) -> None:
        context = multiprocessing.get_context("spawn")  # a fresh interpreter, not a copy
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_side_worker, args=(name, child), daemon=True)
        self.process.start()
        self.label, once, self.pages = self.conn.recv()
        self.reps = max(1, round(BLOCK_SECONDS / max(once, 1e-6)))

    def block(self) -> float:
        """Seconds for one block of `reps` repetitions over the pages."""
        self.conn.send(self.reps)
        return float(self.conn.recv())

    def close(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.kill()


def _sliced_rounds(workers: dict[str, _SideWorker], rounds: int) -> dict[str, list[float]]:
    """ms/page of each side in each round (after a warm-up round), the sides' blocks
    interleaved within every round."""
    names = list(workers)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_no in range(rounds + 1):
        spent = dict.fromkeys(names, 0.0)
        for slice_no in range(SLICES):
            turn = slice_no % len(names)
            for name in names[turn:] + names[:turn]:
                spent[name] += workers[name].block()
        if round_no:  # round 0 warms up every side at its block length
            for name in names:
                worker = workers[name]
                times[name].append(spent[name] * 1000 / (SLICES * worker.reps * worker.pages))
    return times


def _ratio(numerator: list[float], denominator: list[float]) -> str:
    """Median (min-max) of per-round ratios: each round's two sides ran side by side."""
    ratios = [a / b for a, b in zip(numerator, denominator, strict=True)]
    return f"{statistics.median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f})"


def trafilatura_side() -> tuple[str, Callable[[dict[str, str]], dict[str, str]]] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(pages: dict[str, str]) -> dict[str, str]:
        return {key: trafilatura.extract(text) or "" for key, text in pages.items()}

    return f"trafilatura {trafilatura.__version__}", run


def _trafilatura() -> Any:
    """The trafilatura module, or None where it is not installed."""
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


# ---- metrics

WORD = re.compile(r"\w+")


def bag(text: str) -> Counter[str]:
    """Bag of words: `\\w+` tokens, lower-cased."""
    return Counter(WORD.findall(text.casefold()))


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """4-word shingles of `\\w+` tokens, case kept: score.py's own rule."""
    words = WORD.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))
                   if words[i:i + n])


def overlap(gold: Counter[Any], pred: Counter[Any]) -> dict[str, float | None]:
    """One page as score.py counts it: TP, FP and FN over the multisets, normalised by their
    sum; and the page's F1 (None where the gold is empty, 0 for an empty output)."""
    tp = sum((gold & pred).values())
    fp = sum((pred - gold).values())
    fn = sum((gold - pred).values())
    total = tp + fp + fn
    f1 = None if not gold else 2 * tp / (2 * tp + fp + fn) if pred else 0.0
    if not total:
        return {"tp": 0.0, "fp": 0.0, "fn": 0.0, "f1": f1}
    return {"tp": tp / total, "fp": fp / total, "fn": fn / total, "f1": f1}


def aggregate(pages: list[dict[str, float | None]]) -> dict[str, float]:
    """score.py's aggregation: precision the mean over pages with output, recall over pages
    with gold, F1 their harmonic mean; and the mean per-page F1 over pages with gold."""
    ps = [p["tp"] / (p["tp"] + p["fp"]) for p in pages if p["tp"] + p["fp"] > 0]
    rs = [p["tp"] / (p["tp"] + p["fn"]) for p in pages if p["tp"] + p["fn"] > 0]
    precision = statistics.mean(ps) if ps else 0.0
    recall = statistics.mean(rs) if rs else 0.0
    f1s = [p["f1"] for p in pages if p["f1"] is not None]
    return {"precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "page_f1": statistics.mean(f1s) if f1s else 0.0}


def fold(text: str) -> str:
    """White space folded, case folded: how snippets are looked for."""
    return " ".join(text.split()).casefold()


def fold_words(text: str) -> str:
    """Case folded, punctuation to spaces, white space folded: how titles and names compare."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def author_found(gold: str, authors: Iterable[str]) -> bool:
    """Some name of the gold ("A, B", "A and B", "A & B") in one of the side's authors."""
    names = [fold_words(name) for name in re.split(r",|;|&|\band\b", gold, flags=re.I)]
    ours = [f" {fold_words(author)} " for author in authors]
    return any(name and f" {name} " in author for name in names for author in ours)


def score_page(gold: dict[str, Any], text: str, meta: dict[str, Any] | None) -> dict[str, Any]:
    """One side's scores on one page: what of them the gold allows."""
    row: dict[str, Any] = {"empty": not text.strip()}
    if "body" in gold:
        row["bow"] = overlap(bag(gold["body"]), bag(text))
        row["shingle"] = overlap(shingles(gold["body"]), shingles(text))
    if "with" in gold:
        hay = fold(text)
        found = [s for s in map(fold, gold["with"]) if s]
        absent = [s for s in map(fold, gold["without"]) if s]
        row["with"] = [sum(s in hay for s in found), len(found)]
        row["without"] = [sum(s not in hay for s in absent), len(absent)]
    if meta is not None:
        if gold.get("title"):
            row["title"] = bool(meta.get("title")) and \
                fold_words(meta["title"]) == fold_words(gold["title"])
        if gold.get("author"):
            row["author"] = author_found(gold["author"], meta.get("authors") or [])
        if gold.get("date"):
            row["date"] = meta.get("day") == gold["date"]
    return row


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One side's scores over a set's pages."""
    out: dict[str, Any] = {"pages": len(rows), "empty": sum(r["empty"] for r in rows)}
    if rows and "bow" in rows[0]:
        out["bow"] = aggregate([r["bow"] for r in rows])
        out["shingle"] = aggregate([r["shingle"] for r in rows])
        with_gold = [r for r in rows if r["bow"]["f1"] is not None]
        out["gold_text"] = len(with_gold)
        out["empty_gold_text"] = sum(r["empty"] for r in with_gold)
    for key in ("with", "without"):
        pairs = [r[key] for r in rows if key in r]
        if pairs:
            out[key] = (sum(p[0] for p in pairs), sum(p[1] for p in pairs))
    for key in ("title", "author", "date"):
        hits = [r[key] for r in rows if key in r]
        if hits:
            out[key] = (sum(hits), len(hits))
    return out


def _share(pair: tuple[int, int]) -> str:
    return f"{pair[0] / pair[1]:.3f}" if pair[1] else "n/a"


def summary_line(set_name: str, side: str, s: dict[str, Any], ms: list[float] | None) -> str:
    """The summary line of one side on one set."""
    parts = [f"set {set_name:8}  {side:11}"]
    if "bow" in s:
        bow, sh = s["bow"], s["shingle"]
        parts += [f"BoW F1 {bow['f1']:.3f}  P {bow['precision']:.3f} R {bow['recall']:.3f}",
                  f"shingle F1 {sh['f1']:.3f}  P {sh['precision']:.3f} R {sh['recall']:.3f}",
                  f"per-page F1 {bow['page_f1']:.3f} (shingle {sh['page_f1']:.3f})"]
    empty = f"empty {s['empty']}/{s['pages']}"
    if "gold_text" in s and s["gold_text"] < s["pages"]:
        empty += f" ({s['empty_gold_text']} of the {s['gold_text']} with gold text)"
    parts.append(empty)
    if "with" in s:
        parts.append(f"with {_share(s['with'])} without {_share(s['without'])}")
    for key in ("title", "author", "date"):
        if key in s:
            hit, n = s[key]
            parts.append(f"{key} {_share(s[key])} ({hit}/{n})")
    if ms:
        parts.append(f"ms/page {statistics.median(ms):.2f}")
    return "  ".join(parts)


def ratio_line(set_name: str, times: dict[str, list[float]], baseline: str | None) -> str:
    """newscrawl generic / trafilatura time on one set: ratio of medians, per-round range."""
    if baseline is None:
        return f"set {set_name:8}  trafilatura is not installed: no time ratio"
    ours, theirs = times["newscrawl generic"], times[baseline]
    per_round = [a / b for a, b in zip(ours, theirs, strict=True)]
    return (f"set {set_name:8}  newscrawl / trafilatura time: "
            f"{statistics.median(ours) / statistics.median(theirs):.2f} "
            f"(per round {min(per_round):.2f}-{max(per_round):.2f}; target <= {TARGET_RATIO})")


# ---- sets


@dataclass
class PageSet:
    """A set's pages: the decoded text, the URL and the gold of each, by id."""

    name: str
    label: str  # "181 pages of <label>"
    html: dict[str, str]
    urls: dict[str, str]
    gold: dict[str, dict[str, Any]]  # body, title, author, date, with, without: what it has


def decode(data: bytes) -> str:
    """What every side gets: the file as UTF-8, errors replaced."""
    return data.decode("utf-8", errors="replace")


def load_zyte(limit: int | None) -> PageSet | None:
    if not (BENCH / "ground-truth.json").is_file():
        return None
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    keys = list(truth)[:limit]
    return PageSet(
        "zyte", "the article-extraction benchmark",
        {k: decode(gzip.decompress((BENCH / "html" / f"{k}.html.gz").read_bytes())) for k in keys},
        {k: truth[k].get("url") or f"https://example.org/{k}" for k in keys},
        {k: {"body": truth[k].get("articleBody") or ""} for k in keys})


def load_wcxb(limit: int | None) -> PageSet | None:
    if not (WCXB / "ground-truth").is_dir():
        return None
    html, urls, gold = {}, {}, {}
    for path in sorted((WCXB / "ground-truth").glob("*.json"))[:limit]:
        key = path.stem
        doc = json.loads(path.read_text(encoding="utf-8"))
        truth = doc.get("ground_truth") or {}
        html[key] = decode(gzip.decompress((WCXB / "html" / f"{key}.html.gz").read_bytes()))
        urls[key] = doc.get("url") or f"https://example.org/{key}"
        gold[key] = {"body": truth.get("main_content") or "", "title": truth.get("title"),
                     "author": truth.get("author"), "date": truth.get("publish_date"),
                     "with": truth.get("with") or [], "without": truth.get("without") or []}
    return PageSet("wcxb-dev", "the WCXB dev split (article pages)", html, urls, gold)


def read_manifest() -> list[dict[str, str]] | None:
    if not (PAGES / "MANIFEST.tsv").is_file():
        return None
    with open(PAGES / "MANIFEST.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [row for row in rows if (PAGES / row["file"]).is_file()]


def newscrawl_meta(html: str, url: str) -> dict[str, Any]:
    """Title, authors and day of newscrawl's record."""
    record = read_article(html, url).record
    return {"title": record.title, "authors": list(record.authors),
            "day": (record.published_at or "")[:10] or None, "published_at": record.published_at,
            "modified_day": (record.modified_at or "")[:10] or None}


def trafilatura_meta(html: str, url: str) -> dict[str, Any] | None:
    """Title, authors and day of trafilatura's metadata (None where it is not installed)."""
    trafilatura = _trafilatura()
    if trafilatura is None:
        return None
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {"title": None, "authors": [], "day": None}
    get = doc.get if isinstance(doc, dict) else lambda name: getattr(doc, name, None)
    return {"title": get("title"),
            "authors": [a.strip() for a in (get("author") or "").split(";") if a.strip()],
            "day": (get("date") or "")[:10] or None}


def _both_meta(job: tuple[str, str]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    return newscrawl_meta(*job), trafilatura_meta(*job)


def read_metadata(ps: PageSet) -> dict[str, dict[str, Any] | None]:
    """Both sides' metadata of every page, keyed "newscrawl" / "trafilatura" and then by id:
    untimed, in worker processes (one a core) for a big set."""
    jobs = [(ps.html[key], ps.urls[key]) for key in ps.html]
    workers = os.cpu_count() or 1
    if len(jobs) < 50 or workers < 2:
        results = [_both_meta(job) for job in jobs]
    else:
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            results = pool.map(_both_meta, jobs, chunksize=4)
    ours = {key: r[0] for key, r in zip(ps.html, results, strict=True)}
    theirs = {key: r[1] for key, r in zip(ps.html, results, strict=True)}
    return {"newscrawl": ours, "trafilatura": None if _trafilatura() is None else theirs}


# ---- timing

Side = tuple[str, Callable[[dict[str, str]], Any]]


def time_sides(sides: list[Side], pages: dict[str, str], rounds: int,
               on_report: Callable[[dict[str, list[float]], dict[str, Any], int], None],
               ) -> tuple[dict[str, list[float]], dict[str, Any]]:
    """ms/page of each side in each round, and each side's output of the first round."""
    reps = max(1, math.ceil(MIN_READS / len(pages)))
    warm = dict(list(pages.items())[:WARM_PAGES])
    for _, run in sides:
        run(warm)
    times: dict[str, list[float]] = {name: [] for name, _ in sides}
    first: dict[str, Any] = {}
    for round_no in range(1, rounds + 1):
        turn = round_no % len(sides)
        for name, run in sides[turn:] + sides[:turn]:
            gc.collect()  # each side pays for its own garbage, not the last side's
            start = time.perf_counter()
            for _ in range(reps):
                result = run(pages)
            times[name].append((time.perf_counter() - start) * 1000 / (reps * len(pages)))
            first.setdefault(name, result)
        if round_no in (min(2, rounds), rounds):
            on_report(times, first, round_no)
    return times, first


def report(label: str, times: dict[str, list[float]], scores: dict[str, dict[str, float]],
           sides: list[Side], baseline: str | None, rounds: int, n_pages: int) -> None:
    print(f"{n_pages} pages of {label}, {rounds} interleaved "
          "rounds after a warm-up; ms/page as median (min-max)")
    median = {name: statistics.median(ts) for name, ts in times.items()}
    for name, _ in sides:
        ts = times[name]
        line = f"{name:24} {median[name]:6.2f} ms/page ({min(ts):.2f}-{max(ts):.2f})"
        if name in scores:
            m = scores[name]
            line += (f"  F1 {m['f1']:.3f}  precision {m['precision']:.3f}  "
                     f"recall {m['recall']:.3f}")
        print(line)
    if baseline:
        line = (f"newscrawl generic / {baseline} time: "
                f"{median['newscrawl generic'] / median[baseline]:.3f}"
                f"  (floor / {baseline}: {median['lxml.html.fromstring'] / median[baseline]:.3f})")
        if "newscrawl record" in times:
            line += (f"; record / floor: "
                     f"{_ratio(times['newscrawl record'], times['lxml.html.fromstring'])}, "
                     f"{baseline} / record: {_ratio(times[baseline], times['newscrawl record'])}")
        print(line)
    else:
        print("trafilatura is not installed (pip install -e '.[bench]'): no baseline ratio")


def _sides(urls: dict[str, str], with_record: bool) -> tuple[list[Side], str | None]:
    sides: list[Side] = [
        ("lxml.html.fromstring", floor),
        ("newscrawl generic", lambda p: newscrawl_generic(p, urls)),
    ]
    if with_record:
        sides.append(("newscrawl record", lambda p: records(p, urls)))
    baseline = trafilatura_side()
    if baseline:
        sides.append(baseline)
    return sides, baseline[0] if baseline else None


def run_body_set(ps: PageSet, rounds: int, dump: Path | None, summary: list[str]) -> None:
    """zyte or wcxb-dev: time the sides, then score both extractors' bodies and metadata."""
    has_meta = any(gold.get(k) for gold in ps.gold.values() for k in ("title", "author", "date"))
    meta = read_metadata(ps) if has_meta else {"newscrawl": None, "trafilatura": None}
    scorer = load_scorer() if ps.name == "zyte" and (BENCH / "score.py").is_file() else None
    sides, baseline = _sides(ps.urls, with_record=ps.name == "zyte")
    scores: dict[str, dict[str, float]] = {}

    def on_report(times: dict[str, list[float]], first: dict[str, Any], round_no: int) -> None:
        for name in ("newscrawl generic", baseline):
            if name and name not in scores:
                if scorer is not None:  # the benchmark's own score.py
                    truth = {k: {"articleBody": g["body"]} for k, g in ps.gold.items()}
                    scores[name] = scorer.score(
                        truth, {k: {"articleBody": v} for k, v in first[name].items()})
                else:
                    scores[name] = aggregate([overlap(shingles(ps.gold[k]["body"]),
                                                      shingles(first[name][k]))
                                              for k in ps.gold])
        report(ps.label, times, scores, sides, baseline, round_no, len(ps.html))

    times, first = time_sides(sides, ps.html, rounds, on_report)
    outputs, rows = score_sides(ps, first, baseline, meta)
    golds = list(ps.gold.values())
    print(f"{ps.name} gold: {len(golds)} pages, {sum(bool(g['body'].strip()) for g in golds)} "
          "with body text"
          + (f", {sum(len(g['with']) for g in golds)} with / "
             f"{sum(len(g['without']) for g in golds)} without snippets, title on "
             f"{sum(bool(g['title']) for g in golds)}, author on "
             f"{sum(bool(g['author']) for g in golds)}, date on "
             f"{sum(bool(g['date']) for g in golds)}" if has_meta
             else "; no title, author or date in it"))
    summary.extend(set_lines(ps.name, rows, times, baseline, scores if scorer else None))
    if meta.get("newscrawl") and any(g.get("date") for g in golds):
        summary.append(date_misses_line(ps, rows["newscrawl"], meta["newscrawl"]))
        print(summary[-1])
    if dump is not None:
        write_jsonl(dump / f"{ps.name}.jsonl",
                    page_entries(ps, outputs, rows, meta, {"gold": ps.gold}))


def day_spellings(day: str) -> list[str]:
    """How a page may print a day (YYYY-MM-DD): ISO, and the English and Indonesian ways
    (day-first with every month name newscrawl.lang.dates knows)."""
    parts = day.split("-")
    if len(parts) != 3:
        return [day]
    y, m, d = parts
    month, short, n = calendar.month_name[int(m)], calendar.month_abbr[int(m)], int(d)
    names = [name for name, number in MONTHS.items() if number == int(m)]
    return [day, f"{y}/{m}/{d}", f"{m}/{d}/{y}", f"{d}/{m}/{y}", f"{m}/{d}/{y[2:]}",
            f"{d}.{m}.{y}", f"{int(m)}/{n}/{y}",
            *(f"{name} {n}{suffix}, {y}" for name in (month, short, f"{short}.")
              for suffix in ("", "st", "nd", "rd", "th")),
            f"{month} {n} {y}", f"{month} {d}, {y}", *(f"{n} {name} {y}" for name in names)]


def date_misses_line(ps: PageSet, rows: dict[str, dict[str, Any]],
                     meta: dict[str, Any]) -> str:
    """Why newscrawl's day differs from the gold's where it does: the gold is the page's
    last-modified day (the record's modified_at: the gold took the update date the page
    prints), or the gold's day is printed nowhere in the page, or neither."""
    misses = [key for key, row in rows.items() if "date" in row and not row["date"]]
    modified = [k for k in misses if meta[k].get("modified_day") == ps.gold[k]["date"]]
    absent = [k for k in misses if k not in modified and not any(
        spelling.casefold() in ps.html[k].casefold()
        for spelling in day_spellings(ps.gold[k]["date"]))]
    none = sum(not meta[k].get("day") for k in misses)
    return (f"set {ps.name:8}  newscrawl date misses {len(misses)} (none given on {none}): "
            f"gold is the record's modified_at day {len(modified)}, gold's day printed "
            f"nowhere in the page {len(absent)}, other {len(misses) - len(modified) - len(absent)}")


def score_sides(ps: PageSet, first: dict[str, Any], baseline: str | None,
                meta: dict[str, dict[str, Any] | None],
                ) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, dict[str, Any]]]]:
    """Both extractors' bodies of the first timed round, and their scores per page."""
    outputs = {"newscrawl": first["newscrawl generic"]}
    if baseline:
        outputs["trafilatura"] = first[baseline]
    rows = {}
    for side, out in outputs.items():
        side_meta = meta.get(side)
        rows[side] = {key: score_page(ps.gold[key], out[key],
                                      side_meta[key] if side_meta else None) for key in ps.html}
    return outputs, rows


def set_lines(set_name: str, rows: dict[str, dict[str, dict[str, Any]]],
              times: dict[str, list[float]], baseline: str | None,
              shingle: dict[str, dict[str, float]] | None = None) -> list[str]:
    """Print and return a set's summary lines: one a side, then the time ratio. `shingle`:
    the timed sides' shingle precision, recall and F1 as score.py gave them, where it did."""
    timed = {"newscrawl": "newscrawl generic", "trafilatura": baseline}
    lines = []
    for side, side_rows in rows.items():
        s = summarise(list(side_rows.values()))
        if shingle and timed[side] in shingle:
            s["shingle"].update({k: shingle[timed[side]][k] for k in ("precision", "recall", "f1")})
        lines.append(summary_line(set_name, side, s, times[timed[side]]))
    lines.append(ratio_line(set_name, times, baseline))
    for line in lines:
        print(line)
    return lines


def page_entries(ps: PageSet, outputs: dict[str, dict[str, str]],
                 rows: dict[str, dict[str, dict[str, Any]]],
                 meta: dict[str, dict[str, Any] | None], extra: dict[str, Any],
                 ) -> list[dict[str, Any]]:
    """--dump: per page both sides' outputs, scores and metadata (and the gold: `extra`
    maps a field to a table by page id, or gives one value for every page)."""
    entries = []
    for key in ps.html:
        entry: dict[str, Any] = {"id": key, "url": ps.urls[key]}
        for field, value in extra.items():
            entry[field] = value.get(key) if isinstance(value, dict) else value
        for side, out in outputs.items():
            side_meta = meta.get(side)
            entry[side] = {"text": out[key], "scores": rows[side][key],
                           "meta": side_meta.get(key) if side_meta else None}
        entries.append(entry)
    return entries


def write_jsonl(path: Path, entries: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for entry in entries:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")


def _norm_url(url: str) -> str:
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return parts.netloc.lower() + parts.path.rstrip("/") + query


def listing_gold(html: str, page_url: str, rule: tuple[str, str]) -> set[str]:
    """The gold article links of a listing page, by its REAL_LISTING_GOLD rule."""
    kind, pattern = rule
    doc = lxml.html.fromstring(html)
    anchors = doc.cssselect(pattern) if kind == "css" else doc.iter("a")
    links = set()
    for a in anchors:
        href = (a.get("href") or "").strip()
        if not href:
            continue
        url = urljoin(page_url, href)
        if kind == "css" or re.search(pattern, url):
            links.add(_norm_url(url))
    return links


def _check(expected: str, got: str | None) -> str:
    return "missing" if not got else "ok" if got == expected else "wrong"


def run_pages(rounds: int, limit: int | None, dump: Path | None, summary: list[str]) -> None:
    """The real Indonesian pages: article pages (time, empty, headline and day), listing
    pages (precision and recall of the article links)."""
    manifest = read_manifest()
    if manifest is None:
        line = f"set pages: {PAGES / 'MANIFEST.tsv'} is absent (../shared, beside the " \
            "repository); skipped"
        print(line)
        summary.append(line)
        return
    articles = [row for row in manifest if row["kind"] == "article"][:limit]
    listings = [row for row in manifest if row["kind"] == "section"][:limit]
    dumped: list[dict[str, Any]] = []
    if articles:
        ps = PageSet("pages", "../shared/pages (its real Indonesian article pages)",
                     {r["file"]: decode((PAGES / r["file"]).read_bytes()) for r in articles},
                     {r["file"]: r["page_url"] for r in articles}, {})
        for key in ps.html:
            title, day, _ = REAL_ARTICLE_EXPECTED.get(key, (None, None, None))
            ps.gold[key] = {"title": title, "date": day}
        meta = read_metadata(ps)
        sides, baseline = _sides(ps.urls, with_record=True)
        times, first = time_sides(
            sides, ps.html, rounds,
            lambda t, _, n: report(ps.label, t, {}, sides, baseline, n, len(ps.html)))
        print(f"{len(ps.html)} real article pages: headline and publication day against "
              "REAL_ARTICLE_EXPECTED (newscrawl's record | trafilatura's metadata)")
        for key in ps.html:
            if key not in REAL_ARTICLE_EXPECTED:
                print(f"  {key}: no expected values written for it in REAL_ARTICLE_EXPECTED")
                continue
            title, day, clock = REAL_ARTICLE_EXPECTED[key]
            ours = meta["newscrawl"][key]
            title_ok = "ok" if fold_words(ours["title"] or "") == fold_words(title) else \
                f"wrong ({ours['title']!r})"
            published = ours["published_at"]
            line = (f"  {key:54} title {title_ok}  date {_check(day, ours['day'])} "
                    f"(published_at {published}; page {day} {clock})")
            if published and ours["day"] == day:
                line += f"  time {'ok' if published[11:16] == clock else 'wrong'}"
            theirs = (meta["trafilatura"] or {}).get(key)
            if theirs is not None:
                their_title = "ok" if fold_words(theirs["title"] or "") == fold_words(title) \
                    else "wrong"
                line += (f"  | trafilatura title {their_title} date "
                         f"{_check(day, theirs['day'])} ({theirs['day']})")
            print(line)
        outputs, rows = score_sides(ps, first, baseline, meta)
        summary.extend(set_lines("pages", rows, times, baseline))
        dumped += page_entries(ps, outputs, rows, meta, {"kind": "article",
                                                         "expected": REAL_ARTICLE_EXPECTED})
    if listings:
        print(f"{len(listings)} real listing pages: newscrawl.api.parse_listing's article links "
              "against the gold of REAL_LISTING_GOLD")
        tp_all = pred_all = gold_all = scored = 0
        for row in listings:
            key, url = row["file"], row["page_url"]
            html = decode((PAGES / key).read_bytes())
            predicted = {_norm_url(link["url"])
                         for link in parse_listing(html, url)["article_links"]}
            if key in REAL_LISTING_EXCLUDED:
                print(f"  {key:54} excluded: {REAL_LISTING_EXCLUDED[key]} "
                      f"(parse_listing: {len(predicted)} links)")
                continue
            if key not in REAL_LISTING_GOLD:
                print(f"  {key:54} no gold rule written for it in REAL_LISTING_GOLD")
                continue
            gold = listing_gold(html, url, REAL_LISTING_GOLD[key])
            tp = len(gold & predicted)
            tp_all, pred_all, gold_all = tp_all + tp, pred_all + len(predicted), \
                gold_all + len(gold)
            scored += 1
            precision = f"{tp / len(predicted):.3f}" if predicted else "n/a"
            recall = f"{tp / len(gold):.3f}" if gold else "n/a"
            print(f"  {key:54} gold {len(gold):3}  predicted {len(predicted):3}  "
                  f"P {precision} R {recall}")
            dumped.append({"kind": "listing", "id": key, "url": url,
                           "rule": REAL_LISTING_GOLD[key], "gold": sorted(gold),
                           "predicted": sorted(predicted), "missed": sorted(gold - predicted),
                           "extra": sorted(predicted - gold)})
        if scored:
            line = (f"set pages     listing newscrawl  P {tp_all / max(pred_all, 1):.3f} "
                    f"R {tp_all / max(gold_all, 1):.3f}  (micro over {scored} pages: "
                    f"{tp_all} of {pred_all} predicted links gold, of {gold_all} gold links)")
            print(line)
            summary.append(line)
    if dump is not None:
        write_jsonl(dump / "pages.jsonl", dumped)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all", dest="which",
                        help="which set to run (default all)")
    parser.add_argument("--rounds", type=int, default=None,
                        help="timed rounds (default 3; 2 on wcxb-dev)")
    parser.add_argument("--limit", type=int, default=None,
                        help="only the first N pages of each set")
    parser.add_argument("--dump", type=Path, default=None, metavar="DIR",
                        help="write per-page outputs and scores to DIR/<set>.jsonl")
    parser.add_argument("--p1-only", action="store_true",
                        help="only P1 on the real article pages of ../shared/pages")
    args = parser.parse_args()
    if (args.rounds or 1) < 1 or (args.limit or 1) < 1:
        parser.error("--rounds and --limit must be at least 1")
    sys.stdout.reconfigure(line_buffering=True)  # figures show as they come, even in a pipe
    if args.p1_only:
        p1(args.rounds or DEFAULT_ROUNDS)
        return 0
    if args.dump is not None:
        args.dump.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    summary: list[str] = []
    which = SETS if args.which == "all" else (args.which,)
    rounds = {name: args.rounds or SET_ROUNDS.get(name, DEFAULT_ROUNDS) for name in which}
    loaders = {"zyte": (load_zyte, BENCH), "wcxb-dev": (load_wcxb, WCXB)}
    for name in which:
        print(f"== set {name}")
        if name == "pages":
            run_pages(rounds[name], args.limit, args.dump, summary)
            continue
        load, where = loaders[name]
        ps = load(args.limit)
        if ps is None or not ps.html:
            line = f"set {name}: {where} is absent (../shared, beside the repository); skipped"
            print(line)
            summary.append(line)
            continue
        run_body_set(ps, rounds[name], args.dump, summary)
    if "pages" in which:
        p1(rounds["pages"])
    print(f"Summary (timed rounds: {', '.join(f'{n} {name}' for name, n in rounds.items())}; "
          f"ms/page: median; {time.perf_counter() - started:.0f} s in all)")
    for line in summary:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
