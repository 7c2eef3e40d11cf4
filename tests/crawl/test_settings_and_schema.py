"""Politeness defaults, remote shells off, and the record schema documented in one place."""

from __future__ import annotations

import re

import pytest
from scrapy.settings import Settings

from newscrawl.crawl import settings as project_settings
from newscrawl.model.article import ARTICLE_FIELDS, FIELD_DOCS, Article

from ..conftest import REPO


def _settings() -> Settings:
    s = Settings()
    s.setmodule(project_settings, priority="project")
    return s


def test_polite_by_default() -> None:
    s = _settings()
    assert s.getbool("ROBOTSTXT_OBEY")
    assert s.getbool("AUTOTHROTTLE_ENABLED")
    assert 0 < s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 8
    assert re.search(r"^newscrawl/\S+ \(research crawler", s.get("USER_AGENT"))


def test_contact_goes_into_the_user_agent() -> None:
    from newscrawl.crawl.spiders.arguments import contact_warning
    from newscrawl.crawl.spiders.portals import ZonajakartaSpider

    # From the command line (-s NEWSCRAWL_CONTACT=...): the spider builds the User-Agent.
    s = _settings()
    s.set("NEWSCRAWL_CONTACT", "https://lab.example/crawl", priority="cmdline")
    ZonajakartaSpider.update_settings(s)
    assert s.get("USER_AGENT") == ("newscrawl/0.1 (research crawler of Indonesian regional "
                                   "news; +https://lab.example/crawl)")
    assert contact_warning(s, "zonajakarta.pikiran-rakyat.com") is None
    # A User-Agent given on the command line is used as it is.
    s = _settings()
    s.set("USER_AGENT", "lab-bot/1 (+mailto:me@lab.example)", priority="cmdline")
    s.set("NEWSCRAWL_CONTACT", "https://lab.example/crawl", priority="cmdline")
    ZonajakartaSpider.update_settings(s)
    assert s.get("USER_AGENT") == "lab-bot/1 (+mailto:me@lab.example)"
    # Unset: a warning naming the setting for a real portal, none for the sample portal.
    s = _settings()
    ZonajakartaSpider.update_settings(s)
    assert "contact not set" in s.get("USER_AGENT")
    warning = contact_warning(s, "zonajakarta.pikiran-rakyat.com")
    assert warning and "NEWSCRAWL_CONTACT is not set" in warning
    assert contact_warning(s, "127.0.0.1") is None


def test_newscrawl_crawl_warns_once_without_a_contact(capsys: pytest.CaptureFixture[str]) -> None:
    from newscrawl.catalog import get_portal
    from newscrawl.cli.common import warn_without_contact

    portals = [get_portal("zonajakarta"), get_portal("zonabanten"), get_portal("demo")]
    warn_without_contact(portals, {}, _settings(), {})
    assert capsys.readouterr().err.count("NEWSCRAWL_CONTACT is not set") == 1
    warn_without_contact(portals, {}, _settings(), {"NEWSCRAWL_CONTACT": "me@lab.example"})
    warn_without_contact([get_portal("demo")], {}, _settings(), {})
    assert capsys.readouterr().err == ""


def test_telnet_console_and_remote_control_stay_off() -> None:
    s = _settings()
    assert s.getbool("TELNETCONSOLE_ENABLED") is False
    assert s.getbool("REMOTE_CONTROL_ENABLED") is False


def test_feed_is_utf8_jsonlines_with_every_field_in_order() -> None:
    s = _settings()
    uri = s.get("NEWSCRAWL_FEED")
    assert uri.endswith(".jsonl") and "%(name)s" in uri and "%(run_time)s" in uri
    # Every JSON-lines feed goes through the durable exporter (the one write path).
    assert s.getdict("FEED_EXPORTERS")["jsonlines"] == \
        "newscrawl.crawl.feeds.DurableJsonLinesExporter"
    assert s.get("FEED_EXPORT_ENCODING") == "utf-8"
    assert s.getlist("FEED_EXPORT_FIELDS") == ARTICLE_FIELDS
    assert list(Article().to_record()) == ARTICLE_FIELDS


def test_readme_documents_every_field_in_order() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("## The record", 1)[1]
    documented = re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE)
    assert documented == ARTICLE_FIELDS == list(FIELD_DOCS)
