"""The embedded DuckDB store: extraction results keyed by content hash, publication date and extractor version."""
from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Iterable
from pathlib import Path

import duckdb

from newsfigures.model import Article, Figure

DEFAULT_PATH = Path(os.environ.get("NEWSFIGURES_STORE", Path(__file__).resolve().parents[1] / ".cache" / "newsfigures.duckdb"))
_WRITE_LOCK = threading.Lock()
_SCHEMA = """
CREATE TABLE IF NOT EXISTS extractions (
    key VARCHAR PRIMARY KEY, content_hash VARCHAR, published VARCHAR, extractor_version VARCHAR,
    figures JSON, created TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS articles (
    content_hash VARCHAR PRIMARY KEY, id VARCHAR, title VARCHAR, outlet VARCHAR, published VARCHAR,
    url VARCHAR, source_file VARCHAR, text VARCHAR);
"""


def extraction_key(article: Article, version: str) -> str:
    """What an extraction result depends on: the clean text, the publication date and the extractor."""
    return hashlib.sha256(f"{article.content_hash}|{article.published}|{version}".encode()).hexdigest()


class Store:
    """A DuckDB file (or memory) holding extraction results; one transaction per write, one writer at a time."""

    def __init__(self, path: str | Path | None = DEFAULT_PATH) -> None:
        self.warning = ""
        self.path = str(path) if path else ":memory:"
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._con = duckdb.connect(self.path)
        except (duckdb.Error, OSError) as e:
            # Another process holds the file, or the folder is read-only: keep working in memory.
            self.warning = f"store {self.path} unavailable ({e}); results are kept in memory only"
            self.path = ":memory:"
            self._con = duckdb.connect(":memory:")
        self._con.execute(_SCHEMA)

    def get(self, key: str) -> list[Figure] | None:
        """Stored figures for an extraction key, or None when never extracted."""
        with _WRITE_LOCK:
            row = self._con.execute("SELECT figures FROM extractions WHERE key = ?", [key]).fetchone()
        if row is None:
            return None
        return [Figure.from_dict(d) for d in json.loads(row[0])]

    def put(self, key: str, article: Article, version: str, figures: Iterable[Figure]) -> None:
        """Store an article and its figures in one transaction."""
        payload = json.dumps([f.to_dict() for f in figures], ensure_ascii=False)
        with _WRITE_LOCK:
            self._con.execute("BEGIN TRANSACTION")
            try:
                self._con.execute("INSERT OR REPLACE INTO extractions (key, content_hash, published, extractor_version, figures) VALUES (?, ?, ?, ?, ?)",
                                  [key, article.content_hash, article.published, version, payload])
                self._con.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                  [article.content_hash, article.id, article.title, article.outlet, article.published,
                                   article.url, article.source_file, article.text])
                self._con.execute("COMMIT")
            except Exception:
                self._con.execute("ROLLBACK")
                raise

    def count(self) -> int:
        """How many extraction results are stored."""
        with _WRITE_LOCK:
            return int(self._con.execute("SELECT count(*) FROM extractions").fetchone()[0])

    def close(self) -> None:
        """Release the file."""
        self._con.close()
