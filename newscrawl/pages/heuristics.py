"""What the generic resolvers of newscrawl.pages.article know of a page's texts: what a date,
a person's name and a headline look like, the site name in a title, JSON-LD names and
images. Pure functions and patterns (no Scrapy import)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from newscrawl.lang.domains import registered_domain
from newscrawl.lang.text import normalise_space
from newscrawl.pages.body.vocabulary import classify
from newscrawl.pages.html.document import text_of, unescape_twice

# A publication date in embedded data: "datePublished":"...", publishDate: '...'
EMBEDDED_DATE = re.compile(
    r"[\"']?(?:datePublished|publishDate|publishedDate|published_at|publish_date|pubDate|"
    r"content_PublishedDate|article_publish_date)[\"']?\s*[:=]\s*[\"']"
    r"(?P<date>(?:19|20)\d\d[-/]\d\d[-/]\d\d[^\"']{0,30})[\"']")
# How many elements after the headline the byline's date is looked for in.
HEADLINE_DATE_WINDOW = 60




# Elements that say they hold an author's name, on pages of any template.
GENERIC_AUTHOR_CSS = (
    "[itemprop=author], [class*=author-name], [class*=author__name], [class*=author_name], "
    "[class*=authorname], [class*=AuthorName], [class*=author-title], .the-author, "
    "[class*=post-author] a, [class*=attribution__item-name], [class*=byline__name], "
    "[class*=author-box__name], a[href*='/author/'], a[href*='/authors/'], "
    "a[href*='/autor/'], a[href*='/auteur/'], "
    "a[href*='/penulis/'], a[href*='/profile/'], a[href*='/contributor/'], "
    "a[href*='/contributors/'], [class*=__author], .author, [class*=author] [class*=name], "
    "[class*=_author_], [class*=author-details] > p:first-child, a[href*='/userprofile/'], "
    ".reporter, .reporter > p:first-child > a:first-child, a[href*='/reporter/'], "
    "[class*=penulis] [class*=nama], [class*=penulis__nama]")
# A byline printed as text: "By Name", "by Name", "Oleh Name", "Written by Name".
BYLINE_TEXT = re.compile(
    r"^(?:(?:written|posted|story|text|words|reporting)\s+)?(?:by|oleh)\s*:?\s+"
    r"(?P<name>[A-ZÀ-Þ].{1,60})$", re.IGNORECASE)
# A byline's label alone, its name in the next element.
BYLINE_LABEL = re.compile(r"^(?:written|posted)\s+by\s*:?$|^(?:by|oleh|penulis)\s*:?$",
                          re.IGNORECASE)
WRITTEN_BY = re.compile(
    r"^\W*(?:author\s*:?\s*)?(?:written|posted|reviewed|articles|stories|ditulis)\s+"
    r"(?:by|oleh)\s*:?\s*",
    re.IGNORECASE)
# A person's or a desk's name: one to six words, the first capitalised, no digits.
NAME_LIKE = re.compile(r"^[A-ZÀ-Þ][\w.'’-]*(?:,?\s+[\w.'’&-]+){0,5}$")
# What author elements hold that is not a name: their labels and buttons, social networks.
NOT_A_NAME = frozenset((
    "by", "oleh", "author", "authors", "penulis", "profile", "profil", "learn more",
    "read more", "member login", "login", "more", "bluesky", "github", "twitter", "facebook",
    "instagram", "linkedin", "x", "threads", "mastodon", "tiktok", "youtube", "email",
    "view all posts", "all posts", "more posts", "view profile", "lihat profil",
    "artikel lainnya", "semua artikel"))


def is_name_like(name: str) -> bool:
    """Whether a text from an author element reads as a name (not a label, a button, a
    handle or a template's unfilled variable such as "page.head.extra.author")."""
    return bool(NAME_LIKE.match(name)) and name.casefold() not in NOT_A_NAME \
        and not (" " not in name and "." in name.strip("."))
MAX_BYLINE_NAMES = 4


def ancestors(el: Any, limit: int) -> list[Any]:
    out = []
    parent = el.getparent()
    while parent is not None and len(out) < limit:
        out.append(parent)
        parent = parent.getparent()
    return out


GENERIC_DATE_CSS = ("[class*=date], [class*=Date], [class*=tanggal], [class*=time], "
                    "[class*=Time], [class*=published], [class*=Published], [id*=date], "
                    "[itemprop=datePublished], [itemprop=published-date], .meta, .byline")


def without_scheme(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}?{parts.query}"



def site_of(url: str) -> str:
    """The registered-domain-ish part of a URL's host (last two labels, three for .co.id)."""
    return registered_domain(urlsplit(url).hostname or "")


def ld_names(value: Any, depth: int = 0) -> list[str]:
    """Names from a JSON-LD person/organisation value (object, list or string)."""
    if isinstance(value, list):
        if depth > 3:  # a person is not a list nested deeper than that
            return []
        return [n for v in value[:50] for n in ld_names(v, depth + 1)]
    if isinstance(value, dict):
        name = value.get("name")
        return [normalise_space(name)] if isinstance(name, str) and name.strip() else []
    if isinstance(value, str) and value.strip():
        return [normalise_space(value)]
    return []


def ld_image(value: Any, depth: int = 0) -> str | None:
    if isinstance(value, list):
        if depth > 3:
            return None
        return next((u for u in (ld_image(v, depth + 1) for v in value[:10]) if u), None)
    if isinstance(value, dict):
        url = value.get("url") or value.get("contentUrl")
        return url if isinstance(url, str) else None
    return value if isinstance(value, str) and value.strip() else None


TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " · ", " • ")
# "Site: Headline" (a colon ends a headline's lead-in too, so only before it)
PREFIX_SEPARATORS = (": ",)
URL_LIKE = re.compile(r"(?:https?:)?//|www\.", re.IGNORECASE)


