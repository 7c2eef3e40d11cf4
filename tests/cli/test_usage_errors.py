"""Bad input as a new user types it: one line on stderr, the documented exit code, no
traceback, nothing fetched or written."""

from __future__ import annotations

import gzip
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import REPO

USAGE = 2
NOTHING_MATCHED = 3
UNWRITABLE = 7
ZJ = "https://zonajakarta.pikiran-rakyat.com/internasional/pr-1/judul"


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=120, cwd=cwd)


def newscrawl(*args: str) -> subprocess.CompletedProcess[str]:
    return run(sys.executable, "-m", "newscrawl.cli", *args)


def scrapy(*args: str) -> subprocess.CompletedProcess[str]:
    return run(sys.executable, "-m", "scrapy", *args)


def one_line(result: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    """The command failed with `code` and said why in one stderr line holding `words`."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == code, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize(("args", "words"), [
    (("-a", "since=2024-13-45"), ("since must be a date", "2024-13-45")),
    (("-a", "max_pages=abc"), ("max_pages must be a whole number",)),
    (("-a", "max_pages=0"), ("max_pages must be 1 or more",)),
    (("-a", "tz=Mars/Base"), ("tz must be a time zone",)),
    (("--base-url", "notaurl"), ("--base-url 'notaurl' is not an http(s) URL",)),
    (("-a", "oops"), ("-a takes NAME=VALUE",)),
    (("-a", "maxpages=1"), ("no argument named 'maxpages'; did you mean max_pages?",)),
    (("-s", "NEWSCRAWL_MAX_PAGES=abc"), ("-s NEWSCRAWL_MAX_PAGES must be a whole number",)),
])
def test_newscrawl_crawl_bad_argument(tmp_path: Path, args: tuple[str, ...],
                                      words: tuple[str, ...]) -> None:
    result = newscrawl("crawl", "demo", "--data-dir", str(tmp_path / "data"), *args)
    one_line(result, USAGE, "newscrawl crawl:", *words)
    assert not (tmp_path / "data" / "demo").exists()  # nothing fetched, no run file


@pytest.mark.parametrize(("args", "words"), [
    (("demo", "-a", "since=2024-13-45"), ("scrapy crawl: demo: since must be a date",)),
    (("demo", "-a", "max_pages=abc"), ("max_pages must be a whole number",)),
    (("demo", "-a", "base_url=notaurl"), ("base_url 'notaurl' is not an http(s) URL",)),
    (("demo", "-a", "urls_file=/nonexistent/urls.txt"), ("is not a readable file",)),
    (("nosuchportal",), ("no portal named 'nosuchportal'", "scrapy list")),
    (("zonajakrta",), ("did you mean zonajakarta",)),
    (("site",), ("needs -a url=",)),
    # A mistyped -a name was a full crawl without a word; an argument of another spider too.
    (("demo", "-a", "maxpages=2"), ("demo: no argument named 'maxpages'; did you mean "
                                    "max_pages?", "max_articles")),
    (("demo", "-a", "url=http://x.example/"), ("demo: no argument named 'url'",)),
    # Bad -s values were asyncio tracebacks from inside the crawl (and exit 0 or 1).
    (("demo", "-s", "NEWSCRAWL_MAX_PAGES=abc"), ("-s NEWSCRAWL_MAX_PAGES must be a whole "
                                                 "number, got 'abc'",)),
    (("demo", "-s", "NEWSCRAWL_MAX_PAGES=0"), ("-s NEWSCRAWL_MAX_PAGES must be 1 or more",)),
    (("demo", "-s", "NEWSCRAWL_FSYNC_SECONDS=-1"), ("must be 0 or more",)),
    (("demo", "-s", "DOWNLOAD_DELAY=soon"), ("-s DOWNLOAD_DELAY must be a number",)),
    (("demo", "-s", "CONCURRENT_REQUESTS=2.5"), ("must be a whole number",)),
    (("demo", "-s", "AUTOTHROTTLE_ENABLED=maybe"), ("must be true or false",)),
    # Scrapy printed its banner and whole usage text, and called a typo "more than one spider".
    (("demo", "--outptu", "x.jsonl"), ("unknown option --outptu",)),
    ((), ("name a portal to crawl",)),
    (("demo", "demotribun"), ("one portal at a time, got demo, demotribun",)),
])
def test_scrapy_crawl_bad_portal_or_argument(args: tuple[str, ...],
                                             words: tuple[str, ...]) -> None:
    one_line(scrapy("crawl", *args), USAGE, *words)


@pytest.mark.parametrize("values", [
    {"DOWNLOAD_TIMEOUT": "2.5"}, {"DNS_TIMEOUT": "1.5"}, {"DOWNLOAD_DELAY": "0.25"},
    {"NEWSCRAWL_MAX_PAGES": "3"}, {"AUTOTHROTTLE_ENABLED": "False"}, {"LOG_LEVEL": "INFO"},
    {"NEWSCRAWL_REFETCH_DAYS": "0"}, {"SOME_SETTING_OF_A_PLUGIN": "anything"},
])
def test_good_setting_values_pass(values: dict[str, str]) -> None:
    from newscrawl.crawl.commands.crawl import setting_problem

    assert setting_problem(values) is None


def test_scrapy_spider_attributes_and_tools_arguments_pass() -> None:
    """Scrapy's middlewares read these off the spider (-a user_agent=...); scrapyd's _job."""
    from scrapy.spiderloader import get_spider_loader
    from scrapy.utils.project import get_project_settings

    from newscrawl.crawl.commands.crawl import spider_problem

    loader = get_spider_loader(get_project_settings())
    assert spider_problem(loader, "demo", {"user_agent": "x", "http_user": "u",
                                           "http_pass": "p", "_job": "1",
                                           "max_pages": "2"}) is None


@pytest.mark.parametrize("option", ["-O", "-o"])
@pytest.mark.parametrize("name", ["out.jsonl", "out.csv"])
def test_scrapy_crawl_output_that_cannot_be_written(tmp_path: Path, option: str,
                                                    name: str) -> None:
    """Scrapy logged a traceback for every record, lost them all and exited 0."""
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder")
    line = one_line(scrapy("crawl", "demo", option, str(blocker / name)), UNWRITABLE,
                    f"scrapy crawl: cannot write {blocker / name}:", "is a file, not a folder",
                    "nothing fetched (exit 7)")
    assert str(blocker) in line
    assert blocker.read_text() == "not a folder"


def test_scrapy_crawl_data_folder_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("")
    one_line(scrapy("crawl", "demo", "-s", f"NEWSCRAWL_DATA_DIR={blocker}"), UNWRITABLE,
             f"{blocker} is a file, not a folder", "nothing fetched")
    # A default run file moved elsewhere is checked where it goes.
    one_line(scrapy("crawl", "demo", "-s", f"NEWSCRAWL_FEED={blocker}/%(name)s.jsonl"),
             UNWRITABLE, f"{blocker} is a file, not a folder", "nothing fetched")


def test_scrapy_crawl_output_folder_is_checked_without_leaving_anything(
        tmp_path: Path) -> None:
    """A writable place passes the check and holds nothing but the output afterwards (no
    probe file): the crawl itself fails here only for want of a portal to fetch from, and
    `-O` leaves its output empty (it overwrites, even with nothing scraped)."""
    target = tmp_path / "new" / "deeper" / "%(name)s.jsonl"
    result = scrapy("crawl", "demo", "-O", str(target), "-a", "base_url=http://127.0.0.1:9/",
                    "-s", "RETRY_ENABLED=false", "-s", "LOG_LEVEL=ERROR")
    assert "cannot write" not in result.stderr
    assert "Connection was refused" in result.stderr  # it went on to crawl
    left = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert left == [Path("new/deeper/demo.jsonl")]
    assert (tmp_path / "new" / "deeper" / "demo.jsonl").read_bytes() == b""


def test_newscrawl_crawl_data_dir_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("")
    one_line(newscrawl("crawl", "demo", "--data-dir", str(blocker)), UNWRITABLE,
             f"cannot write to {blocker}: it is a file, not a folder", "nothing fetched")


def test_unknown_province_lists_the_valid_ones() -> None:
    line = one_line(newscrawl("crawl", "--province", "Atlantis"), USAGE,
                    "no portal in province 'Atlantis'", "provinces:")
    assert "Sulawesi Selatan" in line and "Papua" in line


def test_unknown_family_lists_the_valid_ones() -> None:
    one_line(newscrawl("crawl", "--family", "nope"), USAGE, "families:", "prmn")


def test_version() -> None:
    for flag in ("--version", "-V"):
        result = newscrawl(flag)
        assert result.returncode == 0
        assert result.stdout.startswith("newscrawl ") and "record schema" in result.stdout


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    files = {
        "json": ("record.json", b'{"url": "https://example.id/a", "title": "x"}'),
        "fake_gz": ("page.html.gz", b"<html>this is not gzip</html>"),
        "empty": ("empty.html", b""),
        "blank": ("blank.html", b"  \n\n "),
        "binary": ("image.html", bytes(range(256)) * 40),
        "text": ("notes.txt", b"Catatan rapat: tidak ada HTML di sini.\n"),
    }
    out = {}
    for key, (name, data) in files.items():
        (folder / name).write_bytes(data)
        out[key] = folder / name
    return out


@pytest.mark.parametrize(("key", "reason"), [
    ("json", "a JSON document"), ("fake_gz", "named .gz but not gzip data"),
    ("empty", "the file is empty"), ("blank", "the file is empty"), ("binary", "binary data"),
    ("text", "no HTML markup"),
])
def test_parse_refuses_what_is_not_an_html_page(bad_files: dict[str, Path], key: str,
                                                reason: str) -> None:
    result = newscrawl("parse", str(bad_files[key]), "--url", ZJ)
    one_line(result, USAGE, "is not an HTML page", reason)
    assert result.stdout == ""


def test_parse_reads_a_real_gzip_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(b"<html><head><title>Judul</title></head>"
                                   b"<body><h1>Judul</h1><p>Isi.</p></body></html>"))
    result = newscrawl("parse", str(page), "--url", ZJ)
    assert "not an HTML page" not in result.stderr and '"title": "Judul"' in result.stdout


def test_parse_with_a_url_that_is_not_one(bad_files: dict[str, Path]) -> None:
    one_line(newscrawl("parse", str(bad_files["text"]), "--url", "not-a-url"), USAGE,
             "'not-a-url' is not an http(s) URL")


@pytest.mark.parametrize("url", [ZJ, "https://portal-luar.example/berita/1"])
def test_parse_with_a_zone_that_is_not_one(bad_files: dict[str, Path], url: str) -> None:
    """For a catalog portal it was accepted without a word (it is the pages' fallback zone)."""
    one_line(newscrawl("parse", str(bad_files["text"]), "--url", url, "--tz", "Mars/X"),
             USAGE, "--tz 'Mars/X' is not a time zone")


def test_parse_says_which_fallbacks_filled_a_field_and_which_did_not(tmp_path: Path) -> None:
    """It said "the generic resolvers filled them" of a record it had just said would be
    dropped for want of a body."""
    sentence = "Warga kota menanam pohon di sepanjang jalan utama pada hari Minggu pagi. "
    page = tmp_path / "in-house-generic-article.html"  # made here, not a capture
    page.write_text("<html><head><title>Warga menanam pohon</title></head><body><article>"
                    + "".join(f"<p>{sentence * 3}</p>" for _ in range(4))
                    + "</article></body></html>", encoding="utf-8")
    filled = newscrawl("parse", str(page), "--url", ZJ)
    assert "the generic resolvers filled body" in filled.stderr, filled.stderr
    empty = tmp_path / "in-house-empty.html"
    empty.write_text("<html><body><div>Tidak ditemukan</div></body></html>", encoding="utf-8")
    nothing = newscrawl("parse", str(empty), "--url", ZJ)
    assert nothing.returncode == 1
    assert "a crawl would drop this record" in nothing.stderr
    assert "the generic resolvers found nothing for body" in nothing.stderr
    assert "filled" not in nothing.stderr


def test_parse_into_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    # A listing of 5,000 articles: its JSON is far larger than a pipe's buffer.
    page = tmp_path / "listing.html"
    items = "".join(f'<div class="latest__item"><a class="latest__link" '
                    f'href="/internasional/pr-{i}/judul-{i}">Judul {i}</a></div>'
                    for i in range(1, 5001))
    page.write_text(f"<html><body>{items}</body></html>", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "newscrawl.cli", "parse", str(page),
                             "--url", "https://zonajakarta.pikiran-rakyat.com/internasional",
                             "--as", "section"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)  # `| head -c 10`: read a little, then go away
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr
    assert proc.returncode == 141


def test_export_output_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    target = tmp_path / "out.jsonl"
    target.write_text("keep me", encoding="utf-8")
    one_line(newscrawl("export", "--data-dir", str(tmp_path / "data"), "--format", "jsonl",
                       "--output", str(target)), USAGE, "is a file; give a directory")
    assert target.read_text(encoding="utf-8") == "keep me"


def test_export_unknown_zone(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    one_line(newscrawl("export", "--data-dir", str(tmp_path / "data"), "--format", "jsonl",
                       "--tz", "Mars/Base", "--output", str(tmp_path / "out")), USAGE,
             "--tz 'Mars/Base' is not a time zone")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_gzip_only_with_jsonl(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "data").mkdir()
    one_line(newscrawl("export", "--data-dir", str(tmp_path / "data"), "--format", fmt,
                       "--gzip", "--output", str(tmp_path / "out")), USAGE,
             "--gzip applies to --format jsonl only")


def test_export_of_an_empty_data_directory_matches_nothing(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    one_line(newscrawl("export", "--data-dir", str(tmp_path / "data"), "--format", "jsonl",
                       "--output", str(tmp_path / "out")), NOTHING_MATCHED,
             "0 records matched", "no run files")
    assert not (tmp_path / "out").exists()


def test_export_of_a_mistyped_portal_matches_nothing(tmp_path: Path) -> None:
    run_file = tmp_path / "data" / "demo" / "2026-01-01T00-00-00Z.jsonl"
    run_file.parent.mkdir(parents=True)
    run_file.write_text('{"url": "http://127.0.0.1:8000/berita/pr-1/a", "portal": "demo", '
                        '"title": "A", "published_at": "2024-03-01T07:00:00+08:00", '
                        '"body": "Isi.", "crawled_at": "2026-01-01T00:00:00Z", '
                        '"schema_version": 1}\n', encoding="utf-8")
    line = one_line(newscrawl("export", "--data-dir", str(tmp_path / "data"), "--format",
                              "jsonl", "--portal", "dmeo", "--output", str(tmp_path / "out")),
                    NOTHING_MATCHED, "0 records matched", "1 records read")
    assert "no run files of portal 'dmeo'" in line and "portals in the data: demo" in line
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("content", "why"), [
    (b"not json\nnor this\n", "2 problems with the files, the first: {file}:1: malformed line"),
    (b"\x1f\x8b not gzip at all", "1 problem with the files, the first: {file}: not a complete "
                                  "gzip file"),
])
def test_export_says_why_nothing_could_be_read(tmp_path: Path, content: bytes,
                                               why: str) -> None:
    """It said "0 records read" and nothing of the lines and files it had skipped."""
    name = "2026-01-01T00-00-00Z.jsonl" + (".gz" if content.startswith(b"\x1f") else "")
    run_file = tmp_path / "data" / "demo" / name
    run_file.parent.mkdir(parents=True)
    run_file.write_bytes(content)
    one_line(newscrawl("export", "--data-dir", str(tmp_path / "data"), "--format", "jsonl",
                       "--output", str(tmp_path / "out")), NOTHING_MATCHED,
             "0 records matched (0 records read in 1 run files", why.format(file=run_file))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("args", "words"), [
    (("--family", "nosuch"), ("no family 'nosuch'; families: antara, detik,", "generic")),
    (("--province", "Atlantis"), ("no province 'Atlantis'; provinces: ", "Bali")),
    (("--since", "2024-03-07", "--until", "2024-03-01"),
     ("--until 2024-03-01 is not after --since 2024-03-07",)),
    (("--min-words", "-3"), ("--min-words must be 0 or more",)),
])
def test_export_filter_that_can_match_nothing(tmp_path: Path, args: tuple[str, ...],
                                             words: tuple[str, ...]) -> None:
    """They said "0 records matched" (exit 3), as if the data held no such record."""
    (tmp_path / "data").mkdir()
    one_line(newscrawl("export", "--data-dir", str(tmp_path / "data"), "--format", "jsonl",
                       "--output", str(tmp_path / "out"), *args), USAGE,
             "newscrawl export: ", *words)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args", [
    ("--family", "prmn", "--province", "bali", "--since", "2024-03-01", "--until",
     "2024-03-01"),
    ("--family", "", "--province", ""),  # an empty shell variable: no filter, as before
])
def test_export_filters_of_one_day_any_case_or_empty_are_fine(tmp_path: Path,
                                                              args: tuple[str, ...]) -> None:
    (tmp_path / "data").mkdir()
    result = newscrawl("export", "--data-dir", str(tmp_path / "data"), "--format", "jsonl",
                       "--output", str(tmp_path / "out"), *args)
    one_line(result, NOTHING_MATCHED, "0 records matched")


