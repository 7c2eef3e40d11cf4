"""Syndicated copies: `newscrawl export` groups the same article republished on other
portals (another dateline, headline, promo lines, a trimmed ending), never two stories
that only share their names and topic."""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newscrawl import export as ex
from newscrawl.demo import stories
from newscrawl.export import syndication
from newscrawl.lang.dateline import without_dateline
from newscrawl.model.article import Article

SAMPLE_PORTALS = {"demo": "prmn", "demotribun": "tribun", "demodetik": "detik"}
WITA = timezone(timedelta(hours=8))
START = datetime(2024, 3, 1, 8, 0, tzinfo=WITA)


def _record(portal: str, n: int, story: stories.Story, published: datetime) -> dict:
    return Article(
        url=f"http://127.0.0.1:8000/{portal}/berita/pr-{n}/{portal}-{n}", portal=portal,
        site_name=portal, family=SAMPLE_PORTALS[portal], title=story.title,
        published_at=published.isoformat(), published_raw=published.isoformat(),
        published_tz_source="explicit", body=story.body,
        crawled_at="2024-03-30T00:00:00Z").to_record()


def planted(originals: int = 60) -> tuple[list[dict], dict[str, str]]:
    """Records of the three sample portals: stories, their copies on other portals (each
    kind of change alone and all together) and, for every second story, another story
    with the same place, person, topic and role; with each record's true group (the URL
    of its story's first record)."""
    rnd = random.Random(2024)
    records: list[dict] = []
    truth: dict[str, str] = {}
    kinds = [dict(promos=0, trim_last=False, retitle=False),  # another dateline only
             dict(promos=3, trim_last=False, retitle=False),  # promo lines
             dict(promos=0, trim_last=True, retitle=False),  # the last paragraph trimmed
             dict(promos=0, trim_last=False, retitle=True),  # another headline
             dict(promos=2, trim_last=True, retitle=True)]  # all of it
    number = itertools.count(1)
    for i in range(originals):
        portal = list(SAMPLE_PORTALS)[i % 3]
        published = START + timedelta(hours=7 * i)
        story = stories.story(100 + i)
        first = _record(portal, next(number), story, published)
        records.append(first)
        truth[first["url"]] = first["url"]
        for c, kind in enumerate(rnd.sample(kinds, rnd.randint(0, 3))):
            other = list(SAMPLE_PORTALS)[(i + 1 + c) % 3]
            copy = stories.syndicated(story, seed=1000 * i + c, **kind)
            record = _record(other, next(number), copy,
                             published + timedelta(minutes=rnd.randint(5, 600)))
            records.append(record)
            truth[record["url"]] = first["url"]
        if i % 2 == 0:
            place = story.dateline.split(",")[0].title()
            person = next(p for p in stories.PEOPLE if p in story.body)
            topic = next(t for t in stories.TOPICS if t in story.body)
            role = next(r for r in stories.ROLES if f"{r} {place}" in story.body + story.title)
            same_names = stories.story(5000 + i, place=place, person=person, topic=topic,
                                       role=role)
            record = _record(portal, next(number), same_names,
                             published + timedelta(minutes=rnd.randint(5, 600)))
            records.append(record)
            truth[record["url"]] = record["url"]
    return records, truth


def _pairs(groups: dict[str, str]) -> set[frozenset[str]]:
    members: dict[str, set[str]] = defaultdict(set)
    for url, group in groups.items():
        members[group].add(url)
    return {frozenset(pair) for urls in members.values()
            for pair in itertools.combinations(sorted(urls), 2)}


def _write(data: Path, records: list[dict]) -> None:
    for portal in SAMPLE_PORTALS:
        folder = data / portal
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "2024-03-30T00-00-00Z.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records
                    if r["portal"] == portal), encoding="utf-8")