# Share of a printed headline's words the meta title must have for it to be the headline
# (an SEO title rewords it; a logo or a section label shares nothing with it).
MIN_TITLE_OVERLAP = 0.5
TITLE_WORD = re.compile(r"\w+")


# "Headline | Opinion", "Headline | WFA": a site's or a section's name after a bar.
SHORT_TAIL = re.compile(r"\s+\|\s+[^|]{1,40}$")


# What templates print inside the headline element that is not the headline: a date before
# it ("Dec 18 2025 Headline"), a byline after it ("Headline Posted on July 1, 2024 by ...").
HEADLINE_DATE_LEAD = re.compile(
    r"^(?:(?:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?\s+"
    r"\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+[a-z]{3,9}\.?,?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d\d-\d\d)\s+(?=\S)", re.IGNORECASE)
# An aggregator's mark of the source after the headline, and its comment count: "...
# (latimes.com) 87".
HEADLINE_SOURCE_TAIL = re.compile(r"\s*\((?:[a-z0-9-]+\.)+[a-z]{2,}\)(?:\s+\d+)?$",
                                  re.IGNORECASE)
HEADLINE_BYLINE_TAIL = re.compile(
    r"\s+(?:posted|published|updated|diposting|dipublikasikan|diterbitkan)\s+(?:on|pada)\s.*$",
    re.IGNORECASE)


def printed_headline(text: str, site_name: str | None) -> str:
    """The text of a headline element less what templates print in it beside the headline:
    a date before it, a byline after it, the site's name, references escaped twice."""
    text = unescape_twice(text)
    text = HEADLINE_BYLINE_TAIL.sub("", HEADLINE_DATE_LEAD.sub("", text))
    text = HEADLINE_SOURCE_TAIL.sub("", text)
    return strip_site_suffix(text, site_name) or ""


def prints(el: Any, title: str) -> bool:
    """Whether a headline element prints `title` (its label aside)."""
    return title.casefold() in text_of(el).casefold()


