"""Every real article page in ../shared/pages, read as a new user would (`newscrawl parse
FILE --url URL`): what each page really shows. Third-party pages are read from ../shared and
the tests skip where it is absent."""

from __future__ import annotations

import pytest

from newscrawl.api import read_article

from ..conftest import shared_page

# file, URL, family, headline, published_at, precision, authors, the body's first words,
# texts that must not be in the body (captions, credits, promos, chrome)
PAGES = [
    ("tribun/solo-protokol-kesehatan-3m.html",
     "https://solo.tribunnews.com/2020/10/09/protokol-kesehatan-3m-adalah-vaksin-terbaik-"
     "cegah-covid-19-simak-penjelasan-dokter", "tribun",
     "Protokol Kesehatan 3M adalah Vaksin Terbaik Cegah Covid-19, Simak Penjelasan Dokter",
     "2020-10-09T13:52:50+07:00", "second", ["Hanang Yuwono"], "TRIBUNSOLO.COM, JAKARTA",
     ["Baca juga", "• ", "Penulis:", "Editor:"]),
    ("prmn/zonajakarta-donald-trump-kiamat.html",
     "https://zonajakarta.pikiran-rakyat.com/internasional/pr-18808737/walau-kena-covid-19-"
     "donald-trump-masih-berbahaya-karena-disampingnya-ada-pemicu-kiamat-dunia", "prmn",
     "Walau Kena Covid-19, Donald Trump Masih Berbahaya Karena Disampingnya Ada Pemicu Kiamat "
     "Dunia", "2020-10-07T15:13:00+07:00", "second", ["Beryl Santoso"],
     "Dikutip zonajakarta.com dari DailyMail", ["Baca Juga", "ShopeePay", "Editor:"]),
    ("kapanlagi/kapanlagi-singlepage.html",
     "http://www.kapanlagi.com/showbiz/film/indonesia/brandon-salim-makin-dekat-dengan-sivia-"
     "blink-di-heart-beat-82f43b.html", "generic",
     "Brandon Salim Makin Dekat Dengan Sivia Blink di 'HEART BEAT'",
     "2015-11-05T11:52:00+07:00", "minute", [], "Kapanlagi.com - Brandon Nicholas Salim",
     ["Jangan Lewatkan", "(kpl/", "©"]),
    ("kapanlagi/kapanlagi-singlepage2.html",
     "http://www.kapanlagi.com/showbiz/selebriti/foto-dian-sastrowardoyo-saat-masih-13-tahun-"
     "masih-cantik-1b2294.html", "generic",
     "FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun, Masih Cantik?",
     "2016-02-14T09:15:00+07:00", "minute", [], "Kapanlagi.com - Pesona kecantikan",
     ["© instagram", "JANGAN LEWATKAN", "Simak Lifestyle Populer Lainnya", "(kpl/"]),
    ("kapanlagi/kapanlagi-singlepage3.html",
     "http://musik.kapanlagi.com/berita/bikin-gaduh-kota-rumah-penyanyi-ini-digrebek-polisi-"
     "c1994d.html", "generic", "Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi",
     "2016-02-23T11:22:00+07:00", "minute", [], "Kapanlagi.com - Apa yang kalian pikirkan",
     ["© istimewa", "© Instagram", "Kumpulan Berita Terkait", "Jangan Lewatkan", "(kpl/",
      "LIHAT FOTO"]),
    ("kompas/nasional-ronald-tannur-2025-05.html",
     "https://nasional.kompas.com/read/2025/05/28/13300711/pengacara-ronald-tannur-dituntut-"
     "14-tahun-kurungan", "kompas", "Pengacara Ronald Tannur Dituntut 14 Tahun Kurungan",
     "2025-05-28T13:30:07+07:00", "second", ["Irfan Kamil"], "JAKARTA, KOMPAS.com - Jaksa",
     ["Baca juga", "Simak breaking news", "Tim Redaksi"]),
    ("detik/news-d6453785-2022-12-reformatted.html",
     "https://news.detik.com/berita/d-6453785/polisi-soal-pistol-di-kasus-cekcok-pemobil-vs-"
     "pemotor-cuma-diperlihatkan", "detik",
     "Polisi soal Pistol di Kasus Cekcok Pemobil vs Pemotor: Cuma Diperlihatkan",
     "2022-12-10T13:19:56+07:00", "second", ["Mulia Budi"], "Jakarta - Polisi masih",
     ["Baca juga", "ADVERTISEMENT", "SCROLL TO RESUME", "Gambas", "(mea/mea)"]),
    ("detik/travel-d6454465-badung-2022-12-reformatted.html",
     "https://travel.detik.com/travel-news/d-6454465/kadispar-badung-jamin-wisman-tak-"
     "disweeping-imbas-pasal-zina-kuhp", "detik",
     "Kadispar Badung Jamin Wisman Tak Disweeping Imbas Pasal Zina KUHP",
     # the page prints WIB for a Bali story: the printed zone is the instant's, kept
     "2022-12-10T22:10:07+07:00", "second", [], "Badung - Kepala Dinas Pariwisata",
     ["Baca juga", "Simak Video", "-----", "Artikel ini telah naik", "SCROLL TO RESUME"]),
]


@pytest.mark.parametrize(("file", "url", "family", "title", "published", "precision",
                          "authors", "starts", "absent"), PAGES, ids=[p[0] for p in PAGES])
def test_a_real_article_page_reads_right(file: str, url: str, family: str, title: str,
                                         published: str, precision: str, authors: list[str],
                                         starts: str, absent: list[str]) -> None:
    parsed = read_article(shared_page(file).read_bytes(), url)
    rec = parsed.record.to_record()
    assert parsed.missing == []
    assert rec["family"] == family
    assert rec["title"] == title
    assert rec["published_at"] == published
    assert rec["published_precision"] == precision
    for name in authors:
        assert name in rec["authors"]
    assert rec["body"].startswith(starts)
    for text in absent:
        assert text not in rec["body"], text
    assert rec["site_name"] and "://" not in rec["site_name"]
    assert all(t.casefold() != rec["site_name"].casefold() for t in rec["tags"])


def test_kompas_credits_the_writer_and_the_editor_as_its_meta_tags_say() -> None:
    url = PAGES[5][1]
    rec = read_article(shared_page(PAGES[5][0]).read_bytes(), url).record.to_record()
    assert rec["authors"] == ["Irfan Kamil"]
    assert rec["editors"] == ["Robertus Belarminus"]
