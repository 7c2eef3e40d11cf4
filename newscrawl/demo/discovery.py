"""The sample portal's other ways in (made in-house): sitemaps, feeds, a date archive.

Modeled on what Indonesian portals publish: robots.txt announcing the sitemaps, a
sitemap index of dated sitemaps (one per publication day, `lastmod` the day's last
article, `+08:00` as the portal prints WITA), a Google News sitemap of the newest
articles (`<news:publication_date>`), an RSS 2.0 feed per section, and an archive page
per day (`/indeks?date=2024-03-01`) in the PRMN listing template. The sample portal's
feeds list every article of their section (real feeds list the newest 20-50), so that
each way in can be checked to find the same articles as the section pages.
"""

from __future__ import annotations

import html
from datetime import date
from email.utils import format_datetime
from functools import lru_cache

from newscrawl.demo import site

NEWS_SITEMAP_SIZE = 20  # the newest articles, as Google News sitemaps keep (two days' worth)


@lru_cache(maxsize=64)
def by_day(n_articles: int) -> dict[date, tuple[int, ...]]:
    """Article numbers per local (WITA) publication day, newest first within a day."""
    days: dict[date, list[int]] = {}
    for number in range(n_articles, 0, -1):
        days.setdefault(site.article(number).published.date(), []).append(number)
    return {day: tuple(numbers) for day, numbers in days.items()}


def robots(base_url: str) -> bytes:
    return (f"User-agent: *\nDisallow: /admin/\n\nSitemap: {base_url}sitemap.xml\n"
            f"Sitemap: {base_url}sitemap-news.xml\n").encode()


def _url(base_url: str, number: int) -> str:
    return base_url.rstrip("/") + site.article(number).path


def sitemap_index(n_articles: int, base_url: str) -> bytes:
    rows = []
    for day, numbers in sorted(by_day(n_articles).items(), reverse=True):
        last = site.article(numbers[0]).published
        # Every other day's sitemap gzipped, as large portals serve them.
        suffix = ".xml.gz" if day.day % 2 == 0 else ".xml"
        rows.append(f"<sitemap><loc>{base_url}sitemap-{day:%Y-%m-%d}{suffix}</loc>"
                    f"<lastmod>{last.isoformat()}</lastmod></sitemap>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(rows) + "</sitemapindex>").encode()


def day_sitemap(n_articles: int, base_url: str, day: date) -> bytes | None:
    numbers = by_day(n_articles).get(day)
    if numbers is None:
        return None
    rows = [f"<url><loc>{_url(base_url, n)}</loc>"
            f"<lastmod>{site.article(n).published.isoformat()}</lastmod></url>"
            for n in numbers]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(rows) + "</urlset>").encode()


def news_sitemap(n_articles: int, base_url: str) -> bytes:
    rows = []
    for number in range(n_articles, max(0, n_articles - NEWS_SITEMAP_SIZE), -1):
        a = site.article(number)
        rows.append(
            f"<url><loc>{_url(base_url, number)}</loc><news:news><news:publication>"
            f"<news:name>{site.SITE_NAME}</news:name><news:language>id</news:language>"
            f"</news:publication><news:publication_date>{a.published.isoformat()}"
            f"</news:publication_date><news:title>{html.escape(a.title)}</news:title>"
            f"</news:news></url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            + "".join(rows) + "</urlset>").encode()


def feed(n_articles: int, base_url: str, section: str) -> bytes | None:
    if section not in site.SECTIONS:
        return None
    items = []
    for number in range(n_articles, 0, -1):
        a = site.article(number)
        if a.section != section:
            continue
        items.append(f"<item><title>{html.escape(a.title)}</title>"
                     f"<link>{_url(base_url, number)}</link>"
                     f"<guid>{_url(base_url, number)}</guid>"
                     f"<pubDate>{format_datetime(a.published)}</pubDate></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{site.SITE_NAME} - {section.title()}</title><link>{base_url}{section}"
            f"</link><description>Berita {section}</description>"
            + "".join(items) + "</channel></rss>").encode()


def archive_html(n_articles: int, base_url: str, day: date) -> str:
    """The day's articles in the PRMN listing template (an empty listing on a day with
    none, as portals answer)."""
    items = []
    for number in by_day(n_articles).get(day, ()):
        a = site.article(number)
        t = a.published
        items.append(
            f'<div class="latest__item"><h2 class="latest__title"><a class="latest__link" '
            f'href="{_url(base_url, number)}">{html.escape(a.title)}</a></h2>'
            f'<date class="latest__date">{t.day} {site.MONTHS[t.month - 1]} {t.year}, '
            f'{t:%H:%M} WITA</date></div>')
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Indeks {day:%d-%m-%Y} - {site.SITE_NAME}</title>
</head><body><!-- Sample portal made in-house for newscrawl: a PRMN-style date archive. -->
<section class="latest"><div class="latest__wrap">{"".join(items)}</div></section>
</body></html>"""
