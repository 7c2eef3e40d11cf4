"""Catalog portals crawled under their real host names on the simulated internet
(newscrawl.demo.internet): one server on 127.0.0.1:80/443 answers for all of them, and
Scrapy's DNS resolver maps every name to it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from newscrawl.catalog import get_portal
from newscrawl.demo import site
from newscrawl.demo.internet import Faults, SimulatedInternet, SimulationUnavailable

# Two PRMN portals (one a whole-site section list, one a single section), a Tribun region,
# two detik desks sharing www.detik.com (told apart by their base path), and one portal of
# each other family: every family's template and page objects on their real host names.
PORTALS = ("pikiranrakyat", "zonabanten", "tribunaceh", "detikjabar", "detikjateng",
           "kompasmakassar", "antarabali", "suarajakarta", "radarjogja", "inewssumut",
           "balipost")
ARTICLES = 10
PER_DOMAIN = 4  # CONCURRENT_REQUESTS_PER_DOMAIN of the project settings
DELAY = 1.0  # DOWNLOAD_DELAY of the project settings


def expected_articles(portal_id: str) -> int:
    """What the portal's catalog sections list on its sample site: Tribun and detik list
    every article on their index; a PRMN section is one of the sample's two sections."""
    portal = get_portal(portal_id)
    if portal.family != "prmn":
        return ARTICLES
    sections = {site.SECTIONS[i % len(site.SECTIONS)] for i in range(len(portal.sections))}
    return sum(site.section_size(ARTICLES, s) for s in sections)


@pytest.fixture
def internet():
    try:
        net = SimulatedInternet([get_portal(p) for p in PORTALS], n_articles=ARTICLES,
                                delay_seconds=0.02).start()
    except SimulationUnavailable as exc:
        pytest.skip(f"the simulated internet needs ports 80 and 443 on 127.0.0.1: {exc}")
    yield net
    net.stop()


@pytest.mark.slow
def test_catalog_portals_are_crawled_under_their_real_names(internet: SimulatedInternet,
                                                             tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "newscrawl.cli", "crawl", *PORTALS, "--data-dir", str(data),
         "-s", "TWISTED_DNS_RESOLVER=newscrawl.demo.internet.LoopbackResolver", "-v"],
        capture_output=True, text=True, timeout=600,
        env=dict(os.environ, NEWSCRAWL_CONTACT="https://newscrawl.example/contact"))
    assert done.returncode == 0, (done.stdout, done.stderr[-3000:])
    records: dict[str, list[dict]] = {}
    for path in data.glob("*/*.jsonl"):
        records[path.parent.name] = [json.loads(line) for line in
                                     path.read_text("utf-8").splitlines()]
    assert sorted(records) == sorted(PORTALS)
    for portal_id, written in records.items():
        portal = get_portal(portal_id)
        base = urlsplit(portal.base_url)
        urls = Counter(r["url"] for r in written)
        assert len(urls) == expected_articles(portal_id), portal_id  # every article ...
        assert max(urls.values()) == 1, portal_id  # ... exactly once
        for record in written:
            url = urlsplit(record["url"])
            # its real URL: the portal's own host and base path, on https
            assert (url.scheme, url.hostname) == (base.scheme, base.hostname), record["url"]
            assert url.path.startswith(base.path), record["url"]
            assert record["portal"] == portal_id
            # a multi-page article whole: every page of it read into the one record
            number = site.number_in_path(url.path)
            assert record["pages"] == site.article(number).pages, record["url"]
    # Every host answered requests (robots.txt first), never more at once than one portal's
    # politeness allows, the shared www.detik.com counted for both its desks.
    hosts = {urlsplit(get_portal(p).base_url).hostname for p in PORTALS}
    assert set(internet.requests) == hosts
    assert all(internet.peak_in_flight[h] <= PER_DOMAIN for h in hosts), \
        dict(internet.peak_in_flight)
    for portal_id in PORTALS:
        assert f"{portal_id}: {expected_articles(portal_id)} new" in done.stdout
    # The two desks on www.detik.com were crawled at once, taking turns at the host: its
    # requests came at one portal's pace (DOWNLOAD_DELAY on average, Scrapy's random spread
    # around it), not two crawlers' paces on top of each other (about twice as fast, many
    # requests bunched). Arrival times, not send times: a busy machine may delay a send and
    # bunch two arrivals, never spread them out.
    spans, detik = [], []
    for desk in ("detikjabar", "detikjateng"):
        times = [t for t, base in internet.arrivals if base == get_portal(desk).base_url]
        spans.append((min(times), max(times)))
        detik += times
    first, second = sorted(spans)
    assert second[0] < first[1], spans  # overlapping: at once
    detik.sort()
    gaps = [b - a for a, b in zip(detik, detik[1:], strict=False)]
    assert len(gaps) >= 2 * expected_articles("detikjabar"), len(gaps)
    bunched = sum(gap < 0.3 * DELAY for gap in gaps)
    # Scrapy spreads each delay uniformly over 0.5-1.5x DOWNLOAD_DELAY (sd 0.29x): the mean
    # of ~33 gaps of one pace falls below 0.9x about once in 40 runs, below 0.75x (five of
    # its standard deviations) practically never; two paces on top of each other give 0.5x.
    assert sum(gaps) / len(gaps) >= 0.75 * DELAY, sorted(gaps)
    assert bunched <= len(gaps) // 10, sorted(gaps)


