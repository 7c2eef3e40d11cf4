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

from newscrawl.lang.captions import is_caption
from newscrawl.lang.credits import parse_credits
from newscrawl.lang.dateline import opens_with_dateline
from newscrawl.lang.names import reads_as_person
from newscrawl.lang.notices import is_site_notice
from newscrawl.lang.republished import REPUBLISHED_NOTE
from newscrawl.lang.signoff import SIGN_OFF
from newscrawl.lang.text import normalise_space, word_count

# "Baca Juga: ...", "BACA JUGA ...", "Baca juga :", "Baca Juga >>>", "Simak juga", ...
_RELATED = re.compile(
    r"^\W{0,3}(?:baca|simak|lihat|tonton|cek|klik|saksikan)\s+(?:juga|pula|selengkapnya|berita)"
    r"(?:\s+(?:video|artikel|berita|foto))?\s*(?P<colon>[:：]|>+|»+|-+>|\|)?",
    re.IGNORECASE,
)
# An English related-link line, its label and colon before a headline.
_RELATED_LABELLED = re.compile(
    r"^\W{0,3}(?:related(?:\s+(?:news|stories|story|articles?|posts?|reading|coverage|"
    r"content))?|also\s+read|see\s+also|more\s+on\s+this(?:\s+(?:topic|story))?)\s*[:：]\s*\S",
    re.IGNORECASE)
MAX_RELATED_LINE_CHARS = 200
_RELATED_INITIALS = frozenset("RrAaSsMm")  # (a cheap gate: most lines open otherwise)
# What a related-link line without a colon promotes (a real sentence goes on in lowercase).
_PROMO_NOUNS = re.compile(r"\b(?:video|foto|infografis|artikel|berita|tayangan|podcast|"
                          r"selengkapnya|lainnya|terkait|terpopuler|terbaru)\b", re.IGNORECASE)
