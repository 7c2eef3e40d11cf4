"""Raw pages kept as WARC (ISO 28500, the format of the Internet Archive and Common Crawl).

- `warc`: writing a fetch as request and response records (one gzip member each, beside
  the run file, durable like the feed) and reading archived responses back, from our
  archives or anyone's, each bad record costing only itself;
- `reparse`: archived responses to records with today's page objects, no network.

No Scrapy import: the crawl's downloader middleware (newscrawl.crawl.archive) and the
`newscrawl reparse` command are thin shells over these.
"""
