"""Page objects: one class per page type and CMS family, knowing nothing of crawling.

`ArticlePage` (newscrawl.pages.article) and `ListingPage`
(newscrawl.pages.listing) are the generic page objects; each family module
(newscrawl.pages.families) subclasses them and overrides only what differs. `page_objects(family,
overrides)` gives a portal's pair, with a catalog entry's selector overrides
(`selectors = { body = ".isi-berita" }`) applied as a subclass, which is how
a portal with no family of its own is added without code.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from newscrawl.pages.article import ArticlePage
from newscrawl.pages.families import FAMILIES, family_module
from newscrawl.pages.listing import ListingPage

_STR_ATTRS = {"article": {k for k, v in vars(ArticlePage).items()
                          if isinstance(v, str) and not k.startswith("_") and k != "family"},
              "listing": {k for k, v in vars(ListingPage).items()
                          if isinstance(v, str) and not k.startswith("_")}}
OVERRIDABLE = sorted(_STR_ATTRS["article"] | _STR_ATTRS["listing"]
                     | {"article_path", "published_meta", "modified_meta", "url_drop_params"})


@cache
def family_page_objects(family: str) -> tuple[type[ArticlePage], type[ListingPage]]:
    module = family_module(family)
    return module.ArticlePage, module.ListingPage


def _attr_name(key: str) -> str:
    for name in (f"{key}_css", key):
        if name in OVERRIDABLE:
            return name
    raise ValueError(f"unknown selector override {key!r}; known: "
                     f"{', '.join(n.removesuffix('_css') for n in OVERRIDABLE)}")


def page_objects(family: str, overrides: dict[str, Any] | None = None,
                 ) -> tuple[type[ArticlePage], type[ListingPage]]:
    """The family's page object classes, with a catalog entry's selector overrides.

    The same family and overrides give the same classes: the in-process API asks once a
    page, and a class built per call would be garbage for the cyclic collector each time.
    """
    if not overrides:
        return family_page_objects(family)
    try:
        key = tuple(sorted((k, tuple(v) if isinstance(v, list) else v)
                           for k, v in overrides.items()))
        hash(key)
    except TypeError:  # an unhashable value: _with_overrides says which override is wrong
        return _with_overrides.__wrapped__(family, tuple(overrides.items()))
    return _with_overrides(family, key)


@cache
def _with_overrides(family: str, overrides: tuple[tuple[str, Any], ...],
                    ) -> tuple[type[ArticlePage], type[ListingPage]]:
    article, listing = family_page_objects(family)
    article_attrs: dict[str, Any] = {}
    listing_attrs: dict[str, Any] = {}
    for key, value in overrides:
        name = _attr_name(key)
        if name == "article_path":
            value = re.compile(value)
        elif name in ("published_meta", "modified_meta", "url_drop_params"):
            value = tuple(value)
        elif not isinstance(value, str):
            raise ValueError(f"selector override {key!r} must be a string")
        (listing_attrs if name in _STR_ATTRS["listing"] else article_attrs)[name] = value
    article = type(f"{article.__name__}WithOverrides", (article,), article_attrs)
    listing = type(f"{listing.__name__}WithOverrides", (listing,),
                   {**listing_attrs, "article": article})
    return article, listing


__all__ = ["FAMILIES", "ArticlePage", "ListingPage", "page_objects", "family_page_objects"]
