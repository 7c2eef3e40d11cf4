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

``PROVINCES`` (newscrawl.lang.places) is the data, grouped by province: province -> (zone,
names). ``PLACES`` is built from it: casefolded name -> zone. A name listed under two
provinces of different zones is an error at import (``_build_places`` raises), so the data
cannot silently map one name to two zones. ``EXCLUDED`` lists names deliberately left out
(ambiguous across zones, or ordinary Indonesian words); some of them are kept in an
unambiguous prefixed form ("Kabupaten Banjar", "Kota Banjar").

``dateline_zone(text)`` reads only the first 200 characters of an article body and recognises
the dateline shapes Indonesian portals print ("MANADO, KOMPAS.com -", "Mangupura (ANTARA) -",
"TRIBUN-TIMUR.COM, MAKASSAR -", "Makassar -", ...). ``zone_of_place(name)`` is the lookup,
tolerant of case, spacing, hyphens and "Kota"/"Kabupaten"/"Kab." prefixes.
"""

from __future__ import annotations

import re

from newscrawl.lang.places import EXCLUDED, PROVINCES

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


_TOWN_PREFIX = re.compile(r"(?:Kota|Kabupaten|Kab\.)\s", re.IGNORECASE)


def files_from(part: str, *, bare_word: bool) -> bool:
    """Whether a credit's part after a name is the place the reporter files from: one the
    gazetteer knows with its "Kota "/"Kabupaten " ("Dewi Lestari, Kota Batu") or a word
    alone no name shares ("Stefanus Lau, Jakarta"; not "Bima"), or, where `bare_word` (a
    "Laporan: Nama, Place" line), any it knows, with such a prefix or without ("Batu", a
    town it knows as "Kota Batu"; "Surya, Zainal" is an outlet and a name)."""
    if bare_word:
        return bool(zone_of_place(part) or zone_of_place(f"Kota {part}")
                    or zone_of_place(f"Kabupaten {part}"))
    if " " not in part and part.casefold() not in _PLACE_HOMONYMS and part[:1].isupper():
        return bool(zone_of_place(part))
    return bool(_TOWN_PREFIX.match(part) and zone_of_place(part))


# --- datelines ----------------------------------------------------------------------------

# Any dateline, loosely: up to 60 characters and a dash at the start of a body
# ("ZONABANTEN.com - ", "MAKASSAR, KOMPAS.com -- "). Copies of one story differ in it, so
# bodies are compared without it; `dateline_zone` below reads datelines exactly.
LOOSE_DATELINE = re.compile(r"^[^\n]{0,60}?\s[-–—]{1,2}\s*")


# A news dateline as leads print it, its place in capitals: "SIMALUNGUN - ", "JAKARTA,
# KOMPAS.com -- ", "Harianjogja.com, SLEMAN—" (a byline "By Dr. Name - Mar 27" is none).
CAPITALS_DATELINE = re.compile(
    r"^(?:[\w-]+(?:\.[\w-]+)+\s?,\s?)?[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]*){0,4}"
    r"(?:\s?,\s?[^\n]{0,40}?)?\s?(?:-{1,2}|–|—)")


# A photo's label in a caption's dateline place: "ILUSTRASI - Petani memanen kakao."
_CAPTION_LABEL = re.compile(r"^(?:ILUSTRASI|FOTO|VIDEO|GRAFIS|INFOGRAFIS|DOK)\b", re.IGNORECASE)


def opens_with_dateline(text: str) -> bool:
    """Whether `text` opens with a dateline whose place is written in capitals (not a
    caption's label: "ILUSTRASI - ...")."""
    return bool(CAPITALS_DATELINE.match(text)) and not _CAPTION_LABEL.match(text)


# An outlet's domain alone in the dateline's place: "KOMPAS.com - ", "suarasulsel.id -- ".
_OUTLET_DATELINE = re.compile(
    r"^[^\W_][\w\-]*(?:\.[\w\-]+)*\.[A-Za-z]{2,}(?![\w.])\s?(?:-{1,2}|–|—)(?=\s|$)")


def opens_with_any_dateline(text: str) -> bool:
    """Whether `text` opens with a dateline of any case: a place in capitals, a known place
    ("Jakarta - ", "Makassar, IDN Times - ", "Liputan6.com, Jakarta - ") or the outlet's
    domain alone ("KOMPAS.com - ")."""
    return opens_with_dateline(text) or _OUTLET_DATELINE.match(text) is not None \
        or dateline_zone(text) is not None


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


# A region a lead names with its prefix: "Kecamatan Adonara Timur, Kabupaten Flores Timur",
# "di Kota Ambon", "Provinsi Papua Barat Daya" (the name: up to four capitalised words).
_REGION = re.compile(r"\b(?P<prefix>Kabupaten|Kab\.|Kota|Provinsi|Prov\.)\s?"
                     r"(?P<name>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3})")
# Words before a region that say it is not where the story happens ("asal", "dari", "ke").
_ELSEWHERE = re.compile(r"\b(?:asal|dari|tujuan|ke|menuju)\s+$", re.IGNORECASE)
# The lead's first sentence, as far as regions are looked for in it ("Kab." ends none).
_LEAD_CHARS = 400
_SENTENCE_END = re.compile(r"(?<!\bKab)(?<!\bProv)\.\s")


def dateline_region_zone(text: str) -> tuple[str, str] | None:
    """(IANA zone, region as written) where ``text`` opens with a dateline whose place the
    gazetteer does not know (a village, an island: "ADONARA, SUARAFLOBAMORA.COM - Warga
    Desa Lamahala Jaya, Kecamatan Adonara Timur, Kabupaten Flores Timur, ..."), and its
    first sentence names the place again and regions with their prefix ("Kabupaten",
    "Kota", "Provinsi"), all of one zone: Indonesian leads give a small place's regency or
    province so. Not a region someone comes from or goes to ("anggota DPR asal Provinsi
    Papua" under "SENAYAN,": a Jakarta story)."""
    if not opens_with_dateline(text) or dateline_zone(text) is not None:
        return None
    dateline = LOOSE_DATELINE.match(text)
    place = _PLACE.match(text)
    if dateline is None or place is None:
        return None
    lead = text[dateline.end():_LEAD_CHARS]
    stop = _SENTENCE_END.search(lead)
    if stop:
        lead = lead[:stop.start()]
    # A region after the dateline's place named again ("Kecamatan Adonara Timur, Kabupaten
    # Flores Timur" under "ADONARA,"): the place's own. Not a region the lead merely names
    # ("SENAYAN - Ratusan warga Kabupaten Merauke berunjuk rasa di depan Gedung DPR", a
    # Jakarta story; "DEMOPORTAL - Pemerintah Kota Ambon ...", an outlet's dateline)
    again = lead.casefold().find(place.group().split(" ")[0].casefold())
    found: dict[str, str] = {}
    located = False  # (one region at least named as where the story happens)
    for m in _REGION.finditer(lead):
        before = lead[max(0, m.start() - 20):m.start()]
        if _ELSEWHERE.search(before):
            continue
        words = m["name"].split(" ")
        # the longest run of its words that is a known region ("Flores Timur Turun": the
        # name runs on into a capitalised headline word)
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            zone = zone_of_place(f"{m['prefix']} {name}") or zone_of_place(name)
            if zone:
                found.setdefault(zone, name)
                located = located or 0 <= again < m.start()
                break
    return next(iter(found.items())) if len(found) == 1 and located else None


# A capitalised name of one to three words in running text ("Makassar", "Labuan Bajo").
_CAPITALISED_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\b")
# Indonesia, its people, its money ("the rupiah", "Rp 21 juta")
_INDONESIA = re.compile(r"Indonesia|\b[Rr]upiah\b|\bRp\.?\s?\d")
# Places whose names are words or names elsewhere ("Java" the language, "solo", "Bone",
# "Babel", "Kei", "Ternate" in "alternate")
_PLACE_HOMONYMS = frozenset(("java", "solo", "flores", "batu", "pati", "ende", "bima", "mamasa",
                             "bone", "babel", "kendal", "kei", "sinjai", "bau", "tual"))
# Indonesia's islands and provinces as English names them ("East Java", "South Sulawesi")
_ISLANDS_IN_ENGLISH = re.compile(
    r"\b(?:(?:East|West|Central|North|South|Southeast)\s+(?:Java|Sulawesi|Kalimantan|Sumatra|"
    r"Nusa\s+Tenggara|Maluku|Papua)|Kalimantan|Sulawesi|Sumatra|Bali|Lombok)\b")
# How much of a text is searched, and how many times Indonesia or its places must be named
# (once is a mention: "visited Indonesia and Vietnam")
_PLACE_SEARCH_CHARS = 2000
MIN_INDONESIA_MENTIONS = 2


def mentions_indonesia(text: str | None) -> bool:
    """Whether a text names Indonesia, its money or places of its gazetteer at least twice
    in its first 2,000 characters ("the governor of Jakarta ... Jakarta's buses", "a firmer
    rupiah in Jakarta"): an English page of an Indonesian outlet, not a page that mentions
    the country once."""
    head = (text or "")[:_PLACE_SEARCH_CHARS]
    found = len(_INDONESIA.findall(head)) + len(_ISLANDS_IN_ENGLISH.findall(head))
    for m in _CAPITALISED_NAME.finditer(head):
        if found >= MIN_INDONESIA_MENTIONS:
            break
        words = m.group().split(" ")
        # (every run of its words: "In Makassar" names Makassar)
        spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
                       key=lambda span: span[0] - span[1])
        for i, j in spans:
            name = " ".join(words[i:j])
            if name.casefold() not in _PLACE_HOMONYMS and zone_of_place(name):
                found += 1
                break
    return found >= MIN_INDONESIA_MENTIONS