# Exact ad markers and widget labels that leak into the text.
_MARKERS = re.compile(
    r"^\W*(?:advertisement|iklan|scroll\s+to\s+continue\s+with\s+content|"
    r"live(?:\s+(?:update|updates|blog|report|streaming|now))?|"  # a live page's label
    r"\[gambas:[^\]]*\]|loading\.*|baca\s+selengkapnya|lanjut\s+baca|"
    r"simak\s+video\s*[\"“].*|video\s+terkait\s*:?.*|"
    r"copyright\s*©?\s*\S+(?:\s+\S+){0,3}|©\s*\S+(?:\s+\S+){0,3})\W*$",
    re.IGNORECASE,
)
# Follow prompts: "Ikuti berita terkini dari X di Google News", WhatsApp/Telegram channels.
_FOLLOW_CHANNEL = re.compile(
    r"google\s+news|whatsapp\s+channel|saluran\b.{0,50}?\bwhatsapp|channel\s+whatsapp|wa\s+channel|"
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


# A live report's notice that the page refreshes itself.
_REFRESH_NOTICE = (r"(?:(?:halaman|laman|artikel|liputan)\s+ini\s+(?:akan\s+)?(?:diperbarui|"
                   r"di-?update)\s+(?:secara\s+)?(?:otomatis|berkala)|this\s+(?:page|article|"
                   r"live\s*blog|story)\s+(?:updates|refreshes|is\s+updated)\s+(?:automatically|"
                   r"regularly))")
# The day a live report's status line names before its clock: "Selasa, 18 April 2023",
# "April 18, 2023", "18/4/2023" (no other words: "... aplikasi versi 4.12" is no status).
_STATUS_DATE = (r"(?:(?:[a-z']+,?\s+)?\d{1,2}\s+[a-z]+\.?\s+\d{4}"
                r"|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})")
# Chrome and boilerplate lines that real pages leave inside the body container, matched
# whole (case, spacing and a trailing colon or ">>>" as real pages vary them). Matched on
# the line in lower case, not with IGNORECASE: sre enters each of its hundred branches
# whose first letter it cannot compare case-blind, a third of its time on every paragraph.
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
    # a video's title under its player ("Tonton: Detik-detik Banjir ... | Teluk Palu TV")
    r"|(?:tonton|saksikan|watch)(?:\s+(?:juga|pula))?\s*:.*"
    r"|(?:berita|info)\s+\w+(?:\s+\w+)?\s+lainnya(?:\s+(?:di|klik)\b.*)?"
    # reading and ad markers
    r"|(?:advertisement|iklan|ads|sponsored|konten\s+sponsor|adv)"
    r"|(?:scroll|gulir|geser|swipe)\s+(?:ke\s+bawah\s+)?(?:untuk|to)\s+(?:melanjutkan|"
    r"lanjut|continue|membaca|baca|read|resume).*"
    r"|(?:lanjutkan|lanjut)\s+(?:membaca|baca).*|continue\s+reading.*"
    r"|(?:resume|skip)\s+(?:content|ad|iklan)"
    # a read-aloud player's prompt ("Rather listen? Listen to this article", "Dengarkan
    # berita ini")
    r"|(?:rather\s+listen\W*)?(?:listen\s+to\s+(?:this|the)\s+(?:article|story)|dengarkan"
    r"\s+(?:berita|artikel)\s+ini)(?:\W+\d{1,2}(?::\d\d)?\s*(?:min\w*|menit)?)?"
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
    # a live report's status line ("LIVE Update terakhir: 16.45 WITA", "Last updated
    # 4:45 pm") and its refresh notice ("Halaman ini diperbarui secara otomatis")
    r"|(?:live\s*)?(?:(?:update|pembaruan)\s+terakhir|terakhir\s+diperbarui|last\s+updated?)"
    r"\s*(?:pada|pukul|on|at)?\s*:?\s*(?:" + _STATUS_DATE + r"\s*,?\s*(?:pukul|jam|at|@)?\s*)?"
    r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:wib|wita|wit))?(?:\W*" + _REFRESH_NOTICE + r")?"
    # (and what it asks of the reader after it: "Muat ulang untuk melihat update terbaru")
    r"|" + _REFRESH_NOTICE + r"(?:\W+(?:muat\s+ulang|refresh|reload)\b[^.!?]{0,80})?"
    # boilerplate
    r"|(?:copyright|hak\s+cipta)\b.*"
    # a publisher's notice against copying and crawling ("Dilarang keras mengambil konten,
    # melakukan crawling atau pengindeksan otomatis untuk AI ... tanpa izin tertulis")
    r"|dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|menggandakan)\s+(?:konten|isi|"
    r"artikel|berita)\b.*\b(?:tanpa\s+izin|crawling|redaksi)\b.*"
    # a video page's transcript heading
    r"|transkrip(?:\s+(?:video|lengkap))?"
    # a sponsored article's notice ("Disclaimer: Artikel ini merupakan konten advertorial
    # ... tanggung jawab pengiklan")
    r"|disclaimer\s*:.*|(?:artikel|konten|tulisan)\s+ini\s+(?:merupakan|adalah)\s+(?:konten\s+)?"
    r"(?:advertorial|iklan|kerja\s*sama)\b.*"
    # a magazine's print-edition note ("Di edisi cetak, artikel ini terbit di bawah judul
    # ..."), a newspaper's ("A version of this article appears in print on ...")
    r"|di\s+edisi\s+cetak,?\s+(?:artikel|tulisan)\s+ini\s+terbit\b.*"
    r"|(?:artikel|tulisan)\s+ini\s+terbit\s+(?:di|pada)\s+(?:majalah|koran|edisi)\b.*"
    r"|a\s+version\s+of\s+this\s+(?:article|story)\s+appears\s+in\s+print\b.*"
    # a plea for donations ("Dukung jurnalisme independen di Tanah Papua. ... Berdonasi
    # sekarang", "Support independent journalism ... Donate")
    r"|(?:dukung|support)\s+(?:jurnalisme|journalism|media|kami|us|independent)\b.{0,240}"
    r"\b(?:berdonasi(?:\s+sekarang)?|donasi\s+sekarang|donate(?:\s+(?:now|today))?|make\s+a\s+"
    r"(?:donation|gift))\W*"
    # a feedback widget's question in Spanish, Portuguese, Italian ("¿Le ha resultado útil
    # esta información?", "Esta informação foi útil?", "Questa pagina ti è stata utile?")
    r"|(?:¿\s*)?(?:le|te)\s+ha\s+(?:resultado|sido)\s+útil\s+est[ae]\s+(?:información|página|"
    r"artículo|contenido)\s*\??(?:\s*(?:sí|si|no)\b){0,2}"
    r"|(?:¿\s*)?(?:fue|es)\s+útil\s+est[ae]\s+(?:información|página|artículo)\s*\?"
    r"|(?:esta|este)\s+(?:informação|página|artigo|conteúdo)\s+foi\s+útil\s*\?"
    r"|(?:questa|questo)\s+(?:pagina|articolo|informazione)\s+(?:ti\s+)?è\s+stat[ao]\s+utile\s*\?"
    # ... its box's head alone ("Support local journalism", "Dukung jurnalisme independen")
    r"|support\s+(?:local|independent|quality|our|nonprofit|public[-\s]service)\s+journalism"
    r"|dukung\s+jurnalisme(?:\s+(?:lokal|independen|berkualitas|kami))?"
    # a health publisher's sourcing note ("Verywell Health uses only high-quality sources,
    # including peer-reviewed studies, to support the facts within our articles. ...")
    r"|.{0,60}\buses\s+only\s+high[-\s]quality\s+sources,\s+including\s+peer[-\s]reviewed\s+"
    r"studies,\s+to\s+support\s+the\s+facts\b.*"
    # a site's closing contact prompt ("For feedback, complaints, or inquiries, contact us.")
    r"|for\s+(?:feedback|comments|complaints|inquiries|corrections)\b[^.]{0,60}\bcontact\s+us\W*"
    # a prompt to register ("You can save this article by registering for free here. Or
    # sign-in if you have an account.")
    r"|(?:you\s+can\s+)?save\s+this\s+(?:article|story)\s+by\s+registering\b.*"
    # a lazy image's or a widget's placeholder ("Memuat gambar...", "Loading..."), a
    # reactions widget's prompt ("Bagaimana reaksi Anda tentang artikel ini?"), a platform's
    # label over a partner's or a user's post ("Konten dari Media Partner")
    r"|(?:memuat|loading)(?:\s+(?:gambar|foto|video|artikel|berita|komentar|konten|image|"
    r"comments?|more))?\s*(?:\.{2,3}|…)?"
    # (what a widget loads, a few words before an ellipsis: "Loading prices for your
    # region…", "Memuat data terbaru...")
    r"|(?:memuat|loading)\s+(?:data|harga|konten|artikel|berita|komentar|gambar|foto|video|peta|"
    r"grafik|prices?|specifications?|specs|posts?|results?|comments?|content|map|chart|more)"
    r"\b(?:\s+[^\s.…]+){0,3}\s*(?:\.{3}|…)"
    r"|bagaimana\s+reaksi\s*(?:anda|kamu|mu)?\s+(?:tentang|terhadap|soal|setelah\s+membaca)"
    r"\s+(?:artikel|story|konten)\s+ini"
    # an affiliate site's disclosure, price box and deal line ("This post contains affiliate
    # links. ...", "Price last checked today. We may earn a commission.", "Deal alert ...")
    r"|(?:this\s+(?:post|article|page|review|guide)\s+(?:contains|may\s+contain|includes)\s+"
    r"affiliate\s+links?|we\s+may\s+earn\s+(?:a\s+)?(?:small\s+)?commission|as\s+an\s+amazon"
    r"\s+associate|(?:artikel|tulisan|konten)\s+ini\s+(?:mengandung|berisi|memuat)\s+(?:tautan|"
    r"link)\s+afiliasi|prices?\s+last\s+(?:checked|updated))\b.*"
    r"|deal\s+alert\b.{0,80}(?:\b(?:save|off|code|kode|diskon)\b|\d+\s*%).*"
    # an opinion page's notice in English ("The views expressed in this column are the
    # author's own ..."), a box's head over the writer's bio, a citation box's head, a
    # nonprofit's plea ("X is nonprofit and free to read. Reader donations fund ...")
    r"|(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:in\s+this\s+\w+\s+|here(?:in)?\s+)?are\s+"
    r"(?:those\s+of\s+the\s+(?:author|writer)s?|the\s+(?:author|writer)[’']?s?(?:\s+own)?|"
    r"(?:my|their|his|her)\s+own)(?:\s+and\s+do\s+not\b.*|\W*)"
    r"|about\s+the\s+(?:author|writer)s?|tentang\s+penulis|cite\s+this\s+(?:article|page|story)"
    r"|.{0,80}\bfree\s+to\s+read\b.{0,300}\b(?:please\s+consider|donate\s+(?:now|today)|"
    r"become\s+a\s+(?:member|supporter)|support\s+us)\b.*"
    # a feedback widget's question, its buttons after it ("Was this page helpful? Yes No")
    r"|(?:(?:was|is)\s+this|did\s+you\s+find\s+this)\s+(?:page|article|post|guide|answer|"
    r"information|content|advice)\s+(?:helpful|useful)\s*\??(?:\s*(?:yes|no)\b){0,2}"
    r"|apakah\s+(?:artikel|halaman|informasi|konten|tulisan)\s+ini\s+(?:membantu|bermanfaat)"
    r"\s*\??(?:\s*(?:ya|tidak)\b){0,2}"
    # a platform's label and notice over a partner's or a user's post, the whole line
    r"|konten\s+dari\s+(?:media\s+partner|pengguna|mitra)(?:\W+isi\s+konten\s+ini\s+"
    r"(?:sepenuhnya\s+)?(?:menjadi\s+)?tanggung\s+jawab\s+[^.!?]{1,60})?"
    # a toggle's label, its disclosure arrow after it ("Lihat kronologi lengkap ▾")
    # (and its pair: "Show Full Details ▼Hide Full Details ▲", "Show 2 Less ▲")
    r"|(?:(?:lihat|tampilkan|buka|baca|show|view|see|read|expand)\b[^.!?▾▼⏷⌄▸▶]{0,50}?\s*"
    r"[▾▼⏷⌄▸▶]\s*)?(?:show|hide|tampilkan|sembunyikan|collapse)\b[^.!?▲△▴▾▼]{0,50}?\s*"
    r"[▲△▴▾▼]"
    r"|(?:lihat|tampilkan|buka|baca|show|view|see|read|expand)\b[^.!?▾▼⏷⌄▸▶]{0,50}?\s*"
    r"[▾▼⏷⌄▸▶]"
    r"|(?:konten|tulisan|artikel)\s+ini\s+(?:merupakan|adalah)\s+(?:tanggung\s+jawab|karya|"
    r"opini)\s+(?:penuh\s+)?(?:penulis|pengguna|warganet).*"
    r"|(?:ingin|mau)\s+(?:menulis|jadi\s+penulis|berbagi\s+tulisan)\b.*"
    # a literary or a letters page's call for submissions, a press release's contact
    r"|redaksi\s+menerima\s+(?:kiriman|surat|tulisan|naskah|artikel|opini|cerpen|puisi)\b.*"
    r"|narahubung\s*:.*"
    r"|kirim(?:kan)?\s+(?:tulisan|artikel|opini)\s+(?:anda|kamu)\b.*"
    r"|(?:ringkasan|intisari|poin\s+penting|rangkuman|summary|key\s+points)"
    r")\W*$",
)


