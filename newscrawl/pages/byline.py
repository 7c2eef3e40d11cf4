"""The authors of an ArticlePage: the sources a byline comes from, in order of trust, and
what is no author (a house account, a label, another article's byline). Part of ArticlePage
(a mixin, as headline.py is): it reads the page object's document, JSON-LD and selectors."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from newscrawl.lang.credits import (
    CREDIT_AUTHOR,
    might_credit,
    split_names,
)
from newscrawl.lang.datetext import is_date_stamp, without_date_tail
from newscrawl.lang.names import (
    byline_name,
    is_co_writer,
    is_house_account,
    is_login_of,
    is_not_written,
    names_an_organisation,
    reads_as_person,
    strip_byline,
    without_affiliation,
)
from newscrawl.lang.roles import role_before, role_label
from newscrawl.lang.signoff import signs_off_a_release
from newscrawl.lang.text import lower_case_words, normalise_space, unique
from newscrawl.pages.body.blocks import Body, clean_texts
from newscrawl.pages.body.elements import br_lines
from newscrawl.pages.creditlines import (
    CREDIT_ELEMENT_CSS,
    MARKED_CREDIT_ELEMENTS,
    before_sub_headings,
    credit_lines,
)
from newscrawl.pages.heuristics import (
    BYLINE_LABEL,
    BYLINE_TEXT,
    GENERIC_AUTHOR_CSS,
    MAX_BYLINE_NAMES,
    WRITTEN_BY,
    ancestors,
    in_box,
    in_teaser,
    is_name_like,
    ld_names,
)
from newscrawl.pages.html.document import text_of
from newscrawl.pages.ownsite import links_to_own_site

# Affiliation marks after a paper's author's name ("Huberty1", "Lee2,3 ;").
AFFILIATION_MARK = re.compile(r"(?<=[^\W\d])\d+(?:,\d+)*\s*[;,*]?\s*$|\s*[;,]\s*$")


# How far a commenter's name sits inside a readers' thread ("#comments > ol.comment-list >
# li > article.comment-body > footer.comment-meta > div.comment-author > b.fn").
MAX_COMMENT_DEPTH = 10
# A reporter's label, then a writer's: "Reporter:</span> <a>A</a> · <span>Penulis:".
WRITERS_LABEL_AFTER = re.compile(r"\s*(?:</\w+>\s*)?:[\s\S]{0,300}?\bPenulis\s*(?:</\w+>\s*)?:")
# A linked name followed by another: "A</a>, <a", "A</a> dan <a", "A</a> &amp; <a".
LINKED_NAME_AFTER = re.compile(r"\s*</a>\s*(?:,|&amp;|&|\b(?:dan|and|und|y|e|et)\b)\s*<a\s",
                               re.IGNORECASE)
# The bar between two credits on one line ("Story by A | Photos by B").
_CREDIT_SEGMENT = re.compile(r"\s+[|·•]\s+")
_ICON_TAGS = frozenset(("img", "svg", "i", "picture", "source"))
_AUTHOR_CARD_CSS = ("[class*=author-card], [class*=author_card], [class*=authorCard], "
                    "[class*=author-box], [class*=about-author], "
                    # (Drupal's labelled field: "field--name-field-writer")
                    "[class*=field-writer], [class*=field-author]")
# An icon of a person that labels a byline's name (Font Awesome, Bootstrap Icons, ...).
_PERSON_ICON = re.compile(r"(?:^|\s)(?:fa[srlb]?|bi|icon|glyphicon|ti|la|las)-(?:user|person)"
                          r"(?:-circle|-o)?(?:\s|$)")
# The particles a surname may open with ("De Souza, Maria").
_SURNAME_PARTICLES = frozenset(("de", "van", "von", "da", "di", "del", "della", "der", "le",
                                "la", "du", "dos", "das", "al", "el", "bin", "binti"))
# An account's menu by a person's icon, no name: "Masuk", "Sign In".
_INTERFACE_WORDS = frozenset(("masuk", "daftar", "login", "log in", "sign in", "signin",
                              "register", "anonim", "anonymous", "guest", "tamu", "akun",
                              "account", "profil", "profile", "logout", "keluar"))
# What ends the name after a person's icon: a bar, a dot or a dash between spaces.
_ICON_SEGMENT = re.compile(r"\s+[|·•\-–—]\s+")


class Bylines:
    """The authors of an ArticlePage."""

    def authors(self) -> list[str]:
        site = self.site_name()
        host = urlsplit(self.doc.url).hostname or ""

        common: list[frozenset[str]] = []
        # (an organisation JSON-LD names the author is no writer: a company's release, a
        # desk, where its name holds an organisation's word: sites type their writers
        # Organization too, "Randy Thompson", "Ahmad")
        organisations: set[str] = set()

        def common_words() -> frozenset[str]:
            if not common:  # the words the article writes in lower case, read once
                common.append(lower_case_words(self.body().paragraphs))
            return common[0]

        def people(names: list[str], *, declared: frozenset[str] = frozenset()) -> list[str]:
            # a house account ("Redaksi", the site's name) is no author: the next source
            # may name one. A name declared a person, or that reads as one, may be the
            # site's own name: a personal site is named after its author ("Rick Steves" on
            # ricksteves.com).
            # (each writer of a name joining several: "MEG KINNARD and ERRIN HAINES,
            # Associated Press"; a date a template printed in the author's field is none)
            names = [w for n in names for w in _each_writer(byline_name(without_date_tail(n)))
                     if not is_date_stamp(w, bare=True)]
            return [n for n in names if n and not BYLINE_LABEL.match(n)
                    and n.casefold() not in organisations
                    and not is_house_account(n, site, host, declared_person=n in declared,
                                             common_words=common_words)]

        author = self.doc.ld_resolved(self.ld.get("author"))  # resolved once, read twice
        declared = _declared_people(author)
        nodes = author if isinstance(author, list) else [author]
        organisations.update(n.casefold() for node in nodes if _is_organisation(node)
                             for n in ld_names(node) if names_an_organisation(n))
        # (nor JSON-LD's own account of the site, an Organization at a section of its host,
        # "RRI Ambon" at rri.co.id/ambon, where the page names another writer)
        own = people([n for node in nodes if _is_organisation(node)
                      and links_to_own_site(node, host) for n in ld_names(node)])
        organisations.update(n.casefold() for n in own)
        names = people([strip_byline(n) for n in ld_names(author)], declared=declared)
        # (a reporter's and a writer's label both printed: "Reporter: A · Penulis: B")
        if len(names) == 1 and author is not None and ((labelled := self.doc.writes_before(
                "Reporter", WRITERS_LABEL_AFTER, window=400, times=4))
                or self.doc.writes_before(names[0], LINKED_NAME_AFTER)):
            # JSON-LD names the primary author only (Ghost's does) where the byline by the
            # headline prints them all: "Oleh <a href=/author/a/>A</a>, <a href=/author/b/>
            # B</a>", A the JSON-LD's, each marked an author's (not "By A, Contributor"),
            # or credits each under a writer's label (Tirto's reporter and writer).
            # (The markup is asked first: the header's credits cost a walk of its elements.)
            printed = self.header_credits().authors
            if len(printed) > 1 and names[0].casefold() in {p.casefold() for p in printed}:
                marked = {n.casefold() for n in self._author_elements()}
                # (the labels the header's own, each a full name or a marked author's: not a
                # place after a name, "Penulis: A, Jakarta", nor a related card's labels)
                lines = " ".join(self.header_credits().removed)
                labelled = labelled and "Reporter" in lines and "Penulis" in lines
                if all(p.casefold() in marked or labelled and " " in p for p in printed):
                    names = people(printed, declared=declared)
        if not names:
            names = people([strip_byline(a) for a in self._author_texts(self.authors_css)])
        if not names:
            names = [strip_byline(a) for a in self.doc.meta_values("author")
                     + self.doc.meta_values("dtk:author") + self.doc.meta_values("content_author")
                     + self.doc.meta_values("sailthru.author")
                     + self.doc.meta_values("parsely-author")
                     # (Open Graph's article:author is a profile URL as often as a name)
                     + [a for a in self.doc.meta_values("article:author") if "/" not in a]]
            # ("Lim Wei Ling, Daryl Tan" in one meta value: each)
            names = people([w for n in names if n.casefold() not in ("undefined", "null", "none")
                            and not (" " not in n and "." in n.strip("."))
                            for w in _each_writer(n)])
        if not names:
            names = people([strip_byline(a) for a in
                            self._generic_fallback("authors_css", "authors", self._author_texts)
                            or ()])
        body = self.body()
        credited = body.authors + self._credits().authors
        if not names:
            # (each in turn, until one names a person: an author's link to a house account,
            # "Penulis: <a href=/penulis/12/>Tim Liputan</a>", leaves the credits at the
            # text's end to speak, "Reporter: A | Editor: B"; where the body's credits name
            # the writer, the first that names anyone is the last asked, as before)
            for fallback in (
                    self._author_elements, self._printed_byline, self._labelled_author_card,
                    lambda: self.header_credits().authors if not self.credits_css else [],
                    lambda: self.marked_credits().authors if not credited else [],
                    # Dublin Core's creator (Drupal's metatag module), last: a CMS login
                    # there ("veena") is no name, the first of several authors no byline
                    lambda: [n for v in self.doc.meta_values("dcterms.creator")
                             + self.doc.meta_values("dc.creator")
                             for n in _creators(v) if reads_as_person(n)]):
                given = fallback()
                names = people(given)
                if names or given and credited:
                    break
            if not names and not credited:
                # the writer a closing sign-off names in full, where the bylines name an
                # account ("Admin Hulondalo" over "... (Rahmat Hulinggi/Sri Wahyuni)")
                names = people(body.signed)
            if names:
                self._fell_back("authors")
        found = unique(people(names + credited, declared=declared)) or own  # (none other)
        # a byline that holds a full name the page also gives alone ("A and B" beside "A",
        # "B"; "A Writer" or "AFounder at X", its text run together, beside "A"): the name
        found = [n for n in found if not any(
            other != n and " " in other and re.search(rf"(?<!\w){re.escape(other)}", n)
            or is_login_of(n, other) for other in found)]
        # A platform's partner outlet, whose account the article is published under
        # ("kumparan.com/banjarhits/..." by "Banjarhits", "Konten Media Partner"): the
        # outlet, not its writer
        channel = _first_segment(self.doc.url)
        accounts = [n for n in found if re.sub(r"\W", "", n.casefold()) == channel]
        if accounts and (self.doc.writes("Media Partner") or self.doc.writes("media partner")) \
                and self._partner_label():
            found = [n for n in found if n not in accounts]
        # A name the page prints as its editor's ("Editor: <a>Name</a>") is no author where
        # another is named: CMSs fill JSON-LD's author with the editor who posted the piece.
        editors = {e.casefold() for e in self.editors()}
        writers = [n for n in found if n.casefold() not in editors]
        # "Penulis: Rilis | Editor: Name": a press release, the name JSON-LD gives the
        # editor's who posted it. (The writer's credit is looked for in the lines that
        # name the editor: the body's and the family's, else those by the headline.)
        if not writers and found:
            printed = credited
            if not (body.editors or self._credits().editors):
                printed = printed + self.header_credits().authors
            if printed and all(map(is_not_written, printed)) \
                    or any(map(signs_off_a_release, body.removed)):
                return []
            # (the writer credited apart from the byline that names the editor: "Editor
            # <a>B</a>" by the headline, "Kontributor : A" after the pager)
            # (looked for only where the page names a contributor: a search of the credit
            # elements costs most pages more than their byline)
            marked = self.marked_credits().authors if self.doc.writes("ontributor") else []
            apart = people([n for n in printed + marked
                            if n.casefold() not in editors and not is_not_written(n)])
            if apart:
                return unique(apart)
            # Every name found is one the page prints as its editor's: the writer an
            # element names apart from them (an opinion column's "<p class=
            # opini-penulis__nama>"), else the editor (PRMN's writer edits their own). (A
            # family's selectors read its bylines: the search of a page's author elements,
            # a walk of its links, is for pages of none.)
            apart = people([n for n in self._author_elements(near_only=True)
                            if n.casefold() not in editors]) if self.family == "generic" else []
            if apart:
                return unique(apart)
        return writers if writers else found

    def _partner_label(self) -> bool:
        """Does the page say the article is a partner's ("Konten Media Partner" by the
        account's name), not a card of another article ("<aside>...<span>Konten dari Media
        Partner</span><a>Headline</a>")?"""
        labels = self.doc.root.xpath("//*[contains(text(), 'Media Partner') or "
                                     "contains(text(), 'media partner')]")
        # (an author's card is no teaser's: "<div class=author-card>Name Konten Media ...")
        return any((in_box(el, "byline", 3) or not in_teaser(el, headed_links=False)) and not any(
            a.tag in ("aside", "li", "a", "footer", "nav") for a in (el, *ancestors(el, 8)))
            and not in_box(el, "related", 6) for el in labels[:10])

    def _author_texts(self, selector: str) -> list[str]:
        """The texts of the elements `selector` names an author's, less those of readers
        over their comments (a theme's ".author a" is the commenter's name in its thread
        too)."""
        return unique([t for t in (text_of(e) for e in self.doc.select(selector)
                                   if not in_box(e, "comment", MAX_COMMENT_DEPTH)
                                   and not _credited_otherwise(e)) if t])

    def _printed_byline(self) -> list[str]:
        """A byline printed near the headline as text: "By Name", "Oleh Name", "Written by"
        then the name in the next element."""
        head = self.headline_element()
        if head is None:
            return []
        label_seen = False
        deferred: list[str] | None = None
        for el in before_sub_headings(self.following_headline()):
            if not isinstance(el.tag, str) or el.tag in ("script", "style", "li") \
                    or any(a.tag == "li" for a in ancestors(el, 6)):
                continue  # another article's entry in a list
            if el.tag in ("i", "span", "svg") and _PERSON_ICON.search(el.get("class") or "") \
                    and not in_box(el, "comment", MAX_COMMENT_DEPTH):  # (a reader's login)
                # a person's icon as the label: "<i class='fa fa-user'></i> Name | date"
                # (not a credit line's: "Editor: Name"; each of "A dan B")
                said = _ICON_SEGMENT.split(normalise_space(el.tail or ""), maxsplit=1)[0]
                said = without_date_tail(said.strip(" |·•-–,"))
                names = [] if might_credit(said) else joined_names(said)
                if names and all(is_name_like(n) and n[:1].isupper() and not any(
                        c.isdigit() for c in n) and not any(
                        w.islower() and len(w) > 3 for w in n.split()) for n in names):
                    if not any(n.casefold() in _INTERFACE_WORDS for n in names):
                        return names  # (not "Dibaca 1.872 kali", "Masuk untuk berkomentar")
            text = text_of(el)
            if len(text) > 80:
                continue
            text = br_lines(el, text)[0]  # ("Oleh: A<br>Dosen Universitas X": its first line)
            inside = False  # (the name in what follows the label: a wrapper of it)
            if label_seen:
                if not text and (el.tag in _ICON_TAGS or any(
                        a.tag == "svg" for a in ancestors(el, 4))):
                    continue  # (an icon, an avatar before the name)
                if is_name_like(text) and not BYLINE_LABEL.match(text):  # ("Penulis", "A, B")
                    names = split_names(text)
                    return names if all(is_name_like(n) and " " in n for n in names) \
                        else [text]
                # (the names and what follows them: "A and B | 6 min read", "A · date")
                # (full names, no lower-case word: not "Updated", "Jane Doe via", "X di Y")
                names = _byline_names(text)
                if names and all(is_name_like(n) and " " in n and not any(
                        w.islower() for w in n.split()) for n in names):
                    return names
                inside = len(el) > 0
                label_seen = False
            # ("By Name • March 12, 2025"; "By RAY DONNELLY <span>Staff Writer</span>": the
            # element's own text before its children)
            # (a box whose lines are blocks is read line by line, label then name: "<div>
            # <div>Written by</div><div>Name</div><div>Post, Org</div></div>"; its text run
            # together only where nothing else is found)
            own = (el.text or "").strip()
            parted = any(kid.tag in ("div", "p", "section") for kid in el)
            for said in (own,) if parted else (own, text):
                m = BYLINE_TEXT.match(said)
                if m is not None and (names := _byline_names(m.group("name"))):
                    return names
            if parted and deferred is None and (m := BYLINE_TEXT.match(text)):
                deferred = _byline_names(m.group("name"))
            label_seen = inside or bool(BYLINE_LABEL.match(text)) \
                or parted and bool(BYLINE_LABEL.match(own))
        return deferred or []

    def _labelled_author_card(self) -> list[str]:
        """The name after a "Written by" label in an author's card after the text (Webflow's
        "blog-post_author-card": "<div>Written by</div><div>Name</div><div>Post</div>")."""
        for box in self.doc.select(_AUTHOR_CARD_CSS)[:3]:
            if in_teaser(box) or in_box(box, "comment", MAX_COMMENT_DEPTH):
                continue
            label_seen = False
            for el in box.iterdescendants():
                text = text_of(el) if isinstance(el.tag, str) else ""
                if label_seen and text and len(text) <= 60 and is_name_like(text):
                    return [text]
                if text:
                    label_seen = bool(BYLINE_LABEL.match(text))
        return []

    def header_credits(self) -> Body:
        """The credit lines printed by the headline ("Penulis: Name | Editor: Name",
        "Reporter: <a>Name</a>", "Rep: Name/ Red: Name"), read (cached): a fallback for the
        authors and the editors."""
        if self._header_credits is None:
            # (the header ends where the body starts)
            lines = credit_lines(self.after_headline())
            if not lines:
                # (a body of lines cut by <br>s, a short one: the credits printed after it,
                # "Penulis: A<br>Redaktur: B", in the headline's window, not another
                # article's box)
                rest = before_sub_headings(
                    self.following_headline()[len(self.after_headline()):])
                lines = credit_lines([el for el in rest
                                       if not in_teaser(el, headed_links=False)])
            self._header_credits = clean_texts(lines)
        return self._header_credits

    def other_editors(self) -> list[str]:
        """Editors named outside the body and the family's credits box, for pages where
        those name none: JSON-LD's `editor`, a credit line by the headline, else one in an
        element named for credits (`marked_credits`)."""
        editor = self.doc.ld_resolved(self.ld.get("editor"))
        people = [n for n in (editor if isinstance(editor, list) else [editor])[:20]
                  if not (isinstance(n, dict) and n.get("@type") == "Organization")]
        site, host = self.site_name(), urlsplit(self.doc.url).hostname or ""
        names = [n for n in (strip_byline(n) for n in ld_names(people))
                 if is_name_like(n) and not is_house_account(n, site, host)]
        return unique(names) or unique(self.header_credits().editors) \
            or unique(self.marked_credits().editors)

    def marked_credits(self) -> Body:
        """Credit lines in elements named for credits, wherever they stand ("<div
        class=detailsEditor>Editor : <a>Name</a></div>" after the body, "<div
        class=foto-credit><p>Pewarta : A</p><p>Editor : B</p></div>" under a gallery), read
        (cached) where nothing else names the people."""
        if self._marked_credits is None:
            # (not a card's "Penulis: ..." of another article, nor a columnists' widget's)
            marked = (el for el in self.doc.select(CREDIT_ELEMENT_CSS)
                      if not in_teaser(el, headed_links=False))
            self._marked_credits = clean_texts(
                credit_lines(list(islice(marked, MARKED_CREDIT_ELEMENTS))))
        return self._marked_credits

    def _author_elements(self, near_only: bool = False) -> list[str]:
        """Names in elements that say they hold an author (class, itemprop, a link to an
        author's page): those by the headline, else (not `near_only`) the first outside a
        list of other articles."""
        near: list[str] = []
        first: str | None = None
        for el in self.doc.select(GENERIC_AUTHOR_CSS):
            # (a paper's author list marks affiliations: "Jeni Green1 ;")
            name = AFFILIATION_MARK.sub("", strip_byline(WRITTEN_BY.sub("", text_of(el))))
            if not is_name_like(name) or in_box(el, "comment", MAX_COMMENT_DEPTH) \
                    or _credited_otherwise(el) or el.tag in ("h1", "h2"):
                # (a reader's name over a comment: Soledad's "span.author"; a fact-checker's
                # "Fact-checked by <a href=/authors/..>"; the headline in an <article> whose
                # class names its author, "author-admin", read as "[class*=author] .p-name")
                continue
            if self._near_headline_block(el):
                near.append(name)
            elif first is None and not any(a.tag == "li" for a in ancestors(el, 8)):
                first = name
        return unique(near)[:MAX_BYLINE_NAMES] if near else [first] if first and not near_only \
            else []


