"""Promo, related-link and credit-line detection for Indonesian news text.

Pure module (no Scrapy import). Portals put "Baca Juga:" links, follow
prompts and ad markers between the paragraphs of an article, and end it with
credit lines ("Editor: ...", "Sumber: ..."). `split_promos` takes them out of
the body; credit lines are read by newscrawl.lang.credits.

The rules match a paragraph as a whole and anchor on its start, so that a
real sentence that merely contains such words ("Sumber itu menambahkan",
"pembacaan", "Editor senior ...") stays in the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newscrawl.lang.credits import parse_credits
from newscrawl.lang.dateline import zone_of_place
from newscrawl.lang.text import normalise_space, word_count

# "Baca Juga: ...", "BACA JUGA ...", "Baca juga :", "Baca Juga >>>", "Simak juga", ...
_RELATED = re.compile(
    r"^\W{0,3}(?:baca|simak|lihat|tonton|cek|klik|saksikan)\s+(?:juga|pula|selengkapnya|berita)"
    r"(?:\s+(?:video|artikel|berita|foto))?\s*(?P<colon>[:：]|>+|»+|-+>|\|)?",
    re.IGNORECASE,
)
# What a related-link line without a colon promotes (a real sentence goes on in lowercase).
_PROMO_NOUNS = re.compile(r"\b(?:video|foto|infografis|artikel|berita|tayangan|podcast|"
                          r"selengkapnya|lainnya|terkait|terpopuler|terbaru)\b", re.IGNORECASE)
_REPUBLISHED = re.compile(
    r"^\W{0,3}artikel\s+ini\s+(?:telah|sudah|pernah)\s+(?:tayang|terbit|dimuat|dipublikasikan"
    r"|naik)",
    re.IGNORECASE,
)
# Exact ad markers and widget labels that leak into the text.
_MARKERS = re.compile(
    r"^\W*(?:advertisement|iklan|scroll\s+to\s+continue\s+with\s+content|"
    r"\[gambas:[^\]]*\]|loading\.*|baca\s+selengkapnya|lanjut\s+baca|"
    r"simak\s+video\s*[\"“].*|video\s+terkait\s*:?.*|"
    r"copyright\s*©?\s*\S+(?:\s+\S+){0,3}|©\s*\S+(?:\s+\S+){0,3})\W*$",
    re.IGNORECASE,
)
# Follow prompts: "Ikuti berita terkini dari X di Google News", WhatsApp/Telegram channels.
_FOLLOW_CHANNEL = re.compile(
    r"google\s+news|whatsapp\s+channel|saluran\s+whatsapp|channel\s+whatsapp|wa\s+channel|"
    r"telegram|instagram|tiktok|youtube|twitter|facebook|fanpage|grup\s+wa",
    re.IGNORECASE,
)
_FOLLOW_VERB = re.compile(
    r"^\W{0,3}(?:ikuti|follow|gabung|bergabung|join|yuk|dapatkan|simak|klik|update|"
    r"jangan\s+lupa|pantau|baca\s+berita|cek\s+berita|kunjungi|download|unduh)\b",
    re.IGNORECASE,
)

# A related-link paragraph without a colon ("BACA JUGA Judul Berita") is a headline-sized line.
MAX_UNLABELLED_PROMO_WORDS = 30
# Follow prompts are one or two sentences.
MAX_FOLLOW_WORDS = 40


def title_case(text: str) -> bool:
    """A headline: most of its words start with a capital (or a digit)."""
    words = [w for w in re.findall(r"[^\W_][\w'’-]*", text) if len(w) > 3]
    if len(words) < 2:
        return False
    capital = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capital >= 0.7 * len(words)


# Chrome and boilerplate lines that real pages leave inside the body container, matched
# whole (case, spacing and a trailing colon or ">>>" as real pages vary them).
_CHROME = re.compile(
    r"^\W*(?:"
    # related-news headings and pointers
    r"(?:berita|artikel|baca|video|foto)\s+(?:lainnya|terkait|menarik|pilihan|populer|"
    r"terpopuler|terbaru|terkini|sebelumnya|selanjutnya)(?:\s+\w+){0,3}"
    r"|baca\s*:.*|baca\s+(?:berita|artikel)\s+(?:selengkapnya|lengkapnya|lainnya).*"
    r"|(?:selengkapnya|berita\s+selengkapnya|info\s+selengkapnya)\s*(?:baca|klik|di|:).*"
    r"|read\s+(?:more|the\s+full\s+(?:story|article)|also)\b.*|related(?:\s+\w+)?"
    r"|(?:simak|baca|lihat|dapatkan|download|unduh)\b.{0,80}\b(?:aplikasi|app)\b.*"
    # a prompt to the video player below ("Saksikan video pilihan di bawah ini:")
    r"|(?:saksikan|tonton|simak|lihat|watch)\s+(?:juga\s+)?(?:video|tayangan|cuplikan)"
    r"(?:\s+\w+){0,5}"
    r"|(?:berita|info)\s+\w+(?:\s+\w+)?\s+lainnya(?:\s+(?:di|klik)\b.*)?"
    # reading and ad markers
    r"|(?:advertisement|iklan|ads|sponsored|konten\s+sponsor|adv)"
    r"|(?:scroll|gulir|geser|swipe)\s+(?:ke\s+bawah\s+)?(?:untuk|to)\s+(?:melanjutkan|"
    r"lanjut|continue|membaca|baca|read|resume).*"
    r"|(?:lanjutkan|lanjut)\s+(?:membaca|baca).*|continue\s+reading.*"
    r"|(?:resume|skip)\s+(?:content|ad|iklan)"
    # pagers and navigation
    r"|halaman(?:\s+(?:selanjutnya|berikutnya|sebelumnya|\d+(?:\s+(?:dari|of)\s+\d+)?))?"
    r"|(?:selanjutnya|berikutnya|sebelumnya|next|prev(?:ious)?|lihat\s+semua|see\s+all|"
    r"tampilkan\s+semua|semua\s+berita|indeks\s+berita|load\s+more|muat\s+lebih\s+banyak)"
    r"|(?:\d{1,2}\s*){1,12}(?:selanjutnya|next|»|›)?"
    r"|(?:terkini|terbaru|terpopuler|populer|trending|most\s+read|paling\s+banyak\s+dibaca|"
    r"pilihan\s+editor|editor'?s\s+pick|headline|rekomendasi)"
    r"|(?:ikuti|follow)\s+(?:this\s+)?(?:topik|topic|kami|us|berita)\b.*"
    # ad interstitials ("Iklan - Geser ke bawah untuk melanjutkan") and summary labels
    r"|(?:iklan|advertisement|ads?)\s*[-–:|]?\s*(?:geser|gulir|scroll|swipe)\b.*"
    r"|(?:ringkasan(?:\s+berita)?|rangkuman|intisari|summary|key\s+points|poin\s+(?:penting|"
    r"utama)|highlights?)\s*:?"
    r"|(?:tags?|topik|topic|kategori|category|label|kata\s+kunci|keywords?)"
    r"(?:\s*:.*)?"
    # share bars and widgets
    r"|(?:bagikan|share|sebarkan|kirim)(?:\s+(?:ke|to|via|artikel|berita|this))?"
    r"(?:\s*:)?(?:\s*(?:facebook|twitter|x|whatsapp|wa|telegram|line|linkedin|email|"
    r"copy\s*link|salin\s+tautan|pinterest|\s))*"
    r"|(?:facebook|twitter|whatsapp|telegram|line|linkedin|email|copy\s*link|pinterest|"
    r"\s)+"
    r"|(?:a\s*[-+]?\s*){2,3}|(?:ukuran\s+)?(?:font|teks|huruf)\s*[-+:]?.{0,20}"
    r"|(?:laporkan|report)\s+(?:halaman|artikel|konten|this\s+page|page|content).*"
    r"|(?:komentar|comments?|tulis\s+komentar|beri\s+komentar|leave\s+a\s+comment)"
    r"(?:\s*\(\d+\))?"
    # photo buttons and captions, portal meta lines
    r"|lihat\s+(?:foto|video|galeri|gambar)(?:\s+\d+)?"
    r"|(?:foto\s+ilustrasi|ilustrasi|keterangan\s+foto|caption)\s*:.*|foto\s+ilustrasi\b.*"
    r"|detik\w*\s*\|.*"
    # boilerplate
    r"|(?:copyright|hak\s+cipta)\b.*"
    r"|(?:konten|tulisan|artikel)\s+ini\s+(?:merupakan|adalah)\s+(?:tanggung\s+jawab|karya|"
    r"opini)\s+(?:penuh\s+)?(?:penulis|pengguna|warganet).*"
    r"|(?:ingin|mau)\s+(?:menulis|jadi\s+penulis|berbagi\s+tulisan)\b.*"
    r"|kirim(?:kan)?\s+(?:tulisan|artikel|opini)\s+(?:anda|kamu)\b.*"
    r"|(?:ringkasan|intisari|poin\s+penting|rangkuman|summary|key\s+points)"
    r")\W*$",
    re.IGNORECASE,
)


# Boilerplate that marks a whole line wherever it stands in it; searched only where the
# line holds the word at all (a case-insensitive search of every paragraph costs more).
_CHROME_ANYWHERE = re.compile(r"\ball\s+rights\s+reserved\b|\bhak\s+cipta\s+dilindungi\b",
                              re.IGNORECASE)


def _chrome_line(text: str) -> bool:
    if _CHROME.match(text):
        return True
    folded = text.casefold()
    return ("reserved" in folded or "dilindungi" in folded) \
        and _CHROME_ANYWHERE.search(text) is not None


_BULLETS = "•·▪►»‣◦"
# "Name | tagline": two short halves, no sentence in either
_SLOGAN = re.compile(r"^[^|.!?]{2,40}\s\|\s[^|.!?]{2,80}$")
# A blogging platform's disclaimer under a user's post, an opinion page's under a
# reader's column ("Tulisan ini merupakan kiriman pembaca ... Seluruh isi tulisan menjadi
# tanggung jawab penulis.")
_PLATFORM_DISCLAIMER = re.compile(
    r"tanggung\s+jawab\s+(?:penuh\s+)?(?:bloger|blogger|penulis|pengguna|warganet|kompasianer)"
    r".{0,80}\b(?:tidak\s+mewakili|bukan\s+(?:pandangan|tanggung))|platform\s+blog"
    r"|kiriman\s+pembaca|isi\s+(?:tulisan|artikel|opini|kolom)\s+(?:ini\s+)?(?:menjadi\s+)?"
    r"tanggung\s+jawab\s+(?:sepenuhnya\s+|penuh\s+)?(?:dari\s+)?(?:penulis|pengirim)"
    # a column's: "Tulisan ini merupakan pendapat pribadi penulis dan tidak mencerminkan
    # pandangan redaksi"
    r"|(?:opini|pendapat|pandangan)\s+pribadi\s+penulis|tidak\s+mencerminkan\s+"
    r"(?:pandangan|sikap|kebijakan)\s+(?:redaksi|media)",
    re.IGNORECASE)
# A column's closing line on its writer: "*) Penulis adalah dosen ...", "Penulis adalah
# peneliti di ..."
_WRITER_BIO = re.compile(r"^\W{0,3}(?:\*+\)?\s*)?(?:penulis|the\s+writer|the\s+author)\s+"
                         r"(?:adalah|merupakan|is)\b", re.IGNORECASE)
MAX_BIO_WORDS = 40


# A photo's caption, told by the credit it ends with: "Warga mengantre di posko.
# Foto: Iqbal Firdaus/kumparan", "... (Foto: ANTARA/Fikri Yusuf)", "... (ANTARA
# FOTO/Fikri Yusuf)", "... (Photo by Jane Doe/Getty Images)". The credit names a person or
# an outlet: a few words, no sentence.
_CAPTION_CREDIT = re.compile(
    r"(?:^|[\s.,;(\[–-])(?:(?:foto|photo|ilustrasi|dok(?:umentasi)?\.?|image|kredit\s+foto|"
    r"sumber\s+(?:foto|gambar)|(?:photo|image)\s+credit)(?:\s*/\s*\w+)?\s*:|"
    r"(?:foto|photo)\s+(?:by|oleh)\b|antara\s+foto\s*/)"
    r"(?P<credit>[^:!?]{2,80})$", re.IGNORECASE)
MAX_CAPTION_WORDS = 60
MAX_CREDIT_WORDS_IN_CAPTION = 8


def is_caption(paragraph: str) -> bool:
    """True for a photo caption left in the body as a paragraph: a short text that ends with
    the photo's credit ("... Foto: Name/Outlet", "(Foto: ANTARA/Name)")."""
    text = normalise_space(paragraph)
    return word_count(text) <= MAX_CAPTION_WORDS and _photo_credit(text) is not None


