"""The bundled sample portal: a small PRMN-template news site, made in-house.

Pages are generated from the article number, so the same number always
gives the same URL and content, and a larger `n_articles` adds newer
articles on top of the same older ones. Among the good articles are
multi-page ones, promo paragraphs, inline "Baca Juga" links, credit lines
and dates printed in WITA, WIB, with no zone and as ISO with `+0800`.
Four broken pages are listed too: one without a body, one of garbage bytes,
one answering 500 and one too slow to answer.
"""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from newscrawl.demo import stories

SECTIONS = ("berita", "daerah")
PER_PAGE = 10
DEFAULT_ARTICLES = 30
WITA = timezone(timedelta(hours=8))
WIB = timezone(timedelta(hours=7))
FIRST_PUBLISHED = datetime(2024, 3, 1, 7, 0, tzinfo=WITA)
SITE_NAME = "Demo Portal"
# Article-shaped links to a sister portal on another host ("localhost" vs "127.0.0.1").
NETWORK_PATHS = ("/berita/pr-7001/berita-portal-jaringan-satu",
                 "/berita/pr-7002/berita-portal-jaringan-dua")
BROKEN = ("tanpa-isi", "rusak", "galat-server", "lambat")  # no body, garbage, 500, timeout
# What each broken page is, and the crawl stat that shows it was handled as designed.
BROKEN_FAULTS = {
    "tanpa-isi": ("an article without a body", "newscrawl/dropped/missing_body",
                  "dropped (missing_body)"),
    "rusak": ("a page of garbage bytes", "newscrawl/dropped/missing_title",
              "dropped (missing_title)"),
    "galat-server": ("a page answering HTTP 500", "newscrawl/http_errors/500",
                     "retried, then given up"),
    "lambat": ("a page too slow to answer", "newscrawl/request_errors/DownloadTimeoutError",
               "timed out, then given up"),
}

_PLACES = ["Makassar", "Mataram", "Kupang", "Denpasar", "Balikpapan", "Manado", "Palu",
           "Kendari", "Gorontalo", "Samarinda", "Banjarmasin", "Ambon", "Jayapura"]
_TOPICS = ["banjir rob", "harga cabai", "festival budaya", "jalan rusak", "vaksinasi anak",
           "panen raya", "pelabuhan baru", "sekolah rakyat", "listrik padam", "pasar malam"]
