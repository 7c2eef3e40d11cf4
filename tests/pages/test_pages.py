"""Page objects: the in-process API, per-field fallbacks, zones of portals outside the
catalog, and host scoping of a crawl on a real listing page."""

from __future__ import annotations

import json
import os

import pytest

import newscrawl
from newscrawl import api
from newscrawl.model.article import ARTICLE_FIELDS
from newscrawl.pages.html.document import Document

from ..conftest import shared_page

ZONAJAKARTA = "prmn/zonajakarta-donald-trump-kiamat.html"


def _page(head: str = "", body: str = "", date: str = "") -> str:
    """A small article page written in-house, shaped like an independent WordPress portal."""
    paragraphs = "".join(
        f"<p>{text}</p>" for text in (
            body or "Pemerintah daerah menggelar rapat soal banjir rob di pesisir kota.",
            "Rapat itu dihadiri warga dari tiga kelurahan yang terdampak banjir pekan lalu.",
            "Warga meminta tanggul dibangun sebelum musim hujan berikutnya datang lagi.",
        ))
    return (f"<html><head><meta property='og:title' content='Rapat Banjir Rob'>{head}</head>"
            f"<body><h1>Rapat Banjir Rob</h1><span class='date'>{date}</span>"
            f"<div class='entry-content'>{paragraphs}</div></body></html>")


def test_parse_page_gives_the_feed_record() -> None:
    record = newscrawl.parse_page(_page(date="1 Maret 2024 10:00 WITA"),
                                  "https://portal-baru.example/2024/03/01/rapat-banjir-rob/")
    assert list(record) == ARTICLE_FIELDS
    assert record["portal"] == "portal-baru.example" and record["family"] == "generic"
    assert record["title"] == "Rapat Banjir Rob"
    assert record["published_at"] == "2024-03-01T10:00:00+08:00"
    assert len(record["body"].split("\n\n")) == 3


def test_parse_listing_finds_article_links_on_a_real_listing() -> None:
    html = shared_page(ZONAJAKARTA).read_text(encoding="utf-8")
    listing = newscrawl.parse_listing(html, "https://zonajakarta.pikiran-rakyat.com/")
    urls = [link["url"] for link in listing["article_links"]]
    assert len(urls) == 37 and len(set(urls)) == 37


@pytest.mark.parametrize(
    ("head", "date", "body", "tz", "expected", "source"),
    [
        # a zone the page prints
        ("", "1 Maret 2024 10:00 WIT", "", None, "2024-03-01T10:00:00+09:00", "explicit"),
        # a local wall time and the UTC instant of it: +08:00 implied
        ("<meta property='article:published_time' content='2024-03-01T02:00:00+00:00'>",
         "1 Maret 2024 10:00", "", None, "2024-03-01T10:00:00+08:00", "explicit"),
        # the dateline's place
        ("", "1 Maret 2024 10:00", "MANADO, Kompas.com - Pemerintah daerah menggelar rapat.",
         None, "2024-03-01T10:00:00+08:00", "dateline"),
        ("", "1 Maret 2024 10:00", "Jayapura, Jubi - Pemerintah daerah menggelar rapat.",
         "Asia/Makassar", "2024-03-01T10:00:00+09:00", "dateline"),
        # the user's zone, then WIB
        ("", "1 Maret 2024 10:00", "", "Asia/Makassar", "2024-03-01T10:00:00+08:00",
         "argument"),
        ("", "1 Maret 2024 10:00", "", None, "2024-03-01T10:00:00+07:00", "assumed"),
    ],
)
def test_zone_of_a_portal_outside_the_catalog_is_found(head, date, body, tz, expected,
                                                       source) -> None:
    record = newscrawl.parse_page(_page(head, body, date),
                                  "https://portal-baru.example/2024/03/01/rapat-banjir-rob/",
                                  tz=tz)
    assert (record["published_at"], record["published_tz_source"]) == (expected, source)


def test_implied_offset_is_named_when_the_wall_time_is_the_only_local_text() -> None:
    head = "<meta property='article:published_time' content='2024-03-01T02:00:00+00:00'>"
    result = api.read_article(_page(head, "", "Jumat, 1 Maret 2024 10:00"),
                              "https://portal-baru.example/2024/03/01/rapat-banjir-rob/")
    record = result.record
    # The UTC instant is written in the zone it implies; both texts are kept.
    assert record.published_at == "2024-03-01T10:00:00+08:00"
    assert {record.published_raw, record.published_alt_raw} == {
        "2024-03-01T02:00:00+00:00", "Jumat, 1 Maret 2024 10:00"}


def test_a_catalog_portal_keeps_its_zone_whatever_the_dateline() -> None:
    record = newscrawl.parse_page(
        _page(body="JAKARTA, Kompas.com - Pemerintah pusat menggelar rapat banjir rob.",
              date="1 Maret 2024 10:00"),
        "https://www.balipost.com/news/2024/03/01/rapat-banjir-rob/")
    assert record["portal"] == "balipost"
    assert (record["published_at"], record["published_tz_source"]) == (
        "2024-03-01T10:00:00+08:00", "portal_default")


def test_a_family_page_whose_body_selector_fails_falls_back_to_the_generic_body() -> None:
    # A PRMN portal that changed its template: no article.read__content any more.
    html = _page(date="1 Maret 2024, 10:00 WIB").replace("entry-content", "isi-baru")
    result = api.read_article(html, "https://zonabanten.pikiran-rakyat.com/nasional/pr-1/x")
    assert result.record.family == "prmn"
    assert "body" in result.fallbacks
    assert len(result.record.body.split("\n\n")) == 3
    assert result.missing == []


