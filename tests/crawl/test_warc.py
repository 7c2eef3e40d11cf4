"""WARC archives of crawls (`--warc`), records made again from them (`newscrawl reparse`), and
articles read from anyone's WARC (`newscrawl warc`): what a user keeps and gets back."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import zlib
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newscrawl.archive import warc
from newscrawl.demo.server import DemoServer
from newscrawl.exits import EXIT_NO_ARTICLES, EXIT_OK

from ..conftest import kill_when

warcio = pytest.importorskip("warcio", reason="warcio is a dependency of newscrawl")
from warcio.archiveiterator import ArchiveIterator  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newscrawl.cli", *args], capture_output=True,
                          text=True, timeout=timeout)


def records(folder: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for path in sorted(folder.rglob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            assert record["url"] not in out, f"{record['url']} twice"
            out[record["url"]] = record
    return out


def warcio_records(path: Path) -> list:
    """Every record of an archive as warcio reads it (raises where it cannot, or where a
    record's block or payload does not match its digest)."""
    read = []
    with path.open("rb") as fh:
        for r in ArchiveIterator(fh, check_digests="raise"):
            r.content_stream().read()
            read.append((r.rec_type, dict(r.rec_headers.headers)))
    return read


def test_a_crawl_archived_as_warc_reparses_to_the_same_records(tmp_path: Path) -> None:
    data, again = tmp_path / "data", tmp_path / "again"
    with DemoServer(n_articles=30, broken_pages=False) as server:
        crawled = cli("crawl", "demo", "--base-url", server.base_url, "--data-dir", str(data),
                      "--warc", *FAST)
        fetched = len(server.requests)
    assert crawled.returncode == EXIT_OK, crawled.stdout + crawled.stderr
    archives = sorted((data / "demo").glob("*.warc.gz"))
    run_file = sorted((data / "demo").glob("*.jsonl"))
    assert len(archives) == 1 and len(run_file) == 1
    assert archives[0].name.removesuffix(".warc.gz") == run_file[0].name.removesuffix(".jsonl")
    # Every fetch is in it, as archives expect it: a response and its request each.
    read = warcio_records(archives[0])
    kinds = Counter(kind for kind, _ in read)
    assert kinds == {"warcinfo": 1, "response": fetched, "request": fetched}
    responses = [h for kind, h in read if kind == "response"]
    assert all(h["WARC-Target-URI"].startswith(server.base_url) and
               h["WARC-Payload-Digest"].startswith("sha1:") and
               h["WARC-Block-Digest"].startswith("sha1:") and
               h["WARC-IP-Address"] == "127.0.0.1" and h["WARC-Date"] for h in responses)
    ids = {h["WARC-Record-ID"] for h in responses}
    assert {h["WARC-Concurrent-To"] for kind, h in read if kind == "request"} == ids

    reparsed = cli("reparse", str(data / "demo"), "--data-dir", str(again))
    assert reparsed.returncode == EXIT_OK, reparsed.stdout + reparsed.stderr
    assert "30 records (demo 30)" in reparsed.stdout
    before, after = records(data), records(again)
    assert len(before) == 30 and set(after) == set(before)
    assert sum(r["pages"] > 1 for r in before.values()) >= 5  # multi-page ones reassembled
    for url, record in before.items():
        same = {k: v for k, v in record.items() if k not in ("crawled_at", "extractor_version")}
        assert {k: after[url][k] for k in same} == same, url
        assert after[url]["extractor_version"] == record["extractor_version"]


def test_warc_off_by_default(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with DemoServer(n_articles=5, broken_pages=False) as server:
        crawled = cli("crawl", "demo", "--base-url", server.base_url, "--data-dir", str(data),
                      *FAST)
    assert crawled.returncode == EXIT_OK
    assert list(data.rglob("*.warc*")) == []


@pytest.mark.slow
def test_archives_survive_kills_and_nothing_is_lost(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seed = random.randrange(1_000_000)
    rnd = random.Random(seed)
    kills = attempts = 0
    with DemoServer(n_articles=40, broken_pages=False, delay_seconds=0.05) as server:
        base = ["crawl", "demo", "--base-url", server.base_url, "--data-dir", str(data),
                "--warc", "-s", "CONCURRENT_REQUESTS=2", *FAST]
        while kills < 5 and attempts < 20:
            attempts += 1
            # Timed from the run's progress: 2 to 9 more requests at the server (the second
            # is sent once robots.txt's answer is in: its run has an archive to cut).
            mark = len(server.requests) + rnd.randint(2, 9)
            kills += kill_when([sys.executable, "-m", "newscrawl.cli", *base],
                               lambda: len(server.requests), mark)
        final = cli(*base)
        assert final.returncode == EXIT_OK, f"seed {seed}: " + final.stdout + final.stderr
    assert kills == 5, f"seed {seed}: {attempts} runs, {kills} killed"
    archives = sorted((data / "demo").glob("*.warc.gz"))
    assert len(archives) >= 5
    for path in archives:  # each readable to its end by warcio (a cut last record mended)
        assert warcio_records(path), f"seed {seed}: {path.name}"
    crawled = records(data)
    assert len(crawled) == 40, f"seed {seed}"
    reparsed = cli("reparse", str(data / "demo"), "--data-dir", str(tmp_path / "again"))
    assert reparsed.returncode == EXIT_OK, reparsed.stdout + reparsed.stderr
    assert set(records(tmp_path / "again")) == set(crawled), f"seed {seed}"


def _response(writer: WARCWriter, url: str, body: bytes, *, status: str = "200 OK",
              content_type: str = "text/html; charset=utf-8",
              extra: list[tuple[str, str]] = ()) -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type), *extra],
                            protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
        warc_headers_dict={"WARC-Date": "2024-03-08T05:00:00Z"}))


