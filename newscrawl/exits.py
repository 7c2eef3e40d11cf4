"""Exit codes of every newscrawl command, and the finish reasons that lead to them, once.

A cron mail shows the code; `EXIT_MEANING` is the words the summary line gives it. When
several portals of a run end differently, the run exits with the most severe code
(`SEVERITY`, least severe first).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERRORS = 1  # errors were logged (pages that failed, retries given up)
EXIT_USAGE = 2  # bad arguments, unknown portal
EXIT_NO_ARTICLES = 3  # a portal's sections loaded but gave no article: extractor broken?
EXIT_BLOCKED = 4  # a portal answered 403/429/503 and gave nothing
EXIT_STOPPED = 5  # the run stopped before the end (time limit, SIGINT/SIGTERM)
EXIT_LOCKED = 6  # another run holds the data directory's lock (or the Redis run queue)
EXIT_UNWRITABLE = 7  # the data directory cannot be written: read-only, or the disk is full
# `newscrawl worker`: Redis went away (or refused writes: out of memory) for longer than
# NEWSCRAWL_REDIS_RECONNECT_SECONDS; the worker stopped. Not 7: the data directory is fine,
# and the fix (start Redis, give it memory) is elsewhere.
EXIT_REDIS = 8
# `newscrawl export`: no record passed the filters. 3, as a crawl that read no article:
# the command worked, nothing came.
EXIT_NOTHING_MATCHED = 3
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a reader that went away

EXIT_MEANING = {
    EXIT_OK: "ok",
    EXIT_ERRORS: "errors logged",
    EXIT_USAGE: "usage error",
    EXIT_NO_ARTICLES: "a portal gave no article (template changed?)",
    EXIT_BLOCKED: "a portal blocked us",
    EXIT_STOPPED: "stopped before the end",
    EXIT_LOCKED: "another run is in progress",
    EXIT_UNWRITABLE: "cannot write the data directory (read-only or disk full)",
    EXIT_REDIS: "Redis unavailable (distributed run)",
}
SEVERITY = [EXIT_OK, EXIT_ERRORS, EXIT_NO_ARTICLES, EXIT_BLOCKED, EXIT_STOPPED,
            EXIT_UNWRITABLE, EXIT_REDIS]

# The finish reason of a crawl stopped by a failed write (the feed, the seen store).
DISK_FULL = "disk_full"