def test_a_prmn_body_marked_only_by_itemprop_is_read_as_the_generic_body() -> None:
    # PRMN's body selector names its classes only (reading every element's itemprop to find
    # the same <article> cost each page ~2 % of its time): a variant with the itemprop alone
    # still gets its whole body, from the generic resolver, and the fallback is counted.
    html = _page(date="1 Maret 2024, 10:00 WIB").replace(
        "class='entry-content'", "itemprop='articleBody'")
    result = api.read_article(html, "https://zonabanten.pikiran-rakyat.com/nasional/pr-1/x")
    assert result.record.family == "prmn"
    assert "body" in result.fallbacks
    assert len(result.record.body.split("\n\n")) == 3


def _breadcrumb(cls: str, names: list[str]) -> str:
    """Microdata breadcrumb items shaped like Tribun's (written in-house)."""
    items = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a itemprop="item" href="/{n.lower()}"><span itemprop="name">{n}</span></a>'
        f'<meta itemprop="position" content="{i}"></li>' for i, n in enumerate(names, 1))
    return f'<ul class="{cls}" itemscope itemtype="http://schema.org/BreadcrumbList">{items}</ul>'


TRIBUN_URL = "https://makassar.tribunnews.com/2024/03/01/rapat-banjir-rob-di-pesisir"


def test_tribun_section_is_its_breadcrumbs_last_name() -> None:
    html = _page(date="1 Maret 2024, 10:00").replace(
        "<h1>", _breadcrumb("breadcrumb", ["Home", "Makassar", "Metro"]) + "<h1>")
    result = api.read_article(html, TRIBUN_URL)
    assert result.record.section == "Metro"
    assert "section" not in result.fallbacks


def test_tribun_breadcrumb_under_another_class_is_still_read_and_counted() -> None:
    html = _page(date="1 Maret 2024, 10:00").replace(
        "<h1>", _breadcrumb("crumbs-baru", ["Beranda", "Sulsel"]) + "<h1>")
    result = api.read_article(html, TRIBUN_URL)
    assert result.record.section == "Sulsel"
    assert "section" in result.fallbacks

def test_a_crawl_queues_only_the_portals_own_hosts_from_a_real_listing() -> None:
    # The real zonajakarta page links 10 articles of www.pikiran-rakyat.com, another portal.
    from newscrawl.crawl.spiders.portals import ZonajakartaSpider

    html = shared_page(ZONAJAKARTA).read_bytes()
    requests, stats = _section_requests(ZonajakartaSpider, html,
                                        "https://zonajakarta.pikiran-rakyat.com/internasional")
    articles = [r for r in requests if r.callback.__name__ == "parse_article"]
    assert {r.url.split("/")[2] for r in requests} == {"zonajakarta.pikiran-rakyat.com"}
    assert len(articles) == 27
    assert stats.get_value("newscrawl/offsite_links") == 10


def _section_requests(spider_cls: type, html: bytes, url: str) -> tuple[list, object]:
    from scrapy.http import HtmlResponse, Request
    from scrapy.utils.project import get_project_settings
    from scrapy.utils.test import get_crawler

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.crawl.settings")
    from scrapy.utils.reactor import is_reactor_installed

    settings = get_project_settings().copy_to_dict()
    # A unit test: no crawl is run, so no reactor is wanted; but an earlier test of the
    # process may have installed one (any kind), which Scrapy would then check against.
    if is_reactor_installed():
        settings["TWISTED_REACTOR"] = None
    else:
        settings["TWISTED_REACTOR_ENABLED"] = False
    crawler = get_crawler(spider_cls, settings)
    crawler.spider = crawler._create_spider()
    response = HtmlResponse(url=url, body=html, request=Request(url), encoding="utf-8")
    return list(crawler.spider.parse_section(response, section=None, page_no=1)), crawler.stats


def test_a_detik_desk_crawl_stays_in_its_own_desk_on_a_shared_host() -> None:
    # detik's regional desks share www.detik.com; the real 2022 front page links one
    # article of the Sumut desk among 62 of other channels and desks (and a photo page,
    # /edu/foto/d-6383493/..., no article).
    from newscrawl.crawl.spiders.portals import DetiksumutSpider

    html = shared_page("detik/homepage-2022.html").read_bytes()
    requests, stats = _section_requests(DetiksumutSpider, html, "https://www.detik.com/")
    assert [r.url for r in requests] == [
        "https://www.detik.com/sumut/hukum-dan-kriminal/d-6383718/pengedar-sabu-27-kg-"
        "jaringan-internasional-ditangkap-di-tebing-tinggi"]
    assert stats.get_value("newscrawl/offsite_links") == 62


def test_real_front_page_of_an_independent_wita_portal() -> None:
    # beritamanado.com (JNews WordPress theme, Manado): 61 distinct article cards, 31 of
    # them with a date line, no /page/2/ link (the theme loads more by AJAX).
    html = shared_page("beritamanado/homepage-2020.html").read_text(encoding="utf-8")
    listing = newscrawl.parse_listing(html, "https://beritamanado.com/")
    links = listing["article_links"]
    assert len(links) == 61
    assert all(link["url"].startswith("https://beritamanado.com/") for link in links)
    dated = [link["date_text"] for link in links if link["date_text"]]
    assert len(dated) == 31 and dated[0] == "Rabu, 14 Oktober 2020"
    assert listing["next_page"] is None


def test_real_front_page_cut_short_gives_no_links_and_no_error() -> None:
    # The 2024 Tribun-Timur capture stops mid-CSS, before any article list.
    html = shared_page("tribun/makassar-homepage-2024-truncated.html").read_text(
        encoding="utf-8")
    listing = newscrawl.parse_listing(html, "https://makassar.tribunnews.com/")
    assert listing == {"article_links": [], "next_page": None, "next_page_skip": None}


