"""One extractor module per CMS family, plus `generic` for any other portal.

Each family module describes its pages as a `template.Template` (TEMPLATE).
`get_extractor(family, overrides)` gives an `Extractor` for it; a catalog
entry may override any template selector (`selectors = {...}`), which is how
a portal with no family of its own is added without code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from importlib import import_module
from typing import Any

from newscrawl.extractors import template as tpl
from newscrawl.extractors.base import ArticlePage, SectionPage

FAMILIES = ("prmn", "tribun", "detik", "kompas", "antara", "suara", "jawapos", "inews", "generic")
_FIELDS = {f.name for f in fields(tpl.Template)} - {"family", "extra"}


@dataclass(frozen=True)
class Extractor:
    """Reads one family's pages: pure functions of (url, html)."""

    template: tpl.Template

    @property
    def family(self) -> str:
        return self.template.family

    def extract_section(self, url: str, html: str) -> SectionPage:
        return tpl.extract_section(self.template, url, html)

    def extract_article(self, url: str, html: str) -> ArticlePage:
        return tpl.extract_article(self.template, url, html)


def family_template(family: str) -> tpl.Template:
    if family not in FAMILIES:
        raise ValueError(f"unknown CMS family {family!r}; known: {', '.join(FAMILIES)}")
    return import_module(f"newscrawl.extractors.{family}").TEMPLATE


def with_overrides(template: tpl.Template, overrides: dict[str, Any] | None) -> tpl.Template:
    """The template with a catalog entry's selector overrides applied."""
    if not overrides:
        return template
    unknown = set(overrides) - _FIELDS
    if unknown:
        raise ValueError(f"unknown selector override(s) {sorted(unknown)}; "
                         f"known: {', '.join(sorted(_FIELDS))}")
    values = dict(overrides)
    if "article_path" in values:
        values["article_path"] = re.compile(values["article_path"])
    for key in ("published_meta", "modified_meta", "url_drop_params"):
        if key in values:
            values[key] = tuple(values[key])
    return replace(template, **values)


def get_extractor(family: str, overrides: dict[str, Any] | None = None) -> Extractor:
    """The family's extractor, with optional selector overrides from the catalog."""
    return Extractor(with_overrides(family_template(family), overrides))
