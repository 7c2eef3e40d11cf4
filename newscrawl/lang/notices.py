"""Notices a site prints in sentences about itself, no part of an article's text: a
newsletter's sponsor line and its list's footer, a product strip's and a citation box's
heads, a call for tips or letters, a job ad, a signup form's privacy note, an affiliate
disclosure, a story's funding note. Pure module (no Scrapy import)."""

from __future__ import annotations

import re

from newscrawl.lang.text import word_count

# Notices a site prints in sentences: a newsletter's sponsor line and its list's footer, a
# product strip's and a citation box's heads, a job ad, a signup form's privacy note. Read
# only where the line is no quotation and says no one said it: a story's "We're hiring
# locally first, ..." the plant manager said, a company's "We value your privacy ..."
_NOTICE = re.compile(
    r"^\W*(?:"
    # a newsletter's sponsor line and its list's footer (Mailchimp: "Want to change how you
    # receive these emails? You can update your preferences or unsubscribe from this list.")
    r"this\s+(?:(?:month|week)['’]s\s+)?(?:newsletter|issue|edition|email)\s+is\s+sponsored\s+"
    r"by\b.*"
    r"|(?:want\s+to\s+change\s+how\s+you\s+receive\s+these\s+emails\W+)?(?:you\s+can\s+)?"
    r"update\s+your\s+preferences\s+or\s+unsubscribe\b.*"
    # a product strip's head, a citation box's ("Shop This Project", "Suggested citation")
    r"|shop\s+(?:this|the)\s+(?:project|look|story|post|article|tools?|gear|products?)"
    r"|(?:suggested|recommended)\s+citation|how\s+to\s+cite\s+this\s+(?:article|page|report)"
    # a newsroom's call for tips ("Got a story? Email news@... or message us")
    r"|got\s+a\s+(?:story|news\s+tip|tip)(?:\s+for\s+us)?\s*\?"
    r"(?:\s.{0,200}\b(?:email|e-mail|contact|message|call|tell)\s+(?:us\b|[\w.]+@).*)?"
    # an opinion page's call for letters ("Do you have an opinion on the issues raised in
    # this article? If you would like to submit a response ...")
    r"|do\s+you\s+have\s+an\s+opinion\s+on\s+the\s+issues\s+raised\s+in\s+this\s+"
    r"(?:article|piece|column)\b.*"
    # a company blog's job ad ("We're hiring! ... See open roles")
    r"|we(?:['’]re|\s+are)\s+hiring\b.{0,300}\b(?:open\s+(?:roles|positions)|careers?|jobs?|"
    r"join\s+(?:us|our\s+team|the\s+team)|apply)\b.*"
    # a signup form's privacy note ("We care about the protection of your data. Read our
    # Privacy Policy.", "Unsubscribe at any time.", "By signing up, you agree to our Terms")
    r"|we\s+(?:care\s+about|respect|value)\s+(?:the\s+protection\s+of\s+)?your\s+"
    r"(?:data|privacy)\b.*|(?:you\s+(?:can|may)\s+)?unsubscribe\s+at\s+any\s+time\b.*"
    r"|by\s+(?:signing\s+up|subscribing|registering|clicking)\b.{0,120}\b(?:agree|consent)"
    r"\b.*(?:terms|privacy|policy)\b.*"
    # an affiliate disclosure, the site its subject ("We earn a commission if you make a
    # purchase", "X may earn a commission from links on this page"; not "brokers may earn a
    # commission on a trade", "affiliate marketers earn a commission when you buy")
    r"|as\s+an\s+amazon\s+associate\b.*"
    r"|(?:(?:we|i)\s+(?:may\s+)?|(?:\w+\s+){1,2}may\s+)earn\s+(?:a\s+)?(?:small\s+)?"
    r"(?:commission|fee)s?\s+(?:from|on|when|if|through)\s+(?:the\s+)?(?:links?\b|qualifying"
    r"\s+purchases|you\s+(?:buy|click|make\s+a\s+purchase|purchase)\b).*"
    # a paper's notes about the story itself: the generic update note, an AI summary's
    # note, a wire's or a partner's first-publication line, a contact line with an address
    r"|editor['’]?s\s+note\s*:\s*this\s+(?:story|article)\s+has\s+been\s+updated\W*"
    r"(?:since\s+it\s+was\s+first\s+published\W*)?"  # (one that says what changed is text)
    r"|this\s+summary\s+was\s+(?:generated|created|written|produced)\s+(?:with\s+the\s+help\s+"
    r"of\s+|by\s+|using\s+)?(?:ai|artificial\s+intelligence)(?:\W*|\s+tools?\W*|\s+and\s+"
    r"(?:was\s+)?(?:reviewed|edited|checked)\b.*)"
    r"|this\s+(?:article|story|report)\s+(?:by\s+.{2,40}?\s+)?(?:was|is)\s+(?:originally|first)"
    r"\s+published\s+(?:(?:by|in|on|at)\s+)?.{2,50}?(?:\.\s+read\s+the\s+original\b.*)?"
    # a syndicated feed's note ("(Except for the headline, this story has not been edited
    # by NDTV staff and is published from a syndicated feed.)"), a feedback widget's
    # question, an app's alert promo
    r"|except\s+for\s+the\s+headline,\s+this\s+(?:story|article)\s+has\s+not\s+been\s+"
    r"edited\b.*|(?:this\s+(?:story|article)\s+)?(?:is\s+)?published\s+from\s+a\s+"
    r"syndicated\s+feed\W*"
    r"|do\s+you\s+like\s+the\s+content\s+of\s+this\s+article\s*\?\W*"
    r"|get\s+breaking\s+news\s+alerts\s+(?:directly\s+)?(?:to|on)\s+your\s+phone\b"
    r".{0,80}\bapp\W*"
    r"|contact\s+(?:(?:the\s+)?(?:editor|reporter|writer)\s+)?[\w.'’ -]{2,40}?(?:\s+for\s+"
    r"questions)?\s*:\s*\S+@\S+.*"
    # a subscription's or a newsletter's prompt ("Sign up to our X newsletter", "Did you know
    # with a Digital Subscription to X, you can ...", "Join the X WhatsApp community")
    r"|(?:sign\s+up|subscribe)\s+(?:to|for)\s+(?:our|the)\s+.{0,60}\bnewsletters?"
    r"(?:\s+(?:here|now|today|for\s+free))?"
    r"|did\s+you\s+know\s+with\s+a\s+(?:digital\s+)?subscription\b.*"
    r"|(?:thank\s+you|thanks)\s+for\s+(?:signing\s+up|subscribing)\b.*"
    # a partner newsroom's boilerplate ("X is part of States Newsroom, a nonprofit news
    # network supported by grants ...")
    r"|.{2,60}?\bis\s+(?:part|a\s+member)\s+of\s+.{2,60}?,\s+a\s+(?:nonprofit|non-profit)\s+"
    r"news\b.*"
    r"|join\s+(?:the|our)\s+.{0,40}\b(?:whatsapp|telegram)\s+(?:community|channel|group)\b.*"
    r"|(?:stay\s+informed\b[^.!?]{0,40}[.!?]\s+)?follow\s+.{2,60}?\s+on\s+(?:whatsapp|telegram)"
    r"\s+for\b.*"
    r"|this\s+advertisement\s+has\s+not\s+loaded\s+yet\b.*"
    # a health site's sources note ("Our experts continually monitor the health and wellness
    # space, and we update our articles when new information becomes available.")
    r"|our\s+experts\s+continually\s+monitor\s+the\s+health\s+and\s+wellness\s+space\b.*"
    # a live page's refresh note ("Halaman ini diperbarui otomatis setiap 5 menit. Muat ulang
    # sekarang", "This page updates automatically")
    r"|(?:halaman|laman)\s+ini\s+(?:akan\s+)?diperbarui\s+(?:secara\s+)?otomatis\b.{0,80}"
    r"|this\s+page\s+(?:will\s+)?(?:updates?|refresh(?:es)?)\s+automatically\b.{0,80}"
    # a print view's lines ("Versi cetak dari: URL", "Dicetak pada ...", "Dilarang mengutip
    # tanpa mencantumkan sumber")
    r"|versi\s+cetak\s+dari\s*:?\s*(?:https?://)?[\w-]+\.[\w./%-]+"
    r"|dicetak\s+pada\s*:?\s*(?:\w+,?\s+)?\d{1,2}[\s/.-]+\w+[\s/.-]+\d{2,4}\b.{0,30}"
    r"|(?:(?:©|\(c\)|copyright).{0,40}\b)?dilarang\s+(?:mengutip|menyalin)\b.{0,40}\btanpa\s+"
    r"(?:mencantumkan\s+sumber|izin)\b.{0,40}"
    # a story's funding note ("This story was supported by a grant from ...")
    r"|this\s+(?:story|article|report|reporting|coverage)\s+(?:was|is)\s+(?:supported|funded"
    r"|made\s+possible|produced)\s+(?:in\s+part\s+)?(?:by|with|through|in\s+partnership)\b"
    r".{0,80}\b(?:grants?|support\s+from|partnership|funding)\b.*"
    r")\W*$")