def _fixture(family: str, name: str) -> tuple[str, bytes, dict]:
    expected = json.loads((FIXTURES / family / f"{name}.expected.json").read_text("utf-8"))
    return expected["page_url"], (FIXTURES / family / name).read_bytes(), expected


def _foreign_warc(path: Path) -> dict[str, dict]:
    """A WARC as another tool writes it (warcio, gzip member per record): two catalog
    portals' articles, a page of a host outside the catalog, a PDF, a redirect, a record
    that is not HTTP, bytes that are not gzip between two records, and a truncated last
    record."""
    prmn_url, prmn, prmn_expected = _fixture("prmn", "fixmakassar-paotere-page1.inhouse.html")
    detik_url, detik, detik_expected = _fixture("detik", "jabar-banjir-page1.inhouse.html")
    other_url = "https://kabar-contoh.example/2022/02/22/jembatan-ditutup-sementara/"
    other = (FIXTURES / "generic" / "beritajatim-stale-jsonld.inhouse.html").read_bytes()
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    _response(writer, prmn_url, prmn)
    _response(writer, "https://fixmakassar.pikiran-rakyat.com/laporan.pdf", b"%PDF-1.4 ...",
              content_type="application/pdf")
    out.write(b"this is not a gzip member")
    _response(writer, "https://www.detik.com/jabar/berita/d-1/lama", b"",
              status="301 Moved Permanently", extra=[("Location", detik_url)])
    _response(writer, detik_url, detik)
    writer.write_record(writer.create_warc_record(  # a file archived as it is: no HTTP
        "https://www.detik.com/robots.txt", "resource", payload=io.BytesIO(b"User-agent: *"),
        length=13, warc_content_type="text/plain"))
    _response(writer, other_url, other)
    last = io.BytesIO()
    _response(WARCWriter(last, gzip=True), "https://www.detik.com/jabar/berita/d-2/x", detik)
    path.write_bytes(out.getvalue() + last.getvalue()[:-40])
    return {prmn_url: prmn_expected, detik_url: detik_expected}


def test_a_warc_of_anyone_gives_the_catalog_portals_articles(tmp_path: Path) -> None:
    archive = tmp_path / "theirs.warc.gz"
    expected = _foreign_warc(archive)
    done = cli("warc", str(archive), "--data-dir", str(tmp_path / "data"))
    assert done.returncode == EXIT_OK, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    got = records(tmp_path / "data")
    assert set(got) == set(expected)  # not the PDF, the redirect, the other host's page
    for url, want in expected.items():
        assert got[url]["portal"] == want["portal"]
        assert got[url]["title"] == want["expect"]["title"]
        assert got[url]["crawled_at"] == "2024-03-08T05:00:00Z"  # when the archive fetched it
    summary = done.stdout
    assert "2 records (detikjabar 1, fixmakassar 1)" in summary
    assert "1 truncated record" in summary and "1 not a gzip member" in summary
    assert "1 not an HTTP response" in summary
    assert "1 pages of hosts outside the catalog" in summary
    # With --any-host the other host's page is read with the generic page objects.
    wide = cli("warc", str(archive), "--any-host", "--data-dir", str(tmp_path / "wide"))
    assert wide.returncode == EXIT_OK, wide.stdout + wide.stderr
    hosts = {url.split("/")[2] for url in records(tmp_path / "wide")}
    assert hosts == {"fixmakassar.pikiran-rakyat.com", "www.detik.com", "kabar-contoh.example"}


