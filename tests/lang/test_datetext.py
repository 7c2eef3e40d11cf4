"""A date printed after a name, cut off it: one reading for a byline ("Jason Bates June 3,
2021") and a credit line ("Editor: Nama Minggu, 20 Maret 2022 | 14:05 WITA")."""

from __future__ import annotations

import pytest

from newscrawl.lang.credits import CREDIT_AUTHOR, CREDIT_EDITOR, parse_credits
from newscrawl.lang.datetext import cut_date_tail, is_date_stamp, without_date_tail


@pytest.mark.parametrize(("text", "name"), [
    ("Jason Bates June 3, 2021", "Jason Bates"),
    ("Summer Swann - June 12, 2025", "Summer Swann"),
    ("ALLIN ONE on Jan 22, 2025", "ALLIN ONE"),
    ("Rina Marlina, Senin, 4 Maret 2024 | 09:15 WITA", "Rina Marlina"),
    ("Andi Baso | Diperbarui 05/03/2024 10:00", "Andi Baso"),
    ("Yohanes Kii 2 jam lalu", "Yohanes Kii"),
    ("Lalu Mohammad Zaenudin", "Lalu Mohammad Zaenudin"),  # no amount: a Sasak name
    ("Nama Tanpa Tanggal", "Nama Tanpa Tanggal"),
])
def test_the_date_after_a_name_is_cut(text: str, name: str) -> None:
    assert without_date_tail(text) == name
    assert cut_date_tail(text) == name


def test_a_text_that_opens_with_a_date_is_no_name() -> None:
    assert cut_date_tail("20 Maret 2022 14:05 WITA") == ""
    assert without_date_tail("20 Maret 2022 14:05 WITA") == "20 Maret 2022 14:05 WITA"


def test_credit_lines_lose_the_date_printed_after_the_last_credit() -> None:
    credits = parse_credits("Penulis: Rina Marlina | Editor: Andi Baso Minggu, 20 Maret 2022 "
                            "| 14:05 WITA")
    assert credits is not None
    assert [(c.kind, c.names) for c in credits] == [
        (CREDIT_AUTHOR, ("Rina Marlina",)), (CREDIT_EDITOR, ("Andi Baso",))]
    relative = parse_credits("Penulis: Rina Marlina | Editor: Andi Baso 3 jam yang lalu")
    assert relative is not None and relative[-1].names == ("Andi Baso",)


def test_a_urls_dated_path_and_a_short_weekday_in_a_name_are_no_date_tail() -> None:
    # (a review's findings)
    credits = parse_credits("Penulis: Andi Sumber: https://www.kompas.com/2024/05/06/banjir "
                            "Editor: Budi")
    assert credits is not None
    assert credits[1].names == ("https://www.kompas.com/2024/05/06/banjir",)
    assert cut_date_tail("Lee Sun 20 Maret 2022") == "Lee Sun"
    assert cut_date_tail("Budi Mon, 20 March 2022") == "Budi"


def test_laporan_with_a_colon_credits_the_reporter_and_a_sentence_stays() -> None:
    # (a Blogger news blog's closing line, held-out round 8)
    credits = parse_credits("Laporan: La Ode Muh. Rasyid")
    assert credits is not None and credits[0].kind == CREDIT_AUTHOR
    assert credits[0].names == ("La Ode Muh. Rasyid",)
    assert parse_credits("Laporan keuangan daerah dirilis hari ini oleh pemerintah.") is None
    # (a review's finding) "Laporan:" opening a sentence of the text
    assert parse_credits("Laporan: Polisi masih mengumpulkan bukti.") is None
    assert parse_credits("Laporan: BPS mencatat inflasi Maret 2,5 persen.") is None



@pytest.mark.parametrize(("line", "name"), [
    ("Laporan: Kontributor Tribunnews.com di Ambon, Fandi Wattimena", "Fandi Wattimena"),
    ("Laporan: Muhammad al-Fatih", "Muhammad al-Fatih"),
    ("Laporan: Rudi van der Berg", "Rudi van der Berg"),
    ("Laporan: dr. Andi Sultan", "dr. Andi Sultan"),
])
def test_laporan_credits_names_with_particles_and_places(line: str, name: str) -> None:
    # (a review's findings) names with lower-case particles, a reporter's place
    credits = parse_credits(line)
    assert credits is not None and credits[0].names == (name,)


