"""Which printed date is the article's, on pages of no family (pages written here, in the
shapes of real templates): another article's card or list item, or a widget printing today's
date, never dates it; a date labelled as the last change is taken only where the page prints
no other; an English ordinal day ("September 1st, 2023") is a date."""

from __future__ import annotations

import pytest

from newscrawl import parse_page

URL = "https://kabar-daerah.example/berita/banjir-rendam-dua-desa-di-hulu-sungai/"
BODY = ("<p>Banjir merendam dua desa di hulu sungai sejak Senin pagi, memaksa ratusan warga "
        "mengungsi ke balai desa dan sekolah terdekat.</p>" * 4)


def page(header: str, after: str = "") -> str:
    return (f"<html><head><title>Banjir rendam dua desa</title></head><body><main><article>"
            f"<h1>Banjir rendam dua desa di hulu sungai</h1>{header}"
            f"<div class='entry-content'>{BODY}</div></article></main><div class='more'>{after}"
            f"</div></body></html>")


# Other articles' boxes after the article, each with a date in a class that says "date".
CARD = ("<div class='card'><h3><a href='/berita/lain/'>Jalan longsor di kecamatan lain</a>"
        "</h3><div class='card__meta'><div class='date'>13 Maret 2026</div></div></div>")
RELATED = ("<div class='related-posts'><div class='related-title'><a href='/berita/x/'>"
           "Warga bergotong royong</a></div><span class='date'>27 Februari 2026</span></div>")
TODAY = "<p id='todays-date-custom'><strong>Friday</strong>, December 19, 2025</p>"
LIST_ITEM = ("<div role='list'><div role='listitem'><div class='r-posts-date'>2 Desember 2025"
             "</div><div class='blog-author'>Redaksi</div></div></div>")


@pytest.mark.parametrize("box", [CARD, RELATED, LIST_ITEM, TODAY],
                         ids=["card", "related", "listitem", "today"])
def test_another_articles_box_never_dates_the_article(box: str) -> None:
    dated = parse_page(page("<p class='byline'>Oleh Redaksi</p>", box), URL)
    assert dated["published_at"] is None  # absent, never the teaser's day
    # with the article's own date in its byline, that one is taken
    own = parse_page(page("<div class='post-date'>Senin, 4 Maret 2024 09:15 WIB</div>", box), URL)
    assert own["published_at"] == "2024-03-04T09:15:00+07:00"


def test_an_updated_date_gives_way_to_the_date_printed_as_published() -> None:
    header = ("<div class='meta'><span class='label'>Diperbarui</span> "
              "<span class='date'>10 Maret 2024</span></div>"
              "<p>Oleh Redaksi</p><p>Selasa, 5 Maret 2024 08:00 WIB</p>")
    record = parse_page(page(header), URL)
    assert record["published_at"] == "2024-03-05T08:00:00+07:00"
    english = ("<div class='date-create'>Updated <span>January 8, 2026</span></div>"
               "<p>Redaksi</p><p>July 5, 2021</p>")
    assert parse_page(page(english), URL)["published_at"].startswith("2021-07-05")


def test_an_updated_date_is_kept_where_the_page_prints_no_other() -> None:
    record = parse_page(page("<div class='post-date'>Last updated on March 10, 2024</div>"), URL)
    assert record["published_at"].startswith("2024-03-10")
    assert record["published_raw"] == "Last updated on March 10, 2024"  # the label kept


def test_an_ordinal_day_in_the_byline_is_read() -> None:
    header = "<div class='post-detail__meta'>September 1st, 2023</div>"
    assert parse_page(page(header), URL)["published_at"].startswith("2023-09-01")


# Far below the headline (past the byline's window): a long body, then the date line.
LONG_BODY = "".join(f"<p>Paragraf ke-{n} tentang banjir di hulu sungai, <a href='/x{n}'>tautan"
                    f"</a> dan <b>nama</b>.</p>" for n in range(40))


def page_dated_at_the_end(date_line: str) -> str:
    return (f"<html><head><title>Banjir rendam dua desa</title></head><body><article>"
            f"<h1>Banjir rendam dua desa di hulu sungai</h1><div class='entry'>{LONG_BODY}"
            f"</div><div class='entry-footer'>{date_line}<div>Tags: banjir, desa</div></div>"
            f"</article></body></html>")


def test_a_date_line_at_the_end_of_the_article_dates_it() -> None:
    record = parse_page(page_dated_at_the_end("<span>Posted on April 13, 2023</span>"), URL)
    assert record["published_at"] == "2023-04-13T00:00:00+07:00"
    assert record["published_precision"] == "day"


@pytest.mark.parametrize("box", ["main", "article"])
def test_a_date_line_in_the_pages_one_article_dates_it_where_no_heading_prints_the_title(
        box: str) -> None:
    # (a blog whose heading is an <h2> that words the headline otherwise than <title>)
    html = page_dated_at_the_end("<div class='author'><p>Luke Kim</p>"
                                 "<small>December 17, 2025</small></div>").replace(
        "<h1>Banjir rendam dua desa di hulu sungai</h1>",
        "<h2>Dua desa di hulu sungai terendam banjir sejak Senin</h2>").replace(
        "<article>", f"<{box}>").replace("</article>", f"</{box}>")
    assert parse_page(html, URL)["published_at"] == "2025-12-17T00:00:00+07:00"