def without_photo_credit(caption: str) -> str:
    """A caption less the photo credit it ends with ("... (Foto: ANTARA/Name)")."""
    text = normalise_space(caption)
    m = _photo_credit(text)
    return text[: m.start()].rstrip(" ,;(–-[") if m is not None else text


def _photo_credit(text: str) -> re.Match[str] | None:
    """The photo credit a (normalised) text ends with: a few words, no sentence."""
    # (the credit ends the text: its word is looked for in the tail first, cheaply)
    if not text or not _CAPTION_HINT.search(text, len(text) - 100):
        return None
    m = _CAPTION_CREDIT.search(text)
    if m is None:
        return None
    credit = m.group("credit").strip(" )].")
    if not credit or word_count(credit) > MAX_CREDIT_WORDS_IN_CAPTION \
            or "." in credit.rstrip(".").replace("dok.", ""):
        return None
    return m


_CAPTION_HINT = re.compile(r"foto|photo|ilustrasi|dok|image|gambar", re.IGNORECASE)


def is_promo(paragraph: str) -> bool:
    """True when the whole paragraph is a promo, related link, follow prompt or ad marker."""
    text = normalise_space(paragraph)
    if not text:
        return False
    if _MARKERS.match(text):
        return True
    if len(text) <= 400 and _chrome_line(text):
        return True
    if len(text) <= 40 and _SIGN_OFF.match(text):  # is_sign_off, the text already normal
        return True
    if is_caption(text):
        return True
    m = _RELATED.match(text)
    if m:
        # "Baca juga: ..." always; without a colon only a headline ("BACA JUGA Judul Berita",
        # "Baca juga Harga Cabai Naik") or a promo of a video or more news, never advice
        # that reads on in lowercase ("Baca juga aturan pakainya sebelum minum obat.").
        words = word_count(text)
        rest = text[m.end():].strip()
        if m.group("colon"):
            return True
        if words <= MAX_UNLABELLED_PROMO_WORDS and (
                text[: m.end()].isupper() or title_case(rest) or
                (_PROMO_NOUNS.search(text) and words <= 12)):
            return True
    if _REPUBLISHED.match(text):
        return True
    if text[0] in _BULLETS and word_count(text) <= MAX_UNLABELLED_PROMO_WORDS \
            and text[-1] not in ".!?\"”" and title_case(text):
        return True  # "• Harga Cabai Naik Jelang Lebaran": a related headline, bulleted
    if " | " in text and _SLOGAN.match(text) and title_case(text) \
            and not capitals_byline(text):
        return True  # "Zona Banten | Berita Terkini Banten Hari Ini": the site's slogan
    if ("tanggung" in text or "kiriman" in text or "pribadi" in text or "mencerminkan" in text) \
            and word_count(text) <= 60 \
            and _PLATFORM_DISCLAIMER.search(text):
        return True
    if word_count(text) <= MAX_BIO_WORDS and _WRITER_BIO.match(text):
        return True
    if (
        _FOLLOW_VERB.match(text)  # anchored and cheap: most paragraphs stop here
        and word_count(text) <= MAX_FOLLOW_WORDS
        and _FOLLOW_CHANNEL.search(text)
    ):
        return True
    return False