def in_box(el: Any, kind: str, levels: int) -> bool:
    """Is `el`, or one of its `levels` ancestors below <body>, a box the body's vocabulary
    names `kind` ("share": a share bar, "comment": a readers' thread)? (<body>'s classes say
    what page it is, not what box.)"""
    return any(classify(f"{a.get('class') or ''} {a.get('id') or ''}")[0] == kind
               for a in (el, *ancestors(el, levels)) if (a.get("class") or a.get("id"))
               and a.tag not in ("body", "html"))


def in_masthead(el: Any, headline: Any | None) -> bool:
    """Whether `el` sits in the site's header bar, away from the headline: a banner or a
    top bar ("date-in-header", "news-bar", "site-header") that does not hold the headline,
    whose date is the reader's today (ColorMag's "Jumat, Agustus 16, 2024")."""
    above = ancestors(el, MASTHEAD_DEPTH)
    for box in (el, *above):
        # (a site's header by its class or role: an article's <header> holds its byline)
        if box.get("role") == "banner" or _MASTHEAD_CLASS.search(box.get("class") or ""):
            return headline is None or not any(a is box for a in ancestors(headline, 60))
    return False


_MASTHEAD_CLASS = re.compile(r"(?:^|[-_\s])(?:in-header|header-date|news-?bar|top-?bar|"
                             r"topbar|masthead|site-header|navbar)(?:$|[-_\s])", re.IGNORECASE)
MASTHEAD_DEPTH = 8


def dates_an_entry(el: Any) -> bool:
    """Does a <time> date an entry of a list that says more than the date (a page history's
    "<li><time>14 March 2025</time>: Corrected the opening date ...</li>", a comment's,
    an event's), or a readers' comment, away from the headline: no date of the article's?"""
    item = next((a for a in ancestors(el, 3) if a.tag == "li"), None)
    if item is not None and len(text_of(item)) > len(text_of(el)) + MIN_ENTRY_CHARS:
        return True
    # a readers' comment's, however deep its template puts it (WordPress: <time
    # itemprop=datePublished> in footer.comment-meta of an <article> in <li>), below the
    # article's own box, the one holding its <h1> (an opinion piece's "article--comment")
    boxes = ancestors(el, COMMENT_DEPTH)
    below = next((i for i, box in enumerate(boxes) if box.find(".//h1") is not None),
                 len(boxes))
    return in_box(el, "comment", below)


# A class token naming a box of other articles: "related-posts", "card__meta", "popular".
_TEASER_CLASS = re.compile(r"(?:^|[-_])(?:related|recent|popular|trending|card|teaser|terkait|"
                           r"populer|terpopuler|lainnya)(?:[-_]|$)", re.IGNORECASE)


# A header widget printing the reader's date: "todays-date", "current-date", "hari-ini".
_TODAY_WIDGET = re.compile(r"today|current[-_]?date|hari[-_]?ini", re.IGNORECASE)


def in_teaser(el: Any, *, headed_links: bool = True, holding: Any = None) -> bool:
    """Is `el` in another article's teaser (a related / popular / card box, or, with
    `headed_links`, a small block that links a headline of its own), in a sidebar
    (`<aside>`), or in a widget printing today's date? A box that holds `holding` (the
    page's headline: an article laid out in a Bootstrap "card") is the article's own."""
    held = set(holding.iterancestors()) if holding is not None else set()
    for box in (el, *ancestors(el, 3)):
        if _TODAY_WIDGET.search(f"{box.get('id') or ''} {box.get('class') or ''}"):
            return True
    if any(a.tag == "aside" and a not in held for a in ancestors(el, 12)):
        return True  # a sidebar
    for level, box in enumerate(ancestors(el, 4)):
        if box not in held and any(_TEASER_CLASS.search(token)
                                   for token in (box.get("class") or "").split()):
            return True
        if headed_links and level < 2 and box.xpath("(.//h2|.//h3|.//h4)//a[@href]"):
            return True
    return False


# How far above a date a comment's box is looked for.
COMMENT_DEPTH = 8


# What a list's entry says beside its date, at the least, to be an entry of its own.
MIN_ENTRY_CHARS = 25


