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
