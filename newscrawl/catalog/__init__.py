"""The portal catalog: one TOML data file per CMS family in this folder.

Pure module (no Scrapy import). `load_catalog()` reads every `*.toml` file
here, then those of the folders NEWSCRAWL_CATALOG_PATH names (your own portals of known
families, without editing the package), then the bundled sample portals of
`sample/portals.toml`, and returns the portals by id.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from newscrawl.pages.html.urls import rebase

CATALOG_DIR = Path(__file__).parent
# Folders of more catalog files (os.pathsep between them), read after the bundled ones.
CATALOG_PATH_VARIABLE = "NEWSCRAWL_CATALOG_PATH"
SAMPLE_CATALOG = CATALOG_DIR / "sample" / "portals.toml"
PORTAL_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class CatalogError(ValueError):
    """A catalog file or entry is malformed."""


# The evidence line of a portal made from a URL outside the catalog.
AD_HOC_EVIDENCE = "ad hoc"


@dataclass(frozen=True)
class Portal:
    id: str
    name: str
    family: str
    base_url: str
    sections: tuple[str, ...]
    province: str
    timezone: str
    evidence: str
    old_domains: tuple[str, ...] = ()
    extra_hosts: tuple[str, ...] = ()  # other hosts of the portal (CDN-less article hosts)
    settings: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    selectors: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    sample: bool = False  # a bundled sample portal (catalog/sample/), not a real one
    # Other ways in (newscrawl.crawl.discovery): sitemap paths or "robots" (those robots.txt
    # announces), feed paths, a date archive pattern (`indeks?date={Y-m-d}`).
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    archive: str = ""
    # A one-page article `scrapy check`'s contracts fetch (the sample portals only: a real
    # portal has none, and `scrapy check` never crawls the web).
    check_article: str = ""

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    @property
    def in_catalog(self) -> bool:
        """A catalogued portal (Indonesian by the catalog's definition), not one made ad hoc
        from a URL outside it."""
        return not self.evidence.startswith(AD_HOC_EVIDENCE)

    @cached_property
    def hosts(self) -> frozenset[str]:
        """Every host the portal is served from: its base URL's, listed hosts, old domains."""
        bare = self.host.removeprefix("www.")
        names = {self.host, bare, f"www.{bare}", *self.extra_hosts}
        for domain in self.old_domains:
            names.update((domain, f"www.{domain}"))
        return frozenset(h.lower() for h in names if h)

    def owns(self, url: str) -> bool:
        """Is `url` this portal's? One of its hosts, and under its base path where it has one
        (detik's regional desks share www.detik.com: /jabar/ is one portal, /sulsel/ another)."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in self.hosts:
            return False
        base = urlsplit(self.base_url)
        if host.removeprefix("www.") != (base.hostname or "").lower().removeprefix("www."):
            return True  # an old domain or listed host: the whole host is the portal's
        prefix = base.path.rstrip("/")
        return not prefix or parts.path == prefix or parts.path.startswith(prefix + "/")

    def section_url(self, section: str) -> str:
        return urljoin(self.base_url, section.strip("/"))

    def with_base_url(self, base_url: str) -> Portal:
        """The same portal served from another host (the demo, tests, a mirror)."""
        if not base_url.endswith("/"):
            base_url += "/"
        _check_url(self.id, base_url)
        return replace(self, base_url=base_url)


@dataclass(frozen=True)
class ServedPortal:
    """A portal as catalogued and the copy of it a page was fetched from: the same portal,
    or the portal served elsewhere (a mirror, the demo's port, a test server). Records and
    the seen store are keyed by the portal's own URLs; links are followed where we fetch."""

    portal: Portal
    site: Portal

    def key(self, url: str) -> str:
        """The URL under the portal's own host, whatever host the page was fetched from."""
        if self.site.base_url == self.portal.base_url:
            return url
        return rebase(url, self.portal.base_url, (self.site.host,))

    def local(self, url: str) -> str:
        """A link naming the portal's real host, pointed where we fetch from."""
        if self.site.base_url == self.portal.base_url:
            return url
        return rebase(url, self.site.base_url, tuple(self.portal.hosts))


def _check_url(portal_id: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CatalogError(f"portal {portal_id!r}: base_url {url!r} is not an http(s) URL")


def _portal(entry: dict[str, Any], family: str, source: Path, sample: bool = False) -> Portal:
    from newscrawl.model.schema import CATALOG_FIELDS

    where = f"{source.name}: portal {entry.get('id', '?')!r}"
    unknown = sorted(set(entry) - set(CATALOG_FIELDS))
    if unknown:
        raise CatalogError(f"{where}: unknown field {', '.join(map(repr, unknown))}; known: "
                           f"{', '.join(CATALOG_FIELDS)}")
    for key in ("id", "name", "base_url", "sections", "province", "timezone", "evidence"):
        if key not in entry:
            raise CatalogError(f"{where}: missing {key!r}")
    if not PORTAL_ID.match(entry["id"]):
        raise CatalogError(f"{where}: id must be lowercase letters, digits or _")
    if not isinstance(entry["sections"], list) or not entry["sections"]:
        raise CatalogError(f"{where}: sections must be a non-empty list")
    try:
        ZoneInfo(entry["timezone"])
    except Exception as exc:
        raise CatalogError(f"{where}: unknown timezone {entry['timezone']!r}") from exc
    _check_url(entry["id"], entry["base_url"])
    if entry.get("selectors"):
        # Imported here: the page objects know which selectors they have.
        from newscrawl.pages import page_objects

        try:
            page_objects(entry.get("family", family), entry["selectors"])
        except ValueError as exc:
            raise CatalogError(f"{where}: {exc}") from None
    # The family's discovery defaults, as its module declares them (an entry's fields win).
    from newscrawl.pages.families import discovery_defaults

    defaults = discovery_defaults(entry.get("family", family))
    return Portal(
        id=entry["id"],
        name=entry["name"],
        family=entry.get("family", family),
        base_url=entry["base_url"],
        sections=tuple(entry["sections"]),
        province=entry["province"],
        timezone=entry["timezone"],
        evidence=entry["evidence"],
        old_domains=tuple(entry.get("old_domains", ())),
        extra_hosts=tuple(entry.get("hosts", ())),
        settings=dict(entry.get("settings", {})),
        selectors=dict(entry.get("selectors", {})),
        sample=sample,
        sitemaps=tuple(entry.get("sitemaps", defaults.get("sitemaps", ()))),
        feeds=tuple(entry.get("feeds", ())),
        archive=entry.get("archive", defaults.get("archive", "")),
        check_article=entry.get("check_article", ""),
    )


def load_file(path: Path, *, sample: bool = False) -> list[Portal]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    family = data.get("family")
    if not family:
        raise CatalogError(f"{path.name}: no top-level `family`")
    return [_portal(entry, family, path, sample) for entry in data.get("portal", [])]


@cache
def load_catalog(directory: Path = CATALOG_DIR) -> dict[str, Portal]:
    """All portals of all catalog files, by id, the bundled sample portals last (their
    `sample` is True). Ids must be unique."""
    portals: dict[str, Portal] = {}
    files = [(path, False) for path in sorted(directory.glob("*.toml"))]
    if directory == CATALOG_DIR:
        for folder in filter(None, os.environ.get(CATALOG_PATH_VARIABLE, "").split(os.pathsep)):
            if not Path(folder).is_dir():
                raise CatalogError(f"{CATALOG_PATH_VARIABLE}: no folder at {folder}")
            files += [(path, False) for path in sorted(Path(folder).glob("*.toml"))]
        files.append((SAMPLE_CATALOG, True))
    for path, sample in files:
        for portal in load_file(path, sample=sample):
            if portal.id in portals:
                raise CatalogError(f"{path.name}: duplicate portal id {portal.id!r}")
            portals[portal.id] = portal
    return portals


def get_portal(portal_id: str) -> Portal:
    catalog = load_catalog()
    try:
        return catalog[portal_id]
    except KeyError:
        close = difflib.get_close_matches(portal_id, list(catalog), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise CatalogError(f"unknown portal {portal_id!r}{hint} (`scrapy list` shows them)"
                           ) from None


def select_portals(
    ids: list[str] | None = None,
    *,
    family: str | None = None,
    province: str | None = None,
    all_portals: bool = False,
    include_demo: bool = False,
) -> list[Portal]:
    """Portals by id, family, province (case-insensitive) or all; sorted by id, no repeats.

    The bundled sample portals (catalog/sample/) are left out of family, province and
    --all selections unless `include_demo`; name them by id.
    """
    catalog = load_catalog()
    chosen: dict[str, Portal] = {}
    for pid in ids or []:
        chosen[pid] = get_portal(pid)

    def wanted(p: Portal) -> bool:
        return include_demo or not p.sample

    if family:
        matches = [p for p in catalog.values() if p.family == family.lower() and wanted(p)]
        if not matches:
            families = sorted({p.family for p in catalog.values()})
            raise CatalogError(f"no portal of family {family!r}; families: {', '.join(families)}")
        chosen.update((p.id, p) for p in matches)
    if province:
        matches = [p for p in catalog.values()
                   if p.province.casefold() == province.casefold() and wanted(p)]
        if not matches:
            provinces = sorted({p.province for p in catalog.values() if wanted(p)})
            raise CatalogError(f"no portal in province {province!r}; provinces: "
                               f"{', '.join(provinces)}")
        chosen.update((p.id, p) for p in matches)
    if all_portals:
        chosen.update((p.id, p) for p in catalog.values() if wanted(p))
    return [chosen[k] for k in sorted(chosen)]


@cache
def _portals_by_host() -> dict[str, list[Portal]]:
    index: dict[str, list[Portal]] = {}
    for portal in load_catalog().values():
        for host in portal.hosts:
            index.setdefault(host, []).append(portal)
    return index


def portal_for_url(url: str) -> Portal | None:
    """The catalog portal serving a URL (its host, and its base path where hosts are shared:
    detik's desks on www.detik.com), or None."""
    host = (urlsplit(url).hostname or "").lower()
    candidates = _portals_by_host().get(host) or _portals_by_host().get(
        host.removeprefix("www."), [])
    owning = [p for p in candidates if p.owns(url)]
    return (owning or candidates or [None])[0]


def _registered_domain(host: str) -> str:
    """The last two labels of a host, three under a second-level .id domain (co.id ...)."""
    labels = host.lower().removeprefix("www.").split(".")
    keep = 3 if len(labels) >= 3 and labels[-1] == "id" and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-keep:])


@cache
def _family_by_domain() -> dict[str, str]:
    """Registered domains whose catalog portals are all of one CMS family (kompas.com,
    detik.com, antaranews.com ...): a page of another desk of such a domain is that family's."""
    families: dict[str, set[str]] = {}
    for portal in load_catalog().values():
        if portal.family == "generic":
            continue
        for host in portal.hosts:
            families.setdefault(_registered_domain(host), set()).add(portal.family)
    return {domain: next(iter(f)) for domain, f in families.items() if len(f) == 1}


def site_portal(url: str, *, tz: str | None = None, sections: tuple[str, ...] = ("",)) -> Portal:
    """An ad-hoc portal for a site outside the catalog: read with the page objects of the
    family that serves its domain's catalog portals (nasional.kompas.com as kompas), else with
    the generic ones.

    Its id is its host name (catalog ids have no dots, so the two never clash). Its
    zone is "" (unknown): each page's zone is inferred, `tz` (checked here) being the
    user's fallback, which the caller passes on (newscrawl.model.pagezone.infer_zone).
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CatalogError(f"{url!r} is not an http(s) URL")
    if tz:
        try:
            ZoneInfo(tz)
        except Exception:
            raise CatalogError(f"unknown time zone {tz!r} (e.g. Asia/Makassar)") from None
    host = parts.hostname.lower()
    from newscrawl.pages.families import discovery_defaults

    family = _family_by_domain().get(_registered_domain(host), "generic")
    return Portal(id=host, name=host.removeprefix("www."), family=family,
                  sitemaps=tuple(discovery_defaults(family).get("sitemaps", ())),
                  base_url=f"{parts.scheme}://{parts.netloc}/", sections=sections,
                  province="", timezone="", evidence=f"{AD_HOC_EVIDENCE} (not in the catalog)")