def test_real_detik_front_page_lists_its_channel_articles() -> None:
    html = shared_page("detik/homepage-2022.html").read_text(encoding="utf-8")
    listing = newscrawl.parse_listing(html, "https://www.detik.com/")
    urls = [link["url"] for link in listing["article_links"]]
    # (64 links in the article shape; one a photo page, /edu/foto/d-6383493/...)
    assert len(urls) == len(set(urls)) == 63
    assert all("/d-" in u and u.split("/")[2].endswith("detik.com") for u in urls)


def test_a_true_utc_instant_is_written_in_the_portals_offset() -> None:
    # balipost (WITA) gives the UTC instant in its meta and the local time on the page.
    head = "<meta property='article:published_time' content='2022-02-22T03:11:00Z'>"
    record = newscrawl.parse_page(_page(head, "", "22 Februari 2022 11:11"),
                                  "https://www.balipost.com/news/2022/02/22/rapat-banjir-rob/")
    assert record["published_at"] == "2022-02-22T11:11:00+08:00"
    assert record["published_tz_source"] == "explicit"


@pytest.mark.parametrize(("url", "pager", "expected"), [
    ("https://x.id/kanal", "<a href='/kanal?page=1'>1</a><a href='/kanal?page=2'>2</a>",
     "https://x.id/kanal?page=2"),
    ("https://x.id/kanal/page/2/", "<a href='/kanal/'>1</a><a href='/kanal/page/3/'>3</a>",
     "https://x.id/kanal/page/3/"),
    ("https://x.id/kanal/2", "<a href='/kanal/1'>1</a><a href='/kanal/3'>3</a>",
     "https://x.id/kanal/3"),
    # a number that is an article's headline, not a page
    ("https://x.id/kanal", "<a href='/berita/2-tewas-di-jalan-raya'>2</a>", None),
])
def test_a_numbered_pager_leads_to_the_next_listing_page(url: str, pager: str,
                                                         expected: str | None) -> None:
    from newscrawl.pages.listing import ListingPage

    html = f"<html><body><div class='pages'>{pager}</div></body></html>"
    assert ListingPage(Document(html, url)).next_page() == expected


# Listing shapes of portals outside the catalog, written in-house after their templates
# (WordPress themes and core, Blogger, Lokomedia, national index pages).
def _links(html_body: str, url: str = "https://kabar.example.id/kategori/daerah/") -> list[str]:
    html = f"<html><body>{html_body}</body></html>"
    return [link["url"] for link in newscrawl.parse_listing(html, url)["article_links"]]


def test_pages_about_articles_are_no_articles_whatever_their_slug() -> None:
    others = ("/tag/pemilihan-gubernur-sumatera-selatan-2018/", "/topic/banjir-jabodetabek-awal-"
              "tahun-2020", "/kategori-12-hukum-dan-kriminal.html", "/2019/05/02/",
              "/indeks/2018/03/13", "/berita/internasional")
    articles = ("/2019/05/02/banjir-rendam-dua-desa/", "/news/48190/banjir-konawe-utara.html",
                "/kumparannews/banjir-rendam-tiga-desa-di-hulu-1sU8JZpDE0i")
    body = "".join(f"<a href='{p}'>tautan</a>" for p in others + articles)
    assert _links(body) == [f"https://kabar.example.id{p}" for p in articles]


def test_a_post_marked_as_its_permalink_is_an_article_whatever_its_slug() -> None:
    # WordPress's cards: the title link marked rel=bookmark is the post's own URL, also
    # where its slug is as short as a section's ("/daerah/banjir-kebon-pedes/" beside the
    # section "/daerah/kota-bogor/"); the category link in the same card is none, nor a
    # bookmark to another site's post, a tag's page or the home page.
    def card(href: str) -> str:
        return (f"<article class='post hentry'><span class='cat-links'><a href='/daerah/kota-"
                f"bogor/' rel='category tag'>Kota Bogor</a></span><h2 class='entry-title'>"
                f"<a href='{href}' rel='bookmark'>Judul</a></h2></article>")

    body = "".join(card(h) for h in (
        "/daerah/banjir-kebon-pedes/", "/harga-jagung-anjlok.html",
        "https://lain.example.com/daerah/banjir-di-kota-lain/", "/tag/banjir-bogor/", "/"))
    assert _links(body) == ["https://kabar.example.id/daerah/banjir-kebon-pedes/",
                            "https://kabar.example.id/harga-jagung-anjlok.html"]
    # without the mark, the same short slugs are not told from sections
    assert _links(body.replace(" rel='bookmark'", "")) == []
    # a catalog family's listing goes by its own URL pattern: a listing of its portal in
    # another template is a changed template (reported by the crawl), not read
    assert _links(body, "https://regional.kompas.com/") == []


def test_a_link_that_only_tracks_the_click_is_the_article() -> None:
    body = ("<ul><li><a href='/news/48230/banjir-susulan-di-konawe.html?utm_source=terpopuler'>"
            "x</a></li></ul><article><h2><a href='/news/48230/banjir-susulan-di-konawe.html'>"
            "y</a></h2></article><a href='/news/48231/jalan-longsor-di-kolaka.html?id=7'>z</a>")
    assert _links(body) == ["https://kabar.example.id/news/48230/banjir-susulan-di-konawe.html"]