@pytest.mark.parametrize("main", [False, True])
def test_no_date_line_is_read_where_the_page_holds_many_articles(main: bool) -> None:
    one = ("<article><h2><a href='/a/'>Jalan longsor</a></h2>"
           "<small>December 17, 2025</small><p>Ringkasan berita.</p></article>")
    cards = f"<main>{one}{one}</main>" if main else f"{one}{one}"
    html = f"<html><head><title>Berita</title></head><body>{cards}</body></html>"
    assert parse_page(html, URL)["published_at"] is None


def test_a_readers_comment_as_the_one_article_dates_nothing() -> None:
    # (the review's findings) the page's only <article> is a comment of WordPress's thread
    html = ("<html><head><title>Berita</title></head><body><main><h2>Dua desa di hulu sungai "
            f"terendam banjir sejak Senin</h2>{BODY}<article class='comment-body'><p>Semoga "
            "cepat surut.</p><span>3 Januari 2026</span></article></main></body></html>")
    assert parse_page(html, URL)["published_at"] is None


@pytest.mark.parametrize("line", [
    "<p>Data as of <span>December 31, 2025</span>.</p>",
    "<p>For the period ended <span>December 31, 2025</span>, 30 funds beat the index.</p>",
    "<p>Sejak 4 Maret 2024 warga mengungsi ke balai desa.</p>",
], ids=["label-and-full-stop", "inside-a-sentence", "a-sentence"])
def test_a_date_inside_a_sentence_is_no_date_line(line: str) -> None:
    record = parse_page(page_dated_at_the_end(line), URL)
    assert record["published_at"] is None


def test_a_numeric_date_month_first_follows_the_date_the_page_prints() -> None:
    html = page("<p class='byline'>March 9, 2026</p>").replace(
        "<head>", "<head><meta property='article:published_time' content='03-09-2026'>")
    record = parse_page(html, URL)
    assert record["published_at"].startswith("2026-03-09")
    assert record["published_alt_raw"] == "03-09-2026"  # the numeric text kept
    # with no printed date to say otherwise, it reads day first, as Indonesian pages print
    alone = page("").replace(
        "<head>", "<head><meta property='article:published_time' content='03-09-2026'>")
    assert parse_page(alone, URL)["published_at"].startswith("2026-09-03")


def with_meta(header: str, published: str, modified: str) -> str:
    return page(header).replace(
        "<head>", f"<head><meta property='article:published_time' content='{published}'>"
                  f"<meta property='article:modified_time' content='{modified}'>")


def test_a_publication_date_that_is_the_last_change_gives_way_to_an_earlier_printed_one(
) -> None:
    # A template filling both dates from one field (the last republish): the page prints
    # the day it came out.
    record = parse_page(with_meta("<p class='byline'>Aug 25, 2024</p>", "Jun 24, 2025",
                                  "Jun 24, 2025"), URL)
    assert record["published_at"].startswith("2024-08-25")
    assert record["published_alt_raw"] == "Jun 24, 2025"  # the other text kept
    # "modified" before "published": a template error, the printed date is the publication
    record = parse_page(with_meta("<p>November 2, 2022</p>", "Jun 12, 2025", "Jun 10, 2025"),
                        URL)
    assert record["published_at"].startswith("2022-11-02")
    # published before the last change: the machine-readable date stands
    record = parse_page(with_meta("<p class='byline'>Aug 25, 2024</p>",
                                  "2025-06-24T10:00:00+07:00", "2025-07-01T10:00:00+07:00"), URL)
    assert record["published_at"].startswith("2025-06-24")
    # a printed day a zone away from the instant is the same day, not an earlier one
    record = parse_page(with_meta("<p class='byline'>February 22, 2026</p>",
                                  "2026-02-23T00:57:30+00:00", "2026-02-23T00:57:32+00:00"), URL)
    assert record["published_at"].startswith("2026-02-23")
    # an earlier date labelled as an update is no publication date
    record = parse_page(with_meta("<p class='byline'>Diperbarui 25 Agustus 2024</p>",
                                  "2025-06-24", "2025-06-24"), URL)
    assert record["published_at"].startswith("2025-06-24")


def test_the_time_by_the_headline_dates_the_article_not_an_earlier_blocks() -> None:
    # a block of other articles before the article in the markup (a "views" block in a
    # region of its own), with a <time datetime>: the article's own, under its headline, wins
    views = ("<div class='views-field-field-date'><time datetime='2025-01-31T12:00:00Z'>"
             "01/31/2025</time></div>")
    html = page("<div class='node__meta'><time datetime='2017-03-01T12:00:00Z'>03/01/2017"
                "</time></div>").replace("<body>", f"<body><div class='region'>{views}</div>")
    assert parse_page(html, URL)["published_at"].startswith("2017-03-01")
    # a card of another article never dates it, wherever it sits
    card = ("<ul><li class='card'><time datetime='2026-01-05T00:00:00Z'>Jan 5</time></li></ul>")
    assert parse_page(page("", card), URL)["published_at"] is None


def test_a_headline_the_parser_moved_out_of_its_h1_still_anchors_the_byline_date() -> None:
    html = page("").replace("<h1>Banjir rendam dua desa di hulu sungai</h1>",
                            "<h1 class='display'><p class='t'>Banjir rendam dua desa di hulu "
                            "sungai</p></h1><div><p>Dec 17, 2025</p></div>").replace(
        "<title>Banjir rendam dua desa</title>",
        "<meta property='og:title' content='Banjir rendam dua desa di hulu sungai'>")
    assert parse_page(html, URL)["published_at"].startswith("2025-12-17")


