"""The embedded DuckDB store: extraction results keyed by content hash, publication date and extractor version.

Several processes share one store file (concurrent CLI runs, a running app): DuckDB lets one process open a file
at a time, so the store opens it only for the moment of each read or write and, when another process holds it,
waits and retries for a bounded time (`NEWSFIGURES_STORE_WAIT` seconds, default 60). Results that still cannot
be written are counted in `not_stored` with the reason, never dropped silently.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb

from newsfigures.model import Article, Figure
from newsfigures.store_parquet import ParquetStore, is_batch_dir

DEFAULT_PATH = Path(os.environ.get("NEWSFIGURES_STORE", Path(__file__).resolve().parents[1] / ".cache" / "newsfigures.duckdb"))
LOCK_WAIT = float(os.environ.get("NEWSFIGURES_STORE_WAIT", "60"))  # seconds to wait for another process's lock
_RETRY = (0.02, 0.5)  # first and longest pause between two attempts, seconds
_WRITE_LOCK = threading.Lock()
_SCHEMA = """
CREATE TABLE IF NOT EXISTS extractions (
    key VARCHAR PRIMARY KEY, content_hash VARCHAR, published VARCHAR, extractor_version VARCHAR,
    figures JSON, created TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS articles (
    content_hash VARCHAR PRIMARY KEY, id VARCHAR, title VARCHAR, outlet VARCHAR, published VARCHAR,
    url VARCHAR, source_file VARCHAR, text VARCHAR);
"""
# (key, article, extractor version, figures): one extraction result to store
Result = tuple[str, Article, str, Sequence[Figure]]


def extraction_key(article: Article, version: str) -> str:
    """What an extraction result depends on: the clean text, the publication date and the extractor."""
    return hashlib.sha256(f"{article.content_hash}|{article.published}|{version}".encode()).hexdigest()


def open_store(path: str | Path | None = DEFAULT_PATH) -> "Store | ParquetStore":
    """The store at `path`: a batch directory written by `python -m newsfigures batch` (Parquet, read-only), else
    a DuckDB file (created when missing)."""
    return ParquetStore(path) if is_batch_dir(path) else Store(path)


class StoreBusy(RuntimeError):
    """Another process held the store file for longer than the store waits."""


def _is_lock_error(e: Exception) -> bool:
    return isinstance(e, duckdb.IOException) and "lock" in str(e).lower()


class Store:
    """A DuckDB file (or memory) holding extraction results; opened per read or write, one writer at a time."""

    def __init__(self, path: str | Path | None = DEFAULT_PATH, wait: float = LOCK_WAIT) -> None:
        self.warning = ""
        self.not_stored = 0  # results that could not be written to the file
        self.reason = ""  # why they could not
        self.wait = wait
        self.memory_only = False  # the file could not be used: results live in this process only
        self.path = str(path) if path else ":memory:"
        self._memory = duckdb.connect(":memory:") if self.path == ":memory:" else None
        if self._memory is not None:
            self._memory.execute(_SCHEMA)
            return
        try:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            with self._connection():
                pass
        except StoreBusy:
            pass  # another process is writing: every read or write waits for it in turn
        except (duckdb.Error, OSError) as e:
            # The folder is read-only or the file is not a store: keep working in memory, and say so.
            self.reason = f"store {self.path} unavailable: {e}"
            self.warning = f"store {self.path} unavailable ({e}); results are kept in memory only"
            self.path = ":memory:"
            self.memory_only = True
            self._memory = duckdb.connect(":memory:")
            self._memory.execute(_SCHEMA)

    @contextmanager
    def _connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one read or write: the memory database, or the file opened for the moment, waiting
        up to `wait` seconds while another process holds it."""
        if self._memory is not None:
            yield self._memory
            return
        con = self._open()
        try:
            yield con
        finally:
            con.close()

    def _open(self) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.wait
        pause = _RETRY[0]
        while True:
            try:
                con = duckdb.connect(self.path)
                con.execute(_SCHEMA)
                return con
            except duckdb.Error as e:
                if not _is_lock_error(e):
                    raise
                if time.monotonic() >= deadline:
                    raise StoreBusy(f"store {self.path} held by another process for over {self.wait:g} s") from e
            time.sleep(pause * (0.5 + random.random()))  # jitter: waiting processes do not retry in step
            pause = min(pause * 2, _RETRY[1])

    def get_many(self, keys: Iterable[str]) -> dict[str, list[Figure]]:
        """Stored figures of every key that was extracted, in one query; {} (and a warning) when the store cannot
        be read, so everything is extracted afresh."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return {}
        try:
            with _WRITE_LOCK, self._connection() as con:
                rows = con.execute("SELECT key, figures FROM extractions WHERE key IN (SELECT unnest(?::VARCHAR[]))",
                                   [wanted]).fetchall()
        except (StoreBusy, duckdb.Error) as e:
            self.warning = f"{e}; its results were not read"
            return {}
        return {key: [Figure.from_dict(d) for d in json.loads(payload)] for key, payload in rows}

    def get(self, key: str) -> list[Figure] | None:
        """Stored figures for an extraction key, or None when never extracted."""
        return self.get_many([key]).get(key)

    def put_many(self, results: Iterable[Result]) -> int:
        """Store articles and their figures in one transaction; returns how many were written. Results that
        cannot be written (the file held too long by another process, or unwritable) are counted in
        `not_stored` with the reason."""
        rows = [(key, art, version, json.dumps([f.to_dict() for f in figs], ensure_ascii=False))
                for key, art, version, figs in results]
        if not rows:
            return 0
        try:
            with _WRITE_LOCK, self._connection() as con:
                _write(con, rows)
        except (StoreBusy, duckdb.Error) as e:
            self.not_stored += len(rows)
            self.reason = str(e)
            self.warning = f"{self.not_stored} result(s) not stored ({e})"
            return 0
        if self.memory_only:
            self.not_stored += len(rows)
        return len(rows)

    def put(self, key: str, article: Article, version: str, figures: Iterable[Figure]) -> None:
        """Store an article and its figures in one transaction."""
        self.put_many([(key, article, version, list(figures))])

    def count(self) -> int:
        """How many extraction results are stored."""
        with _WRITE_LOCK, self._connection() as con:
            return int(con.execute("SELECT count(*) FROM extractions").fetchone()[0])

    def close(self) -> None:
        """Release the memory database (a file is never held between reads and writes)."""
        if self._memory is not None:
            self._memory.close()


def _write(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple[str, Article, str, str]]) -> None:
    """Insert or replace extraction results and their articles in one transaction."""
    # One row per key (the last given): DuckDB refuses to replace one key twice in a transaction.
    results = {key: [key, a.content_hash, a.published, version, payload] for key, a, version, payload in rows}
    articles = {a.content_hash: [a.content_hash, a.id, a.title, a.outlet, a.published, a.url, a.source_file, a.text]
                for _key, a, _version, _payload in rows}
    con.execute("BEGIN TRANSACTION")
    try:
        con.executemany("INSERT OR REPLACE INTO extractions (key, content_hash, published, extractor_version, figures) VALUES (?, ?, ?, ?, ?)",
                        list(results.values()))
        con.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)", list(articles.values()))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
