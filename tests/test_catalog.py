"""The portal catalog: data that every spider is built from."""

from __future__ import annotations

import subprocess
import sys
from urllib.parse import urlsplit

from newscrawl.catalog import PORTAL_ID, load_catalog
from newscrawl.extractors import FAMILIES

from .conftest import REPO

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
    assert sorted(result.stdout.split()) == sorted(load_catalog())
    assert "several spiders with the same name" not in result.stderr
