"""Indonesian place names -> IANA time zone, and the zone of an article from its dateline.

Pure module (stdlib only, no Scrapy import).

Indonesia has three zones:

* WIB, UTC+07:00: Sumatra, Java, West and Central Kalimantan.  Sumatra and Java are
  ``Asia/Jakarta``; Kalimantan Barat and Kalimantan Tengah are ``Asia/Pontianak``, the IANA
  zone for west and central Borneo (UTC+07:00 since 1988, so the same wall clock as Jakarta).
  We use ``Asia/Pontianak`` there because the portal catalog (``newscrawl/catalog/*.toml``)
  already does; ``ZONE_ABBREVIATIONS`` maps both to "WIB".
* WITA, UTC+08:00, ``Asia/Makassar``: Bali, NTB, NTT, South, East and North Kalimantan, all
  six Sulawesi provinces.
* WIT, UTC+09:00, ``Asia/Jayapura``: Maluku, Maluku Utara and the six Papua provinces.

Note on Kalimantan: the project brief calls "Kalimantan" WITA loosely. That is only true of
Kalimantan Selatan, Timur and Utara; Kalimantan Barat and Tengah are WIB. So the bare words
"Kalimantan" and "Borneo" are in no zone and are left out of the gazetteer.

``PROVINCES`` is the data, grouped by province: province -> (zone, names). ``PLACES`` is built
from it: casefolded name -> zone. A name listed under two provinces of different zones is an
error at import (``_build_places`` raises), so the data cannot silently map one name to two
zones. ``EXCLUDED`` lists names deliberately left out (ambiguous across zones, or ordinary
Indonesian words); some of them are kept in an unambiguous prefixed form ("Kabupaten Banjar",
"Kota Banjar").

``dateline_zone(text)`` reads only the first 200 characters of an article body and recognises
the dateline shapes Indonesian portals print ("MANADO, KOMPAS.com -", "Mangupura (ANTARA) -",
"TRIBUN-TIMUR.COM, MAKASSAR -", "Makassar -", ...). ``zone_of_place(name)`` is the lookup,
tolerant of case, spacing, hyphens and "Kota"/"Kabupaten"/"Kab." prefixes.
"""

from __future__ import annotations

import re

from newscrawl.lang.zones import WIB, WIB_KALIMANTAN, WIT, WITA

# Left out of PLACES on purpose; the reason is given for each. A prefixed, unambiguous form is
# listed in PROVINCES where one exists ("Kabupaten Banjar" WITA, "Kota Banjar" WIB).
EXCLUDED: dict[str, str] = {
    # --- names in two zones ---
    "banjar": "Kabupaten Banjar (Kalsel, WITA) vs Kota Banjar (Jabar, WIB)",
    "martapura": "seat of Banjar (Kalsel, WITA) and of OKU Timur (Sumsel, WIB)",
    "kotabaru": "Kotabaru regency (Kalsel, WITA) vs Kota Baru/Kotabaru districts in WIB",
    "kota baru": "see kotabaru; also 'kota' + 'baru' (new town)",
    "sukadana": "seat of Lampung Timur (WIB, Asia/Jakarta) and Kayong Utara (Asia/Pontianak)",
    "barito": "Barito Kuala is Kalsel (WITA); Barito Selatan/Utara/Timur are Kalteng (WIB)",
    "kalimantan": "the island spans WIB and WITA",
    "borneo": "the island spans WIB and WITA (and Malaysia)",
    "timor": "West Timor is NTT (WITA, +08); Timor-Leste is +09",
    "pulau timor": "see timor",
    "malaka": "Malaka regency (NTT) vs Melaka/Malacca (Malaysia, Selat Malaka)",
    "parigi": "Parigi Moutong seat (Sulteng, WITA) vs Parigi in Pangandaran (Jabar, WIB)",
    "puncak": "Puncak regency (Papua Tengah, WIT) vs Puncak, Bogor (WIB); also 'summit'",
    "tanah merah": "Boven Digoel seat (WIT) vs Tanah Merah in Jakarta/Bangkalan (WIB)",
    "kandangan": "Hulu Sungai Selatan seat (WITA) vs Kandangan districts in Kediri/Temanggung",
    "labuan": "Labuan Bajo (NTT) vs Labuan (Pandeglang, WIB) vs Labuan (Malaysia)",
    "manggar": "Belitung Timur seat (WIB) vs Manggar, Balikpapan (WITA)",
    "banda": "Banda Islands (Maluku, WIT) vs Banda Aceh (WIB)",
    "kuala": "prefix of many places in several zones",
    "indonesia": "the whole country",
    # --- ordinary Indonesian words (or personal names) ---
    "baru": "'new'",
    "kota": "'city'",
    "tengah": "'middle'",
    "negara": "'country' (Jembrana's seat; use Jembrana)",
    "tanjung": "'cape' (seat of Lombok Utara and of Tabalong)",
    "benteng": "'fort' (Kepulauan Selayar's seat; use Selayar)",
    "rantau": "'abroad' (Tapin's seat; use Tapin)",
    "rumbia": "'sago palm' (Bombana's seat; use Bombana)",
    "mulia": "'noble' (Puncak Jaya's seat; use Puncak Jaya)",
    "waris": "'heir' (Keerom's seat; use Keerom or Arso)",
    "borong": "'buy wholesale' (Manggarai Timur's seat)",
    "sumber": "'source' (Cirebon regency's seat)",
    "batu": "'stone' (use Kota Batu)",
    "metro": "'metro' (use Kota Metro)",
    "lembar": "'sheet' (port in Lombok Barat)",
    "landak": "'porcupine' (use Kabupaten Landak / Ngabang)",
    "buru": "'hunt' (use Pulau Buru / Kabupaten Buru / Namlea)",
    "seram": "'scary' (use Pulau Seram)",
    "sabu": "'crystal meth' in crime news (use Sabu Raijua / Pulau Sabu)",
    "mabar": "slang 'play together' (Manggarai Barat; use Labuan Bajo)",
    "mitra": "'partner' (Minahasa Tenggara)",
    "mateng": "'ripe' (Mamuju Tengah)",
    "balut": "'bandage' (Banggai Laut)",
    "kobar": "'blaze' (Kotawaringin Barat)",
    "nusantara": "'the archipelago' (use IKN / Ibu Kota Nusantara)",
    "anggi": "a common given name (Pegunungan Arfak's seat)",
    "marisa": "a common given name (Pohuwato's seat; use Pohuwato)",
    "lovina": "a given name (beach in Buleleng)",
    "moni": "a given name (village by Kelimutu, Ende)",
    "batang": "'stem' (use Kabupaten Batang)",
    "kuningan": "'brass'; also Kuningan, Jakarta (use Kabupaten Kuningan)",
    "merak": "'peacock' (use Pelabuhan Merak)",
    "oki": "the OIC (Organisasi Kerja Sama Islam); Ogan Komering Ilir is listed in full",
    "mtb": "mountain bike; old short form of Maluku Tenggara Barat (now Tanimbar)",
}

