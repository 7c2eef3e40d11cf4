"""The one JSON-lines write path (newscrawl.crawl.feeds): durable under kill -9, for `scrapy crawl`
as for `newscrawl crawl`, plain or gzipped, beside Scrapy's own feeds."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from newscrawl.demo.server import DemoServer
from newscrawl.model.article import ARTICLE_FIELDS

from ..conftest import REPO, kill_when


def _scrapy_crawl(server: DemoServer, *args: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "demo", "-a",
            f"base_url={server.base_url}", "-s", "LOG_LEVEL=ERROR",
            "-s", "CONCURRENT_REQUESTS=2", *args]


def _kill_after(cmd: list[str], out: Path, lines: int, read) -> bool:
    """Start `cmd`, SIGKILL it once `out` holds `lines` records; True if it was killed."""
    return kill_when(cmd, lambda: _records_so_far(read, out) if out.exists() else 0, lines,
                     timeout=60)


def _records_so_far(read, out: Path) -> int:
    """How many records a running crawl has written, or 0 while a write is under way.

    Only for timing the kill: a read of a regular file is not atomic with another
    process's write(2) to it (Linux copies a write into the page cache page by page, with
    no lock a reader takes), so a reader polling a live feed can see a line half copied.
    Whether every line is whole is asserted on the file once the writer is dead."""
    try:
        return len(read(out))
    except (AssertionError, ValueError, EOFError, OSError, zlib.error):
        return 0


def _plain_records(path: Path) -> list[dict]:
    data = path.read_bytes()
    # Every line whole: no partial line at the end either (the write of a line is one).
    assert not data or data.endswith(b"\n")
    return [json.loads(line) for line in data.splitlines()]


def _gzip_records(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:  # raises on a cut member
        return [json.loads(line) for line in fh]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "read"), [("out.jsonl", _plain_records),
                                            ("out.jsonl.gz", _gzip_records)])
def test_kill_9_of_an_ad_hoc_crawl_leaves_every_record_whole(tmp_path: Path, name: str,
                                                              read) -> None:
    # Before: Scrapy's stock feed kept 10 of 17 items after a kill, and a gzip feed was empty.
    out = tmp_path / name
    killed = 0
    with DemoServer(n_articles=40, broken_pages=False, delay_seconds=0.05) as server:
        for lines in (1, 2, 4, 7, 11):
            out.unlink(missing_ok=True)
            killed += _kill_after(_scrapy_crawl(server, "-O", str(out)), out, lines, read)
            records = read(out)
            assert len(records) >= lines
            for record in records:
                assert list(record) == ARTICLE_FIELDS
                assert record["url"] and record["title"] and record["body"]
    assert killed == 5


def test_dash_o_onto_a_feed_with_a_cut_last_line_keeps_every_new_record(tmp_path: Path) -> None:
    # A feed a killed crawl left with its last line cut, then `-o` onto it. Before: the
    # new crawl's first record was glued to the fragment, one unreadable line (5 of 6 read).
    out = tmp_path / "out.jsonl"
    whole = json.dumps({"url": "https://portal.example/lama", "title": "Lama"}).encode()
    fragment = b'{"url": "https://portal.example/terpotong", "tit'
    out.write_bytes(whole + b"\n" + fragment)
    with DemoServer(n_articles=6, broken_pages=False) as server:
        result = subprocess.run(_scrapy_crawl(server, "-o", str(out)), cwd=REPO,
                                capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    data = out.read_bytes()
    assert data.endswith(b"\n")
    lines = data.splitlines()
    # The whole record is kept byte for byte; the cut one (never marked seen) is removed,
    # not left as a line that makes JSON-lines readers reject the whole file.
    assert lines[0] == whole and fragment not in data
    new = [json.loads(line) for line in lines[1:]]
    assert len(new) == 6
    assert all(list(record) == ARTICLE_FIELDS and record["body"] for record in new)
    assert len(_pandas_lines(out)) == 7


def test_dash_o_onto_a_feed_whose_last_record_has_no_line_end_keeps_it(tmp_path: Path):
    # Another tool's file that does not end its last line: a whole record, kept and ended.
    out = tmp_path / "out.jsonl"
    whole = json.dumps({"url": "https://portal.example/lama", "title": "Lama"}).encode()
    out.write_bytes(whole + b"\n" + whole)
    with DemoServer(n_articles=2, broken_pages=False) as server:
        result = subprocess.run(_scrapy_crawl(server, "-o", str(out)), cwd=REPO,
                                capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = out.read_bytes().splitlines()
    assert lines[:2] == [whole, whole] and len(lines) == 4


def _pandas_lines(path: Path) -> object:
    pandas = pytest.importorskip("pandas", reason="pandas comes with the [test] extra")
    return pandas.read_json(path, lines=True)



def test_dash_o_onto_a_gzip_feed_with_a_cut_last_member_keeps_every_new_record(tmp_path: Path):
    # The gzip feed's counterpart. Before: the new members followed the cut one, where
    # every gzip reader stops (zlib: "invalid ..."), so all 6 new records were lost to
    # readers, and `newscrawl export` read none of them either.
    out = tmp_path / "out.jsonl.gz"
    whole = json.dumps({"url": "https://portal.example/lama", "title": "Lama"}).encode()
    cut = gzip.compress(b'{"url": "https://portal.example/terpotong", "title": "Ter"}\n',
                        mtime=0)
    out.write_bytes(gzip.compress(whole + b"\n", mtime=0) + cut[:-12])  # cut in its deflate
    with DemoServer(n_articles=6, broken_pages=False) as server:
        result = subprocess.run(_scrapy_crawl(server, "-o", str(out)), cwd=REPO,
                                capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = gzip.decompress(out.read_bytes()).splitlines()  # raises on a broken member
    assert lines[0] == whole
    # Before: what of the cut member decompressed was kept as a line of its own, so that
    # `gzip -dc` worked but pandas.read_json rejected the whole file. Only whole lines stay.
    assert b"terpotong" not in b"".join(lines)
    new = [json.loads(line) for line in lines[1:]]
    assert len(new) == 6
    assert all(list(record) == ARTICLE_FIELDS and record["body"] for record in new)
    assert len(_pandas_lines(out)) == 7


def test_dash_o_onto_a_file_that_is_not_gzip_leaves_its_bytes_alone(tmp_path: Path) -> None:
    # Only a member a kill cut is mended: other bytes under a .gz name are not ours.
    out = tmp_path / "out.jsonl.gz"
    foreign = b"not gzip at all\n" * 3
    out.write_bytes(foreign)
    with DemoServer(n_articles=2, broken_pages=False) as server:
        result = subprocess.run(_scrapy_crawl(server, "-o", str(out)), cwd=REPO,
                                capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    data = out.read_bytes()
    assert data.startswith(foreign)
    assert len(gzip.decompress(data[len(foreign):]).splitlines()) == 2

def test_dash_o_twice_writes_both_formats(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.csv"
    with DemoServer(n_articles=6, broken_pages=False) as server:
        result = subprocess.run(_scrapy_crawl(server, "-o", str(a), "-o", str(b)), cwd=REPO,
                                capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(_plain_records(a)) == 6
    rows = b.read_text(encoding="utf-8").splitlines()
    assert rows[0].split(",")[:3] == ["url", "portal", "site_name"] and len(rows) > 6


def test_feed_uri_parameters_and_batches_work_as_in_scrapy(tmp_path: Path) -> None:
    with DemoServer(n_articles=6, broken_pages=False) as server:
        result = subprocess.run(
            _scrapy_crawl(server, "-o", str(tmp_path / "%(name)s-%(batch_id)d.jsonl"),
                          "-s", "FEED_EXPORT_BATCH_ITEM_COUNT=4"),
            cwd=REPO, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = [len(_plain_records(tmp_path / f"demo-{n}.jsonl")) for n in (1, 2)]
    assert counts == [4, 2]


@pytest.mark.slow
def test_gzipped_run_files_of_scheduled_runs_survive_kills(tmp_path: Path) -> None:
    # newscrawl crawl --gzip: the same healing as plain run files (store reconciled from the
    # gzip members, nothing lost, nothing twice), and every file readable with gzip.
    data = tmp_path / "data"
    cmd = [sys.executable, "-m", "newscrawl.cli", "crawl", "--data-dir", str(data), "--gzip",
           "demo"]
    # Each kill is timed from the run's progress, not a clock (a fixed sleep landed after
    # the end on a fast machine: 2 kills of 5): once the portal has seen 2 to 4 more article
    # requests of this run, so that every kill lands mid-run, some mid-write.
    def articles_requested() -> int:
        return sum(1 for path in server.requests if "/pr-" in path)

    with DemoServer(n_articles=40, broken_pages=False, delay_seconds=0.05) as server:
        cmd += ["--base-url", server.base_url, "-s", "CONCURRENT_REQUESTS=2"]
        kills = 0
        for more in (2, 3, 4, 3, 2):
            mark = articles_requested()
            kills += kill_when(cmd, articles_requested, mark + more)
        final = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=180)
    assert final.returncode == 0, final.stdout + final.stderr
    files = sorted((data / "demo").glob("*.jsonl.gz"))
    urls = [r["url"] for f in files for r in _gzip_records(f)]
    assert kills == 5
    assert len(urls) == len(set(urls)) == 40