def test_media_pages_files_and_pager_links_are_no_articles() -> None:
    # (held-out listings, set 4) a video's, a photo gallery's and an infographic's pages in
    # the articles' URL shapes, on the portal's own host (a caption, no text to read), an
    # upload linked from a banner, a numbered pager's "/berita/2" on "/berita"; and a
    # popular box's links that carry only tracking keys ("?source=widgetML&engine=V")
    others = ("/video/845298740/warga-antusias-datangi-tps-sejak-pagi",
              "/foto/pr-598593989/foto-dua-bocah-tenggelam-di-sungai-desa",
              "/sulsel/infografis/d-7805991/infografis-jadwal-imsakiyah-makassar",
              "/wp-content/uploads/2025/02/ucapan-hut-ksb-ke-22.jpg", "/berita/2", "/berita/812")
    articles = ("/berita/845298741/warga-antusias-datangi-tps-sejak-pagi",
                "/2025/03/03/banjir-rendam-dua-desa-di-hulu-sungai/")
    body = "".join(f"<a href='{p}'>tautan</a>" for p in others + articles)
    body += f"<div class='populer'><a href='{articles[1]}?source=widgetML&engine=V'>x</a></div>"
    assert _links(body, "https://kabar.example.id/berita") == [
        f"https://kabar.example.id{p}" for p in articles]
    # (a review's finding) on the listing's page 2 too
    assert _links(body, "https://kabar.example.id/berita/2") == [
        f"https://kabar.example.id{p}" for p in articles]
    # a family's URL pattern too: a Radar site's videos share its articles' shape
    radar = ("<a href='/video/845298740/warga-antusias-datangi-tps'>v</a><a href='/politik/"
             "845298741/warga-antusias-datangi-tps'>a</a>")
    assert _links(radar, "https://radarsolo.jawapos.com/tag/pilkada-solo-2024") == [
        "https://radarsolo.jawapos.com/politik/845298741/warga-antusias-datangi-tps"]


@pytest.mark.parametrize(("url", "pager", "expected"), [
    # Blogger's "Posting Lama"
    ("https://kabarpapua.blogspot.com/search/label/Daerah",
     "<a class='blog-pager-older-link' href='https://kabarpapua.blogspot.com/search/label/"
     "Daerah?updated-max=2018-04-10T19:45:00%2B09:00&max-results=20'>Posting Lama</a>",
     "https://kabarpapua.blogspot.com/search/label/Daerah?updated-max=2018-04-10T19:45:00%2B09:00"
     "&max-results=20"),
    # WordPress's the_posts_navigation(): older posts are the next page
    ("https://kabar.example.id/kategori/daerah/",
     "<div class='nav-previous'><a href='/kategori/daerah/page/2/'>Pos-pos Lama</a></div>",
     "https://kabar.example.id/kategori/daerah/page/2/"),
    # WordPress core's pager on page 2: "Sebelumnya" marked prev leads back
    ("https://kabar.example.id/author/dimas/page/2/",
     "<a class='prev page-numbers' href='/author/dimas/'>Sebelumnya</a>"
     "<a class='page-numbers' href='/author/dimas/'>1</a><span class='current'>2</span>"
     "<a class='page-numbers' href='/author/dimas/page/3/'>3</a>"
     "<a class='next page-numbers' href='/author/dimas/page/3/'>Selanjutnya</a>",
     "https://kabar.example.id/author/dimas/page/3/"),
    # a day's index page: its date is no page number
    ("https://kabar.example.id/indeks/2018/03/12",
     "<a href='/indeks/2018/03/13'>13</a><a href='/indeks/2018/03/12?page=2'>2</a>",
     "https://kabar.example.id/indeks/2018/03/12?page=2"),
    # (held-out listings, set 2) a Lokomedia pager of no known class, "Lanjut ›"
    ("http://www.kalteng-news.com/kategori-12-hukum.html",
     "<a href=halkategori-12-2.html>2</a> <a href=halkategori-12-2.html>Lanjut &rsaquo;</a>"
     " <a href=halkategori-12-57.html>Akhir &raquo;</a>",
     "http://www.kalteng-news.com/halkategori-12-2.html"),
    # an AMP pager's "pager__next", a "load more" button that is a link to page 2
    ("https://sulut.inews.id/amp/tag/banjir-manado",
     "<a href='https://sulut.inews.id/amp/tag/banjir-manado?page=2' class='pager__next'>"
     "Berikut &rsaquo;</a>", "https://sulut.inews.id/amp/tag/banjir-manado?page=2"),
    ("https://sulsel.idntimes.com/news",
     "<a href='https://sulsel.idntimes.com/news/indonesia/a/banjir-rob-genangi-pesisir-makassar-utara'>Selanjutnya"
     "</a><a href='https://sulsel.idntimes.com/news?page=2' class='btn-load-more'>Muat lebih "
     "banyak</a>", "https://sulsel.idntimes.com/news?page=2"),
    # (held-out listings, set 3) an old PHP portal's page two folders deep, its pager's
    # links relative to its <base href>
    ("http://www.tadulakonews.com/kanal/daerah/halkategori-12-2.html",
     "<base href='http://www.tadulakonews.com/'><a href='halkategori-12-1.html'>&laquo;</a> "
     "<a href='halkategori-12-1.html'>1</a> <b>2</b> <a href='halkategori-12-3.html'>3</a> "
     "<a href='halkategori-12-61.html'>61</a> <a href='halkategori-12-3.html'>&raquo;</a>",
     "http://www.tadulakonews.com/halkategori-12-3.html"),
    # (a review's finding) a section named by its number: "/kanal/12.html" is its page 1
    ("https://portaldaerah.example/kanal/12.html",
     "<span>1</span> <a href='/kanal/12.html?page=2'>2</a> <a href='/kanal/12.html?page=3'>3"
     "</a> <a href='/kanal/12.html?page=2'>Selanjutnya</a>",
     "https://portaldaerah.example/kanal/12.html?page=2"),
    # (held-out listings, set 3) a "load more" button that fetches the next page by script,
    # its URL in a data attribute; not a button's other data (a day's index, a target)
    ("https://radarjogja.jawapos.com/indeks/2024/03/12/",
     "<button class='btn-day' data-url='https://radarjogja.jawapos.com/indeks/2024/03/13/'>"
     "Berikutnya</button><button type='button' class='btn-loadmore' data-target='#list' "
     "data-next='https://radarjogja.jawapos.com/indeks/2024/03/12/?page=2' data-page='2'>"
     "Muat Lebih Banyak</button>",
     "https://radarjogja.jawapos.com/indeks/2024/03/12/?page=2"),
    # (held-out listings, set 4) Sindonews's "Berita Selanjutnya" button to an offset page
    ("https://daerah.sindonews.com/",
     "<a class='btn-more' href='https://daerah.sindonews.com/more/20'>Berita Selanjutnya</a>",
     "https://daerah.sindonews.com/more/20"),
], ids=["blogger", "wp-posts-navigation", "wp-core-page-2", "dated-index", "lokomedia",
        "class-next", "load-more", "base-href", "section-number", "load-more-button",
        "more-news"])
