"""`newscrawl parse` and `newscrawl demo` as a user runs them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from ..conftest import FIXTURES, shared_page

CAPTURE = "prmn/zonajakarta-donald-trump-kiamat.html"  # real page, in ../shared/pages
CAPTURE_URL = ("https://zonajakarta.pikiran-rakyat.com/internasional/pr-18808737/walau-kena-covid-"
               "19-donald-trump-masih-berbahaya-karena-disampingnya-ada-pemicu-kiamat-dunia")


def newscrawl(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newscrawl.cli", *args], capture_output=True,
                          text=True, timeout=180, cwd=cwd)


def test_parse_prints_a_clean_record_and_names_the_missing_pages() -> None:
    result = newscrawl("parse", str(shared_page(CAPTURE)), "--url", CAPTURE_URL + "?page=2")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["url"] == CAPTURE_URL
    assert record["published_at"] == "2020-10-07T15:13:00+07:00"
    assert record["editors"] == ["Beryl Santoso"] and record["source"] == "Daily Mail"
    assert "Baca Juga" not in record["body"]
    assert "page 2 of 3" in result.stderr and "page(s) 1, 3" in result.stderr


def test_parse_of_a_saved_error_page_names_no_pages(tmp_path: Path) -> None:
    page = tmp_path / "not-found.html"
    page.write_text("<html><head><title>Halaman tidak ditemukan</title></head><body><h1>404</h1>"
                    "<p>Maaf, halaman yang Anda cari tidak ditemukan.</p></body></html>",
                    encoding="utf-8")
    result = newscrawl("parse", str(page), "--url", CAPTURE_URL + "?page=2")
    assert result.returncode == 1
    assert "a crawl would drop this record: missing_body" in result.stderr
    # The URL's "?page=2" does not make an error page "page 2 of 2" of an article.
    assert "page 2" not in result.stderr and "page(s)" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 3, result.stderr


def test_parse_section_lists_links_and_next_page() -> None:
    page = FIXTURES / "prmn" / "fixmakassar-sulsel-section.inhouse.html"
    result = newscrawl("parse", str(page), "--url", "https://fixmakassar.pikiran-rakyat.com/sulsel",
                       "--as", "section")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert len(out["article_links"]) == 3
    assert [link["skip"] for link in out["article_links"]] == [None] * 3
    assert out["next_page"] == "https://fixmakassar.pikiran-rakyat.com/sulsel?page=2"
    assert out["next_page_skip"] is None
    # The same page read as another portal's: every link is one that crawl would skip.
    other = newscrawl("parse", str(page), "--url", "https://fixmakassar.pikiran-rakyat.com/sulsel",
                      "--as", "section", "--portal", "zonajakarta")
    assert other.returncode == 0, other.stderr
    skips = {link["skip"] for link in json.loads(other.stdout)["article_links"]}
    assert skips == {"offsite: not a page of zonajakarta"}


def test_parse_section_marks_the_links_a_crawl_would_not_follow() -> None:
    # Before: 37 links listed on the real zonajakarta page, 10 of them on other hosts of
    # the network, with nothing saying that a crawl of zonajakarta skips those 10.
    result = newscrawl("parse", str(shared_page(CAPTURE)), "--url", CAPTURE_URL,
                       "--as", "section")
    assert result.returncode == 0, result.stderr
    links = json.loads(result.stdout)["article_links"]
    skipped = [link for link in links if link["skip"]]
    assert len(links) == 37 and len(skipped) == 10
    assert all(not link["url"].startswith("https://zonajakarta.") for link in skipped)
    assert all(link["url"].startswith("https://zonajakarta.") for link in links
               if not link["skip"])
    assert skipped[0]["skip"] == "offsite: not a page of zonajakarta"


def test_parse_reads_a_page_of_any_host_with_the_generic_page_objects() -> None:
    result = newscrawl("parse", str(shared_page(CAPTURE)), "--url",
                       "https://portal-baru.example/2020/10/07/trump-kiamat/")
    assert result.returncode == 0, result.stderr
    assert "portal-baru.example is not in the catalog" in result.stderr
    assert "generic" in result.stderr
    record = json.loads(result.stdout)
    assert record["portal"] == "portal-baru.example" and record["family"] == "generic"
    assert record["title"].startswith("Walau Kena Covid-19, Donald Trump Masih Berbahaya")
    assert "Baca Juga" not in record["body"]


def test_parse_says_which_portal_read_a_catalog_page() -> None:
    result = newscrawl("parse", str(shared_page(CAPTURE)), "--url", CAPTURE_URL)
    assert "read as portal zonajakarta (prmn)" in result.stderr


def test_parse_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = newscrawl("parse", str(tmp_path / "nope.html"), "--url", CAPTURE_URL)
    assert result.returncode == 2
    assert "cannot read" in result.stderr and "nope.html" in result.stderr


def test_demo_crawls_the_sample_portal_and_says_where_the_file_is(tmp_path: Path) -> None:
    result = newscrawl("demo", "--data-dir", str(tmp_path / "data"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    m = re.search(r"finished: (\d+) articles in (\S+\.jsonl)$", result.stdout, re.MULTILINE)
    assert m, result.stdout
    path = Path(m.group(2))
    assert path.parent == tmp_path / "data" / "demo"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert int(m.group(1)) == len(lines) == 30
    # Scrapy's log lines go to the log file; the terminal shows the summary only, with the
    # four broken pages named as the sample portal's designed faults, each handled.
    assert result.stderr == ""
    assert " ERROR" not in result.stdout and " WARNING" not in result.stdout
    handled = [line for line in result.stdout.splitlines() if line.startswith("  /berita/pr-9")]
    assert len(handled) == 4 and not any("NOT handled" in line for line in handled)
    assert "Other problems" not in result.stdout
    log = Path(re.search(r"Scrapy's log: (\S+)", result.stdout).group(1))
    assert "Gave up retrying" in log.read_text(encoding="utf-8")