# province -> (zone, names). Each province's names: the province and its short forms, the
# capital, then its regencies (kabupaten) and cities (kota) with their seats, then other
# places that appear in datelines. Comments say "regency: seat".
# fmt: off
PROVINCES: dict[str, tuple[str, tuple[str, ...]]] = {
    # ================================ WITA (Asia/Makassar) ================================
    "Bali": (WITA, (
        "Bali", "Pulau Bali", "Provinsi Bali",
        "Denpasar",  # capital, city
        "Badung", "Mangupura",
        "Bangli",
        "Buleleng", "Singaraja",
        "Gianyar",
        "Jembrana",  # seat: Negara (excluded, a common word)
        "Karangasem", "Amlapura",
        "Klungkung", "Semarapura",
        "Tabanan",
        "Nusa Dua", "Kuta", "Kuta Selatan", "Kuta Utara", "Ubud", "Sanur", "Jimbaran",
        "Seminyak", "Legian", "Canggu", "Kerobokan", "Benoa", "Tanjung Benoa", "Pecatu",
        "Uluwatu", "Kintamani", "Nusa Penida", "Nusa Lembongan", "Gilimanuk", "Padangbai",
        "Candidasa", "Bedugul", "Mengwi", "Sukawati", "Tegallalang", "Celukan Bawang",
    )),
    "Nusa Tenggara Barat": (WITA, (
        "Nusa Tenggara Barat", "NTB", "Lombok", "Pulau Lombok", "Pulau Sumbawa",
        "Nusa Tenggara",  # NTB + NTT, both WITA
        "Mataram",  # capital, city
        "Kota Bima", "Bima", "Kabupaten Bima", "Woha",
        "Dompu",
        "Lombok Barat", "Lobar", "Gerung",
        "Lombok Tengah", "Loteng", "Praya",
        "Lombok Timur", "Lotim", "Selong",
        "Lombok Utara", "KLU",  # seat: Tanjung (excluded)
        "Sumbawa", "Sumbawa Besar",
        "Sumbawa Barat", "Taliwang",
        "Senggigi", "Mandalika", "Kuta Mandalika", "Gili Trawangan", "Gili Air", "Gili Meno",
        "Sembalun", "Sekotong", "Labuhan Lombok", "Poto Tano",
    )),
    "Nusa Tenggara Timur": (WITA, (
        "Nusa Tenggara Timur", "NTT", "Flores", "Pulau Flores", "Sumba", "Pulau Sumba",
        "Timor Barat",
        "Kupang", "Kota Kupang",  # capital, city
        "Kabupaten Kupang", "Oelamasi",
        "Alor", "Kalabahi",
        "Belu", "Atambua",
        "Ende",
        "Flores Timur", "Flotim", "Larantuka",
        "Lembata", "Lewoleba",
        "Kabupaten Malaka", "Betun",
        "Manggarai", "Ruteng",
        "Manggarai Barat", "Labuan Bajo", "Labuanbajo",
        "Manggarai Timur", "Matim",  # seat: Borong (excluded)
        "Nagekeo", "Mbay",
        "Ngada", "Bajawa",
        "Rote Ndao", "Rote", "Pulau Rote", "Ba'a",
        "Sabu Raijua", "Pulau Sabu", "Menia",
        "Sikka", "Maumere",
        "Sumba Barat", "Waikabubak",
        "Sumba Barat Daya", "Tambolaka",
        "Sumba Tengah", "Waibakul",
        "Sumba Timur", "Waingapu",
        "Timor Tengah Selatan", "TTS", "Soe",
        "Timor Tengah Utara", "TTU", "Kefamenanu",
        "Pulau Komodo", "Kelimutu",
    )),
    "Kalimantan Selatan": (WITA, (
        "Kalimantan Selatan", "Kalsel",
        "Banjarbaru",  # capital since 2022 (UU 8/2022), city
        "Banjarmasin",  # former capital, city
        "Kabupaten Banjar",  # seat: Martapura (excluded)
        "Balangan", "Paringin",
        "Barito Kuala", "Batola", "Marabahan",
        "Hulu Sungai Selatan",  # seat: Kandangan (excluded)
        "Hulu Sungai Tengah", "Barabai",
        "Hulu Sungai Utara", "Amuntai",
        "Kabupaten Kotabaru",  # seat: Kotabaru (excluded bare)
        "Tabalong",  # seat: Tanjung (excluded)
        "Tanah Bumbu", "Tanbu", "Batulicin",
        "Tanah Laut", "Pelaihari",
        "Tapin",  # seat: Rantau (excluded)
    )),
    "Kalimantan Timur": (WITA, (
        "Kalimantan Timur", "Kaltim",
        "Samarinda",  # capital, city
        "Balikpapan", "Bontang",
        "Berau", "Tanjung Redeb", "Derawan", "Maratua",
        "Kutai", "Kutai Barat", "Kubar", "Sendawar",
        "Kutai Kartanegara", "Kukar", "Tenggarong",
        "Kutai Timur", "Kutim", "Sangatta", "Sangata",
        "Mahakam Ulu", "Mahulu", "Ujoh Bilang",
        "Paser", "Tana Paser", "Tanah Grogot",
        "Penajam Paser Utara", "PPU", "Penajam",
        "IKN", "Ibu Kota Nusantara", "Sepaku",
    )),
    "Kalimantan Utara": (WITA, (
        "Kalimantan Utara", "Kaltara",
        "Tanjung Selor",  # capital; seat of Bulungan
        "Bulungan",
        "Malinau",
        "Nunukan", "Sebatik", "Krayan",
        "Tana Tidung", "Tideng Pale",
        "Tarakan",  # city
    )),
    "Sulawesi Utara": (WITA, (
        "Sulawesi Utara", "Sulut",
        "Sulawesi", "Celebes",  # all six Sulawesi provinces are WITA
        "Manado",  # capital, city
        "Bitung", "Kotamobagu", "Tomohon",  # cities
        "Bolaang Mongondow", "Bolmong", "Lolak",
        "Bolaang Mongondow Selatan", "Bolsel", "Bolaang Uki", "Molibagu",
        "Bolaang Mongondow Timur", "Boltim", "Tutuyan",
        "Bolaang Mongondow Utara", "Bolmut", "Boroko",
        "Kepulauan Sangihe", "Sangihe", "Tahuna",
        "Kepulauan Siau Tagulandang Biaro", "Sitaro", "Siau", "Ondong", "Ondong Siau",
        "Kepulauan Talaud", "Talaud", "Melonguane",
        "Minahasa", "Tondano",
        "Minahasa Selatan", "Minsel", "Amurang",
        "Minahasa Tenggara", "Ratahan",
        "Minahasa Utara", "Minut", "Airmadidi", "Likupang",
        "Bunaken",
    )),
    "Gorontalo": (WITA, (
        "Gorontalo", "Kota Gorontalo", "Kabupaten Gorontalo",  # province, capital, regency
        "Limboto",  # seat of Gorontalo regency
        "Boalemo", "Tilamuta",
        "Bone Bolango", "Bonebol", "Suwawa",
        "Gorontalo Utara", "Gorut", "Kwandang",
        "Pohuwato",  # seat: Marisa (excluded)
    )),
    "Sulawesi Tengah": (WITA, (
        "Sulawesi Tengah", "Sulteng",
        "Palu",  # capital, city
        "Banggai", "Luwuk",
        "Banggai Kepulauan", "Bangkep", "Salakan",
        "Banggai Laut",  # seat: Banggai
        "Buol",
        "Donggala", "Banawa",
        "Morowali", "Bungku",
        "Morowali Utara", "Morut", "Kolonodale",
        "Parigi Moutong", "Parimo",
        "Poso", "Tentena",
        "Sigi", "Sigi Biromaru",
        "Tojo Una-Una", "Touna", "Ampana",
        "Tolitoli", "Toli-Toli",
    )),
    "Sulawesi Barat": (WITA, (
        "Sulawesi Barat", "Sulbar",
        "Mamuju",  # capital; also a regency
        "Majene",
        "Mamasa",
        "Mamuju Tengah", "Tobadak",
        "Pasangkayu", "Mamuju Utara",
        "Polewali Mandar", "Polman", "Polewali", "Wonomulyo",
    )),
    "Sulawesi Selatan": (WITA, (
        "Sulawesi Selatan", "Sulsel",
        "Makassar", "Ujung Pandang",  # capital, city
        "Palopo", "Parepare", "Pare-Pare",  # cities
        "Bantaeng",
        "Barru",
        "Bone", "Watampone",
        "Bulukumba", "Bira", "Tanjung Bira",
        "Enrekang",
        "Gowa", "Sungguminasa", "Malino",
        "Jeneponto", "Bontosunggu",
        "Kepulauan Selayar", "Selayar",  # seat: Benteng (excluded)
        "Luwu", "Belopa",
        "Luwu Timur", "Lutim", "Malili", "Sorowako",
        "Luwu Utara", "Lutra", "Masamba",
        "Maros", "Turikale",
        "Pangkajene dan Kepulauan", "Pangkep", "Pangkajene",
        "Pinrang",
        "Sidenreng Rappang", "Sidrap", "Pangkajene Sidenreng",
        "Sinjai",
        "Soppeng", "Watansoppeng",
        "Takalar", "Pattallassang",
        "Tana Toraja", "Tator", "Toraja", "Makale",
        "Toraja Utara", "Torut", "Rantepao",
        "Wajo", "Sengkang",
    )),
    "Sulawesi Tenggara": (WITA, (
        "Sulawesi Tenggara", "Sultra",
        "Kendari",  # capital, city
        "Baubau", "Bau-Bau",  # city
        "Bombana",  # seat: Rumbia (excluded)
        "Buton", "Pasarwajo",
        "Buton Selatan", "Busel", "Batauga",
        "Buton Tengah", "Buteng", "Labungkari",
        "Buton Utara", "Butur", "Buranga",
        "Kolaka",
        "Kolaka Timur", "Koltim", "Tirawuta",
        "Kolaka Utara", "Kolut", "Lasusua",
        "Konawe", "Unaaha",
        "Konawe Kepulauan", "Konkep", "Langara",
        "Konawe Selatan", "Konsel", "Andoolo",
        "Konawe Utara", "Konut", "Wanggudu",
        "Muna", "Raha",
        "Muna Barat", "Mubar", "Laworo",
        "Wakatobi", "Wangi-Wangi", "Wanci",
    )),
    # ================================ WIT (Asia/Jayapura) =================================
    "Maluku": (WIT, (
        "Maluku", "Provinsi Maluku",
        "Ambon",  # capital, city
        "Tual",  # city
        "Kabupaten Buru", "Pulau Buru", "Namlea",
        "Buru Selatan", "Bursel", "Namrole",
        "Kepulauan Aru", "Aru", "Dobo",
        "Kepulauan Tanimbar", "Tanimbar", "Maluku Tenggara Barat", "KKT", "Saumlaki",
        "Maluku Barat Daya", "MBD", "Tiakur",
        "Maluku Tengah", "Malteng", "Masohi",
        "Maluku Tenggara", "Malra", "Langgur", "Kei",
        "Seram Bagian Barat", "SBB", "Piru",
        "Seram Bagian Timur", "SBT", "Bula",
        "Pulau Seram", "Banda Neira", "Saparua", "Tulehu",
    )),
    "Maluku Utara": (WIT, (
        "Maluku Utara", "Malut",
        "Sofifi",  # capital (in Tidore Kepulauan city)
        "Ternate",  # city
        "Tidore", "Tidore Kepulauan",  # city
        "Halmahera",
        "Halmahera Barat", "Halbar", "Jailolo",
        "Halmahera Tengah", "Halteng", "Weda",
        "Halmahera Timur", "Haltim", "Maba",
        "Halmahera Selatan", "Halsel", "Labuha", "Bacan",
        "Halmahera Utara", "Halut", "Tobelo",
        "Kepulauan Sula", "Sula", "Sanana",
        "Pulau Morotai", "Morotai", "Daruba",
        "Pulau Taliabu", "Taliabu", "Bobong",
    )),
    "Papua": (WIT, (
        "Papua", "Tanah Papua", "Provinsi Papua",
        "Jayapura", "Kota Jayapura", "Abepura",  # capital, city
        "Kabupaten Jayapura", "Sentani",
        "Biak Numfor", "Biak",
        "Keerom", "Arso",  # seat: Waris (excluded)
        "Kepulauan Yapen", "Yapen", "Serui",
        "Mamberamo", "Mamberamo Raya", "Burmeso",
        "Sarmi",
        "Supiori", "Sorendiweri",
        "Waropen", "Botawa",
        "Skouw",
    )),
    "Papua Barat": (WIT, (
        "Papua Barat", "Pabar",
        "Manokwari",  # capital; also a regency
        "Fakfak", "Fak-Fak",
        "Kaimana",
        "Manokwari Selatan", "Mansel", "Ransiki",
        "Pegunungan Arfak", "Pegaf",  # seat: Anggi (excluded)
        "Teluk Bintuni", "Bintuni",
        "Teluk Wondama", "Wondama", "Rasiei", "Wasior",
    )),
    "Papua Barat Daya": (WIT, (
        "Papua Barat Daya", "PBD",
        "Sorong", "Kota Sorong",  # capital, city
        "Kabupaten Sorong", "Aimas",
        "Maybrat", "Kumurkek",
        "Raja Ampat", "Waisai",
        "Sorong Selatan", "Sorsel", "Teminabuan",
        "Tambrauw", "Fef",
    )),
    "Papua Tengah": (WIT, (
        "Papua Tengah",
        "Nabire",  # capital; also a regency
        "Deiyai", "Waghete",
        "Dogiyai", "Kigamani",
        "Intan Jaya", "Sugapa",
        "Mimika", "Timika", "Tembagapura", "Kuala Kencana",
        "Paniai", "Enarotali",
        "Kabupaten Puncak", "Ilaga",
        "Puncak Jaya",  # seat: Mulia (excluded)
    )),
    "Papua Pegunungan": (WIT, (
        "Papua Pegunungan",
        "Wamena",  # capital; seat of Jayawijaya
        "Jayawijaya",
        "Lanny Jaya", "Tiom",
        "Mamberamo Tengah", "Kobakma",
        "Nduga", "Kenyam",
        "Pegunungan Bintang", "Pegubin", "Oksibil",
        "Tolikara", "Karubaga",
        "Yahukimo", "Dekai",
        "Yalimo", "Elelim",
    )),
    "Papua Selatan": (WIT, (
        "Papua Selatan",
        "Merauke",  # capital; also a regency
        "Asmat", "Agats",
        "Boven Digoel",  # seat: Tanah Merah (excluded)
        "Mappi", "Kepi",
    )),
    # ============================ WIB, Kalimantan (Asia/Pontianak) ========================
    "Kalimantan Barat": (WIB_KALIMANTAN, (
        "Kalimantan Barat", "Kalbar",
        "Pontianak",  # capital, city
        "Singkawang",  # city
        "Sambas",
        "Bengkayang",
        "Kabupaten Landak", "Ngabang",
        "Mempawah",
        "Sanggau",
        "Sekadau",
        "Sintang",
        "Melawi", "Nanga Pinoh",
        "Kapuas Hulu", "Putussibau",
        "Ketapang",
        "Kayong Utara",  # seat: Sukadana (excluded)
        "Kubu Raya",
        "Entikong",
        "Kapuas",  # river (Kalbar) and regency (Kalteng): both Asia/Pontianak
    )),
    "Kalimantan Tengah": (WIB_KALIMANTAN, (
        "Kalimantan Tengah", "Kalteng",
        "Palangka Raya", "Palangkaraya",  # capital, city
        "Kotawaringin Barat", "Pangkalan Bun",
        "Kotawaringin Timur", "Kotim", "Sampit",
        "Kuala Kapuas",  # seat of Kapuas regency
        "Barito Selatan", "Buntok",
        "Barito Timur", "Tamiang Layang",
        "Barito Utara", "Muara Teweh",
        "Gunung Mas", "Kuala Kurun",
        "Katingan", "Kasongan",
        "Lamandau", "Nanga Bulik",
        "Murung Raya", "Puruk Cahu",
        "Pulang Pisau",
        "Seruyan", "Kuala Pembuang",
        "Sukamara",
    )),
    # ================================ WIB (Asia/Jakarta) ==================================
    "Aceh": (WIB, (
        "Aceh", "Nanggroe Aceh Darussalam",
        "Banda Aceh",  # capital, city
        "Langsa", "Lhokseumawe", "Sabang", "Subulussalam",
        "Aceh Barat", "Meulaboh",
        "Aceh Barat Daya", "Blangpidie",
        "Aceh Besar", "Jantho", "Kota Jantho",
        "Aceh Jaya", "Calang",
        "Aceh Selatan", "Tapaktuan",
        "Aceh Singkil", "Singkil",
        "Aceh Tamiang", "Kuala Simpang",
        "Aceh Tengah", "Takengon",
        "Aceh Tenggara", "Kutacane",
        "Aceh Timur", "Idi Rayeuk",
        "Aceh Utara", "Lhoksukon",
        "Bener Meriah", "Redelong",
        "Bireuen",
        "Gayo Lues", "Blangkejeren",
        "Nagan Raya", "Suka Makmue",
        "Pidie", "Sigli",
        "Pidie Jaya", "Meureudu",
        "Simeulue", "Sinabang",
    )),
    "Sumatera Utara": (WIB, (
        "Sumatera Utara", "Sumatra Utara", "Sumut",
        "Sumatera", "Sumatra",  # all ten Sumatra provinces are WIB
        "Medan",  # capital, city
        "Binjai", "Gunungsitoli", "Padangsidimpuan", "Padang Sidempuan", "Pematangsiantar",
        "Pematang Siantar", "Siantar", "Sibolga", "Tanjungbalai", "Tanjung Balai",
        "Tebing Tinggi",
        "Asahan", "Kisaran",
        "Batubara",
        "Dairi", "Sidikalang",
        "Deli Serdang", "Lubuk Pakam",
        "Humbang Hasundutan", "Doloksanggul",
        "Karo", "Kabanjahe", "Berastagi", "Brastagi",
        "Labuhanbatu", "Rantauprapat",
        "Langkat", "Stabat",
        "Mandailing Natal", "Panyabungan",
        "Nias", "Nias Selatan", "Teluk Dalam",
        "Padang Lawas",
        "Samosir", "Pangururan",
        "Serdang Bedagai", "Sei Rampah",
        "Simalungun", "Parapat",
        "Tapanuli Selatan", "Tapanuli Tengah", "Tapanuli Utara", "Tarutung",
        "Toba", "Balige", "Danau Toba",
    )),
    "Sumatera Barat": (WIB, (
        "Sumatera Barat", "Sumatra Barat", "Sumbar",
        "Padang",  # capital, city
        "Bukittinggi", "Padang Panjang", "Pariaman", "Payakumbuh", "Sawahlunto", "Solok",
        "Agam", "Lubuk Basung",
        "Dharmasraya",
        "Kepulauan Mentawai", "Mentawai", "Tuapejat",
        "Lima Puluh Kota",
        "Pasaman", "Pasaman Barat",
        "Pesisir Selatan", "Painan",
        "Sijunjung",
        "Tanah Datar", "Batusangkar",
    )),
    "Riau": (WIB, (
        "Riau",
        "Pekanbaru",  # capital, city
        "Dumai",
        "Bengkalis",
        "Indragiri Hilir", "Tembilahan",
        "Indragiri Hulu", "Rengat",
        "Kampar", "Bangkinang",
        "Kepulauan Meranti", "Selatpanjang",
        "Kuantan Singingi", "Teluk Kuantan",
        "Pelalawan", "Pangkalan Kerinci",
        "Rokan Hilir", "Bagansiapiapi",
        "Rokan Hulu", "Pasir Pengaraian",
        "Siak", "Siak Sri Indrapura",
    )),
    "Kepulauan Riau": (WIB, (
        "Kepulauan Riau", "Kepri",
        "Tanjungpinang", "Tanjung Pinang",  # capital, city
        "Batam",
        "Bintan",
        "Karimun", "Tanjung Balai Karimun",
        "Kepulauan Anambas", "Anambas", "Tarempa",
        "Lingga",
        "Natuna", "Ranai",
    )),
    "Jambi": (WIB, (
        "Jambi",  # province, capital, city
        "Sungai Penuh",
        "Batanghari", "Muara Bulian",
        "Bungo", "Muara Bungo",
        "Kerinci",
        "Merangin", "Bangko",
        "Muaro Jambi", "Sengeti",
        "Sarolangun",
        "Tanjung Jabung Barat", "Kuala Tungkal",
        "Tanjung Jabung Timur", "Muara Sabak",
        "Tebo", "Muara Tebo",
    )),
    "Bengkulu": (WIB, (
        "Bengkulu",  # province, capital, city
        "Bengkulu Selatan", "Manna",
        "Bengkulu Tengah",
        "Bengkulu Utara", "Arga Makmur",
        "Kaur", "Bintuhan",
        "Kepahiang",
        "Lebong",
        "Mukomuko",
        "Rejang Lebong", "Curup",
        "Seluma",
    )),
    "Sumatera Selatan": (WIB, (
        "Sumatera Selatan", "Sumatra Selatan", "Sumsel",
        "Palembang",  # capital, city
        "Lubuklinggau", "Pagar Alam", "Pagaralam", "Prabumulih",
        "Banyuasin", "Pangkalan Balai",
        "Empat Lawang",
        "Lahat",
        "Muara Enim",
        "Musi Banyuasin", "Sekayu",
        "Musi Rawas", "Musi Rawas Utara",
        "Ogan Ilir", "Indralaya",
        "Ogan Komering Ilir", "Kayuagung",  # not "OKI" (also the OIC)
        "Ogan Komering Ulu", "OKU", "Baturaja",
        "OKU Selatan", "Muaradua", "OKU Timur",
        "Penukal Abab Lematang Ilir",
    )),
    "Kepulauan Bangka Belitung": (WIB, (
        "Kepulauan Bangka Belitung", "Bangka Belitung", "Babel",
        "Pangkalpinang", "Pangkal Pinang",  # capital, city
        "Bangka", "Sungailiat",
        "Bangka Barat", "Muntok", "Mentok",
        "Bangka Selatan", "Toboali",
        "Bangka Tengah", "Koba",
        "Belitung", "Tanjung Pandan", "Tanjungpandan",
        "Belitung Timur",
    )),
    "Lampung": (WIB, (
        "Lampung",
        "Bandar Lampung",  # capital, city
        "Kota Metro",
        "Lampung Barat", "Liwa",
        "Lampung Selatan", "Kalianda", "Bakauheni",
        "Lampung Tengah", "Gunung Sugih",
        "Lampung Timur",
        "Lampung Utara", "Kotabumi",
        "Mesuji",
        "Pesawaran",
        "Pesisir Barat", "Krui",
        "Pringsewu",
        "Tanggamus", "Kota Agung",
        "Tulang Bawang", "Menggala",
        "Way Kanan",
    )),
    "DKI Jakarta": (WIB, (
        "DKI Jakarta", "Jakarta", "DKI", "Daerah Khusus Jakarta",  # capital
        "Jakarta Pusat", "Jakarta Utara", "Jakarta Barat", "Jakarta Selatan", "Jakarta Timur",
        "Jakpus", "Jakut", "Jakbar", "Jaksel", "Jaktim",
        "Kepulauan Seribu",
        "Jawa", "Java", "Pulau Jawa",  # all six Java provinces are WIB
    )),
    "Banten": (WIB, (
        "Banten",
        "Serang",  # capital, city
        "Cilegon", "Tangerang", "Tangerang Selatan", "Tangsel", "Serpong",
        "Lebak", "Rangkasbitung",
        "Pandeglang",
        "Tigaraksa",
        "Anyer", "Pelabuhan Merak",
    )),
    "Jawa Barat": (WIB, (
        "Jawa Barat", "Jabar",
        "Bandung",  # capital, city
        "Bekasi", "Bogor", "Cimahi", "Cirebon", "Depok", "Sukabumi", "Tasikmalaya",
        "Kota Banjar",
        "Bandung Barat", "Ngamprah", "Lembang", "Soreang",
        "Cikarang", "Cibinong",
        "Ciamis", "Cianjur", "Garut", "Indramayu", "Karawang", "Kabupaten Kuningan", "Majalengka",
        "Pangandaran", "Purwakarta", "Subang", "Sumedang", "Jatinangor",
        "Palabuhanratu", "Pelabuhan Ratu", "Singaparna",
    )),
    "Jawa Tengah": (WIB, (
        "Jawa Tengah", "Jateng",
        "Semarang",  # capital, city
        "Magelang", "Pekalongan", "Salatiga", "Surakarta", "Solo", "Tegal",
        "Banjarnegara", "Banyumas", "Purwokerto", "Blora", "Boyolali", "Brebes",
        "Kabupaten Batang", "Cilacap", "Demak", "Grobogan", "Purwodadi", "Jepara", "Karanganyar",
        "Kebumen",
        "Kendal", "Klaten", "Kudus", "Mungkid", "Pati", "Kajen", "Pemalang", "Purbalingga",
        "Purworejo", "Rembang", "Ungaran", "Sragen", "Sukoharjo", "Slawi", "Temanggung",
        "Wonogiri", "Wonosobo", "Borobudur", "Dieng",
    )),
    "DI Yogyakarta": (WIB, (
        "DI Yogyakarta", "DIY", "Daerah Istimewa Yogyakarta",
        "Yogyakarta", "Yogya", "Jogja", "Jogjakarta",  # capital, city
        "Sleman", "Bantul", "Kulon Progo", "Kulonprogo", "Wates", "Gunungkidul",
        "Gunung Kidul", "Wonosari",
    )),
    "Jawa Timur": (WIB, (
        "Jawa Timur", "Jatim",
        "Surabaya",  # capital, city
        "Kota Batu", "Blitar", "Kediri", "Madiun", "Malang", "Mojokerto", "Pasuruan",
        "Probolinggo",
        "Bangkalan", "Banyuwangi", "Bojonegoro", "Bondowoso", "Gresik", "Jember", "Jombang",
        "Lamongan", "Lumajang", "Magetan", "Nganjuk", "Ngawi", "Pacitan", "Pamekasan",
        "Ponorogo", "Sampang", "Sidoarjo", "Situbondo", "Sumenep", "Trenggalek", "Tuban",
        "Tulungagung", "Madura", "Kepanjen", "Kraksaan", "Bangil", "Caruban", "Kanigoro",
    )),
}
# fmt: on

