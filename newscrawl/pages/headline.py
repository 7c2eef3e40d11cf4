"""Where an article page prints its headline, and the dates it prints with it: the
publication date's resolvers of the generic page object (newscrawl.pages.article's
ArticlePage takes them from `HeadlineAndDates`; a family overrides the selectors)."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from newscrawl.lang.credits import SEGMENT_BAR
from newscrawl.lang.dates import CLOCK, TZ_EXPLICIT, is_update_label, parse_date_detail
from newscrawl.lang.datetext import DATE_LIKE, FULL_DATE, RELATIVE_TEXT, is_read_time_label
from newscrawl.lang.republished import ORIGINAL_PUBLICATION_KEYS, original_publication_labels
from newscrawl.lang.text import normalise_space
from newscrawl.pages.headerdates import (
    CLOCK_ONLY,
    dated_segment,
    dates_another_piece,
    in_rows,
    line_above,
    published_beside,
)
from newscrawl.pages.headtext import own_whole_text
from newscrawl.pages.heuristics import (
    EMBEDDED_DATE,
    GENERIC_DATE_CSS,
    HEADLINE_DATE_WINDOW,
    ancestors,
    dates_an_entry,
    heading_printing,
    in_box,
    in_masthead,
    in_teaser,
    prints,
    strip_site_suffix,
    without_short_tail,
)
from newscrawl.pages.html.document import text_of
from newscrawl.pages.periods import in_range


class HeadlineAndDates:
    """The headline and the publication and modification dates of an ArticlePage."""

    def published_raw(self) -> str | None:
        """The machine-readable publication date text (JSON-LD, meta, <time datetime>)."""
        value = self._ld_str("datePublished") or self.doc.meta_value(*self.published_meta)
        if value:
            if _UTC_SUFFIX.search(value):
                # A UTC instant (Yoast, Jetpack on a site left in UTC) where the article's
                # <time> gives the same instant in the page's own offset: the local one.
                local = self._time_attr(self.published_time_css)
                if local and same_instant_elsewhere(value, local):
                    return local
            return value
        return (self._time_attr(self.published_time_css)
                or self._generic_fallback("published_time_css", "published", self._time_attr))

    def embedded_date_raw(self) -> str | None:
        """A publication date in data the page embeds for its scripts (a data layer, JSON in
        an attribute: `"publishDate":"2025-05-27"`), read only where the page gives no other:
        the markup is serialised for it."""
        markup = etree.tostring(self.doc.root, encoding="unicode")
        m = EMBEDDED_DATE.search(markup.replace("&quot;", '"'))
        return normalise_space(m.group("date")) if m else None

    def original_date_raw(self) -> str | None:
        """The date a sentence gives the article's first publication ("This article was
        originally published on 26 Sep 2019 at 4:12pm but has been updated"): a page that
        republishes an article dates the republication everywhere else."""
        # the page's text in one string: a C serialisation, far cheaper than any walk
        body = self.doc.root.find("body")  # (not the head's scripts and styles)
        text = etree.tostring(body if body is not None else self.doc.root, method="text",
                              encoding="unicode")
        # (a page declared English is not searched for the Indonesian sentence: each key
        # costs a scan of the whole text)
        keys = ORIGINAL_PUBLICATION_KEYS[:2] if self.language() == "en" \
            else ORIGINAL_PUBLICATION_KEYS
        for label in original_publication_labels(text, keys):
            m = DATE_WITH_TIME.search(text, label.end(), label.end() + 80)
            if m is not None and not RELATIVE_TEXT.search(m.group(0)) \
                    and "." not in text[label.end():m.start()]:
                return normalise_space(m.group(0))
        return None

    def _time_attr(self, selector: str) -> str | None:
        # (not Joomla's draft <time itemprop=dateCreated> before its datePublished)
        elements = self.doc.select(selector)
        elements = [el for el in elements if el.get("itemprop") != "dateCreated"] or elements
        if self.family == "generic":
            # On a page of no family, the <time> by the headline first; another article's
            # (an item of a list of cards, of related or recent posts) never. Neither alone
            # says so: the article's own meta line may be a list (<ul class="entry-meta">),
            # its box a "card-shadow".
            near = [el for el in elements if self._near_headline(el)]
            elements = near + [el for el in elements if el not in near
                               and not (in_teaser(el) and _in_list(el, links=True))
                               and not dates_an_entry(el)
                               and not (dates_another_piece(el) and in_rows(el))]
        for el in (el for el in elements if not in_range(el)):  # (not an event's run)
            # (Blogger's <abbr class="published" title="2018-04-10T19:45:00+09:00">)
            value = normalise_space(el.get("datetime") or el.get("content")
                                    or (el.get("title") if el.tag == "abbr" else None) or "")
            if value and not _labelled_update(el, text_of(el)):
                return value
        return None

    def visible_date_raw(self) -> str | None:
        """The publication date as the page prints it for readers.

        A relative text ("5 menit yang lalu") counts only near the headline: elsewhere it
        dates a sidebar's, a ticker's or a list's item, not this article. On a page of no
        family, a date printed in a list item or a link is another article's too."""
        if self._visible is None:
            self._visible = (self._read_visible_date(),)
        return self._visible[0]

    def _read_visible_date(self) -> str | None:
        # A date printed as the last change ("Updated on ...", "Diperbarui ...") says when
        # the article changed, not when it came out: it is taken only where the page prints
        # no other date (the raw text keeps its label).
        updated: list[str] = []
        clocks: list[str] = []
        text = self._first_date(self.doc.select(self.visible_date_css), updated, clocks)
        if text is not None:
            return text
        text = self._headline_date(updated)
        if text is None:
            # Generic: the first element named like a date whose text reads as one.
            text = self._first_date(self.doc.select(GENERIC_DATE_CSS), updated, generic=True)
        if text is None:
            text = self._article_date_line(updated)
        text = text or (clocks[0] if clocks else None) or (updated[0] if updated else None)
        if text and self.family != "generic" and not self.published_raw():
            self._fell_back("published")
        return text

    def _first_date(self, elements: list[Any], updated: list[str], clocks: list[str] | None = None,
                    *, generic: bool = False) -> str | None:
        """The first element's text that may date the article and is no "Updated ..." one
        (those go to `updated`)."""
        several_clocks: bool | None = None  # (counted once, at the first clock alone)
        for el in elements:
            candidate = text_of(el)
            if not candidate or (generic and not (6 <= len(candidate) <= 120
                                                  and DATE_LIKE.search(candidate))) \
                    or is_read_time_label(candidate):
                continue
            if self._may_date_article(el, candidate, generic=generic) and not in_range(el):
                # (a clock alone of several, a live blog's entries' "9.41am": after any date)
                if clocks is not None and CLOCK_ONLY.match(candidate):
                    if several_clocks is None:
                        several_clocks = sum(
                            1 for e in elements if CLOCK_ONLY.match(text_of(e))) > 1
                    if several_clocks:
                        clocks.append(candidate)
                        continue
                if not _labelled_update(el, candidate):
                    return _with_clock(el, candidate)
                else:
                    updated.append(candidate)
        return None

    def _may_date_article(self, el: Any, text: str, generic: bool = False) -> bool:
        if dates_another_piece(el):
            return False
        if RELATIVE_TEXT.search(text):
            return self._near_headline(el)
        if generic or self.family == "generic":
            return self._near_headline(el) or not (
                _in_list(el, links=True) or in_teaser(el)
                or in_masthead(el, self.headline_element()))
        # (a family's date selector may match another article's date in a related list
        # below the article: "Artikel Terkait", each item's "<span class=date>", or a box
        # named so whose cards are no list: "<section class=related-news>")
        head = self.headline_element()
        return not (_in_list(el, links=True) and in_teaser(el, holding=head) or in_teaser(
            el, headed_links=False, holding=head)) or self._near_headline(el)

    def headline_element(self) -> Any | None:
        """The page's headline element: the first `title_css` match with text, else a
        heading that prints the meta headline (pages without an <h1>)."""
        if self._headline is None:
            self._headline = (self._find_headline(),)
        return self._headline[0]

    def _find_headline(self) -> Any | None:
        found = [el for el in self.doc.select(self.title_css)[:5] if text_of(el)]
        if found:
            # the one that prints the title: not an office's or a site's name in the first
            # <h1> ("DINAS KOMUNIKASI DAN INFORMATIKA" above <h2 class=entry-title>), whose
            # neighbours (a top bar printing today's date) are no article's header
            title = self.title()
            if title and (len(found) > 1 or not prints(found[0], title)):
                printing = next((el for el in found if prints(el, title)), None)
                if printing is None:
                    printing = heading_printing(self.doc.root, title)
                if printing is not None:
                    return printing
            return found[0]
        meta = self._ld_str("headline") or self.doc.meta_value("og:title", "twitter:title")
        if meta:
            wanted = without_short_tail(strip_site_suffix(meta, self.site_name()) or meta)
            wanted = wanted.casefold()
            # ("h1 + p": a <p> the parser moved out of the <h1> that held it)
            for el in self.doc.select("h1, h2, h3, h1 + p, [class*=title], [class*=heading]"):
                text = text_of(el).casefold()
                if text and (text == wanted or len(text) >= 20 and text in wanted):
                    return el
        else:
            meta = self.doc.title_tag
            wanted = without_short_tail(strip_site_suffix(meta, self.site_name()) or meta) \
                .casefold() if meta else ""
            # (the title less a site's name named nowhere else: "HulondaloKini.com :: Title")
            if len(title := (self.title() or "").casefold()) >= 20 and title in wanted:
                wanted = title
        if len(wanted) >= 20 and len(wanted.split()) >= 3:
            # A page builder's headline (Framer, Webflow): a styled <p> or <div> that
            # prints the meta headline, or <title>'s, and nothing else; not a copy of it
            # in a link, a list, another articles' box or a share bar.
            for el in self.doc.root.iter("p", "div", "span", "strong", "b"):
                if own_whole_text(el, 2 * len(wanted) - 1) == wanted \
                        and not (_in_list(el, links=True) or in_teaser(el, headed_links=False)
                                 or _in_share_box(el)):
                    return el
        return None

    def _near_headline(self, el: Any) -> bool:
        """Whether `el` is in the article's own header: the headline's block, and what
        follows the headline up to the body's first paragraph. Not a box after the body (a
        related list, a sidebar in the same row of a grid: another article's date there is
        no byline's), nor one before the headline beyond its block (a left sidebar)."""
        if self._header is None:
            self._header = self._read_header()
        return id(el) in self._header[1]

    def _near_headline_block(self, el: Any) -> bool:
        """Whether `el` sits in the headline's wider block (up to three levels above it):
        the article's box, with its author box after the body (an author's name there is
        the article's; a date there may be another article's, see `_near_headline`)."""
        head = self.headline_element()
        if head is None:
            return False
        region = head
        for _ in range(3):
            parent = region.getparent()
            if parent is None or parent.tag == "body":
                break
            region = parent
        return el is region or any(a is region for a in ancestors(el, 40))

    def _read_header(self) -> tuple[list[Any], frozenset[int]]:
        head = self.headline_element()
        if head is None:
            return [], frozenset()
        zone = [head, *head.iterdescendants()]
        block = head.getparent()
        if block is not None and block.tag != "body":
            own = list(block.iterdescendants())
            if len(own) <= HEADER_BLOCK_ELEMENTS and not any(map(starts_body, own)):
                zone += [block, *own]  # a header's few elements
            else:  # the page's column: what stands before the headline in it
                for before in list(head.itersiblings(preceding=True))[:HEADER_BLOCK_ELEMENTS]:
                    zone += [before, *before.iterdescendants()]
        zone += self.after_headline()
        # (the list keeps the elements' proxies, and so their ids, alive)
        return zone, frozenset(id(el) for el in zone)

    def following_headline(self) -> list[Any]:
        """The HEADLINE_DATE_WINDOW elements that follow the headline in document order,
        where its byline and date are looked for (read once)."""
        if self._following_headline is None:
            head = self.headline_element()
            self._following_headline = [] if head is None else head.xpath(
                f"following::*[position() <= {HEADLINE_DATE_WINDOW}]")
        return self._following_headline

    def after_headline(self) -> list[Any]:
        """Those of them up to the body's first paragraph (the header ends before it): the
        header's dates and its credit lines (read once)."""
        if self._after_headline is None:
            found: list[Any] = []
            for el in self.following_headline():
                if starts_body(el):
                    break
                found.append(el)
            self._after_headline = found
        return self._after_headline

    def _headline_date(self, updated: list[str]) -> str | None:
        """A date printed just after (or before) the headline: the article's byline."""
        head = self.headline_element()
        if head is None:
            return None
        # The headline's own header block first (a date printed just above the headline
        # beats a "Date: ..." line in the body after it), then after it, then before it.
        block = head.getparent()
        own = list(block.iterdescendants()) if block is not None else []
        own = [el for el in own if el is not head and head not in el.iterancestors()] \
            if len(own) <= 30 else []  # a header's few elements, not the article's
        # ... then, the header under it printing none, a line just above it (`line_above`)
        following, header, above = self.following_headline(), len(self.after_headline()), \
            [] if own else line_above(head)
        for el in (*own, *following[:header], *above, *following[header:],
                   *head.xpath("preceding::*[position() <= 12]")):
            if not isinstance(el.tag, str) or el.tag in ("script", "style", "li"):
                continue
            # its own text, or the text after it ("<b>By <a>Name</a></b> - Mar 27, 2024")
            for piece, owner in ((el.text, el), (el.tail, el.getparent())):
                own = owner is el
                text = normalise_space(piece or "")
                if (len(text) > 80 or is_read_time_label(text)) and SEGMENT_BAR.search(text):
                    text = dated_segment(text)  # a meta line's
                if not text or is_read_time_label(text):
                    continue  # a print view's "Dicetak pada: ..."
                # (a byline's date may be a link, or sit in the author's card link; a
                # list item's is another article's)
                # (a relative time only in the article's own header: elsewhere it dates a
                # sidebar's or a list's item)
                if (owner is not None and owner.tag not in ("li", "script", "style")
                        and 6 <= len(text) <= 80 and FULL_DATE.search(text)
                        and not in_range(owner)
                        and not _in_list(owner) and not dates_another_piece(owner)
                        and (self._near_headline(owner) or not (
                            in_teaser(owner) or RELATIVE_TEXT.search(text)))):
                    if not _labelled_update(el, text):
                        text = published_beside(owner, text)
                        return _with_clock(el, text) if own else text
                    updated.append(text)
        return None

    def _article_date_line(self, updated: list[str]) -> str | None:
        """A line that is a date and little else ("Posted on April 13, 2023"), anywhere in
        the <article> (or <main>) that holds the headline: templates that print it under
        the body or in the author's box at its end, past the byline's window."""
        head = self.headline_element()
        if head is not None:
            box = next((a for a in ancestors(head, 40) if a.tag in ("article", "main")), None)
        else:  # (no headline: the one <article>, not a comment's; else, none, the <main>)
            boxes = self.doc.root.findall(".//article")
            if not boxes:
                boxes = self.doc.root.findall(".//main")
            box = boxes[0] if len(boxes) == 1 and not in_box(boxes[0], "comment", 0) else None
        if box is None:
            return None
        for el in box.iter(*DATE_LINE_TAGS):
            text = normalise_space(el.text or "")
            m = FULL_DATE.search(text) if 6 <= len(text) <= 60 else None
            # a date and a label at most: a sentence that names a day is no date line
            if m is None or RELATIVE_TEXT.search(text) or len(text) - len(m.group(0)) > 20 \
                    or is_read_time_label(text) \
                    or not _alone(el) or _in_list(el, links=True) or in_range(el) \
                    or in_teaser(el, headed_links=False) or dates_another_piece(el):
                continue
            if not _labelled_update(el, text):
                return text
            updated.append(text)
        return None

    def modified_raw(self) -> str | None:
        return self._ld_str("dateModified") or self.doc.meta_value(*self.modified_meta)