WRITERS = ["Andi Tenri", "Nur Hasanah", "Yohanis Kambu", "Made Wiryana"]
EDITORS = ["Muh. Ilham", "Ria Dewi", "Agus Sigit"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"]


@dataclass(frozen=True)
class DemoArticle:
    number: int
    section: str
    title: str
    slug: str
    published: datetime
    pages: int
    date_style: str

    @property
    def path(self) -> str:
        return f"/{self.section}/pr-{1000 + self.number}/{self.slug}"


@lru_cache(maxsize=250_000)
def article(number: int) -> DemoArticle:
    rnd = random.Random(number)
    place = _PLACES[number % len(_PLACES)]
    topic = _TOPICS[(number * 7) % len(_TOPICS)]
    title = f"Warga {place} Bicara soal {topic.title()}, Ini Kata Pemerintah Daerah ({number})"
    slug = f"warga-{place.lower()}-bicara-soal-{topic.replace(' ', '-')}-{number}"
    return DemoArticle(
        number=number,
        section=SECTIONS[number % 2],
        title=title,
        slug=slug,
        published=FIRST_PUBLISHED + timedelta(hours=5 * number, minutes=rnd.randrange(60)),
        pages=3 if number % 7 == 3 else (2 if number % 5 == 1 else 1),
        date_style=("ld_no_colon", "visible_wita", "visible_wib", "visible_nozone")[number % 4],
    )


def articles(n_articles: int) -> list[DemoArticle]:
    """Articles 1..n, newest first (listing order)."""
    return [article(i) for i in range(n_articles, 0, -1)]


def listed_numbers(n_articles: int, section: str | None, page: int) -> range:
    """Numbers of the articles on listing `page` of `section` (None: all), newest first:
    computed, not searched, so a 100,000-article portal lists as fast as a small one."""
    if section is None:
        top, step = n_articles, 1
    else:
        parity = SECTIONS.index(section)
        top = n_articles if n_articles % 2 == parity else n_articles - 1
        step = 2
    first = top - (page - 1) * PER_PAGE * step
    return range(first, max(0, first - PER_PAGE * step), -step)


def section_size(n_articles: int, section: str | None) -> int:
    if section is None:
        return n_articles
    parity = SECTIONS.index(section)
    return (n_articles + 1) // 2 if parity == 1 else n_articles // 2  # odd numbers: daerah


def number_in_path(path: str) -> int | None:
    """The article number a sample-portal path ends with ("...-12", "...-12/2")."""
    m = re.search(r"-(\d+)(?:/\d{1,2})?/?$", path)
    return int(m.group(1)) if m else None


def _visible_date(a: DemoArticle) -> str:
    t = a.published
    if a.date_style == "visible_wib":
        t = t.astimezone(timezone(timedelta(hours=7)))
    day = DAYS[t.weekday()]
    text = f"{day}, {t.day} {MONTHS[t.month - 1]} {t.year}, {t:%H.%M}"
    if a.date_style == "visible_wib":
        return f"- {text} WIB"
    if a.date_style == "visible_nozone":
        return f"- {text}"
    return f"- {text} WITA"


def paragraph_texts(a: DemoArticle, page: int) -> list[str]:
    """The article's own paragraphs on `page` (HTML), with the ad marker and follow prompt
    every third article carries; each template adds its own related-link forms."""
    place = _PLACES[a.number % len(_PLACES)]
    topic = _TOPICS[(a.number * 7) % len(_TOPICS)]
    out = []
    if page == 1:
        out.append(f"DEMOPORTAL - Pemerintah Kota {place} menggelar rapat soal "
                   f"{topic} pada halaman {page} berita ini.")
    # Each article's own wording (stories.story), so that no two sample articles look like
    # copies of each other to the export's syndicated-copy search.
    text = stories.story(a.number * 100 + page, place=place, topic=topic, paragraphs=4,
                        sentences=(1, 1))
    for k, paragraph in enumerate(text.paragraphs):
        out.append(f"Paragraf {k + 1} halaman {page}: {paragraph}")
    if a.number % 3 == 0:
        out.append("ADVERTISEMENT")
        out.append("Simak berita terkini lainnya dari Demo Portal di Google News.")
    return out


def _paragraphs(a: DemoArticle, page: int) -> list[str]:
    out = paragraph_texts(a, page)
    # Promo forms real PRMN pages carry: a related link as its own paragraph, and one
    # inside a real paragraph.
    promo = html.escape(article(max(1, a.number - 1)).title)
    out.insert(2, f'<strong>Baca Juga: <a href="/berita/pr-999/lain">{promo}</a></strong>')
    out.insert(4, f'Sumber itu menambahkan, rapat berlanjut pekan depan. '
                  f'<strong>Baca Juga: <a href="/berita/pr-998/lain">{promo}</a></strong> '
                  f'Warga diminta hadir tepat waktu.')
    return [f"<p>{p}</p>" for p in out]


def article_html(a: DemoArticle, page: int, base_url: str) -> str:
    url = base_url.rstrip("/") + a.path
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": f"{a.title} - {SITE_NAME}",
        "author": {"@type": "Person", "name": WRITERS[a.number % 4]},
        "image": {"@type": "ImageObject", "url": f"{base_url.rstrip('/')}/img/{a.number}.jpg"},
        "publisher": {"@type": "Organization", "name": SITE_NAME},
    }
    if a.date_style == "ld_no_colon":
        ld["datePublished"] = a.published.strftime("%Y-%m-%dT%H:%M:%S%z")  # +0800, no colon
    pager = ""
    if a.pages > 1:
        items = []
        for n in range(1, a.pages + 1):
            href = url if n == 1 else f"{url}?page={n}"
            cls = "paging__link paging__link--active" if n == page else "paging__link"
            items.append(f'<div class="paging__item"><a href="{"#" if n == page else href}" '
                         f'class="{cls}">{n}</a></div>')
        if page < a.pages:
            items.append(f'<div class="paging__all"><a href="{url}?page={page + 1}" '
                         f'class="paging__link" rel="next">Selanjutnya</a></div>')
        pager = ('<div class="paging paging--article clearfix"><div class="paging__teaser">'
                 f'Halaman: </div><div class="paging__wrap clearfix">{"".join(items)}</div></div>')
    body = "\n".join(_paragraphs(a, page))
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{html.escape(a.title)} - {SITE_NAME}</title>
<link rel="canonical" href="{url}">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{html.escape(a.title)} - {SITE_NAME}">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="article:section" content="{a.section.title()}">
<meta name="keywords" content="{a.section}, demo, sulawesi">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body>
<!-- Sample portal made in-house for newscrawl, modeled on the PRMN article template. -->
<div class="breadcrumb"><a href="{base_url}">Home</a> <a href="/{a.section}">{a.section}</a></div>
<section><h1 class="read__title">{html.escape(a.title)}</h1>
<div class="read__info"><div class="read__info__author"><a>{WRITERS[a.number % 4]}</a></div>
<div class="read__info__date">{_visible_date(a)}</div></div>
<div class="photo"><div class="photo__img"><img src="/img/{a.number}.jpg">
<div class="photo__caption">Suasana di {_PLACES[a.number % len(_PLACES)]}. /Demo Portal</div>
</div></div>
</section>
<article class="read__content clearfix" itemprop="articleBody">
{body}
</article>
{pager}
<p>Editor: <a>{EDITORS[a.number % 3]}</a></p>
<p>Sumber: Demo Portal</p>
<section class="read__tagging"><ul class="tag__list">
<li><a href="/tag/{a.section}">{a.section}</a></li>
<li><a href="/tag/demo">demo</a></li></ul></section>
</body></html>"""


def broken_path(kind: str) -> str:
    return f"/berita/pr-{900 + BROKEN.index(kind)}/{kind}"


def section_html(section: str, page: int, n_articles: int, base_url: str,
                 broken_pages: bool = True, extra_paths: tuple[str, ...] = ()) -> str | None:
    pages = max(1, -(-section_size(n_articles, section) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    items = []
    chunk = [article(i) for i in listed_numbers(n_articles, section, page) if i >= 1]
    for a in chunk:
        t = a.published
        items.append(
            f'<div class="latest__item"><h2 class="latest__title"><a class="latest__link" '
            f'href="{base_url.rstrip("/")}{a.path}">{html.escape(a.title)}</a></h2>'
            f'<date class="latest__date">{t.day} {MONTHS[t.month - 1]} {t.year}, '
            f'{t:%H:%M} WITA</date></div>'
        )
    if section == "daerah" and page == 1 and n_articles >= 3:
        # A listing may link the middle page of a multi-page article; the crawl
        # must still give that article once, whole.
        a = article(3)
        items.append(f'<div class="latest__item"><h2 class="latest__title"><a class="latest__link" '
                     f'href="{base_url.rstrip("/")}{a.path}?page=2">{html.escape(a.title)} '
                     f'(halaman 2)</a></h2></div>')
    if section == "berita" and page == 1 and broken_pages:
        for kind in BROKEN:
            items.append(f'<div class="latest__item"><h2 class="latest__title">'
                         f'<a class="latest__link" href="{broken_path(kind)}">Berita {kind}</a>'
                         f'</h2></div>')
    if section == "berita" and page == 1:
        for path in extra_paths:
            items.append(f'<div class="latest__item"><h2 class="latest__title">'
                         f'<a class="latest__link" href="{path}">Berita {path.rsplit("/", 1)[1]}'
                         f'</a></h2></div>')
    if section == "berita" and page == 1 and "//127.0.0.1" in base_url:
        # A network box linking a sister portal (another host): never to be fetched.
        other = base_url.rstrip("/").replace("//127.0.0.1", "//localhost")
        for path in NETWORK_PATHS:
            items.append(f'<div class="latest__item"><h2 class="latest__title">'
                         f'<a class="latest__link" href="{other}{path}">Berita jaringan</a>'
                         f'</h2></div>')
    nxt = ""
    if page < pages:
        nxt = (f'<div class="paging"><a class="paging__link" rel="next" '
               f'href="/{section}?page={page + 1}">Selanjutnya</a></div>')
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{section.title()} - {SITE_NAME}</title></head>
<body><!-- Sample portal made in-house for newscrawl, modeled on PRMN listings. -->
<section class="latest"><div class="latest__wrap">{"".join(items)}</div></section>
{nxt}
</body></html>"""


