"""A simulated internet: catalog portals answered on 127.0.0.1 under their real names.

One server process answers for every portal it is given, on the ports their URLs name (80
for http://, 443 for https://, TLS from a throwaway self-signed certificate made at start:
Scrapy does not verify certificates by default). A crawl reaches it through
`LoopbackResolver` (Scrapy's TWISTED_DNS_RESOLVER setting), which maps every host name to
127.0.0.1: requests keep their real URLs, so per-host politeness, download slots, host
scoping, robots.txt and the records' portal keys work exactly as on the web.

    with SimulatedInternet(portals, n_articles=20):
        newscrawl crawl ... -s TWISTED_DNS_RESOLVER=newscrawl.demo.internet.LoopbackResolver

A portal is served in its family's sample template (newscrawl.demo: site for PRMN,
families for Tribun and detik, regional for the others); a portal of a family without one
would be listed in `unserved`. Portals sharing a host (detik's regional desks on
www.detik.com) are told apart by their base path.
Made in-house for tests and benchmarks: nothing in production imports it.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import random
import ssl
import tempfile
import threading
import time
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

from newscrawl.catalog import Portal
from newscrawl.demo import server as demo_server
from newscrawl.demo import site as demo_site
from newscrawl.demo.site import SECTIONS

LOOPBACK = "127.0.0.1"
NOTHING_LISTENS = "127.0.0.2"  # loopback too, but no server binds it: connections refused
# Where the crawl's resolver finds which names fail (a setting naming a JSON file).
DNS_SETTING = "NEWSCRAWL_SIMULATED_DNS"


@dataclass(frozen=True)
class Faults:
    """What goes wrong on the simulated internet, the same way for the same seed.

    Every answer waits a latency drawn per request from a log-normal distribution (median
    `latency_ms`, spread `latency_sigma`, capped at `max_latency_s`); a share `error_rate`
    of the pages answer 500 the first time they are asked for (a retry gets the page). Host
    names in `dns_failure` have no address, those in `refused` one where nothing listens,
    those in `timeout` accept and never answer, those in `rate_limited` answer every page
    first with 429 and Retry-After: 1, those in `slow_loris` send their pages a few bytes a
    second. Portals in `changed_template` are served in another family's template: their
    own selectors find nothing."""

    seed: int = 33
    latency_ms: float = 40.0
    latency_sigma: float = 1.0
    max_latency_s: float = 2.0
    error_rate: float = 0.015
    dns_failure: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()
    timeout: tuple[str, ...] = ()
    rate_limited: tuple[str, ...] = ()
    slow_loris: tuple[str, ...] = ()
    changed_template: tuple[str, ...] = ()

    @classmethod
    def seeded(cls, portals: Iterable[Portal], seed: int = 33, **given: Any) -> Faults:
        """One host of each kind of fault (and one portal with a changed template), drawn
        from `portals` by `seed`: hosts shared by several portals are left alone."""
        portals = sorted(portals, key=lambda p: p.id)
        hosts = Counter(urlsplit(p.base_url).hostname for p in portals)
        alone = [p for p in portals if hosts[urlsplit(p.base_url).hostname] == 1]
        picked = random.Random(seed).sample(alone, min(6, len(alone)))
        names = [urlsplit(p.base_url).hostname or "" for p in picked]
        kinds = ("dns_failure", "refused", "timeout", "rate_limited", "slow_loris")
        chosen: dict[str, Any] = {kind: (name,) for kind, name in zip(kinds, names, strict=False)}
        if len(picked) > 5:
            chosen["changed_template"] = (picked[5].id,)
        return cls(seed=seed, **{**chosen, **given})

    def latency(self, url: str) -> float:
        rnd = random.Random(zlib.crc32(url.encode()) ^ self.seed)
        return min(self.max_latency_s,
                   self.latency_ms / 1000 * rnd.lognormvariate(0.0, self.latency_sigma))

    def fails_first(self, url: str) -> bool:
        return random.Random(zlib.crc32(url.encode()) ^ (self.seed * 7919)).random() \
            < self.error_rate


class SimulationUnavailable(RuntimeError):
    """The simulated internet cannot listen here (a port taken, or not allowed to bind it)."""


class LoopbackResolver(CachingThreadedResolver):
    """Scrapy's DNS resolver, every name answered with 127.0.0.1 (the simulated internet);
    with the NEWSCRAWL_SIMULATED_DNS setting (a JSON file the simulated internet writes),
    its failing names fail: no address, or one where nothing listens."""

    failing: frozenset[str] = frozenset()
    unreachable: frozenset[str] = frozenset()

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> LoopbackResolver:
        resolver = super().from_crawler(crawler, reactor)
        path = crawler.settings.get(DNS_SETTING)
        if path:
            names = json.loads(Path(path).read_text("utf-8"))
            resolver.failing = frozenset(names["dns_failure"])
            resolver.unreachable = frozenset(names["refused"])
        return resolver

    def getHostByName(self, name: str, timeout: Any = ()) -> defer.Deferred:  # noqa: N802
        if name in self.failing:
            return defer.fail(DNSLookupError(f"no address for {name} (simulated)"))
        return defer.succeed(NOTHING_LISTENS if name in self.unreachable else LOOPBACK)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # A whole catalog connects at once (hundreds of crawlers' connections): the default
    # backlog of 5 drops their SYNs, and each dropped one costs the client a second or more.
    request_queue_size = 1024

    def handle_error(self, request: object, _client_address: object) -> None:
        pass  # a crawler that hung up mid-answer


def _self_signed(folder: Path, hosts: Iterable[str]) -> tuple[Path, Path]:
    """A throwaway certificate and key naming every host served (Scrapy does not verify
    it, but warns once a host where the name is missing)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "newscrawl simulated internet")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=7))
            .add_extension(x509.SubjectAlternativeName(_subject_names(hosts)), critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def _subject_names(hosts: Iterable[str]) -> list[Any]:
    """The certificate's names for `hosts`: a wildcard for a domain with several of them
    (*.pikiran-rakyat.com for PRMN's portals: a certificate naming 2,000 hosts one by one is
    too big for a TLS handshake), an IP address as one (the sample portals on 127.0.0.1:
    written as a DNS name it fails every host's check, and Scrapy warns on every
    connection)."""
    from cryptography import x509

    names: set[str] = set()
    addresses: set[str] = set()
    hosts = set(hosts)
    parents = Counter(h.split(".", 1)[1] for h in hosts if h.count(".") >= 2)
    for host in hosts:
        try:
            addresses.add(str(ipaddress.ip_address(host)))
            continue
        except ValueError:
            pass
        parent = host.split(".", 1)[1] if host.count(".") >= 2 else ""
        names.add(f"*.{parent}" if parents.get(parent, 0) > 1 else host)
    return [x509.DNSName(n) for n in sorted(names)] + [
        x509.IPAddress(ipaddress.ip_address(a)) for a in sorted(addresses)]


class SimulatedInternet:
    """The given catalog portals, each with `n_articles` sample articles, on 127.0.0.1:80 and
    :443 under their real host names. Counts, per host, the requests answered and the most
    answered at once (`requests`, `peak_in_flight`), and notes when each portal's pages were
    asked for (`arrivals`)."""

    def __init__(self, portals: Iterable[Portal], *, n_articles: int = 20,
                 delay_seconds: float = 0.0, http_port: int = 80, https_port: int = 443,
                 faults: Faults | None = None) -> None:
        self.ports = {"http": http_port, "https": https_port}
        self.faults = faults
        # host -> [(base path, the portal's sample site)], the longest base path first
        self.sites: dict[str, list[tuple[str, demo_server.DemoServer]]] = {}
        self.portals: dict[str, Portal] = {}
        self.unserved: list[str] = []
        for portal in portals:
            if portal.family not in demo_server.FAMILIES:
                self.unserved.append(portal.id)
                continue
            self.portals[portal.id] = portal
            family = portal.family
            if faults is not None and portal.id in faults.changed_template:
                family = "generic" if family != "generic" else "kompas"
            sample = demo_server.DemoServer(
                n_articles, family=family, broken_pages=False,
                delay_seconds=delay_seconds, public_url=portal.base_url,
                section_map={s.strip("/"): SECTIONS[i % len(SECTIONS)]
                             for i, s in enumerate(portal.sections)})
            base_path = urlsplit(portal.base_url).path or "/"
            for host in {urlsplit(portal.base_url).hostname or "", *portal.hosts}:
                self.sites.setdefault(host, []).append((base_path, sample))
        for entries in self.sites.values():
            entries.sort(key=lambda entry: len(entry[0]), reverse=True)
        self.requests: Counter[str] = Counter()
        self.in_flight: Counter[str] = Counter()
        self.peak_in_flight: Counter[str] = Counter()
        # (monotonic time, the portal's base URL) of each page request (robots.txt aside)
        self.arrivals: list[tuple[float, str]] = []
        # (the portal's base URL, the path within its site) of each page request
        self.pages_asked: list[tuple[str, str]] = []
        self.samples = {id(sample): sample for entries in self.sites.values()
                        for _, sample in entries}
        self._lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._stopping = threading.Event()
        self._advanced = 0
        self.attempts: Counter[str] = Counter()  # URL -> requests for it (5xx, 429 faults)

    def advance(self, new_articles: int) -> None:
        """Simulated time passes: every portal publishes `new_articles` more (they head its
        listings, dated after the others)."""
        for sample in self.samples.values():
            sample.n_articles += new_articles
        self._advanced = new_articles

    def old_articles_asked(self, since: int = 0) -> int:
        """Requests, after the first `since` page requests, for an article page that existed
        before the last `advance` (the sample's numbers: 1..n before it)."""
        by_base = {sample.base_url: sample for sample in self.samples.values()}
        count = 0
        for base, path in self.pages_asked[since:]:
            number = demo_site.number_in_path(path)
            if number is not None and number <= by_base[base].n_articles - self._advanced:
                count += 1
        return count

    def crawl_settings(self) -> list[str]:
        """The `-s` options that send a crawl here (and tell it which names fail)."""
        options = ["-s", "TWISTED_DNS_RESOLVER=newscrawl.demo.internet.LoopbackResolver"]
        if self.faults is not None and self._folder is not None:
            dns = Path(self._folder.name) / "dns.json"
            dns.write_text(json.dumps(asdict(self.faults)), "utf-8")
            options += ["-s", f"{DNS_SETTING}={dns}"]
        return options

    def site_for(self, host: str, path: str) -> tuple[demo_server.DemoServer, str] | None:
        """The sample site answering `path` on `host`, and the path within it."""
        for base_path, sample in self.sites.get(host.lower(), ()):
            if path == "/robots.txt":
                return sample, path
            if path.startswith(base_path) or path + "/" == base_path:
                return sample, "/" + path[len(base_path):].lstrip("/")
        return None

    def start(self) -> SimulatedInternet:
        self._stopping.clear()
        self._folder = tempfile.TemporaryDirectory(prefix="newscrawl-internet-")
        cert, key = _self_signed(Path(self._folder.name), [h for h in self.sites if h])
        handler = self._handler()
        try:
            plain = _QuietServer((LOOPBACK, self.ports["http"]), handler)
            secure = _QuietServer((LOOPBACK, self.ports["https"]), handler)
        except OSError as exc:
            self.stop()
            raise SimulationUnavailable(
                f"cannot listen on {LOOPBACK}:{self.ports['http']} and :{self.ports['https']} "
                f"({exc.strerror or exc})") from None
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        # The handshake in each connection's own thread, not in the one accepting them all.
        secure.socket = context.wrap_socket(secure.socket, server_side=True,
                                            do_handshake_on_connect=False)
        self._servers = [plain, secure]
        for httpd in self._servers:
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        for httpd in self._servers:
            httpd.shutdown()
            httpd.server_close()
        self._servers = []
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def __enter__(self) -> SimulatedInternet:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        internet = self
        site_handlers: dict[int, Any] = {}

        class Handler(demo_server.QuietHandler):
            # Connections kept alive, as web servers keep them (HTTP/1.0 would cost every
            # request a TLS handshake on both sides); one idle for `timeout` s is closed.
            protocol_version = "HTTP/1.1"
            timeout = 15

            def send_header(self, keyword: str, value: str) -> None:
                if keyword.lower() == "content-length":
                    self.sized = True
                super().send_header(keyword, value)

            def end_headers(self) -> None:
                if not getattr(self, "sized", False):
                    # no length (a page streamed until the connection ends): it ends it
                    super().send_header("Connection", "close")
                    self.close_connection = True
                self.sized = False
                super().end_headers()

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                host = (self.headers.get("Host") or "").split(":")[0].lower()
                parts = urlsplit(self.path)
                found = internet.site_for(host, parts.path)
                if found is None:
                    self._send(404, b"<html><body>Not found</body></html>")
                    return
                sample, path = found
                if internet.faults is not None and internet._fault(self, host, path):
                    return
                with internet._lock:
                    internet.requests[host] += 1
                    internet.in_flight[host] += 1
                    internet.peak_in_flight[host] = max(internet.peak_in_flight[host],
                                                        internet.in_flight[host])
                    if path != "/robots.txt":
                        internet.arrivals.append((time.monotonic(), sample.base_url))
                        internet.pages_asked.append((sample.base_url, path))
                try:
                    self.path = path + (f"?{parts.query}" if parts.query else "")
                    # The sample site's own request handling, with this connection.
                    if id(sample) not in site_handlers:
                        site_handlers[id(sample)] = sample._handler()
                    site_handlers[id(sample)]._get(self)
                finally:
                    with internet._lock:
                        internet.in_flight[host] -= 1

        return Handler

    def _fault(self, handler: Any, host: str, path: str) -> bool:
        """Wait the request's latency, then answer it with its fault, if it has one (True:
        answered, or left hanging until the simulated internet stops)."""
        faults = self.faults
        assert faults is not None
        url = f"{host}{handler.path}"
        with self._lock:
            self.attempts[url] += 1
            first = self.attempts[url] == 1
        if host in faults.timeout:
            self._stopping.wait(600)  # accepted, never answered
            return True
        time.sleep(faults.latency(url))
        if path == "/robots.txt":
            return False
        if host in faults.rate_limited and first:
            handler.send_response(429)
            handler.send_header("Retry-After", "1")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return True
        if first and faults.fails_first(url):
            handler._send(500, b"<html><body>Internal Server Error</body></html>")
            return True
        if host in faults.slow_loris:
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.end_headers()
            while not self._stopping.wait(1.0):  # a few bytes a second, never the end
                handler.wfile.write(b"<p>.</p>")
                handler.wfile.flush()
            return True
        return False