# A line that quotes someone or says who said it (its notice words are theirs).
_SPOKEN = re.compile(r"^\W{0,2}[“\"‘«„']|\b(?:said|says|told|according\s+to|kata|ujar|ungkap"
                     r"|menurut|jelas(?:nya)?)\b")
# A notice is a line or two.
MAX_NOTICE_WORDS = 60


def is_site_notice(text: str, lowered: str | None = None) -> bool:
    """Whether a line is such a notice: a line or two, no quotation, nobody said to say it
    (a story's "We're hiring locally first, ..." the plant manager said)."""
    lowered = text.lower() if lowered is None else lowered
    return word_count(text) <= MAX_NOTICE_WORDS and _NOTICE.match(lowered) is not None \
        and not _SPOKEN.search(lowered)


# A press release's end mark ("###", "# # #", "-30-"): what follows it is the release's
# furniture (its media contact, its "About the company") where that is short or so labelled;
# after "***", a divider as often, only where so labelled.
_RELEASE_END = re.compile(r"^\s*(?:#\s*#\s*#|-\s*30\s*-|-\s*(?:end|selesai)\s*-|(?P<stars>"
                          r"\*\s*\*\s*\*))\s*$", re.IGNORECASE)
# ... a label line: "Media Contact:", "Kontak media:", "Penanggung Jawab" (a government
# release's officer in charge), or a heading "About Larkspur Bay"
_CONTACT_LABEL = (r"(?i:(?:media|press)\s+contacts?|contacts?|kontak(?:\s+media)?|narahubung"
                  r"|penanggung\s+jawab|for\s+more\s+information|informasi\s+lebih\s+lanjut)")
