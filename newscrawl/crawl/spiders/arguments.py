"""What a portal spider takes from the command line: its `-a` arguments checked (a day, a
whole number, Scrapy's own spider attributes), and the warning a crawl without a contact
in its User-Agent logs."""

from __future__ import annotations

from datetime import date
from typing import Any

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def contact_warning(settings: Any, host: str) -> str | None:
    """The warning a crawl of `host` logs when nobody can be reached through its User-Agent."""
    if settings.get("NEWSCRAWL_CONTACT") or host in LOOPBACK \
            or "contact not set" not in (settings.get("USER_AGENT") or ""):
        return None
    return (f"NEWSCRAWL_CONTACT is not set: {host} sees no way to reach you in the User-Agent. "
            f"Set it (export NEWSCRAWL_CONTACT=https://your.site/contact or "
            f"-s NEWSCRAWL_CONTACT=you@example.org)")


def date_arg(name: str, value: str | None, example: str) -> date | None:
    """A spider argument that is a day (`-a since=2024-01-31`), or None where not given."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be a date like {example}, got {value!r}") from None


def positive_int(name: str, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a whole number, got {value!r}") from None
    if number < 1:
        raise ValueError(f"{name} must be 1 or more, got {number}")
    return number


# Spider attributes Scrapy's own middlewares read, which `-a` may set (each has a setting
# too): accepted as Scrapy accepts them.
SCRAPY_SPIDER_ATTRIBUTES = frozenset({
    "user_agent", "http_user", "http_pass", "http_auth_domain", "download_timeout",
    "download_maxsize", "download_warnsize", "handle_httpstatus_list", "handle_httpstatus_all",
})


def contact_user_agent(settings: Any) -> None:
    """The User-Agent with the contact in it. The contact may come from -s NEWSCRAWL_CONTACT
    after settings.py built USER_AGENT; a USER_AGENT given on the command line (priority
    above the spider's) stays as is."""
    contact = settings.get("NEWSCRAWL_CONTACT")
    if contact and settings.get("NEWSCRAWL_USER_AGENT"):
        settings.set("USER_AGENT", settings.get("NEWSCRAWL_USER_AGENT").format(
            contact=contact), priority="spider")
