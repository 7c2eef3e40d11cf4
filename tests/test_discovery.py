"""Discovery beyond section pages: sitemaps, feeds and date archives, on in-house files
modeled on what Indonesian portals publish and on the sample portal, which serves all of
them; and `newscrawl backfill`, resumable day by day."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newscrawl.demo import site
from newscrawl.demo.server import DemoServer
from newscrawl.discovery import (
    DiscoveryError,
    archive_url,
    read_feed,
    read_sitemap,
    sitemaps_in_robots,
)

from .conftest import FIXTURES

WIB = timezone(timedelta(hours=7))
FILES = FIXTURES / "discovery"
ARTICLES = 30
MODES = ["sections", "sitemaps", "feeds", "archive", "auto"]


# --- reading the files (in-house, modeled on real ones) ----------------------------


def test_google_news_sitemap_with_offsets_and_a_bad_date() -> None:
    kind, entries = read_sitemap((FILES / "news-sitemap.inhouse.xml").read_bytes())
    assert kind == "urlset" and len(entries) == 3
    assert entries[0].published == datetime(2024, 3, 21, 22, 30, tzinfo=WIB)
    assert entries[0].date_text == "2024-03-21T22:30:00+07:00"
    assert entries[2].published is None and entries[2].date_text == "kemarin sore"


def test_sitemap_index_of_dated_sitemaps_plain_and_gzipped() -> None:
    raw = (FILES / "sitemap-index.inhouse.xml").read_bytes()
    for body in (raw, gzip.compress(raw)):
        kind, entries = read_sitemap(body)
        assert kind == "sitemapindex"
        assert [e.url.rsplit("/", 1)[1] for e in entries] == [
            "2024-03-21.xml", "2024-03-20.xml.gz", "2024-03-19.xml"]
        assert entries[2].published == date(2024, 3, 19)


def test_rss_feed_of_a_rubric() -> None:
    entries = read_feed((FILES / "rubrik-feed.inhouse.xml").read_bytes())
    assert len(entries) == 3
    assert entries[0].published == datetime(2024, 3, 21, 22, 30, tzinfo=WIB)
    assert entries[2].published is None and entries[2].date_text == "Rabu sore"


@pytest.mark.parametrize("body", [
    b"<urlset><url><loc>https://x.example/a</loc>",  # cut off
    b"\x1f\x8b\x08\x00not really gzip at all",  # a gzip that is not gzip
    b"plain text, not XML",
    b'<?xml version="1.0"?><html><body>Not found</body></html>',  # an HTML error page
])
def test_a_bad_sitemap_is_one_clear_error(body: bytes) -> None:
    with pytest.raises(DiscoveryError):
        read_sitemap(body)


@pytest.mark.parametrize("body", [b"<rss><channel><item></channel>", b"<html/>", b""])
def test_a_bad_feed_is_one_clear_error(body: bytes) -> None:
    with pytest.raises(DiscoveryError):
        read_feed(body)


def test_robots_sitemaps_and_archive_patterns() -> None:
    robots = b"User-agent: *\nDisallow: /x\nSitemap: /sitemap-news.xml\nsitemap: https://a.id/s.xml\n"
    assert sitemaps_in_robots(robots, "https://a.id/robots.txt") == [
        "https://a.id/sitemap-news.xml", "https://a.id/s.xml"]
    day = date(2024, 3, 1)
    assert archive_url("indeks?date={Y-m-d}", "https://a.id/", day) == \
        "https://a.id/indeks?date=2024-03-01"
    assert archive_url("berita/indeks?date={d/m/Y}", "https://a.id/", day) == \
        "https://a.id/berita/indeks?date=01/03/2024"
    assert archive_url("index-news/{Ymd}", "https://a.id/", day) == \
        "https://a.id/index-news/20240301"


# --- each mode on the sample portal ------------------------------------------------


def crawl(data: Path, server: DemoServer, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newscrawl.cli", "crawl", "demo",
                           "--data-dir", str(data), "--base-url", server.base_url, *args],
                          capture_output=True, text=True, timeout=300)


def written(data: Path) -> set[str]:
    return {json.loads(line)["url"] for path in data.glob("demo/*.jsonl")
            for line in path.read_text("utf-8").splitlines()}


def article_pages(server: DemoServer, since: int) -> int:
    return sum(1 for p in server.requests[since:] if "/pr-" in p)


# Days of the sample portal's 30 articles: 2024-03-01 .. 2024-03-07 (WITA).
RANGE = ["-a", "since=2024-03-01", "-a", "until=2024-03-07", "-a", "max_pages=10"]


@pytest.mark.slow
def test_every_mode_finds_the_articles_sections_find_and_reruns_fetch_none(
        tmp_path: Path) -> None:
    found: dict[str, set[str]] = {}
    with DemoServer(n_articles=ARTICLES, broken_pages=False) as server:
        for mode in MODES:
            data = tmp_path / mode
            mark = len(server.requests)
            result = crawl(data, server, "--discover", mode, *RANGE)
            assert result.returncode == 0, (mode, result.stderr[-2000:], result.stdout)
            found[mode] = written(data)
            pages = len(server.requests) - mark
            # A second run with nothing new fetches no article page, in any mode.
            mark = len(server.requests)
            again = crawl(data, server, "--discover", mode, *RANGE)
            assert again.returncode == 0
            assert article_pages(server, mark) == 0, mode
            print(f"{mode}: {len(found[mode])} articles, {pages} pages fetched")
    assert len(found["sections"]) == ARTICLES
    for mode in MODES:
        assert found[mode] == found["sections"], mode


def _published_day(url: str) -> date:
    number = int(re.search(r"/pr-(\d+)/", url).group(1)) - 1000
    return site.article(number).published.date()


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["sitemaps", "feeds", "archive"])
def test_since_and_until_are_honoured(tmp_path: Path, mode: str) -> None:
    with DemoServer(n_articles=ARTICLES, broken_pages=False) as server:
        result = crawl(tmp_path, server, "--discover", mode, "-a", "since=2024-03-03",
                       "-a", "until=2024-03-05")
    assert result.returncode == 0, result.stderr[-2000:]
    urls = written(tmp_path)
    expected = {n for n in range(1, ARTICLES + 1)
                if date(2024, 3, 3) <= site.article(n).published.date() <= date(2024, 3, 5)}
    assert {int(re.search(r"/pr-(\d+)/", u).group(1)) - 1000 for u in urls} == expected
    assert all(date(2024, 3, 3) <= _published_day(u) <= date(2024, 3, 5) for u in urls)


@pytest.mark.slow
def test_a_bad_sitemap_or_feed_costs_that_file_only(tmp_path: Path) -> None:
    with DemoServer(n_articles=ARTICLES, broken_pages=False, bad_discovery=True) as server:
        out = {}
        for mode in ("sitemaps", "feeds"):
            result = subprocess.run(
                [sys.executable, "-m", "scrapy", "crawl", "demo", "-a", f"discover={mode}",
                 "-a", f"base_url={server.base_url}", "-O", str(tmp_path / f"{mode}.jsonl"),
                 "-s", "LOG_LEVEL=INFO"], capture_output=True, text=True, timeout=300)
            assert result.returncode == 0, result.stderr[-2000:]
            assert "Traceback" not in result.stderr
            out[mode] = (result.stderr, {json.loads(line)["url"] for line in
                                         (tmp_path / f"{mode}.jsonl").read_text().splitlines()})
    log, urls = out["sitemaps"]
    assert len(urls) == ARTICLES  # the good sitemaps still give every article
    assert "'newscrawl/discovery/bad_sitemap': 2" in log
    assert log.count("Skipped sitemap") == 2
    log, urls = out["feeds"]
    assert len(urls) == site.section_size(ARTICLES, "berita")  # the berita feed only
    assert "'newscrawl/discovery/bad_feed': 1" in log


@pytest.mark.slow
def test_backfill_walks_day_by_day_and_resumes(tmp_path: Path) -> None:
    def backfill(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "newscrawl.cli", "backfill", "demo",
                               "--data-dir", str(tmp_path), "--base-url", server.base_url,
                               *args], capture_output=True, text=True, timeout=300)

    def archive_days(since: int) -> list[str]:
        return [p.split("date=")[1] for p in server.requests[since:] if "date=" in p]

    with DemoServer(n_articles=ARTICLES, broken_pages=False) as server:
        # Stopped after a few pages (as a killed or time-limited backfill is) ...
        first = backfill("--since", "2024-03-01", "--until", "2024-03-07",
                         "-s", "CLOSESPIDER_PAGECOUNT=6")
        assert first.returncode in (0, 5), first.stderr[-2000:]
        walked = set(archive_days(0))
        assert 0 < len(written(tmp_path)) < ARTICLES
        # ... it goes on where it was: days already walked are not asked for again.
        mark = len(server.requests)
        second = backfill("--since", "2024-03-01", "--until", "2024-03-07")
        assert second.returncode == 0, second.stderr[-2000:]
        assert "newscrawl backfill: ok (exit 0)" in second.stdout
        again = archive_days(mark)
        assert len(again) + len(walked) >= 7 and len(set(again) & walked) <= 1
        assert len(written(tmp_path)) == ARTICLES
        # Extending the range walks only the new days.
        mark = len(server.requests)
        third = backfill("--since", "2024-02-27", "--until", "2024-03-07")
        assert third.returncode == 0
        assert sorted(archive_days(mark)) == ["2024-02-27", "2024-02-28", "2024-02-29"]
        assert article_pages(server, mark) == 0


def test_bad_discovery_arguments_are_usage_errors(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "newscrawl.cli", *args],
                              capture_output=True, text=True, timeout=120)

    result = run("crawl", "demo", "--data-dir", str(tmp_path), "-a", "discover=magic")
    assert result.returncode == 2 and "discover must be one of" in result.stderr
    result = run("crawl", "demo", "--data-dir", str(tmp_path), "-a", "since=2024-03-05",
                 "-a", "until=2024-03-01")
    assert result.returncode == 2 and "is before since" in result.stderr
    result = run("backfill", "demo", "--since", "2024-13-01", "--data-dir", str(tmp_path))
    assert result.returncode == 2 and "--since takes a date" in result.stderr


@pytest.mark.slow
def test_newscrawl_demo_discovers_through_sitemaps_offline(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "newscrawl.cli", "demo", "--discover",
                             "sitemaps", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"finished: {ARTICLES} articles" in result.stdout
    assert "Found through sitemaps:" in result.stdout and "sitemaps 9" in result.stdout
    bad = subprocess.run([sys.executable, "-m", "newscrawl.cli", "demo", "--discover",
                          "archive", "--since", "2024-02-30", "--data-dir", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "since must be a date" in bad.stderr
    assert "Traceback" not in bad.stderr
