"""The corpus: articles and the ledger accumulated across files, folders, uploads and pasted text."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from newsfigures.ingest import dedupe
from newsfigures.ingest.articles import article_from_item, unused_id
from newsfigures.ingest.decoding import repair_string
from newsfigures.ingest.fetch import FetchSettings, fetch_items
from newsfigures.ingest.guard import looks_like_url
from newsfigures.ingest.items import ItemError, RawItem
from newsfigures.ingest.ledger import rejected
from newsfigures.ingest.limits import MAX_ARTICLE_CHARS, MAX_FILE_BYTES
from newsfigures.ingest.loading import items_from_bytes
from newsfigures.ingest.sidecars import parse_sidecar, sidecar_beside
from newsfigures.model import Article, LedgerEntry


class Corpus:
    """Accumulates articles and the ledger across inputs, ingesting identical clean texts once.

    `articles` come out with near-duplicates marked (Article.story_id) and `ledger` with a warning on each copy's row.
    `known` maps content hashes already loaded elsewhere (e.g. this visitor's earlier uploads) to their article ids.
    `max_items` caps the items read (one ledger row each; None: no cap): reading stops at the cap, and one `over_limit`
    row per file left unread names the cap as `limit` says it ("the limit of 2,000 items per upload").
    `join_wrapped` joins the line breaks inside sentences of hard-wrapped text (`ingest.wrapping`).
    """

    def __init__(self, known: Mapping[str, str] | None = None, near_duplicate_threshold: float = dedupe.THRESHOLD,
                 max_items: int | None = None, limit: str = "", join_wrapped: bool = False) -> None:
        self._articles: list[Article] = []
        self._ledger: list[LedgerEntry] = []
        self._by_hash: dict[str, str] = dict(known or {})
        self._ids: set[str] = set()
        self._threshold = near_duplicate_threshold
        self._final: tuple[list[Article], list[LedgerEntry]] | None = None
        self._max_items, self._limit = max_items, limit or f"the limit of {max_items or 0:,} items"
        self._read = 0  # items read against max_items
        self._join_wrapped = join_wrapped

    # Articles and ledger are finished lazily, so every add_* call keeps the old incremental API.
    @property
    def articles(self) -> list[Article]:
        """Ingested articles, near-duplicates marked."""
        return self.finish()[0]

    @property
    def ledger(self) -> list[LedgerEntry]:
        """One row per submitted item, in submission order."""
        return self.finish()[1]

    def finish(self) -> tuple[list[Article], list[LedgerEntry]]:
        """Mark near-duplicate stories and note them on the ledger; cheap to call again."""
        if self._final is None:
            marked = dedupe.mark_near_duplicates(self._articles, self._threshold)
            copies = {a.id: a.story_id for a in marked if a.story_id and a.story_id != a.id}
            ledger = [replace(e, warnings=e.warnings + (f"near-duplicate of article {copies[e.article_id]}: the same story with small edits",))
                      if e.status == "ingested" and e.article_id in copies else e for e in self._ledger]
            self._final = (marked, ledger)
        return list(self._final[0]), list(self._final[1])

    def _row(self, entry: LedgerEntry) -> None:
        self._ledger.append(entry)
        self._final = None

    def full(self) -> bool:
        """Whether the items read have reached `max_items`."""
        return self._max_items is not None and self._read >= self._max_items

    def _over_limit(self, item: str) -> None:
        """The row of an item (and what follows it in its file) left unread because the cap is reached."""
        self._row(rejected(item, "over_limit", f"{item}: not read, nor anything after it in this file: {self._limit} "
                                               f"was reached after {self._read:,} items"))

    def note(self, rows: Iterable[LedgerEntry]) -> None:
        """Record rows made elsewhere (e.g. uploads that could not be read); they are not counted against the cap."""
        for row in rows:
            self._row(row)

    def add_items(self, items: Iterable[RawItem | LedgerEntry]) -> None:
        """Build and account for each item; a failure on one never stops the next. Past `max_items` nothing more
        is read: the reader is left, so the rest of a large file is never parsed."""
        it_iter = iter(items)
        while True:
            try:
                it = next(it_iter)
            except StopIteration:
                break
            except Exception as e:  # noqa: BLE001 - a parser that dies mid-file still gets a row
                self._row(rejected("(unknown item)", "unreadable", f"reading stopped: {type(e).__name__}: {str(e)[:200]}"))
                break
            if self.full():
                self._over_limit(it.item)
                break
            self._read += 1
            if isinstance(it, LedgerEntry):
                self._row(it)
                continue
            self._add_raw(it)

    def _add_raw(self, it: RawItem) -> None:
        if len(it.text) > MAX_ARTICLE_CHARS:
            self._row(LedgerEntry(it.item, "rejected", reason="too_long", line=it.line, warnings=it.warnings, message=(
                f"{it.item}: {len(it.text):,} characters is over the {MAX_ARTICLE_CHARS:,}-character limit for one article; "
                "split it into several files")))
            return
        try:
            art, warns = article_from_item(it, self._join_wrapped)
        except Exception as e:  # noqa: BLE001 - one bad item must not stop a corpus
            self._row(rejected(it.item, "unreadable", f"{it.item}: {type(e).__name__}: {str(e)[:200]}", it.line))
            return
        warnings = tuple(it.warnings) + tuple(warns)
        if not art.text.strip():
            self._row(LedgerEntry(it.item, "rejected", reason="no_body", message=f"{it.item}: nothing left after removing boilerplate", line=it.line, warnings=warnings))
            return
        if art.content_hash in self._by_hash:
            first = self._by_hash[art.content_hash]
            self._row(LedgerEntry(it.item, "duplicate", article_id=first, reason="exact_duplicate",
                                  message=f"{it.item}: same text as article {first}", line=it.line, warnings=warnings))
            return
        art = replace(art, id=unused_id(art.id, art.content_hash, self._ids))
        self._by_hash[art.content_hash] = art.id
        self._ids.add(art.id)
        self._articles.append(art)
        self._row(LedgerEntry(it.item, "ingested", article_id=art.id, message=f"{it.item}: ingested as {art.id}", line=it.line, warnings=warnings))

    def add_path(self, path: str | Path) -> None:
        """Add a file, or every supported file below a folder (sidecar .json files are read with their .txt)."""
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts))
            txt_stems = {f.with_suffix("") for f in files if f.suffix.lower() == ".txt"}
            for f in files:
                if f.suffix.lower() == ".json" and f.with_suffix("") in txt_stems:
                    continue  # a sidecar, read with its .txt
                self._add_file(f, str(f.relative_to(p).as_posix()) if f.parent != p else f.name)
        elif p.is_file():
            self._add_file(p, p.name)
        else:
            self._row(rejected(str(path), "not_found", f"{path}: no such file or folder"))

    def _add_file(self, f: Path, name: str | None = None) -> None:
        name = name or f.name
        if self.full():
            self._over_limit(name)
            return
        try:
            size = f.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ItemError("too_large", f"{name}: {size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit")
            data = f.read_bytes()
        except ItemError as e:
            self._row(rejected(name, e.reason, e.message))
            return
        except OSError as e:
            self._row(rejected(name, "unreadable", f"{name}: {e.strerror or e}"))
            return
        self.add_items(items_from_bytes(name, data, sidecar_beside(f)))

    def add_bytes(self, name: str, data: bytes, sidecar: dict[str, Any] | None = None) -> None:
        """Add an uploaded file (with an optional sidecar's fields)."""
        self.add_items(items_from_bytes(name, data, sidecar))

    def add_files(self, files: Iterable[tuple[str, bytes]]) -> None:
        """Add several uploaded files at once, pairing each `x.txt` with an uploaded `x.json` sidecar."""
        files = list(files)
        by_name = {n: d for n, d in files}
        txt = {str(PurePosixPath(n).with_suffix("")) for n in by_name if n.lower().endswith(".txt")}
        for n, d in files:
            stem = str(PurePosixPath(n).with_suffix(""))
            if n.lower().endswith(".json") and stem in txt:
                continue  # a sidecar, read with its .txt
            if self.full():
                self._over_limit(n)
                continue
            side = None
            if n.lower().endswith(".txt"):
                side_bytes = next((b for k, b in by_name.items() if k.lower() == f"{stem}.json".lower()), None)
                side = parse_sidecar(side_bytes, f"{stem}.json") if side_bytes is not None else None
            self.add_items(items_from_bytes(n, d, side))

    def add_urls(self, urls: Iterable[str], settings: FetchSettings | None = None) -> None:
        """Fetch links and add their articles (fetch.py: guards, limits, one ledger row per link)."""
        self.add_items(fetch_items(urls, settings or FetchSettings()))

    def add_text(self, text: str, name: str = "pasted text") -> None:
        """Add pasted text as one article."""
        if not text.strip():
            self._row(rejected(name, "empty", f"{name}: nothing was pasted"))
            return
        if self.full():
            self._over_limit(name)
            return
        text, warns = repair_string(text)
        self.add_items([RawItem(name, name, text, {}, "text", None, name.replace(" ", "-"), tuple(warns))])


def load_path(*paths: str | Path, join_wrapped: bool = False) -> tuple[list[Article], list[LedgerEntry]]:
    """Load files, folders and links ("https://…", fetched together after the files) into articles (near-duplicates
    marked) plus the ledger of every submitted item; `join_wrapped` as `Corpus` reads it."""
    c = Corpus(join_wrapped=join_wrapped)
    links = [str(p) for p in paths if isinstance(p, str) and looks_like_url(p)]
    for p in paths:
        if not (isinstance(p, str) and looks_like_url(p)):
            c.add_path(p)
    if links:
        c.add_urls(links)
    return c.finish()
