"""What the body code knows of markup, in one place: tags by their role, and the one
vocabulary of page chrome (the class and id words of related-link boxes, share bars, tag
lists, comments, ads, captions, bylines, navigation and overlays).

Pure module (lxml-free, no Scrapy import). `classify(class_and_id)` tells a box's kind (or
None) and whether the element says it is the article body; main-content detection
(`maincontent`) weighs it as evidence, and a family's body container (`body.blocks_in`)
leaves such boxes out of the text. Adding a chrome word is one edit here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# --- tags by role ----------------------------------------------------------------
# Each reader below is built from these roles; a tag is added to its role here, once.

SCRIPT_TAGS = frozenset("script style noscript template svg".split())  # never text
CONTROL_TAGS = frozenset("button select option optgroup textarea input".split())
NAVIGATION_TAGS = frozenset("nav aside footer menu dialog marquee".split())  # (a ticker)
MEDIA_TAGS = frozenset("""
iframe object embed canvas map math figure figcaption video audio picture source track
frameset frame applet
""".split())  # embeds, and figures with their captions and credits
HEAD_TAGS = frozenset("title meta link base".split())
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())

# Main-content detection (maincontent): subtrees never read.
SKIP_TAGS = SCRIPT_TAGS | CONTROL_TAGS | NAVIGATION_TAGS | MEDIA_TAGS | HEAD_TAGS
# Skipped elements that the relaxed pass reads (as boxes): navigation and controls that
# the parser's repairs may have wrapped around the article.
RELAXABLE_TAGS = NAVIGATION_TAGS | {"button"}
# Elements that start a new text unit.
BLOCK_TAGS = frozenset("""
p div section article main body html h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre
table tbody thead tfoot tr caption header address hr center form fieldset details
summary hgroup legend head
""".split())
INLINE_TAGS = frozenset("""
a span b i u s em strong small big font abbr acronym cite code kbd samp var q sub sup mark time
img br wbr label del ins dfn bdi bdo data ruby rt rp td th tt strike nobr
""".split())
KNOWN_TAGS = SKIP_TAGS | BLOCK_TAGS | INLINE_TAGS
# Inline tags whose attributes we never read (their class rarely marks a box; hidden ones are rare).
FAST_INLINE = frozenset(
    "a b i u s em strong small big font abbr cite code sub sup mark br wbr q tt nobr".split())
# Block tags that may be picked as the body container.
CONTAINER_TAGS = frozenset("div section article main body td form center".split())

# A family's body container (body.blocks_in): what is never body text, the elements that
# hold paragraphs, and the paragraph-sized ones.
BODY_SKIP_TAGS = SCRIPT_TAGS | CONTROL_TAGS | NAVIGATION_TAGS | MEDIA_TAGS | {
    "form", "header", "label"}
BODY_CONTAINER_TAGS = frozenset("""
div section article main center ul ol dl blockquote table tbody thead tfoot font
""".split())
BODY_BLOCK_TAGS = HEADING_TAGS | frozenset("p li pre tr dt dd address".split())

# An element's visible text (document.text_of): these run on in the text, every other
# element stands apart from its neighbours.
TEXT_INLINE_TAGS = INLINE_TAGS - {"td", "th", "br", "img"}
KIND_OF = {
    "h1": "h", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h",
    "li": "li", "dt": "li", "dd": "li",
    "blockquote": "quote", "pre": "pre", "tr": "td",
    "caption": "caption", "summary": "h", "legend": "h",
}

# --- class / id patterns ------------------------------------------------------
# Matched against single class tokens (and the id).  A token matches when one
# of these words is one of its [-_]-separated parts (or a run of parts).

_BOX_WORDS = {
    "related": r"related\w*|relasi|terkait|artikel-?terkait|berita-?terkait|box-?terkait"
               # a Drupal node shown in a list's view mode: another article's card
               r"|node--view-mode-(?:teaser|compact|card|list\w*|search\w*|related\w*|tile"
               r"|summary|small\w*|thumb\w*|mini\w*|short)"

               r"|baca-?juga\w*|bacajuga\w*|lihat-?juga|lihatjg|linksisip|sisip|inner-?link\w*"
               r"|also-?read|read-?also|read-?more|readmore|read-?next|up-?next|more-?stories"
               r"|more-?news|more-?from|recommend\w*|rekomendasi|kompasid-?rec|pilihan|popular"
               r"|populer|terpopuler|most-?(?:read|viewed|popular|shared)|trending|terkini|terbaru"
               r"|latest|berita-?lainnya|artikel-?lainnya|lainnya|outbrain|taboola|you-?may-?like"
               r"|jp-relatedposts|yarpp|crp|teasers?|recirc\w*|news-?list|list-?berita|see-?also"
               r"|inline-?link\w*|irp-(?:card|box|title|excerpt|label)"
               # a newsroom's widget set in the text, another entry's or a service's: a
               # glossary's or an encyclopedia's term, an infographic's text, a Q&A service's
               # box, a document viewer's text layer
               # (the widget's wrapper, not a term marked in a sentence: "glossary-term")
               r"|(?:glosarium|glossary|ensiklopedia)-?(?:kompas|box|widget|embed|wrap\w*|card)"
               r"|infografis-?(?:embed|box|teks|text|widget)|tanya-?jawab-?(?:widget|box)"
               r"|text-?layer|pdf-?viewer\w*",
    "share": r"share\w*|sharing|sharebar|sosmed|bagikan|addthis|sharethis|follow-?us|tools|toolbar"
             r"|pin-?it\w*"  # (a Pinterest image's "Pin it for later!")
             r"|reprints?|font-?size|text-?size|zoom|laporkan|report-?(?:abuse|error|button|link)"
             r"|cetak"
             r"|email-?this|social-?(?:share|sharing|links?|icons?|buttons?|bar|tools|follow|networks?)"
             r"|social-?media-?(?:links?|icons?|share|buttons?|follow)|socials",
    "tags": r"tags|tag|tag-?list|tag-?cloud|tagcloud|tagging|post-?tags|keywords?|topik|topics?"
            r"|entry-?tags|categories|hashtags?|label-?list",
    # (not "commentary": an opinion column)
    "comment": r"comments?|comment(?!ary)-?\w+|komentar|kommentare|kommentar-?(?:bereich|liste|box)"
               r"|(?:kotak|box)-?komentar"
               r"|komentar-?(?:box|anda)|disqus|respond|replies|fb-comments",
    "newsletter": r"newsletter\w*|subscribe\w*|subscription|signup|sign-?up|optin|opt-?in"
                  r"|registration|regwall|inline-?cta|cta"
                  # a paywall's prompt to subscribe (Paid Memberships Pro's "pmpro_content_
                  # message"), not "paywall" alone: a site's wrapper of the paid text itself,
                  # nor PMPro's state classes ("pmpro-has-access" on every readable post)
                  r"|pmpro[-_]?content[-_]?message|paywall[-_]{0,2}(?:modal|bar|cta|title|prompt"
                  r"|message|notice|box|offer|banner|overlay|login|sign-?in|desc\w*|packages?"
                  r"|plans?|prices?)"
                  # a plea to give ("newspack-inline-donate", "dukung-box", "support-us")
                  r"|donate|donations?|donasi|dukung|support-?us|contributions?-?(?:epic|ask|cta"
                  r"|box|banner)"
                  r"|call-?to-?action",  # (a recipe card's "Tried this recipe? Tag us")
    "ad": r"ads|adv|advert\w*|advertisement|adsense|adslot|ad-?slot|ad-?unit|ad-?container"
          r"|ad-?wrapper|dfp|gpt|iklan|sponsor\w*|promo\w*|banner|parallax"
          r"|testimonials?|testimonal\w*"  # customers' praise of the business
          r"|hiring|we-?are-?hiring|careers?-?(?:cta|callout|banner|box)"  # a job ad
          # a shop's or a booking site's box by the text ("$149 at Amazon", "From €118")
          r"|buy-?box|book-?box|booking-?(?:box|widget)|price-?(?:box|widget)"
          r"|deal-?(?:box|widget)|affiliate-?(?:box|links|disclosure)"
          r"|lasso-(?:container|display|box\w*|grid\w*)",
    # a site-made summary over the article, its points repeating the text (a box of them:
    # units.segment keeps one without a list, a lead in a box named "ringkasan")
    "summary": r"ringkasan|rangkuman|intisari|poin-?(?:penting|utama)|ai-?summary\w*"
               r"|key-?points|(?:article|post|story)-?summary",
    "caption": r"caption|captions|wp-caption-text|figcaption|photo-?credits?|image-?credits?"
               r"|gallery-?count"  # a photo gallery's "6 photos", "1 of 5"
               r"|img-?credits?|credit|keterangan[-_]?(?:foto|gambar)|ket[-_]?(?:foto|gambar|img)"
               # a chart's title, source and tool lines ("Created with Datawrapper")
               r"|(?<!product-)chart-?(?:wrap\w*|title|caption|source|notes?|credit)|datawrapper\w*",
    "byline": r"byline|author-?(?:bio|box|info|card|details|wrap|profile)|about-?(?:the-?)?author"
              r"|saboxplugin\w*"  # Simple Author Box's
              r"|penulis"  # a column's writer box: "opini-penulis", "box-penulis"
              r"|(?:article|detail|post|entry|news|meta|story)-?(?:info|date|time|meta|byline)"
              r"|dateline|timestamp|post-?meta|entry-?meta|article-?meta|meta-?info"
              # a document's metadata list and its page history (GOV.UK's "gem-c-metadata",
              # "gem-c-published-dates": "Published 4 March 2025 Last updated ...")
              r"|metadata|published-?dates|(?:full|page|update|change|revision)-?history",
    "nav": r"breadcrumbs?|pagination|pager|paging|navbar|navigation|sidebar|widget\w*"
           r"|footer|masthead|menu|skip-?link|visually-?hidden|sr-only|screen-?reader\w*|offscreen"
           r"|d-print-none|no-?print|noprint|hidden-print|print-?hidden|print-?none|not-?print"
           r"|copyright|disclaimer"
           # a rating widget's stars and votes ("4.92 from 61 votes")
           r"|(?:recipe|star|post|user)-?ratings?|ratings?-?(?:stars|widget|count|details)"
           # a table of contents (Easy TOC "ez-toc-container", LuckyWP's "lwptoc", Rank
           # Math's "rank-math-toc"), a poll or a quiz
           r"|ez-toc\w*|lwptoc\w*|rank-?math-?toc|toc-?(?:container|list|title)"
           r"|table-?of-?contents?|daftar-?isi"
           r"|wp-polls|polls?-?(?:widget|box|container|form|area)|quiz-?(?:widget|box|container)"
           r"|polling-?(?:box|widget|form|container)"
           # a reactions widget ("Bagaimana perasaanmu setelah membaca artikel ini?")
           r"|reactions?-?(?:box|widget|container|bar|buttons?|wrap\w*)"
           r"|jajak-?pendapat",
    # embedded posts of social networks, with their own captions and credits: not the
    # article's text (an embedded tweet too, and its "— Name (@handle) date" line)
    "embed": r"twitter-tweet|twitter-timeline|instagram-media|tiktok-embed|fb-post|fb-video"
             r"|social-?embed\w*|embed-?(?:twitter|instagram|tiktok|facebook|youtube|social)"
             r"|oembed\w*"
             # a chart's, a map's or a data service's frame with its title ("databoks-embed")
             r"|(?:chart|data|map|graph|infogra\w*|flourish|datawrapper|databoks)-?embed\w*"
             r"|embed-?(?:chart|data|map|graph)",
    # a video player's box: its label, title and controls ("Putar otomatis")
    "player": r"video-?player(?!_)|player-?(?:wrap\w*|container|box)(?!_)|jwplayer|video-?js"
              r"|vjs-\w+|video-?embed|embed-?video|video-?gallery"
              # (a video set in the text, its title and description)
              r"|video-?inline|inline-?video|story-?video|video-?(?:box|block|card|container)"
              # (a photo gallery set in the text, its head and slides' captions)
              r"|(?:galeri|gallery)-?(?:inline|foto|slider|box|embed)|inline-?gallery|photo-?gallery",
    "overlay": r"modal|popup|pop-?up|overlay|lightbox|cookies?|cookie-?\w+|consent|gdpr"
               r"|rollover|tooltip|hovercard|popover|tippy"
               r"|w-form-done|w-form-fail",  # a form's thank-you and error lines (Webflow)
}
# Short words only matched as a whole class token (avoid "header-ad", "print-only").
_BOX_EXACT = {
    "related": "more|next|also",
    "share": "share|social|tools|toolbar|actions|icons|print|report",
    "tags": "label|labels|submeta",
    "ad": "ad|adbox|adsbygoogle",
    "byline": "author|authors|date|dates|datetime|time|meta|metadata|info|details|published|updated"
              "|posted-?on|pubdate",
    "nav": "nav|navi|menu|sidebar|aside|header|top|bottom|toc",
    # a consent manager's "cmp", not Adobe Experience Manager's "cmp-text", "cmp-container"
    "overlay": "cmp",
}
_BOX_RE = [(kind, re.compile(rf"(?:^|[-_])(?:{words})(?:$|[-_])"))
           for kind, words in _BOX_WORDS.items()]
_EXACT_RE = [(kind, re.compile(rf"^(?:{words})$")) for kind, words in _BOX_EXACT.items()]
# State classes describing the page or the item, not a box: "has-comments", "post-123",
# WordPress "tag-politics" / "category-news" / "author-jane"
# (but "tag-list", "author-box" are boxes, and so is a BEM block's element or modifier:
# "single__caption", "single--wide").
_IGNORED_TOKEN = re.compile(
    # ("single-" names the single-post view's state, but "single_sidebar", "single-related"
    # its boxes: OpenSID's village sites, themes' "single-comments")
    r"^(?:has|with|no|is|js|lang|format|status|type|template|hentry|postid"
    r"|single(?![-_](?:sidebar|related|comments?|widget\w*|share\w*)$))"
    r"[-_](?![-_])"
    r"|[-_]\d+$"
    r"|^(?:tag|category|author)-(?!(?:list|cloud|box|bio|info|wrap\w*|links?|items?|area|container"
    r"|section|name|avatar|details|card|meta)(?:$|[-_]))"
    # a post's or a page's comment state, and Paid Memberships Pro's access state on every
    # post ("comments-closed" on <body>, "pmpro-has-access" in WordPress's post_class)
    r"|^(?:comments?-(?:open|closed)|threaded-comments|pmpro-(?:has|no)-access)$"
    # the rest of the text behind a "Lihat selengkapnya" toggle (id="readmore-body"), not a
    # box of links to read more
    r"|^read[-_]?more[-_](?:body|content|text)$"
    # an article's kind as its variant ("ns-article--comment", the Guardian's "content--type-
    # comment", "tonal--tone-comment": an opinion piece), not a readers' thread
    # (the block is the article itself, a namespace of a few letters at most before it:
    # "comment-list__post--comment" is a thread's post)
    r"|^(?:[a-z]{1,3}-)?(?:article|story|post|entry|content|tonal)--(?:type-|tone-)?"
    r"(?:comment|opinion|analysis|review|feature|live\w*)$"
    # the article's own teaser, its lead (a BEM element of the article: "artikel__teaser"),
    # not a teaser card of another ("next-story__teaser")
    r"|^(?:[a-z]{1,3}-)?(?:artikel|article|story|post|entry)__teaser$"
    # Prism's wrapper of a code block and its toolbar (the toolbar is "toolbar")
    r"|^code-toolbar$"
    # ... and Drupal's field of it on the node ("field--name-field-teaser", "-lead")
    r"|^field--name-field-(?:teaser|lead|intro|summary|standfirst|abstract)$")
_POSITIVE_WORDS = (
    r"article-?body|articlebody|article-?content|article-?text|articletext"
    r"|story-?body|storybody|story-?content|story-?text|post-?body|post-?content|postcontent"
    r"|post-?text|entry-?content|entry-?body|entry-?text|body-?text|bodytext|article-?main"
    r"|main-?content|content-?body|content-?detail|detail-?content|detail-?text|detail-?body"
    r"|detail__body(?:-text)?|body-?content|itp-?bodycontent|txt-?detail|side-?article"
    r"|read__content|txt-?article|isi-?berita|isi-?artikel|isi|konten|article__body"
    r"|article-?detail|news-?content|news-?detail|paywall-?content|richtext|rich-?text|prose"
    r"|content-?text|article-?content-?body")
_POSITIVE = re.compile(rf"(?:^|[-_])(?:{_POSITIVE_WORDS})(?:$|[-_])")
# Of those, the names only an article's own text box takes (not "prose", "rich-text",
# "konten": a widget's text may be named so too).
_ARTICLE_TEXT_NAME = re.compile(
    r"(?:^|[-_\s])(?:article-?(?:body|content|text)|articlebody|article__body|story-?(?:body|"
    r"content|text)|post-?(?:body|content)|entry-?(?:content|body)|detail-?content|detail__body"
    r"|read__content|itp-?bodycontent|txt-?article|isi-?(?:berita|artikel)|news-?content)"
    r"(?:$|[-_\s])")


def names_article_text(element: Any) -> bool:
    """Whether an element is named as the article's own text ("entry-content", "post-body",
    itemprop=articleBody)."""
    return element.get("itemprop") == "articleBody" or _ARTICLE_TEXT_NAME.search(
        f"{element.get('class') or ''} {element.get('id') or ''}".lower()) is not None

_class_cache: dict[str, tuple[str | None, bool]] = {}
# styled-components' suffix of a class: its hash and counter ("-sc-9fk2q1-0").
_STYLED_SUFFIX = re.compile(r"-sc-[a-zA-Z0-9]+-\d+(?=\s|$)")
_CAMEL = re.compile(r"([a-z])([A-Z])")
# Box kinds whose inline elements (span ...) are dropped with their text.
INLINE_DROP = frozenset(("overlay", "ad", "share", "caption", "related", "newsletter", "comment",
                         "embed", "player"))
WEAK_BOXES = frozenset(("nav", "byline", "ad", "share", "tags", "overlay", "caption"))


# A page builder's text widget (Elementor, SiteOrigin, an "articleWidgetHTML" component):
# the article's own text in a box named "widget"; no box at all. So is a paywall's.
_CONTENT_WIDGET_WORDS = (r"widget-?html|widget-?text-?editor|text-?editor|sow-editor"
                         r"|widget-?container|theme-?post-?content"
                         # a page builder's heading widget
                         r"|widget-?heading")
_CONTENT_WIDGET = re.compile(rf"^so-panel$|(?:^|[-_])(?:{_CONTENT_WIDGET_WORDS})(?:$|[-_])"
                             # a paywall's wrappers of the text itself, whole tokens
                             # (TownNews BLOX's "subscriber-preview", "subscriber-only"; not
                             # a prompt's "subscriber-only-notice")
                             r"|^subscribers?-?(?:only|premium|preview)$")
# What every token with a verdict holds: one of the words above where a part of it starts
# (after its start, "-" or "_"). One search that most tokens fail (utility classes: "px-4",
# "md:flex", "text-gray-500") spares them the twenty-odd searches of the words kind by kind;
# a token that holds a word is judged by those as before. (_IGNORED_TOKEN only ever gives
# the verdict of no word, so it needs no place here.)
_ANY_WORD = re.compile(r"(?:^|(?<=[-_]))(?:" + "|".join(
    f"(?:{words})" for words in (*_BOX_WORDS.values(), *_BOX_EXACT.values(), _POSITIVE_WORDS,
                                 _CONTENT_WIDGET_WORDS, "so-panel")) + ")")


def is_heading_anchor(tag: str, ident: str | None) -> bool:
    """Whether a heading's id is an anchor made of its words (Gutenberg's "h-cara-donasi-
    untuk-korban", a TOC plugin's "how-to-donate-to-fire-victims"): the heading's text, no
    box's name, whatever words it holds."""
    return bool(ident) and tag in HEADING_TAGS and (
        ident.startswith("h-") or ident.count("-") >= 3)  # type: ignore[union-attr]