# Province capitals (the seat of the provincial government), for tests and callers.
CAPITALS: dict[str, str] = {
    "Aceh": "Banda Aceh",
    "Sumatera Utara": "Medan",
    "Sumatera Barat": "Padang",
    "Riau": "Pekanbaru",
    "Kepulauan Riau": "Tanjungpinang",
    "Jambi": "Jambi",
    "Bengkulu": "Bengkulu",
    "Sumatera Selatan": "Palembang",
    "Kepulauan Bangka Belitung": "Pangkalpinang",
    "Lampung": "Bandar Lampung",
    "DKI Jakarta": "Jakarta",
    "Banten": "Serang",
    "Jawa Barat": "Bandung",
    "Jawa Tengah": "Semarang",
    "DI Yogyakarta": "Yogyakarta",
    "Jawa Timur": "Surabaya",
    "Kalimantan Barat": "Pontianak",
    "Kalimantan Tengah": "Palangka Raya",
    "Kalimantan Selatan": "Banjarbaru",
    "Kalimantan Timur": "Samarinda",
    "Kalimantan Utara": "Tanjung Selor",
    "Bali": "Denpasar",
    "Nusa Tenggara Barat": "Mataram",
    "Nusa Tenggara Timur": "Kupang",
    "Sulawesi Utara": "Manado",
    "Gorontalo": "Gorontalo",
    "Sulawesi Tengah": "Palu",
    "Sulawesi Barat": "Mamuju",
    "Sulawesi Selatan": "Makassar",
    "Sulawesi Tenggara": "Kendari",
    "Maluku": "Ambon",
    "Maluku Utara": "Sofifi",
    "Papua": "Jayapura",
    "Papua Barat": "Manokwari",
    "Papua Barat Daya": "Sorong",
    "Papua Tengah": "Nabire",
    "Papua Pegunungan": "Wamena",
    "Papua Selatan": "Merauke",
}