# A printed date and the time after it, if any ("26 Sep 2019 at 4:12pm", "12 Maret 2024
# pukul 10.15 WIB").
DATE_WITH_TIME = re.compile(
    rf"(?:{FULL_DATE.pattern})(?:,?\s*(?:at|pukul|jam)?\s*\d{{1,2}}[:.]\d\d"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*(?:WIB|WITA|WIT)\b)?)?", re.IGNORECASE)
# The header ends where the body's first paragraph starts (a sentence this long: a byline
# or a date line ends in none), and a headline's block of more elements than this is the
# page's, not its header.
BODY_START_CHARS = 60
SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?:\s|$)")
HEADER_BLOCK_ELEMENTS = 40
# Elements a date line is printed in (not a heading's, a table cell's or a caption's).
DATE_LINE_TAGS = ("p", "span", "div", "small", "time", "em", "strong", "b", "i")


def _with_clock(el: Any, text: str) -> str:
    """A date printed without its time, where the element beside it in the same short line
    prints the time ("<span class=day>Wed, May 16, 2018</span> / <span class=time>02:05
    pm</span>"): the line, date and time."""
    if CLOCK.search(text):
        return text
    parent = el.getparent()
    line = _short_text(parent, 80) if parent is not None else ""
    at = line.find(text)
    return line if at >= 0 and CLOCK.search(line, at + len(text)) else text


