"""A batch directory: extraction results as Parquet partitions (written by `python -m newsfigures batch`), read
through DuckDB's read_parquet without NLP, and the selection of its articles an analyst opens.

Layout of DIR (one file per partition in each folder; a partition's figures are written before its articles, each
file under a temporary name renamed into place, so a reader never sees an article without its figures):

    DIR/newsfigures-batch.json             {"format": "newsfigures-batch", "version": 1}
    DIR/articles/part-RUN-NNNNN.parquet    one row per article: key, ordinal, metadata, text, extractor_version
    DIR/figures/part-RUN-NNNNN.parquet     one row per figure: key, ordinal, position, every field of the figure's
                                           CLI record, `measure` as a struct of its fields

The directory is read-only for everything but `batch`: `put_many` stores nothing and says why.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import date
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from newsfigures.model import Article, Figure, Measure

MARKER = "newsfigures-batch.json"
FORMAT = {"format": "newsfigures-batch", "version": 1}
ARTICLE_COLUMNS = ("key", "ordinal", "id", "title", "outlet", "published", "url", "source_file", "content_hash",
                   "story_id", "provenance", "text", "extractor_version")
FIGURE_FIELDS = tuple(f.name for f in fields(Figure))
MEASURE_FIELDS = tuple(f.name for f in fields(Measure))
READ_ONLY = "is a batch directory (Parquet), read-only: only `python -m newsfigures batch PATH... --out DIR` writes it"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RENAMED = re.compile(r"~\d+$")  # the suffix _unique_ids gives a later article of an id


def is_batch_dir(path: str | Path | None) -> bool:
    """Whether `path` is a directory written by `batch` (it holds the batch marker file)."""
    return bool(path) and (Path(path) / MARKER).is_file()


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return bool(_DATE.fullmatch(value))


class SelectionError(ValueError):
    """A selection that cannot be read (a malformed date, an empty range)."""


@dataclass(frozen=True)
class Selection:
    """Which stored articles to open: every phrase in the title or text (any case), one of the outlets (any case),
    published within [since, until] (YYYY-MM-DD, inclusive; a bound leaves out articles of unknown date)."""

    phrases: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    since: str = ""
    until: str = ""

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value and not _is_date(value):
                raise SelectionError(f"{name} must be a date written YYYY-MM-DD, got {value!r}")
        if self.since and self.until and self.since > self.until:
            raise SelectionError(f"since ({self.since}) is after until ({self.until}): no article can match")

    @property
    def everything(self) -> bool:
        """Whether the selection keeps every article."""
        return not (self.phrases or self.outlets or self.since or self.until)

    def describe(self) -> str:
        """The selection in words, for a notice."""
        parts = [f"“{p}” in title or text" for p in self.phrases]
        if self.outlets:
            parts.append("outlet " + " or ".join(self.outlets))
        if self.since or self.until:
            parts.append(f"published {self.since or '…'} to {self.until or '…'}")
        return "; ".join(parts) or "every article"


def selection_sql(selection: Selection) -> tuple[str, list[Any]]:
    """A WHERE clause (with its parameters) over the articles table for a selection; values are never spliced in."""
    clauses, params = ["TRUE"], []
    for phrase in selection.phrases:
        clauses.append("(contains(lower(title), lower(?)) OR contains(lower(text), lower(?)))")
        params += [phrase, phrase]
    if selection.outlets:
        clauses.append("lower(outlet) IN (SELECT lower(unnest(?::VARCHAR[])))")
        params.append(list(selection.outlets))
    if selection.since:
        clauses.append("published <> '' AND left(published, 10) >= ?")
        params.append(selection.since)
    if selection.until:
        clauses.append("published <> '' AND left(published, 10) <= ?")
        params.append(selection.until)
    return " AND ".join(clauses), params


def article_row(key: str, ordinal: int, article: Article, version: str) -> dict[str, Any]:
    """The articles-table row of one article."""
    return {"key": key, "ordinal": ordinal, "id": article.id, "title": article.title, "outlet": article.outlet,
            "published": article.published, "url": article.url, "source_file": article.source_file,
            "content_hash": article.content_hash, "story_id": article.story_id,
            "provenance": json.dumps(dict(article.provenance), ensure_ascii=False), "text": article.text,
            "extractor_version": version}


def figure_rows(key: str, ordinal: int, figures: Sequence[Figure]) -> list[dict[str, Any]]:
    """The figures-table rows of one article's figures, in text order."""
    return [{"key": key, "ordinal": ordinal, "position": n, **f.to_dict()} for n, f in enumerate(figures)]


def article_of(row: dict[str, Any]) -> Article:
    """An Article from its articles-table row (its raw text is its clean text: the file it came from is not kept)."""
    return Article(id=row["id"], text=row["text"], raw_text=row["text"], title=row["title"], outlet=row["outlet"],
                   published=row["published"], url=row["url"], source_file=row["source_file"],
                   content_hash=row["content_hash"], provenance=tuple(json.loads(row["provenance"] or "{}").items()),
                   story_id=row["story_id"])


def _unique_ids(articles: Iterable[Article]) -> list[Article]:
    """Articles of several batch runs may share an id: a later one is renamed ID~2, ID~3, … (corpus order)."""
    seen: dict[str, int] = {}
    out = []
    for a in articles:
        seen[a.id] = seen.get(a.id, 0) + 1
        if seen[a.id] > 1:
            a = replace(a, id=f"{a.id}~{seen[a.id]}")
        out.append(a)
    return out