# Boilerplate that marks a whole line wherever it stands in it; searched only where the
# line holds the word at all (a case-insensitive search of every paragraph costs more).
_CHROME_ANYWHERE = re.compile(r"\ball\s+rights\s+reserved\b|\bhak\s+cipta\s+dilindungi\b",
                              re.IGNORECASE)


# Lines that say what they are past their start, each asked only where the line holds its
# word (a pattern that may start anywhere in a line costs every line a scan):
_CHROME_KEYED = (
    # a prompt to register ("Register for free to keep reading, or log in ...")
    ("regist", re.compile(
        r".{0,60}\bregister(?:ing)?\s+(?:for\s+)?free\b(?=.{0,100}\b(?:if\s+you\s+(?:already"
        r"\s+)?have\s+an\s+account|to\s+(?:keep|continue)\s+reading)\b).{0,160}",
        re.IGNORECASE)),
    # a plug for the site's app ("... or download the Moneycontrol App to stay updated!")
    ("app to stay", re.compile(
        r"(?:discover|get|read|follow|stay)\b.{0,300}\b(?:download|get)\s+the\s+[\w.]+"
        r"(?:\s+[\w.]+)?\s+app\s+to\s+stay\s+(?:updated|informed)\W*", re.IGNORECASE)),
)


def _chrome_line(text: str) -> bool:
    lowered = text.lower()
    if _CHROME.match(lowered):
        return True
    if is_site_notice(text, lowered):
        return True
    if ("reserved" in lowered or "dilindungi" in lowered) \
            and _CHROME_ANYWHERE.search(text) is not None:
        return True
    for word, pattern in _CHROME_KEYED:
        if word in lowered and pattern.fullmatch(text) is not None:
            return True
    return False


