"""Politeness defaults, remote shells off, and the record schema documented in one place."""

from __future__ import annotations

import re

from scrapy.settings import Settings

from newscrawl import settings as project_settings
from newscrawl.items import ARTICLE_FIELDS, FIELD_DOCS, Article

from .conftest import REPO


def _settings() -> Settings:
    s = Settings()
    s.setmodule(project_settings, priority="project")
    return s


def test_polite_by_default() -> None:
    s = _settings()
    assert s.getbool("ROBOTSTXT_OBEY")
    assert s.getbool("AUTOTHROTTLE_ENABLED")
    assert 0 < s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 8
    assert re.search(r"newscrawl/\S+ \(.*\+https?://", s.get("USER_AGENT"))


def test_telnet_console_and_remote_control_stay_off() -> None:
    s = _settings()
    assert s.getbool("TELNETCONSOLE_ENABLED") is False
    assert s.getbool("REMOTE_CONTROL_ENABLED") is False


def test_feed_is_utf8_jsonlines_with_every_field_in_order() -> None:
    s = _settings()
    uri = s.get("NEWSCRAWL_FEED")
    assert uri.endswith(".jsonl") and "%(name)s" in uri and "%(run_time)s" in uri
    # Every JSON-lines feed goes through the durable exporter (the one write path).
    assert s.getdict("FEED_EXPORTERS")["jsonlines"] == "newscrawl.feeds.DurableJsonLinesExporter"
    assert s.get("FEED_EXPORT_ENCODING") == "utf-8"
    assert s.getlist("FEED_EXPORT_FIELDS") == ARTICLE_FIELDS
    assert list(Article().to_record()) == ARTICLE_FIELDS


def test_readme_documents_every_field_in_order() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("## The record", 1)[1]
    documented = re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE)
    assert documented == ARTICLE_FIELDS == list(FIELD_DOCS)
