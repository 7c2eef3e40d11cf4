"""Content a page streams in for its scripts to place, placed as they would place it.

React's streaming server rendering (Next.js and other React 18 sites) sends a page before
all of it is ready: where a part is still loading, it writes a placeholder,
`<template id="B:0"></template>` and a fallback (`<div>Loading paragraph...</div>`), or
`<template id="P:f"></template>` alone; the part itself comes later in the page,
`<div hidden id="S:0">...</div>`, with a script that moves it into the placeholder's
place (and removes the fallback). A reader of the saved page without scripts sees
"Loading paragraph..." where the article is, and the article in hidden elements at the
end. Pure module (lxml only)."""

from __future__ import annotations

from typing import Any

# A fallback is a line or a spinner: an element after the placeholder with more text than
# this is the page's own and stays.
FALLBACK_MAX_CHARS = 100
MAX_BOUNDARIES = 2000  # work per page is bounded


def place_streamed_content(root: Any) -> int:
    """Move every `<div hidden id="S:n">` into the place of its `<template id="B:n">`
    (dropping the fallback after it) or `<template id="P:n">`; the number placed."""
    templates = [t for t in root.iter("template")
                 if (t.get("id") or "")[:2] in ("B:", "P:")][:MAX_BOUNDARIES]
    if not templates:  # most pages: one walk in C, and done
        return 0
    held: dict[str, Any] = {}
    for el in root.iter("div"):
        ident = el.get("id")
        if ident and ident.startswith("S:") and el.get("hidden") is not None:
            held[ident[2:]] = el
    if not held:
        return 0
    placed = 0
    for template in templates:
        ident = template.get("id")
        content = held.pop(ident[2:], None)
        parent = template.getparent()
        if content is None or parent is None or template in content.iterancestors() \
                or content in template.iterancestors():
            continue
        fallback = template.getnext() if ident.startswith("B:") else None
        _detach(content)
        del content.attrib["hidden"]
        content.tail = template.tail
        parent.replace(template, content)
        # (another placeholder next to this one is none: comments, which mark where a
        # fallback ends, are gone with the parse)
        if fallback is not None and isinstance(fallback.tag, str) \
                and fallback.tag != "template" and len(
                "".join(fallback.itertext()).strip()) <= FALLBACK_MAX_CHARS \
                and next(fallback.iter("p", "img", "a"), None) is None:
            _detach(fallback)
        placed += 1
    return placed


def _detach(el: Any) -> None:
    """Remove `el` from its parent, its tail left where it was."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    el.tail = None
    parent.remove(el)