def test_the_next_listing_page_of_common_pagers(url: str, pager: str, expected: str) -> None:
    from newscrawl.pages.listing import ListingPage

    html = f"<html><body><div class='pager'>{pager}</div></body></html>"
    assert ListingPage(Document(html, url)).next_page() == expected


def test_links_are_read_against_the_pages_base_href() -> None:
    # (held-out listings, set 3) an old PHP portal's page two folders deep whose links are
    # relative to its <base href>: read against the page's URL, every link named another
    # (missing) page; its static pages are no articles, and an article linked twice, with
    # and without "www.", is listed once
    cards = "".join(f"<div class='berita'><a href='berita-{n}-banjir-di-desa-nomor-{n}.html'>"
                    f"Banjir di desa nomor {n}</a></div>" for n in range(5100, 5104))
    html = ("<html><head><base href='http://www.tadulakonews.com/'></head><body>"
            f"{cards}<div class='populer'><a href='http://tadulakonews.com/berita-5100-banjir-"
            "di-desa-nomor-5100.html'>Banjir</a></div><div class='footer'><a href='statis-3-"
            "pedoman-media-siber.html'>Pedoman Media Siber</a></div></body></html>")
    links = _links(html.removeprefix("<html>").removesuffix("</html>"),
                   "http://www.tadulakonews.com/kategori-12-daerah/2.html")
    assert links == [f"http://www.tadulakonews.com/berita-{n}-banjir-di-desa-nomor-{n}.html"
                     for n in range(5100, 5104)]
    # an article's own links too (its pages, its canonical)
    doc = Document(html, "http://www.tadulakonews.com/kategori-12-daerah/berita-5100.html")
    assert doc.absolute("berita-5101-x.html") == "http://www.tadulakonews.com/berita-5101-x.html"
    # a <base> of no use leaves links relative to the page
    for base in ("<base target='_blank'>", "<base href='javascript:void(0)'>",
                 "<base href='http://[x/'>"):
        doc = Document(f"<html><head>{base}</head><body></body></html>",
                       "https://kabar.example.id/kanal/daerah/")
        assert doc.absolute("a.html") == "https://kabar.example.id/kanal/daerah/a.html", base
    # (a review's finding) a base left on the site's old domain after a move: its path on
    # the page's own site (the old domain would only redirect, and a crawl stays on the
    # portal's hosts); another host of the same site is taken as it is
    doc = Document("<html><head><base href='http://www.koranlama.example/'></head></html>",
                   "https://www.korankini.example/kategori-12-daerah.html")
    assert doc.absolute("berita-1-x.html") == "https://www.korankini.example/berita-1-x.html"
    doc = Document("<html><head><base href='http://m.korankini.example/web/'></head></html>",
                   "https://www.korankini.example/kategori-12-daerah.html")
    assert doc.absolute("berita-1-x.html") == "http://m.korankini.example/web/berita-1-x.html"


def test_a_family_body_split_around_a_player_is_read_whole() -> None:
    # (held-out round 12, a JawaPos Radar site) the text in three "read__content" boxes, a
    # video player and an ad between them; another "read__content" elsewhere (a box of the
    # sidebar) is no part of it
    def part(n: int, words: str) -> str:
        return (f"<div class='read__content content-{n}'>" + "".join(
            f"<p>{words} kalimat ke-{i} tentang pembongkaran bangunan di bantaran sungai.</p>"
            for i in range(3)) + "</div>")

    html = ("<html><head><title>Pemkot Bongkar 46 Bangunan</title></head><body><div "
            "class='read'><h1>Pemkot Bongkar 46 Bangunan di Bantaran Sungai</h1>"
            f"{part(1, 'Pertama')}<div class='video-inline'><p>Tonton juga:</p><iframe "
            f"src='https://www.jawapos.com/embed/video/1'></iframe></div>{part(2, 'Kedua')}"
            f"<div class='ads'>ADVERTISEMENT</div>{part(3, 'Ketiga')}</div><aside><div "
            "class='read__content'><p>Kotak samping dengan kalimat yang bukan bagian dari "
            "artikel ini sama sekali.</p></div></aside></body></html>")
    url = "https://kaltimpost.jawapos.com/samarinda/2383914/pemkot-bongkar-46-bangunan"
    record = api.read_article(html, url).record
    assert record.family == "jawapos"
    paragraphs = record.body.split("\n\n")
    assert [p.split()[0] for p in paragraphs] == ["Pertama"] * 3 + ["Kedua"] * 3 + ["Ketiga"] * 3
    # (a review's findings) a box of the class beside it that is no part: the next article
    # under its own headline, a readers' comment block, the mobile copy of the text
    for other in ("<div class='read__content'><h2 class='read__title'>Harga Cabai Naik</h2>"
                  "<p>Harga cabai di pasar naik dua kali lipat sejak pekan lalu.</p></div>",
                  "<div class='read__content comment'><p>Semoga cepat selesai ya, kata warga "
                  "yang menulis komentar ini.</p></div>",
                  part(1, "Pertama").replace("read__content content-1",
                                             "read__content content-1 d-md-none")):
        single = html.replace(f"<div class='video-inline'><p>Tonton juga:</p><iframe "
                              f"src='https://www.jawapos.com/embed/video/1'></iframe></div>"
                              f"{part(2, 'Kedua')}<div class='ads'>ADVERTISEMENT</div>"
                              f"{part(3, 'Ketiga')}", other)
        body = api.read_article(single, url).record.body
        assert [p.split()[0] for p in body.split("\n\n")] == ["Pertama"] * 3, other


