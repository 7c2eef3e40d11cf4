"""`newscrawl export`: a corpus of run files -> datasets that pandas, pyarrow and datasets load."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from newscrawl import export as ex
from newscrawl.demo.server import DemoServer
from newscrawl.model import fields
from newscrawl.model.article import Article

# An article at 23:30 WITA on the 21st: 22:30 WIB on the 21st, 15:30 UTC on the 21st.
LATE_WITA = "2024-03-21T23:30:00+08:00"
WIRE_BODY = ("Pemerintah menaikkan harga BBM mulai pekan depan, kata menteri.\n\n"
             "Kenaikan berlaku di seluruh Indonesia.")


def record(url: str, portal: str, family: str, published: str, crawled: str, *,
           title: str = "Judul", body: str | None = None, **extra) -> dict:
    article = Article(
        url=url, portal=portal, site_name=portal, family=family, title=title,
        published_at=published, published_raw=published, published_tz_source="explicit",
        authors=["Andi Tenri"], tags=["a", "b"],
        body=body or f"Isi berita {url} dengan beberapa kata lagi di sini.",
        crawled_at=crawled, **extra)
    return article.to_record()


def write_run(data: Path, portal: str, name: str, records: list[dict], *, tail: str = "",
              gz: bool = False) -> Path:
    folder = data / portal
    folder.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records) + tail
    path = folder / (name + (".jsonl.gz" if gz else ".jsonl"))
    path.write_bytes(gzip.compress(text.encode()) if gz else text.encode())
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Four run files: a re-crawl, a truncated tail, a gzipped file, a wire story twice."""
    data = tmp_path / "data"
    zb = "https://zonabanten.pikiran-rakyat.com/nasional/pr-1/"
    mk = "https://fixmakassar.pikiran-rakyat.com/sulsel/pr-2/"
    write_run(data, "zonabanten", "2024-03-21T00-00-00Z", [
        record(zb + "a", "zonabanten", "prmn", "2024-03-20T10:00:00+07:00",
               "2024-03-21T00:00:05Z", title="Judul lama"),
        record(zb + "b", "zonabanten", "prmn", "2024-03-21T08:00:00+07:00",
               "2024-03-21T00:00:06Z", body="ZONABANTEN.com - " + WIRE_BODY),
    ])
    write_run(data, "zonabanten", "2024-03-22T00-00-00Z", [
        record(zb + "a", "zonabanten", "prmn", "2024-03-20T10:00:00+07:00",
               "2024-03-22T00:00:05Z", title="Judul baru"),  # the newer crawl of a
    ], tail='{"url": "https://zonabanten.pikiran-rakyat.com/nasional/pr-1/c", "por')
    write_run(data, "fixmakassar", "2024-03-22T01-00-00Z", [
        record(mk + "late", "fixmakassar", "prmn", LATE_WITA, "2024-03-22T01:00:00Z",
               body="=HYPERLINK(\"http://x\") +62 812 adalah nomor redaksi @redaksi"),
        record(mk + "wire", "fixmakassar", "prmn", "2024-03-21T09:00:00+08:00",
               "2024-03-22T01:00:01Z", body="FIXMAKASSAR - " + WIRE_BODY),
    ], gz=True)
    write_run(data, "portalmaluku", "2024-03-20T00-00-00Z", [
        # Named older but crawled later than the zonabanten re-crawl: crawled_at decides.
        record(zb + "a", "zonabanten", "prmn", "2024-03-20T10:00:00+07:00",
               "2024-03-23T00:00:00Z", title="Judul terbaru"),
        record("https://portalmaluku.pikiran-rakyat.com/maluku/pr-3/wit", "portalmaluku",
               "prmn", "2024-03-21T07:00:00+09:00", "2024-03-20T00:00:09Z",
               body="Satu dua tiga."),
    ])
    return data


def export(corpus: Path, tmp_path: Path, fmt: str, name: str = "out", **kw) -> ex.ExportResult:
    return ex.export(corpus, tmp_path / name, fmt, progress=False, **kw)


