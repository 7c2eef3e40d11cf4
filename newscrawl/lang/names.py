"""People's names in bylines and credit lines of Indonesian news pages: a name read off a
byline, whether it reads as a person's or as the house's (a desk, a masthead, an agency),
and the closing lines that name the writer (a column's bio, Tempo's capitals).

Pure module (no Scrapy import).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newscrawl.lang.dateline import zone_of_place
from newscrawl.lang.text import normalise_space, word_count

_BYLINE_NOISE = re.compile(
    r"^(?:oleh\s*:?\s*|by\s+|(?:penulis|reporter|pewarta|editor|author)\s*:\s*"
    # Kompas's contributors: "Kontributor Samarinda, Rudi Hartono"
    r"|kontributor\s+[^,]{2,40},\s*)"
    r"|\s+[-|–]\s+\S+$",
    re.IGNORECASE,
)


def strip_byline(text: str) -> str:
    """A name from a byline: "Nama Penulis - detikJabar", "Oleh: Nama", "Kontributor
    Samarinda, Nama" -> "Nama Penulis"."""
    return normalise_space(_BYLINE_NOISE.sub("", normalise_space(text))).strip(" ,")


# Job titles and desks that bylines print instead of (or before) a person's name.
_JOB_TITLE = re.compile(
    r"^(?:kontributor|koresponden|wartawan|reporter|jurnalis|pewarta|tim|redaksi|admin|"
    r"editor|penulis|fotografer|staff?|desk)\b(?:\s+[\w.-]+){0,3}$",
    re.IGNORECASE,
)
# A government's, police's or army's office or press office ("Bagian Prokopim Setdakab X",
# "Pendim 1504", "Sekretariat DPRD Kabupaten X", "Diskominfo Sinjai"): an account's name
# alone, a unit after a person's name.
_INSTITUTION_WORDS = (r"sekretariat|bagian\s+\w+|biro\s+\w+|kpud?|bawaslu|dprd|setwan|prokopim|"
                      r"diskominfo|kominfo|pendim|penrem|"
                      r"pendam|penerangan|puspen|setda(?:kab|kot|prov)?|pemkab|pemkot|pemprov|"
                      r"pemdes|pemda|pemerintah\s+(?:kabupaten|kab(?=\.)|kota|provinsi|daerah|desa)")
# An institution's press office, named first in a byline ("Comunicación UPL").
_PRESS_OFFICE_WORDS = (r"comunicaci[oó]n|comunica[cç][aã]o|communications?|kommunikation"
                       r"|pressestelle|press\s+office|gabinete\s+de\s+prensa"
                       r"|service\s+(?:de\s+)?communication")
_DISTRIBUTOR_WORDS = (r"\b(?:pr\s*wire|pr\s*newswire|newswire|business\s*wire|globe\s*newswire"
                      r"|accesswire)\b")
_DISTRIBUTOR = re.compile(_DISTRIBUTOR_WORDS, re.IGNORECASE)
_HOUSE_WORDS = re.compile(
    r"\b(?:redaksi|admin(?:istrator)?|developer|webmaster|webmestre|newsroom|editorial|humas|"

    r"tim\s+\w+|staff?"
    # an institution's account: a CMS's default user (Joomla's "Super User") or its office
    # (or a CMS's own name in its default author meta: Lokomedia's "Lokomedia")
    rf"|super\s+user|operator|pengelola|lokomedia|wordpress|joomla|{_INSTITUTION_WORDS})\b"
    # a blog platform's profile link ("Lihat profil lengkapku", "View my complete profile")
    r"|\blihat\s+profil|\bview\s+my\s+complete\s+profile"
    # a press release's distributor in a release's credit lines ("Pewarta: PR Wire")
    rf"|{_DISTRIBUTOR_WORDS}"
    # a project's or a desk's collective ("The Kubernetes Authors", "The Editors of X")
    r"|^the\s+(?:[\w.-]+\s+){0,3}(?:authors|contributors|maintainers|editors)\b"
    rf"|^(?:{_PRESS_OFFICE_WORDS})\b"
    r"|\.(?:com|id|co\.id|net|org|news)\b|^https?:"
    r"|(?-i:^admin[a-z0-9_.-]+$)",  # a CMS login ("adminpwm"; "Adminah" is a name)
    re.IGNORECASE,
)