@pytest.mark.parametrize(("args", "words"), [
    (("--family", "tribun"), ("--family applies with --serve only",)),
    (("--no-broken-pages",), ("--no-broken-pages applies with --serve only",)),
])
def test_demo_refuses_options_of_serve_alone(tmp_path: Path, args: tuple[str, ...],
                                             words: tuple[str, ...]) -> None:
    """`newscrawl demo --family tribun` crawled the PRMN sample without a word."""
    one_line(newscrawl("demo", "--data-dir", str(tmp_path / "d"), *args), USAGE,
             "newscrawl demo: ", *words)
    assert not (tmp_path / "d").exists()


@pytest.mark.parametrize("articles", ["0", "-5"])
def test_demo_needs_at_least_one_article(articles: str) -> None:
    one_line(newscrawl("demo", "--articles", articles), USAGE, "--articles must be 1 or more")


def test_demo_serve_on_a_busy_port() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        one_line(newscrawl("demo", "--serve", "--port", str(port)), USAGE,
                 f"cannot serve on 127.0.0.1:{port}", "in use")


def test_every_option_of_every_command_has_help() -> None:
    import argparse

    from newscrawl.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == {"crawl", "export", "rehydrate", "check", "demo", "parse",
                                     "worker", "enqueue", "backfill", "reparse", "warc"}
    undocumented = [f"{name} {action.option_strings or action.dest}"
                    for name, sub in commands.choices.items() for action in sub._actions
                    if not action.help and not isinstance(action, argparse._HelpAction)]
    assert undocumented == []


