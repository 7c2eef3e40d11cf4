"""The gazetteer's data: Indonesia's provinces with their zone and the place names that appear
in datelines, the names left out on purpose, and the province capitals. Data only (read by
newscrawl.lang.dateline, which builds the name -> zone table from it and checks it at import).
Pure module (no Scrapy import).
"""

from __future__ import annotations

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