@pytest.mark.parametrize("links", [
    # (a review's findings) a pager's "Sebelumnya" marked previous, another section's "Lihat
    # lebih banyak", a card's read-more, a slider's "next"
    "<a class='btn prev' rel='prev' href='?hal=1'>Sebelumnya</a>",
    "<a class='btn-more' href='/olahraga'>Lihat Lebih Banyak</a>",
    "<a href='/daerah/banjir-kebon-0/'>Selanjutnya &raquo;</a>",
    "<a class='slider-next' href='/foto/'>&rsaquo;</a>",
], ids=["prev", "another-section", "read-more", "slider"])
def test_a_link_saying_next_that_leads_elsewhere_is_no_next_page(links: str) -> None:
    from newscrawl.pages.listing import ListingPage

    html = f"<html><body><div class='nav-page'>{links}</div></body></html>"
    url = "https://beritanusantara.example.id/kanal/daerah?hal=2"
    assert ListingPage(Document(html, url)).next_page() is None


def test_an_old_php_portals_articles_named_by_their_number_are_listed() -> None:
    # (held-out listings, set 2) "berita.php?id=N", Lokomedia's "media.php?module=
    # detailberita&id=N", a photo's "foto.php?id=N"; not the videos' index, a print view's
    # or a poll's page
    links = ("<a href=berita.php?id=21799>Banjir Rendam Palu Barat</a>"
             "<a href='/media.php?module=detailberita&id=4603'>Jalan Rusak di Sampit</a>"
             "<a href=foto.php?id=809>Foto: Banjir Palu</a><a href=video.php>Video</a>"
             "<a href=cetak.php?id=21799>Cetak</a><a href=polling.php?id=3>Polling</a>")
    result = api.parse_listing(f"<html><body><table><tr><td>{links}</td></tr></table></body>"
                               "</html>", "https://sultengpos.example/terpopuler.php?periode=minggu")
    assert [link["url"] for link in result["article_links"]] == [
        "https://sultengpos.example/berita.php?id=21799",
        "https://sultengpos.example/media.php?module=detailberita&id=4603",
        "https://sultengpos.example/foto.php?id=809"]
    # (a review's findings) Joomla's and WordPress's numbered articles; not a Lokomedia
    # category's or album's page, a print view or a page of an article
    links = ("<a href='/index.php?option=com_content&view=article&id=1234:banjir-palu&catid=12'>"
             "Banjir Palu</a><a href='/?p=98765'>Jalan Rusak</a>"
             "<a href='/media.php?module=detailkategori&id=1'>Hukum</a>"
             "<a href='/media.php?module=detailalbum&id=4'>Album</a>"
             "<a href='/berita.php?id=21790&aksi=cetak'>Cetak</a>"
             "<a href='/berita.php?id=21799&hal=2'>Halaman 2</a>")
    result = api.parse_listing(f"<html><body><div>{links}</div></body></html>",
                               "https://sultengpos.example/index.php")
    assert [link["url"] for link in result["article_links"]] == [
        "https://sultengpos.example/index.php?option=com_content&view=article&id=1234:banjir-palu"
        "&catid=12", "https://sultengpos.example/?p=98765"]


@pytest.mark.parametrize(("data", "declared"), [
    # (held-out round 13) a page written in windows-1252, declared ISO-8859-1 or
    # windows-1252; a UTF-8 copy that still declares ISO-8859-1 (kapanlagi's saved pages);
    # UTF-8 after a byte-order mark
    ("Hélder Amaral Soares: “se’i” – Günther".encode("cp1252"), "iso-8859-1"),
    ("Hélder Amaral Soares: “se’i” – Günther".encode("cp1252"), "windows-1252"),
    ("Hélder Amaral Soares: “se’i” – Günther".encode(), "iso-8859-1"),
    ("Hélder Amaral Soares: “se’i” – Günther".encode(), "bom"),
], ids=["latin-1-declared", "cp1252", "utf8-mislabelled", "bom"])
def test_a_saved_pages_bytes_are_read_as_a_reader_sees_them(data: bytes, declared: str) -> None:
    from newscrawl.pages.html.document import decode_html

    page = (f"<html><head><meta charset='{declared}'></head><body><p>".encode("ascii")
            + data + b"</p></body></html>")
    if declared == "bom":
        page = b"\xef\xbb\xbf" + page.replace(b"charset='bom'", b"charset='utf-8'")
    assert "Hélder Amaral Soares: “se’i” – Günther" in decode_html(page)
    assert Document(page, "https://kabar.example/x").root.findtext(".//p") \
        == "Hélder Amaral Soares: “se’i” – Günther"


