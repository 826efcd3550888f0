"""Stage 1, ingest: files, folders, zips and uploads become clean articles with metadata and a ledger."""
from newsfigures.ingest.loading import (MAX_ARTICLE_CHARS, MAX_FILE_BYTES, STATUSES, UPLOAD_TYPES, Corpus, content_hash,
                                        ledger_counts, ledger_summary, load_path, parse_published)

__all__ = ["MAX_ARTICLE_CHARS", "MAX_FILE_BYTES", "STATUSES", "UPLOAD_TYPES", "Corpus", "content_hash", "ledger_counts",
           "ledger_summary", "load_path", "parse_published"]