_SPACE = re.compile(r"\s+")
_PREFIX = re.compile(
    r"^(?:kabupaten|kab\.?|kota administrasi|kota adm\.?|kota|provinsi|prov\.?|pulau)\s+"
)
_COMPACT_DROP = re.compile(r"[\s'’.\-]+")


def normalize(name: str) -> str:
    """Casefolded, single-spaced, curly apostrophe made straight; the form of PLACES keys."""
    return _SPACE.sub(" ", name.replace("’", "'")).strip(" ,.;:").casefold()


def _compact(key: str) -> str:
    return _COMPACT_DROP.sub("", key)


def _build_places(
    provinces: dict[str, tuple[str, tuple[str, ...]]],
) -> tuple[dict[str, str], dict[str, str]]:
    """PLACES and its compact index (no spaces/hyphens/dots). Raises on a name in two zones."""
    places: dict[str, str] = {}
    origin: dict[str, str] = {}
    for province, (zone, names) in provinces.items():
        for name in (province, *names):
            key = normalize(name)
            if key in EXCLUDED:
                raise ValueError(f"{name!r} ({province}) is in EXCLUDED: {EXCLUDED[key]}")
            if places.get(key, zone) != zone:
                raise ValueError(f"{name!r} is in {origin[key]} and {province}: two zones")
            places[key] = zone
            origin.setdefault(key, province)
    compact: dict[str, str] = {}
    compact_origin: dict[str, str] = {}
    for key, zone in places.items():
        ck = _compact(key)
        if compact.get(ck, zone) != zone:
            raise ValueError(f"{key!r} and {compact_origin[ck]!r} differ only in spacing")
        compact[ck] = zone
        compact_origin.setdefault(ck, key)
    return places, compact