def heading_printing(root: Any, text: str, beside: Any = None) -> Any | None:
    """The <h2>-<h4> that prints `text` (a meta title) as it is, where one does: not another
    article's entry (in or around a link, a card's overlay link beside it, a list, an
    <aside>, a related box; Blogger's named anchor before its post's title is no link), nor
    a deck printed under `beside` (the <h1> it would replace:
    an SEO title as a subtitle is no headline's rival); else None."""
    wanted = normalise_space(text).casefold()
    if len(wanted.split()) < 3:
        return None
    block = None
    if beside is not None:  # (the <h1>'s block: its parent, or grandparent below <body>)
        block = beside.getparent()
        above = block.getparent() if block is not None else None
        if above is not None and above.tag not in ("body", "html"):
            block = above
    for el in root.iter("h2", "h3", "h4"):
        if text_of(el).casefold() != wanted:
            continue
        around = ancestors(el, 8)
        parent = el.getparent()
        if any(a.tag in ("a", "li", "aside") for a in (*el.iterdescendants("a"), *around)) \
                or (parent is not None and any(c.tag == "a" and c.get("href") is not None
                                               for c in parent)) \
                or in_box(el, "related", 6):
            continue
        if block is not None and any(a is block for a in around):
            return None
        return el
    return None


def without_short_tail(title: str) -> str:
    """A title less the short segments after a " | " (at most four words each: a site's,
    a section's or a tagline's), where two words or more are left."""
    while (m := SHORT_TAIL.search(title)) and len(m.group(0).split()) <= 5 \
            and len(title[: m.start()].split()) >= 2:
        title = title[: m.start()]
    return title


# Words of a site's tagline or a section's name after a title's bar ("Kabar Daerah
# Terkini", "Portal Berita Terpercaya", "Latest News Today", "Hukum & Kriminal").
_TAGLINE_WORDS = re.compile(
    r"\b(?:berita|kabar|terkini|terbaru|terpercaya|portal|news|latest|today|hari|ini|video|"
    r"update|info|informasi|daerah|nasional|online|media|official|resmi|situs|website|channel|"
    r"tv\w*|foto|opini|opinion|ekonomi|bisnis|hukum|kriminal|olahraga|politik|sports?|world)\b",
    re.IGNORECASE)


_SMALL_WORDS = frozenset(("dan", "di", "ke", "dari", "untuk", "yang", "and", "of", "the", "in"))


def is_title_phrase(tail: str) -> bool:
    """Whether the text after a title's bar is a phrase of the title's own (three words or
    more, at most half of them a tagline's or a section's): "Subak di Ujung Kemarau",
    "Kabar dari Ujung Kemarau"; not "Kabar Daerah Terkini"."""
    words = [w for w in re.findall(r"\w+", tail.casefold()) if w not in _SMALL_WORDS]
    return len(re.findall(r"\w+", tail)) >= 3 and \
        2 * len(_TAGLINE_WORDS.findall(tail)) <= len(words)


def names_around(title: str | None, texts: list[str]) -> list[str]:
    """Those of `texts` the title prints as its last segment, after a separator
    ("Headline • Cory Dransfeldt" and an <h1> "Cory Dransfeldt"): a site's name, which a
    blog's template puts in its <h1>, never the headline. A name is short (four words at
    most) and shorter than the rest; not the first segment: that is as often the headline
    before a site's name.)"""
    if not title:
        return []
    low = normalise_space(title).casefold()
    found = []
    for text in texts:
        name = text.casefold()
        words = len(name.split())
        if name and name != low and words <= 4 and any(
                low.endswith(f"{sep}{name}") and len(low.split()) > 2 * words + 1
                for sep in TITLE_SEPARATORS):
            found.append(text)
    return found


def title_words(text: str) -> set[str]:
    return set(TITLE_WORD.findall(text.casefold()))


def overlap(words: set[str], reference: set[str]) -> float:
    """Share of `words` found in `reference`."""
    return len(words & reference) / len(words) if words else 0.0