def _short_text(el: Any, most: int = 120) -> str:
    """An element's text where it is short (a label, a byline line); "" where it is not."""
    if len(el) > 6:
        return ""
    text = text_of(el)
    return text if len(text) <= most else ""


def _labelled_update(el: Any, text: str) -> bool:
    """A date printed as the last change: its own text, its label just before it ("<span>
    Updated on</span> <span>May 27, 2025</span>"), its short parent ("Updated <span>Feb.
    27, 2025</span>") or its markup (`itemprop="dateModified"`, a theme's `<time
    class="updated">` before `<time class="entry-date published">`) says so."""
    if is_update_label(text) or _marked_update(el):
        return True
    before = el.getprevious()
    if before is not None and isinstance(before.tag, str):
        label = _short_text(before, 30)
        # a label alone ("<span>Updated on</span>"), not a whole update line of its own
        if is_update_label(label) and not DATE_LIKE.search(label):
            return True
    # the parent's label is the first child's ("Updated <span>Feb. 27, 2025</span>"): a
    # later child is another line ("<div>Diperbarui ...</div><div>14 Februari ...</div>")
    parent = el.getparent()
    return parent is not None and parent.index(el) == 0 \
        and is_update_label(normalise_space(parent.text or "") or _short_text(parent))


_UPDATE_CLASS = re.compile(r"(?:^|[-_\s])(?:updated|modified)(?:$|[-_\s])", re.IGNORECASE)
_PUBLISHED_CLASS = re.compile(r"published|entry-date|pubdate", re.IGNORECASE)
_UTC_SUFFIX = re.compile(r"(?:Z|[+-]00:?00)$")


