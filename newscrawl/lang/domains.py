"""The registered domain of a host, as Indonesian (and other) sites are named under second
levels ("kompas.com", "pikiran-rakyat.com", "unhas.ac.id", "sulselprov.go.id").

Pure module (no Scrapy import).
"""

from __future__ import annotations

# Second-level labels a site registers its name under ("co.id", "ac.id", "go.id", "sch.id",
# "ponpes.id", "desa.id", "com.au", ...).
SECOND_LEVEL = frozenset(("co", "or", "ac", "go", "my", "web", "sch", "com", "net", "ponpes",
                          "desa"))


def registered_domain(host: str) -> str:
    """The host's last two labels, three under a second level ("news.unhas.ac.id" ->
    "unhas.ac.id"), without "www."."""
    labels = host.casefold().removeprefix("www.").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL else 2
    return ".".join(labels[-keep:])
