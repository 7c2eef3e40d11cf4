"""Tests of newscrawl.lang.dateline: datelines -> zones, and the gazetteer's coverage.

The dateline strings below are written in-house, modeled on the shapes Indonesian portals print
(Kompas, Antara, Tribun, Jubi, Suara, detik, Liputan6); they are not copied from articles.
"""

from __future__ import annotations

import pytest

from newscrawl.lang.dateline import (
    PLACES,
    _build_places,
    dateline_region_zone,
    dateline_zone,
    normalize,
    opens_with_dateline,
    zone_of_place,
)
from newscrawl.lang.places import CAPITALS, EXCLUDED, PROVINCES
from newscrawl.lang.zones import WIB, WIB_KALIMANTAN, WIT, WITA, ZONE_ABBREVIATIONS

# (text, zone, place as written) -- written in-house, modeled on real dateline shapes.
DATELINES = [
    # Kompas: place first or outlet first
    ("MANADO, KOMPAS.com - Pemerintah Kota Manado menggelar rapat.", WITA, "MANADO"),
    ("Manado, Kompas.com - Hujan deras mengguyur kota.", WITA, "Manado"),
    ("KOMPAS.com, MANADO - Warga memadati pantai.", WITA, "MANADO"),
    ("BANDUNG, KOMPAS.com - Jalan layang dibuka.", WIB, "BANDUNG"),
    ("BANDUNG, KOMPAS.com Jalan layang dibuka.", WIB, "BANDUNG"),
    ("PONTIANAK, KOMPAS.com - Sungai Kapuas meluap.", WIB_KALIMANTAN, "PONTIANAK"),
    # Antara
    ("Mangupura (ANTARA) - Bupati Badung meresmikan pasar.", WITA, "Mangupura"),
    ("Denpasar, 12/3 (Antara) - Gubernur Bali membuka pameran.", WITA, "Denpasar"),
    ("Ambon (ANTARA News Maluku) - Pemprov Maluku menyalurkan bantuan.", WIT, "Ambon"),
    ("Nusa Dua, Bali (ANTARA) - Konferensi dibuka hari ini.", WITA, "Nusa Dua"),
    ("Kabupaten Badung (ANTARA) - Pemkab menggelar lomba.", WITA, "Kabupaten Badung"),
    ("Kota Kupang (ANTARA) - Harga cabai naik.", WITA, "Kota Kupang"),
    ("Kab. Gowa (ANTARA) - Panen raya dimulai.", WITA, "Kab. Gowa"),
    ("Watampone (ANTARA) - Bupati Bone meninjau sawah.", WITA, "Watampone"),
    ("Sungguminasa, 4/5 (ANTARA) - Pemkab Gowa menggelar vaksinasi.", WITA, "Sungguminasa"),
    ("Tenggarong (ANTARA) - Festival Erau digelar.", WITA, "Tenggarong"),
    ("Tondano (ANTARA) - Danau Tondano dibersihkan.", WITA, "Tondano"),
    ("Sentani (ANTARA) - Bandara Sentani ramai.", WIT, "Sentani"),
    ("Jakarta (ANTARA) - Menteri menyampaikan.", WIB, "Jakarta"),
    ("Tejakula, Bali (ANTARA) - Warga desa menggelar upacara.", WITA, "Bali"),
    ("Sofifi, Maluku Utara, Senin (12/3) (ANTARA) - Gubernur tiba.", WIT, "Sofifi"),
    # Tribun: outlet first, domain with hyphen or .co.id
    ("TRIBUN-TIMUR.COM, MAKASSAR - Wali Kota Makassar meninjau.", WITA, "MAKASSAR"),
    ("TRIBUNMANADO.CO.ID, BITUNG - Pelabuhan Bitung padat.", WITA, "BITUNG"),
    ("TRIBUN-BALI.COM, DENPASAR - Lalu lintas padat.", WITA, "DENPASAR"),
    ("TRIBUNKALTIM.CO, BALIKPAPAN - Harga BBM stabil.", WITA, "BALIKPAPAN"),
    # bare place + dash, other outlets
    ("Makassar - Pemprov Sulsel menggelar rapat.", WITA, "Makassar"),
    ("Jakarta - Presiden meresmikan bendungan.", WIB, "Jakarta"),
    ("Kupang, suarantt.id – Pemprov NTT membuka festival.", WITA, "Kupang"),
    ("JAYAPURA, Jubi - Ribuan warga berkumpul.", WIT, "JAYAPURA"),
    ("Sentani, Jubi – Bupati Jayapura meresmikan jalan.", WIT, "Sentani"),
    ("Liputan6.com, Jayapura - Polisi menangkap pelaku.", WIT, "Jayapura"),
    ("Jakarta, CNN Indonesia -- Harga emas naik.", WIB, "Jakarta"),
    ("MAKASSAR, FAJAR.CO.ID -- Hujan lebat.", WITA, "MAKASSAR"),
    # dashes, case, spacing
    ("Timika — Aktivitas tambang kembali normal.", WIT, "Timika"),
    ("LABUAN BAJO, KOMPAS.com – Wisatawan meningkat.", WITA, "LABUAN BAJO"),
    ("  Merauke\u00a0(ANTARA) - Panen padi.", WIT, "Merauke"),
    ("Pare-Pare, 1/2 (ANTARA) - Pelabuhan dibuka.", WITA, "Pare-Pare"),
    ("Palangka Raya (ANTARA) - Kebakaran lahan.", WIB_KALIMANTAN, "Palangka Raya"),
    ("Samarinda- Banjir surut.", WITA, "Samarinda"),
    ("Ternate, Senin (12/3) - Kapal tiba.", WIT, "Ternate"),
    ("WAMENA, Jubi – Pasar dibuka kembali.", WIT, "WAMENA"),
]

