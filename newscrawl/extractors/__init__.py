"""One extractor module per CMS family; `get_extractor(family)` finds it."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

FAMILIES = ("prmn",)


def get_extractor(family: str) -> ModuleType:
    """The family's module, with `extract_section(url, html)` and `extract_article(url, html)`."""
    if family not in FAMILIES:
        raise ValueError(f"unknown CMS family {family!r}; known: {', '.join(FAMILIES)}")
    return import_module(f"newscrawl.extractors.{family}")