_CONTACT_HEADING = re.compile(
    rf"^\W*{_CONTACT_LABEL}\s*(?::|$)"
    r"|^\W*(?i:about|tentang)\s+(?:PT\s+[A-Z][^\s!?,]*(?:\s+[^\s!?,]+){0,5}"
    r"|[A-Z][^!?]{0,80}\b(?:Inc|Corp|Ltd|LLC|Tbk|GmbH|Co)\.?\W*)$")
# ... or a company's name after it, "About Larkspur Bay, Inc.", "Tentang PT Bank X (Persero)
# Tbk.", or a short heading "About Larkspur Bay": not "About a year ago ...", "Tentang hal
# itu, ..." (after "***" that heading is a feature's closing section: "Tentang Muara Angke")
_RELEASE_FURNITURE = re.compile(
    rf"{_CONTACT_HEADING.pattern}"
    r"|^\W*(?i:about|tentang)\s+(?:PT\s+)?[A-Z][^\s!?]*(?:\s+[^\s!?]+){0,3}$")
MAX_AFTER_RELEASE_END_WORDS = 150


def is_release_end(line: str) -> bool:
    return bool(_RELEASE_END.match(line))


def release_furniture(paragraphs: list[str], mark: str = "###") -> bool:
    """Whether what follows a release's end mark is the release's furniture, not text: so
    labelled, or short and holding a way to reach someone (a blog's "###" before a short
    closing section is a divider)."""
    if not paragraphs:
        return False
    if is_weak_release_end(mark):
        return _CONTACT_HEADING.match(paragraphs[0]) is not None
    return _RELEASE_FURNITURE.match(paragraphs[0]) is not None \
        or sum(word_count(p) for p in paragraphs) <= MAX_AFTER_RELEASE_END_WORDS \
        and any(_REACH.search(p) for p in paragraphs)


def is_weak_release_end(mark: str) -> bool:
    """"***": a release's end only where a contact's label follows it."""
    return (m := _RELEASE_END.match(mark)) is not None and m["stars"] is not None


# An e-mail address, a web address, a labelled or US-shaped phone number (not a date).
_REACH = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\bhttps?://|\bwww\.|\b(?:tel|telp|telepon|phone|"
                    r"hp|wa|whatsapp|fax)\b\.?\s*:?\s*\+?\d|\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b"
                    # (an Indonesian number, "0812-3456-7890", "(021) 5790 1234", "+62 ...")
                    r"|\b08\d{2}[- ]?\d{3,4}[- ]?\d{3,4}\b|\(0\d{2,3}\)\s*\d{3,4}[- ]?\d{3,4}"
                    r"|\+62[\d -]{8,}",
                    re.IGNORECASE)