_PRESS_OFFICE = re.compile(rf"(?:{_PRESS_OFFICE_WORDS})\b", re.IGNORECASE)
_WRITER_AFTER = re.compile(r"\s*[,;/|]\s*|\s+(?:y|und|e|et|and|dan|[-–])\s+")
_GUEST_LABEL = re.compile(r"\bguest\s+(?:contributor|author|writer|blogger|post(?:er)?)s?\b",
                          re.IGNORECASE)


_UNIT_AFTER_NAME = re.compile(r"\s*\(|\s+[-–|/]\s+|/")
# An institution's unit after a person's name (not a newsroom's "Editorial Team", which
# names no person's office).
_INSTITUTION_UNIT = re.compile(
    rf"\b(?:{_INSTITUTION_WORDS}|humas|polres|polda|polsek|kodim|korem|kodam|dinas)\b",
    re.IGNORECASE)


# A press release or a paid article credited in the writer's place ("Penulis: Rilis"), the
# whole credit (a writer's "Andi Baso (Rilis)" names Andi Baso).
_NOT_WRITTEN = re.compile(
    r"^\W*(?:(?:(?:pers|press)\s+)?(?:rilis|release|rls)(?:\s+humas\b[^\W\d]*(?:\s+\w+){0,4})?"
    r"|siaran\s+pers|press\s+release|advertorial|adv)\W*$", re.IGNORECASE)


def is_not_written(credit: str) -> bool:
    """Whether a writer's credit says no one wrote the piece: a press release or a paid
    article ("Rilis", "Siaran Pers", "Advertorial")."""
    return _NOT_WRITTEN.match(normalise_space(credit)) is not None


# Words of a masthead, not of a person's name ("Clemson News", "Pikiran Rakyat"), and of an
# institution's: once, as a set to look a word up in and as a pattern to search a text with.
_MASTHEAD_WORD_SET = frozenset("""
news media berita kabar warta info pos post times daily harian koran radar tribun suara online
tv fm channel network magazine majalah portal zona metro indonesia nusantara rakyat merdeka
group team regional daerah nasional jurnal journal press pers tribune herald gazette express
ekspres today terkini update satu lensa ledger chronicle courier observer examiner sentinel
dispatch bulletin telegraph pojok lintas sorot fokus global digital official resmi blog studio
photography foto design desain shop store toko company inc ltd llc pt cv
university universitas college institute institut school sekolah academy akademi association
asosiasi foundation yayasan society council center centre department dinas kementerian
ministry agency badan pemerintah government
""".split())
_MASTHEAD_WORDS = re.compile(rf"\b(?:{'|'.join(sorted(_MASTHEAD_WORD_SET))})\b", re.IGNORECASE)
# A person's name: two to four capitalised words (particles of names between them).
_NAME_PARTICLES = frozenset((
    "van", "von", "de", "da", "di", "du", "del", "der", "den", "bin", "binti", "al", "el"))
# English words a title or a phrase holds and a name does not ("From Masculindians").
_NOT_IN_NAMES = frozenset("from of the and in at with for on to by is a an".split())
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+|[A-Z]\.?")


