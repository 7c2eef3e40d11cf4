from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newscrawl.demo.server import DemoServer

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def demo_server() -> Iterator[DemoServer]:
    """The sample portal on 127.0.0.1, started and stopped by the tests."""
    with DemoServer(n_articles=30, slow_seconds=3.0) as server:
        yield server