def test_each_request_goes_to_its_portal_by_host_and_base_path() -> None:
    net = SimulatedInternet([get_portal("detikjabar"), get_portal("detikjateng"),
                             get_portal("antarabali")])
    # detik's desks share a host: each path goes to its own desk, robots.txt to the host
    jabar = net.site_for("www.detik.com", "/jabar/indeks")
    assert jabar is not None and jabar[1] == "/indeks"
    assert jabar[0].base_url == get_portal("detikjabar").base_url
    jateng = net.site_for("www.detik.com", "/jateng/berita/d-7000001/judul")
    assert jateng is not None and jateng[0].base_url == get_portal("detikjateng").base_url
    assert net.site_for("www.detik.com", "/robots.txt") is not None
    assert net.site_for("www.detik.com", "/sumbar/indeks") is None  # no such desk here
    assert net.site_for("example.com", "/") is None
    assert net.unserved == []  # every family has its sample template
    bali = net.site_for("bali.antaranews.com", "/terkini")
    assert bali is not None and bali[0].base_url == get_portal("antarabali").base_url


# Seeded faults, each on a portal of its own; the healthy portals beside them.
HEALTHY = ("pikiranrakyat", "tribunaceh", "detikjabar", "kompasmakassar", "inewssumut")
FAULTS = Faults(latency_ms=10, max_latency_s=0.3, error_rate=0.08,
                dns_failure=("bali.antaranews.com",), refused=("radarjogja.jawapos.com",),
                timeout=("www.balipost.com",), rate_limited=("jakarta.suara.com",),
                slow_loris=("jatim.inews.id",), changed_template=("kompasregional",))
FAULTY = {"antarabali": "UNREACHABLE: no page could be fetched (CannotResolveHostError)",
          "radarjogja": "UNREACHABLE: no page could be fetched (connection refused)",
          "balipost": "UNREACHABLE: no page could be fetched (timed out)",
          "inewsjatim": "errors]",  # robots.txt came; every page after it timed out
          "kompasregional": "sections loaded but no article came out"}


@pytest.mark.slow
def test_faults_cost_only_their_own_portals(tmp_path: Path) -> None:
    portals = [*HEALTHY, "suarajakarta", *FAULTY]
    try:
        net = SimulatedInternet([get_portal(p) for p in portals], n_articles=ARTICLES,
                                faults=FAULTS).start()
    except SimulationUnavailable as exc:
        pytest.skip(f"the simulated internet needs ports 80 and 443 on 127.0.0.1: {exc}")
    env = dict(os.environ, NEWSCRAWL_CONTACT="https://newscrawl.example/contact")
    try:
        data = tmp_path / "data"
        done = subprocess.run(
            [sys.executable, "-m", "newscrawl.cli", "crawl", *portals, "--data-dir", str(data),
             *net.crawl_settings(), "-s", "DOWNLOAD_TIMEOUT=3", "-s", "DOWNLOAD_DELAY=0.05"],
            capture_output=True, text=True, timeout=900, env=env)
        # `newscrawl check` tells the changed template from a healthy one of its family
        checked = subprocess.run(
            [sys.executable, "-m", "newscrawl.cli", "check", "kompasregional", "kompasmakassar",
             *net.crawl_settings(), "-s", "DOWNLOAD_DELAY=0.05"],
            capture_output=True, text=True, timeout=300, env=env)
    finally:
        net.stop()
    # 5xx answers were retried and 429s waited out: the healthy portals and the
    # rate-limited one have every article, exactly once
    assert sum(net.attempts[u] > 1 for u in net.attempts) >= 5  # faults did happen
    for portal_id in (*HEALTHY, "suarajakarta"):
        path = next((data / portal_id).glob("*.jsonl"))
        urls = Counter(json.loads(line)["url"] for line in path.read_text("utf-8").splitlines())
        assert len(urls) == expected_articles(portal_id) and max(urls.values()) == 1, portal_id
    # each failing portal says why on its own line, and wrote nothing
    lines = {line.split(":")[0]: line for line in done.stdout.splitlines() if ": " in line}
    for portal_id, reason in FAULTY.items():
        assert reason in lines[portal_id], lines.get(portal_id)
        assert not (data / portal_id).exists() or not list((data / portal_id).glob("*.jsonl"))
    # the most severe condition decides the exit code: a changed template (3)
    assert done.returncode == 3, done.stdout[-2000:]
    assert "(3 UNREACHABLE)" in done.stdout
    assert checked.returncode == 3, checked.stdout + checked.stderr[-2000:]
    assert "BROKEN   kompasregional: no article read" in checked.stdout
    assert "OK       kompasmakassar: " in checked.stdout


def test_simulated_time_brings_new_articles_and_tells_old_ones_asked_again() -> None:
    net = SimulatedInternet([get_portal("zonabanten"), get_portal("tribunaceh")], n_articles=5)
    base = get_portal("tribunaceh").base_url
    sample, _ = net.site_for(urlsplit(base).hostname, "/")
    net.pages_asked.append((base, "/2024/03/01/warga-bicara-3"))  # the first run's
    asked_before = len(net.pages_asked)
    net.advance(2)
    assert sample.n_articles == 7 and all(s.n_articles == 7 for s in net.samples.values())
    # the second run: one new article (6), one old one again (4), a listing page
    net.pages_asked += [(base, "/2024/03/02/warga-bicara-6"), (base, "/2024/03/01/warga-4"),
                        (base, "/indeks")]
    assert net.old_articles_asked(asked_before) == 1
