"""Scrapy's side: spiders, pipelines, the durable feed, middlewares, extensions,
settings, discovery readers, the multi-portal runner and distributed mode."""
