"""End to end: the real `scrapy crawl` against the sample portal on 127.0.0.1."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from newscrawl.demo import site
from newscrawl.demo.server import DemoServer
from newscrawl.model.article import ARTICLE_FIELDS

from ..conftest import REPO

N_ARTICLES = 30


def crawl(server: DemoServer, out: Path, *args: str) -> tuple[list[dict], str, dict]:
    """Run `scrapy crawl demo` as a user would; return records, log text and final stats."""
    log = out.with_suffix(".log")
    cmd = [sys.executable, "-m", "scrapy", "crawl", "demo", "-a", f"base_url={server.base_url}",
           "-O", str(out), "-s", f"LOG_FILE={log}", *args]
    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    text = log.read_text(encoding="utf-8")
    stats_text = text.split("Dumping Scrapy stats:", 1)[1]
    stats_text = stats_text[stats_text.index("{"): stats_text.index("}") + 1]
    stats = ast.literal_eval(re.sub(r"datetime\.datetime\([^)]*\)", "None", stats_text))
    with out.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    return records, text, stats


@pytest.fixture(scope="module")
def full_crawl(demo_server: DemoServer, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("crawl") / "demo.jsonl"
    return crawl(demo_server, out)


def test_every_good_article_once(full_crawl) -> None:
    records, _, _ = full_crawl
    urls = [r["url"] for r in records]
    assert len(urls) == len(set(urls)), "duplicate records"
    assert len(records) == N_ARTICLES
    expected = {a.path for a in site.articles(N_ARTICLES)}
    assert {u.split("/", 3)[3].join(["/", ""]) for u in urls} == expected


def test_records_have_every_field_in_order(full_crawl) -> None:
    records, _, _ = full_crawl
    for r in records:
        assert list(r) == ARTICLE_FIELDS
        assert r["portal"] == "demo" and r["family"] == "prmn" and r["language"] == "id"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["crawled_at"])


def test_image_urls_name_the_portal_not_the_host_fetched_from(full_crawl,
                                                           demo_server: DemoServer) -> None:
    records, _, _ = full_crawl
    images = [r["image_url"] for r in records if r["image_url"]]
    assert len(images) == N_ARTICLES
    fetched_from = demo_server.base_url.split("/")[2]
    assert not [u for u in images if fetched_from in u]
    # The same host as the record's URL: the catalog's, as every URL of a record names it.
    assert [u.split("/")[2] for u in images] == [r["url"].split("/")[2] for r in records]


def test_multipage_articles_are_merged(full_crawl) -> None:
    records, _, _ = full_crawl
    by_path = {"/" + r["url"].split("/", 3)[3]: r for r in records}
    multi = [a for a in site.articles(N_ARTICLES) if a.pages > 1]
    assert multi
    for a in multi:
        record = by_path[a.path]
        assert record["pages"] == a.pages
        for page in range(1, a.pages + 1):
            assert f"halaman {page}:" in record["body"]
        assert "?page=" not in record["url"]


def test_dates_keep_the_instant_and_the_offset(full_crawl) -> None:
    records, _, _ = full_crawl
    by_path = {"/" + r["url"].split("/", 3)[3]: r for r in records}
    offsets = set()
    for a in site.articles(N_ARTICLES):
        record = by_path[a.path]
        published = datetime.fromisoformat(record["published_at"])
        assert published == a.published, a.path
        offsets.add(record["published_at"][-6:])
        if a.date_style == "visible_wib":
            assert record["published_at"].endswith("+07:00")
            assert record["published_tz_source"] == "explicit"
        elif a.date_style == "visible_nozone":
            assert record["published_at"].endswith("+08:00")  # the portal's zone: WITA
            assert record["published_tz_source"] == "portal_default"
        else:
            assert record["published_at"].endswith("+08:00")
    assert offsets == {"+07:00", "+08:00"}


def test_no_promo_text_in_bodies(full_crawl) -> None:
    records, _, _ = full_crawl
    for r in records:
        for text in ("Baca Juga", "ADVERTISEMENT", "Google News", "Editor:", "Sumber: Demo"):
            assert text not in r["body"], (text, r["url"])
        assert "Sumber itu menambahkan, rapat berlanjut pekan depan. Warga diminta hadir" in \
            r["body"]
        assert any(p.startswith("Baca Juga: ") for p in r["removed_promos"])
        assert r["editors"] and r["source"] == "Demo Portal"


def test_broken_pages_cost_only_themselves(full_crawl) -> None:
    records, log, stats = full_crawl
    assert stats["newscrawl/dropped/missing_body"] == 1  # the page without a body
    assert stats["newscrawl/dropped/missing_title"] == 1  # the page of garbage bytes
    assert stats["newscrawl/http_errors/500"] == 1
    assert stats["newscrawl/request_errors/DownloadTimeoutError"] == 1
    assert "Dropped " in log and site.broken_path("tanpa-isi") in log
    assert re.search(r"Failed \S+/galat-server: HTTP 500", log)
    assert re.search(r"Failed \S+/lambat: DownloadTimeoutError", log)
    assert len(records) == N_ARTICLES


def test_sections_and_max_pages_arguments(demo_server: DemoServer, tmp_path: Path) -> None:
    records, _, stats = crawl(demo_server, tmp_path / "one.jsonl",
                              "-a", "sections=daerah", "-a", "max_pages=1")
    daerah = [a for a in site.articles(N_ARTICLES) if a.section == "daerah"]
    # Page 1 of the listing, plus the article whose page 2 that listing links.
    expected = {a.path for a in daerah[: site.PER_PAGE]} | {site.article(3).path}
    assert len(records) == len(expected) == site.PER_PAGE + 1
    assert {"/" + r["url"].split("/", 3)[3] for r in records} == expected
    assert next(r for r in records if r["url"].endswith(site.article(3).path))["pages"] == 3
    assert stats["newscrawl/section_pages"] == 1


def test_since_skips_older_articles(demo_server: DemoServer, tmp_path: Path) -> None:
    since = "2024-03-05"
    records, _, stats = crawl(demo_server, tmp_path / "since.jsonl", "-a", f"since={since}",
                              "-a", "sections=daerah")
    expected = {a.path for a in site.articles(N_ARTICLES)
                if a.section == "daerah" and a.published.date().isoformat() >= since}
    assert expected and {"/" + r["url"].split("/", 3)[3] for r in records} == expected
    assert stats["newscrawl/skipped_older_than_since"] > 0


def test_bad_argument_is_a_clear_error(demo_server: DemoServer, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "demo", "-a", "max_pages=lots",
         "-O", str(tmp_path / "x.jsonl")],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "max_pages must be a whole number, got 'lots'" in result.stderr


def test_three_families_in_one_run(tmp_path: Path) -> None:
    """`newscrawl crawl` with the sample portal in the PRMN, Tribun and detik templates."""
    n = 12
    with DemoServer(family="prmn", n_articles=n, broken_pages=False) as prmn, \
            DemoServer(family="tribun", n_articles=n) as tribun, \
            DemoServer(family="detik", n_articles=n) as detik:
        servers = {"demo": prmn, "demotribun": tribun, "demodetik": detik}
        cmd = [sys.executable, "-m", "newscrawl.cli", "crawl", *servers, "--data-dir",
               str(tmp_path / "data"), "-s", "LOG_LEVEL=WARNING"]
        for pid, server in servers.items():
            cmd += ["--base-url", f"{pid}={server.base_url}"]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert re.search(rf"3 portals, \d+ pages, {3 * n} new articles", result.stdout), result.stdout
    families = {"demo": "prmn", "demotribun": "tribun", "demodetik": "detik"}
    for pid, family in families.items():
        (path,) = (tmp_path / "data" / pid).glob("*.jsonl")
        records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        assert len(records) == n == len({r["url"] for r in records}), pid
        assert {r["family"] for r in records} == {family}
        by_number = {int(re.search(r"-(\d+)/?$", r["url"]).group(1)): r for r in records}
        for a in site.articles(n):
            record = by_number[a.number]
            assert datetime.fromisoformat(record["published_at"]) == a.published, (pid, a.number)
            printed_wib = family == "prmn" and a.date_style == "visible_wib"
            assert record["published_at"].endswith("+07:00" if printed_wib else "+08:00")
            assert record["pages"] == a.pages, (pid, a.number)
            for page in range(1, a.pages + 1):
                assert f"halaman {page}:" in record["body"]
            for promo in ("Baca juga", "Baca Juga", "Gambas", "ADVERTISEMENT", "Google News",
                          "•"):
                assert promo not in record["body"], (pid, promo)
            assert record["authors"] == [site.WRITERS[a.number % 4]], pid


def crawl_daerah_page(server: DemoServer, data: Path, *args: str
                      ) -> subprocess.CompletedProcess[str]:
    """`scrapy crawl demo` of one listing page, with the data directory at `data`."""
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "demo", "-a", f"base_url={server.base_url}",
         "-a", "sections=daerah", "-a", "max_pages=1", *args,
         "-s", f"NEWSCRAWL_DATA_DIR={data}", "-s", "LOG_LEVEL=WARNING"],
        cwd=REPO, capture_output=True, text=True, timeout=180)


def test_default_feed_is_one_jsonl_file_per_run_under_the_data_dir(
        demo_server: DemoServer, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = crawl_daerah_page(demo_server, data)
    assert result.returncode == 0, result.stderr[-2000:]
    (run_file,) = (data / "demo").glob("*.jsonl")
    # One naming for every run file, ad hoc or scheduled: <UTC time>Z.jsonl
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.jsonl", run_file.name)
    lines = run_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == site.PER_PAGE + 1
    assert all(list(json.loads(line)) == ARTICLE_FIELDS for line in lines)


def test_dash_o_replaces_the_default_run_file(demo_server: DemoServer, tmp_path: Path) -> None:
    data = tmp_path / "data"
    out = tmp_path / "mine.jsonl"
    result = crawl_daerah_page(demo_server, data, "-O", str(out))
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(out.read_text(encoding="utf-8").splitlines()) == site.PER_PAGE + 1
    assert not data.exists()  # nothing written beside the file the user asked for


def test_links_to_another_host_are_never_fetched(full_crawl, demo_server: DemoServer) -> None:
    # The sample portal's front page links a sister portal on "localhost" (same server,
    # other host): a crawl of 127.0.0.1 requests none of it and counts the links.
    records, _, stats = full_crawl
    assert not set(site.NETWORK_PATHS) & set(demo_server.requests)
    assert stats["newscrawl/offsite_links"] == len(site.NETWORK_PATHS)
    # Records name the portal's own host (the catalog's), whatever host served the pages.
    assert all(r["url"].startswith("http://127.0.0.1:8000/") for r in records)


def test_site_spider_crawls_a_portal_outside_the_catalog(demo_server: DemoServer,
                                                         tmp_path: Path) -> None:
    # `scrapy crawl site -a url=...`: the generic page objects on an unknown portal.
    out = tmp_path / "site.jsonl"
    log = tmp_path / "site.log"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"url={demo_server.base_url}",
           "-a", "sections=berita,daerah", "-a", "tz=Asia/Makassar", "-O", str(out),
           "-s", f"LOG_FILE={log}"]
    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == N_ARTICLES
    assert {r["portal"] for r in records} == {"127.0.0.1"}
    assert {r["family"] for r in records} == {"generic"}
    for r in records:
        assert r["title"] and r["body"] and "Baca Juga" not in r["body"]
        assert r["published_at"].endswith(("+08:00", "+07:00"))
    multipage = [r for r in records if r["pages"] > 1]
    assert len(multipage) == sum(1 for a in site.articles(N_ARTICLES) if a.pages > 1)
    assert not set(site.NETWORK_PATHS) & set(demo_server.requests)


def test_site_spider_with_discover_auto_reads_the_sitemaps_robots_txt_announces(
        tmp_path: Path) -> None:
    # A portal outside the catalog, given by its address alone: its front page lists one
    # section, and robots.txt announces the sitemaps that list every article.
    out = tmp_path / "site.jsonl"
    with DemoServer(n_articles=40) as server:
        cmd = [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"url={server.base_url}",
               "-a", "discover=auto", "-O", str(out), "-s", f"LOG_FILE={tmp_path / 'log'}",
               # what is tested is where the links come from, not the pace: no delay
               "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
        result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "/robots.txt" in server.requests
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 40
    assert {r["url"].split("/", 3)[3] for r in records} == {
        a.path.lstrip("/") for a in site.articles(40)}


def test_dash_O_overwrites_even_when_nothing_is_scraped(tmp_path: Path) -> None:
    # Before: `-O out.jsonl` of a run that scraped nothing left yesterday's out.jsonl as it
    # was, so a reader took old records for this run's. A run file with nothing new is
    # still not made.
    import socket

    with socket.socket() as sock:  # bound, never listening: every request is refused
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/"
        out = tmp_path / "out.jsonl"
        out.write_text('{"url": "https://old.example/yesterday"}\n', encoding="utf-8")
        data = tmp_path / "data"
        cmd = [sys.executable, "-m", "scrapy", "crawl", "demo", "-a", f"base_url={dead}",
               "-s", f"NEWSCRAWL_DATA_DIR={data}", "-s", "LOG_LEVEL=WARNING"]
        overwrite = subprocess.run([*cmd, "-O", str(out)], cwd=REPO, capture_output=True,
                                   text=True, timeout=180)
        default = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=180)
    assert overwrite.returncode == 0 and default.returncode == 0, overwrite.stderr[-2000:]
    assert out.read_bytes() == b""
    assert not list(data.glob("demo/*.jsonl"))