def test_og_published_time_is_read_before_a_bare_date_meta() -> None:
    html = page("").replace("<head>", "<head><meta name='date' content='01/07/16'><meta "
                            "property='og:published_time' content='2024-10-08T00:00:00-04:00'>")
    assert parse_page(html, URL)["published_at"].startswith("2024-10-08")


def test_a_date_above_the_headline_in_its_header_beats_a_date_line_in_the_body() -> None:
    html = page("").replace(
        "<h1>Banjir rendam dua desa di hulu sungai</h1>",
        "<div class='header-article'><div class='date-article'>OCTOBER 13, 2025</div>"
        "<h1>Banjir rendam dua desa di hulu sungai</h1></div>"
        "<p><b>Jadwal</b>: 16-19 March 2026</p>")
    assert parse_page(html, URL)["published_at"].startswith("2025-10-13")


@pytest.mark.parametrize("note", [
    "<p class='disclaimer'>This article was originally published on 26 Sep 2019 at 4:12pm "
    "but has been regularly updated to keep it current.</p>",
    "<p><em>Artikel ini pertama kali terbit pada 26 September 2019 pukul 16.12 WIB.</em></p>",
    "<div>Release date</div><p>This page was originally published on Thursday, "
    "September 26, 2019 at 4:12 pm.</p>",
], ids=["english", "indonesian", "page-with-weekday"])
def test_a_sentence_dating_the_first_publication_dates_the_article(note: str) -> None:
    # A republished article: the page's own dates are the republication's.
    header = ("<div class='post-date'>Senin, 30 Mei 2022 11:07 WIB</div>"
              "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
              "\"datePublished\": \"2022-05-30T11:07:00+07:00\"}</script>")
    record = parse_page(page(header, note), URL)
    assert record["published_at"] == "2019-09-26T16:12:00+07:00"
    assert record["published_alt_raw"] == "2022-05-30T11:07:00+07:00"
    # without the sentence, the page's date
    assert parse_page(page(header), URL)["published_at"] == "2022-05-30T11:07:00+07:00"
    # a sentence that names no date near its label dates nothing
    vague = "<p>The report was first published by the ministry. It ran on 2 Mei 2021.</p>"
    assert parse_page(page(header, vague), URL)["published_at"] == "2022-05-30T11:07:00+07:00"
    # another work's first publication dates that work, not the article
    other = ("<p>The study, first published on 12 March 2019 in a journal, found the same."
             "</p>")
    assert parse_page(page(header, other), URL)["published_at"] == "2022-05-30T11:07:00+07:00"


# Themes' date markup, written in-house after their templates (GeneratePress, Blogger's
# MagOne, WordPress left in UTC with Yoast or Jetpack).
UPDATED_FIRST = ("<span class='posted-on'><time class='updated' "
                 "datetime='2018-04-12T09:03:27+08:00' itemprop='dateModified'>12 April 2018"
                 "</time><time class='entry-date published' datetime='2018-04-10T19:45:00+08:00' "
                 "itemprop='datePublished'>10 April 2018</time></span>")


@pytest.mark.parametrize("header", [
    UPDATED_FIRST,
    UPDATED_FIRST.replace(" itemprop='dateModified'", "").replace(
        " itemprop='datePublished'", ""),
], ids=["itemprop", "class-only"])
def test_a_themes_update_time_printed_first_never_dates_the_article(header: str) -> None:
    record = parse_page(page(header), URL)
    assert record["published_at"] == "2018-04-10T19:45:00+08:00"


def test_bloggers_abbr_published_gives_the_time() -> None:
    header = ("<abbr class='published timeago' itemprop='datePublished' "
              "title='2018-04-10T19:45:00+09:00'>April 10, 2018</abbr>")
    record = parse_page(page(header), URL)
    assert (record["published_at"], record["published_precision"]) \
        == ("2018-04-10T19:45:00+09:00", "second")


def test_a_utc_meta_date_is_written_in_the_offset_the_articles_time_gives() -> None:
    head = "<meta property='article:published_time' content='2018-04-10T11:45:00+00:00'>"
    header = ("<time class='entry-date published' datetime='2018-04-10T19:45:00+08:00'>"
              "10 April 2018</time>")
    html = page(header).replace("</head>", head + "</head>")
    assert parse_page(html, URL)["published_at"] == "2018-04-10T19:45:00+08:00"
    # the same instant is all it takes: another instant leaves the meta date as it was
    other = html.replace("19:45:00+08:00", "21:45:00+08:00")
    assert parse_page(other, URL)["published_raw"] == "2018-04-10T11:45:00+00:00"


# A Bootstrap-style grid (in-house, after many portals' layout): the headline, the body and
# a related box in one column, a sidebar in the next, all in one row.
def grid(header: str = "", related: str = "", side: str = "", side_tag: str = "aside") -> str:
    return (f"<html><head><title>Banjir rendam dua desa</title></head><body><div class='row'>"
            f"<div class='col-8'><h1>Banjir rendam dua desa di hulu sungai</h1>{header}"
            f"<div class='isi'>{BODY}</div>{related}</div>"
            f"<{side_tag} class='col-4'>{side}</{side_tag}></div></body></html>")


SIDE_ITEM = "<div class='pop'><a href='/lain/'>Berita lain yang dibaca</a><span class='time'>" \
            "3 jam lalu</span></div>"