def split_promos(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Split body paragraphs into (kept, removed).

    Removed are promos, related links, follow prompts, ad markers and credit
    lines (parse the latter with `parse_credit`); empty paragraphs are
    dropped from both. Order is kept in each list.
    """
    kept: list[str] = []
    removed: list[str] = []
    for paragraph in paragraphs:
        text = normalise_space(paragraph)
        if not text:
            continue
        if is_promo(text) or parse_credits(text) is not None:
            removed.append(text)
        else:
            kept.append(text)
    return kept, removed


# The label of an inline related link: "... kata dia. Baca Juga: <a>Judul</a> Lalu ...". Every
# "Baca juga" rule of the body code is built on this one pattern.
INLINE_PROMO_WORDS_PATTERN = r"(?:baca|simak|lihat|tonton)\s+(?:juga|pula)"
INLINE_PROMO_WORDS = re.compile(rf"\b{INLINE_PROMO_WORDS_PATTERN}\b", re.IGNORECASE)
INLINE_PROMO_LABEL = re.compile(rf"{INLINE_PROMO_WORDS_PATTERN}\s*[:：]?\s*$", re.IGNORECASE)


# Editors' initials closing an article: "(abc)", "(abc/def)", "(***/Name)", "(ant)".
_SIGN_OFF = re.compile(r"^[(\[]\s*[\w*.]{1,24}(?:\s*[/|,-]\s*[\w*. ]{1,20}){0,3}\s*[)\]]\W{0,2}$")


def is_sign_off(paragraph: str) -> bool:
    """True for a closing line of editors' initials in parentheses."""
    text = normalise_space(paragraph)
    return len(text) <= 40 and bool(_SIGN_OFF.match(text))


_BYLINE_NOISE = re.compile(
    r"^(?:oleh\s*:?\s*|by\s+|(?:penulis|reporter|pewarta|editor|author)\s*:\s*)"
    r"|\s+[-|–]\s+\S+$",
    re.IGNORECASE,
)


def strip_byline(text: str) -> str:
    """A name from a byline: "Nama Penulis - detikJabar", "Oleh: Nama" -> "Nama Penulis"."""
    return normalise_space(_BYLINE_NOISE.sub("", normalise_space(text))).strip(" ,")


# Job titles and desks that bylines print instead of (or before) a person's name.
_JOB_TITLE = re.compile(
    r"^(?:kontributor|koresponden|wartawan|reporter|jurnalis|pewarta|tim|redaksi|admin|"
    r"editor|penulis|fotografer|staff?|desk)\b(?:\s+[\w.-]+){0,3}$",
    re.IGNORECASE,
)
_HOUSE_WORDS = re.compile(
    r"\b(?:redaksi|admin(?:istrator)?|developer|webmaster|newsroom|editorial|humas|"
    r"tim\s+\w+|staff?)\b|\.(?:com|id|co\.id|net|org|news)\b|^https?:",
    re.IGNORECASE,
)


# Words of a masthead, not of a person's name ("Clemson News", "Pikiran Rakyat").
_MASTHEAD_WORDS = re.compile(
    r"\b(?:news|media|berita|kabar|warta|info|pos|post|times|daily|harian|koran|radar|"
    r"tribun|suara|online|tv|fm|channel|network|magazine|majalah|portal|zona|metro|"
    r"indonesia|nusantara|rakyat|merdeka|group|team|regional|daerah|nasional|jurnal|journal|"
    r"press|pers|tribune|herald|gazette|express|ekspres|today|terkini|update|satu|lensa|"
    r"pojok|lintas|sorot|fokus|global|digital|official|resmi|blog|studio|photography|"
    r"foto|design|desain|shop|store|toko|company|inc|ltd|llc|pt|cv|"
    # and of an institution's
    r"university|universitas|college|institute|institut|school|sekolah|academy|akademi|"
    r"association|asosiasi|foundation|yayasan|society|council|center|centre|department|"
    r"dinas|kementerian|ministry|agency|badan|pemerintah|government)\b",
    re.IGNORECASE,
)
# A person's name: two to four capitalised words (particles of names between them).
_NAME_PARTICLES = frozenset((
    "van", "von", "de", "da", "di", "du", "del", "der", "den", "bin", "binti", "al", "el"))
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
        and all(_NAME_WORD.fullmatch(w) and w.casefold() not in common_words
                for w in capitalised) \
        and not _reads_as_masthead(name)


def _reads_as_masthead(name: str) -> bool:
    """One word ("Okezone"), a masthead's word, or a place ("Fajar Sulsel", "Ayo Bandung"):
    the site's own name, not a person's, even where a CMS types its account a Person."""
    words = name.split()
    return len(words) < 2 or bool(_MASTHEAD_WORDS.search(name)) \
        or any(zone_of_place(w) for w in words) \
        or any(zone_of_place(f"{a} {b}") for a, b in zip(words, words[1:], strict=False))


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
    if _HOUSE_WORDS.search(text) or _JOB_TITLE.match(text) or _AGENCY.match(text):
        return True
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
    # is a person's; one word that is the host's first label ("Zonabanten") a house's.
    personal = len(labels) >= 3 and " " in text and folded.startswith(stem)
    if stem and len(stem) > 3 and not personal and (folded == stem or folded.startswith(stem)):
        return True
    # one word that is the brand of a desk's subdomain ("Okezone" on news.okezone.com,
    # "detikcom" on news.detik.com)
    return " " not in text and any(len(label) > 3 and folded.startswith(label)
                                   for label in labels[1:-1])


# News agencies a byline names in place of a writer ("ANTARA" in a republished story's
# meta author): the source, not an author.
_AGENCY = re.compile(
    r"^\W*(?:(?:lkbn\s+)?antara(?:\s+news)?|reuters|ap|associated\s+press|afp|"
    r"agence\s+france[-\s]presse|xinhua|bernama|kyodo(?:\s+news)?|dpa|anadolu(?:\s+agency)?|"
    r"yonhap|efe|ansa|tass|ria\s+novosti)\W*$", re.IGNORECASE)


_SIGN_OFF_SUFFIX = re.compile(
    r"(?<=[.!?\"'”’»])\s*(?P<code>[(\[]\s*[*A-Za-z]{1,8}(?:\s*[/|,]\s*[*A-Za-z]{1,8}){0,3}"
    r"\s*[)\]]|\*{2,4}"  # "(abc/def)", "(*)", or bare stars: "... internasional. ***"
    # the outlet and its reporter: "(Serambinews.com/Rizki Maulana)"
    r"|\(\s*[\w-]+(?:\.[\w-]+)+\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*\))\s*$")


def split_sign_off(paragraph: str) -> tuple[str, str | None]:
    """("... kata dia.", "(abc)") for an article's last paragraph ending in initials."""
    m = _SIGN_OFF_SUFFIX.search(paragraph)
    if not m or not paragraph[: m.start()].strip():
        return paragraph, None
    return paragraph[: m.start()].rstrip(), m.group("code")


_BARE_NAME = re.compile(r"^[A-Z][a-z'’.-]+(?:\s+(?:[A-Z][a-z'’.-]*|[A-Z]\.)){1,4}$")


# A column's closing line on its writer: the name, a comma and the writer's post, no
# sentence ("Ahmad Fauzi Ramadhan, peneliti di Pusat Kajian Pertanian, Institut Pertanian
# Bogor"); "Budi Santoso, warga desa, mengatakan banjir datang." is a sentence.
_NAME_AND_POST = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,4}),\s+(?P<post>[a-z][^.!?]{5,200})$")