def reads_as_person(name: str, common_words: frozenset[str] = frozenset()) -> bool:
    """Whether a name is shaped as a person's ("Rick Steves", "Nick van Mead"): two to four
    capitalised words, none of a masthead, none a word the article's text writes in lower
    case (`common_words`: "Top Growth Marketing" names a business, whose words its posts
    use; a surname is a proper noun). A personal site is named after its author, and its
    byline is then the site's name."""
    words = normalise_space(name).split()
    capitalised = [w for w in words if w not in _NAME_PARTICLES]
    return 2 <= len(words) <= 4 and len(capitalised) >= 2 \
        and not any(w.casefold() in _NOT_IN_NAMES for w in words) \
        and all(_NAME_WORD.fullmatch(w) and w.casefold() not in common_words
                for w in capitalised) \
        and not _reads_as_masthead(name)


def names_an_organisation(name: str) -> bool:
    """Whether a name holds a word of a masthead's, an institution's or a company's ("Inc",
    "Center", "News"): not a person's, whatever a page types it."""
    return bool(_MASTHEAD_WORDS.search(name))


# A role a byline prints after a writer's name ("Jane Doe, Senior Reporter"): its noun.
_ROLE_NOUN = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|"
    r"photographer|producer|analyst|fellow|researcher|director|professor|lecturer|intern|"
    r"host|anchor|critic|manager|officer|specialist|consultant|president|founder|ceo|"
    r"engineer|scientist|economist|strategist|architect|designer|developer|chief|bureau|"
    r"expert|educator|adviser|advisor|coach|planner|nutritionist|dietitian|therapist|"
    r"trainer|instructor|teacher|nurse|doctor|physician|attorney|lawyer|broker|"
    r"horticulturalist|horticulturist|member|coordinator|assistant|administrator|"
    r"superintendent|spokesperson|spokesman|spokeswoman|secretary|supervisor|commissioner|"
    r"chairman|chairwoman|chairperson|representative|liaison|curator|librarian|principal|"
    r"counsel|publicist|"
    r"wartawan|kontributor|koresponden|redaktur|"
    r"penulis|jurnalis|pewarta|fotografer)s?\b", re.IGNORECASE)


# A wire's name run on after its writer's ("JILL LAWLESS Associated Press": a line break
# between them in the byline).
_AGENCY_TAIL = re.compile(
    r"(?:,\s*|\s+)(?:the\s+)?(?:associated\s+press|reuters|afp|agence\s+france[-\s]presse|"
    r"xinhua|bernama|kyodo\s+news)\s*$", re.IGNORECASE)


def byline_name(name: str) -> str:
    """One name of a byline as a record writes it: a wire's name after it cut ("JILL
    LAWLESS Associated Press", "A and B, Associated Press"; not the wire's name alone, "The
    Associated Press"), capitals ("MARY CLARE JALONICK") as a name is written."""
    cut = _AGENCY_TAIL.sub("", name).rstrip(" ,")
    if len(cut.split()) >= 2:
        name = cut
    if not (name.isupper() and len(name.split()) >= 2):
        return name
    # (a name's particles stay small: "Abdullah bin Ahmad")
    return " ".join(w.lower() if w.lower() in _NAME_PARTICLES else w.title()
                    for w in name.split())


def is_co_writer(name: str) -> bool:
    """Whether one part of a byline that joins several ("A, B and C") is a writer's name:
    two to five words, none a phrase's ("From Masculindians"), none an acronym's ("CNN
    Business"; an initial, "M.", is a name's), no role ("Senior Reporter"), no outlet's
    name ("Miami Herald")."""
    words = name.split()
    return 2 <= len(words) <= 5 and not is_job_title(name) and not names_an_outlet(name) \
        and not any(w.casefold() in _NOT_IN_NAMES or (len(w.strip(".")) > 1 and w.isupper())
                    for w in words)


def names_an_outlet(name: str) -> bool:
    """Whether a byline's part names a paper or a channel ("Radar Tasikmalaya", "Miami
    Herald", "Tribun Jabar"): a masthead's word, but "Post", a surname as often."""
    return any(w in _MASTHEAD_WORD_SET and w != "post" for w in name.casefold().split())


