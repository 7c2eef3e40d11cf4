"""The portal catalog: data that every spider is built from."""

from __future__ import annotations

import subprocess
import sys
from urllib.parse import urlsplit

import pytest

from newscrawl.catalog import PORTAL_ID, load_catalog
from newscrawl.pages import FAMILIES

from ..conftest import REPO

# Provinces whose portals print WITA or WIT; every other province is WIB.
WITA = {"Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan",
        "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Selatan", "Sulawesi Barat",
        "Sulawesi Tengah", "Sulawesi Tenggara", "Sulawesi Utara", "Gorontalo"}
WIT = {"Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Tengah", "Papua Pegunungan",
       "Papua Selatan", "Papua Barat Daya"}
ZONE_OF = {"Asia/Makassar": WITA, "Asia/Jayapura": WIT}


def test_entries_are_complete_and_valid() -> None:
    catalog = load_catalog()
    for pid, portal in catalog.items():
        assert PORTAL_ID.match(pid)
        assert portal.family in FAMILIES
        parts = urlsplit(portal.base_url)
        assert parts.scheme in ("http", "https") and parts.hostname, pid
        assert portal.sections, pid
        assert portal.evidence.strip(), pid
        if portal.timezone in ZONE_OF:
            assert portal.province in ZONE_OF[portal.timezone], pid
        elif portal.family == "kompas":
            # Kompas prints WIB on every desk
            assert portal.timezone in ("Asia/Jakarta", "Asia/Pontianak"), pid
        else:
            assert portal.timezone in ("Asia/Jakarta", "Asia/Pontianak"), pid
            assert portal.province not in WITA | WIT, pid


def test_prmn_has_at_least_25_real_portals_across_provinces() -> None:
    prmn = [p for p in load_catalog().values() if p.family == "prmn" and p.id != "demo"]
    assert len(prmn) >= 25
    assert len({p.province for p in prmn}) >= 10
    assert {"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"} <= {p.timezone for p in prmn}
    zonabanten = load_catalog()["zonabanten"]
    assert zonabanten.base_url == "https://zonabanten.pikiran-rakyat.com/"
    assert "zonabanten.com" in zonabanten.old_domains
    for p in prmn:
        assert p.host.endswith("pikiran-rakyat.com"), p.id


def test_scrapy_list_shows_every_portal() -> None:
    result = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    catalog = load_catalog()
    real = sorted(pid for pid, p in catalog.items() if not p.sample)
    samples = sorted(pid for pid, p in catalog.items() if p.sample)
    assert samples == ["demo", "demodetik", "demotribun"]
    # stdout: every real portal and `site` (portals outside the catalog), one a line; the
    # bundled sample portals are named apart on stderr, after the count of real portals.
    assert sorted(result.stdout.split()) == sorted([*real, "site"])
    assert result.stderr.startswith(f"{len(real)} portals and site")
    assert "sample portals for offline runs (newscrawl demo): demo, demodetik, demotribun" \
        in result.stderr
    assert "several spiders with the same name" not in result.stderr


def test_sample_portals_live_in_a_catalog_of_their_own() -> None:
    from newscrawl.catalog import CATALOG_DIR, SAMPLE_CATALOG, load_file

    production = [p for path in sorted(CATALOG_DIR.glob("*.toml")) for p in load_file(path)]
    assert not [p.id for p in production if p.host in ("127.0.0.1", "localhost")]
    assert [p.id for p in load_file(SAMPLE_CATALOG, sample=True)] == [
        "demo", "demotribun", "demodetik"]


def test_catalog_covers_the_regional_networks() -> None:
    from collections import Counter

    from newscrawl.pages import FAMILIES

    catalog = load_catalog()
    real = [p for p in catalog.values() if not p.sample]
    assert len(real) >= 150
    per_family = Counter(p.family for p in real)
    assert set(per_family) == set(FAMILIES)
    minimum = {"prmn": 25, "tribun": 20, "detik": 6, "antara": 20, "suara": 8, "jawapos": 10,
               "inews": 8, "kompas": 5}
    for family, count in minimum.items():
        assert per_family[family] >= count, family
    assert {"Asia/Makassar", "Asia/Jayapura"} <= {p.timezone for p in real}


