"""The label of a role printed beside a name, alone in its element or just before it: an
author card's caption ("<a>Name</a><span class=role>Editor</span>"), a byline's second line
("Fact-checked by <a>Name</a>"). Pure module (no Scrapy import); the page objects' bylines
ask it which credit such a name is."""

from __future__ import annotations

import re

from newscrawl.lang.credits import CREDIT_AUTHOR, CREDIT_EDITOR, CREDIT_OTHER

_SPACES = re.compile(r"\s+")
# A role's label printed beside a name ("Editor", "Penulis", "Medically reviewed by").
_ROLE_LABEL = re.compile(
    r"(?:^|[\s|·•,;])(?P<label>editor|penyunting|redaktur|editing|edited\s+by|disunting(?:\s+oleh)?"
    r"|penulis|pewarta|reporter|wartawan|kontributor|koresponden|jurnalis|writer|author"
    r"|written\s+by|(?:fact[- ]?checked|(?:medically\s+|expert[- ]?|clinically\s+)?reviewed"
    r"|verified|illustrat(?:ed|ions?)|photo(?:s|graph(?:s|y))?|video|produced|translated"
    r"|hosted|narrated|diperiksa|diverifikasi)\s+by|diperiksa\s+oleh|fotografer|foto"
    r"|ilustrasi|penerjemah)\s*[:：]?\s*$", re.IGNORECASE)
_ROLE_KIND = {"editor": CREDIT_EDITOR, "penyunting": CREDIT_EDITOR, "redaktur": CREDIT_EDITOR,
              "editing": CREDIT_EDITOR, "edited by": CREDIT_EDITOR, "disunting": CREDIT_EDITOR,
              "disunting oleh": CREDIT_EDITOR}
_JOINED_WRITER = re.compile(
    r"(?:^|\W)(?:teks|naskah|tulisan|words|story|text|penulis|pewarta|reporter|wartawan|"
    r"writer|author|kontributor)\s*(?:dan|and|&|/|\+|,)\s*$", re.IGNORECASE)
_AUTHOR_ROLES = frozenset(("penulis", "pewarta", "reporter", "wartawan", "kontributor",
                           "koresponden", "jurnalis", "writer", "author", "written by"))


def role_before(text: str) -> str | None:
    """The kind of credit (CREDIT_AUTHOR, CREDIT_EDITOR, CREDIT_OTHER) that a role's label
    at the end of `text` gives the name printed after it (or, alone in its element, beside
    it): "Editor" an editor's, "Penulis" an author's, "Fact-checked by" or "Foto" neither's;
    None where `text` ends in no such label."""
    tail = text[-40:]
    m = _ROLE_LABEL.search(tail)
    if m is None:
        return None
    # (a writer who also took the photos or edited: "Teks dan foto:", "Reporter & Editor:",
    # "Words and photos by": the writer's)
    if _JOINED_WRITER.search(tail, 0, m.start()):
        return CREDIT_AUTHOR
    return _role_kind(m.group("label"))


def role_label(text: str) -> str | None:
    """The kind of credit a role's label gives where `text` is that label alone ("Editor",
    "Penulis", "Fact-checked by"; not a job title, "Senior Audio Editor"), else None."""
    m = _ROLE_LABEL.search(text)
    return _role_kind(m.group("label")) if m is not None and m.start() == 0 else None


def _role_kind(label: str) -> str:
    label = _SPACES.sub(" ", label.lower())
    if label in _AUTHOR_ROLES:
        return CREDIT_AUTHOR
    return _ROLE_KIND.get(label, CREDIT_OTHER)
