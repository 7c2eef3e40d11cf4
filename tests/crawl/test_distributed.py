"""Distributed mode on a real Redis: crawl workers sharing a run, one seen store, politeness
per portal whatever the number of workers, and nothing lost when a worker is killed."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import pytest

from newscrawl.demo.server import DemoServer

pytest.importorskip("scrapy_redis", reason="the redis extra is not installed")


# The three sample portals, in their three templates, 700 articles in all; demo and
# demodetik on one host (127.0.0.1, as detik's desks share www.detik.com), demotribun on
# another (localhost).
SAMPLES = {"demo": ("prmn", 300), "demotribun": ("tribun", 200), "demodetik": ("detik", 200)}
HOST_NAMES = {"demotribun": "localhost"}
PER_DOMAIN = 4  # CONCURRENT_REQUESTS_PER_DOMAIN of the project settings
# Scrapy's deprecations are errors in the workers too, outside the compatibility layer.
WORKER_ENV = dict(os.environ, NEWSCRAWL_DEPRECATIONS_AS_ERRORS="1")


@pytest.fixture
def portals():
    servers = {pid: DemoServer(n_articles=n, family=family, broken_pages=False,
                               delay_seconds=0.01, host_name=HOST_NAMES.get(pid, "127.0.0.1"))
               for pid, (family, n) in SAMPLES.items()}
    for server in servers.values():
        server.start()
    yield servers
    for server in servers.values():
        server.stop()


def worker(redis_url: str, data: Path, servers: dict[str, DemoServer], *extra: str
           ) -> subprocess.Popen[str]:
    base_urls = [x for pid, s in servers.items() for x in ("--base-url", f"{pid}={s.base_url}")]
    return subprocess.Popen(
        [sys.executable, "-m", "newscrawl.cli", "worker", "--redis", redis_url, *SAMPLES,
         "--data-dir", str(data), *base_urls, "-a", "max_pages=40",
         "-s", "NEWSCRAWL_MAX_CRAWLERS=1", "--lease-seconds", "2", "-v", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=WORKER_ENV)


def finish(procs: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    done = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        done.append((proc.returncode, out, err))
    return done


def records(data: Path) -> list[dict]:
    out = []
    for path in sorted(data.glob("*/*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:  # a line cut by a kill -9
                pass
    return out


def article_requests(servers: dict[str, DemoServer]) -> int:
    return sum(1 for s in servers.values() for p in s.requests
               if "/pr-" in p or "/d-" in p or "/2024/" in p)


@pytest.mark.slow
def test_three_workers_share_a_run_write_each_article_once_and_stay_polite(
        redis_url: str, portals: dict[str, DemoServer], tmp_path: Path) -> None:
    data = tmp_path / "data"
    procs = [worker(redis_url, data, portals) for _ in range(3)]
    results = finish(procs)
    assert [code for code, _, _ in results] == [0, 0, 0], [r[2][-2000:] for r in results]
    assert all("Traceback" not in err for _, _, err in results)
    written = records(data)
    urls = Counter(r["url"] for r in written)
    assert len(urls) == 700 and max(urls.values()) == 1  # every article exactly once
    assert Counter(r["portal"] for r in written) == {pid: n for pid, (_, n) in SAMPLES.items()}
    # A worker claims a host's portals together: the two portals of 127.0.0.1 were crawled
    # by one worker (in one process that paces the host for both), demotribun by another,
    # and the third found nothing left. One seeded the run, the other two joined it.
    crawled = sorted(sorted(line.split(":", 1)[0] for line in out.splitlines()
                            if line.split(":", 1)[0] in SAMPLES) for _, out, _ in results)
    assert crawled == [[], ["demo", "demodetik"], ["demotribun"]], crawled
    summaries = [out.strip().splitlines()[-1] for _, out, _ in results]
    assert sum("seeded run" in line for line in summaries) == 1
    # Politeness: a portal never saw more requests at once than one process allows.
    assert {pid: s.peak_in_flight <= PER_DOMAIN for pid, s in portals.items()} == \
        dict.fromkeys(SAMPLES, True)
    # A second run with nothing new: section pages only, 0 article pages from any worker.
    before = article_requests(portals)
    again = finish([worker(redis_url, data, portals) for _ in range(3)])
    assert [code for code, _, _ in again] == [0, 0, 0]
    assert article_requests(portals) == before
    assert len(records(data)) == 700


@pytest.mark.slow
def test_a_worker_killed_mid_run_costs_no_article(redis_url: str, tmp_path: Path) -> None:
    servers = {pid: DemoServer(n_articles=n, family=family, broken_pages=False,
                               delay_seconds=0.05, host_name=HOST_NAMES.get(pid, "127.0.0.1"))
               for pid, (family, n) in SAMPLES.items()}
    for server in servers.values():
        server.start()
    try:
        data = tmp_path / "data"
        procs = [worker(redis_url, data, servers) for _ in range(3)]
        time.sleep(random.uniform(3.5, 5.5))  # Scrapy started, some articles written
        victim = procs[0]
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        # The kill came mid-run: articles were still to be written.
        assert len({r["url"] for r in records(data)}) < 700
        others = finish(procs[1:])
        assert [code for code, _, _ in others] == [0, 0]
        # Whether the other two took the dead worker's portal over in this run depends on
        # how long they ran after its 2 s lease ran out (on a slow machine they do, and
        # all 700 are written now); the run after it has the rest either way.
        time.sleep(2.5)  # the dead worker's lease runs out
        rerun = finish([worker(redis_url, data, servers) for _ in range(3)])
        assert all(code == 0 for code, _, _ in rerun), [r[2][-1500:] for r in rerun]
    finally:
        for server in servers.values():
            server.stop()
    result = subprocess.run([sys.executable, "-m", "newscrawl.cli", "export", "--data-dir",
                             str(data), "--format", "jsonl", "--output", str(tmp_path / "out"),
                             "--no-progress", "--include-sample"],  # the sample portals
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    exported = [json.loads(line) for line in
                (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()]
    urls = Counter(r["url"] for r in exported)
    assert len(urls) == len(exported) == 700  # every article present, exactly once


def test_scrapy_redis_deprecation_is_handled_in_the_compat_layer() -> None:
    from scrapy.exceptions import ScrapyDeprecationWarning
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.crawl.distributed.compat import _StatsWithoutSpider

    stats = MemoryStatsCollector(get_crawler())
    # What scrapy-redis 0.9.1 does, reproduced: Scrapy 2.19 warns.
    with pytest.warns(ScrapyDeprecationWarning, match="spider"):
        stats.inc_value("scheduler/enqueued/redis", spider=object())
    with warnings.catch_warnings():
        warnings.simplefilter("error", ScrapyDeprecationWarning)
        _StatsWithoutSpider(stats).inc_value("scheduler/enqueued/redis", spider=object())
    assert stats.get_value("scheduler/enqueued/redis") == 2


# --- Redis going away under a worker (issue 30, point 3) ---------------------------------
# Each fault is timed from the run's progress (records written, the worker's own log line
# saying it is reconnecting), never from a fixed sleep. The tests start a redis-server of
# their own (they stop, restart and starve it), on a free loopback port.

RECONNECT = "NEWSCRAWL_REDIS_RECONNECT_SECONDS"


class OwnRedis:
    """A redis-server of the test's own, to stop, restart and starve."""

    def __init__(self, folder: Path, binary: str) -> None:
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.folder, self.binary = folder, binary
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, *, persistent: bool = False) -> OwnRedis:
        import socket

        self.proc = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "yes" if persistent else "no", "--appendfsync", "always",
             "--dir", str(self.folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.05)
        raise AssertionError(f"redis-server did not start on port {self.port}")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def client(self):
        import redis

        return redis.Redis.from_url(self.url, decode_responses=True)

    def away(self) -> Refuser:
        """Redis gone, and a listener on its port in its place that hangs up on every
        connection, counting them: how the test sees the worker trying to reconnect."""
        self.kill()
        return Refuser(self.port)


