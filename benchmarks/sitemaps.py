"""Sitemaps of any size: peak RSS of a `scrapy crawl demo -a discover=sitemaps` process, and
the order in which it asks for sitemaps and article pages.

    .venv/bin/python benchmarks/sitemaps.py [--case nested|big|both] [--seconds 30]
                                            [--rounds 3] [--rss-cap-mb 2500]

A portal served on 127.0.0.1 by this process (SitemapPortal) announces one sitemap in
robots.txt:

  nested  an index of 1,000 sitemap indexes of 1,000 sitemaps of 1,000 URLs each (a
          billion article links, generated as they are asked for), the hostile case of
          issue 30;
  big     one valid sitemap of 49,000 URLs (Google's limit is 50,000).

The article pages are the sample portal's (newscrawl.demo.site). Each crawl runs in a child
process of its own for --seconds (CLOSESPIDER_TIMEOUT) after a warm-up round; its peak RSS
is the kernel's (wait4 ru_maxrss), and a crawl passing --rss-cap-mb is killed and reported
as over the cap. Printed per case: peak RSS, requests served (sitemaps, article pages), the
position of the first article request, the sitemaps asked for before it, records written,
the crawl's wall time (start to exit; it should stop soon after --seconds):
median and min-max over the rounds. The target is a peak RSS of at most 300 MB.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from newscrawl.demo import site

REPO = Path(__file__).resolve().parent.parent
NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def article(number: int) -> site.DemoArticle:
    """The sample portal's article `number`, published within its first year (the sample
    portal's own dates run 5 hours apart: a billion articles would be dated in the future,
    and dropped as such)."""
    a = site.article(number)
    minutes = (number * 37) % (365 * 24 * 60)
    return dataclasses.replace(a, published=site.FIRST_PUBLISHED + timedelta(minutes=minutes))


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a crawl that stops hangs up mid-answer


class SitemapPortal:
    """The sample portal's article pages behind a tree of sitemaps, on 127.0.0.1.

    `fanout` (1000, 1000): /sitemap.xml is an index of 1,000 indexes of 1,000 sitemaps;
    () : /sitemap.xml is itself the sitemap. Each sitemap lists `urls` article pages, all
    different (leaf k lists articles k*urls+1 .. (k+1)*urls). `requests` keeps the paths
    served, in order."""

    def __init__(self, fanout: tuple[int, ...] = (1000, 1000), urls: int = 1000) -> None:
        self.fanout = fanout
        self.urls = urls
        self.requests: list[str] = []
        self._lock = threading.Lock()
        self._cache: dict[str, bytes] = {}
        self.httpd = _Quiet(("127.0.0.1", 0), self._handler())

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __enter__(self) -> SitemapPortal:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def sitemaps(self, since: int = 0) -> int:
        return sum(1 for p in self.requests[since:] if p.endswith(".xml"))

    def articles(self, since: int = 0) -> int:
        return sum(1 for p in self.requests[since:] if "/pr-" in p)

    def first_article(self) -> int | None:
        """The position (1-based) of the first article request, None if there was none."""
        return next((i for i, p in enumerate(self.requests, 1) if "/pr-" in p), None)

    def sitemap_url(self, path: tuple[int, ...]) -> str:
        return self.base_url + ("sitemap.xml" if not path
                                else "sm/" + "/".join(map(str, path)) + ".xml")

    def body(self, path: tuple[int, ...]) -> bytes:
        base = self.base_url.rstrip("/")
        if len(path) < len(self.fanout):
            rows = "".join(f"<sitemap><loc>{self.sitemap_url((*path, i))}</loc></sitemap>"
                           for i in range(self.fanout[len(path)]))
            return (f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{NS}">'
                    f"{rows}</sitemapindex>").encode()
        leaf = 0
        for size, i in zip(self.fanout, path, strict=True):
            leaf = leaf * size + i
        first = leaf * self.urls + 1
        rows = "".join(f"<url><loc>{base}{article(n).path}</loc></url>"
                       for n in range(first, first + self.urls))
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{NS}">{rows}'
                "</urlset>").encode()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        portal = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def _send(self, status: int, body: bytes, ctype: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                parts = urlsplit(self.path)
                with portal._lock:
                    portal.requests.append(self.path)
                try:
                    self._get(parts.path, parts.query)
                except OSError:
                    pass

            def _get(self, path: str, query: str) -> None:
                if path == "/robots.txt":
                    body = f"User-agent: *\nSitemap: {portal.base_url}sitemap.xml\n"
                    return self._send(200, body.encode(), "text/plain")
                xml = "application/xml; charset=utf-8"
                if path == "/sitemap.xml":
                    return self._send(200, portal.cached("", ()), xml)
                m = re.fullmatch(r"/sm/([\d/]+)\.xml", path)
                if m:
                    numbers = tuple(int(x) for x in m.group(1).split("/"))
                    if len(numbers) <= len(portal.fanout) and all(
                            0 <= i < size for i, size in zip(numbers, portal.fanout, strict=False)):
                        return self._send(200, portal.body(numbers), xml)
                number = site.number_in_path(path)
                if number is not None and number >= 1:
                    a = article(number)
                    page = int(parse_qs(query).get("page", ["1"])[0] or 1)
                    if a.path == path.rstrip("/") and 1 <= page <= a.pages:
                        html = site.article_html(a, page, portal.base_url)
                        return self._send(200, html.encode(), "text/html; charset=utf-8")
                self._send(404, b"<html><body>Tidak ditemukan</body></html>", "text/html")

        return Handler

    def cached(self, key: str, path: tuple[int, ...]) -> bytes:
        if key not in self._cache:
            self._cache[key] = self.body(path)
        return self._cache[key]


CASES = {"nested": ((1000, 1000), 1000), "big": ((), 49_000)}


def crawl_command(base: str, data: Path, seconds: float, *extra: str) -> list[str]:
    """A scheduled run (`newscrawl crawl`: the seen store, pending list, durable run file),
    stopped after `seconds` by Scrapy's CLOSESPIDER_TIMEOUT."""
    return [sys.executable, "-m", "newscrawl.cli", "crawl", "demo", "--base-url", base,
            "--discover", "sitemaps", "--data-dir", str(data), "--no-progress",
            "-s", f"CLOSESPIDER_TIMEOUT={seconds}", *extra]