def closing_bio(paragraph: str) -> str | None:
    """The writer's name where a closing line is the writer's bio, else None."""
    m = _NAME_AND_POST.match(normalise_space(paragraph))
    if m is None or word_count(m.group("post")) > 30 or _BIO_VERB.search(m.group("post")) \
            or _reads_as_masthead(m.group("name")):  # ("Kota Makassar, ibu kota ...")
        return None
    return m.group("name")


# Verbs a sentence about someone says, not a post ("..., mengatakan", "..., said").
_BIO_VERB = re.compile(r"\b(?:me\w+kan|mengatakan|berkata|kata|ujar|ungkap|said|says|told)\b")


def is_bare_name(paragraph: str) -> bool:
    """A closing line that is only a person's name (2-5 capitalised words, no punctuation):
    the byline some portals print after the article."""
    return bool(_BARE_NAME.match(normalise_space(paragraph)))


# Tempo's closing byline: the writers' names in capitals, "FRISKI RIANA | ABDUL LATIEF".
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]*){1,3}")
_NAMES_SEPARATOR = re.compile(r"\s*(?:\||,|\bDAN\b|&)\s*")


def capitals_byline(paragraph: str, common_words: frozenset[str] = frozenset()) -> list[str]:
    """The names of a closing line of writers' names in capitals ("FRISKI RIANA | ABDUL
    LATIEF APRIAMAN" -> ["Friski Riana", "Abdul Latief Apriaman"]), or [] for any other
    line: one to three names of two to four words, none a masthead's or a place's, no word
    one that the article writes in lower case (`common_words`: "SUBSCRIBE OUR NEWSLETTER",
    "SHARE ON" are buttons)."""
    text = normalise_space(paragraph)
    if not text or len(text) > 120 or not text.isupper() or _RELATED.match(text) \
            or _chrome_line(text):
        return []
    parts = [p for p in _NAMES_SEPARATOR.split(text) if p]
    if not 1 <= len(parts) <= 3 or not all(_CAPITALS_NAME.fullmatch(p) for p in parts):
        return []
    names = [" ".join(w.capitalize() for w in p.split()) for p in parts]
    words = common_words | _FUNCTION_WORDS
    return names if all(reads_as_person(n, words) for n in names) else []


# Words of a phrase, never of a name ("JOIN OUR MAILING LIST", "PIN FOR LATER").
_FUNCTION_WORDS = frozenset((
    "the", "a", "an", "our", "your", "my", "on", "of", "for", "to", "with", "and", "or", "in",
    "at", "by", "now", "here", "more", "all", "yang", "di", "ke", "dari", "untuk", "kami",
    "anda", "ini", "itu", "dan", "atau", "sekarang", "juga"))


# Badges a portal prints in a headline's element before its words ("<span>LIVE</span>
# Headline"): kinds of story, not the story's words.
HEADLINE_BADGES = frozenset((
    "live", "video", "foto", "galeri", "infografis", "infografik", "breaking", "eksklusif",
    "exclusive", "update", "terbaru", "populer", "viral", "opini", "kolom", "analisis",
    "advertorial", "premium", "podcast", "hoaks", "hoax", "fakta", "trending", "news",
))
