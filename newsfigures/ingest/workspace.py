"""A visitor's workspace as one file: their uploaded and fetched articles (text and metadata) and their corrections.

The file is JSON: `{"format": "newsfigures-workspace", "version": 1, "parts": {…}}` with named parts
(`uploads`, `fetched`: lists of article records; `corrections`: article id -> {field: value}). Figures are not saved:
they are extracted again on opening. A part this version does not read is kept aside with a note, so parts can be
added later. Opening checks every record on its own: a broken or tampered one gets a ledger row with the reason and
costs nothing else; only a file that is not a workspace at all is refused as a whole (WorkspaceError).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from newsfigures.ingest.articles import content_hash
from newsfigures.ingest.corrections import CorrectionError, Corrections, normalise
from newsfigures.ingest.fetch import fetched_link
from newsfigures.ingest.ledger import rejected
from newsfigures.ingest.limits import MAX_ARTICLE_CHARS, MAX_FIELD_CHARS, MAX_FILE_BYTES, MAX_ID_CHARS
from newsfigures.ingest.metadata import parse_published
from newsfigures.model import Article, LedgerEntry

FORMAT = "newsfigures-workspace"
VERSION = 1
ARTICLE_PARTS = ("uploads", "fetched")
PARTS = (*ARTICLE_PARTS, "corrections")
ORIGINS = ("sidecar", "record", "text", "inferred", "user")
MAX_LINK_CHARS = 2_000  # url and source_file of a saved article
MAX_REMOVED_LINES = 10_000


class WorkspaceError(ValueError):
    """A file that cannot be opened as a workspace at all (not JSON, another format, a newer version)."""


@dataclass(frozen=True)
class Workspace:
    """What a workspace file gave: its articles, corrections, one ledger row per saved article, notes for the
    visitor, and the parts this version does not read (kept as they were)."""

    articles: tuple[Article, ...] = ()
    corrections: dict[str, dict[str, str]] = field(default_factory=dict)
    ledger: tuple[LedgerEntry, ...] = ()
    notes: tuple[str, ...] = ()
    other_parts: dict[str, Any] = field(default_factory=dict)


def article_record(article: Article) -> dict[str, Any]:
    """An article as the workspace keeps it: text, raw text, metadata with provenance, removed lines."""
    return {"id": article.id, "title": article.title, "outlet": article.outlet, "published": article.published,
            "url": article.url, "source_file": article.source_file, "provenance": dict(article.provenance),
            "text": article.text, "raw_text": article.raw_text, "removed": list(article.removed)}


def dumps(articles: Iterable[Article], corrections: Corrections, other_parts: Mapping[str, Any] | None = None) -> bytes:
    """The workspace file of a visitor's own articles (as loaded, before corrections) and their corrections.

    The same work gives the same bytes (no time stamp), so a page rerun keeps serving the file a download started."""
    arts = list(articles)
    parts: dict[str, Any] = dict(other_parts or {})
    parts["uploads"] = [article_record(a) for a in arts if not fetched_link(a)]
    parts["fetched"] = [article_record(a) for a in arts if fetched_link(a)]
    parts["corrections"] = {k: dict(v) for k, v in corrections.items() if v}
    doc = {"format": FORMAT, "version": VERSION, "parts": parts}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def loads(data: bytes, name: str = "workspace.json", more_parts: Iterable[str] = ()) -> Workspace:
    """A workspace file read back; WorkspaceError (with the reason) when the file is not a workspace at all.
    `more_parts`: parts a later stage reads (the analyst's edits of pairs and metrics), handed over unread."""
    parts = _parts(data, name)
    articles: list[Article] = []
    rows: list[LedgerEntry] = []
    seen: dict[str, str] = {}
    for part in ARTICLE_PARTS:
        records = parts.get(part, [])
        if not isinstance(records, list):
            rows.append(rejected(f"{name} › {part}", "bad_workspace", f"{name}: part {part} is not a list of articles"))
            continue
        for n, rec in enumerate(records):
            item = f"{name} › {part}[{n}]"
            try:
                art = article_from_record(rec)
            except WorkspaceError as e:
                rows.append(rejected(item, "bad_workspace", f"{item}: {e}"))
                continue
            if art.content_hash in seen:
                rows.append(LedgerEntry(item, "duplicate", article_id=seen[art.content_hash], reason="exact_duplicate",
                                        message=f"{item}: same text as article {seen[art.content_hash]}"))
                continue
            seen[art.content_hash] = art.id
            articles.append(art)
            rows.append(LedgerEntry(item, "ingested", article_id=art.id, message=f"{item}: restored as {art.id}"))
    fixes, notes = _corrections(parts.get("corrections", {}), name)
    other = {k: v for k, v in parts.items() if k not in PARTS}
    notes += [f"{name}: part {k!r} is not read by this version of newsfigures; it was left aside" for k in other
              if k not in set(more_parts)]
    return Workspace(tuple(articles), fixes, tuple(rows), tuple(notes), other)


def _parts(data: bytes, name: str) -> dict[str, Any]:
    """The named parts of a workspace file, after checking what kind of file it is."""
    if len(data) > MAX_FILE_BYTES:
        raise WorkspaceError(f"{name}: {len(data):,} bytes is over the {MAX_FILE_BYTES:,}-byte limit")
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise WorkspaceError(f"{name}: not a workspace file (not UTF-8 text: {e.reason} at byte {e.start})") from e
    except json.JSONDecodeError as e:
        raise WorkspaceError(f"{name}: not a workspace file (invalid JSON at line {e.lineno}, column {e.colno}: "
                             f"{e.msg}); was it cut short or edited?") from e
    except RecursionError as e:
        raise WorkspaceError(f"{name}: not a workspace file (nested too deeply)") from e
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise WorkspaceError(f"{name}: not a newsfigures workspace file (no \"format\": \"{FORMAT}\")")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WorkspaceError(f"{name}: the workspace has no readable version number")
    if version > VERSION:
        raise WorkspaceError(f"{name}: saved by a newer newsfigures (workspace version {version}); this one reads "
                             f"version {VERSION}")
    parts = doc.get("parts")
    if not isinstance(parts, dict):
        raise WorkspaceError(f"{name}: the workspace has no parts")
    return parts


def _text(rec: Mapping[str, Any], key: str, limit: int, required: bool = False) -> str:
    """A string field of a saved article, checked against its limit."""
    v = rec.get(key, "")
    if not isinstance(v, str):
        raise WorkspaceError(f"{key} is not text")
    if len(v) > limit:
        raise WorkspaceError(f"{key} is over {limit:,} characters")
    if required and not v.strip():
        raise WorkspaceError(f"{key} is empty")
    return v


def article_from_record(rec: Any) -> Article:
    """A saved article, every field checked; its content hash computed again from the text, never trusted."""
    if not isinstance(rec, dict):
        raise WorkspaceError("not an article record (a JSON object)")
    text = _text(rec, "text", MAX_ARTICLE_CHARS, required=True)
    published = _text(rec, "published", MAX_FIELD_CHARS)
    if published and parse_published(published) != published:
        raise WorkspaceError(f"published '{published[:40]}' is not an ISO date")
    prov = rec.get("provenance", {})
    if not isinstance(prov, dict) or not all(isinstance(k, str) and v in ORIGINS for k, v in prov.items()):
        raise WorkspaceError(f"provenance must map fields to one of {', '.join(ORIGINS)}")
    removed = rec.get("removed", [])
    if not isinstance(removed, list) or len(removed) > MAX_REMOVED_LINES or not all(isinstance(x, str) for x in removed):
        raise WorkspaceError("removed is not a list of lines")
    return Article(id=_text(rec, "id", MAX_ID_CHARS, required=True), text=text,
                   raw_text=_text(rec, "raw_text", MAX_ARTICLE_CHARS) or text,
                   title=_text(rec, "title", MAX_FIELD_CHARS), outlet=_text(rec, "outlet", MAX_FIELD_CHARS),
                   published=published, url=_text(rec, "url", MAX_LINK_CHARS),
                   source_file=_text(rec, "source_file", MAX_LINK_CHARS), content_hash=content_hash(text),
                   provenance=tuple(sorted(prov.items())), removed=tuple(removed))


def _corrections(part: Any, name: str) -> tuple[dict[str, dict[str, str]], list[str]]:
    """The corrections part, each value checked as if typed in the Corpus page; a bad one is left out with a note."""
    if not isinstance(part, dict):
        return {}, [f"{name}: the corrections part is not an object; no correction was restored"]
    fixes: dict[str, dict[str, str]] = {}
    notes: list[str] = []
    for article_id, values in part.items():
        if not isinstance(values, dict):
            notes.append(f"{name}: the corrections of {article_id} are not an object; left out")
            continue
        for key, value in values.items():
            try:
                if not isinstance(value, str):
                    raise CorrectionError(f"{key} is not text")
                fixes.setdefault(article_id, {})[key] = normalise(key, value)
            except CorrectionError as e:
                notes.append(f"{name}: correction of {article_id} left out: {e}")
    return {k: v for k, v in fixes.items() if v}, notes
