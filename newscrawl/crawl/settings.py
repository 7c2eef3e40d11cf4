"""Scrapy settings for newscrawl. Override any of them with `-s NAME=VALUE`."""

import os

from newscrawl.lang.zones import DEFAULT_ZONE
from newscrawl.model.article import ARTICLE_FIELDS

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.crawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.crawl.spiders"
# `scrapy crawl` and `scrapy list` with one-line errors and the sample portals apart.
COMMANDS_MODULE = "newscrawl.crawl.commands"

# --- politeness -------------------------------------------------------------
# An honest User-Agent: what we are, and how a portal reaches whoever runs the crawl.
# NEWSCRAWL_CONTACT (a URL or an e-mail address; env var NEWSCRAWL_CONTACT or
# -s NEWSCRAWL_CONTACT=...) goes into it; a crawl of a real portal without it warns once.
# USER_AGENT, when set (-s USER_AGENT=...), is used as it is.
NEWSCRAWL_CONTACT = os.environ.get("NEWSCRAWL_CONTACT", "")
NEWSCRAWL_USER_AGENT = "newscrawl/0.1 (research crawler of Indonesian regional news; +{contact})"
USER_AGENT = NEWSCRAWL_USER_AGENT.format(contact=NEWSCRAWL_CONTACT or "contact not set")
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# `newscrawl crawl` of many portals runs one crawler per portal, at most this many at once:
# with 4 requests per portal, a whole run has at most 64 x 4 = 256 requests in flight (and
# some 150 MB, a few hundred file descriptors). Fewer keep portals waiting for a place
# while the desks that share www.detik.com take turns at it: the whole catalog on the
# simulated internet (benchmarks/catalog.py) took 3.46x its politeness floor with 8 at
# once, 1.38x with 64.
NEWSCRAWL_MAX_CRAWLERS = 64
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
# Page size: the largest of the 181 real news pages of the article-extraction benchmark is
# 1.5 MB of HTML, the real Indonesian pages in ../shared 60-250 KB. Warn at twice the largest
# seen; give up at 10 MB, decompressed bytes included (Scrapy checks gzip/deflate/brotli
# output against DOWNLOAD_MAXSIZE too), so a compression bomb costs 10 MB, not gigabytes.
DOWNLOAD_WARNSIZE = 3 * 1024 * 1024
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
RETRY_TIMES = 2
# Blocks (403, 429, 503) are retried after a wait: Retry-After if the portal sends one,
# else 2, 4, 8 ... seconds, at most NEWSCRAWL_BACKOFF_MAX.
DOWNLOADER_MIDDLEWARES = {
    "newscrawl.crawl.middlewares.PortalScopeMiddleware": 50,  # before robots.txt (100)
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newscrawl.crawl.middlewares.BackoffRetryMiddleware": 550,
    # every response as it came over the wire, into the WARC archive (NEWSCRAWL_WARC)
    "newscrawl.crawl.archive.WarcArchiveMiddleware": 890,
    # last before the download slot: one pace per host shared by the crawlers of a run
    "newscrawl.crawl.pacing.SharedHostPaceMiddleware": 950,
}
# Archive every fetched response, with its request, as WARC beside the run file
# (<data dir>/<portal>/<run time>.warc.gz): `newscrawl crawl --warc`, or -s NEWSCRAWL_WARC=true.
NEWSCRAWL_WARC = False
NEWSCRAWL_BACKOFF_BASE = 2.0
NEWSCRAWL_BACKOFF_MAX = 60.0

# A crawler run from cron needs no remote shells: Scrapy's telnet console and its
# remote-control HTTP server (on by default since 2.19) run code sent to them.
TELNETCONSOLE_ENABLED = False
# A response yields a few dozen links or one record and the pipelines are synchronous:
# Scrapy's default of 100 parallel item workers starts 100 asyncio tasks per response for
# nothing (about a tenth of a crawl's CPU, measured in benchmarks/crawl.py).
CONCURRENT_ITEMS = 8
# Scrapy re-reads a callback's source to check for `return value` in a generator, and its
# cache of the answer misses for bound methods; the spiders' callbacks are tested instead.
WARN_ON_GENERATOR_RETURN_VALUE = False
REMOTE_CONTROL_ENABLED = False

# --- newscrawl --------------------------------------------------------------
NEWSCRAWL_DATA_DIR = "data"  # run files go to <data dir>/<portal>/<UTC time>.jsonl
NEWSCRAWL_DEFAULT_TZ = DEFAULT_ZONE  # for items of a portal not in the catalog
NEWSCRAWL_MAX_PAGES = 5  # section pagination depth, per section; spider arg max_pages
# Reading one page (parse, page object, cleaning) should take milliseconds; a page that takes
# longer than this is logged and counted (newscrawl/slow_pages), as a sign of hostile input.
NEWSCRAWL_PAGE_BUDGET_SECONDS = 2.0

# The crawler-level state (seen store, aliases, portals being crawled) that spider and
# pipelines share.
EXTENSIONS = {"newscrawl.crawl.extensions.CrawlState": 0,
              "newscrawl.crawl.progress.LiveProgress": 500}
