"""P3: `scrapy crawl demo` against a bare Scrapy spider following the same links.

    .venv/bin/python benchmarks/crawl.py [--articles 1000] [--rounds 5]

Both crawl the same local sample portal (served on 127.0.0.1 by this process) with the
same relaxed politeness (no delay, no AutoThrottle, 16 requests at once, robots.txt off),
each in a child process of its own, in interleaved rounds after a warm-up. The bare
spider reads listing links, the next listing page and the pages of multi-page articles
with three CSS selectors and yields {url, title}; newscrawl runs its page objects, its
pipelines and its durable feed. Printed: pages/s and CPU seconds per crawl (user + system
of the child), medians and min-max, and newscrawl's figures as ratios of the bare spider's.

The bare spider runs on Scrapy's defaults. newscrawl's settings change two of them that
cost CPU for nothing in this kind of crawl (CONCURRENT_ITEMS 100 -> 8: Scrapy starts that
many asyncio tasks per response; WARN_ON_GENERATOR_RETURN_VALUE off: Scrapy re-parses a
callback's source on most responses). A third side, the bare spider with those two
settings, shows what newscrawl's own work per page costs on top.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from newscrawl.demo.server import DemoServer

REPO = Path(__file__).resolve().parent.parent
RELAXED = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 16,
           "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "ROBOTSTXT_OBEY": False, "LOG_LEVEL": "ERROR",
           "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False}
TUNED = {"CONCURRENT_ITEMS": 8, "WARN_ON_GENERATOR_RETURN_VALUE": False}

BARE = textwrap.dedent('''
    import json, sys
    import scrapy
    from scrapy.crawler import CrawlerProcess

    base, out, settings = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])

    class Bare(scrapy.Spider):
        name = "bare"

        async def start(self):
            for section in ("berita", "daerah"):
                yield scrapy.Request(base + section, callback=self.parse_listing)

        def parse_listing(self, response):
            for href in response.css("a.latest__link::attr(href)").getall():
                yield response.follow(href, callback=self.parse_article)
            nxt = response.css("a[rel=next]::attr(href)").get()
            if nxt:
                yield response.follow(nxt, callback=self.parse_listing)

        def parse_article(self, response):
            for href in response.css(".paging__item a::attr(href)").getall():
                if href != "#":
                    yield response.follow(href, callback=self.parse_article)
            yield {"url": response.url, "title": response.css("h1::text").get()}

    process = CrawlerProcess(settings | {"FEEDS": {out: {"format": "jsonlines"}}})
    process.crawl(Bare)
    process.start()
''')


def run_child(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, cwd=REPO, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with DemoServer(n_articles=args.articles, broken_pages=False) as server, \
            tempfile.TemporaryDirectory() as tmp:
        base = server.base_url
        pages = args.articles // 10 + 2
        ours_cmd = [sys.executable, "-m", "scrapy", "crawl", "demo", "-a", f"base_url={base}",
                    "-a", f"max_pages={pages}", "-O", f"{tmp}/ours.jsonl",
                    *[x for k, v in RELAXED.items() for x in ("-s", f"{k}={v}")]]
        script = Path(tmp) / "bare_spider.py"  # a file: Scrapy reads callbacks' source
        script.write_text(BARE, encoding="utf-8")
        bare_cmd = [sys.executable, str(script), base, f"{tmp}/bare.jsonl",
                    json.dumps(RELAXED)]
        # The same bare spider with the two settings newscrawl changes from Scrapy's
        # defaults for CPU (CONCURRENT_ITEMS, WARN_ON_GENERATOR_RETURN_VALUE): what is left
        # between it and newscrawl is newscrawl's own work per page.
        tuned_cmd = [*bare_cmd[:-1], json.dumps(RELAXED | TUNED)]
        sides = {"bare Scrapy spider": bare_cmd, "bare spider, tuned": tuned_cmd,
                 "newscrawl": ours_cmd}
        results: dict[str, list[tuple[float, float, int]]] = {name: [] for name in sides}
        for round_no in range(args.rounds + 1):  # round 0 warms up both
            for name, cmd in sides.items():
                mark = len(server.requests)
                wall, cpu = run_child(cmd)
                fetched = len(server.requests) - mark
                if round_no:
                    results[name].append((wall, cpu, fetched))
        ours_records = sum(1 for _ in open(f"{tmp}/ours.jsonl", encoding="utf-8"))
    print(f"local sample portal, {args.articles} articles, {args.rounds} interleaved rounds "
          "after a warm-up; median (min-max)")
    medians = {}
    for name, rows in results.items():
        rates = [fetched / wall for wall, _, fetched in rows]
        cpus = [cpu for _, cpu, _ in rows]
        medians[name] = (statistics.median(rates), statistics.median(cpus))
        print(f"{name:20} {medians[name][0]:7.1f} pages/s ({min(rates):.1f}-{max(rates):.1f})"
              f"  CPU {medians[name][1]:5.2f} s/crawl ({min(cpus):.2f}-{max(cpus):.2f})"
              f"  {rows[0][2]} pages")
    bare, ours = medians["bare Scrapy spider"], medians["newscrawl"]
    tuned = medians["bare spider, tuned"]
    print(f"newscrawl / bare: {ours[0] / bare[0]:.2f}x the pages/s, {ours[1] / bare[1]:.2f}x "
          f"the CPU per crawl ({ours_records} records written)")
    print(f"newscrawl / bare spider, tuned: {ours[0] / tuned[0]:.2f}x the pages/s, "
          f"{ours[1] / tuned[1]:.2f}x the CPU per crawl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
