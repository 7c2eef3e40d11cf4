"""Serve the sample portal on 127.0.0.1 (stdlib HTTP server in a background thread)."""

from __future__ import annotations

import gzip
import re
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from newscrawl.demo import discovery, families, regional, site

FAMILIES = ("prmn", "tribun", "detik", *regional.FAMILIES)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops connections of a crawl at full tilt

    def handle_error(self, request: object, _client_address: object) -> None:
        # A crawler that gave up on the slow page hangs up mid-answer; that is expected.
        pass


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that logs nothing and sends whole answers (`_send`)."""

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class DemoServer:
    """The sample portal with `n_articles` articles, on 127.0.0.1:`port` (0: any free port).

    Use as a context manager, or call start() / stop().
    """

    def __init__(self, n_articles: int = site.DEFAULT_ARTICLES, port: int = 0,
                 slow_seconds: float = 3.0, family: str = "prmn", broken_pages: bool = True,
                 delay_seconds: float = 0.0, block_status: int | None = None,
                 retry_after: str | None = None, hostile_pages: bool = False,
                 redirect_pages: bool = False, block_first: int = 0,
                 bad_discovery: bool = False, public_url: str | None = None,
                 section_map: dict[str, str] | None = None, host_name: str = "127.0.0.1"
                 ) -> None:
        if family not in FAMILIES:
            raise ValueError(f"the sample portal comes in {', '.join(FAMILIES)}, not {family!r}")
        self.family = family
        self.n_articles = n_articles  # may be raised while serving: newer articles appear
        self.broken_pages = broken_pages and family == "prmn"
        self.delay_seconds = delay_seconds  # per request, to make crawls slow enough to kill
        # A portal that blocks us: every page but robots.txt answers this status.
        self.block_status = block_status
        self.retry_after = retry_after
        self.block_first = block_first  # block only the first N page requests
        self.times: list[float] = []  # monotonic arrival time of each request
        self.slow_seconds = slow_seconds
        # A compression bomb, an endless page and a page of expensive dates, listed too.
        self.hostile_pages = hostile_pages and family == "prmn"
        self._bomb: bytes | None = None
        # A redirect loop and a redirect to another host, listed too.
        self.redirect_pages = redirect_pages and family == "prmn"
        # Broken sitemaps (bad XML, a gzip that is not gzip) announced beside the good ones,
        # and the daerah feed broken: one bad file must cost that file only.
        self.bad_discovery = bad_discovery and family == "prmn"
        self.requests: list[str] = []  # paths served, in order (for tests and summaries)
        self.pages_served = 0  # requests other than robots.txt
        # Requests being answered at once, and the most there ever were: a crawler's
        # concurrency as the portal sees it (politeness tests count it here).
        self.in_flight = 0
        self.peak_in_flight = 0
        self._lock = threading.Lock()
        # Served under another name (newscrawl.demo.internet: a catalog portal's real URL,
        # answered by one server for every portal): no socket of its own, and its sections
        # read as the sample's (`section_map`: catalog section -> a sample section).
        self.public_url = public_url
        self.section_map = section_map or {}
        # The name in its URLs: "localhost" gives a second host on the same socket address
        # (portals of different hosts, for tests of what is per host).
        self.host_name = host_name
        self.httpd = None if public_url else _QuietServer(("127.0.0.1", port), self._handler())
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self.public_url:
            return self.public_url
        assert self.httpd is not None
        return f"http://{self.host_name}:{self.httpd.server_address[1]}/"

    def start(self) -> DemoServer:
        assert self.httpd is not None, "a portal served under its public URL has no socket"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        assert self.httpd is not None
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                with server._lock:
                    server.in_flight += 1
                    server.peak_in_flight = max(server.peak_in_flight, server.in_flight)
                try:
                    self._get()
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _get(self) -> None:
                parts = urlsplit(self.path)
                with server._lock:
                    server.requests.append(self.path)
                    server.times.append(time.monotonic())
                    if parts.path != "/robots.txt":
                        server.pages_served += 1
                    pages_so_far = server.pages_served
                try:
                    page = int(parse_qs(parts.query).get("page", ["1"])[0])
                except ValueError:
                    page = 1
                if server.delay_seconds:
                    time.sleep(server.delay_seconds)
                blocking = server.block_status and (
                    not server.block_first or pages_so_far <= server.block_first)
                if blocking and parts.path != "/robots.txt":
                    self.send_response(server.block_status)
                    if server.retry_after is not None:
                        self.send_header("Retry-After", server.retry_after)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if server.redirect_pages and parts.path in server.REDIRECTS:
                    elsewhere = "127.0.0.1" if server.host_name == "localhost" else "localhost"
                    other = server.base_url.rstrip("/").replace(
                        f"//{server.host_name}", f"//{elsewhere}")
                    target = (parts.path if parts.path.endswith("lingkar")
                              else other + site.OFFSITE_TARGET)
                    self.send_response(302)
                    self.send_header("Location", target)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if server.hostile_pages and parts.path in server.HOSTILE:
                    server.serve_hostile(self, parts.path)
                    return
                found = server.discovery(parts.path, parts.query)
                if found is not None:
                    self._send(*found)
                    return
                body = server.render(parts.path, page)
                if isinstance(body, tuple):
                    self._send(*body)
                elif body is None:
                    self._send(404, b"<html><body>Tidak ditemukan</body></html>")
                else:
                    self._send(200, body.encode("utf-8"))

        return Handler

    BROKEN = frozenset(site.broken_path(kind) for kind in site.BROKEN)
    HOSTILE = frozenset(site.hostile_path(kind) for kind in site.HOSTILE)
    REDIRECTS = frozenset(site.redirect_path(kind) for kind in site.REDIRECTS)

    def serve_hostile(self, handler: BaseHTTPRequestHandler, path: str) -> None:
        if path == site.hostile_path("tanggal-raksasa"):
            body = site.expensive_page_html(self.base_url).encode()
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
            return
        if path == site.hostile_path("bom-gzip"):
            if self._bomb is None:  # ~100 kB on the wire, 100 MB of <p> tags unpacked
                self._bomb = gzip.compress(b"<p>" * (100 * 1024 * 1024 // 3), 9)
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.send_header("Content-Encoding", "gzip")
            handler.send_header("Content-Length", str(len(self._bomb)))
            handler.end_headers()
            handler.wfile.write(self._bomb)
            return
        # "halaman-raksasa": 200 MB of paragraphs, no Content-Length, until the client hangs up.
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.end_headers()
        chunk = b"<p>Paragraf yang berulang tanpa akhir di halaman raksasa.</p>" * 16_000
        try:
            for _ in range(200 * 1024 * 1024 // len(chunk)):
                handler.wfile.write(chunk)
        except OSError:
            pass

    def broken(self, path: str, base: str) -> str | tuple[int, bytes] | tuple[int, bytes, str]:
        """The four broken article pages: no body, garbage bytes, a 500, a timeout."""
        if path == site.broken_path("tanpa-isi"):
            return site.missing_body_html(base)
        if path == site.broken_path("rusak"):
            return (200, site.garbage_bytes(), "text/html")
        if path == site.broken_path("galat-server"):
            return (500, b"<html><body>Internal Server Error</body></html>")
        time.sleep(self.slow_seconds)  # "lambat": slower than the crawl's DOWNLOAD_TIMEOUT
        return (200, b"<html><body>terlambat</body></html>")

    def _extra_paths(self) -> tuple[str, ...]:
        return (tuple(sorted(self.HOSTILE)) if self.hostile_pages else ()) + (
            tuple(sorted(self.REDIRECTS)) if self.redirect_pages else ())

    # Files that break on purpose, to test that one bad file costs that file only.
    BAD_DISCOVERY = {
        "/sitemap-rusak.xml": b"<urlset><url><loc>http://x/ this is not xml",
        "/sitemap-palsu.xml.gz": b"\x1f\x8b\x08\x00" + b"not really gzip" * 8,
        "/rss/rusak.xml": b"<rss><channel><item><link>oops</channel>",
    }

    def discovery(self, path: str, query: str) -> tuple[int, bytes, str] | None:
        """Sitemaps, feeds and the date archive (the PRMN sample portal only)."""
        if self.family != "prmn":
            return None
        base, n = self.base_url, self.n_articles
        xml = "application/xml; charset=utf-8"
        if path == "/robots.txt":
            extra = b"".join(f"Sitemap: {base}{p.lstrip('/')}\n".encode()
                             for p in self.BAD_DISCOVERY if "sitemap" in p)
            return 200, discovery.robots(base) + (extra if self.bad_discovery else b""), \
                "text/plain"
        if self.bad_discovery and path == "/rss/daerah.xml":
            return 200, self.BAD_DISCOVERY["/rss/rusak.xml"], xml
        if path == "/sitemap.xml":
            return 200, discovery.sitemap_index(n, base), xml
        if path == "/sitemap-news.xml":
            return 200, discovery.news_sitemap(n, base), xml
        if path in self.BAD_DISCOVERY:
            return 200, self.BAD_DISCOVERY[path], xml
        m = re.fullmatch(r"/sitemap-(\d{4}-\d{2}-\d{2})\.xml(\.gz)?", path)
        if m:
            body = discovery.day_sitemap(n, base, date.fromisoformat(m.group(1)))
            if body is None:
                return 404, b"", xml
            # Gzipped files as portals serve them: the bytes, no Content-Encoding.
            return (200, gzip.compress(body), "application/x-gzip") if m.group(2) \
                else (200, body, xml)
        m = re.fullmatch(r"/rss/(\w+)\.xml", path)
        if m:
            body = discovery.feed(n, base, m.group(1))
            return (200, body, xml) if body else (404, b"", xml)
        if path.rstrip("/") == "/indeks":
            try:
                day = date.fromisoformat(parse_qs(query).get("date", [""])[0])
            except ValueError:
                return 404, b"<html><body>Tanggal tidak dikenal</body></html>", "text/html"
            return 200, discovery.archive_html(n, base, day).encode(), "text/html; charset=utf-8"
        return None

    def render(self, path: str, page: int) -> str | tuple[int, bytes] | None:
        base = self.base_url
        if path == "/robots.txt":
            return (200, b"User-agent: *\nDisallow: /admin/\n", "text/plain")
        if self.family != "prmn":
            if path.rstrip("/") in ("", "/indeks") or path.strip("/") in self.section_map:
                return families.section_html(self.family, page, self.n_articles, base)
            found = families.find(self.family, path, self.n_articles)
            if found is None:
                return None
            a, page_no = found
            page_no = page if families.pages_in_query(self.family) else page_no
            if not 1 <= page_no <= a.pages:
                return None
            return families.article_html(self.family, a, page_no, base)
        if path in ("/", ""):
            return site.section_html(site.SECTIONS[0], 1, self.n_articles, base,
                                     self.broken_pages, self._extra_paths())
        section = self.section_map.get(path.strip("/"), path.strip("/"))
        if section in site.SECTIONS:
            return site.section_html(section, page, self.n_articles, base,
                                     self.broken_pages, self._extra_paths())
        if self.broken_pages and path in self.BROKEN:
            return self.broken(path, base)
        number = site.number_in_path(path)
        if number is not None and 1 <= number <= self.n_articles:
            a = site.article(number)
            if a.path == path.rstrip("/"):
                return site.article_html(a, page, base) if 1 <= page <= a.pages else None
        return None