def is_login_of(login: str, name: str) -> bool:
    """Whether a one-word name in lower case is a CMS login of `name` ("srauturier",
    "solenerauturier", "solene.rauturier" of "Solene Rauturier"): the account a template
    prints beside the writer's name."""
    if " " in login or not login.islower() or " " not in name:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", name.casefold()) if w not in _NAME_PARTICLES]
    compact = re.sub(r"[\W_]+", "", login)
    return len(words) >= 2 and compact in (words[0][0] + words[-1], words[0] + words[-1],
                                           "".join(words), words[0] + words[-1][0])


def is_job_title(text: str) -> bool:
    """Whether a byline's segment is a role, not a name ("Senior Reporter", "Research
    Analyst", "Staff Writer"): five words at most, one a role's noun."""
    return len(text.split()) <= 5 and bool(_ROLE_NOUN.search(text))


# An institution's words after a writer's name ("College of Engineering"), not a company's
# suffix ("Northwind Robotics, Inc." is the company's name).
_AFFILIATION = re.compile(
    r"\b(?:university|universitas|college|institute|institut|school|sekolah|faculty|fakultas|"
    r"department|office|center|centre|agency|ministry|kementerian|council|foundation|yayasan|"
    r"association|society)\b", re.IGNORECASE)


def without_affiliation(name: str) -> str:
    """A person's name less the role, the unit, the institution or the wire a byline prints
    after it, past a comma ("Rachel Nguyen, College of Engineering", "Tom Fielding, Chief
    Reporter", "Jane Doe, Reuters");
    the name as given where what follows the comma is neither (another writer: "Jane Doe,
    John Roe")."""
    head, comma, tail = name.partition(",")
    head = head.strip()
    if comma and (_AFFILIATION.search(tail) or is_job_title(tail) or _AGENCY.match(tail)
                  or names_an_outlet(tail)) and reads_as_person(head):
        return head
    return name


def _reads_as_masthead(name: str) -> bool:
    """One word ("Okezone"), a masthead's word, or a place ("Fajar Sulsel", "Ayo Bandung"):
    the site's own name, not a person's, even where a CMS types its account a Person."""
    words = name.split()
    return len(words) < 2 or bool(_MASTHEAD_WORDS.search(name)) \
        or any(zone_of_place(w) for w in words) \
        or any(zone_of_place(f"{a} {b}") for a, b in zip(words, words[1:], strict=False))


def _names_a_masthead(name: str) -> bool:
    """A blog's name on its own subdomain that opens with a masthead's word ("Warta Sumba",
    "Kabar Papua"). Not a word later in it, nor a place in it: surnames are both ("Eyal
    Press", "Matt Post", "Juliari Batubara", "Bima Satria")."""
    return name.split()[0].casefold() in _MASTHEAD_WORD_SET