@lru_cache(maxsize=65536)
def _token_verdict(token: str) -> tuple[str | None, bool, bool]:
    """(box kind or None, looks like the body, a page builder's text widget) for one
    lower-cased class or id token (pages share their tokens far more than whole keys)."""
    if _ANY_WORD.search(token) is None:
        return None, False, False
    return verdict_by_words(token)


def verdict_by_words(token: str) -> tuple[str | None, bool, bool]:
    """_token_verdict's answer, asked of each kind's words in turn."""
    if _CONTENT_WIDGET.search(token):
        return None, False, True
    if _IGNORED_TOKEN.search(token):
        return None, False, False
    for k, rx in _EXACT_RE:
        if rx.match(token):
            return k, False, False
    for k, rx in _BOX_RE:
        if rx.search(token):
            return k, False, False
    return None, bool(_POSITIVE.search(token)), False


def named_by_component(cls: str | None) -> bool:
    """Whether a class's box kind comes from a styled-components name alone ("Tooltip__
    Trigger-sc-4r5t6y-0 aBcDe"): a component's name, not a box's ("... caption" is one)."""
    if not cls or "-sc-" not in cls:
        return False
    return classify(" ".join(t for t in cls.split() if "-sc-" not in t))[0] is None


def classify(key: str) -> tuple[str | None, bool]:
    """(box kind or None, looks like the body) for a class+id string."""
    hit = _class_cache.get(key)
    if hit is not None:
        return hit
    box: str | None = None
    positive = False
    value = _CAMEL.sub(r"\1-\2", key) if _CAMEL.search(key) else key  # newsCaption -> news-Caption
    if "-sc-" in value:  # (styled-components' "StoryVideo__Container-sc-9fk2q1-0": its name)
        value = _STYLED_SUFFIX.sub("", value)
    verdicts = [_token_verdict(token) for token in value.lower().split()]
    if not any(widget for _, _, widget in verdicts):
        for kind, body_like, _ in verdicts:
            if kind is not None:
                if box is None:
                    box = kind
            elif body_like:
                positive = True
    if positive and box in WEAK_BOXES:
        box = None  # "article-body hidden-print", "post-content has-ad": trust the body hint
    result = (box, positive)
    if len(_class_cache) > 20000:
        _class_cache.clear()
    _class_cache[key] = result
    return result