class Refuser:
    def __init__(self, port: int) -> None:
        import socket
        import threading

        self.attempts = 0
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(64)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:  # closed
                return
            self.attempts += 1
            conn.close()

    def close(self) -> None:
        import socket

        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()
        self.thread.join(timeout=10)


@pytest.fixture
def own_redis(tmp_path: Path):
    import shutil

    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("these tests stop and restart a Redis of their own: redis-server is not "
                    "on PATH (Debian package redis-server; .ci/run installs it)")
    folder = tmp_path / "redis"
    folder.mkdir()
    server = OwnRedis(folder, binary)
    yield server
    server.kill()


@pytest.fixture
def demo_portal():
    server = DemoServer(n_articles=300, family="prmn", broken_pages=False, delay_seconds=0.05)
    server.start()
    yield server
    server.stop()


def demo_worker(redis_url: str, data: Path, server: DemoServer, window: float
                ) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "newscrawl.cli", "worker", "--redis", redis_url, "demo",
         "--data-dir", str(data), "--base-url", f"demo={server.base_url}",
         "-a", "max_pages=40", "--lease-seconds", "2", "-s", f"{RECONNECT}={window:g}"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=WORKER_ENV)


def wait_for(what: str, done, proc: subprocess.Popen[str], timeout: float = 120) -> None:
    """Poll until `done()`; fail (killing the worker) if it never comes or the worker ends."""
    deadline = time.monotonic() + timeout
    while not done():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            out, err = proc.communicate()
            pytest.fail(f"never saw {what} (worker exit {proc.returncode}): "
                        f"{out[-1000:]} {err[-2000:]}")
        time.sleep(0.05)