_BULLETS = "•·▪►»‣◦"
_TOPIC_LINK = re.compile(r"Kumpulan\s+(?:Artikel|Berita|Foto|Video)(?:\s+[A-Z][\w.'’-]*){1,4}\W*$")
_HASHTAGS = re.compile(r"#\w+[\s,]+(?:#\w+[\s,]*)+")  # two or more ("#Conclusion": a heading)
# "Name | tagline": two short halves, no sentence in either
_SLOGAN = re.compile(r"^[^|.!?]{2,40}\s\|\s[^|.!?]{2,80}$")
# A blogging platform's disclaimer under a user's post, an opinion page's under a
# reader's column ("Tulisan ini merupakan kiriman pembaca ... Seluruh isi tulisan menjadi
# tanggung jawab penulis.")
_PLATFORM_DISCLAIMER = re.compile(
    r"tanggung\s+jawab\s+(?:penuh\s+)?(?:bloger|blogger|penulis|pengguna|warganet|kompasianer)"
    r".{0,80}\b(?:tidak\s+mewakili|bukan\s+(?:pandangan|tanggung))|platform\s+blog"
    r"|(?:tulisan|artikel|opini|kolom|konten)\s+ini\s+(?:\w+\s+){0,2}kiriman\s+(?:dari\s+)?pembaca"
    r"|isi\s+(?:tulisan|artikel|opini|kolom)\s+(?:ini\s+)?(?:menjadi\s+)?"
    r"tanggung\s+jawab\s+(?:sepenuhnya\s+|penuh\s+)?(?:dari\s+)?(?:penulis|pengirim)"

    # a column's: "Tulisan ini merupakan pendapat pribadi penulis dan tidak mencerminkan
    # pandangan redaksi" (the column itself is its subject, or the newsroom is its object)
    r"|(?:tulisan|artikel|opini|kolom)\s+ini\s+(?:\w+\s+){0,2}(?:opini|pendapat|pandangan)"
    r"\s+pribadi|tidak\s+(?:mencerminkan|mewakili)\s+(?:pandangan|sikap|kebijakan)\s+redaksi"
    # a letter's and a press release's notice ("Isi surat menjadi tanggung jawab pengirim",
    # "Siaran pers ini merupakan tanggung jawab pengirim. ANTARA tidak bertanggung jawab atas
    # isi siaran pers di atas.")
    r"|isi\s+surat\s+(?:ini\s+)?(?:sepenuhnya\s+)?(?:menjadi\s+)?tanggung\s+jawab\s+pengirim"
    r"|siaran\s+pers\s+ini\s+(?:merupakan\s+|menjadi\s+|adalah\s+)?tanggung\s+jawab"
    r"|tidak\s+bertanggung\s+jawab\s+atas\s+isi\s+siaran\s+pers"
    # an advertorial's or a release's label: "Konten ini merupakan rilis resmi dari X. Isi
    # di luar tanggung jawab redaksi."
    # (a sentence of its own that closes the line: not "..., isi iklan memang di luar
    # tanggung jawab redaksi, tetapi ...", a report of it)
    r"|(?:^|[.!?—–:-]\s*)(?:(?:segala|seluruh)\s+)?(?:isi|konten)\s+(?:\w+\s+){0,3}di\s+luar\s+"
    r"tanggung\s+jawab\s+redaksi(?:\W+(?:\(?advertorial\)?|(?:sepenuhnya\s+)?(?:menjadi\s+)?"
    r"tanggung\s+jawab\s+(?:pengiklan|pengirim|penulis)\b[^.!?]*))?\W*$",
    re.IGNORECASE)