def is_house_account(name: str, site_name: str | None = None, host: str = "", *,
                     declared_person: bool = False,
                     common_words: Callable[[], frozenset[str]] | None = None) -> bool:
    """True for a byline that names the portal, a desk or a job, not a person.

    "Metro Bali" on metrobali.com, "Okezone", "mediaindonesia.com developer",
    "Redaksi", "Kontributor Makassar". A name the page declares a person's (JSON-LD
    Person) may be the site's own name (a personal site: "Rick Steves" on ricksteves.com)
    unless it reads as a masthead ("Clemson News", "Okezone", "Ayo Bandung"); so may a
    name that reads as a person's (`reads_as_person`) where `common_words` gives the
    article's lower-case words (called only for a name that is the site's).
    """
    text = normalise_space(name)
    if not text:
        return True
    # a person with the unit after the name ("Serka Joko Susilo (Pendim 1504)", "Asep
    # Saepudin - Diskominfo Garut"): the person's, whatever the unit says
    person = _UNIT_AFTER_NAME.split(text, maxsplit=1)[0]
    if person != text and _INSTITUTION_UNIT.search(text, len(person)) \
            and reads_as_person(person):
        text = person
    if (m := _DISTRIBUTOR.search(text)) and reads_as_person(
            before := text[:m.start()].strip(" ,;:(|/-–")) and not _HOUSE_WORDS.search(before) \
            and not _JOB_TITLE.match(before):
        return False  # a writer with the release's distributor ("Rizky Pratama, PR Wire")
    if _HOUSE_WORDS.search(text) or _JOB_TITLE.match(text) or _AGENCY.match(text) \
            or _NOT_WRITTEN.match(text):
        # (a press office with its writer after it: "Comunicación UPL, Ana García")
        return not (_PRESS_OFFICE.match(text) and any(
            reads_as_person(part.strip()) for part in _WRITER_AFTER.split(text)[1:]))
    if _GUEST_LABEL.search(text):
        # a blog's account for guest posts ("Guest Contributor", "Sponsored Guest Post"),
        # not a guest writer's name beside the label ("Jane Doe (Guest Writer)")
        return not reads_as_person(_GUEST_LABEL.sub(" ", text).strip(" ,:;()|-–"))
    words = text.casefold().split()
    if len(words) >= 2 and all(w in _MASTHEAD_WORD_SET for w in words):
        return True  # a masthead's words alone: "Sentinel Online", "Berita Terkini"
    if not _names_the_site(text, site_name, host):
        return False
    if declared_person and not _reads_as_masthead(text):
        return False  # a personal site, its author's name typed a Person
    return not (common_words is not None and reads_as_person(text, common_words()))


def _names_the_site(text: str, site_name: str | None, host: str) -> bool:
    """Whether a byline is the site's own name, or its host's."""
    folded = re.sub(r"[^a-z0-9]", "", text.casefold())
    if site_name and folded == re.sub(r"[^a-z0-9]", "", site_name.casefold()):
        return True
    labels = host.casefold().removeprefix("www.").split(".") if host else []
    stem = labels[0] if labels else ""
    # A person's name that is a blog's subdomain ("Gary Marcus" on garymarcus.substack.com)
    # is a person's, not one that reads as a masthead ("Warta Sumba" on
    # wartasumba.blogspot.co.id, "Fajar Sulsel"); one word that is the host's first label
    # ("Zonabanten") a house's.
    personal = len(labels) >= 3 and " " in text and folded.startswith(stem) \
        and not _names_a_masthead(text)
    if stem and len(stem) > 3 and not personal and (folded == stem or folded.startswith(stem)):
        return True
    # one word that is the brand of a desk's subdomain ("Okezone" on news.okezone.com,
    # "detikcom" on news.detik.com)
    return " " not in text and any(len(label) > 3 and folded.startswith(label)
                                   for label in labels[1:-1])


# News agencies a byline names in place of a writer ("ANTARA" in a republished story's
# meta author): the source, not an author.
_AGENCY = re.compile(
    r"^\W*(?:the\s+)?(?:(?:lkbn\s+)?antara(?:\s+news)?|reuters|ap|associated\s+press|afp|"
    r"agence\s+france[-\s]presse|xinhua|bernama|kyodo(?:\s+news)?|dpa|anadolu(?:\s+agency)?|"
    r"yonhap|efe|ansa|tass|ria\s+novosti)\W*$", re.IGNORECASE)


_BARE_NAME = re.compile(r"^[A-Z][a-z'’.-]+(?:\s+(?:[A-Z][a-z'’.-]*|[A-Z]\.)){1,4}$")


# A column's closing line on its writer: the name, a comma and the writer's post, no
# sentence ("Ahmad Fauzi Ramadhan, peneliti di Pusat Kajian Pertanian, Institut Pertanian
# Bogor"); "Budi Santoso, warga desa, mengatakan banjir datang." is a sentence.
# (with a full stop, "..., dan peneliti di Pusat Kajian Kota Pesisir.", only a post of a
# writer's kind, one phrase: "Agus Salim, sopir truk tersebut, kini ditahan." is a sentence)
_NAME_AND_POST = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,4}),\s+(?P<post>[a-z][^.!?]{5,200})"
    r"(?P<stop>\.?)$")