def log_says(data: Path, text: str) -> bool:
    return any(text in path.read_text("utf-8", "replace") for path in data.glob("logs/*.log"))


def ends(proc: subprocess.Popen[str], timeout: float) -> tuple[int, str, str, float]:
    """The worker's exit code, stdout, stderr and how long it took to end; a worker still
    running after `timeout` is a hang: killed, and the test fails."""
    started = time.monotonic()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"the worker hung: still running {timeout:g} s after the fault; "
                    f"stderr: {err[-2000:]}")
    return proc.returncode, out, err, time.monotonic() - started


def one_line_naming_redis(err: str, out: str, redis: OwnRedis, *words: str) -> str:
    assert "Traceback" not in err + out and "Unhandled error" not in err + out, err[-3000:]
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err[-3000:]
    assert lines[0].startswith("newscrawl worker: Redis at 127.0.0.1:" + str(redis.port))
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.slow
def test_redis_stopped_for_good_stops_the_worker_after_its_window_with_one_line(
        own_redis: OwnRedis, demo_portal: DemoServer, tmp_path: Path) -> None:
    own_redis.start()
    data = tmp_path / "data"
    proc = demo_worker(own_redis.url, data, demo_portal, window=3)
    wait_for("10 records written", lambda: len(records(data)) >= 10, proc)
    own_redis.kill()  # and never back
    code, out, err, took = ends(proc, timeout=120)
    one_line_naming_redis(err, out, own_redis, "Connection refused", "gave up after 3 s",
                          f"{RECONNECT}=3")
    from newscrawl.exits import EXIT_REDIS

    assert code == EXIT_REDIS and err.rstrip().endswith(f"(exit {EXIT_REDIS})"), (out, err)
    assert log_says(data, "reconnecting for up to 3 s")  # it did try, for its window
    assert f"Redis unavailable (distributed run) (exit {EXIT_REDIS})" in out
    assert "[stopped: Redis unavailable" in out  # the portal's own line says why
    assert took < 3 + 60  # the window, then a prompt close: not a hang (was 150 s and more)


@pytest.mark.slow
def test_sigterm_while_the_worker_waits_for_redis_stops_it_at_once(
        own_redis: OwnRedis, demo_portal: DemoServer, tmp_path: Path) -> None:
    own_redis.start()
    data = tmp_path / "data"
    proc = demo_worker(own_redis.url, data, demo_portal, window=600)
    wait_for("10 records written", lambda: len(records(data)) >= 10, proc)
    refuser = own_redis.away()
    try:
        wait_for("the worker trying to reconnect", lambda: refuser.attempts >= 3, proc)
        proc.send_signal(signal.SIGTERM)
        code, out, err, took = ends(proc, timeout=60)
    finally:
        refuser.close()
    # What Redis "said" is the hang-up: "Connection closed by server" or "... reset by peer".
    one_line_naming_redis(err, out, own_redis, "Connection ", "stopped (signal)")
    from newscrawl.exits import EXIT_REDIS

    assert code == EXIT_REDIS, (out, err[-3000:])
    assert took < 30  # not the 600 s window


def restarted_mid_run(own_redis: OwnRedis, portal: DemoServer, data: Path, *,
                      persistent: bool) -> tuple[int, str, str]:
    """A worker's Redis goes away after 10 records are written and comes back once the worker
    has tried to reconnect 3 times (with AOF, fsync always, when `persistent`: what the
    README asks for); the worker's exit code, stdout and stderr."""
    own_redis.start(persistent=persistent)
    proc = demo_worker(own_redis.url, data, portal, window=120)
    wait_for("10 records written", lambda: len(records(data)) >= 10, proc)
    refuser = own_redis.away()
    try:
        wait_for("the worker trying to reconnect", lambda: refuser.attempts >= 3, proc)
    finally:
        refuser.close()
    own_redis.start(persistent=persistent)
    code, out, err, _ = ends(proc, timeout=300)
    return code, out, err