RELATED_ITEM = ("<div class='related-news'><div class='item'><a href='/y/'>Jalan longsor di "
                "kecamatan lain</a><span class='date'>15 Mei 2018</span></div></div>")


@pytest.mark.parametrize(("related", "side", "side_tag"), [
    ("", SIDE_ITEM, "aside"), ("", SIDE_ITEM, "div"), (RELATED_ITEM, "", "aside"),
], ids=["aside-relative", "div-sidebar-relative", "related-after-body"])
def test_another_articles_date_in_the_same_grid_row_never_dates_the_article(
        related: str, side: str, side_tag: str) -> None:
    record = parse_page(grid(related=related, side=side, side_tag=side_tag), URL)
    assert record["published_at"] is None  # the page prints no date of its own
    header = "<div class='meta'><span class='day'>Rabu, 16 Mei 2018</span></div>"
    dated = parse_page(grid(header, related, side, side_tag), URL)
    assert dated["published_at"] == "2018-05-16T00:00:00+07:00"


def test_a_byline_after_the_standfirst_is_still_the_articles_header() -> None:
    standfirst = ("<p class='lead'>Ratusan warga mengungsi setelah banjir merendam dua desa di "
                  "hulu sungai sejak Senin pagi.</p>")
    header = standfirst + "<div class='meta'><span class='time'>2 jam lalu</span></div>"
    record = parse_page(grid(header), URL)
    assert record["published_tz_source"] == "relative" and record["published_at"]


def test_a_month_of_a_year_names_no_day_and_dates_nothing() -> None:
    header = "<span class='title-date'>/ Dec 2025</span>"
    assert parse_page(grid(header), URL)["published_at"] is None


def _at(html: str) -> dict:
    from newscrawl.api import read_article

    return read_article(html, URL, crawled_at="2025-03-12T06:00:00Z").record.to_record()


@pytest.mark.parametrize(("line", "expected"), [
    ("<span class='time'>Kemarin 14:05</span>", "2025-03-11T14:05:00+07:00"),
    ("<span class='time'>Kemarin, 14:05 WITA</span>", "2025-03-11T14:05:00+08:00"),
    ("<span>Hari ini, 09:15</span>", "2025-03-12T09:15:00+07:00"),
], ids=["kemarin", "kemarin-wita", "hari-ini"])
def test_a_header_printing_yesterday_or_today_with_a_clock_dates_the_article(
        line: str, expected: str) -> None:
    # regional CMSs print the day as the reader's ("Kemarin 14:05"); a sidebar's "2 hari
    # lalu" in the same row is another article's
    record = _at(grid(f"<div class='hd'>{line}</div>", side=SIDE_ITEM))
    assert (record["published_at"], record["published_precision"]) == (expected, "minute")


def test_a_publication_line_after_an_update_line_is_not_an_update() -> None:
    for update in ("Diperbarui 15 Februari 2024, 08.12 WIB", "Update: 15/2/2024 08.12"):
        header = (f"<div class='tm'><div>{update}</div><div>14 Februari 2024, 14.05 WIB</div>"
                  "</div>")
        assert parse_page(grid(header), URL)["published_at"] == "2024-02-14T14:05:00+07:00"


def test_a_time_printed_beside_the_date_in_the_same_line_is_read_with_it() -> None:
    header = ("<span class='posting'><span class='day'>Wed, May 16, 2018</span> / "
              "<span class='time'>02:05 pm</span></span>")
    record = parse_page(grid(header), URL)
    assert (record["published_at"], record["published_precision"]) \
        == ("2018-05-16T14:05:00+07:00", "minute")


def test_a_year_first_date_with_dots_in_the_byline_is_read() -> None:
    # "Published: 2025.12.17" (a blog's meta line): year, month, day; a version number of
    # four parts beside it dates nothing
    header = "<p class='meta'><span>Esai - Terbit: 2025.12.17 | </span><a href='/t/'>opini</a></p>"
    record = parse_page(page(header), URL)
    assert record["published_at"] == "2025-12-17T00:00:00+07:00"
    assert record["published_precision"] == "day"
    assert parse_page(page("<p class='meta'>Versi 2019.10.12.5</p>"), URL)["published_at"] is None
    # nor does it hide the date printed after it
    versioned = page("<p>Aplikasi versi 2024.03.01.7</p><p>Senin, 4 Maret 2024</p>")
    assert parse_page(versioned, URL)["published_at"] == "2024-03-04T00:00:00+07:00"


@pytest.mark.parametrize("head", [
    "<meta property='og:title' content='Lima Aplikasi Kasir untuk UMKM di Tahun 2026 | Kasirku'>",
    "<title>Lima Aplikasi Kasir untuk UMKM di Tahun 2026 | Kasirku</title>",
], ids=["og-title", "title-tag"])
def test_a_page_builders_headline_in_a_styled_paragraph_anchors_the_byline_date(
        head: str) -> None:
    # (a Framer or Webflow blog) no heading element: the headline is a styled <p> that
    # prints the meta title, with the author and the date in <p>s after it
    def cell(text: str) -> str:
        return f"<div class='framer-x1'><div><p class='framer-text'>{text}</p></div></div>"

    html = (f"<html><head>{head}</head><body><div class='framer-nav'>{cell('Produk')}"
            f"{cell('Harga')}</div><div class='framer-main'>"
            f"{cell('Lima Aplikasi Kasir untuk UMKM di Tahun 2026')}{cell('Tim Kasirku')}"
            f"{cell('Feb 16, 2026')}<div class='framer-body'>{BODY}</div></div>"
            f"<div class='framer-footer'>{cell('© 2026 Kasirku')}</div></body></html>")
    record = parse_page(html, "https://kasirku.example/blog/aplikasi-kasir-umkm")
    assert (record["published_at"], record["published_precision"]) \
        == ("2026-02-16T00:00:00+07:00", "day")
    # a paragraph that only opens with the title's words is no headline
    other = html.replace("Lima Aplikasi Kasir untuk UMKM di Tahun 2026</p>",
                         "Lima Aplikasi Kasir untuk UMKM di Tahun 2026 dibahas di sini</p>")
    assert parse_page(other, "https://kasirku.example/blog/aplikasi-kasir-umkm")[
        "published_at"] is None


