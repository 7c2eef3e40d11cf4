"""Scale: a large local crawl and large exports, time and peak memory.

    .venv/bin/python benchmarks/scale.py [--crawl-articles 20000] [--exports 20000,100000]
                                         [--skip-crawl]

1. Crawl: `newscrawl crawl demo` of a local sample portal of N articles (relaxed politeness:
   no delay, no AutoThrottle, 16 requests at once), then a second run that must fetch 0
   article pages. Printed: pages/s, peak RSS of the crawl process, and article pages the
   second run fetched.
2. Exports: run files of N synthetic records (made here, in a temporary folder: the
   sample portal's articles with realistic bodies) exported to JSONL and to Parquet, each
   in a child process. Printed: seconds and peak RSS (MiB) per export; memory should stay
   flat as N grows (the export streams: dedupe and sort on disk, Parquet in row groups).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RELAXED = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s",
           "CONCURRENT_REQUESTS=16", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16"]


def measured(cmd: list[str]) -> tuple[float, float, str]:
    """(seconds, peak RSS in MiB, stdout) of `cmd` run in a child of a fresh Python."""
    wrapper = textwrap.dedent(f"""
        import resource, subprocess, sys, time
        start = time.perf_counter()
        done = subprocess.run({cmd!r}, capture_output=True, text=True)
        took = time.perf_counter() - start
        sys.stdout.write(done.stdout)
        if done.returncode:
            sys.stdout.write(done.stderr[-2000:])
        print("MEASURED", took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    """)
    out = subprocess.run([sys.executable, "-c", wrapper], cwd=REPO, capture_output=True,
                         text=True).stdout
    took, peak_kb = out.rsplit("MEASURED", 1)[1].split()
    return float(took), int(peak_kb) / 1024, out


def make_run_files(folder: Path, n: int) -> None:
    from newscrawl.demo import site
    from newscrawl.items import Article

    body = "\n\n".join(site.paragraph_texts(site.article(1), 1) * 6)  # ~4 kB, like a real one
    per_file = 10_000
    for start in range(0, n, per_file):
        path = folder / "demo" / f"2024-03-{1 + start // per_file:02d}T00-00-00Z.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for i in range(start, min(n, start + per_file)):
                day, minute = divmod(i, 1440)
                record = Article(
                    url=f"http://127.0.0.1:8000/berita/pr-{1000 + i}/artikel-{i}",
                    portal="demo", site_name="Demo Portal", family="prmn", section="Berita",
                    title=f"Judul berita nomor {i}",
                    published_at=f"2024-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}T"
                                 f"{minute // 60:02d}:{minute % 60:02d}:00+08:00",
                    published_raw="1 Maret 2024, 07.00 WITA", authors=["Andi Tenri"],
                    tags=["berita", "demo"], body=body, removed_promos=["Baca Juga: X"],
                    crawled_at="2024-03-10T00:00:00Z").to_record()
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def exports(sizes: list[int]) -> None:
    print("exports (child process each): seconds, peak RSS")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data"
            make_run_files(data, n)
            for fmt in ("jsonl", "parquet"):
                took, peak, out = measured(
                    [sys.executable, "-m", "newscrawl.cli", "export", "--data-dir", str(data),
                     "--format", fmt, "--output", str(Path(tmp) / f"out-{fmt}"),
                     "--no-progress"])
                ok = "kept" in out
                print(f"  {n:>7} records  {fmt:8} {took:7.1f} s  peak RSS {peak:6.0f} MiB"
                      + ("" if ok else "  FAILED: " + out[-300:]), flush=True)


def crawl(n: int) -> None:
    from newscrawl.demo.server import DemoServer

    with DemoServer(n_articles=n, broken_pages=False) as server, \
            tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "newscrawl.cli", "crawl", "--data-dir", f"{tmp}/data",
               "demo", "--base-url", server.base_url, "-a", f"max_pages={n // 10 + 2}",
               *RELAXED]
        took, peak, out = measured(cmd)
        pages = len(server.requests)
        mark = len(server.requests)
        took2, _, out2 = measured(cmd)
        again = [p for p in server.requests[mark:] if "/pr-" in p]
    def summary(text: str) -> str:
        return next((line for line in text.splitlines() if line.startswith("newscrawl crawl:")),
                    "")[:100]

    print(f"crawl of {n} articles: {pages} pages in {took:.0f} s ({pages / took:.0f} pages/s), "
          f"peak RSS {peak:.0f} MiB; {summary(out)}")
    print(f"second run: {len(again)} article pages fetched, {took2:.0f} s; {summary(out2)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--crawl-articles", type=int, default=20_000)
    parser.add_argument("--exports", default="20000,100000")
    parser.add_argument("--skip-crawl", action="store_true")
    args = parser.parse_args()
    start = time.perf_counter()
    exports([int(x) for x in args.exports.split(",") if x])
    if not args.skip_crawl:
        crawl(args.crawl_articles)
    print(f"scale benchmark done in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