_POST_WORDS = (r"dosen|peneliti|mahasiswa|mahasiswi|penulis|pegiat|pengamat|guru|wartawan|"
               r"jurnalis|alumnus|alumni|alumna|pemerhati|praktisi|pendiri|pengajar|aktivis|"
               r"analis|kandidat|doktor|pustakawan|esais|penyair|cerpenis|kolumnis|ekonom|"
               r"advokat|sejarawan|anggota|psikolog|mantan|pensiunan|lecturer|researcher|"
               r"professor")
_WRITERS_POST = re.compile(rf"(?:{_POST_WORDS})\b")
# ... whose further parts are posts or where the writer lives ("..., tinggal di Bogor.",
# "..., kini aktif di ..."), not a sentence's ("..., kini ditahan", "... saat mengajar",
# "... yang menjadi korban")
_CLAUSE_AFTER = re.compile(
    r",\s+(?!(?:dan|serta|and|tinggal|bermukim|berdomisili|menetap|aktif|kini\s+(?:aktif|"
    rf"bekerja|menjadi|tinggal|bermukim|mengajar|menetap)|{_POST_WORDS})\b)[a-z]"
    r"|\b(?:saat|ketika|sewaktu)\b|\byang\s+(?:di|ter|men|mem|meng)[a-z]+")
# A literary page's closing bio of its writer: born where and when, then what the writer
# writes ("Komang Ayu Saraswati lahir di Tabanan, Bali, 1998. Menulis puisi dan cerpen
# ..."): a birth alone is a sentence of a profile, not a bio.
_BORN_BIO = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,4}),?\s+(?:lahir|dilahirkan)\s+"
    r"(?:di|pada)\s(?=.*[.,]\s(?:(?:[Kk]ini\s+)?(?:[Mm]enulis|[Bb]ergiat|[Aa]ktif\s+(?:menulis|di))|"
    r"(?:[Bb]uku|[Kk]umpulan|[Aa]ntologi)\s+(?:puisi|cerpen|esai)|"
    # ("Cerpen-cerpennya dimuat di ...", "Karyanya tersiar di ...": the writer's own)
    r"(?:Karya|Cerpen|Puisi|Esai|Tulisan|Buku|Novel)(?:-\w+)?nya\s+(?:[\w,]+\s+){0,4}?"
    r"(?:dimuat|tersiar|terbit|diterbitkan|tergabung|termuat|pernah)\b))")
# ... not a profile's or an obituary's paragraph on someone ("Almarhum Budi Darma lahir
# di ...", "Penyair Joko Pinurbo lahir di ...", "... dan meninggal di ...")
_NOT_OWN_BIO = re.compile(r"\b(?:meninggal|wafat|almarhum|almarhumah|mendiang|berpulang)\b"
                          r"|^(?:Presiden|Gubernur|Bupati|Menteri|Sastrawan|Penyair|Penulis|"
                          r"Budayawan|Seniman)\s", re.IGNORECASE)
MAX_BORN_BIO_WORDS = 80
# A lead-in clause, not a name, before the comma ("With Levitate, you get ..."), and a
# sentence's subject after it.
_CLAUSE_NOT_NAME = re.compile(r"(?:with|in|for|at|on|from|by|after|when|as|if|dengan|di|"
                              r"untuk|bagi|dari|pada|saat|ketika|setelah|sebagai|jika)\s",
                              re.IGNORECASE)
_PRONOUN = re.compile(r"(?:you|we|i|they|he|she|it|kamu|anda|kami|kita|saya|aku|dia|ia|"
                      r"mereka|beliau)\b", re.IGNORECASE)


