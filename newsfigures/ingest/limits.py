"""Every size and count limit of ingestion in one place (docs/ingestion.md, "Limits").

Uploads are capped at 25 MB by .streamlit/config.toml before they reach us (MAX_UPLOAD_BYTES says the same, and
the app checks it again); the counts below hold under abuse: a file of 100,000 rows is read only up to the cap.
"""
from __future__ import annotations

MAX_UPLOAD_BYTES = 25 * 1024 * 1024  # one uploaded file; keep equal to server.maxUploadSize in .streamlit/config.toml
MAX_UPLOAD_ARTICLES = 2_000  # items (articles, rows, records, members) read from one upload; reading stops there
MAX_SESSION_ARTICLES = 5_000  # articles one visitor's session holds; an upload gets only the room left

MAX_FILE_BYTES = 50 * 1024 * 1024  # one file (or one zip member, uncompressed)
MAX_ARTICLE_CHARS = 2_000_000  # one article; spaCy's max_length is 1,000,000 and extraction chunks below that
MAX_ZIP_ENTRIES = 5_000
MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024  # sum of uncompressed member sizes
MAX_ZIP_RATIO = 100  # uncompressed / compressed, for members over ZIP_RATIO_MIN_BYTES
ZIP_RATIO_MIN_BYTES = 1024 * 1024
MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_HTML_BYTES = 10 * 1024 * 1024
CSV_FIELD_LIMIT = MAX_ARTICLE_CHARS + 1
MAX_JSON_INT_DIGITS = 4000  # longer integers are kept as text (Python refuses int() of more than 4,300 digits)
MAX_JSON_NOTES = 50  # duplicate-key warnings noted per JSON document
MAX_FIELD_CHARS = 300  # title, outlet or date given by a record (longer is shortened) or by a correction (refused)
MAX_ID_CHARS = 200  # an article id given by a record is cut to this
MAX_FETCH_BYTES = 5 * 1024 * 1024  # one fetched page, counted as it streams in (decompressed)
FETCH_TIMEOUT_SECONDS = 15.0  # one fetched page, redirects and name lookups included
MAX_REDIRECTS = 5  # followed one by one, each new address checked again
MAX_LINKS = 50  # links fetched per request; the rest are rejected with a row each