def test_dedupe_keeps_the_newest_crawl_and_counts_everything(corpus: Path, tmp_path: Path):
    result = export(corpus, tmp_path, "jsonl")
    rows = [json.loads(line) for line in result.data_file.read_text("utf-8").splitlines()]
    by_url = {r["url"]: r for r in rows}
    assert len(rows) == len(by_url) == 5
    assert by_url["https://zonabanten.pikiran-rakyat.com/nasional/pr-1/a"]["title"] == \
        "Judul terbaru"
    stats = result.stats
    assert (stats.files, stats.records_read, stats.duplicates, stats.truncated,
            stats.bad_lines, stats.kept) == (4, 7, 2, 1, 0, 5)
    assert list(rows[0]) == fields.EXPORT_FIELDS
    # The same wire story on two portals shares its content_hash; nothing else does.
    hashes = Counter(r["content_hash"] for r in rows)
    wire = {by_url[u]["content_hash"] for u in by_url if u.endswith(("/b", "/wire"))}
    assert len(wire) == 1 and hashes[wire.pop()] == 2 and len(hashes) == 4
    late = by_url["https://fixmakassar.pikiran-rakyat.com/sulsel/pr-2/late"]
    assert late["province"] == "Sulawesi Selatan" and late["published_utc_offset"] == "+08:00"


@pytest.mark.parametrize(("since", "until", "tz", "included"), [
    ("2024-03-21T15:30:00Z", None, "Asia/Jakarta", True),
    ("2024-03-21T15:30:01Z", None, "Asia/Jakarta", False),
    ("2024-03-21T22:30:00+07:00", None, "Asia/Jakarta", True),
    (None, "2024-03-21T22:30:00+07:00", "Asia/Jakarta", False),  # --until is exclusive
    (None, "2024-03-21T22:30:01+07:00", "Asia/Jakarta", True),
    ("2024-03-22", None, "Asia/Jakarta", False),  # 22:30 WIB is still the 21st
    (None, "2024-03-21", "Asia/Jakarta", True),  # a date --until takes the whole day
    ("2024-03-22", None, "Asia/Jayapura", True),  # 00:30 WIT is the 22nd
    ("2024-03-21", "2024-03-21", "UTC", True),
])
def test_time_filters_compare_instants(corpus: Path, tmp_path: Path, since, until, tz,
                                       included) -> None:
    filters = ex.Filters(since=ex.bound(since, end=False, default_tz=tz),
                         until=ex.bound(until, end=True, default_tz=tz))
    try:
        result = export(corpus, tmp_path, "jsonl", filters=filters)
    except ex.NothingMatched:  # the filter left no record: no (empty) dataset is written
        urls = set()
    else:
        urls = {json.loads(line)["url"] for line in result.data_file.read_text().splitlines()}
    assert ("https://fixmakassar.pikiran-rakyat.com/sulsel/pr-2/late" in urls) is included


def test_portal_family_province_and_word_filters(corpus: Path, tmp_path: Path) -> None:
    def urls(**kw) -> set[str]:
        result = export(corpus, tmp_path, "jsonl", name=str(len(list(tmp_path.iterdir()))),
                        filters=ex.Filters(**kw))
        return {json.loads(line)["url"].rsplit("/", 1)[1]
                for line in result.data_file.read_text().splitlines()}

    assert urls(portals={"fixmakassar"}) == {"late", "wire"}
    assert urls(province="maluku") == {"wit"}
    with pytest.raises(ex.NothingMatched, match="0 records matched"):
        urls(family="tribun")
    assert urls(min_words=6) == {"a", "b", "late", "wire"}


