"""The seen-article store of incremental runs: SQLite on one machine (sqlite),
Redis for workers on many (redis)."""