def closing_bio(paragraph: str) -> str | None:
    """The writer's name where a closing line is the writer's bio, else None."""
    text = normalise_space(paragraph)
    if (born := _BORN_BIO.match(text)) and word_count(text) <= MAX_BORN_BIO_WORDS \
            and not _NOT_OWN_BIO.search(text.split(". ", 1)[0]) \
            and not _reads_as_masthead(born.group("name")):
        return born.group("name")
    m = _NAME_AND_POST.match(text)
    if m is None or _CLAUSE_NOT_NAME.match(text) or _PRONOUN.match(m.group("post")) \
            or _CLAUSE_AFTER.search(m.group("post")) \
            or m.group("stop") and not _WRITERS_POST.match(m.group("post")) \
            or word_count(m.group("post")) > 30 or _BIO_VERB.search(m.group("post")) \
            or _reads_as_masthead(m.group("name")):  # ("Kota Makassar, ibu kota ...")
        return None
    return m.group("name")


# An English page's closing line on its writer: the name, then the writer's post in the
# newsroom and where or what ("Caleb Norcross is a staff writer covering arts and culture.",
# "Sushant Adhikari is a Dhading-based correspondent for The Valley Times"), or what the
# writer covers for whom ("Marcus Ellery covers city government for the Ledger. Reach him
# at ..."). Not someone the story is about: "a retired reporter", "an actor and writer".
_WRITER_POST = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+(?:"
    r"is\s+(?:a|an)\s+(?!(?:retired|former|late)\b)(?:[\w'’-]+,?\s+){0,4}?"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|photographer|"
    r"producer|critic|freelancer)\b(?P<post_rest>[^.!?]*)"
    r"|covers\s+(?P<beat>[^.!?]*))")
# ... the where or what: an outlet, a beat, a way to reach the writer; right after the post
# ("a staff writer covering ...", "reporter and editor who covers ...", "correspondent for
# The Valley Times"), not further on ("an actor and writer, best known for Forrest Gump")
_POST_WHERE = re.compile(r"\s*(?:and\s+(?:[\w-]+\s+){1,2})?(?:(?:who\s+)?covers\b|covering\b"
                         r"|(?:for|at|with)\s+(?:the\s+)?[A-Z]|based\s+in\b)")
_WRITER_WHERE = re.compile(r"\b(?:for|at|with)\s+(?:the\s+)?[A-Z]")
_OUTLET_END = re.compile(r"\bfor\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s?){1,5}$")
_SAID = re.compile(r"\b(?:said|says|told|according\s+to)\b")
_REACH_WRITER = re.compile(r"\b(?:reach|contact|e-?mail|follow)\s+(?:him|her|them)\b"
                           r"|\bcan\s+be\s+reached\b", re.IGNORECASE)
MAX_WRITER_BIO_WORDS = 50


def closing_writer_bio(paragraph: str) -> str | None:
    """The writer's name where an English closing line is the writer's bio, else None."""
    text = normalise_space(paragraph)
    m = _WRITER_POST.match(text)
    if m is None or word_count(text) > MAX_WRITER_BIO_WORDS \
            or _reads_as_masthead(m.group("name")):
        return None
    if m.group("beat") is not None:  # "X covers ...": how to reach the writer, or the
        # outlet ending the sentence ("... for Reuters."; not "BPJS Kesehatan covers cancer
        # treatment for JKN participants.", nor a sentence someone said)
        found = not _SAID.search(text) and (
            _REACH_WRITER.search(text) or _OUTLET_END.search(m.group("beat")))
    else:
        found = _POST_WHERE.match(m.group("post_rest"))
    return m.group("name") if found else None


# Verbs a sentence about someone says, not a post ("..., mengatakan", "..., said").
_BIO_VERB = re.compile(r"\b(?:me\w+kan|mengatakan|berkata|kata|ujar|ungkap|said|says|told)\b")


def is_bare_name(paragraph: str) -> bool:
    """A closing line that is only a person's name (2-5 capitalised words, no punctuation):
    the byline some portals print after the article."""
    return bool(_BARE_NAME.match(normalise_space(paragraph)))
