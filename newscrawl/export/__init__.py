"""`newscrawl export`: run files -> one deduplicated, documented dataset."""