def test_select_portals_by_family_province_and_all() -> None:
    import pytest

    from newscrawl.catalog import CatalogError, select_portals

    tribun = select_portals(family="tribun")
    assert tribun and {p.family for p in tribun} == {"tribun"}
    assert "demotribun" not in {p.id for p in tribun}  # sample portals only by name
    bali = select_portals(province="bali")
    assert {p.province for p in bali} == {"Bali"} and len({p.family for p in bali}) >= 4
    everything = select_portals(all_portals=True)
    assert len(everything) == len({p.id for p in everything}) >= 150
    assert [p.id for p in select_portals(["zonabanten", "demo"], family="prmn")][:1]
    with pytest.raises(CatalogError, match="unknown portal"):
        select_portals(["nope"])
    with pytest.raises(CatalogError, match="no portal of family"):
        select_portals(family="nope")


def test_a_bad_selector_override_is_a_clear_catalog_error(tmp_path) -> None:
    import pytest

    from newscrawl.catalog import CatalogError, load_file

    path = tmp_path / "x.toml"
    path.write_text('family = "generic"\n[[portal]]\nid = "x"\nname = "X"\n'
                    'base_url = "https://x.id/"\nsections = [""]\nprovince = "Bali"\n'
                    'timezone = "Asia/Makassar"\nevidence = "test"\n'
                    'selectors = { bodyy = ".isi" }\n', encoding="utf-8")
    with pytest.raises(CatalogError, match="unknown selector override.*bodyy"):
        load_file(path)


def test_selector_override_changes_what_is_read() -> None:
    from newscrawl.pages import page_objects
    from newscrawl.pages.html.document import Document

    html = ("<html><body><h1>Judul</h1><div class='isi-berita'><p>Isi berita yang panjang "
            "sekali di sini.</p></div><div class='sidebar'><p>Teks samping yang jauh lebih "
            "panjang dari isi berita, berulang-ulang, panjang sekali sekali sekali.</p></div>"
            "</body></html>")
    default, _ = page_objects("generic")
    custom, _ = page_objects("generic", {"body": ".isi-berita"})
    default_body = default(Document(html, "https://x.id/a")).body().paragraphs
    custom_body = custom(Document(html, "https://x.id/a")).body().paragraphs
    assert custom_body == ["Isi berita yang panjang sekali di sini."]
    assert default_body != custom_body



def test_selector_overrides_build_their_classes_once() -> None:
    # parse_page asks for a portal's page objects once a page: the same overrides must give
    # the same classes, not a new pair (garbage for the cyclic collector) every call.
    from newscrawl.pages import page_objects

    first = page_objects("tribun", {"body": ".isi", "published_meta": ["a", "b"]})
    again = page_objects("tribun", {"published_meta": ["a", "b"], "body": ".isi"})
    other = page_objects("tribun", {"body": ".lain"})
    assert first[0] is again[0] and first[1] is again[1]
    assert other[0] is not first[0]
    assert (first[0].body_css, other[0].body_css) == (".isi", ".lain")
    assert first[0].published_meta == ("a", "b")
    assert first[1].article is first[0]
    with pytest.raises(ValueError, match="'body' must be a string"):
        page_objects("tribun", {"body": {"css": ".isi"}})