def starts_body(el: Any) -> bool:
    """Whether `el` opens the article's body: a paragraph of sentences (a byline or a date
    line ends in none) that another follows, or a long one (a standfirst under the
    headline is one paragraph alone, and the byline may come after it)."""
    if not _is_prose(el):
        return False
    following = el.getnext()
    if following is None and el.getparent() is not None:
        # (each paragraph in a block of its own: "<div class=text-block><p>...</p></div>")
        block = el.getparent().getnext()
        following = next(block.iter("p"), None) \
            if block is not None and isinstance(block.tag, str) else None
    return following is not None and _is_prose(following) or len(_own_text(el)) >= 400


def _own_text(el: Any) -> str:
    if el.tag == "p":
        return text_of(el)
    if el.find("br") is not None:
        # a body of lines cut by <br>s, with no <p> (old CMSs): its text nodes, the
        # dateline's <b> aside
        return normalise_space("".join(el.xpath("text()")))
    return normalise_space(el.text or "")


def _is_prose(el: Any) -> bool:
    if not isinstance(el.tag, str):
        return False
    text = _own_text(el)
    return len(text) >= BODY_START_CHARS and bool(SENTENCE_END.search(text))


def _marked_update(el: Any) -> bool:
    """The element's markup names the last change: itemprop dateModified, or a class
    "updated" / "modified" without "published"."""
    if (el.get("itemprop") or "").casefold() == "datemodified":
        return True
    cls = el.get("class") or ""
    return bool(cls) and bool(_UPDATE_CLASS.search(cls)) and not _PUBLISHED_CLASS.search(cls)