def _lines_page(meta: str) -> str:
    # (an old PHP portal) the body is lines cut by <br><br> in a <div>, no <p>; the
    # writer's credits in a box after it, then other articles with their times in links
    lines = "".join(f"Warga menunggu jalan dibuka kembali sejak siang, kalimat ke-{n}. Petugas "
                    f"masih membersihkan material longsor di tikungan.<br><br>" for n in range(8))
    related = "".join(f"<li><a href='/berita/{n}/lain'>Berita lain nomor {n}<span class='time'>"
                      f"0{n}/03/15 18:22 WIB</span></a></li>" for n in range(1, 5))
    return (f"<html><body><div class='detail-berita'><h1 class='judul-berita'>Jalan Lintas "
            f"Tertutup Longsor, Kendaraan Antre</h1><div class='info-berita'>{meta}</div>"
            f"<div class='isi-berita'><b>BENGKULU</b> - {lines}</div><div class='penulis'>"
            f"Penulis: Riki Santoso<br>Redaktur: Desi Anjani</div><div class='related'><h3>"
            f"Berita Lainnya</h3><ul>{related}</ul></div></div></body></html>")


def test_a_header_ends_where_a_body_of_lines_cut_by_breaks_begins() -> None:
    # the header printing no date of its own, other articles' times after the body date
    # nothing; the credits box after the body names the writer and the editor
    url = "https://www.kabar-raflesia.example/berita/bengkulu/4521/jalan-lintas-longsor"
    record = parse_page(_lines_page("Dibaca: 2.318 kali"), url)
    assert record["published_at"] is None
    assert (record["authors"], record["editors"]) == (["Riki Santoso"], ["Desi Anjani"])
    dated = parse_page(_lines_page("Rabu, 4 Maret 2015 21:15 WIB | Dibaca: 2.318 kali"), url)
    assert dated["published_at"] == "2015-03-04T21:15:00+07:00"


HEADLINE = "Jalan Lintas Tertutup Longsor, Kendaraan Antre"
COPIES = {
    # another copy of the headline, where the page's own is a link (no heading element)
    "popular": (f"<div class='populer'><div class='pop-item'><a href='/x/1'><b>Gubernur "
                f"Resmikan Jembatan Baru</b></a><div class='info'>Senin, 2 Maret 2015 18:22 WIB"
                f"</div></div><div class='pop-item'><a href='/x/2'><b>{HEADLINE}</b></a></div>"
                f"<div class='pop-item'><a href='/x/3'><b>Harga Cabai Naik</b></a><div "
                f"class='info'>Selasa, 3 Maret 2015 07:10 WIB</div></div></div>"),
    "share": (f"<div class='share'>Bagikan: <span>{HEADLINE}</span></div><div class='prev'><a "
              f"href='/x/1'>Gubernur Resmikan Jembatan Baru</a><div class='info'>Senin, 2 "
              f"Maret 2015 18:22 WIB</div></div>"),
}


@pytest.mark.parametrize("after", sorted(COPIES))
def test_a_copy_of_the_headline_in_another_box_anchors_no_date(after: str) -> None:
    # (a review's finding) the page builder's rule must not take a copy of the title in a
    # link, a list, a box of other articles or a share bar for the headline
    paragraphs = "".join(f"<p>Warga menunggu jalan dibuka kembali sejak siang, kalimat ke-{n}. "
                         f"Petugas masih membersihkan material longsor.</p>" for n in range(6))
    html = (f"<html><head><title>{HEADLINE} | Kabar Raflesia</title></head><body><div "
            f"class='detail'><div class='judul'><a href='/berita/4521/jalan-lintas'>{HEADLINE}"
            f"</a></div><span class='date-post'>Rabu, 4 Maret 2015 21:15 WIB</span><div "
            f"class='isi'>{paragraphs}</div></div>{COPIES[after]}</body></html>")
    record = parse_page(html, "https://www.kabar-raflesia.example/berita/4521/jalan-lintas")
    assert record["published_at"] == "2015-03-04T21:15:00+07:00"


@pytest.mark.parametrize("credits", [
    "<div align='right'><i>Penulis: Riki Santoso | Editor: Desi Anjani</i></div>",
    "<p>Penulis: Riki Santoso<br>Redaktur: Desi Anjani</p>",
    "<table><tr><td>Reporter</td><td>: Riki Santoso</td></tr><tr><td>Editor</td>"
    "<td>: Desi Anjani</td></tr></table>",
], ids=["div", "paragraph", "table"])
def test_credits_printed_after_a_body_of_lines_in_an_unnamed_element_are_read(
        credits: str) -> None:
    html = _lines_page("Rabu, 4 Maret 2015 21:15 WIB").replace(
        "<div class='penulis'>Penulis: Riki Santoso<br>Redaktur: Desi Anjani</div>", credits)
    record = parse_page(html, "https://www.kabar-raflesia.example/berita/4521/jalan-lintas")
    assert (record["authors"], record["editors"]) == (["Riki Santoso"], ["Desi Anjani"])