NOT_DATELINES = [
    "SUARASULSEL.ID - Pemprov Sulsel menggelar rapat.",  # outlet only
    "detikSulsel - Pemprov Sulsel menggelar rapat.",  # outlet only
    "Manado merupakan kota terbesar di Sulawesi Utara.",
    "Manado merupakan kota - kata warga - yang nyaman.",
    "Gubernur Sulawesi Utara, Olly Dondokambey, mengatakan hal itu.",
    "Gubernur Sulawesi Utara, Olly Dondokambey - yang hadir - mengatakan.",
    "Bali United menang 2-1 atas Persija.",
    "Bali United - Persija berakhir imbang.",
    "Manado, kata warga - kotanya nyaman.",
    "Sulawesi Utara, Gorontalo, dan Maluku - tiga provinsi itu.",
    "Di Manado (ANTARA) - tidak ada.",
    "(ANTARA) - Pemerintah mengumumkan.",
    "KOMPAS.com - Pemerintah mengumumkan.",
    "KOMPAS.com, Pemerintah mengumumkan hal itu.",
    "Harga cabai di Makassar naik - kata pedagang.",
    "Banjar (ANTARA) - ambiguous: Kalsel regency or West Java city.",
    "Kalimantan - pulau itu dua zona.",
    "Negara (ANTARA) - kata biasa.",
    "",
    "   ",
    "12/3 (ANTARA) - Tanpa tempat.",
]


@pytest.mark.parametrize(("text", "zone", "place"), DATELINES)
def test_dateline_zone(text: str, zone: str, place: str) -> None:
    assert dateline_zone(text) == (zone, place)


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_a_dateline(text: str) -> None:
    assert dateline_zone(text) is None


def test_only_first_200_chars_read() -> None:
    assert dateline_zone(" " * 200 + "Makassar - Berita.") is None
    long = "Makassar - " + "kata " * 10_000
    assert dateline_zone(long) == (WITA, "Makassar")


@pytest.mark.parametrize(
    "text",
    [
        "A" * 5000,
        "Aa " * 5000,
        "Aa, " * 5000,
        "Aa-" * 5000,
        "Manado, " + "Kompas " * 1000,
        "Aa.Aa.Aa." * 1000 + " -",
        "a" + "('" * 3000,
    ],
)
def test_hostile_input_is_read_only_up_to_the_dateline_window(text: str) -> None:
    # Work is bounded by construction: only the first 200 characters are looked at.
    assert dateline_zone(text) == dateline_zone(text[:200])


# --- zone_of_place -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Makassar", WITA),
        ("MAKASSAR", WITA),
        ("  makassar ", WITA),
        ("Kota Makassar", WITA),
        ("Kabupaten Gowa", WITA),
        ("Kab. Gowa", WITA),
        ("Kab Gowa", WITA),
        ("Provinsi Papua Barat", WIT),
        ("Parepare", WITA),
        ("Pare Pare", WITA),
        ("Bau-Bau", WITA),
        ("Baubau", WITA),
        ("Tolitoli", WITA),
        ("Toli Toli", WITA),
        ("Palangkaraya", WIB_KALIMANTAN),
        ("Tanjung  Pinang", WIB),
        ("Kabupaten Banjar", WITA),
        ("Kota Banjar", WIB),
        ("Kabupaten Puncak", WIT),
        ("Kota Batu", WIB),
        ("Labuan Bajo", WITA),
        ("Ba’a", WITA),
    ],
)
def test_zone_of_place(name: str, zone: str) -> None:
    assert zone_of_place(name) == zone


