"""Whole pages read as a reader sees them: content streamed for scripts to place (React 18
/ Next.js), a post in a wrapper named for comments, a headline printed as <h2> under a
ticker. In-house pages modeled on that markup."""

from __future__ import annotations

from newscrawl.pages.article import ArticlePage
from newscrawl.pages.html.document import Document

S = ("Warga setempat mengatakan banjir datang sejak subuh dan terus naik hingga siang hari, "
     "sehingga banyak rumah terendam.")


def paragraph(n: int) -> str:
    return f"<p>{S} Kalimat ke-{n} dari berita ini.</p>"


def found(body: list[str]) -> list[int]:
    text = "\n\n".join(body)
    return [n for n in range(1, 7) if f"Kalimat ke-{n} " in text]


def body_of(html: str) -> list[str]:
    return ArticlePage(Document(html, "https://portal.example/berita/banjir")).body().paragraphs


def streamed_page() -> str:
    # The article's parts arrive after the page's frame, each in a hidden <div id="S:n">,
    # for a script to put where <template id="B:n"> (a boundary, with its fallback) or
    # <template id="P:n"> (a segment) stands. Two placeholders side by side (B:2, B:1).
    return (
        "<html><head><title>Banjir</title></head><body><div class='layout'>"
        "<article><h1>Banjir merendam kampung di tepi sungai</h1>"
        "<div class='content'><template id='B:0'></template><div>Loading paragraph...</div>"
        "<template id='B:2'></template><template id='B:1'></template>"
        "<div>Loading paragraph...</div><template id='P:3'></template></div></article>"
        "<aside><p>Berita populer hari ini.</p></aside></div>"
        f"<div hidden id='S:0'>{paragraph(1)}{paragraph(2)}</div>"
        f"<div hidden id='S:1'>{paragraph(4)}</div>"
        f"<div hidden id='S:2'>{paragraph(3)}</div>"
        f"<div hidden id='S:3'>{paragraph(5)}{paragraph(6)}</div>"
        "</body></html>")


def test_a_streamed_article_is_read_whole_and_in_place() -> None:
    body = body_of(streamed_page())
    assert found(body) == [1, 2, 3, 4, 5, 6]
    assert not any("Loading" in p for p in body)
    # in the place of its placeholders: the order the page shows
    assert [p for p in body if "Kalimat ke-" in p] == [
        f"{S} Kalimat ke-{n} dari berita ini." for n in (1, 2, 3, 4, 5, 6)]


def test_without_its_placeholders_hidden_content_stays_hidden() -> None:
    # A hidden element named like a streamed part, with no placeholder: left as it is.
    html = ("<html><body><article><h1>Banjir merendam kampung di tepi sungai</h1>"
            f"{paragraph(1)}{paragraph(2)}{paragraph(3)}</article>"
            "<div hidden id='S:9'><p>Teks tersembunyi yang tidak pernah tampil di "
            "halaman ini sama sekali.</p></div></body></html>")
    body = body_of(html)
    assert found(body) == [1, 2, 3] and not any("tersembunyi" in p for p in body)


def test_a_post_in_a_wrapper_named_for_comments_right_after_its_headline_is_read() -> None:
    # A wrapper that lets readers comment on a selection ("commentOnSelection") holds the
    # post: it opens right after the headline; the comment thread after it stays out.
    thread = "".join(f"<div class='comment-item'><p>{S} Komentar pembaca nomor {n}.</p>"
                     "</div>" for n in range(2))
    html = ("<html><body><h1>Banjir merendam kampung di tepi sungai</h1>"
            "<div class='commentOnSelection'>"
            + "".join(paragraph(n) for n in range(1, 7))
            + f"</div><div class='comments'>{thread}</div></body></html>")
    body = body_of(html)
    assert found(body) == [1, 2, 3, 4, 5, 6]
    assert not any("Komentar pembaca" in p for p in body)


def test_a_ticker_before_a_headline_printed_as_h2_stays_out() -> None:
    # The template prints the headline as <h2> (og:title says it is the headline); before
    # it, in the same box, a "breaking news" list of other stories with their first lines.
    ticker = "".join(f"<li><a href='/berita/{n}'>Kabar lain nomor {n}</a> JAKARTA: ringkasan "
                     f"kabar lain nomor {n} yang panjangnya cukup untuk sebuah kalimat.</li>"
                     for n in range(8))
    html = ("<html><head><meta property='og:title' content='Banjir merendam kampung di tepi "
            "sungai'></head><body><div class='content'><div class='breaking'><ul>" + ticker
            + "</ul></div><h2>Banjir merendam kampung di tepi sungai</h2>"
            + "".join(paragraph(n) for n in range(1, 7)) + "</div></body></html>")
    body = body_of(html)
    assert found(body) == [1, 2, 3, 4, 5, 6]
    assert not any("Kabar lain" in p or "ringkasan" in p for p in body)
