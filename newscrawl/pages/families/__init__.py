"""The CMS families, one module each: what its pages do differently from the generic page
objects, and how its portals are best entered.

A family module defines `ArticlePage` and `ListingPage` (subclasses of the generic ones,
overriding only what differs) and may declare `DISCOVERY`, its portals' default ways in
besides their sections (an entry's own catalog fields win). The family registry is this
package: `FAMILIES` lists its modules, so a new family is its module here and its catalog
file (newscrawl/catalog/<family>.toml), nothing else.
"""

from __future__ import annotations

import pkgutil
from importlib import import_module
from types import ModuleType
from typing import Any

# Every family's portals announce their sitemaps in robots.txt: the default of all.
DEFAULT_DISCOVERY: dict[str, Any] = {"sitemaps": ("robots",)}

FAMILIES: tuple[str, ...] = tuple(sorted(
    module.name for module in pkgutil.iter_modules(__path__)
    if not module.name.startswith("_")))


def family_module(family: str) -> ModuleType:
    if family not in FAMILIES:
        raise ValueError(f"unknown CMS family {family!r}; known: {', '.join(FAMILIES)}")
    return import_module(f"{__name__}.{family}")


def discovery_defaults(family: str) -> dict[str, Any]:
    """The family's default ways in (`sitemaps`, `archive`), or none for no family."""
    if family not in FAMILIES:
        return {}
    return DEFAULT_DISCOVERY | getattr(family_module(family), "DISCOVERY", {})