def test_a_print_views_time_never_dates_the_article() -> None:
    # (held-out round 13) a print view: the date in a meta line longer than a byline
    # ("date | Penulis: A | Editor: B"), the time it was printed under the text
    html = ("<html><body><div id='cetak'><h1>Harga Daging Babi di Kupang Naik Jelang Paskah</h1>"
            "<div class='info'>Senin, 26 Maret 2018 - 09:15 WITA | Penulis: Hélder Amaral "
            "Soares | Editor: Maria Goreti Nenabu</div><div class='isi'>" + BODY + "</div>"
            "<div class='sumber'>Sumber: https://kabar.example/berita-8812.html<br>Dicetak "
            "pada: Selasa, 27 Maret 2018 - 08:02 WITA</div></div></body></html>")
    record = parse_page(html, "https://kabar.example/cetak.php?id=8812")
    assert record["published_at"] == "2018-03-26T09:15:00+08:00"
    printed_only = html.replace("Senin, 26 Maret 2018 - 09:15 WITA | ", "")
    assert parse_page(printed_only, "https://kabar.example/cetak.php?id=8812")[
        "published_at"] is None


@pytest.mark.parametrize(("meta", "published"), [
    # (a review's findings) the clock in the segment after the date's; a view counter
    # "Diakses 312 kali" is no print time; the publication date after a print time
    ("Penulis: Budi Santoso | Selasa, 5 Maret 2024 | 10:15 WIB | Editor: Rina Marlina "
     "Wulandari", "2024-03-05T10:15:00+07:00"),
    ("Diakses 312 kali | Selasa, 5 Maret 2024 10:15 WIB", "2024-03-05T10:15:00+07:00"),
    ("Dicetak pada: 10/03/2024 | Terbit: Selasa, 5 Maret 2024 10:15 WIB",
     "2024-03-05T10:15:00+07:00"),
    ("Dicetak pada: Minggu, 10 Maret 2024 04:00 WIB | Terbit: Selasa, 5 Maret 2024 10:15 WIB "
     "| Penulis: Budi", "2024-03-05T10:15:00+07:00"),
    # the clock segment with a label of its own ("Pkl."), and an update's clock, no
    # publication's
    ("Penulis: Budi Santoso | Selasa, 5 Maret 2024 | Pkl. 10.15 WITA | Editor: Rina Marlina "
     "Wulandari", "2024-03-05T10:15:00+08:00"),
    ("Penulis: Budi Santoso | Selasa, 5 Maret 2024 | Diperbarui 11:40 WIB | Editor: Rina "
     "Marlina Wulandari", "2024-03-05T00:00:00+07:00"),
], ids=["clock-segment", "view-counter", "print-then-date", "long-print-then-date",
        "labelled-clock-segment", "update-clock-segment"])
def test_a_meta_lines_date_segment_is_read_whole(meta: str, published: str) -> None:
    html = page(f"<div class='meta'>{meta}</div>")
    assert parse_page(html, "https://kabar.example/berita/read/12345/banjir")[
        "published_at"] == published


def test_a_family_date_selector_never_takes_a_related_boxs_card_date() -> None:
    # (held-out round 40, an in-house Suara shape) the article's date printed in a box the
    # family's `.date` does not name; the related box after the article, its cards no list
    # items, each with a `<span class=date>` of another article's day
    card = ("<div class='item'><div class='post-meta'><span class='date'>Minggu, 07 Juni 2026 "
            "| 11:00 WIB</span><h3><a href='/read/2026/06/07/110000/jalur-prestasi'>Jalur "
            "prestasi SPMB</a></h3></div></div>")
    html = ("<html><head><title>Syarat SPMB SMA Sumsel 2026</title><script type="
            "'application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
            "\"2026-06-08T13:05:00+07:00\", \"dateModified\": \"2026-06-08T13:21:40+07:00\"}"
            "</script></head><body><article class='detail-content'><h1>Syarat SPMB SMA Sumsel "
            "2026</h1><div class='date-article'><span>Senin, 08 Juni 2026 | 13:05 WIB</span>"
            f"</div>{BODY}</article><section class='related-news'><div class='list-item'>"
            f"{card}</div></section></body></html>")
    record = parse_page(html, "https://sumsel.suara.com/read/2026/06/08/130500/syarat-spmb")
    assert record["family"] == "suara"
    assert record["published_at"] == "2026-06-08T13:05:00+07:00"


@pytest.mark.parametrize("run", [
    "<p class='dates'><time datetime='2025-03-13'>13.03.</time>–<time datetime='2025-08-31'>"
    "31.08.2025</time></p>",
    "<p><time datetime='2025-05-02'>May 2</time> to <time datetime='2025-05-09'>May 9, 2025"
    "</time></p>",
    # (the second review's findings) <time>s without a datetime: their texts' days
    "<p>Jadwal pameran: <time>12 Mei 2025</time> – <time>14 Mei 2025</time></p>",
])
def test_a_period_of_two_times_dates_no_article(run: str) -> None:
    # (held-out round 43, an in-house museum page) an exhibition's run is no publication
    assert parse_page(page(run), URL)["published_at"] is None
    dated = page(run + "<p class='byline'>Diterbitkan 4 Maret 2025</p>")
    assert parse_page(dated, URL)["published_at"] == "2025-03-04T00:00:00+07:00"