@pytest.mark.parametrize(
    "name", ["Banjar", "Martapura", "Kalimantan", "Baru", "Kota", "Tengah", "Kota Baru", "", "X"]
)
def test_zone_of_place_unknown_or_ambiguous(name: str) -> None:
    assert zone_of_place(name) is None


# --- coverage of the gazetteer --------------------------------------------------------------

PROVINCE_ZONES = {
    WIB: [
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
        "Bengkulu", "Sumatera Selatan", "Kepulauan Bangka Belitung", "Lampung", "DKI Jakarta",
        "Banten", "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur",
    ],
    WIB_KALIMANTAN: ["Kalimantan Barat", "Kalimantan Tengah"],
    WITA: [
        "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan",
        "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo",
        "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
    ],
    WIT: [
        "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah",
        "Papua Pegunungan", "Papua Selatan",
    ],
}  # fmt: skip


def test_all_38_provinces_with_their_zones() -> None:
    expected = {p: z for z, ps in PROVINCE_ZONES.items() for p in ps}
    assert len(expected) == 38
    assert set(PROVINCES) == set(expected)
    assert set(CAPITALS) == set(expected)
    for province, zone in expected.items():
        assert PROVINCES[province][0] == zone
        assert zone_of_place(province) == zone, province


@pytest.mark.parametrize("province", sorted(CAPITALS))
def test_every_capital_present_in_its_zone(province: str) -> None:
    assert zone_of_place(CAPITALS[province]) == PROVINCES[province][0]


@pytest.mark.parametrize(
    ("short", "zone"),
    [
        ("Sulsel", WITA), ("Sulut", WITA), ("Sulteng", WITA), ("Sultra", WITA),
        ("Sulbar", WITA), ("NTB", WITA), ("NTT", WITA), ("Kaltim", WITA), ("Kalsel", WITA),
        ("Kaltara", WITA), ("Kalbar", WIB_KALIMANTAN), ("Kalteng", WIB_KALIMANTAN),
        ("Jabar", WIB), ("Jateng", WIB), ("Jatim", WIB), ("Sumut", WIB), ("Sumbar", WIB),
        ("Sumsel", WIB), ("DIY", WIB), ("Kepri", WIB), ("Babel", WIB), ("Malut", WIT),
        ("Papua Barat", WIT), ("Pabar", WIT), ("PBD", WIT),
    ],
)  # fmt: skip
def test_short_forms(short: str, zone: str) -> None:
    assert zone_of_place(short) == zone


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        (n, WITA)
        for n in [
            "Nusa Dua", "Kuta", "Ubud", "Labuan Bajo", "Bitung", "Tomohon", "Kupang",
            "Mataram", "Bima", "Balikpapan", "Samarinda", "Bontang", "Tarakan", "Banjarmasin",
            "Banjarbaru", "Palu", "Kendari", "Gorontalo", "Mamuju", "Parepare", "Palopo",
            "Denpasar", "Mangupura", "Tondano", "Watampone", "Sungguminasa", "Tenggarong",
        ]
    ]
    + [
        (n, WIT)
        for n in [
            "Ternate", "Tidore", "Sofifi", "Ambon", "Tual", "Merauke", "Timika", "Wamena",
            "Nabire", "Manokwari", "Sorong", "Fakfak", "Sentani",
        ]
    ],
)  # fmt: skip
def test_well_known_dateline_places(name: str, zone: str) -> None:
    assert zone_of_place(name) == zone


def test_zone_counts_cover_wita_and_wit() -> None:
    counts = {z: sum(1 for v in PLACES.values() if v == z) for z in ZONE_ABBREVIATIONS}
    # Every WITA/WIT regency and city is listed with its seat: hundreds of names.
    assert counts[WITA] >= 300
    assert counts[WIT] >= 150


def test_no_name_in_two_zones() -> None:
    seen: dict[str, set[str]] = {}
    for province, (zone, names) in PROVINCES.items():
        for name in (province, *names):
            seen.setdefault(normalize(name), set()).add(zone)
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}


