"""Indonesia's three time zones, once. Pure module (no Scrapy import).

WIB (UTC+07:00) is `Asia/Jakarta`, and `Asia/Pontianak` in Kalimantan Barat and Tengah;
WITA (UTC+08:00) is `Asia/Makassar`: Bali, NTB, NTT, South, East and North Kalimantan,
Sulawesi; WIT (UTC+09:00) is `Asia/Jayapura`: Maluku and Papua. A portal or page that says
nothing of its zone is read in DEFAULT_ZONE, WIB, where most Indonesians live.
"""

from __future__ import annotations

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