@pytest.mark.parametrize(("line", "published"), [
    ("<div class='post-date'><time datetime='2025-03-04T14:20:00+07:00'>Selasa, 4 Maret 2025"
     "</time> - <time>14:20 WIB</time></div>", "2025-03-04T14:20:00+07:00"),
    ("<div class='post-date'><time datetime='2025-03-04'>Selasa, 4 Maret 2025</time> - <time "
     "datetime='2025-03-04T14:20'>14:20 WIB</time></div>", "2025-03-04T14:20:00+07:00"),
    ("<p class='meta'><time class='published' datetime='2025-03-04T09:00:00+07:00'>4 Maret "
     "2025</time> – <time class='updated' datetime='2025-03-06T10:00:00+07:00'>6 Maret 2025"
     "</time></p>", "2025-03-04T09:00:00+07:00"),
], ids=["date-and-clock", "date-and-timed-clock", "published-and-updated"])
def test_a_date_and_its_clock_or_its_update_joined_by_a_dash_are_no_period(
        line: str, published: str) -> None:
    # (the review's findings) two <time>s with a dash between them that are no run
    assert parse_page(page(line), URL)["published_at"] == published


def test_a_family_date_in_a_card_that_holds_the_article_dates_it() -> None:
    # (the review's findings) a Bootstrap "card" laying out the article itself: its date
    # after the text is the article's, not a card's of another
    html = ("<html><head><title>Syarat SPMB SMA Sumsel 2026</title></head><body><div class="
            "'container'><div class='card'><div class='card-body'><h1>Syarat SPMB SMA Sumsel "
            f"2026</h1><div class='detail-content'>{BODY}</div><div class='info'><span class="
            "'date'>Senin, 08 Juni 2026 | 13:05 WIB</span></div></div></div></div></body></html>")
    record = parse_page(html, "https://sumsel.suara.com/read/2026/06/08/130500/syarat-spmb")
    assert record["published_at"] == "2026-06-08T13:05:00+07:00"
    # (the second review's findings) the date in a list item of the card's own meta line
    listed = html.replace("<div class='info'><span class='date'>", "<ul class='info'><li><span "
                          "class='date'>").replace("</span></div></div>", "</span></li></ul></div>")
    record = parse_page(listed, "https://sumsel.suara.com/read/2026/06/08/130500/syarat-spmb")
    assert record["published_at"] == "2026-06-08T13:05:00+07:00"


def test_the_header_ends_at_a_text_whose_paragraphs_each_stand_in_a_block_of_their_own() -> None:
    # (held-out round 43, an in-house Craft CMS museum page) each <p> in its own
    # "div.text-block": the text starts there, and an event list in the sidebar after it
    # dates no article (its <time>s were read as the header's)
    blocks = "".join(f"<div class='text-block'><p>Paragraf ke-{n} tentang pameran kaca dan "
                     f"cahaya di museum kota yang dibuka bulan ini.</p></div>" for n in range(6))
    events = ("<aside class='sidebar'><ul class='event-list'><li><time datetime="
              "'2025-03-20T18:30'>Do, 20.03., 18:30</time> Kuratorinnenführung mit Helene Aigner"
              "</li></ul></aside>")
    html = (f"<html><body><main><section class='hero'><h1>Glas und Licht: Die Wiener Werkstätte "
            f"und das moderne Interieur</h1></section><article>{blocks}</article>{events}</main>"
            f"</body></html>")
    assert parse_page(html, "https://www.museum.example/ausstellungen/glas")["published_at"] \
        is None


def test_a_cms_creation_date_gives_way_to_the_publication_printed_beside_it() -> None:
    # (held-out round 60) Joomla's article info: the draft's creation, its last change and
    # its publication; the article came out when it was published
    info = ("<dl class='article-info'><dd class='create'>Dibuat: Rabu, 16 November 2016 21:10"
            "</dd><dd class='modified'>Diperbarui: Kamis, 17 November 2016 11:02</dd>"
            "<dd class='published'>Dipublikasikan: Kamis, 17 November 2016 08:23</dd>"
            "<dd class='createdby'>Ditulis oleh Administrator</dd></dl>")
    assert parse_page(page(info), URL)["published_at"] == "2016-11-17T08:23:00+07:00"
    # the creation date alone is the article's
    alone = ("<dl class='article-info'><dd class='create'>Dibuat: Rabu, 16 November 2016 21:10"
             "</dd></dl>")
    assert parse_page(page(alone), URL)["published_at"] == "2016-11-16T21:10:00+07:00"


def test_a_date_just_above_the_headline_of_an_old_table_layout_dates_it() -> None:
    # (held-out round 60) no <h1>, no meta: "Site :: Headline" in <title>, the date in a
    # <font> above the headline's, another article's date in a box after the text
    headline = "Petani Jagung di Boalemo Keluhkan Kelangkaan Pupuk"
    html = (f"<html><head><title>HulondaloKini.com :: {headline}</title></head><body><table>"
            f"<tr><td><font size='1'>05/11/2018 14:35</font><br><font size='4'><b>{headline}"
            f"</b></font><br><br><font size='2'>{BODY}</font></td><td><font>Berita Lainnya"
            f"</font><br>&bull; <a href='/b?id=1'>Harga rica turun</a> <font>(02/11/2018)"
            f"</font></td></tr></table></body></html>")
    record = parse_page(html, "http://www.hulondalokini.com/index.php?mod=berita&id=3391")
    assert record["published_at"] == "2018-11-05T14:35:00+07:00"