def test_a_utf8_page_with_a_stray_byte_stays_utf8() -> None:
    # (a review's finding) one stray windows-1252 byte, a character cut at the file's end:
    # the page's many valid UTF-8 characters are read as such, the bad byte replaced
    from newscrawl.pages.html.document import decode_html

    text = "SEMARANG \u2013 \u201cKami pastikan,\u201d kata dia kepada wartawan"
    for data in (text.encode() + b"\x92 itu.", text.encode() + "\u201c".encode()[:2]):
        page = b"<html><head><meta charset='iso-8859-1'></head><body><p>" + data
        assert text in decode_html(page)


def test_characters_no_reader_sees_leave_the_title_and_the_body() -> None:
    # (held-out round 13) zero-width spaces and soft hyphens inside words, as characters
    # and as entities
    html = ("<html><head><title>KM Sinar 07 Kandas di Per\u200bairan Tanjung Sial</title></head>"
            "<body><article><h1>KM Sinar 07 Kandas di Per&#8203;airan Tanjung Sial</h1>"
            + "<p>Kapal motor pen&shy;gangkut sembako kandas di per\u200bairan Tanjung Sial, "
              "kata petugas.</p>" * 4 + "</article></body></html>")
    record = api.read_article(html, "https://kabar.example/2023/09/06/km-sinar-kandas").record
    assert record.title == "KM Sinar 07 Kandas di Perairan Tanjung Sial"
    assert record.body.split("\n\n")[0] \
        == "Kapal motor pengangkut sembako kandas di perairan Tanjung Sial, kata petugas."


def test_a_php_portals_article_module_is_an_article_and_its_plain_next_link_wins() -> None:
    # (held-out listings, set 5, a custom PHP portal) an archive box's old link
    # "index.php?mod=berita&id=N" is an article ("mod=kategori" is not); the pager's plain
    # "Berikutnya »" is the next page, not the load-more button's fragment endpoint before it
    html = ("<html><body><div class='arsip'><a href='/index.php?mod=berita&id=39012'>Harga "
            "Kopi Robusta Lampung Naik Dua Kali Lipat</a><a href='/index.php?mod=kategori&"
            "id=12'>Ekonomi</a></div><button id='btn-loadmore' data-url='/ajax/berita_kategori.php?"
            "id=12&page=3'>"
            "Muat lebih banyak</button><div><a href='?page=1'>&laquo; Sebelumnya</a> Halaman 2 "
            "<a href='?page=3'>Berikutnya &raquo;</a></div></body></html>")
    result = api.parse_listing(html, "https://www.warta.example.id/berita/kategori/12/ekonomi?page=2")
    assert [link["url"] for link in result["article_links"]] == [
        "https://www.warta.example.id/index.php?mod=berita&id=39012"]
    assert result["next_page"] == "https://www.warta.example.id/berita/kategori/12/ekonomi?page=3"
    # a load-more button alone still names the next page
    alone = html.replace("<a href='?page=3'>Berikutnya &raquo;</a>", "")
    assert api.parse_listing(alone, "https://www.warta.example.id/berita/kategori/12/ekonomi"
                             "?page=2")["next_page"] == \
        "https://www.warta.example.id/ajax/berita_kategori.php?id=12&page=3"


def test_a_familys_date_selector_skips_a_related_lists_dates() -> None:
    # (held-out round 27, an iNews regional page) the family's ".date" matched the first
    # "Artikel Terkait" item's date, three days before the article's; JSON-LD's date, which
    # is also the last change's, then gave way to it as an "earlier printed date"
    ld = json.dumps({"@type": "NewsArticle", "datePublished": "2024-12-16T13:42:00+07:00",
                     "dateModified": "2024-12-16T13:42:00+07:00"})
    body = "".join(f"<p>Kapal cepat rute Ambon-Banda kembali berlayar, kalimat ke-{n}.</p>"
                   for n in range(5))
    html = (f"<html><head><script type='application/ld+json'>{ld}</script></head><body>"
            "<h1 class='title-news'>Kapal Cepat Ambon-Banda Kembali Berlayar</h1>"
            "<div class='date-detail'>Senin, 16 Desember 2024 - 15:42:00 WIT</div>"
            f"<div class='detail-desc'>{body}</div><section class='artikel-terkait'><h2>Artikel "
            "Terkait</h2><ul><li><a href='https://ambon.inews.id/berita/cuaca-ekstrem'><h3>"
            "Cuaca Ekstrem, Speedboat Berhenti</h3></a><span class='date'>Jumat, 13 Desember "
            "2024 - 10:15:00 WIT</span></li></ul></section></body></html>")
    record = newscrawl.parse_page(html, "https://ambon.inews.id/berita/kapal-cepat-ambon-banda")
    assert record["published_at"][:10] == "2024-12-16"


