"""The catalog on the simulated internet: one `newscrawl crawl` of many portals under their
real host names, its wall time against the politeness floor.

    .venv/bin/python benchmarks/catalog.py [--articles 10] [--max-crawlers 8,0]
                                           [--portals N]

Every catalog portal the simulated internet serves (newscrawl.demo.internet: every family
has its sample template) gets `--articles`
sample articles; `newscrawl crawl` runs them all with the project's politeness (robots.txt,
DOWNLOAD_DELAY, AutoThrottle, CONCURRENT_REQUESTS_PER_DOMAIN) and NEWSCRAWL_MAX_CRAWLERS at
each value of `--max-crawlers` (0: every portal at once). Printed per run: wall time W,
the politeness floor F, W/F, pages, articles (exactly once: yes/no), peak RSS and CPU
seconds of the crawl process.

The floor is computed, not measured: a portal can go no faster than one request per
DOWNLOAD_DELAY on each of its hosts (Scrapy's download slot is per host), so a portal of P
requests needs P x DOWNLOAD_DELAY seconds, and portals sharing a host (detik's desks on
www.detik.com) share that host's pace; the run's floor is its slowest host's. Needs ports
80 and 443 on 127.0.0.1 (root, as in CI); says so and stops where it cannot bind them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newscrawl.catalog import load_catalog  # noqa: E402
from newscrawl.crawl import settings as project  # noqa: E402
from newscrawl.demo.internet import SimulatedInternet, SimulationUnavailable  # noqa: E402


def measured(cmd: list[str]) -> tuple[float, float, float, int, str]:
    """(wall seconds, peak RSS MiB, CPU seconds, exit code, stdout) of `cmd`, run as the only
    child of a fresh Python (so the figures are its own)."""
    wrapper = textwrap.dedent(f"""
        import os, resource, subprocess, sys, time
        env = dict(os.environ, NEWSCRAWL_CONTACT="https://newscrawl.example/contact")
        start = time.perf_counter()
        done = subprocess.run({cmd!r}, capture_output=True, text=True, env=env)
        took = time.perf_counter() - start
        use = resource.getrusage(resource.RUSAGE_CHILDREN)
        sys.stdout.write(done.stdout + done.stderr[-1000:])
        print("MEASURED", took, use.ru_maxrss, use.ru_utime + use.ru_stime, done.returncode)
    """)
    out = subprocess.run([sys.executable, "-c", wrapper], cwd=REPO, capture_output=True,
                         text=True).stdout
    took, peak_kb, cpu, code = out.rsplit("MEASURED", 1)[1].split()
    return float(took), int(peak_kb) / 1024, float(cpu), int(code), out


def run(portal_ids: list[str], articles: int, max_crawlers: int) -> str:
    portals = [load_catalog()[p] for p in portal_ids]
    try:
        internet = SimulatedInternet(portals, n_articles=articles).start()
    except SimulationUnavailable as exc:
        return f"catalog run: not measured: {exc}"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [sys.executable, "-m", "newscrawl.cli", "crawl", *portal_ids, "--data-dir",
                   tmp, "-s", "TWISTED_DNS_RESOLVER=newscrawl.demo.internet.LoopbackResolver",
                   "-s", f"NEWSCRAWL_MAX_CRAWLERS={max_crawlers or len(portal_ids)}"]
            wall, peak, cpu, code, out = measured(cmd)
            urls: Counter[str] = Counter()
            for path in Path(tmp).glob("*/*.jsonl"):
                urls.update(json.loads(line)["url"] for line in
                            path.read_text("utf-8").splitlines())
    finally:
        internet.stop()
    pages = sum(internet.requests.values())
    floor = max(internet.requests.values()) * project.DOWNLOAD_DELAY
    once = "yes" if urls and max(urls.values()) == 1 else "no"
    status = "" if code == 0 else f"  exit {code}: {out[-300:]}"
    label = max_crawlers or "all"
    return (f"catalog run: {len(portal_ids)} portals, NEWSCRAWL_MAX_CRAWLERS {label}: "
            f"W {wall:.0f} s, floor F {floor:.0f} s, W/F {wall / floor:.2f}, pages {pages}, "
            f"articles {len(urls)} (exactly once: {once}), peak RSS "
            f"{peak:.0f} MiB, CPU {cpu:.0f} s{status}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--max-crawlers", default="8,0",
                        help="NEWSCRAWL_MAX_CRAWLERS values, 0 = every portal at once")
    parser.add_argument("--portals", type=int, default=0, help="the first N served (0: all)")
    args = parser.parse_args()
    catalog = {pid: p for pid, p in load_catalog().items() if not p.sample}
    probe = SimulatedInternet(catalog.values())
    served = sorted(probe.portals)
    if args.portals:
        served = served[:args.portals]
    print(f"catalog: {len(catalog)} portals, {len(served)} served by the simulated internet "
          f"(not yet: {len(probe.unserved)} of the families without a sample template), "
          f"{args.articles} articles each; DOWNLOAD_DELAY {project.DOWNLOAD_DELAY} s, "
          f"{project.CONCURRENT_REQUESTS_PER_DOMAIN} requests per host", flush=True)
    for value in (int(x) for x in args.max_crawlers.split(",") if x):
        print(run(served, args.articles, value), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