def test_scrapy_check_runs_the_sample_portals_contracts() -> None:
    import socket

    from newscrawl.demo.server import DemoServer

    samples = {"demo": ("prmn", 8000), "demotribun": ("tribun", 8001),
               "demodetik": ("detik", 8002)}
    for _, port in samples.values():
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                pytest.skip(f"port {port} is taken: the sample portals' contracts need "
                            f"127.0.0.1:8000-8002 (their catalog base URLs)")
    servers = [DemoServer(port=port, family=family) for family, port in samples.values()]
    for server in servers:
        server.start()
    try:
        result = subprocess.run([sys.executable, "-m", "scrapy", "check", *samples], cwd=REPO,
                                capture_output=True, text=True, timeout=180)
    finally:
        for server in servers:
            server.stop()
    assert result.returncode == 0, result.stderr[-3000:]
    # 2 callbacks x (2 @returns + @scrapes on articles, 2 @returns on listings) x 3 portals
    assert "Ran 15 contracts" in result.stderr and "\nOK" in result.stderr
    # A real portal has none: `scrapy check` never fetches from the web.
    real = subprocess.run([sys.executable, "-m", "scrapy", "check", "zonajakarta"], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert "Ran 0 contracts" in real.stderr


def test_the_sample_portals_check_article_is_what_the_demo_serves() -> None:
    # The catalog names the article `scrapy check` fetches; the demo must serve it, one page
    # long, under that path (the spiders read the path from the catalog, not the demo).
    from newscrawl.demo import families, site

    single = site.article(2)
    assert single.pages == 1
    served = {"prmn": single.path, "tribun": families.article_path("tribun", single),
              "detik": families.article_path("detik", single)}
    samples = [p for p in load_catalog().values() if p.sample]
    assert len(samples) == 3
    for portal in samples:
        assert portal.check_article == served[portal.family], portal.id
    assert not any(p.check_article for p in load_catalog().values() if not p.sample)


def test_a_family_is_registered_by_its_module_alone() -> None:
    # No list to keep by hand: the family registry is the package's modules, each with its
    # page objects, and every catalog file names one of them.
    from pathlib import Path

    from newscrawl.pages import families

    folder = Path(families.__file__).parent
    modules = {p.stem for p in folder.glob("*.py") if not p.stem.startswith("_")}
    assert set(families.FAMILIES) == modules and len(modules) == 9
    for family in families.FAMILIES:
        module = families.family_module(family)
        assert module.ArticlePage.__module__.startswith("newscrawl.pages")
        assert module.ListingPage.__module__.startswith("newscrawl.pages")
        assert families.discovery_defaults(family)["sitemaps"] == ("robots",)
    catalog_families = {p.family for p in load_catalog().values()}
    assert catalog_families <= set(families.FAMILIES)


OWN_PORTAL = """family = "kompas"

[[portal]]
id = "kompaskupang"
name = "Kompas Kupang (a catalog file of one's own)"
base_url = "https://kupang.kompas.example/"
sections = [""]
province = "Nusa Tenggara Timur"
timezone = "Asia/Makassar"
evidence = "written for this test"
"""


def test_portals_of_ones_own_come_from_the_folders_newscrawl_catalog_path_names(tmp_path) -> None:
    import os

    (tmp_path / "mine.toml").write_text(OWN_PORTAL, encoding="utf-8")
    env = dict(os.environ, NEWSCRAWL_CATALOG_PATH=str(tmp_path))
    listed = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr[-2000:]
    names = listed.stdout.split()
    assert "kompaskupang" in names and "zonabanten" in names  # beside the bundled ones
    # a malformed file: one line saying which, usage exit code, no traceback
    (tmp_path / "broken.toml").write_text('family = "kompas"\n[[portal]]\nid = "x"\n',
                                          encoding="utf-8")
    broken = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    assert broken.returncode == 2
    assert broken.stderr.strip().splitlines() == [
        "newscrawl: catalog: broken.toml: portal 'x': missing 'name'"]
    missing = subprocess.run([sys.executable, "-m", "newscrawl.cli", "crawl", "zonabanten"],
                             cwd=REPO, env=dict(env, NEWSCRAWL_CATALOG_PATH="/no/such/dir"),
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2
    assert "NEWSCRAWL_CATALOG_PATH: no folder at /no/such/dir" in missing.stderr
