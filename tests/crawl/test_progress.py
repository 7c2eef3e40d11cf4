"""Live progress of `newscrawl crawl`: on a terminal only, and the right counts."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from newscrawl.crawl.progress import errors_in
from newscrawl.demo.server import DemoServer


def crawl(data: Path, base_url: str, stderr: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "newscrawl.cli", "crawl", "demo", "--data-dir", str(data),
         "--base-url", base_url], stdout=subprocess.PIPE, stderr=stderr)


def test_progress_on_a_terminal_and_not_in_a_pipe(tmp_path: Path) -> None:
    with DemoServer(n_articles=20, broken_pages=False, delay_seconds=0.05) as server:
        # stderr a pseudo-terminal: the live line shows the portal, pages, new articles.
        primary, secondary = pty.openpty()
        proc = crawl(tmp_path / "tty", server.base_url, secondary)
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=180)
        os.close(primary)
        shown = b"".join(chunks).decode("utf-8", "replace")
        assert proc.returncode == 0, shown
        frames = [tuple(map(int, f)) for f in
                  re.findall(r"demo: (\d+) pages, (\d+) articles, (\d+) errors", shown)]
        assert len(frames) >= 2, shown
        assert frames == sorted(frames)  # counts only grow
        assert frames[-1][0] >= 20 and 0 < frames[-1][1] <= 20
        assert all(errors == 0 for _, _, errors in frames)
        assert "\r" in shown  # redrawn in place
        # stderr a pipe (cron, `2>log`): no progress line at all; the summary as before.
        piped = subprocess.run(
            [sys.executable, "-m", "newscrawl.cli", "crawl", "demo", "--data-dir",
             str(tmp_path / "pipe"), "--base-url", server.base_url],
            capture_output=True, text=True, timeout=180)
        assert piped.returncode == 0, piped.stderr
        assert "pages" not in piped.stderr and "\r" not in piped.stderr
        assert re.search(r"newscrawl crawl: ok \(exit 0\) \| 1 portal, \d+ pages, 20 new",
                         piped.stdout), piped.stdout


def test_errors_counted_as_the_summary_counts_them() -> None:
    stats = {"newscrawl/http_errors/500": 2, "newscrawl/request_errors/TimeoutError": 1,
             "spider_exceptions/ValueError": 1, "log_count/ERROR": 9, "newscrawl/new": 5}
    assert errors_in(stats) == 4