PLACES, _COMPACT = _build_places(PROVINCES)


def zone_of_place(name: str) -> str | None:
    """IANA zone of a place name, or None. Case, spacing and hyphens don't matter
    ("Pare-Pare" = "Parepare"), nor a "Kota "/"Kabupaten "/"Kab. "/"Provinsi " prefix."""
    key = normalize(name)
    if not key or len(key) > 60:
        return None
    zone = PLACES.get(key) or _COMPACT.get(_compact(key))
    if zone:
        return zone
    stripped = _PREFIX.sub("", key, count=1)
    if stripped != key:
        return PLACES.get(stripped) or _COMPACT.get(_compact(stripped))
    return None


# --- datelines ----------------------------------------------------------------------------

# Any dateline, loosely: up to 60 characters and a dash at the start of a body
# ("ZONABANTEN.com - ", "MAKASSAR, KOMPAS.com -- "). Copies of one story differ in it, so
# bodies are compared without it; `dateline_zone` below reads datelines exactly.
LOOSE_DATELINE = re.compile(r"^[^\n]{0,60}?\s[-–—]{1,2}\s*")


def without_dateline(text: str) -> str:
    """`text` with the dateline it opens with (if any) taken out."""
    return LOOSE_DATELINE.sub("", text, count=1)


# A word of a place name: letters, with inner hyphens/apostrophes/dots ("Toli-Toli", "Ba'a",
# "TRIBUN-TIMUR.COM"), and an optional trailing dot ("Kab."). Digits end a word.
_WORD = r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*+\.?"
# The place: up to 6 words, taken whole (atomic: no backtracking into shorter candidates).
_PLACE = re.compile(rf"(?>{_WORD}(?: {_WORD}){{0,5}})")
# A dash that ends the dateline: -, --, – or —, followed by a space or the end.
_DASH = r"(?:-{1,2}|–|—)(?=\s|$)"
_DASH_AFTER = re.compile(rf"\s?{_DASH}")
# An outlet given as a domain: KOMPAS.com, TRIBUN-TIMUR.COM, Liputan6.com, suarantt.id.
_DOMAIN = r"[^\W_][\w\-]*(?:\.[\w\-]+)*\.[A-Za-z]{2,}(?![\w.])"
_OUTLET_FIRST = re.compile(rf"(?:{_DOMAIN})\s?,\s?")
_COMMA_DOMAIN = re.compile(rf"\s?,\s?{_DOMAIN}")
_PAREN = re.compile(r"\s?\((?P<inside>[^()]{1,40})\)")
# After "PLACE, ": a short tail (outlet, date, region, "(ANTARA)") and then the dash.
_COMMA_TAIL = re.compile(rf"\s?,\s?(?P<tail>[^\n]{{0,80}}?)\s?{_DASH}")
_TAIL_TOKEN = re.compile(r"\([^()]*\)|[^\s,()]+")
_QUALIFIER = re.compile(rf"(?>{_WORD}(?: {_WORD}){{0,3}})(?=\s?(?:[,(]|$))")

