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
import ssl
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer

from newscrawl.catalog import Portal
from newscrawl.demo import server as demo_server
from newscrawl.demo.site import SECTIONS

LOOPBACK = "127.0.0.1"


class SimulationUnavailable(RuntimeError):
    """The simulated internet cannot listen here (a port taken, or not allowed to bind it)."""


class LoopbackResolver(CachingThreadedResolver):
    """Scrapy's DNS resolver, every name answered with 127.0.0.1 (the simulated internet)."""

    def getHostByName(self, name: str, timeout: Any = ()) -> defer.Deferred:  # noqa: N802
        return defer.succeed(LOOPBACK)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

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
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(h) for h in sorted(hosts)]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class SimulatedInternet:
    """The given catalog portals, each with `n_articles` sample articles, on 127.0.0.1:80 and
    :443 under their real host names. Counts, per host, the requests answered and the most
    answered at once (`requests`, `peak_in_flight`), and notes when each portal's pages were
    asked for (`arrivals`)."""

    def __init__(self, portals: Iterable[Portal], *, n_articles: int = 20,
                 delay_seconds: float = 0.0, http_port: int = 80, https_port: int = 443) -> None:
        self.ports = {"http": http_port, "https": https_port}
        # host -> [(base path, the portal's sample site)], the longest base path first
        self.sites: dict[str, list[tuple[str, demo_server.DemoServer]]] = {}
        self.portals: dict[str, Portal] = {}
        self.unserved: list[str] = []
        for portal in portals:
            if portal.family not in demo_server.FAMILIES:
                self.unserved.append(portal.id)
                continue
            self.portals[portal.id] = portal
            sample = demo_server.DemoServer(
                n_articles, family=portal.family, broken_pages=False,
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
        self._lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def site_for(self, host: str, path: str) -> tuple[demo_server.DemoServer, str] | None:
        """The sample site answering `path` on `host`, and the path within it."""
        for base_path, sample in self.sites.get(host.lower(), ()):
            if path == "/robots.txt":
                return sample, path
            if path.startswith(base_path) or path + "/" == base_path:
                return sample, "/" + path[len(base_path):].lstrip("/")
        return None

    def start(self) -> SimulatedInternet:
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
        secure.socket = context.wrap_socket(secure.socket, server_side=True)
        self._servers = [plain, secure]
        for httpd in self._servers:
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
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
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                host = (self.headers.get("Host") or "").split(":")[0].lower()
                parts = urlsplit(self.path)
                found = internet.site_for(host, parts.path)
                if found is None:
                    self._send(404, b"<html><body>Not found</body></html>")
                    return
                sample, path = found
                with internet._lock:
                    internet.requests[host] += 1
                    internet.in_flight[host] += 1
                    internet.peak_in_flight[host] = max(internet.peak_in_flight[host],
                                                        internet.in_flight[host])
                    if path != "/robots.txt":
                        internet.arrivals.append((time.monotonic(), sample.base_url))
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