def test_excluded_names_absent() -> None:
    for key in EXCLUDED:
        assert key not in PLACES, key
        assert zone_of_place(key) is None, key


def test_builder_rejects_a_name_in_two_zones() -> None:
    with pytest.raises(ValueError, match="two zones"):
        _build_places({"A": (WITA, ("Foo",)), "B": (WIB, ("foo",))})
    with pytest.raises(ValueError, match="EXCLUDED"):
        _build_places({"A": (WITA, ("Banjar",))})
    with pytest.raises(ValueError, match="spacing"):
        _build_places({"A": (WITA, ("Foo Bar",)), "B": (WIB, ("Foobar",))})


def test_places_keys_are_normalised() -> None:
    assert all(k == normalize(k) for k in PLACES)
    assert set(PLACES.values()) <= set(ZONE_ABBREVIATIONS)


@pytest.mark.parametrize(("text", "opens"), [
    ("SIMALUNGUN - Sebuah truk tangki terbalik di Jalan Lintas Sumatera.", True),
    ("Harianjogja.com, SLEMAN—Ribuan warga memadati jalan desa.", True),
    ("JAKARTA, KOMPAS.com -- Pemerintah menetapkan harga baru.", True),
    ("KUPANG, POS-KUPANG.COM - Warga antre air bersih.", True),
    ("By Dr. Vahid Osman - Mar 27, 2024", False),
    ("ILUSTRASI - Petani memanen buah kakao. KONTAN/Baihaki", False),
    ("Warga Sleman - yang datang dari jauh - ikut kirab.", False),
    ("DISCLOSURE: If you buy through affiliate links, I may earn a commission.", False),
])
def test_a_lead_opens_with_a_dateline_in_capitals(text: str, opens: bool) -> None:
    assert opens_with_dateline(text) is opens


@pytest.mark.parametrize(("lead", "zone"), [
    # a village or an island the gazetteer does not know, its regency named in the lead
    ("ADONARA, SUARAFLOBAMORA.COM – Ratusan warga Desa Lamahala Jaya, Kecamatan Adonara "
     "Timur, Kabupaten Flores Timur, menggelar ritual syukur panen.", "Asia/Makassar"),
    ("KAIRATU, X – Warga Desa Kairatu, Kab. Seram Bagian Barat, mulai menanam. Di Kota "
     "Ambon pula.", "Asia/Jayapura"),
    ("CIKOLE, X – Petani di Desa Cikole, Kabupaten Bandung Barat, memanen kubis.",
     "Asia/Jakarta"),
    ("LAMAHALA, X – Warga Desa Lamahala, Kabupaten Flores Timur, mudik ke Kota Ambon.",
     "Asia/Makassar"),
    # (the first review's findings) a region someone comes from, under a place the lead does
    # not name again: a Jakarta or a Makkah story
    ("SENAYAN, BERITANASIONAL.COM - Anggota Komisi II DPR asal Provinsi Papua Barat Daya "
     "meminta pemerintah menambah anggaran.", None),
    ("MAKKAH, X - Jemaah haji asal Kabupaten Maros tiba di Madinah.", None),
    ("KUNINGAN, X - Gubernur Provinsi Maluku Utara diperiksa KPK.", None),
    # (the third review's findings) a region the lead names under a place it does not name
    # again is not the place's: a Jakarta story, an outlet's dateline
    ("SENAYAN - Ratusan warga Kabupaten Merauke berunjuk rasa di depan Gedung DPR RI.", None),
    ("DEMOPORTAL - Pemerintah Kota Ambon menggelar rapat soal sekolah rakyat.", None),
    ("WERI, KABARNUSANTARA.COM - Pemerintah Distrik Weri, Kabupaten Fakfak, meresmikan pasar "
     "baru.", "Asia/Jayapura"),
    # regions of two zones named: no zone
    ("LAMAHALA, X – Warga Kota Ambon dan Kabupaten Flores Timur bertemu.", None),
    # a known dateline place is the dateline's business; no dateline, no zone
    ("MANADO, X – Warga Kota Bitung antre.", None),
    ("Warga Kabupaten Flores Timur menggelar ritual.", None),
    # a region after the first sentence is another story's
    ("LAMAHALA, X – Warga antre beras. Di Kota Ambon harga naik.", None),
])
def test_an_unknown_dateline_place_takes_the_zone_of_the_region_its_lead_names(
        lead: str, zone: str | None) -> None:
    found = dateline_region_zone(lead)
    assert (found[0] if found else None) == zone
