"""The title of an ArticlePage: the headline as the page prints it, where that is a
headline, else the one its metadata gives less the site's name. Part of ArticlePage (a
mixin, as byline.py and headline.py are): it reads the page object's document, JSON-LD and
selectors."""

from __future__ import annotations

from typing import Any

from newscrawl.lang.language import content_words
from newscrawl.pages.headtext import headline_text, one_line, printed_part
from newscrawl.pages.heuristics import (
    MIN_TITLE_OVERLAP,
    ancestors,
    heading_printing,
    in_box,
    in_teaser,
    is_section_label,
    is_title_phrase,
    names_around,
    overlap,
    printed_headline,
    restored_characters,
    site_names_in,
    strip_site_suffix,
    title_words,
    without_short_tail,
)
from newscrawl.pages.html.document import text_of

# Words of a headline at most (an <h1> longer than this is a lead or a description).
HEADLINE_MOST_WORDS = 20


class Titles:
    """The title of an ArticlePage."""

    def title(self) -> str | None:
        """The headline as the page prints it (its <h1>), where that is a headline: a
        section label or a logo in <h1> gives way to JSON-LD's headline, og:title or
        <title> less the site's name. (Read once: the headline's element follows it.)"""
        if "_title" not in self.__dict__:
            self.__dict__["_title"] = self._read_title()
        return self.__dict__["_title"]

    def _read_title(self) -> str | None:
        site = self.site_name()
        metas = [t.casefold() for t in (self._ld_str("headline"), self.doc.meta_value(
            "og:title", "twitter:title"), self.doc.title_tag) if t]
        elements = {t: e for e, t in ((e, printed_headline(headline_text(e, metas), site))
                                       for e in self.doc.select(self.title_css)[:5]) if t}
        printed = list(elements)
        headline, og_title = self._ld_str("headline"), self.doc.meta_value(
            "og:title", "twitter:title")
        # A blog prints its name in <h1> and after the headline in its titles.
        names = names_around(og_title or self.doc.title_tag, printed)
        printed = [t for t in printed if t not in names]
        # (and the site's name where its titles print one its domain names)
        names += site_names_in(og_title, self.doc.url) + site_names_in(self.doc.title_tag,
                                                                       self.doc.url)

        def less_site(title: str | None) -> str | None:
            for name in names:
                title = strip_site_suffix(title, name)
            return without_short_tail(t) if (t := strip_site_suffix(title, site)) else t

        # The words of the titles as given: a tagline after a bar still tells which <h1>
        # is the headline.
        reference = title_words(headline or og_title or self.doc.title_tag or "")
        # (the <h1> as JSON-LD's headline and og:title both print it)
        whole = {t.casefold() for t in (headline, og_title) if t} \
            if headline and og_title else set()
        meta, og_title = less_site(headline), less_site(og_title)
        if not meta or (og_title and len(og_title) > len(meta)
                        and og_title.casefold().startswith(meta.casefold())):
            meta = og_title  # JSON-LD's headline cut short (Yoast cuts it at 110 chars)
        tag_title = less_site(self.doc.title_tag)

        def cut(t: str) -> str:
            # (a short tail after a bar is a tagline or a section, unless the page's
            # headline and og:title print it too and it is a phrase naming no site: a
            # culture page's "Puisi-puisi X | Title of the cycle", not "... | Opinion")
            if len(whole) == 1 and t.casefold() in whole and t.count("|") == 1 \
                    and is_title_phrase(t.partition("|")[2]) and all(
                    strip_site_suffix(t, name) == t for name in [*names, site]):
                return t
            return without_short_tail(t)

        elements = {cut(t): e for t, e in elements.items()}
        printed = [cut(t) for t in printed]
        if meta or tag_title:
            # An <h1> that og:title or <title> prints as it is: the headline, whatever a
            # JSON-LD headline says (a short label, "Sample menus", or an SEO rewording).
            # (or JSON-LD's alternativeHeadline, where the headline is the SEO one: an
            # interview's "Name: quote" <h1> under "Wawancara X soal Y")
            alternative = less_site(self._ld_str("alternativeHeadline"))
            given = {t.casefold() for t in (og_title, tag_title, alternative) if t}
            agreed = next((t for t in printed if t.casefold() in given), None)
            if agreed is not None and len(agreed.split()) >= 3:
                return agreed
            # Of the page's <h1>s, the one that shares most words with the meta title
            # (a logo's or a section's <h1> shares none).
            best = max(printed, key=lambda t: overlap(title_words(t), reference),
                       default=None)
            if best is not None and not is_section_label(best, meta or tag_title) \
                    and overlap(title_words(best), reference) >= MIN_TITLE_OVERLAP:
                # (but not a site's or an office's name in <h1> where a heading below it
                # prints the meta title as it is: "Website Resmi Desa Montong Sari" above
                # <h3 class=post_title>, a village site's; Diskominfo's <h2 class=
                # entry-title>)
                heading = heading_printing(self.doc.root, meta or tag_title or "",
                                           beside=elements.get(best))
                if heading is not None and best.casefold() != text_of(heading).casefold():
                    return text_of(heading)
                # (a word or two, a section's, over an old CMS's headline: "Berita" above
                # "<div class=judul>", <title> the site's name and tagline)
                if len(best.split()) <= 2 and (under := self._heading_under_label(
                        elements[best], best, tag_title, meta, unsaid=True)):
                    return under
                return restored_characters(best, meta or tag_title) or best
            # (an <h1> of a headline's length about what the meta title is about: the
            # headline as printed, the meta title its SEO rewording, "An introduction to
            # social commerce: What brands need to know" above <title> "What is Social
            # Commerce - A guided introduction")
            subject = content_words(meta or tag_title or "")
            worded = [t for t in printed if 4 <= len(t.split()) <= HEADLINE_MOST_WORDS
                      and len(content_words(t) & subject) >= 2 and one_line(elements[t])]
            # (not the site's name or slogan in <h1> above a post's heading that prints the
            # meta title: a Blogger template's "Portal Berita Terkini Kabupaten Bandung
            # Barat" over <h3 class=post-title>)
            if len(worded) == 1 and not is_section_label(worded[0], meta or tag_title) \
                    and not (site and site.casefold() in worded[0].casefold()) \
                    and heading_printing(self.doc.root, meta or tag_title or "") is None:
                return worded[0]
            marked = self._marked_headline(content_words(meta or tag_title or ""), alternative)
            if marked:
                return marked
            if printed and (under := self._heading_under_label(
                    elements[printed[0]], printed[0], tag_title, meta)):
                return under
            if meta:
                return meta
            if len(tag_title.split()) >= 3:  # type: ignore[union-attr]
                # An <h1> that shares no words with a <title> of a headline's length is
                # the site's (a blog's name; no meta title to say so). (Its part the page
                # prints, where a section's name is left: "Opini :: Headline")
                return printed_part(self.doc.root, tag_title) or tag_title
        elif printed and not is_section_label(printed[0], tag_title):
            return printed[0]
        value = self.doc.first_text(self._generic("title_css")) or tag_title
        if value:
            self._fell_back("title")
        return value

    def _heading_under_label(self, label: Any, label_text: str, tag_title: str | None,
                             meta: str | None, *, unsaid: bool = False) -> str | None:
        """An <h2> just after an <h1> that is no headline (a blog's name, a section's: "The
        Halden Journal", "University News") that prints <title>'s headline, or the meta
        title's and more (the meta title cut short): the headline (og:title may reword it).
        Not a site's static "Name | Tagline" <title> over its tagline's <h2>. Where
        `unsaid` (a label's <h1> of a word or two) and no title says the headline, an old
        CMS's "<div class=judul>" that prints one."""
        whole = (self.doc.title_tag or "").casefold()
        static = label_text.casefold() in whole and not (meta and len(
            content_words(tag_title or "") & content_words(meta)) >= 2)
        equal = {tag_title.casefold()} if tag_title and len(tag_title.split()) >= 3 \
            and not static else set()
        start = meta.casefold() if meta and len(meta.split()) >= 4 else None
        unsaid = unsaid and not equal and start is None
        for element in label.xpath(_UNDER_LABEL):
            text = text_of(element)
            folded = text.casefold()
            if len(text.split()) <= HEADLINE_MOST_WORDS and one_line(element) \
                    and (folded in equal or start and folded.startswith(start)
                         or unsaid and element.tag != "h2" and len(text.split()) >= 3) \
                    and not in_teaser(element) and not in_box(element, "comment", 4) \
                    and not any(a.tag in ("a", "li") for a in ancestors(element, 6)):
                return text
        return None

    def _marked_headline(self, subject: set[str], alternative: str | None) -> str | None:
        """A heading the page marks as the article's headline where no <h1> prints one (a
        magazine's "<div role=heading aria-level=1>" under a logo's <h1>, microdata's "<h2
        itemprop=headline>" under a section's): one JSON-LD gives as the alternative
        headline, or whose content words are half the meta title's (not a teaser's, a
        ticker's or a list's headline)."""
        for element in self.doc.select(MARKED_HEADLINE_CSS)[:3]:
            if element.tag in ("span", "a", "li") or in_teaser(element) \
                    or any(a.tag in ("a", "li") for a in ancestors(element, 6)):
                continue
            text = text_of(element)
            words = content_words(text)
            if 3 <= len(text.split()) <= HEADLINE_MOST_WORDS and one_line(element) and (
                    alternative and text.casefold() == alternative.casefold()
                    or len(words & subject) >= max(2, MIN_TITLE_OVERLAP * len(words))):
                return text
        return None


# The headings just after a label's <h1> that may print the headline.
_UNDER_LABEL = ("following::*[self::h2 or contains(concat(' ', normalize-space(@class), ' '), "
                "' judul ')][position() <= 4]")
# Elements a page marks as its headline besides <h1>.
MARKED_HEADLINE_CSS = "[role=heading][aria-level='1'], [itemprop=headline]"