# A column's closing line on its writer: "*) Penulis adalah dosen ...", "Penulis adalah
# peneliti di ..."
# ... or a note marked "*)" that says who the writer is ("*) Ustaz Name, S.Ag adalah
# penyuluh agama ..."), or a literary page's bio of its writer in capitals ("NI LUH PUTU
# ARYANI, lahir di Tabanan, 1994. Menulis cerpen ...").
_MARKED_BIO = re.compile(r"^\W{0,2}\*+\)\s*(?:\S+\s+){1,12}?(?:adalah|merupakan|ialah)\s")
_CAPITALS_BIO = re.compile(r"^[A-Z][A-Z.'’ -]{3,60},\s+lahir\s+(?:di|pada)\s")
_WRITER_BIO = re.compile(r"^\W{0,3}(?:\*+\)?\s*)?(?:penulis|the\s+writer|the\s+author)\s+"
                         r"(?:adalah|merupakan|is)\b", re.IGNORECASE)
MAX_BIO_WORDS = 40


def is_lead_label(paragraph: str) -> bool:
    """A label printed above the dateline, at the article's start: a fact check's verdict
    ("HOAKS", "HASIL CEK FAKTA"), a kicker ("EKSKLUSIF"): a few words in capitals, no
    sentence (a roundup's "1. Banjir Rendam Sintang", a quote or a poem's line stays)."""
    text = normalise_space(paragraph)
    return 0 < word_count(text) <= MAX_LEAD_LABEL_WORDS and text.isupper() \
        and text[-1] not in ".!?\"”'’" and not opens_with_dateline(text)