def test_jsonl_loads_in_pandas_and_datasets(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    pd = pytest.importorskip("pandas")
    result = export(corpus, tmp_path, "jsonl")
    rows = [json.loads(line) for line in result.data_file.read_text("utf-8").splitlines()]
    frame = pd.read_json(result.data_file, lines=True, dtype=False)
    assert list(frame.columns) == fields.EXPORT_FIELDS

    def none_for_nan(row: dict) -> dict:  # pandas reads an all-null column as NaN
        return {k: None if isinstance(v, float) and v != v else v for k, v in row.items()}

    assert [none_for_nan(r) for r in frame.to_dict("records")] == rows
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    ds = datasets.load_dataset("json", data_files=str(result.data_file), split="train",
                               cache_dir=str(tmp_path / "hf"))
    assert ds.num_rows == len(rows) and ds["url"] == [r["url"] for r in rows]
    assert ds["tags"] == [r["tags"] for r in rows]


def test_gzipped_jsonl(corpus: Path, tmp_path: Path) -> None:
    result = export(corpus, tmp_path, "jsonl", compress=True)
    assert result.data_file.name == "articles.jsonl.gz"
    assert len(gzip.decompress(result.data_file.read_bytes()).splitlines()) == 5



def _crawled_gzip_run(data: Path, records: list[dict], cut_after: int | None = None) -> Path:
    """A gzipped run file as a crawl writes it (newscrawl crawl --gzip, -o x.jsonl.gz): the
    feed's own exporter, one gzip member per record. With `cut_after`, the member after
    that many records is cut in half, as a kill inside its write leaves it, and the rest
    follow it (an older newscrawl's `-o` onto such a file)."""
    from newscrawl.crawl.feeds import DurableGzipJsonLinesExporter

    path = data / "zonabanten" / "2024-03-21T00-00-00Z.jsonl.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab") as fh:
        exporter = DurableGzipJsonLinesExporter(fh)
        exporter.start_exporting()
        for i, item in enumerate(records):
            if i == cut_after:
                member = exporter._line(item)
                fh.write(member[: len(member) // 2])
                fh.flush()
            exporter.export_item(item)
        exporter.finish_exporting()
    return path


def test_gzipped_run_files_as_a_crawl_writes_them_export_every_record(tmp_path: Path) -> None:
    # Before: only a run file's first gzip member was read, so an export of
    # `newscrawl crawl --gzip` runs kept one article a run file (1 of 6 here).
    data = tmp_path / "data"
    zb = "https://zonabanten.pikiran-rakyat.com/nasional/pr-1/"
    records = [record(f"{zb}{n}", "zonabanten", "prmn", "2024-03-20T10:00:00+07:00",
                      f"2024-03-21T00:00:0{n}Z") for n in range(6)]
    _crawled_gzip_run(data, records)
    result = ex.export(data, tmp_path / "out", "jsonl", progress=False)
    rows = [json.loads(line) for line in result.data_file.read_text("utf-8").splitlines()]
    assert sorted(r["url"] for r in rows) == [f"{zb}{n}" for n in range(6)]
    assert (result.stats.records_read, result.stats.truncated, result.stats.bad_lines) == \
        (6, 0, 0)


def test_a_cut_gzip_member_inside_a_run_file_costs_only_its_own_record(tmp_path: Path) -> None:
    # A member cut by a kill, then more members after it: what follows is still read, and
    # the cut member counts as one bad line (before: nothing after the first member).
    data = tmp_path / "data"
    zb = "https://zonabanten.pikiran-rakyat.com/nasional/pr-1/"
    records = [record(f"{zb}{n}", "zonabanten", "prmn", "2024-03-20T10:00:00+07:00",
                      f"2024-03-21T00:00:0{n}Z") for n in range(6)]
    _crawled_gzip_run(data, records, cut_after=2)
    result = ex.export(data, tmp_path / "out", "jsonl", progress=False)
    rows = [json.loads(line) for line in result.data_file.read_text("utf-8").splitlines()]
    assert sorted(r["url"] for r in rows) == [f"{zb}{n}" for n in range(6)]
    assert (result.stats.records_read, result.stats.truncated, result.stats.bad_lines) == \
        (6, 0, 1)
    assert any("broken gzip member at byte" in p for p in result.stats.problems)


def test_a_gzip_run_file_cut_in_its_last_member_keeps_the_records_before(tmp_path: Path):
    data = tmp_path / "data"
    zb = "https://zonabanten.pikiran-rakyat.com/nasional/pr-1/"
    records = [record(f"{zb}{n}", "zonabanten", "prmn", "2024-03-20T10:00:00+07:00",
                      f"2024-03-21T00:00:0{n}Z") for n in range(4)]
    path = _crawled_gzip_run(data, records)
    whole = path.read_bytes()
    path.write_bytes(whole[:-20])  # a kill inside the last record's write
    result = ex.export(data, tmp_path / "out", "jsonl", progress=False)
    rows = [json.loads(line) for line in result.data_file.read_text("utf-8").splitlines()]
    assert sorted(r["url"] for r in rows) == [f"{zb}{n}" for n in range(3)]
    assert (result.stats.records_read, result.stats.truncated, result.stats.bad_lines) == \
        (3, 1, 0)

def test_csv_loads_in_pandas_with_formulas_neutralised(corpus: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    reference = [json.loads(line) for line in
                 export(corpus, tmp_path, "jsonl", name="ref").data_file.read_text().splitlines()]
    result = export(corpus, tmp_path, "csv", bom=True)
    assert result.data_file.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(result.data_file, keep_default_na=False, na_values=[""],
                        encoding="utf-8-sig")
    assert list(frame.columns) == fields.EXPORT_FIELDS
    for row, expected in zip(frame.to_dict("records"), reference, strict=True):
        for name in fields.EXPORT_FIELDS:
            value, want = row[name], expected[name]
            if want is None:
                assert pd.isna(value), name
            elif isinstance(want, list):
                assert json.loads(value) == want, name
            elif name == "published_utc_offset":
                assert value == want, name  # `+08:00` as written: an offset, not a formula
            elif isinstance(want, str) and want.startswith(("=", "+", "-", "@")):
                assert value == "'" + want, name  # a spreadsheet shows it, never runs it
            else:
                assert value == want, name
    late = frame[frame["url"].str.endswith("/late")].iloc[0]
    assert late["body"].startswith("'=HYPERLINK")


def test_csv_cells_with_white_space_before_a_formula_are_neutralised(tmp_path: Path) -> None:
    # Before: " =HYPERLINK(...)", "  @cmd" and "\u00a0+1" went out as they were; spreadsheet
    # programs strip the leading space and run the rest (6 such cells seen).
    import csv as csv_module

    from newscrawl.export.load import load

    data = tmp_path / "data"
    risky = [" =HYPERLINK(\"http://x.example\")", "  @SUM(A1)", "\u00a0+1", " -2+3"]
    url = "https://zonabanten.pikiran-rakyat.com/nasional/pr-9/"
    write_run(data, "zonabanten", "2024-03-21T00-00-00Z", [
        record(url + str(n), "zonabanten", "prmn", "2024-03-20T10:00:00+07:00",
               "2024-03-21T00:00:05Z", title=text) for n, text in enumerate(risky)])
    result = ex.export(data, tmp_path / "out", "csv", progress=False)
    with result.data_file.open(encoding="utf-8", newline="") as fh:
        titles = [row["title"] for row in csv_module.DictReader(fh)]
    assert sorted(titles) == sorted("'" + text for text in risky)
    assert sorted(load(result.data_file)["title"]) == sorted(risky)  # read back as written


def test_parquet_loads_in_pyarrow_and_datasets(corpus: Path, tmp_path: Path,
                                               monkeypatch) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    reference = [json.loads(line) for line in
                 export(corpus, tmp_path, "jsonl", name="ref").data_file.read_text().splitlines()]
    result = export(corpus, tmp_path, "parquet")
    table = pq.read_table(result.data_file)
    assert table.column_names == fields.EXPORT_FIELDS
    import pyarrow as pa

    assert pa.types.is_list(table.schema.field("tags").type)
    assert table.schema.field("tags").type.value_type == pa.string()
    assert str(table.schema.field("published_at").type) == "timestamp[us, tz=UTC]"
    for row, expected in zip(table.to_pylist(), reference, strict=True):
        for name in fields.EXPORT_FIELDS:
            if name in fields.TIME_FIELDS and expected[name]:
                assert row[name] == ex.parse_instant(expected[name]), name
                assert row[name].tzinfo is not None
            else:
                assert row[name] == expected[name], name
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    ds = datasets.load_dataset("parquet", data_files=str(result.data_file), split="train",
                               cache_dir=str(tmp_path / "hf"))
    assert ds["url"] == [r["url"] for r in reference]


def test_card_counts_match_the_data(corpus: Path, tmp_path: Path) -> None:
    result = export(corpus, tmp_path, "jsonl")
    rows = [json.loads(line) for line in result.data_file.read_text().splitlines()]
    card = result.card.read_text("utf-8")

    def table(title: str) -> dict[str, int]:
        block = card.split(f"### {title}", 1)[1].split("###", 1)[0].split("## Fields")[0]
        return {m[0]: int(m[1]) for m in re.findall(r"^\| (.+?) \| (\d+) \|$", block, re.M)}

    assert table("By portal") == Counter(r["portal"] for r in rows)
    assert table("By family") == Counter(r["family"] for r in rows)
    assert table("By province") == Counter(r["province"] for r in rows)
    assert table("By month") == Counter(r["published_at"][:7] for r in rows)
    assert f"**{len(rows)} articles**" in card
    assert re.findall(r"^\| `(\w+)` \|", card, re.M) == fields.EXPORT_FIELDS
    assert "![Articles per day by family](articles_per_day.png)" in card
    assert result.chart.read_bytes().startswith(b"\x89PNG")
    assert "1 truncated files" in card


def test_a_failure_mid_export_leaves_no_output(corpus: Path, tmp_path: Path,
                                               monkeypatch) -> None:
    from newscrawl.export import card

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(card, "write_card", boom)  # after the data file is written
    with pytest.raises(OSError, match="disk full"):
        export(corpus, tmp_path, "csv")
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # no half file, no staging dir


def test_a_failed_forced_export_keeps_the_previous_one(corpus: Path, tmp_path: Path,
                                                      monkeypatch) -> None:
    from newscrawl.export import card

    first = export(corpus, tmp_path, "jsonl")
    before = first.data_file.read_bytes()
    monkeypatch.setattr(card, "write_chart", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        export(corpus, tmp_path, "jsonl", force=True)
    assert first.data_file.read_bytes() == before


def test_unknown_schema_is_refused_not_mixed(corpus: Path, tmp_path: Path) -> None:
    future = record("https://x.id/a", "zonabanten", "prmn", "2024-03-21T00:00:00+07:00",
                    "2024-03-21T00:00:00Z")
    future["schema_version"] = 99
    write_run(corpus, "zonabanten", "2024-03-24T00-00-00Z", [future])
    with pytest.raises(ex.ExportError, match="schema_version 99.*reads version 3"):
        export(corpus, tmp_path, "jsonl")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("line", "why"), [
    ({"url": "https://x.id/y", "schema_version": 1}, "no portal"),
    ({"url": "https://x.id/y", "portal": "zonabanten", "title": "T", "body": "B",
      "published_at": None, "schema_version": 1}, "no published_at"),
    ({"a": 1}, "not a newscrawl record (no schema_version)"),
])
def test_a_line_that_is_not_a_record_is_skipped(corpus: Path, tmp_path: Path,
                                                line: dict, why: str) -> None:
    """It was kept as an article of nulls (or, without schema_version, stopped the export)."""
    path = write_run(corpus, "zonabanten", "2024-03-25T00-00-00Z", [line])
    result = export(corpus, tmp_path, "jsonl")
    assert result.stats.bad_lines == 1 and result.stats.kept == 5
    assert [p for p in result.stats.problems if str(path) in p] == [
        f"{path}:1: {why}; line skipped"]
    urls = [json.loads(x)["url"] for x in
            (result.data_file).read_text("utf-8").splitlines()]
    assert len(urls) == 5 and "https://x.id/y" not in urls


def test_a_malformed_middle_line_is_counted(corpus: Path, tmp_path: Path) -> None:
    path = write_run(corpus, "zonabanten", "2024-03-25T00-00-00Z", [])
    good = record("https://x.id/z", "zonabanten", "prmn", "2024-03-21T00:00:00+07:00",
                  "2024-03-25T00:00:00Z")
    path.write_text("not json\n" + json.dumps(good) + "\n", encoding="utf-8")
    result = export(corpus, tmp_path, "jsonl")
    assert result.stats.bad_lines == 1 and result.stats.kept == 6


def test_cli_export_and_urls_only_rehydrate(tmp_path: Path) -> None:
    """Crawl the sample portal, share URLs only, rebuild the text from them, compare."""
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "newscrawl.cli", *args],
                              capture_output=True, text=True, timeout=180, cwd=tmp_path)

    with DemoServer(n_articles=8, broken_pages=False) as server:
        assert cli("crawl", "demo", "--base-url", server.base_url, "--data-dir",
                   "d1").returncode == 0
        shared = cli("export", "--data-dir", "d1", "--format", "csv", "--urls-only",
                     "--include-sample", "--output", "shared")
        assert shared.returncode == 0, shared.stderr
        assert "8 kept" in shared.stdout
        header = (tmp_path / "shared" / "urls.csv").read_text("utf-8").splitlines()[0]
        assert header.split(",") == fields.URL_FIELDS
        card = (tmp_path / "shared" / "README.md").read_text("utf-8")
        assert "newscrawl rehydrate urls.csv" in card
        rebuilt = cli("rehydrate", "shared/urls.csv", "--data-dir", "d2", "--base-url",
                      server.base_url)
        assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
        # The summary line says what the run did, and how long it took (it said 0.0 s).
        summary = re.search(r"newscrawl rehydrate: ok \(exit 0\) \| 1 portal, \d+ pages, "
                            r"8 new articles, 0 updated, 0 errors, (\d+\.\d) s", rebuilt.stdout)
        assert summary, rebuilt.stdout
        assert float(summary.group(1)) > 0
    one = cli("export", "--data-dir", "d1", "--format", "jsonl", "--output", "full1",
              "--include-sample")
    two = cli("export", "--data-dir", "d2", "--format", "jsonl", "--output", "full2",
              "--include-sample")
    assert one.returncode == two.returncode == 0

    def bodies(folder: str) -> dict[str, str]:
        lines = (tmp_path / folder / "articles.jsonl").read_text("utf-8").splitlines()
        return {r["url"]: r["body"] for r in map(json.loads, lines)}

    assert bodies("full1") == bodies("full2") and len(bodies("full1")) == 8
    again = cli("export", "--data-dir", "d1", "--format", "jsonl", "--output", "full1")
    assert again.returncode == 2 and "not empty" in again.stderr


def test_sample_portals_records_stay_out_of_real_exports(corpus: Path, tmp_path: Path) -> None:
    # Before: the sample portals are catalogued in Sulawesi Selatan, so `newscrawl export
    # --province "Sulawesi Selatan"` exported the demo's articles beside real ones. The
    # command in the card was printed unquoted (`--province Sulawesi Selatan`): pasted
    # back, it failed.
    import shlex

    write_run(corpus, "demo", "2024-03-22T00-00-00Z", [
        record(f"http://127.0.0.1:8000/berita/pr-{n}/x", "demo", "prmn",
               "2024-03-21T10:00:00+08:00", "2024-03-22T00:00:05Z") for n in range(3)])

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "newscrawl.cli", "export", "--data-dir",
                               str(corpus), "--format", "jsonl", *args], capture_output=True,
                              text=True, timeout=120, cwd=tmp_path)

    real = cli("--province", "Sulawesi Selatan", "--output", "real")
    assert real.returncode == 0, real.stderr
    real_rows = (tmp_path / "real" / "articles.jsonl").read_text("utf-8").splitlines()
    assert {json.loads(line)["portal"] for line in real_rows} == {"fixmakassar"}
    assert "3 records of the sample portals left out (--include-sample)" in real.stdout
    card = (tmp_path / "real" / "README.md").read_text("utf-8")
    command = next(line.strip() for line in card.splitlines()
                   if line.strip().startswith("newscrawl export"))
    assert shlex.split(command)[-4:] == ["--province", "Sulawesi Selatan", "--output", "real"]
    with_sample = cli("--province", "Sulawesi Selatan", "--include-sample", "--output", "all")
    rows = (tmp_path / "all" / "articles.jsonl").read_text("utf-8").splitlines()
    assert with_sample.returncode == 0 and len(rows) == len(real_rows) + 3
    assert "Includes 3 records of the bundled sample portals" in \
        (tmp_path / "all" / "README.md").read_text("utf-8")
    named = cli("--portal", "demo", "--output", "demo")  # naming it asks for it
    assert named.returncode == 0 and "3 kept" in named.stdout


