"""WARC archiving: what `--warc` costs a crawl, what an archive weighs, how fast `newscrawl
reparse` re-reads it, and the memory of reading a big WARC of anyone's.

    .venv/bin/python benchmarks/warc.py [--articles 2000] [--rounds 3] [--big-mb 1024]

1. Crawl: `newscrawl crawl demo` of a local sample portal of --articles articles (relaxed
   politeness: no delay, no AutoThrottle, 16 requests at once), with and without `--warc`,
   in interleaved rounds after a warm-up; pages/s and CPU seconds (median, min-max) and
   the ratios (targets: >= 0.9x the pages/s, <= 1.15x the CPU).
2. Size: the archive per 1,000 pages against the run file of the same crawl.
3. Reparse: the archive reparsed (newscrawl.archive.reparse, in this process: the
   command's start-up left out), pages/s, against the lxml parse floor of the same pages
   (lxml.html.fromstring of each archived HTML body, no extraction).
4. A big WARC of anyone's (--big-mb, made here: a few hundred sample articles among
   1 MB responses of other kinds, as a crawl of the web holds them): `newscrawl warc` of
   it, seconds and peak RSS (memory must not grow with the file).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

RELAXED = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s",
           "CONCURRENT_REQUESTS=16", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16"]


def measured(cmd: list[str]) -> tuple[float, float, float, str]:
    """(wall seconds, CPU seconds, peak RSS MiB, stdout) of `cmd` in a child of a fresh
    Python (so the figures are its own)."""
    wrapper = textwrap.dedent(f"""
        import resource, subprocess, sys, time
        start = time.perf_counter()
        done = subprocess.run({cmd!r}, capture_output=True, text=True)
        took = time.perf_counter() - start
        use = resource.getrusage(resource.RUSAGE_CHILDREN)
        sys.stdout.write(done.stdout + done.stderr[-1500:])
        print("MEASURED", took, use.ru_utime + use.ru_stime, use.ru_maxrss)
    """)
    out = subprocess.run([sys.executable, "-c", wrapper], cwd=REPO, capture_output=True,
                         text=True).stdout
    took, cpu, peak = out.rsplit("MEASURED", 1)[1].split()
    return float(took), float(cpu), int(peak) / 1024, out


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):7.1f} ({min(values):.1f}-{max(values):.1f})"


def crawl(articles: int, rounds: int, tmp: Path) -> Path:
    """Rounds of the crawl with and without --warc; the data folder of the last --warc."""
    from newscrawl.demo.server import DemoServer

    rates: dict[str, list[float]] = {"off": [], "on": []}
    cpus: dict[str, list[float]] = {"off": [], "on": []}
    kept = tmp / "warc-data"
    with DemoServer(n_articles=articles, broken_pages=False) as server:
        for round_no in range(rounds + 1):  # round 0 warms up
            for mode in ("off", "on"):
                data = tmp / f"data-{round_no}-{mode}"
                mark = len(server.requests)
                wall, cpu, _, out = measured(
                    [sys.executable, "-m", "newscrawl.cli", "crawl", "demo", "--base-url",
                     server.base_url, "--data-dir", str(data), "--no-progress", *RELAXED,
                     "-a", f"max_pages={articles // 10 + 2}",  # every article of the portal
                     *(["--warc"] if mode == "on" else [])])
                pages = len(server.requests) - mark
                if "ok (exit 0)" not in out:
                    print(f"  crawl {mode} failed: {out[-500:]}")
                if round_no:
                    rates[mode].append(pages / wall)
                    cpus[mode].append(cpu)
                if mode == "on" and not kept.exists():
                    os.replace(data, kept)
    print(f"crawl: sample portal, {articles} articles ({pages} pages a run), {rounds} "
          "interleaved rounds after a warm-up; median (min-max)")
    for mode in ("off", "on"):
        print(f"  --warc {mode:3}  {spread(rates[mode])} pages/s   CPU {spread(cpus[mode])} s")
    rate = statistics.median(rates["on"]) / statistics.median(rates["off"])
    cpu = statistics.median(cpus["on"]) / statistics.median(cpus["off"])
    print(f"  with --warc: pages/s {rate:.2f}x (target >= 0.9), CPU {cpu:.2f}x (target <= 1.15)")
    return kept


def size_and_reparse(data: Path, rounds: int, tmp: Path) -> None:
    from lxml import html as lxml_html

    from newscrawl.archive import warc
    from newscrawl.archive.reparse import Reparser

    archive = next((data / "demo").glob("*.warc.gz"))
    run_file = next((data / "demo").glob("*.jsonl"))
    stats = warc.ReadStats()
    bodies = [r.body for r in warc.responses(archive, stats)
              if r.status == 200 and "html" in r.content_type]
    pages = stats.responses
    print(f"size: archive {archive.stat().st_size / 2**20:.1f} MiB for {pages} pages "
          f"({archive.stat().st_size / pages * 1000 / 2**20:.2f} MiB per 1,000 pages), run "
          f"file {run_file.stat().st_size / 2**20:.1f} MiB: archive/run file "
          f"{archive.stat().st_size / run_file.stat().st_size:.2f}x")
    took: list[float] = []
    floor: list[float] = []
    for round_no in range(rounds + 1):  # in this process: the command's start-up left out
        reparser = Reparser(tmp / f"re-{round_no}")
        start = time.perf_counter()
        result = reparser.run([archive])
        took.append(pages / (time.perf_counter() - start))
        start = time.perf_counter()
        for body in bodies:
            lxml_html.fromstring(body)
        floor.append(len(bodies) / (time.perf_counter() - start))
    took, floor = took[1:], floor[1:]  # round 0 warmed up
    print(f"reparse: {sum(result.written.values())} records of {pages} archived pages, "
          f"{spread(took)} pages/s; lxml parse floor of the same pages {spread(floor)} "
          f"pages/s: reparse takes {statistics.median(floor) / statistics.median(took):.1f}x "
          "the floor's time (it parses and extracts every article page, indexes and reads "
          "the archive twice)")


def big_warc(path: Path, megabytes: int) -> int:
    """A WARC of about `megabytes` MB: sample articles among 1 MB responses of other kinds
    (images, PDFs: incompressible), written with warcio as another tool would."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from newscrawl.demo import site

    articles = site.articles(300)
    filler = os.urandom(1 << 20)
    records = 0
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        n = 0
        while fh.tell() < megabytes * 10**6:
            if n % 4 == 0 and n // 4 < len(articles):
                a = articles[n // 4]
                body = site.article_html(a, 1, "https://fixmakassar.pikiran-rakyat.com/"
                                         ).encode("utf-8")
                url, kind = f"https://fixmakassar.pikiran-rakyat.com{a.path}", "text/html"
            else:
                body = filler[n % 1024:] + filler[:n % 1024]
                url, kind = f"https://cdn.example.org/berkas/{n}.pdf", "application/pdf"
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", kind)],
                                              protocol="HTTP/1.1")))
            n += 1
            records += 1
    return records


def big(megabytes: int, tmp: Path) -> None:
    path = tmp / "big.warc.gz"
    records = big_warc(path, megabytes)
    wall, _, peak, out = measured([sys.executable, "-m", "newscrawl.cli", "warc", str(path),
                                   "--data-dir", str(tmp / "big-out")])
    line = next((x for x in out.splitlines() if x.startswith("newscrawl warc")), out[-300:])
    print(f"big WARC: {path.stat().st_size / 2**20:.0f} MiB, {records} records: "
          f"`newscrawl warc` {wall:.1f} s, peak RSS {peak:.0f} MiB\n  {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--big-mb", type=int, default=1024)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = crawl(args.articles, args.rounds, Path(tmp))
        size_and_reparse(data, args.rounds, Path(tmp))
        if args.big_mb:
            big(args.big_mb, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