# A label above the dateline has at most this many words.
MAX_LEAD_LABEL_WORDS = 6


def is_promo(paragraph: str) -> bool:
    """True when the whole paragraph is a promo, related link, follow prompt or ad marker."""
    text = normalise_space(paragraph)
    if not text:
        return False
    if _MARKERS.match(text):
        return True
    if len(text) <= 400 and _chrome_line(text):
        return True
    if len(text) <= 40 and SIGN_OFF.match(text):  # is_sign_off, the text already normal
        return True
    if is_caption(text):
        return True
    if (text[0] in _RELATED_INITIALS or not text[0].isalnum()) and _RELATED_LABELLED.match(text) \
            and len(text) <= MAX_RELATED_LINE_CHARS \
            and text[-1] not in ".!":
        return True  # "Related news: Headline", "See also: Headline" (a headline: no stop)
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
    if REPUBLISHED_NOTE.match(text):
        return True
    if text[0] == "K" and _TOPIC_LINK.match(text):
        return True  # Tribun's closing link to a topic's page: "Kumpulan Artikel Denpasar"
    if text[0] == "#" and _HASHTAGS.fullmatch(text):
        return True  # "#manasik #haji2025": a post's hashtags
    if text[0] in _BULLETS and word_count(text) <= MAX_UNLABELLED_PROMO_WORDS \
            and text[-1] not in ".!?\"”" and title_case(text):
        return True  # "• Harga Cabai Naik Jelang Lebaran": a related headline, bulleted
    if " | " in text and _SLOGAN.match(text) and title_case(text) \
            and not capitals_byline(text):
        return True  # "Zona Banten | Berita Terkini Banten Hari Ini": the site's slogan
    if ("tanggung" in text or "kiriman" in text or "pribadi" in text or "mencerminkan" in text
            or "mewakili" in text) \
            and word_count(text) <= 60 \
            and _PLATFORM_DISCLAIMER.search(text):
        return True
    if word_count(text) <= MAX_BIO_WORDS and _WRITER_BIO.match(text):
        return True
    if (text[0] == "*" or text[:2] == " *" or ", lahir " in text) and word_count(text) <= 60 \
            and (_MARKED_BIO.match(text) or _CAPITALS_BIO.match(text)):
        return True
    if (
        _FOLLOW_VERB.match(text)  # anchored and cheap: most paragraphs stop here
        and word_count(text) <= MAX_FOLLOW_WORDS
        and _FOLLOW_CHANNEL.search(text)
    ):
        return True
    if _NEWSLETTER_PROMPT.match(text) and word_count(text) <= MAX_FOLLOW_WORDS:
        return True
    return False