def _byline_names(said: str) -> list[str]:
    """The writers a byline's text after its label names, less what follows them (another
    credit, a date, a reading time): "A and B | 6 min read" -> A, B."""
    # (the writer's credit before another's: "Story by A | Photos by B")
    name = without_affiliation(strip_byline(without_date_tail(
        _CREDIT_SEGMENT.split(said, maxsplit=1)[0])))
    if is_date_stamp(name, bare=True):
        return []  # ("Written By <span>Feb 11, 2019 · 3 min read</span>")
    return joined_names(byline_name(name))  # (a name in capitals, as bylines print it)


def _creators(value: str) -> list[str]:
    """The writers a Dublin Core creator holds: its "Surname, Given" as a byline prints it
    ("Santoso, Budi" -> "Budi Santoso": one word on a side of the comma, or a surname's
    particle first), else each of the names its commas part ("Budi Santoso, Ani Wijaya")."""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if len(parts) == 2 and 1 <= len(parts[1].split()) <= 2 and (
            len(parts[0].split()) == 1 or len(parts[1].split()) == 1
            or parts[0].split()[0].casefold() in _SURNAME_PARTICLES):
        return [f"{parts[1]} {parts[0]}"]  # ("García Márquez, Gabriel", "Van Dyke, Jo Anne")
    return parts


