"""Scale: a large local crawl and large exports, time and peak memory.

    .venv/bin/python benchmarks/scale.py [--crawl-articles 20000] [--exports 20000,100000]
                                         [--export-layouts many,one] [--syndication on,off]
                                         [--formats jsonl,csv,parquet]
                                         [--skip-crawl]
                                         [--server-sizes 30,20000,100000]

0. Demo server (--server-sizes, default 30, 20,000 and 100,000 articles): ms a request,
   as an HTTP round trip from urllib and as the server's own work (the page rendered for
   the same path), at each size and as a ratio to the smallest, interleaved rounds after a
   warm-up.
1. Crawl: `newscrawl crawl demo` of a local sample portal of N articles (relaxed politeness:
   no delay, no AutoThrottle, 16 requests at once), then a second run that must fetch 0
   article pages. Printed: pages/s, peak RSS of the crawl process, and article pages the
   second run fetched.
2. Exports: run files of N synthetic records (made here, in a temporary folder: records
   of the sample portal, each its own made-up story of ~2.5 kB, every tenth a syndicated
   copy), in run files of 10,000 records and all in one file (--export-layouts), exported
   to JSONL, CSV and Parquet with and without the syndicated-copy search (--syndication),
   each in a child process. Printed: seconds and peak RSS (MiB) per export, the copies the
   search found, and the time with the search against without (target: <= 1.5x); memory
   should stay flat as N grows, whatever the files' sizes (the export reads line by line,
   dedupes and sorts on disk, keeps the copy search's index on disk, writes Parquet in row
   groups; target: <= 300 MB at 1 M records in one file).
3. Distributed (`--distributed`, needs redis-server on PATH and the [redis] extra): the
   three sample portals (--dist-articles each) crawled by 1, 2 and 4 `newscrawl worker`
   processes sharing a Redis started here, interleaved rounds after a warm-up; pages/s
   (median, min-max) and its ratio to one worker. Workers shard by portal (one worker per
   portal at a time keeps each portal's politeness), so 3 portals use at most 3 workers,
   and on 2 cores the curve flattens early. Then the Redis memory that 100,000 seen
   articles take (INFO memory, before and after).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
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


def make_run_files(folder: Path, n: int, per_file: int = 10_000) -> None:
    """n records of the sample portal, each its own made-up story (~2.5 kB of body, like a
    real one), every tenth a syndicated copy of the story five records before it (another
    dateline and headline, promo lines, the last paragraph trimmed)."""
    from newscrawl.demo import stories
    from newscrawl.model.article import Article

    recent: dict[int, stories.Story] = {}
    for start in range(0, n, per_file):
        path = folder / "demo" / f"2024-03-{1 + start // per_file % 28:02d}T00-00-" \
            f"{start // per_file // 28:02d}Z.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for i in range(start, min(n, start + per_file)):
                if i % 10 == 9:
                    text = stories.syndicated(recent[i - 5], seed=i, promos=2)
                else:
                    text = recent[i] = stories.story(i)
                recent.pop(i - 10, None)
                day, minute = divmod(i, 1440)
                record = Article(
                    url=f"http://127.0.0.1:8000/berita/pr-{1000 + i}/artikel-{i}",
                    portal="demo", site_name="Demo Portal", family="prmn", section="Berita",
                    title=text.title,
                    published_at=f"20{24 + day // 336}-{1 + day // 28 % 12:02d}-"
                                 f"{1 + day % 28:02d}T{minute // 60:02d}:{minute % 60:02d}:00"
                                 f"+08:00",
                    published_raw="1 Maret 2024, 07.00 WITA", authors=["Andi Tenri"],
                    tags=["berita", "demo"], body=text.body, removed_promos=["Baca Juga: X"],
                    crawled_at="2024-03-10T00:00:00Z").to_record()
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def exports(sizes: list[int], layouts: list[str], syndication: list[str],
            formats: tuple[str, ...] = ("jsonl", "csv", "parquet")) -> None:
    """Each size in each layout: run files of 10,000 records ("many"), or all records in one
    run file ("one": a backfill, a big portal's crawl, `scrapy crawl -O` of a year); each
    format with the syndicated-copy search (the default) and without it (--no-syndication),
    and the time ratio of the two."""
    print("exports (child process each): seconds, peak RSS; syndication on/off")
    for n in sizes:
        for layout in layouts:
            with tempfile.TemporaryDirectory() as tmp:
                data = Path(tmp) / "data"
                made = time.perf_counter()
                make_run_files(data, n, per_file=n if layout == "one" else 10_000)
                files = len(list(data.rglob("*.jsonl")))
                size = sum(p.stat().st_size for p in data.rglob("*.jsonl")) / 2**20
                print(f"  {n} records in {files} file{'s' if files > 1 else ''} "
                      f"({size:.0f} MiB, made in {time.perf_counter() - made:.0f} s)",
                      flush=True)
                for fmt in formats:
                    took: dict[str, float] = {}
                    for mode in syndication:
                        seconds, peak, out = measured(
                            [sys.executable, "-m", "newscrawl.cli", "export", "--data-dir",
                             str(data), "--format", fmt, "--output",
                             str(Path(tmp) / f"out-{fmt}-{mode}"), "--force", "--no-progress",
                             "--include-sample",  # the records are the sample portal's
                             *(["--no-syndication"] if mode == "off" else [])])
                        took[mode] = seconds
                        ok = "kept" in out
                        copies = _copies(Path(tmp) / f"out-{fmt}-{mode}") if mode == "on" \
                            else ""
                        print(f"  {n:>7} records in {files:>3} file{'s' if files > 1 else ' '} "
                              f"{fmt:8} syndication {mode:3} {seconds:7.1f} s  peak RSS "
                              f"{peak:6.0f} MiB{copies}"
                              + ("" if ok else "  FAILED: " + out[-300:]), flush=True)
                        shutil.rmtree(Path(tmp) / f"out-{fmt}-{mode}", ignore_errors=True)
                    if len(took) == 2:
                        print(f"  {n:>7} records in {files:>3} file{'s' if files > 1 else ' '} "
                              f"{fmt:8} syndication on/off time ratio "
                              f"{took['on'] / took['off']:.2f} (target <= 1.5)", flush=True)


def _copies(folder: Path) -> str:
    """What the card says it found (every tenth record is a planted copy)."""
    card = folder / "README.md"
    if not card.exists():
        return ""
    found = re.search(r"(\d+) records? repeats? an earlier one, in (\d+) groups?",
                      card.read_text("utf-8"))
    return f"  ({found.group(1)} copies in {found.group(2)} groups)" if found else ""


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


def _redis(folder: Path) -> tuple[subprocess.Popen, str]:
    import shutil
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([shutil.which("redis-server") or "redis-server", "--port", str(port),
                             "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(folder)], stdout=subprocess.DEVNULL)
    for _ in range(100):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    return proc, f"redis://127.0.0.1:{port}/0"


def distributed(articles: int, rounds: int) -> None:
    import statistics

    import redis

    from newscrawl.demo.server import DemoServer
    from newscrawl.store.redis import RedisSeenStore

    samples = {"demo": "prmn", "demotribun": "tribun", "demodetik": "detik"}
    with tempfile.TemporaryDirectory() as tmp:
        server_proc, url = _redis(Path(tmp))
        client = redis.Redis.from_url(url)
        servers = {pid: DemoServer(n_articles=articles, family=fam, broken_pages=False)
                   for pid, fam in samples.items()}
        for server in servers.values():
            server.start()
        pages_per_section = articles // 10 + 2
        try:
            rates: dict[int, list[float]] = {1: [], 2: [], 4: []}
            for round_no in range(rounds + 1):  # round 0 warms up
                for n in rates:
                    client.flushdb()
                    data = Path(tmp) / f"data-{round_no}-{n}"
                    base = [x for pid, s in servers.items()
                            for x in ("--base-url", f"{pid}={s.base_url}")]
                    mark = sum(len(s.requests) for s in servers.values())
                    start = time.perf_counter()
                    procs = [subprocess.Popen(
                        [sys.executable, "-m", "newscrawl.cli", "worker", "--redis", url,
                         *samples, "--data-dir", str(data), *base, "-a",
                         f"max_pages={pages_per_section}", "-s", "NEWSCRAWL_MAX_CRAWLERS=1",
                         "--no-progress"], stdout=subprocess.DEVNULL) for _ in range(n)]
                    for proc in procs:
                        proc.wait()
                    took = time.perf_counter() - start
                    pages = sum(len(s.requests) for s in servers.values()) - mark
                    if round_no:
                        rates[n].append(pages / took)
            print(f"distributed: 3 sample portals x {articles} articles, {rounds} interleaved "
                  "rounds after a warm-up; pages/s median (min-max)")
            one = statistics.median(rates[1])
            for n, values in rates.items():
                median = statistics.median(values)
                print(f"  {n} worker{'s' if n > 1 else ' '}  {median:6.1f} pages/s "
                      f"({min(values):.1f}-{max(values):.1f})  {median / one:.2f}x one worker")
        finally:
            for server in servers.values():
                server.stop()
        client.flushdb()
        before = client.info("memory")["used_memory"]
        store = RedisSeenStore.from_url(url)
        pipe = client.pipeline(transaction=False)
        for i in range(100_000):
            pipe.hset("newscrawl:seen", f"https://zonabanten.pikiran-rakyat.com/nasional/"
                      f"pr-{1000000 + i}/judul-berita-nomor-{i}",
                      json.dumps(["zonabanten", "2024-03-01T07:00:00+07:00",
                                  "0123456789abcdef",
                                  "/data/zonabanten/2024-03-01T06-00-00Z.jsonl"]))
            if i % 5000 == 4999:
                pipe.execute()
        pipe.execute()
        assert store.count() == 100_000
        after = client.info("memory")["used_memory"]
        print(f"Redis memory for 100,000 seen articles: {(after - before) / 2**20:.1f} MiB "
              f"({(after - before) / 100_000:.0f} bytes an article, URL of ~75 characters)")
        store.close()
        server_proc.terminate()
        server_proc.wait()


def server(sizes: list[int], rounds: int) -> None:
    """The demo portal server: ms a request at each size, against the smallest one, in
    interleaved rounds after a warm-up (each server answers the same kinds of pages: the
    section's first page, a deep listing page, and article pages found on both)."""
    import re
    import statistics
    import urllib.request
    from urllib.parse import parse_qs, urlsplit

    from newscrawl.demo.server import DemoServer

    def get(url: str) -> str:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.read().decode("utf-8", "replace")

    servers = [DemoServer(n_articles=n, broken_pages=False) for n in sizes]
    paths: dict[int, list[str]] = {}
    try:
        for srv in servers:
            start = time.perf_counter()
            srv.start()
            base = srv.base_url + "daerah"
            deep = f"{base}?page={max(2, srv.n_articles // 60)}"
            listed = [u for u in (base, deep)
                      if re.search(r'href="[^"]*/pr-', get(u))] or [base]
            articles = [u for page in listed
                        for u in re.findall(r'href="([^"]*/pr-\d+/[^"?]*)"', get(page))[:5]]
            paths[srv.n_articles] = listed + articles
            print(f"demo server, {srv.n_articles:>6} articles: up in "
                  f"{time.perf_counter() - start:.1f} s, {len(paths[srv.n_articles])} "
                  f"pages a round ({', '.join(u[len(srv.base_url) - 1:] for u in listed)} "
                  "and articles listed there)",
                  flush=True)
        # Two figures: a whole HTTP round trip from urllib (a new connection each time:
        # the server speaks HTTP/1.0), and the server's own work on a request, its page
        # rendered for the same path (what grew with the portal before it had an index).
        trip: dict[int, list[float]] = {n: [] for n in paths}
        work: dict[int, list[float]] = {n: [] for n in paths}
        for round_no in range(rounds + 1):  # round 0 warms up
            for srv in servers:
                urls = paths[srv.n_articles] * 10
                start = time.perf_counter()
                for url in urls:
                    get(url)
                took = (time.perf_counter() - start) * 1000 / len(urls)
                asked = [(urlsplit(u).path, int(parse_qs(urlsplit(u).query).get("page", ["1"])[0]))
                         for u in urls]
                start = time.perf_counter()
                for path, page in asked:
                    srv.render(path, page)
                if round_no:
                    trip[srv.n_articles].append(took)
                    work[srv.n_articles].append((time.perf_counter() - start) * 1000 / len(asked))
    finally:
        for srv in servers:
            srv.stop()
    for label, times in (("HTTP round trip", trip), ("server's work", work)):
        smallest = times[sizes[0]]
        for n, ts in times.items():
            ratios = [a / b for a, b in zip(ts, smallest, strict=True)]
            print(f"demo server, {n:>6} articles, {label}: {statistics.median(ts):.3f} ms a "
                  f"request ({min(ts):.3f}-{max(ts):.3f}); {statistics.median(ratios):.2f}x "
                  f"the {sizes[0]}-article server's")
    print("  (target: <= 1 ms a request at any size)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--crawl-articles", type=int, default=20_000)
    parser.add_argument("--exports", default="20000,100000")
    parser.add_argument("--export-layouts", default="many,one",
                        help="run files of 10,000 records (many), all in one file (one)")
    parser.add_argument("--formats", default="jsonl,csv,parquet",
                        help="export formats to measure")
    parser.add_argument("--syndication", default="on,off",
                        help="exports with the syndicated-copy search (on), without (off)")
    parser.add_argument("--skip-crawl", action="store_true")
    parser.add_argument("--server-sizes", default="30,20000,100000",
                        help="demo server sizes to time a request at ('' skips it)")
    parser.add_argument("--server-rounds", type=int, default=5)
    parser.add_argument("--distributed", action="store_true",
                        help="also measure 1, 2 and 4 workers (needs redis-server)")
    parser.add_argument("--dist-articles", type=int, default=600)
    parser.add_argument("--dist-rounds", type=int, default=3)
    args = parser.parse_args()
    start = time.perf_counter()
    sizes = [int(x) for x in args.server_sizes.split(",") if x]
    if sizes:
        server(sizes, args.server_rounds)
    exports([int(x) for x in args.exports.split(",") if x],
            [x for x in args.export_layouts.split(",") if x],
            [x for x in args.syndication.split(",") if x],
            tuple(x for x in args.formats.split(",") if x))
    if not args.skip_crawl:
        crawl(args.crawl_articles)
    if args.distributed:
        distributed(args.dist_articles, args.dist_rounds)
    print(f"scale benchmark done in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