def same_instant_elsewhere(utc_text: str, local_text: str) -> bool:
    """Whether `local_text` gives the instant of `utc_text` in another, printed offset."""
    utc, local = parse_date_detail(utc_text), parse_date_detail(local_text)
    return utc is not None and local is not None and local.tz_source == TZ_EXPLICIT \
        and local.value == utc.value and local.value.utcoffset() != utc.value.utcoffset()


def _in_share_box(el: Any) -> bool:
    """Is `el` in a share bar ("Bagikan: <span>headline</span>")?"""
    return in_box(el, "share", 4)


def _in_list(el: Any, *, links: bool = False) -> bool:
    """Is `el` in a list item (or, with `links`, a link): another article's entry?"""
    tags = ("li", "a") if links else ("li",)
    return any(a.tag in tags or a.get("role") == "listitem" for a in ancestors(el, 8))


def _alone(el: Any) -> bool:
    """Whether `el`'s text stands as a line of its own: at most a label before it, no words
    or sentence punctuation after it ("For the period ended <span>December 31, 2025</span>,
    30 of 56 funds ..." is a sentence, not a date line)."""
    if re.search(r"[\w.,;:]", el.tail or ""):
        return False
    before = el.getprevious()
    text_before = before.tail if before is not None else (
        el.getparent().text if el.getparent() is not None else "")
    return len(normalise_space(text_before or "")) <= 20
