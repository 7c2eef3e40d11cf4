"""Indonesia's three time zones, once. Pure module (no Scrapy import).

WIB (UTC+07:00) is `Asia/Jakarta`, and `Asia/Pontianak` in Kalimantan Barat and Tengah;
WITA (UTC+08:00) is `Asia/Makassar`: Bali, NTB, NTT, South, East and North Kalimantan,
Sulawesi; WIT (UTC+09:00) is `Asia/Jayapura`: Maluku and Papua. A portal or page that says
nothing of its zone is read in DEFAULT_ZONE, WIB, where most Indonesians live.
"""

from __future__ import annotations

import re

from newscrawl.lang.domains import registered_domain

WIB = "Asia/Jakarta"
WIB_KALIMANTAN = "Asia/Pontianak"  # Kalimantan Barat and Tengah: WIB (+07:00)
WITA = "Asia/Makassar"
WIT = "Asia/Jayapura"
DEFAULT_ZONE = WIB

ZONE_ABBREVIATIONS: dict[str, str] = {
    WIB: "WIB",
    WIB_KALIMANTAN: "WIB",
    WITA: "WITA",
    WIT: "WIT",
}
# The zone of a whole-hour UTC offset printed in Indonesia.
ZONE_BY_OFFSET_HOURS: dict[int, str] = {7: WIB, 8: WITA, 9: WIT}
# The zones of the offsets that are not whole hours: the one that holds it all year, else
# the one whose daylight saving time it is (+10:30 is Adelaide's summer, -2:30
# Newfoundland's: their other dates then get their other season's offset, as printed there).
_ZONE_BY_OFFSET_MINUTES: dict[int, str] = {
    210: "Asia/Tehran", 270: "Asia/Kabul", 330: "Asia/Kolkata", 345: "Asia/Kathmandu",
    390: "Asia/Yangon", 525: "Australia/Eucla", 570: "Australia/Darwin",
    630: "Australia/Adelaide", 765: "Pacific/Chatham", 825: "Pacific/Chatham",
    -570: "Pacific/Marquesas", -210: "America/St_Johns", -150: "America/St_Johns"}


def zone_of_offset(minutes: int) -> str | None:
    """The zone to write a page's dates in whose readers' clock runs `minutes` from UTC:
    Indonesia's own, else a fixed offset ("Etc/GMT-13" is +13:00: the IANA name's sign is
    POSIX's, reversed); None where no zone has that offset."""
    hours, rest = divmod(minutes, 60)
    if rest:
        return _ZONE_BY_OFFSET_MINUTES.get(minutes)
    if hours in ZONE_BY_OFFSET_HOURS:
        return ZONE_BY_OFFSET_HOURS[hours]
    if -12 <= hours <= 14:
        return f"Etc/GMT{-hours:+d}" if hours else "UTC"
    return None

# Places of WITA and WIT as independent portals write them into their domain names
# ("kabarmakassar.com", "suarapapua.com", "kaltimpost.id", "lombokpost.net"): provinces and
# their short forms, capitals and big cities; WIB's need no entry.
DOMAIN_PLACES: dict[str, str] = {
    **dict.fromkeys((
        "bali", "denpasar", "lombok", "mataram", "sumbawa", "kupang", "flores", "makassar",
        "sulsel", "sulbar", "sulteng", "sultra", "sulut", "manado", "gorontalo", "kendari",
        "mamuju", "sulawesi", "kaltim", "kaltara", "kalsel", "balikpapan", "samarinda",
        "banjarmasin", "tarakan", "bontang", "labuanbajo"), WITA),
    **dict.fromkeys((
        "maluku", "ambon", "ternate", "papua", "jayapura", "sorong", "manokwari", "timika",
        "merauke", "nabire", "wamena"), WIT),
}
# What a news site's name puts around its place ("kabar" + "makassar", "kaltim" + "post"):
# a place only counts with these or nothing beside it ("beritakembali", "balige", "floresta"
# hold a place's letters, not a place).
DOMAIN_NEWS_WORDS = frozenset((
    "berita", "kabar", "info", "portal", "radar", "suara", "tribun", "pos", "post", "warta",
    "media", "news", "harian", "koran", "metro", "times", "today", "terkini", "online", "satu",
    "ekspres", "express", "daily", "tv", "nusa", "zona", "fokus", "lintas", "jurnal", "pers",
    "channel", "plus", "raya", "kita", "inside", "update", "aktual", "bisnis", "seputar", "prov",
    "kab", "kota", "baru", "the", "sun",
))
# A place name this long may end an Indonesian (.id) domain's name after any word
# ("alhikmahsorong.or.id"); a shorter one, or elsewhere, only alone or beside a news word
# (not "alternate.de", "lasflores.com").
MIN_SUFFIX_PLACE = 6


def zone_of_domain(host: str) -> str | None:
    """The zone a portal's domain names by a place of WITA or WIT in it, alone or beside a
    news word ("kabarmakassar.com", "suara-papua.id"), or a long one ending the name
    ("alhikmahsorong.or.id"); None where it names none, or places of both zones."""
    name = registered_domain(host).split(".")[0]
    zones = set()
    for token in re.split(r"[-_]", name):
        for place, zone in DOMAIN_PLACES.items():
            at = token.find(place)
            if at < 0:
                continue
            before, after = token[:at], token[at + len(place):]
            if (not before or before in DOMAIN_NEWS_WORDS) and (
                    not after or after in DOMAIN_NEWS_WORDS or after.isdigit()):
                zones.add(zone)
            elif not after and len(place) >= MIN_SUFFIX_PLACE and host.endswith(".id"):
                zones.add(zone)  # a long place name ending an Indonesian domain's name
    return zones.pop() if len(zones) == 1 else None


# The zone of a country's domain (its last label), for countries whose people keep one clock
# (or one clock where nearly all of them live); none for a domain that sites anywhere use
# (.io, .co, .me, .tv, .ai) or a country of several zones (.au, .ca, .us, .ru, .br, .es).
COUNTRY_ZONES: dict[str, str] = {
    "uk": "Europe/London", "ie": "Europe/Dublin", "in": "Asia/Kolkata", "sg": "Asia/Singapore",
    "ph": "Asia/Manila", "my": "Asia/Kuala_Lumpur", "bn": "Asia/Brunei", "tl": "Asia/Dili",
    "nz": "Pacific/Auckland", "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "cn": "Asia/Shanghai",
    "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei", "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh",
    "pk": "Asia/Karachi", "bd": "Asia/Dhaka", "lk": "Asia/Colombo", "np": "Asia/Kathmandu",
    "ae": "Asia/Dubai", "sa": "Asia/Riyadh", "qa": "Asia/Qatar", "il": "Asia/Jerusalem",
    "tr": "Europe/Istanbul", "eg": "Africa/Cairo", "za": "Africa/Johannesburg",
    "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "gh": "Africa/Accra",
    "de": "Europe/Berlin", "fr": "Europe/Paris", "nl": "Europe/Amsterdam", "be": "Europe/Brussels",
    "it": "Europe/Rome", "ch": "Europe/Zurich", "at": "Europe/Vienna", "se": "Europe/Stockholm",
    "no": "Europe/Oslo", "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki", "pl": "Europe/Warsaw",
    "cz": "Europe/Prague", "gr": "Europe/Athens",
}


def zone_of_country(host: str) -> str | None:
    """The zone of the country a host's domain belongs to ("www.example.co.uk": London's),
    where that country keeps one clock; None elsewhere (and for .id: Indonesia has three)."""
    return COUNTRY_ZONES.get(host.rstrip(".").rsplit(".", 1)[-1].lower())