def test_a_response_over_the_limit_costs_only_itself(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from newscrawl.archive.reparse import Reparser

    archive = tmp_path / "theirs.warc.gz"
    expected = _foreign_warc(archive)
    big = tmp_path / "big.warc.gz"
    with big.open("wb") as fh:
        _response(WARCWriter(fh, gzip=True), "https://www.detik.com/jabar/berita/d-3/besar",
                  b"<html><body>" + b"<p>kata</p>" * 20_000 + b"</body></html>")
    monkeypatch.setattr(warc, "MAX_BODY_BYTES", 100 << 10)  # the 2 GB response, made small
    result = Reparser(tmp_path / "data").run([big, archive])
    assert sum(result.written.values()) == len(expected)
    assert result.read.skipped["response over the size limit (100 kB)"] == 1


def test_reparse_says_what_it_could_not_read(tmp_path: Path) -> None:
    empty = tmp_path / "nothing.warc.gz"
    empty.write_bytes(b"not a warc at all")
    done = cli("reparse", str(empty), "--data-dir", str(tmp_path / "data"))
    assert done.returncode == EXIT_NO_ARTICLES
    assert done.stdout.startswith("newscrawl reparse: no article came out (exit 3)")
    assert "Traceback" not in done.stderr
    missing = cli("reparse", str(tmp_path / "absent.warc.gz"))
    assert missing.returncode == 2
    assert "no such file or folder" in missing.stderr


def test_export_keeps_the_newest_extractors_record(tmp_path: Path) -> None:
    data = tmp_path / "data" / "demo"
    data.mkdir(parents=True)
    record = {"url": "https://demo.example/berita/pr-1/a", "portal": "demo",
              "title": "Judul", "body": "Isi berita.", "published_at":
              "2024-03-08T07:00:00+07:00", "crawled_at": "2024-03-09T00:00:00Z",
              "extractor_version": "2026.01.01.10", "schema_version": 3}
    # (the tenth change of a day is newer than the ninth, though it sorts before it as text)
    older = {**record, "title": "Judul lama ekstraktor", "crawled_at": "2024-03-10T00:00:00Z",
             "extractor_version": "2026.01.01.9"}
    unnamed = {**record, "title": "Judul skema 2", "crawled_at": "2024-03-11T00:00:00Z",
               "schema_version": 2}
    unnamed.pop("extractor_version")
    for n, rec in enumerate((record, older, unnamed)):
        (data / f"2024-03-0{n + 1}T00-00-00Z.jsonl").write_text(json.dumps(rec) + "\n")

    def exported(*extra: str) -> str:
        out = tmp_path / f"out{len(extra)}"
        done = cli("export", "--data-dir", str(tmp_path / "data"), "--format", "jsonl",
                   "--output", str(out), "--include-sample", "--no-progress", *extra)
        assert done.returncode == EXIT_OK, done.stderr
        rows = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
        assert len(rows) == 1
        return rows[0]["title"]

    assert exported() == "Judul"  # the newest extractor, though crawled before the others
    assert exported("--newest-crawl") == "Judul skema 2"


def test_warc_records_of_a_fetch_are_whole_gzip_members() -> None:
    page = b"<html><title>Banjir di Kota Ambon</title></html>"
    data = warc.fetch_records(warc.Fetch(
        "https://www.detik.com/jabar/", 200, page,
        [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")],
        datetime(2024, 3, 8, tzinfo=UTC), request_headers=[("User-Agent", "newscrawl")]))
    with io.BytesIO(data) as fh:
        read = []
        for r in ArchiveIterator(fh, check_digests="raise"):
            read.append((r.rec_type, r.rec_headers.get_header("WARC-Date"),
                         r.content_stream().read(), r.http_headers.get_header("User-Agent"),
                         r.http_headers.get_header("Transfer-Encoding")))
            assert r.digest_checker.passed, r.digest_checker.problems
    assert read == [("response", "2024-03-08T00:00:00Z", page, None, None),
                    ("request", "2024-03-08T00:00:00Z", b"", "newscrawl", None)]
    # each record is one gzip member of its own
    first = zlib.decompressobj(zlib.MAX_WBITS | 16)
    assert first.decompress(data).startswith(b"WARC/1.0\r\nWARC-Type: response\r\n")
    second = zlib.decompressobj(zlib.MAX_WBITS | 16)
    assert second.decompress(first.unused_data).startswith(b"WARC/1.0\r\nWARC-Type: request")
    assert second.eof and second.unused_data == b""
