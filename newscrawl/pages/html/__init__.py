"""The parsed document, the selector index and URL helpers."""