def is_section_label(h1: str, page_title: str | None) -> bool:
    """An <h1> of a word or two ("Berita", "Travel News") where the page's <title> holds a
    headline: the site's label for its section, printed on every page of it."""
    if not page_title:
        return False
    low, head = page_title.casefold(), h1.casefold()
    # ("Site Blog: Headline" ends with it: a short headline after a lead-in)
    return len(h1.split()) <= 3 and len(page_title.split()) > 4 \
        and not low.startswith(head) and not low.endswith(f": {head}")


def site_names_in(title: str | None, url: str) -> list[str]:
    """The segments of a page title that name the site: a word or three holding the
    name of its domain ("GATRAnews" in "GATRAnews - Headline" on www.gatra.com), at
    either end of the title."""
    if not title:
        return []
    label = site_of(url).split(".")[0].casefold()
    if len(label) < 3:
        return []
    title = normalise_space(title)
    found = []
    for sep in TITLE_SEPARATORS:
        parts = title.split(sep)
        if len(parts) < 2:
            continue
        for part in (parts[0], parts[-1]):
            if len(part.split()) <= 3 and label in part.casefold().replace(" ", "") \
                    and len(title.split()) > len(part.split()) + 2:
                found.append(part.strip())
    return found


def restored_characters(printed: str, meta: str | None) -> str | None:
    """The meta title where the printed headline is it with characters lost to question
    marks (a template that could not encode them: "Beginner? Guide" for "Beginner's
    Guide"); None where it is not."""
    lost = ("?", "\ufffd")
    if not meta or not any(c in printed for c in lost):
        return None
    pattern = "[^?\ufffd]{1,3}".join(re.escape(part) for part in re.split("[?\ufffd]", printed))
    return meta if re.fullmatch(pattern, meta, re.IGNORECASE) else None


def strip_site_suffix(title: str | None, site_name: str | None) -> str | None:
    """The headline without a " - Site Name" suffix (or prefix)."""
    if not title:
        return title
    title = normalise_space(title)
    if site_name:
        low, site = title.lower(), site_name.lower()
        for sep in TITLE_SEPARATORS:
            if low.endswith(f"{sep}{site}"):
                return title[: -len(sep + site)].strip()
            if low.startswith(f"{site}{sep}"):
                return title[len(site + sep):].strip()
        for sep in PREFIX_SEPARATORS:
            if low.startswith(f"{site}{sep}"):
                return title[len(site + sep):].strip()
    return title


# A gallery's photos read as its text at most (a page of hundreds is a listing of them).
MAX_STORY_PHOTOS = 60
# A photo's caption: <figcaption>, or a gallery's caption box ("<div class=gallery-caption>
# <span class=counter>1/8</span><p>...</p><span class=credit>ANTARA FOTO/Name</span>").
STORY_CAPTION_CLASS_WORDS = ("gallery-caption", "gallery__caption", "galeri-caption",
                             "foto-caption", "photo-caption")
PHOTO_COUNTER = re.compile(r"^\s*\d{1,3}\s*/\s*\d{1,3}\s+")  # "1/8 " before a caption


# Paths of pages about articles, whatever their slug: a tag's, a topic's, a category's, an
# author's, a search's, an index's ("/tag/pemilihan-gubernur-sumatera-selatan-2018/"), and
# an old Lokomedia portal's category, event and static pages
# ("/kategori-12-hukum-dan-kriminal.html", "/statis-3-pedoman-media-siber.html").
# Also a video's, a photo gallery's or an infographic's page ("/video/845298740/slug",
# "/sulsel/foto/d-7805878/slug": a caption, no text to read), and a file ("/wp-content/
# uploads/2025/02/ucapan.jpg").
NOT_ARTICLE_PATH = re.compile(
    r"/(?:tags?|topics?|topik|category|categories|kategori|label|labels|author|authors|"
    r"penulis|search|cari|indeks|index|page|halaman)/|/(?:kategori|agenda|halaman|hubungi|statis|"
    r"galeri|album|download)-\d+-[^/]*$"
    r"|/(?:videos?|foto|fotos|photos?|galeri|gallery|galleries|infografis|infographics?|"
    r"multimedia)/|/wp-content/|\.(?:jpe?g|png|gif|webp|svg|pdf|mp[34]|zip|docx?|xlsx?)$",
    re.IGNORECASE)