def _each_writer(name: str) -> list[str]:
    """The writers a name field holds: each of several, or one less the outlet, the role or
    the unit after it ("Andi Saputra, Radar Tasikmalaya")."""
    parts = joined_names(name) if ("," in name or " and " in name) else []
    return parts if len(parts) > 1 else [without_affiliation(name)]


def joined_names(value: str) -> list[str]:
    """The writers a byline's text names: each of "A, B and C" where each reads as a
    person's name (none a role: "Jane Doe, Senior Reporter"), else the text as one name
    where it reads as one, else none."""
    names = [byline_name(n) for n in split_names(value)]
    if len(names) > 1 and all(is_name_like(n) and is_co_writer(n) for n in names):
        return names
    return [byline_name(value)] if is_name_like(value) else []


def role_beside(el: Any) -> str | None:
    """The credit a role's label beside a name's element gives it: the label printed just
    before it in its parent ("Fact-checked by <a>Name</a>", "<span>Editor</span> <a>Name
    </a>"), else one alone in the element after it (an author card's caption: "<a>Name</a>
    <span class=role>Editor</span>"); None where none is."""
    parent = el.getparent()
    if parent is not None:
        # (the text just before it, walked back to some 60 characters: a long list of
        # cards costs no more per name)
        before: list[str] = []
        size = 0
        for sibling in el.itersiblings(preceding=True):
            for part in (sibling.tail or "", text_of(sibling) if isinstance(sibling.tag, str)
                         else ""):
                before.append(part)
                size += len(part)
            if size >= 60:
                break
        else:
            before.append(parent.text or "")
        text = " ".join("".join(reversed(before))[-60:].split())
        if text:
            return role_before(text)
    after = el.getnext()
    if after is not None and isinstance(after.tag, str) and not (el.tail or "").strip():
        return role_label(text_of(after))
    return None


def _credited_otherwise(el: Any) -> bool:
    """Does a role's label beside a name's element credit it as no author (an editor, a
    fact-checker, a photographer)?"""
    kind = role_beside(el)
    return kind is not None and kind != CREDIT_AUTHOR


def _first_segment(url: str) -> str:
    """The first segment of a URL's path, folded ("banjarhits" of "/banjarhits/slug-1")."""
    return re.sub(r"\W", "", urlsplit(url).path.strip("/").split("/")[0].casefold())


def _is_organisation(node: Any) -> bool:
    kind = node.get("@type") if isinstance(node, dict) else None
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and (k.endswith("Organization") or k in (
        "Corporation", "NGO", "NewsMediaOrganization", "EducationalOrganization"))
        for k in kinds) and not any(k == "Person" for k in kinds)


def _declared_people(author: Any) -> frozenset[str]:
    """Names a JSON-LD author value declares a person's (nodes of @type Person), written
    clean (", USA TODAY" is a template's empty byline, not a person)."""
    nodes = author if isinstance(author, list) else [author]
    return frozenset(n for node in nodes[:50]
                     if isinstance(node, dict) and node.get("@type") == "Person"
                     for n in ld_names(node) if n == strip_byline(n))