@pytest.mark.parametrize("line", ["By-election", "Oleh-Oleh Khas Garut | Kuliner"])
def test_a_label_joined_by_a_hyphen_to_a_word_is_no_credit(line: str) -> None:
    assert parse_credits(line) is None



@pytest.mark.parametrize(("line", "credits"), [
    ("Laporan: Akhmad Dani dari Jakarta", [("authors", ("Akhmad Dani",))]),
    ("Laporan: Agus Hidayat - Ambon", [("authors", ("Agus Hidayat",))]),
    ("Laporan: Ayu Sabrina, mahasiswa", [("authors", ("Ayu Sabrina",))]),
    ("Laporan: Andi Saputra | Editor: Budi Santoso",
     [("authors", ("Andi Saputra",)), ("editors", ("Budi Santoso",))]),
    ("Penulis-Andi Saputra", [("authors", ("Andi Saputra",))]),
    ("Laporan: Kerugian capai Rp 5 Miliar", None),
    ("Laporan: dari Lokasi Kejadian", None),
    ("By-Election", None),
])
def test_credit_lines_of_a_fourth_review(line: str, credits: list | None) -> None:
    # (a review's findings) a reporter's place or role after the name, the next credit on the
    # line, a hyphen without spaces before a name; a report's sentence, a compound word
    got = parse_credits(line)
    assert ([(c.kind, c.names) for c in got] if got else None) == credits


def test_a_date_after_a_single_credit_is_no_second_name() -> None:
    # (held-out round 12, Suara) "Penulis: A | Selasa, 20 Mei 2025 | 09:15 WIB"
    for line in ("Penulis: Andika Pratama | Selasa, 20 Mei 2025 | 09:15 WIB",
                 "Penulis: Andika Pratama | Selasa, 20 Mei 2025"):
        credits = parse_credits(line)
        assert credits is not None and [(c.kind, c.names) for c in credits] \
            == [(CREDIT_AUTHOR, ("Andika Pratama",))]
    # a name whose last word is a weekday keeps it; a source's credit is cut nowhere
    credits = parse_credits("Penulis: Agus Minggu | 20 Mei 2025")
    assert credits is not None and credits[0].names == ("Agus Minggu",)
    credits = parse_credits("Sumber: Antara, Senin (20/5/2025)")
    assert credits is not None and credits[0].names == ("Antara, Senin (20/5/2025)",)


@pytest.mark.parametrize(("text", "stamp"), [
    # (held-out round 34) a clock before the date, a second stamp after it, "Published at :"
    ("Published 6:42 p.m. ET Nov. 3, 2025 Updated 9:15 a.m. ET Nov. 4, 2025", True),
    ("Published 6:42 p.m. ET Nov. 3, 2025", True),
    ("Published at : July 22, 2025", True),
    ("Updated at : July 23, 2025 07:20", True),
    # an event's line is no stamp
    ("Festival on March 3, 2025 at the park", False),
    ("10:00 March 3, 2025 Concert opens", False),
    ("March 3, 2025 and March 4, 2025", False),
])
def test_a_header_date_line_is_a_date_stamp(text: str, stamp: bool) -> None:
    assert is_date_stamp(text) is stamp


def test_a_spanish_last_change_line_is_a_labelled_stamp_and_a_name_keeps_its_words() -> None:
    assert is_date_stamp("Última modificación: 15/04/2026", labelled=True)
    assert without_date_tail("Leila Am 3 March 2025") == "Leila Am"


@pytest.mark.parametrize("text", ["Publicado el 15/04/2026", "Aktualisiert am 15.04.2026",
                                  "Mis à jour le 15/04/2026"])
def test_european_date_lines_with_their_articles_are_stamps(text: str) -> None:
    assert is_date_stamp(text, labelled=True)


def test_a_header_line_of_the_datelines_place_and_the_day_is_a_date_stamp() -> None:
    from newscrawl.lang.datetext import is_date_stamp

    # (held-out round 52, an English-language paper of Jakarta) "Place ● day"
    assert is_date_stamp("Jakarta ● Thu, August 14, 2025")
    assert is_date_stamp("JAKARTA | Senin, 3 Maret 2025")
    # a sentence after it, or a place and day in a letter's shape, are not
    assert not is_date_stamp("Pameran ● 14 Agustus 2025 dibuka presiden")
    assert not is_date_stamp("Jakarta, 14 Agustus 2025")