def test_progress_bar_stays_quiet_off_a_terminal(corpus: Path, tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "newscrawl.cli", "export", "--data-dir",
                             str(corpus), "--format", "jsonl", "--output", str(tmp_path / "o")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert "records/s" not in result.stderr and "reading run files" not in result.stderr
    assert re.search(r"7 records read, 5 kept, 2 duplicates dropped, 0 filtered out, "
                     r"0 bad lines, 1 truncated files", result.stdout)


@pytest.mark.parametrize(("field", "value", "said"), [
    ("url", ["https://x.id/a"], "field 'url' is an array, not a string"),
    ("pages", "2", "field 'pages' is a string, not a whole number"),
    ("pages", 1.5, "field 'pages' is a fractional number, not a whole number"),
    ("tags", ["a", 3], "field 'tags' is an array holding a number, not an array of strings"),
    ("title", {"text": "x"}, "field 'title' is an object, not a string"),
    ("pages", True, "field 'pages' is a boolean, not a whole number"),
])
def test_a_field_of_the_wrong_json_type_is_named_with_what_it_should_be(
        field: str, value: object, said: str) -> None:
    from newscrawl.export.read import type_problem

    assert type_problem({"url": "https://x.id/a", field: value}) == said


def test_families_with_the_same_counts_stay_visible_in_the_chart() -> None:
    # Before: every family's line was drawn alike, so in the three-family demo (equal
    # counts per day) the last line hid the other two: the chart showed one.
    from newscrawl.export.card import chart_styles

    styles = [style for _, style in chart_styles(["detik", "prmn", "tribun"], markers=True)]
    widths = [s["linewidth"] for s in styles]
    assert widths == sorted(widths, reverse=True) and len(set(widths)) == 3  # nested
    assert len({s["linestyle"] for s in styles}) == 3
    assert len({s["marker"] for s in styles}) == 3
    assert [s["zorder"] for s in styles] == sorted(s["zorder"] for s in styles)  # thin on top


def test_an_export_removes_what_killed_exports_left(corpus: Path, tmp_path: Path) -> None:
    # Before: a killed export left `.NAME.partial-PID` folders (11 of 20 kills, 11-30 MB
    # each) that later exports never removed. A folder of a live process is left alone.
    import os

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()  # gone once it ends
    stale = [tmp_path / f".out.partial-{dead}", tmp_path / f".out.old-{dead}"]
    live = tmp_path / f".out.partial-{os.getppid()}"
    for folder in (*stale, live):
        folder.mkdir()
        (folder / "articles.jsonl").write_text("{}\n")
    export(corpus, tmp_path, "jsonl")
    assert [folder.exists() for folder in stale] == [False, False]
    assert live.exists()