# Sitemaps (`--discover sitemaps`, and `auto` where a portal has them), per portal and run.
# Levels of sitemaps followed: 1 = only those robots.txt or the catalog names; 2 = also the
# ones their indexes list; 3 = an index of indexes (the deepest seen on real portals is 2).
# At most NEWSCRAWL_SITEMAP_MAX_FETCHES sitemaps are fetched (a year of daily sitemaps is
# 365). A sitemap past either limit is not fetched and is counted as
# newscrawl/sitemap_limit_hit/max_depth or .../max_fetches; the first one logs a warning
# ("Sitemap limit hit on <portal>: ..."). Sitemaps are read one at a time, streamed, and wait
# behind the article pages already listed; their links are requested
# NEWSCRAWL_SITEMAP_BATCH at a time (the next batch once the crawl has caught up), so a
# portal's sitemaps cost bounded memory however many links they list.
NEWSCRAWL_SITEMAP_MAX_DEPTH = 3
NEWSCRAWL_SITEMAP_MAX_FETCHES = 2000
NEWSCRAWL_SITEMAP_BATCH = 500

# A live line per portal on stderr (newscrawl crawl turns it on when stderr is a terminal).
NEWSCRAWL_PROGRESS = False

# A record without url, title, body or published_at is dropped (counted, named in the log);
# `newscrawl check` keeps it, to report what came out empty.
NEWSCRAWL_DROP_INVALID = True
ITEM_PIPELINES = {
    "newscrawl.crawl.pipelines.FinalisePipeline": 200,
    "newscrawl.crawl.pipelines.SincePipeline": 400,
    "newscrawl.crawl.pipelines.DedupePipeline": 500,
    "newscrawl.crawl.pipelines.UnchangedPipeline": 600,  # only with NEWSCRAWL_INCREMENTAL
}
# Scheduled runs (`newscrawl crawl` turns this on): skip articles already stored in
# <data dir>/newscrawl.sqlite, write run files durably, stop paginating at known articles.
NEWSCRAWL_INCREMENTAL = False
# Distributed mode (`newscrawl worker --redis URL`, needs the [redis] extra): the seen store
# in Redis, scrapy-redis's scheduler. Empty: one process, SQLite beside the run files.
NEWSCRAWL_REDIS_URL = ""
# A worker whose Redis goes away (refused, cut, timed out) or refuses writes (out of memory
# under `noeviction`, read-only, loading) waits and retries this long from the first failure:
# Redis back in time, the crawl goes on, nothing lost; not back, the worker stops with exit 8
# (EXIT_REDIS) and one line naming Redis and what it said. SIGINT/SIGTERM end the wait.
NEWSCRAWL_REDIS_RECONNECT_SECONDS = 60
NEWSCRAWL_REFETCH_DAYS = 0  # re-fetch stored articles published in the last N days

# One JSON-lines file per run, used when no feed is given: `-o`/`-O` on the command line
# (or FEEDS) replace it rather than add to it. "" turns it off. Scheduled runs write the same
# file and mark each record seen once it is on disk. See newscrawl/crawl/feeds.py.
NEWSCRAWL_FEED = "%(data_dir)s/%(name)s/%(run_time)s.jsonl"
# Every JSON-lines feed is durable (one fsynced write per record; `.jsonl.gz` one gzip member
# per record); other formats and storages are Scrapy's own.
FEED_EXPORTERS = {
    "jsonlines": "newscrawl.crawl.feeds.DurableJsonLinesExporter",
    "jsonl": "newscrawl.crawl.feeds.DurableJsonLinesExporter",
    "jl": "newscrawl.crawl.feeds.DurableJsonLinesExporter",
    "jsonl.gz": "newscrawl.crawl.feeds.DurableGzipJsonLinesExporter",
    "gz": "newscrawl.crawl.feeds.DurableGzipJsonLinesExporter",  # -o out.jsonl.gz
}
FEED_STORAGES = {"": "newscrawl.crawl.feeds.RunFileStorage",
                 "file": "newscrawl.crawl.feeds.RunFileStorage"}
FEED_URI_PARAMS = "newscrawl.crawl.feeds.uri_params"  # adds %(run_time)s: 2026-12-01T06-00-00Z
# `-O out.jsonl` with nothing scraped leaves an empty out.jsonl (it overwrites, as in
# Scrapy); the run file of a run with nothing new is not made (its own store_empty).
FEED_STORE_EMPTY = True
# Group commit of the JSON-lines feed: lines are written one by one (whole under kill -9) and
# fsynced together at most every 0.5 s or 100 records; a record is marked seen only once
# synced, so nothing marked seen can be lost, not even to a power cut.
NEWSCRAWL_FSYNC_SECONDS = 0.5
NEWSCRAWL_FSYNC_RECORDS = 100
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = ARTICLE_FIELDS
LOG_FORMATTER = "newscrawl.crawl.logformatter.NewscrawlLogFormatter"
