"""The catalog on the simulated internet: one `newscrawl crawl` of many portals under their
real host names, its wall time against the politeness floor.

    .venv/bin/python benchmarks/catalog.py [--articles 10] [--max-crawlers 8,0]
                                           [--portals N] [--new-per-hour 3] [--faults]
                                           [--grow 2000] [--workers 3]
                                           [--only runs|workers|growth ...]

Every catalog portal the simulated internet serves (newscrawl.demo.internet: every family
has its sample template) gets `--articles`
sample articles; `newscrawl crawl` runs them all with the project's politeness (robots.txt,
DOWNLOAD_DELAY, AutoThrottle, CONCURRENT_REQUESTS_PER_DOMAIN) and NEWSCRAWL_MAX_CRAWLERS at
each value of `--max-crawlers` (0: every portal at once), twice: a first run, then, after
`--new-per-hour` new articles a portal (an hour of simulated time), the incremental second
run. Printed per run: wall time W, the politeness floor F, W/F, pages, articles (exactly
once: yes/no), peak RSS and CPU seconds of the crawl process; for the second, how many
article pages it fetched that the first run had read (0 is right). `--faults` adds the
simulated internet's seeded faults. `--grow N` then runs N portals, the catalog's and
synthetic ones (ids and hosts made up per family, given to the crawl as a catalog folder of
its own with NEWSCRAWL_CATALOG_PATH), printed as `catalog growth:` lines. `--workers N`
runs the same two runs with N `newscrawl worker`s sharing them on one Redis started here
(needs redis-server): wall time against the same floor, peak RSS of the largest worker,
CPU of all; with `--grow` too, the growth runs are the workers' as well (`--only growth
--workers 2 --grow 2000`: 2,000 portals by 2 workers). `--only` picks parts, so a long one
can be measured alone.

The floor is computed, not measured: a portal can go no faster than one request per
DOWNLOAD_DELAY on each of its hosts (Scrapy's download slot is per host), so a portal of P
requests needs P x DOWNLOAD_DELAY seconds, and portals sharing a host (detik's desks on
www.detik.com) share that host's pace; the run's floor is its slowest host's. Needs ports
80 and 443 on 127.0.0.1 (root, as in CI); says so and stops where it cannot bind them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newscrawl.catalog import Portal, load_catalog, load_file  # noqa: E402
from newscrawl.crawl import settings as project  # noqa: E402
from newscrawl.demo.internet import Faults, SimulatedInternet, SimulationUnavailable  # noqa: E402


def measured(cmd: list[str], copies: int = 1) -> tuple[float, float, float, int, str]:
    """(wall seconds, peak RSS MiB, CPU seconds, exit code, stdout) of `copies` processes of
    `cmd` at once (N workers), run as the only children of a fresh Python (so the figures
    are their own): the wall time until the last ends, the peak RSS of the largest, the CPU
    of all, the most severe exit code (the highest), the output of each."""
    wrapper = textwrap.dedent(f"""
        import os, resource, subprocess, sys, time
        env = dict(os.environ, NEWSCRAWL_CONTACT="https://newscrawl.example/contact")
        start = time.perf_counter()
        procs = [subprocess.Popen({cmd!r}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, env=env) for _ in range({copies})]
        done = [(p.communicate(), p.returncode) for p in procs]
        took = time.perf_counter() - start
        use = resource.getrusage(resource.RUSAGE_CHILDREN)
        for (out, err), _ in done:
            sys.stdout.write(out + err[-1000:])
        print("MEASURED", took, use.ru_maxrss, use.ru_utime + use.ru_stime,
              max(code for _, code in done))
    """)
    out = subprocess.run([sys.executable, "-c", wrapper], cwd=REPO, capture_output=True,
                         text=True).stdout
    took, peak_kb, cpu, code = out.rsplit("MEASURED", 1)[1].split()
    return float(took), int(peak_kb) / 1024, float(cpu), int(code), out


def _crawl(portal_ids: list[str], data: str, max_crawlers: int, internet: SimulatedInternet,
           redis_url: str | None = None, workers: int = 1
           ) -> tuple[float, float, float, int, str]:
    """`newscrawl crawl` of the portals, or (with `redis_url`) `workers` `newscrawl worker`s
    sharing the run on one Redis."""
    command = ["crawl"] if redis_url is None else ["worker", "--redis", redis_url]
    cmd = [sys.executable, "-m", "newscrawl.cli", *command, *portal_ids, "--data-dir", data,
           *internet.crawl_settings(), "--no-progress",
           "-s", f"NEWSCRAWL_MAX_CRAWLERS={max_crawlers or len(portal_ids)}"]
    return measured(cmd, copies=workers if redis_url else 1)


def run(portal_ids: list[str], articles: int, max_crawlers: int, new_per_hour: int,
        faults: Faults | None, extra: dict[str, Portal] | None = None, workers: int = 0
        ) -> list[str]:
    """A first run of every portal, then (an hour of simulated time later: `new_per_hour`
    new articles a portal) the incremental second run; a line for each. `workers`: the
    runs are made by that many `newscrawl worker`s on one Redis started here."""
    known = {**load_catalog(), **(extra or {})}
    portals = [known[p] for p in portal_ids]
    try:
        internet = SimulatedInternet(portals, n_articles=articles, faults=faults).start()
    except SimulationUnavailable as exc:
        return [f"catalog run: not measured: {exc}"]
    label = f"NEWSCRAWL_MAX_CRAWLERS {max_crawlers or 'all'}"
    lines = []
    redis_proc = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            redis_url = None
            if workers:
                from scale import _redis

                redis_proc, redis_url = _redis(Path(tmp))
                label = f"{workers} workers on one Redis, {label} each"

            def crawl() -> tuple[float, float, float, int, str]:
                return _crawl(portal_ids, tmp, max_crawlers, internet, redis_url, workers)

            wall, peak, cpu, code, out = crawl()
            first = Counter(internet.requests)
            urls = _urls(Path(tmp))
            pages = sum(first.values())
            if not pages:  # nothing answered: say what the crawl said, not a traceback
                tail = " | ".join(out.strip().splitlines()[-3:])[-400:]
                return [f"catalog run: {len(portal_ids)} portals: not measured, no request "
                        f"was answered (exit {code}): {tail}"]
            floor = max(first.values()) * project.DOWNLOAD_DELAY
            once = "yes" if urls and max(urls.values()) == 1 else "no"
            lines.append(
                f"catalog run: {len(portal_ids)} portals, {label}: first "
                f"run W {wall:.0f} s, floor F {floor:.0f} s, W/F {wall / floor:.2f}, pages "
                f"{pages}, articles {len(urls)} (exactly once: {once}), peak RSS "
                f"{peak:.0f} MiB{' a worker' if workers else ''}, CPU {cpu:.0f} s "
                f"({cpu / pages * 1000:.0f} ms a page)"
                f"{_status(code, out)}")
            asked_before = len(internet.pages_asked)
            internet.advance(new_per_hour)
            wall, peak, cpu, code, out = crawl()
            second = internet.requests - first
            urls = _urls(Path(tmp))
            floor = max(second.values()) * project.DOWNLOAD_DELAY if second else 0.0
            once = "yes" if urls and max(urls.values()) == 1 else "no"
            lines.append(
                f"catalog run: second run ({new_per_hour} new articles a portal) W2 {wall:.0f} s, "
                f"floor F2 {floor:.0f} s, W2/F2 {wall / floor if floor else 0:.2f}, pages "
                f"{sum(second.values())}, articles {len(urls)} in all (exactly once: {once}), "
                f"{internet.old_articles_asked(asked_before)} old articles fetched, peak RSS "
                f"{peak:.0f} MiB, CPU {cpu:.0f} s{_status(code, out)}")
    finally:
        internet.stop()
        if redis_proc is not None:
            redis_proc.terminate()
            redis_proc.wait()
    return lines


def _urls(data: Path) -> Counter[str]:
    urls: Counter[str] = Counter()
    for path in data.glob("*/*.jsonl"):
        urls.update(json.loads(line)["url"] for line in path.read_text("utf-8").splitlines())
    return urls


def _status(code: int, out: str) -> str:
    return "" if code == 0 else f"  exit {code}: {out.strip().splitlines()[-1][:300]}"


SYNTHETIC_SECTIONS = {"prmn": '["berita"]', "antara": '["terkini"]'}
FRONT_PAGE = '[""]'


def synthetic_portals(folder: Path, count: int) -> list[Portal]:
    """`count` made-up portals, the families in turn, each on a host of its own under
    .sim.example, written as a catalog file of one's own (NEWSCRAWL_CATALOG_PATH)."""
    families = sorted({p.family for p in load_catalog().values() if not p.sample})
    by_family: dict[str, list[str]] = {}
    for i in range(count):
        family = families[i % len(families)]
        pid = f"sim{family}{i:04d}"
        by_family.setdefault(family, []).append(
            f'[[portal]]\nid = "{pid}"\nname = "Synthetic {family} {i}"\n'
            f'base_url = "https://{pid}.sim.example/"\n'
            f"sections = {SYNTHETIC_SECTIONS.get(family, FRONT_PAGE)}\n"
            f'province = "Sulawesi Selatan"\ntimezone = "Asia/Makassar"\n'
            f'evidence = "synthetic (benchmarks/catalog.py)"\n')
    portals: list[Portal] = []
    for family, entries in by_family.items():
        path = folder / f"synthetic-{family}.toml"
        path.write_text(f'family = "{family}"\n\n' + "\n".join(entries), encoding="utf-8")
        portals += load_file(path)
    return portals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--max-crawlers", default="8,0",
                        help="NEWSCRAWL_MAX_CRAWLERS values, 0 = every portal at once")
    parser.add_argument("--portals", type=int, default=0, help="the first N served (0: all)")
    parser.add_argument("--new-per-hour", type=int, default=3,
                        help="articles each portal publishes before the second run")
    parser.add_argument("--grow", type=int, default=0, metavar="N",
                        help="then a run of N portals: the catalog's and synthetic ones "
                             "(NEWSCRAWL_CATALOG_PATH), at the last --max-crawlers value")
    parser.add_argument("--workers", type=int, default=0, metavar="N",
                        help="then the same runs by N `newscrawl worker`s on one Redis "
                             "(needs redis-server), at the last --max-crawlers value")
    parser.add_argument("--only", choices=["runs", "workers", "growth"], action="append",
                        help="only these parts (runs: one `newscrawl crawl` at each "
                             "--max-crawlers value; default: all that are asked for)")
    parser.add_argument("--faults", action="store_true",
                        help="seeded faults (demo.internet.Faults.seeded): latency, 5xx, a "
                             "host down of each kind, 429, a slow-loris, a changed template")
    args = parser.parse_args()
    catalog = {pid: p for pid, p in load_catalog().items() if not p.sample}
    probe = SimulatedInternet(catalog.values())
    served = sorted(probe.portals)
    if args.portals:
        served = served[:args.portals]
    unserved = f" (not served: {len(probe.unserved)})" if probe.unserved else ""
    print(f"catalog: {len(catalog)} portals, {len(served)} served by the simulated internet"
          f"{unserved}, {args.articles} articles each; DOWNLOAD_DELAY {project.DOWNLOAD_DELAY} s, "
          f"{project.CONCURRENT_REQUESTS_PER_DOMAIN} requests per host", flush=True)
    faults = Faults.seeded([catalog[p] for p in served]) if args.faults else None
    if faults is not None:
        print(f"faults: {faults}", flush=True)
    values = [int(x) for x in args.max_crawlers.split(",") if x]
    parts = set(args.only or ["runs", "workers", "growth"])
    for value in values if "runs" in parts else []:
        for line in run(served, args.articles, value, args.new_per_hour, faults):
            print(line, flush=True)
    if args.workers and "workers" in parts:
        for line in run(served, args.articles, values[-1], args.new_per_hour, faults,
                        workers=args.workers):
            print(line, flush=True)
    if args.grow > len(served) and "growth" in parts:
        with tempfile.TemporaryDirectory() as own:
            extra = synthetic_portals(Path(own), args.grow - len(served))
            os.environ["NEWSCRAWL_CATALOG_PATH"] = own  # the crawl's catalog has them too
            ids = served + [p.id for p in extra]
            lines = run(ids, args.articles, values[-1], args.new_per_hour, faults,
                        extra={p.id: p for p in extra}, workers=args.workers)
            for line in lines:
                print(line.replace("catalog run:", "catalog growth:"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