_HEAD_CHARS = 200
_MAX_TAIL_TOKENS = 6


def _tail_ok(tail: str) -> bool:
    """A dateline tail is a few tokens that are capitalised, numeric, parenthesised or
    domains ("KOMPAS.com", "12/3 (Antara)", "Bali (ANTARA)", "Jubi", "suarantt.id");
    ordinary lower-case words ("warga mengeluh") mean it is a sentence."""
    tokens = _TAIL_TOKEN.findall(tail)
    if len(tokens) > _MAX_TAIL_TOKENS:
        return False
    for tok in tokens:
        first = tok[0]
        if first == "(" or first.isupper() or first.isdigit():
            continue
        if "." in tok.strip(".") or any(c.isdigit() for c in tok) or tok.startswith("detik"):
            continue
        return False
    return True


def _after_place(head: str, pos: int, *, outlet_seen: bool) -> str | None:
    """What follows the place at ``pos`` if it closes a dateline, else None.
    Returns the tail text after a comma ("" when there is none)."""
    if _DASH_AFTER.match(head, pos):
        return ""
    paren = _PAREN.match(head, pos)
    if paren:
        inside = paren["inside"]
        if _DASH_AFTER.match(head, paren.end()) or "antara" in inside.casefold():
            return ""
        if re.fullmatch(_DOMAIN, inside.strip()):
            return ""
        return None
    if _COMMA_DOMAIN.match(head, pos):  # "BANDUNG, KOMPAS.com" (dash optional)
        return ""
    tail = _COMMA_TAIL.match(head, pos)
    if tail and _tail_ok(tail["tail"]):
        return tail["tail"]
    if outlet_seen and pos == len(head.rstrip()):
        return ""
    return None