@pytest.mark.parametrize(("url", "words"), [
    ("localhost:6379", ("--redis takes a URL like redis://",)),
    ("redis://127.0.0.1:1/0", ("cannot reach Redis at redis://127.0.0.1:1/0",)),
])
def test_worker_with_a_bad_or_unreachable_redis(tmp_path: Path, url: str,
                                                words: tuple[str, ...]) -> None:
    pytest.importorskip("redis", reason="the redis extra is not installed")
    one_line(newscrawl("worker", "--redis", url, "demo", "--data-dir", str(tmp_path)), USAGE,
             "newscrawl worker:", *words)


def test_worker_joining_a_run_checks_its_argument_names(tmp_path: Path) -> None:
    """A worker joining a run names no portal: its -a names went unchecked (a full crawl)."""
    pytest.importorskip("redis", reason="the redis extra is not installed")
    one_line(newscrawl("worker", "--redis", "redis://127.0.0.1:1/0", "--data-dir",
                       str(tmp_path), "-a", "maxpages=2"), USAGE,
             "newscrawl worker:", "no argument named 'maxpages'; did you mean max_pages?")


def test_run_summaries_count_in_the_singular_and_the_plural() -> None:
    from newscrawl.crawl.runner import PortalOutcome, summary_line

    one = PortalOutcome(portal="demo", stats={"newscrawl/new": 1, "response_received_count": 1,
                                              "newscrawl/http_errors/500": 1})
    line = summary_line([one], 0, 1.25, None)
    assert "| 1 portal, 1 page, 1 new article, 0 updated, 1 error, 1.2 s" in line
    two = summary_line([one, one], 0, 1.0, None)
    assert "| 2 portals, 2 pages, 2 new articles, 0 updated, 2 errors, 1.0 s" in two


def test_output_check_does_not_wait_on_a_named_pipe(tmp_path: Path) -> None:
    """`-o feed.pipe` with the reader started after the crawl: the check answers at once
    (it opened the pipe to write, which waits for a reader, and the crawl never began)."""
    import os
    import threading

    from newscrawl.crawl.commands.crawl import write_problem

    pipe = tmp_path / "feed.pipe"
    os.mkfifo(pipe)
    answers: list[str | None] = []
    check = threading.Thread(target=lambda: answers.append(write_problem(pipe, folder=False)),
                             daemon=True)
    check.start()
    check.join(5)
    waited = check.is_alive()
    if waited:  # let the blocked open go before failing
        os.close(os.open(pipe, os.O_RDONLY | os.O_NONBLOCK))
        check.join(5)
    assert not waited, "the output check waited for the pipe's reader"
    assert answers == [None]
    # A pipe the user may not write to is named as such.
    if os.geteuid() != 0:
        pipe.chmod(0o400)
        assert write_problem(pipe, folder=False) == "permission denied"