def test_planted_copies_are_found_and_point_to_their_earliest_record(tmp_path: Path) -> None:
    records, truth = planted()
    copies = Counter(r["portal"] for r in records if truth[r["url"]] != r["url"])
    assert sum(copies.values()) >= 50  # enough copies of every kind to measure by
    _write(tmp_path / "data", records)
    result = ex.export(tmp_path / "data", tmp_path / "out", "jsonl", progress=False,
                       filters=ex.Filters(include_sample=True))
    rows = [json.loads(line) for line in
            (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) == len(records) == result.stats.kept
    found = {row["url"]: row["syndication_group"] for row in rows}
    planted_pairs, found_pairs = _pairs(truth), _pairs(found)
    precision = len(planted_pairs & found_pairs) / len(found_pairs)
    recall = len(planted_pairs & found_pairs) / len(planted_pairs)
    assert precision >= 0.98 and recall >= 0.98, (precision, recall)
    # The group is named by its earliest record, which names itself.
    right = sum(found[url] == group for url, group in truth.items())
    assert right >= 0.98 * len(truth)
    # The card counts the copies and the groups, by portal.
    card = (tmp_path / "out" / "README.md").read_text("utf-8")
    found_copies = Counter(row["portal"] for row in rows
                           if row["syndication_group"] != row["url"])
    groups = len({g for u, g in found.items() if g != u})
    assert (f"{sum(found_copies.values())} records repeat an earlier one, in {groups} groups"
            in card)
    for portal, count in found_copies.items():
        started = len({g for u, g in found.items() if g != u and f"/{portal}/" in g})
        assert f"| {portal} | {count} | {started} |" in card
    assert abs(sum(found_copies.values()) - sum(copies.values())) <= 0.02 * len(records)


def test_without_syndication_the_field_is_null_and_the_card_says_so(tmp_path: Path) -> None:
    records, _ = planted(originals=6)
    _write(tmp_path / "data", records)
    ex.export(tmp_path / "data", tmp_path / "out", "jsonl", progress=False,
              filters=ex.Filters(include_sample=True), syndication=False)
    rows = [json.loads(line) for line in
            (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()]
    assert rows and all(row["syndication_group"] is None for row in rows)
    assert "Syndicated copies were not looked for" in \
        (tmp_path / "out" / "README.md").read_text("utf-8")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_every_format_carries_the_group(tmp_path: Path, fmt: str) -> None:
    import newscrawl

    records, truth = planted(originals=6)
    _write(tmp_path / "data", records)
    ex.export(tmp_path / "data", tmp_path / "out", fmt, progress=False,
              filters=ex.Filters(include_sample=True))
    frame = newscrawl.load(tmp_path / "out")
    assert dict(zip(frame["url"], frame["syndication_group"], strict=True)) == truth


def test_the_sample_portals_articles_are_not_copies_of_each_other() -> None:
    # The demo's articles are made from templates; each must still be its own text, or a
    # demo export would call a third of them copies.
    from newscrawl.demo import site

    bodies = []
    for number in range(1, 201):
        article = site.article(number)
        bodies.append("\n\n".join(p for page in range(1, article.pages + 1)
                                  for p in site.paragraph_texts(article, page)))
    sigs, usable = syndication.signatures(bodies)
    assert usable.all()
    closest = max(syndication.similarity(sigs[i], sigs[j])
                  for i in range(len(bodies)) for j in range(i))
    assert closest < syndication.SAME_STORY


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", without_dateline(text).lower())
    return {tuple(words[k:k + 3]) for k in range(len(words) - 2)}


def test_signatures_estimate_the_jaccard_similarity_of_word_shingles() -> None:
    rnd = random.Random(7)
    vocabulary = [f"kata{i}" for i in range(2000)]
    errors = []
    for _ in range(200):
        a = rnd.choices(vocabulary, k=rnd.choice([60, 200, 800]))
        keep = rnd.random()
        b = [w if rnd.random() < keep else rnd.choice(vocabulary) for w in a]
        first, second = " ".join(a), " ".join(b)
        sa, sb = _shingles(first), _shingles(second)
        sigs, _ = syndication.signatures([first, second])
        errors.append(syndication.similarity(sigs[0], sigs[1]) - len(sa & sb) / len(sa | sb))
    assert abs(sum(errors) / len(errors)) < 0.02  # unbiased
    assert max(map(abs, errors)) < 0.25  # 64 values: a standard error of at most 0.0625


def test_short_or_empty_bodies_stand_alone(tmp_path: Path) -> None:
    index = syndication.SyndicationIndex(tmp_path)
    short = "Foto: suasana banjir di Makassar pagi ini."
    records = [{"url": f"u{i}", "portal": "demo", "body": body}
               for i, body in enumerate([short, short, "", None])]
    assert [r["syndication_group"] for r in index.through(records)] == ["u0", "u1", "u2", "u3"]
    index.close()


def test_the_bloom_filter_never_forgets_a_key_and_rules_out_most_others() -> None:
    rng = random.Random(5)
    held = syndication.np.array([rng.getrandbits(63) for _ in range(20_000)], dtype="int64")
    others = syndication.np.array([rng.getrandbits(63) for _ in range(20_000)], dtype="int64")
    bloom = syndication.BloomFilter(size_bytes=1 << 16)  # 524,288 bits for 20,000 keys
    bloom.add(held)
    assert bloom.may_hold(held).all()  # never "no" for a key it holds
    assert bloom.may_hold(others).sum() < 0.01 * len(others)  # ~0.1 % false "maybe"s


def test_copies_are_found_whether_their_original_waits_in_memory_or_is_in_the_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Index runs of a few batches: originals of later copies are in memory for some, in
    # the SQLite index for others; the groups are the same as with everything in memory.
    records = []
    for i in range(600):
        story = stories.story(i)
        records.append({"url": f"https://a.example/{i}", "portal": "a", "body": story.body})
        if i % 7 == 3:
            copy = stories.syndicated(story, seed=i, promos=2)
            records.append({"url": f"https://b.example/{i}", "portal": "b", "body": copy.body})

    def groups(flush_keys: int) -> list[str]:
        monkeypatch.setattr(syndication, "FLUSH_KEYS", flush_keys)
        folder = tmp_path / str(flush_keys)
        folder.mkdir()
        index = syndication.SyndicationIndex(folder, batch_bytes=20_000)
        try:
            return [r["syndication_group"] for r in index.through([dict(r) for r in records])]
        finally:
            index.close()

    in_memory, flushed = groups(10**9), groups(300)
    assert flushed == in_memory
    copies = [(r["url"], g) for r, g in zip(records, flushed, strict=True) if r["portal"] == "b"]
    assert len(copies) == 86
    assert all(g == url.replace("b.example", "a.example") for url, g in copies)