class ParquetStore:
    """A batch directory read as a store: figures by extraction key, articles by selection; never written here."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.warning = ""
        self.not_stored = 0  # results that could not be written (always: the directory is read-only)
        self.reason = ""
        self.memory_only = False

    def _glob(self, table: str) -> str | None:
        folder = Path(self.path) / table
        return str(folder / "*.parquet") if any(folder.glob("*.parquet")) else None

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a query over the `articles` and `figures` views of the directory's Parquet files."""
        con = duckdb.connect(":memory:")
        try:
            for table in ("articles", "figures"):
                glob = self._glob(table)
                if glob:
                    con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{_quoted(glob)}', union_by_name = true)")
                else:  # no partition yet: an empty table of the same columns
                    con.register(table, SCHEMAS[table].empty_table())
            cur = con.execute(sql, list(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]
        finally:
            con.close()

    def get_many(self, keys: Iterable[str]) -> dict[str, list[Figure]]:
        """Stored figures of every key that was extracted (an article without figures maps to []), in one query."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return {}
        cols = ", ".join(f'f."{c}"' for c in FIGURE_FIELDS)
        rows = self._query(
            f"SELECT a.key AS _key, f.position AS _position, {cols} FROM articles a LEFT JOIN figures f USING (key) "
            "WHERE a.key IN (SELECT unnest(?::VARCHAR[])) ORDER BY a.key, f.position", [wanted])
        out: dict[str, list[Figure]] = {}
        for r in rows:
            figs = out.setdefault(r.pop("_key"), [])
            if r.pop("_position") is not None:
                figs.append(Figure.from_dict(r))
        return out

    def get(self, key: str) -> list[Figure] | None:
        """Stored figures for an extraction key, or None when never extracted."""
        return self.get_many([key]).get(key)

    def keys(self) -> set[str]:
        """Every extraction key stored."""
        return {r["key"] for r in self._query("SELECT key FROM articles")}

    def next_ordinal(self) -> int:
        """The corpus position the next article written gets."""
        return int(self._query("SELECT coalesce(max(ordinal) + 1, 0) AS n FROM articles")[0]["n"])

    def count(self, selection: Selection = Selection()) -> int:
        """How many stored articles the selection keeps."""
        where, params = selection_sql(selection)
        return int(self._query(f"SELECT count(*) AS n FROM articles WHERE {where}", params)[0]["n"])

    def select(self, selection: Selection = Selection(), limit: int | None = None) -> list[Article]:
        """The stored articles a selection keeps, in corpus order (the first `limit` of them)."""
        where, params = selection_sql(selection)
        cols = ", ".join(ARTICLE_COLUMNS)
        sql = f"SELECT {cols} FROM articles WHERE {where} ORDER BY ordinal" + (" LIMIT ?" if limit is not None else "")
        return _unique_ids(article_of(r) for r in self._query(sql, params + ([limit] if limit is not None else [])))

    def by_id(self, ids: Iterable[str]) -> dict[str, Article]:
        """The stored articles of these ids, named as a read of the whole directory names them (a later article of
        an id already seen is ID~2, …); an id the directory does not hold is left out."""
        wanted = list(dict.fromkeys(ids))
        bases = list(dict.fromkeys(wanted + [_RENAMED.sub("", i) for i in wanted]))  # ID~2 is read among ID's rows
        sql = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY ordinal"
        named = {a.id: a for a in _unique_ids(article_of(r) for r in self._query(sql, [bases]))}
        return {i: named[i] for i in wanted if i in named}

    def outlets(self) -> list[str]:
        """Every outlet of the stored articles, most articles first."""
        rows = self._query("SELECT outlet, count(*) AS n FROM articles WHERE outlet <> '' GROUP BY outlet "
                           "ORDER BY n DESC, outlet")
        return [r["outlet"] for r in rows]

    def put_many(self, results: Iterable[tuple]) -> int:
        """Store nothing (the directory is read-only here): the results are counted in `not_stored` with why."""
        n = len(list(results))
        if n:
            self.not_stored += n
            self.reason = f"{self.path} {READ_ONLY}"
            self.warning = f"{self.not_stored} result(s) not stored: {self.reason}"
        return 0

    def put(self, key: str, article: Article, version: str, figures: Iterable[Figure]) -> None:
        """Refused like put_many: the directory is read-only here."""
        self.put_many([(key, article, version, list(figures))])

    def close(self) -> None:
        """Nothing to release: every query opens and closes its own in-memory connection."""


def _quoted(path: str) -> str:
    return path.replace("'", "''")


_MEASURE_TYPE = pa.struct([(m, pa.string()) for m in MEASURE_FIELDS])
_TYPES = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "float | None": pa.float64(),
          "bool": pa.bool_(), "Measure": _MEASURE_TYPE}
ARTICLE_SCHEMA = pa.schema([(c, pa.int64() if c == "ordinal" else pa.string()) for c in ARTICLE_COLUMNS])
# Every field of the figure's CLI record, typed from the Figure dataclass (a field added there is a column here).
FIGURE_SCHEMA = pa.schema([("key", pa.string()), ("ordinal", pa.int64()), ("position", pa.int64())]
                          + [(f.name, _TYPES[str(f.type)]) for f in fields(Figure)])
SCHEMAS = {"articles": ARTICLE_SCHEMA, "figures": FIGURE_SCHEMA}
