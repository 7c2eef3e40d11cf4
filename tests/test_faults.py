"""Fault injection: hostile pages on a local server, bad values, broken state.

Every test here first reproduces a failure that was measured on an earlier version
(the comment says what happened then), then shows what happens now, counts asserted.
Servers are local (127.0.0.1), started and stopped by the tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from newscrawl.dates import parse_date
from newscrawl.demo import site
from newscrawl.demo.server import DemoServer

from .conftest import REPO


def _run_measured(cmd: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run `cmd` in a child of a fresh Python and return it with the child's peak RSS (kB)."""
    wrapper = textwrap.dedent(f"""
        import resource, subprocess, sys
        done = subprocess.run({cmd!r}, capture_output=True, text=True, timeout=300)
        sys.stdout.write(done.stdout)
        sys.stderr.write(done.stderr)
        print("PEAK_RSS_KB", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        sys.exit(done.returncode)
    """)
    result = subprocess.run([sys.executable, "-c", wrapper], cwd=cwd, capture_output=True,
                            text=True, timeout=360)
    peak = int(result.stdout.rsplit("PEAK_RSS_KB", 1)[1].split()[0])
    return result, peak


def test_hostile_pages_cost_only_themselves_and_memory_stays_bounded(tmp_path: Path) -> None:
    # Before: 100 kB of gzip on the wire became 4.65 GB of memory, a 200 MB page used
    # 1.46 GB and wrote a 209 MB record, a 200 kB date text held the reactor for minutes
    # and 200,000 nested JSON-LD arrays raised RecursionError.
    out = tmp_path / "out.jsonl"
    with DemoServer(n_articles=10, broken_pages=False, hostile_pages=True) as server:
        cmd = [sys.executable, "-m", "scrapy", "crawl", "demo", "-a",
               f"base_url={server.base_url}", "-O", str(out), "-s",
               f"LOG_FILE={tmp_path / 'crawl.log'}", "-s", "DOWNLOAD_TIMEOUT=20"]
        result, peak_kb = _run_measured(cmd, REPO)
        served = list(server.requests)
    assert result.returncode == 0, result.stderr[-2000:]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    print(f"\nhostile pages: peak RSS {peak_kb / 1024:.0f} MB, {len(records)} records")
    log = (tmp_path / "crawl.log").read_text(encoding="utf-8")
    stats = log.split("Dumping Scrapy stats:", 1)[1]
    # The ten good articles are all there, and the expensive page is read, its date skipped.
    good = {a.path for a in site.articles(10)}
    paths = {"/" + r["url"].split("/", 3)[3] for r in records}
    assert good <= paths
    assert all(site.hostile_path(k) in served for k in site.HOSTILE)
    assert site.hostile_path("bom-gzip") not in paths
    assert site.hostile_path("halaman-raksasa") not in paths
    assert "'newscrawl/skipped/too_large': 2" in stats
    assert max(len(line) for line in out.read_text(encoding="utf-8").splitlines()) < 300_000
    assert "RecursionError" not in log and "Traceback" not in log
    assert peak_kb < 300 * 1024, f"peak RSS {peak_kb} kB"


def test_out_of_range_and_huge_date_texts_are_skips_not_errors() -> None:
    # Before: OverflowError lost the article; 40,000 digits took 79 s in dateparser.
    assert parse_date("99999999999 hari yang lalu") is None
    assert parse_date("1" * 40_000) is None
    assert parse_date("Senin, 4 Maret 2024 10:00 WITA" + " x" * 100_000).isoformat() == \
        "2024-03-04T10:00:00+08:00"