def _resolve(place: str, tail: str) -> tuple[str, str] | None:
    zone = zone_of_place(place)
    if zone:
        return zone, place
    # "Tejakula, Bali (ANTARA) -": an unknown village, then its region.
    qualifier = _QUALIFIER.match(tail)
    if qualifier:
        zone = zone_of_place(qualifier.group())
        if zone:
            return zone, qualifier.group()
    return None


def dateline_zone(text: str) -> tuple[str, str] | None:
    """(IANA zone, place as written) when ``text`` opens with a dateline, else None.

    Only the first 200 characters are read. Shapes: "MANADO, KOMPAS.com -",
    "Denpasar, 12/3 (Antara) -", "Mangupura (ANTARA) -", "Makassar -", "Sentani, Jubi –",
    "TRIBUN-TIMUR.COM, MAKASSAR -", "Liputan6.com, Jayapura -", "Nusa Dua, Bali (ANTARA) -",
    "Kabupaten Badung (ANTARA) -". A dateline without a place ("SUARASULSEL.ID -",
    "detikSulsel -") gives None: the outlet's own zone is the catalog's business.
    """
    head = _SPACE.sub(" ", text[:_HEAD_CHARS].replace("\ufeff", "")).strip()
    if not head:
        return None
    outlet = _OUTLET_FIRST.match(head)
    if outlet:  # "KOMPAS.com, MANADO -"
        place = _PLACE.match(head, outlet.end())
        if place:
            tail = _after_place(head, place.end(), outlet_seen=True)
            if tail is not None:
                zone = zone_of_place(place.group())
                return (zone, place.group()) if zone else None
    place = _PLACE.match(head)
    if not place:
        return None
    tail = _after_place(head, place.end(), outlet_seen=False)
    if tail is None:
        return None
    return _resolve(place.group(), tail)
