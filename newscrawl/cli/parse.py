"""`newscrawl parse FILE --url URL`: a saved page read offline, printed as JSON."""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path
from typing import Any

from newscrawl.catalog import (
    CatalogError,
)
from newscrawl.cli.common import check_zone


class PageTooLarge(OSError):
    """A saved page larger than any news page (a crawl would not download it either)."""


class NotHtml(ValueError):
    """A saved file that is not an HTML page (empty, binary, JSON, plain text)."""


_MARKUP = re.compile(rb"<(?:!doctype|html|head|body|div|p|article|meta|title|section|main|"
                     rb"span|a|h1|table)[\s>/]", re.IGNORECASE)


def not_html_reason(data: bytes) -> str | None:
    """Why these bytes are not an HTML page, or None when they look like one."""
    head = data[:65536].lstrip()
    if not head:
        return "the file is empty"
    if b"\x00" in head[:8192]:
        return "binary data"
    if head[:1] in (b"{", b"["):
        try:
            json.loads(data.decode("utf-8"))
            return "a JSON document"
        except (ValueError, UnicodeDecodeError):
            pass
    if not _MARKUP.search(data[:2_000_000]):
        return "no HTML markup in it"
    return None


def _read_page(path: Path) -> str:
    from newscrawl.pages.html.document import MAX_HTML_BYTES

    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as fh:  # read at most the limit: a .gz bomb stays small
            data = fh.read(MAX_HTML_BYTES + 1)
    except gzip.BadGzipFile:
        raise NotHtml("named .gz but not gzip data") from None
    if len(data) > MAX_HTML_BYTES:
        raise PageTooLarge(27, f"larger than {MAX_HTML_BYTES // 2**20} MB, the most a crawl "
                               "downloads (DOWNLOAD_MAXSIZE)")
    reason = not_html_reason(data)
    if reason:
        raise NotHtml(reason)
    from newscrawl.pages.html.document import decode_html  # (lxml: imported when used)

    return decode_html(data)


def cmd_parse(args: argparse.Namespace) -> int:
    """A thin shell over newscrawl.api: the record (or listing) as JSON on stdout."""
    from newscrawl import api

    check_zone(args.tz, "--tz")  # for a catalog portal too, where it is the fallback
    try:
        portal = api.resolve_portal(args.url, args.portal, tz=args.tz)
    except CatalogError as exc:
        print(f"newscrawl parse: {exc}", file=sys.stderr)
        return 2
    try:
        html = _read_page(Path(args.file))
    except NotHtml as exc:
        print(f"newscrawl parse: {args.file} is not an HTML page: {exc}", file=sys.stderr)
        return 2
    except (OSError, EOFError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or "not a readable file"
        print(f"newscrawl parse: cannot read {args.file}: {reason}", file=sys.stderr)
        return 2
    if not portal.in_catalog:
        print(f"newscrawl parse: {portal.host} is not in the catalog; read with the generic "
              "page objects", file=sys.stderr)
    else:
        print(f"newscrawl parse: read as portal {portal.id} ({portal.family})", file=sys.stderr)
    if args.kind == "section":
        print(json.dumps(api.parse_listing(html, args.url, portal=portal),
                         ensure_ascii=False, indent=2))
        return 0
    result = api.read_article(html, args.url, portal=portal, tz=args.tz)
    status = 0
    if result.missing:
        print(f"newscrawl parse: a crawl would drop this record: missing_{result.missing[0]}",
              file=sys.stderr)
        status = 1
    if result.fallbacks:
        record = result.record.to_record()
        filled = [f for f in result.fallbacks if record.get(f) or record.get(f"{f}_raw")]
        empty = [f for f in result.fallbacks if f not in filled]
        said = [f"the generic resolvers filled {', '.join(filled)}"] if filled else []
        said += [f"the generic resolvers found nothing for {', '.join(empty)} either"] \
            if empty else []
        print(f"newscrawl parse: the {portal.family} selectors found nothing for "
              f"{', '.join(result.fallbacks)}; {' and '.join(said)}", file=sys.stderr)
    print(json.dumps(result.record.to_record(), ensure_ascii=False, indent=2))
    # A page without an article (a saved 404 or error page) is no page of one, whatever
    # "?page=2" its URL has.
    missing = [] if "body" in result.missing else result.missing_pages()
    if missing:
        print(f"newscrawl parse: this file is page {result.page_number} of {result.page_count} "
              f"of the article; it does not hold page(s) {', '.join(map(str, missing))}. "
              f"The record holds this page only; a crawl fetches and merges all pages "
              f"(first page: {result.page_urls.get(1, result.record.url)}).", file=sys.stderr)
    return status


def add_parse_parser(sub: Any) -> None:
    """`newscrawl parse` on the command line's parser."""
    parse = sub.add_parser("parse", help="extract a saved page offline and print JSON")
    parse.add_argument("file", help="saved page (.html or .html.gz)")
    parse.add_argument("--url", required=True, help="the URL the page was saved from")
    parse.add_argument("--as", dest="kind", choices=("article", "section"), default="article",
                       help="read the page as an article (default: the record) or as a "
                            "section listing (its article links and next page)")
    parse.add_argument("--portal", help="catalog id (default: found from the URL's host; "
                                        "any other host is read with the generic page objects)")
    parse.add_argument("--tz", help="zone of a portal outside the catalog when the page does "
                                    "not tell (e.g. Asia/Makassar; default: inferred, else WIB)")
    parse.set_defaults(func=cmd_parse)