@pytest.mark.slow
def test_redis_restarted_within_the_window_costs_the_run_nothing(
        own_redis: OwnRedis, demo_portal: DemoServer, tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out, err = restarted_mid_run(own_redis, demo_portal, data, persistent=True)
    assert code == 0, (out, err[-3000:])
    assert err.strip() == "" and " ok (exit 0) " in out
    urls = Counter(r["url"] for r in records(data))
    assert len(urls) == 300 and max(urls.values()) == 1  # every article, exactly once
    assert log_says(data, "answers again after")
    assert own_redis.client().hlen("newscrawl:pending:demo") == 0


@pytest.mark.slow
def test_redis_restarted_empty_is_said_and_not_taken_for_a_complete_run(
        own_redis: OwnRedis, demo_portal: DemoServer, tmp_path: Path) -> None:
    # no persistence: a restart loses the run's queue and pending articles
    code, out, err = restarted_mid_run(own_redis, demo_portal, tmp_path / "data",
                                       persistent=False)
    one_line_naming_redis(err, out, own_redis, "restarted without its data", "appendonly yes")
    from newscrawl.exits import EXIT_REDIS

    assert code == EXIT_REDIS, (out, err[-3000:])


@pytest.mark.slow
def test_redis_out_of_memory_stops_the_worker_naming_redis_and_the_articles_left(
        own_redis: OwnRedis, demo_portal: DemoServer, tmp_path: Path) -> None:
    own_redis.start()
    db = own_redis.client()
    data = tmp_path / "data"
    proc = demo_worker(own_redis.url, data, demo_portal, window=3)
    wait_for("10 records written", lambda: len(records(data)) >= 10, proc)
    # Memory full: with `noeviction`, Redis refuses every write (reads still work).
    db.config_set("maxmemory-policy", "noeviction")
    db.config_set("maxmemory", max(1, int(db.info("memory")["used_memory"]) // 2))
    code, out, err, _ = ends(proc, timeout=120)
    pending = db.hlen("newscrawl:pending:demo")
    assert pending > 0
    line = one_line_naming_redis(err, out, own_redis, "out of memory (OOM)", "maxmemory",
                                 f"{pending} articles listed are still pending")
    assert "data directory" not in line + out  # was exit 7, "cannot write the data directory"
    from newscrawl.exits import EXIT_REDIS

    assert code == EXIT_REDIS, (out, err[-3000:])
    assert f"| {pending} articles still pending |" in out
    # Memory given back: the next run fetches what was left, and only then says ok.
    db.config_set("maxmemory", 0)
    again = demo_worker(own_redis.url, data, demo_portal, window=3)
    code, out, err, _ = ends(again, timeout=300)
    assert code == 0 and " ok (exit 0) " in out and "pending" not in out, (out, err[-3000:])
    urls = Counter(r["url"] for r in records(data))
    assert len(urls) == 300 and max(urls.values()) == 1
    assert db.hlen("newscrawl:pending:demo") == 0


def test_a_run_with_articles_still_pending_never_says_ok() -> None:
    from newscrawl.crawl.runner import PortalOutcome, judge, summary_line
    from newscrawl.exits import EXIT_OK

    done = PortalOutcome("demo", {"finish_reason": "finished", "newscrawl/section_pages": 3,
                                  "newscrawl/links_listed": 60, "item_scraped_count": 38,
                                  "newscrawl/pending_left": 22})
    code = judge([done])
    assert code != EXIT_OK
    assert "22 articles listed and still pending" in done.problem()
    line = summary_line([done], code, 1.0, None)
    assert "ok (exit 0)" not in line and "22 articles still pending" in line
    done.stats["newscrawl/pending_left"] = 0
    assert judge([done]) == EXIT_OK and "pending" not in summary_line([done], EXIT_OK, 1.0, None)


def test_a_claim_takes_the_portals_of_one_host_together(redis_url: str) -> None:
    """detik's desks share www.detik.com: a worker claims them as one unit, so no two
    workers fetch from one host at once, each at its own pace."""
    from newscrawl.catalog import load_catalog
    from newscrawl.crawl.distributed.guard import connect
    from newscrawl.crawl.distributed.work import WorkQueue
    from newscrawl.crawl.runner import host_groups

    catalog = load_catalog()
    desks = sorted(pid for pid, p in catalog.items() if p.base_url.startswith(
        "https://www.detik.com/"))
    assert len(desks) >= 2  # the catalog's desks on one host
    portals = [catalog[pid] for pid in ["prfmnews", *desks, "demo"] if pid in catalog]
    groups = host_groups(portals)
    assert sorted(groups[1]) == desks and all(len(g) == 1 for g in groups[:1] + groups[2:])
    queue = WorkQueue(connect(redis_url), lease_seconds=30)
    assert queue.seed(groups) == 1
    assert queue.status() == (len(portals), 0)
    units = [queue.claim() for _ in groups]
    assert queue.claim() is None
    assert [queue.portals(u) for u in units] == groups
    assert queue.status() == (0, len(portals))  # every portal held under a live lease
    queue.release(units[1])
    assert queue.status() == (0, len(portals) - len(desks))
    assert queue.seed(groups) == 0  # a run in progress: nothing seeded