@pytest.mark.parametrize("above", [
    # (the review's findings) what stands above a headline in a column of the whole article:
    # a featured photo with a dated caption, a top bar's today, a breadcrumb
    "<div class='featured'><img src='a.jpg'><div class='caption'>Banjir di Desa Sukamaju, "
    "Kamis (9/5/2019).</div></div>",
    "<figure><img src='a.jpg'><figcaption>Banjir di Desa Sukamaju, Kamis (9/5/2019)."
    "</figcaption></figure>",
    "<div class='info-bar'>Senin, 14 Desember 2020 | 08:15 WIB</div>",
    "<div>Peristiwa » Kamis, 9 Mei 2019</div>",
], ids=["featured-caption", "figure", "today", "breadcrumb"])
def test_the_date_under_the_headline_wins_over_one_above_it(above: str) -> None:
    column = "".join(f"<p>Paragraf ke-{n} tentang banjir yang merendam desa.</p>"
                     for n in range(30))
    html = (f"<html><head><title>Banjir rendam dua desa</title></head><body><div class='col'>"
            f"{above}<h1>Banjir rendam dua desa di hulu sungai</h1><div class='meta'>Oleh Budi |"
            f" Sabtu, 11 Mei 2019 10:00 WIB</div>{BODY}{column}</div></body></html>")
    assert parse_page(html, URL)["published_at"] == "2019-05-11T10:00:00+07:00"


@pytest.mark.parametrize("info", [
    # (the review's findings) Joomla's default markup: an icon before each label, and
    # Joomla 3's <time> of the draft's creation before the publication's
    "<dl class='article-info'><dd class='create'><span class='icon-calendar'></span> Dibuat: "
    "Rabu, 16 November 2016 21:10</dd><dd class='published'><span class='icon-calendar'>"
    "</span> Dipublikasikan: Kamis, 17 November 2016 08:23</dd></dl>",
    "<dl class='article-info'><dd class='create'><time datetime='2016-11-16T21:10:00+07:00' "
    "itemprop='dateCreated'>Dibuat: Rabu, 16 November 2016 21:10</time></dd><dd class="
    "'published'><time datetime='2016-11-17T08:23:00+07:00' itemprop='datePublished'>"
    "Dipublikasikan: Kamis, 17 November 2016 08:23</time></dd></dl>",
], ids=["icon-spans", "time-elements"])
def test_joomlas_publication_date_wins_over_its_creation_date(info: str) -> None:
    assert parse_page(page(info), URL)["published_at"] == "2016-11-17T08:23:00+07:00"


def test_a_live_blogs_entry_clock_gives_way_to_its_dateline_date() -> None:
    # (held-out round 68) a live blog: the date in its header, each entry's clock alone in a
    # <time>; JSON-LD's UTC instant of the header's date
    ld = ('<script type="application/ld+json">{"@type":"LiveBlogPosting","datePublished":'
          '"2025-11-29T19:12:18.000Z"}</script>')
    entry = "".join(f"<div class='block'><a class='block-time'><time datetime=''>{clock}</time> "
                    "<span class='tz'>AEDT</span></a><p>An entry of the blog, long enough.</p>"
                    "</div>" for clock in ("9.41am", "8.55am"))
    html = (f"<html><head><title>Live: storms</title>{ld}</head><body><main><h1>Storms hit "
            f"Sydney: live updates</h1><details><summary>Sun 30 Nov 2025 06.12 AEDT</summary>"
            f"</details>{entry}<div class='content'>{BODY}</div></main></body></html>")
    record = parse_page(html, "https://www.theguardian.example/australia-news/live/2025/nov/30/x")
    assert record["published_at"] == "2025-11-30T06:12:18+11:00"



def test_a_clock_alone_under_the_headline_still_dates_the_article() -> None:
    # (the fifth review's finding) one clock in the header, a dated caption further down:
    # the clock's (today's) time, as before; never the caption's day
    html = page("<div class='date'>10:00 WIB</div>",
                "<figure><img src='a.jpg'><figcaption>Banjir di Kampung Melayu, 1 Maret 2025"
                "</figcaption></figure>")
    assert not (parse_page(html, URL)["published_at"] or "").startswith("2025-03-01")


def test_an_embedded_posts_date_never_dates_the_article_nor_gives_its_zone() -> None:
    # (held-out round 69) an Instagram post embedded in the text, its date in PDT: the
    # article's own +07:00 date stays, in WIB
    embed = ("<blockquote class='instagram-media'><div><p>Caption of the post.</p><p>A post "
             "shared by X <time datetime='2021-08-17T01:02:00+00:00'>Aug 16, 2021 at 6:02pm "
             "PDT</time></p></div></blockquote>")
    html = (f"<html><head><title>Banjir rendam dua desa</title><meta property="
            f"'article:published_time' content='2021-08-17T10:25:00+07:00'></head><body><main>"
            f"<article><h1>Banjir rendam dua desa di hulu sungai</h1><div class='entry-content'>"
            f"{BODY}{embed}{BODY}</div></article></main></body></html>")
    assert parse_page(html, URL)["published_at"] == "2021-08-17T10:25:00+07:00"
