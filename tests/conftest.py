from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newscrawl.demo.server import DemoServer

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent
# Real captures are third-party material: they stay in ../shared beside the repository.
SHARED = REPO.parent / "shared"
SHARED_PAGES = SHARED / "pages"
BENCHMARK = SHARED / "benchmarks" / "article-extraction"


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
