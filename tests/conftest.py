from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newscrawl.demo.server import DemoServer

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent
# Real captures are third-party material: they stay in ../shared beside the repository.
SHARED = REPO.parent / "shared"
SHARED_PAGES = SHARED / "pages"
BENCHMARK = SHARED / "benchmarks" / "article-extraction"


def kill_when(cmd: list[str], progress: Callable[[], int], reaches: int, *,
              timeout: float = 120) -> bool:
    """Start `cmd` and SIGKILL it once `progress()` reaches `reaches`: a kill timed from the
    run's progress (records written, requests at the server), never from a clock. True if it
    was killed; a run that ended first is simply not."""
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while proc.poll() is None and progress() < reaches and time.monotonic() < deadline:
        time.sleep(0.003)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return killed


def shared_page(relative: str) -> Path:
    """A real saved page from ../shared/pages; the test is skipped where it is absent."""
    path = SHARED_PAGES / relative
    if not path.is_file():
        pytest.skip(f"real page {relative} is not here: ../shared/pages is absent "
                    f"(real captures are not committed to this repository)")
    return path


@pytest.fixture(scope="module")
def demo_server() -> Iterator[DemoServer]:
    """The sample portal on 127.0.0.1, started and stopped by the tests."""
    with DemoServer(n_articles=30, slow_seconds=3.0) as server:
        yield server


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Redis on 127.0.0.1: the one `.ci/run` started (NEWSCRAWL_TEST_REDIS_URL), or
    one started here from `redis-server` on PATH and stopped by PID; skipped, saying why,
    only when neither is possible."""
    import os
    import shutil
    import signal
    import socket
    import subprocess
    import time

    given = os.environ.get("NEWSCRAWL_TEST_REDIS_URL")
    if given:
        yield given
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("no Redis: set NEWSCRAWL_TEST_REDIS_URL or install redis-server "
                    "(Debian package redis-server; .ci/run installs it)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1",
                             "--save", "", "--appendonly", "no", "--dir", str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    else:
        proc.kill()
        pytest.skip(f"redis-server did not start on port {port}")
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)


@pytest.fixture
def redis_url(redis_server: str) -> str:
    """The test Redis, emptied for this test."""
    redis = pytest.importorskip("redis", reason="the redis extra is not installed")
    client = redis.Redis.from_url(redis_server)
    client.flushdb()
    client.close()
    return redis_server
