"""Text helpers the language modules share: white space, word counts, repeats. Pure module
(no Scrapy import)."""

from __future__ import annotations


def word_count(text: str) -> int:
    """Words of a normalised text (`normalise_space`: one space between words, none at the
    ends), counted without splitting it."""
    return text.count(" ") + 1 if text else 0


def normalise_space(text: str) -> str:
    """Runs of white space (NBSP included) as one space, none at the ends."""
    # Most texts reaching here are normalised already (each step of cleaning a paragraph
    # asks): tell so without splitting them into words. Every white space character but
    # the plain space is non-printable, so a printable text with no double space and no
    # space at either end is its own normal form.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def unique(values: list[str]) -> list[str]:
    """Values in order, repeats (case-insensitive) and empties left out."""
    seen: set[str] = set()
    out = []
    for v in values:
        key = v.casefold()
        if v and key not in seen:
            seen.add(key)
            out.append(v)
    return out
