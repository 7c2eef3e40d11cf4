"""The record: its fields and their documentation (article), how a page object's
raw record is finished (finalise), its JSON Schema (schema) and the run-file
format (runfiles)."""
