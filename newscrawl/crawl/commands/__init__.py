"""Scrapy commands of this project (settings COMMANDS_MODULE): `scrapy crawl` and
`scrapy list` as Scrapy's own, with one-line answers to a mistyped portal or a bad
spider argument, and the bundled sample portals listed apart."""