def run_once(portal: SitemapPortal, seconds: float, cap_mb: float, tmp: Path
             ) -> dict[str, float | None]:
    mark = len(portal.requests)
    data = Path(tempfile.mkdtemp(dir=tmp))  # a fresh store: every round starts alike
    started = time.monotonic()
    with open(data / "stdout.txt", "wb") as fh:
        proc = subprocess.Popen(crawl_command(portal.base_url, data, seconds), cwd=REPO,
                                stdout=fh, stderr=subprocess.STDOUT)
    capped = False
    while True:  # watch RSS, to kill a crawl that would take the machine down
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        try:
            rss_kb = int(re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{proc.pid}/status")
                                   .read_text()).group(1))
        except (OSError, AttributeError):
            rss_kb = 0
        if rss_kb > cap_mb * 1024 and not capped:
            capped = True
            os.kill(proc.pid, signal.SIGKILL)
        time.sleep(0.1)
    wall = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    served = portal.requests[mark:]
    first = next((i for i, p in enumerate(served, 1) if "/pr-" in p), None)
    text = "".join(p.read_text("utf-8", "replace") for p in data.glob("logs/*.log"))
    return {
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "wall_seconds": wall,
        "capped": float(capped),
        "sitemaps": sum(1 for p in served if p.endswith(".xml")),
        "articles": sum(1 for p in served if "/pr-" in p),
        "first_article_at": first,
        "sitemaps_before_first_article": sum(1 for p in served[:first or len(served)]
                                             if p.endswith(".xml")),
        "records": sum(1 for path in data.glob("demo/*.jsonl")
                       for _ in open(path, encoding="utf-8")),
        "limit_lines": text.count("Sitemap limit"),
    }


def spread(values: list[float | None]) -> str:
    known = [v for v in values if v is not None]
    if not known:
        return "n/a"
    return f"{statistics.median(known):,.0f} ({min(known):,.0f}-{max(known):,.0f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", choices=[*CASES, "both"], default="both")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rss-cap-mb", type=float, default=2500.0)
    args = parser.parse_args()
    cases = list(CASES) if args.case == "both" else [args.case]
    print(f"each crawl runs {args.seconds:g} s (CLOSESPIDER_TIMEOUT); {args.rounds} rounds "
          f"after a warm-up; median (min-max); target: peak RSS <= 300 MB")
    for case in cases:
        fanout, urls = CASES[case]
        rows = []
        with SitemapPortal(fanout, urls) as portal, tempfile.TemporaryDirectory() as tmp:
            for round_no in range(args.rounds + 1):  # round 0 warms up
                row = run_once(portal, args.seconds, args.rss_cap_mb, Path(tmp))
                if round_no:
                    rows.append(row)
        shape = " x ".join(f"{n:,}" for n in fanout) or "1"
        print(f"\n{case}: {shape} sitemap(s) of {urls:,} URLs")
        for key in rows[0]:
            print(f"  {key:30} {spread([r[key] for r in rows])}")
        if any(r["capped"] for r in rows):
            print(f"  (killed at the {args.rss_cap_mb:,.0f} MB cap in "
                  f"{sum(1 for r in rows if r['capped'])} of {len(rows)} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