# An old PHP portal's article, named by its number in the query: "berita.php?id=21799",
# "detail.php?id=", "foto.php?id=809", Lokomedia's "media.php?module=detailberita&id=4603",
# "index.php?mod=berita&id=39012",
# Joomla's "index.php?option=com_content&view=article&id=1234:slug", WordPress's "/?p=98765"
# (not a bare "video.php", the videos' index, nor a category's, a profile's or a print
# view's "?id=", nor a page of the article: "&hal=2").
_QUERY_ARTICLE_SCRIPTS = frozenset(("berita.php", "news.php", "detail.php", "read.php",
                                    "baca.php", "artikel.php", "article.php", "view.php",
                                    "foto.php", "video.php"))
_QUERY_ARTICLE_MODULES = frozenset(("detailberita", "beritadetail", "berita", "artikel",
                                    "detail", "read", "baca", "news"))
_QUERY_ID = re.compile(r"\d+(?::[\w-]*)?")
_QUERY_NOT_ARTICLE_KEYS = frozenset(("aksi", "print", "cetak", "hal", "page", "halaman"))


def is_query_article(path: str, query: str) -> bool:
    """Whether a URL's path and query name an article by its number (see above)."""
    if not query or len(query) > 300:
        return False
    values = dict(parse_qsl(query, keep_blank_values=True))
    if _QUERY_NOT_ARTICLE_KEYS & values.keys():
        return False
    script = path.rsplit("/", 1)[-1].lower()
    number = values.get("id", "")
    if script in _QUERY_ARTICLE_SCRIPTS:
        return bool(_QUERY_ID.fullmatch(number))
    if script == "index.php" and values.get("option") == "com_content":
        return values.get("view") == "article" and bool(_QUERY_ID.fullmatch(number))
    if script in ("media.php", "index.php"):
        # (a module that shows one article: Lokomedia's "module=detailberita", a portal's
        # "index.php?mod=berita&id=39012")
        module = (values.get("module") or values.get("mod") or "").lower()
        return module in _QUERY_ARTICLE_MODULES and number.isdigit()
    return path in ("", "/") and values.keys() == {"p"} and values["p"].isdigit()


def parts_beside(first: Any, matches: list[Any]) -> list[Any]:
    """A body element and the later matches of its selector beside it: a template splits
    the text into containers of one class around a video player or an ad ("read__content
    content-1", "content-2", ...). A box of another class (a comment block, a related box,
    a desktop or mobile copy: "d-md-none"), one that opens with a headline of its own (the
    next article) and a copy of an earlier part's text are no part of it."""
    parent = first.getparent()
    beside = [el for el in matches[1:MAX_BODY_PARTS]
              if el is not first and el.getparent() is parent] if parent is not None else []
    if not beside:
        return [first]  # (most pages: read nothing more)
    parts, kind = [first], _class_kind(first)
    seen = {text_of(first)[:200]}
    for el in beside:
        if _class_kind(el) != kind:
            continue
        opening = next((c for c in el.iterchildren() if isinstance(c.tag, str)), None)
        if opening is not None and (opening.tag == "h1" or opening.tag in ("h2", "h3")
                                    and "title" in (opening.get("class") or "")):
            break  # the next article
        text = text_of(el)[:200]
        if text in seen:
            continue
        seen.add(text)
        parts.append(el)
    return parts


def _class_kind(el: Any) -> str:
    """An element's class less the numbers that tell parts apart ("content-1")."""
    return " ".join(sorted(re.sub(r"\d+$", "", t) for t in (el.get("class") or "").split()))


# A family's body is read from this many containers of its class at most.
MAX_BODY_PARTS = 8