def missing_body_html(base_url: str) -> str:
    url = base_url.rstrip("/") + broken_path("tanpa-isi")
    return (f'<html><head><link rel="canonical" href="{url}"><title>Tanpa isi</title></head>'
            '<body><h1 class="read__title">Berita tanpa isi</h1>'
            '<div class="read__info__date">- 1 Maret 2024, 10.00 WITA</div></body></html>')


def garbage_bytes() -> bytes:
    return bytes(random.Random(7).randrange(256) for _ in range(2048))


# Hostile pages, for fault tests: a compression bomb, a page that never ends, and a
# page whose date and JSON-LD are built to be expensive.
HOSTILE = ("bom-gzip", "halaman-raksasa", "tanggal-raksasa")


def hostile_path(kind: str) -> str:
    return f"/berita/pr-{950 + HOSTILE.index(kind)}/{kind}"


def expensive_page_html(base_url: str) -> str:
    """A page of normal size whose date text is 200 kB of digits, whose relative date is
    out of range and whose JSON-LD nests 200,000 arrays."""
    url = base_url.rstrip("/") + hostile_path("tanggal-raksasa")
    nested = "[" * 200_000 + "]" * 200_000
    return (f'<html><head><link rel="canonical" href="{url}"><title>Tanggal raksasa</title>'
            f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": {nested},'
            f' "headline": "Tanggal raksasa"}}</script>'
            f'<meta property="article:modified_time" content="99999999999 hari yang lalu">'
            '</head><body><h1 class="read__title">Berita dengan tanggal raksasa</h1>'
            f'<div class="read__info__date">{"1" * 200_000}</div>'
            '<article class="read__content"><p>Isi berita yang biasa saja, cukup panjang untuk '
            'dibaca sebagai berita oleh siapa pun.</p></article></body></html>')


# Redirecting pages, for fault tests: one redirects to itself, one to another host.
REDIRECTS = ("lingkar", "pindah")
OFFSITE_TARGET = "/berita/pr-7003/tujuan-di-portal-lain"


def redirect_path(kind: str) -> str:
    return f"/berita/pr-{960 + REDIRECTS.index(kind)}/{kind}"
