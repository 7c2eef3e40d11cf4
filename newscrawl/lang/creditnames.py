"""The names a credit line's value holds ("Editor: A, B", "Reporter: A | 22 Mei 2018 ..."):
read by newscrawl.lang.credits. Pure module (no Scrapy import)."""

from __future__ import annotations

import re

from newscrawl.lang.dateline import files_from
from newscrawl.lang.names import is_job_title

_NAME_SEPARATOR = re.compile(r"\s*(?:,|/|;|&|\+|\bdan\b|\band\b)\s*")
_DESK_CODE = re.compile(r"^[A-Z]{5,}\s+(?=[A-Z][a-z])")


def credit_names(value: str) -> tuple[str, ...]:
    """The names a credit's value gives ("Budi Santoso, Sri Rahayu"), less what a meta
    line prints after them and the degrees, roles, places and addresses beside them."""
    # (a meta line's next field after a bar is no name, "A | Kategori: Samarinda", nor what
    # follows after a bullet: "A•Kamis, 14 Januari 2021")
    value = _NEXT_FIELD.split(value, maxsplit=1)[0]
    # (a writer's class and school in parentheses after the name, a comma between them:
    # "Rizky Aulia Harahap (XI MIPA 2, SMA Negeri 7 Medan)"; one unit stays with the name,
    # as printed: "Serka Joko Susilo (Pendim 1504)")
    if "(" in value and _LISTED_IN_PARENTHESES.search(value) \
            and (bare := _PARENTHESES.sub("", value).strip()):
        value = bare
    parts = _NAME_SEPARATOR.split(value.strip(" .;"))
    # An editor's desk code before the name ("OMDSMY Novemy Leo") is not part of it.
    parts = [_DESK_CODE.sub("", p.strip(" .")) for p in parts]
    # A figure ends the names, a date's or a counter's a meta line prints after them
    # ("A 22 Mei 2018 Ekonomi, Infografis 1,208 Views", "A, Dec 17, 2025"): a name holds
    # none (a unit's number in parentheses is the unit's: "Serka Joko Susilo (Pendim 1504)").
    for i, part in enumerate(parts):
        if (figure := _FIGURE.search(part)) is not None:
            # (the name before it kept: "A, B 2 jam lalu"; not a month's word: "A, Dec 17")
            name = part[:figure.start()].strip()
            parts = parts[:i] + ([name] if i == 0 or len(name.split()) >= 2 else [])
            break
    # (an academic degree after a name is no name: "Dr. Rahmawati Syahrir, SE, MSi"; nor a
    # role, place or address after it: "Hannah Whitworth, Political Correspondent", "Dewi
    # Lestari, Kota Batu", "Hendra Gunawan, Jl. Merdeka"; "Vikram Doctor" first is a name)
    return tuple(p for i, p in enumerate(parts) if p and not _is_degree(p) and not (i and (
        is_job_title(p) or files_from(p, bare_word=False) or _ADDRESS.match(p))))


_ADDRESS, _PARENTHESES = re.compile(r"(?:Jl|Jln|Jalan|Gg)\b\.?\s"), re.compile(r"\s*\([^()]*\)?")
_LISTED_IN_PARENTHESES = re.compile(r"\([^()]*,[^()]*\)?")
_NEXT_FIELD = re.compile(r"\s*•\s*|\s*[|·]\s*(?=[^\W\d][\w ]{0,20}\s*:)")
_FIGURE = re.compile(r"(?:^|\s)\d(?![^()]*\))")
# Indonesian academic and professional degrees, written after a name between commas.
_DEGREES = frozenset((
    "se", "sh", "ss", "st", "sp", "spd", "sag", "sip", "sikom", "skm", "skep", "sik", "sos",
    "ssos", "ssi", "skom", "sked", "shi", "sthi", "msi", "mh", "mm", "mpd", "ma", "mt", "mag",
    "mkes", "mhum", "mkom", "msc", "mba", "phd", "lc", "dr", "drs", "dra", "ir", "prof",
    "cpa", "ak", "apt", "mikom", "mse", "meng"))


def _is_degree(part: str) -> bool:
    return re.sub(r"[\s.]", "", part).casefold() in _DEGREES