def test_a_family_body_selectors_match_on_the_whole_article_gives_way_to_the_text_box() -> None:
    # (held-out round 39, in-house detik and Suara shapes) the body selector's id on the
    # whole <article> (its header with the headline and the byline inside), the text's
    # own box matched by another alternative inside it: the text's box; a container that
    # prints the headline first: no title line in the body
    from newscrawl.api import read_article

    text = "".join(f"<p>Kebakaran terjadi di Pelabuhan Paotere pada Senin pagi, kalimat nomor "
                   f"{k} dari berita ini.</p>" for k in range(4))
    html = ("<html><head><title>5 Fakta Kapal Pinisi Terbakar di Paotere</title></head><body>"
            "<article class='detail' id='detikdetailtext'><div class='detail__header'><h1 "
            "class='detail__title'>5 Fakta Kapal Pinisi Terbakar di Paotere</h1><div class="
            "'detail__author'>Andi Rahman - detikSulsel</div><div class='detail__date'>Senin, "
            "14 Apr 2025 19:32 WITA</div></div><div class='detail__body itp_bodycontent_wrapper'>"
            f"<div class='detail__body-text itp_bodycontent'>{text}</div></div></article>"
            "</body></html>")
    rec = read_article(html, "https://www.detik.com/sulsel/berita/d-7874216/5-fakta-kapal",
                       crawled_at="2025-04-20T00:00:00Z").record
    assert rec.family == "detik"
    assert rec.body.startswith("Kebakaran terjadi") and "detikSulsel" not in rec.body
    html = ("<html><head><title>Ribuan Warga Padati Festival Danau Tempe</title></head><body>"
            "<article class='detail-content'><h1>Ribuan Warga Padati Festival Danau Tempe</h1>"
            f"{text}</article></body></html>")
    rec = read_article(html, "https://sulsel.suara.com/read/2025/09/09/163045/ribuan-warga",
                       crawled_at="2025-09-20T00:00:00Z").record
    assert rec.family == "suara" and rec.body.startswith("Kebakaran terjadi")


def test_a_family_bodys_text_outside_an_inner_box_and_a_title_like_line_stay() -> None:
    # (the fourth review's findings) text the container holds beside an inner box (a PRMN
    # page's closing paragraphs after an ad), a related card's <article> inside a Suara
    # body, a line that repeats the title where the container does not hold the headline
    from newscrawl.api import read_article

    inner = "".join(f"<p>Harga beras naik di pasar tradisional, kalimat nomor {k} dari berita "
                    f"ini.</p>" for k in range(4))
    html = ("<html><head><title>Harga Beras Naik Lagi</title></head><body><article class="
            "'read__content'><h1 class='read__title'>Harga Beras Naik Lagi</h1><div class="
            f"'read__content'>{inner}</div><div class='ads'>iklan</div><p>PIKIRAN RAKYAT - "
            "Paragraf lanjutan tentang harga beras di daerah lain yang juga naik.</p><p>Paragraf "
            "penutup tentang rencana operasi pasar pemerintah pekan depan.</p></article>"
            "</body></html>")
    rec = read_article(html, "https://www.pikiran-rakyat.com/nasional/pr-019872341/harga-beras",
                       crawled_at="2025-09-20T00:00:00Z").record
    assert "lanjutan" in rec.body and "penutup" in rec.body
    card = ("<div class='related-inline-card'><article><a href='/read/2025/09/01/x'>Pemkab Wajo "
            "Siapkan 50 Perahu Hias</a><p>Pemerintah Kabupaten Wajo menyiapkan puluhan perahu "
            "hias untuk festival bulan depan.</p></article></div>")
    html = ("<html><head><title>Ribuan Warga Padati Festival Danau Tempe</title></head><body>"
            "<div class='detail--content'><article class='detail-content'><h1>Ribuan Warga "
            f"Padati Festival Danau Tempe</h1>{inner}{card}{inner.replace('beras', 'ikan')}"
            "</article></div></body></html>")
    rec = read_article(html, "https://sulsel.suara.com/read/2025/09/09/163045/ribuan-warga",
                       crawled_at="2025-09-20T00:00:00Z").record
    assert rec.body.count("kalimat nomor") == 8
    html = ("<html><head><title>Selamat Hari Raya Idul Adha 1446 H</title></head><body><h1 id="
            "'arttitle'>Selamat Hari Raya Idul Adha 1446 H</h1><div class='side-article "
            "txt-article'><p>Selamat Hari Raya Idul Adha 1446 H</p>" + inner + "</div></body>"
            "</html>")
    rec = read_article(html, "https://makassar.tribunnews.com/2025/06/11/selamat-hari-raya",
                       crawled_at="2025-09-20T00:00:00Z").record
    assert rec.body.startswith("Selamat Hari Raya Idul Adha 1446 H")


def test_a_family_bodys_lead_box_named_ringkasan_stays_and_a_list_of_points_goes() -> None:
    # (the third review's findings) the family body's walk asks what the generic one asks:
    # a "ringkasan" box of paragraphs is the lead, one of points a summary box
    from newscrawl.api import read_article

    text = "".join(f"<p>Harga beras naik di pasar tradisional, kalimat nomor {k} dari berita "
                   f"ini.</p>" for k in range(4))
    lead = "<div class='ringkasan'><p>PIKIRAN RAKYAT - Harga beras naik lagi pekan ini.</p></div>"
    points = ("<div class='ringkasan'><ul><li>Harga beras naik Rp 1.000 per kilogram.</li>"
              "<li>Operasi pasar digelar pekan depan.</li></ul></div>")
    url = "https://www.pikiran-rakyat.com/news/pr-019872341/harga-beras-naik-lagi"
    for box, kept in ((lead, True), (points, False)):
        html = ("<html><head><title>Harga Beras Naik Lagi</title></head><body><article class="
                f"'read__content'><h1 class='read__title'>Harga Beras Naik Lagi</h1>{box}{text}"
                "</article></body></html>")
        rec = read_article(html, url, crawled_at="2025-09-20T00:00:00Z").record
        assert rec.family == "prmn" and rec.body.count("kalimat nomor") == 4
        assert ("naik lagi pekan ini" in rec.body) is kept
        assert "Operasi pasar" not in rec.body
