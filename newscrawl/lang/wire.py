"""A wire story's closing credits: "(Reporting by Nikhil Kulkarni in Mumbai; Editing by
Harish Menon)" names its writers and its editors. Pure module (no Scrapy import);
newscrawl.lang.credits reads the names of the segments it gives."""

from __future__ import annotations

import re

# A segment of the credits: its label and the names after it.
_WIRE_SEGMENT = re.compile(r"^(?:additional\s+)?(?P<label>reporting|writing|editing|edited)"
                           r"\s+by\s+(?P<value>.+)$", re.IGNORECASE)
# A reporter's place after the name: "Nikhil Kulkarni in Mumbai".
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*$")


def wire_segments(text: str) -> list[tuple[bool, str]] | None:
    """(whether it credits editors, its names joined by "and", places cut) for each segment
    of a wire story's closing credits; None where a segment is no credit (another sentence
    in brackets)."""
    found: list[tuple[bool, str]] = []
    for segment in re.split(r"\s*;\s*", text.strip(" ().")):
        m = _WIRE_SEGMENT.match(segment)
        if m is None:
            return None
        names = " and ".join(_IN_PLACE.sub("", part)
                             for part in re.split(r"\s+and\s+|,\s*", m.group("value")))
        found.append((m.group("label").lower().startswith("edit"), names))
    return found
