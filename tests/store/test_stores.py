"""Every seen-store backend does what the interface declares, the same way: one behaviour
test, run against SQLite and against Redis (the Redis half skips where no redis-server or
redis extra is at hand)."""

from __future__ import annotations

import inspect
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newscrawl.store.protocol import SeenStoreProtocol, change_digest
from newscrawl.store.sqlite import SeenStore


@pytest.fixture(params=["sqlite", "redis"])
def store(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        made = SeenStore(tmp_path / "seen.sqlite")
    else:
        pytest.importorskip("redis", reason="the redis extra is not installed")
        from newscrawl.store.redis import RedisSeenStore

        made = RedisSeenStore.from_url(request.getfixturevalue("redis_url"))
    yield made
    made.close()


def test_both_stores_keep_articles_pending_sections_and_files_alike(store, tmp_path: Path
                                                                    ) -> None:
    url, alias = "https://p.example/a/1", "https://p.example/a/1?page=1"
    store.add_pending("p", "berita", [url, "https://p.example/a/2", "https://p.example/a/3"])
    assert store.pending_count("p") == 3
    store.record(url, portal="p", published_at="2024-03-01T07:00:00+08:00",
                 digest=change_digest("T", "B"), run_file=str(tmp_path / "run.jsonl"),
                 aliases={alias}, file_offset=10)
    assert store.get(url).portal == "p" and store.get(alias).url == url
    assert store.pending_count("p") == 2  # written: no longer pending
    for _ in range(3):
        store.failed_attempt("https://p.example/a/3")
    retry, given_up = store.take_pending("p")
    assert retry == [("https://p.example/a/2", "berita")]
    assert given_up == ["https://p.example/a/3"]
    store.forget_pending({"https://p.example/a/2"})
    assert store.pending_count() == 0
    assert store.section_state("p", "berita") is None
    store.start_section("p", "berita")
    assert store.section_state("p", "berita").owes(5)
    store.finish_section("p", "berita", covered=5, exhausted=False)
    assert not store.section_state("p", "berita").owes(5)
    assert store.section_state("p", "berita").owes(6)
    # Healing from a run file: records past the stored offset are stored once.
    run = tmp_path / "p" / "2024-03-01T00-00-00Z.jsonl"
    run.parent.mkdir()
    run.write_text("".join(json.dumps({"url": f"https://p.example/b/{i}", "title": "T",
                                       "body": "B"}) + "\n" for i in range(4))
                   + '{"url": "https://p.exa', encoding="utf-8")
    assert store.reconcile("p", [run]) == 4
    assert store.reconcile("p", [run]) == 0
    assert store.count("p") == 5 and store.count() == 5
    assert store.urls("p") == {url, *(f"https://p.example/b/{i}" for i in range(4))}
    # Article pages read as invalid: remembered with the time, each URL that led there.
    assert store.dropped_at("https://p.example/c/1") is None
    store.note_dropped({"https://p.example/c/1", "https://p.example/c/1?x"}, portal="p",
                       reason="missing_body")
    when = datetime.fromisoformat(store.dropped_at("https://p.example/c/1?x"))
    assert abs((datetime.now(UTC) - when).total_seconds()) < 60
    assert store.dropped_at("https://p.example/c/2") is None


def test_every_backend_declares_the_whole_interface() -> None:
    from newscrawl.store import redis as redis_store

    declared = {name for name, _ in inspect.getmembers(SeenStoreProtocol, inspect.isfunction)
                if not name.startswith("_")}
    assert len(declared) >= 20
    for backend in (SeenStore, redis_store.RedisSeenStore):
        for name in declared:
            mine = getattr(backend, name, None)
            assert callable(mine), f"{backend.__name__} lacks {name}"
            # the same parameters, by name and kind, as the protocol declares
            wanted = inspect.signature(getattr(SeenStoreProtocol, name)).parameters
            got = inspect.signature(mine).parameters
            assert [(p.name, p.kind) for p in got.values()] == \
                [(p.name, p.kind) for p in wanted.values()], f"{backend.__name__}.{name}"


def test_the_sqlite_store_is_a_seen_store(tmp_path: Path) -> None:
    store = SeenStore(tmp_path / "seen.sqlite")
    assert isinstance(store, SeenStoreProtocol)
    store.close()