# A newsletter's signup prompt, its name before it or not: "Newsletter Kapuas Post Dapatkan
# rangkuman berita ... setiap pagi di email Anda", "Daftarkan email Anda dan terima ...",
# "Sign up for our newsletter": the reader addressed, the mail named.
_NEWSLETTER_PROMPT = re.compile(
    r"^\W*(?:newsletter\b[^.!?]{0,60}?\s)?(?:dapatkan|terima(?!\s+kasih)|daftarkan|"
    r"daftar(?=\s+(?:newsletter|nawala))|"
    r"berlangganan|langganan|subscribe|sign\s+up|get)\b(?![^.!?]*\b(?:kata|ujar|ucap|said|says)\b)"
    r"(?=[^.!?]{0,160}\b(?:newsletter|nawala|rangkuman|berita|kabar|artikel|tulisan|stories|"
    r"story|updates?|news|digest|posts?)\b)"
    r"(?:[^.!?]{0,160}\b(?:di|ke|melalui|lewat|via|in|into|to)\s+(?:e-?mail|surel|inbox|"
    r"kotak\s+masuk)\s+"
    r"(?:anda|kamu)\b|[^.!?]{0,160}\b(?:in|into|to)\s+your\s+(?:e-?mail|inbox)\b"
    r"|\s+(?:alamat\s+)?e-?mail\s+(?:anda|kamu)\s+(?:dan|untuk)\b"
    r"|\s+(?:for|to)\s+our\s+newsletter\b|[^.!?]{0,160}\bby\s+e-?mail\b)",
    re.IGNORECASE)


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
# (not words a headline opens with as often: "Fakta", "Update", "Viral")
HEADLINE_BADGES = frozenset((
    "live", "video", "foto", "galeri", "infografis", "infografik", "breaking", "eksklusif",
    "exclusive", "opini", "kolom", "analisis", "advertorial", "premium", "podcast", "hoaks",
))
