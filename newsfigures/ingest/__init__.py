"""Stage 1, ingest: files, folders, zips and uploads become clean articles with metadata and a ledger."""
from newsfigures.ingest.articles import content_hash, unused_id
from newsfigures.ingest.corpus import Corpus, load_path
from newsfigures.ingest.items import RawItem
from newsfigures.ingest.ledger import STATUSES, ledger_counts, ledger_summary
from newsfigures.ingest.limits import MAX_ARTICLE_CHARS, MAX_FILE_BYTES
from newsfigures.ingest.loading import UPLOAD_TYPES
from newsfigures.ingest.metadata import parse_published

__all__ = ["MAX_ARTICLE_CHARS", "MAX_FILE_BYTES", "STATUSES", "UPLOAD_TYPES", "Corpus", "RawItem", "content_hash",
           "ledger_counts", "ledger_summary", "load_path", "parse_published", "unused_id"]
