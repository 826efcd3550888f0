"""Turn files, folders, uploads and pasted text into Articles, with one ledger row per submitted item."""
from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import cleaning, metadata
from .model import Article, LedgerEntry

# Field synonyms, data not code: the first key found wins.
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "guid"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site_name", "sitename", "site", "media"),
    "published": ("published", "publication_date", "date", "pubDate", "pubdate", "published_at", "datetime"),
    "url": ("url", "link", "source_url"),
    "text": ("text", "body", "content", "article", "maintext"),
}
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RawItem:
    """One article-shaped item before cleaning: where it came from and the fields it brought."""

    item: str
    source_file: str
    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    origin: str = "record"  # where the non-text fields came from: "record" or "sidecar"
    line: int | None = None
    default_id: str = ""


class ItemError(Exception):
    """A submitted item that cannot become an article: a reason code and a message a person reads."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason, self.message = reason, message


def content_hash(text: str) -> str:
    """Stable hash of an article's clean text: the key extraction results are stored under."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pick(fields: dict[str, Any], name: str) -> Any:
    """The value of field `name` under any of its synonyms (case-insensitive), or None."""
    lowered = {str(k).lower(): v for k, v in fields.items()}
    for key in FIELD_SYNONYMS[name]:
        v = lowered.get(key.lower())
        if v not in (None, ""):
            return v
    return None


def decode(data: bytes, item: str) -> str:
    """Bytes to text: BOM, then strict UTF-8; binary or undecodable content is rejected, never guessed at."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192]:
        raise ItemError("binary", f"{item}: contains NUL bytes; this is a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ItemError("encoding", f"{item}: not valid UTF-8 (byte {e.start}: {data[e.start:e.start + 1]!r})") from None


def _as_str(v: Any) -> str:
    return "" if v is None else str(v).strip()


def _txt_items(name: str, data: bytes, sidecar: dict[str, Any] | None) -> Iterator[RawItem]:
    text = decode(data, name)
    yield RawItem(name, name, text, sidecar or {}, "sidecar" if sidecar else "text", None, Path(name).stem)


def _record_item(name: str, obj: Any, line: int | None, idx: int) -> RawItem:
    where = f"{name}:{line}" if line is not None else f"{name}[{idx}]"
    if not isinstance(obj, dict):
        raise ItemError("not_an_object", f"{where}: expected an object with a text field, got {type(obj).__name__}")
    text = pick(obj, "text")
    if not isinstance(text, str) or not text.strip():
        raise ItemError("missing_text", f"{where}: no text (looked for {', '.join(FIELD_SYNONYMS['text'])})")
    return RawItem(where, name, text, obj, "record", line, f"{Path(name).stem}-{line if line is not None else idx}")


def _jsonl_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    text = decode(data, name)
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield _record_item(name, json.loads(line), n, n)
        except json.JSONDecodeError as e:
            yield LedgerEntry(f"{name}:{n}", "rejected", reason="bad_json", message=f"{name} line {n}: invalid JSON ({e.msg})", line=n)
        except ItemError as e:
            yield LedgerEntry(f"{name}:{n}", "rejected", reason=e.reason, message=e.message, line=n)
        except RecursionError:
            yield LedgerEntry(f"{name}:{n}", "rejected", reason="too_deep", message=f"{name} line {n}: JSON nested too deeply", line=n)


def _json_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    text = decode(data, name)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise ItemError("bad_json", f"{name}: invalid JSON at line {e.lineno} column {e.colno} ({e.msg})") from None
    except RecursionError:
        raise ItemError("too_deep", f"{name}: JSON nested too deeply") from None
    records = obj if isinstance(obj, list) else (obj.get("articles") if isinstance(obj, dict) and isinstance(obj.get("articles"), list) else [obj])
    for i, rec in enumerate(records):
        try:
            yield _record_item(name, rec, None, i)
        except ItemError as e:
            yield LedgerEntry(f"{name}[{i}]", "rejected", reason=e.reason, message=e.message)


def _csv_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    text = decode(data, name)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ItemError("empty", f"{name}: empty CSV file") from None
    except csv.Error as e:
        raise ItemError("bad_csv", f"{name}: unreadable CSV header ({e})") from None
    if pick(dict.fromkeys(header, "x"), "text") is None:
        raise ItemError("missing_text", f"{name}: no text column (looked for {', '.join(FIELD_SYNONYMS['text'])})")
    row_no = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            yield LedgerEntry(f"{name}:{reader.line_num}", "rejected", reason="bad_csv", message=f"{name} row {row_no + 1}: {e}", line=reader.line_num)
            break
        row_no += 1
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            yield LedgerEntry(f"{name}:{row_no}", "rejected", reason="ragged_row",
                              message=f"{name} row {row_no}: {len(row)} fields, header has {len(header)}", line=row_no)
            continue
        try:
            yield _record_item(name, dict(zip(header, row)), row_no, row_no)
        except ItemError as e:
            yield LedgerEntry(f"{name}:{row_no}", "rejected", reason=e.reason, message=e.message, line=row_no)


FORMATS: dict[str, Callable[[str, bytes, Any], Iterable[RawItem | LedgerEntry]]] = {
    ".txt": _txt_items,
    ".jsonl": _jsonl_items,
    ".json": _json_items,
    ".csv": _csv_items,
}


def build_article(raw: RawItem) -> Article:
    """Clean one raw item and fill its metadata from the record, then sidecar, then the text itself."""
    title = _as_str(pick(raw.fields, "title"))
    cleaned = cleaning.clean(raw.text, known_title=title)
    prov: dict[str, str] = {}
    out: dict[str, str] = {}
    for name, from_text in (("title", cleaned.title), ("outlet", cleaned.outlet), ("published", cleaned.published)):
        given = _as_str(pick(raw.fields, name))
        if name == "published" and given:
            parsed = metadata.parse_date(given)
            given = parsed.iso if parsed else given
        if given:
            out[name], prov[name] = given, raw.origin
        elif from_text:
            out[name], prov[name] = from_text, "text"
    url = _as_str(pick(raw.fields, "url"))
    if url:
        prov["url"] = raw.origin
    if cleaned.dateline:
        prov["dateline"] = "text"
    body = cleaned.text
    return Article(
        id=_as_str(pick(raw.fields, "id")) or raw.default_id or content_hash(body)[:12],
        text=body, raw_text=raw.text, title=out.get("title", ""), outlet=out.get("outlet", ""),
        published=out.get("published", ""), url=url, source_file=raw.source_file,
        content_hash=content_hash(body), provenance=tuple(sorted(prov.items())), removed=cleaned.removed,
    )


def _sidecar(path: Path) -> dict[str, Any] | None:
    side = path.with_suffix(".json")
    if path.suffix.lower() != ".txt" or not side.is_file():
        return None
    try:
        obj = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return obj if isinstance(obj, dict) else None


def items_from_bytes(name: str, data: bytes, sidecar: dict[str, Any] | None = None) -> Iterator[RawItem | LedgerEntry]:
    """Raw items (or rejections) from one file's bytes, chosen by its extension."""
    ext = Path(name).suffix.lower()
    parser = FORMATS.get(ext)
    if parser is None:
        yield LedgerEntry(name, "rejected", reason="unsupported_type", message=f"{name}: unsupported file type '{ext or '(none)'}' (supported: {', '.join(sorted(FORMATS))})")
        return
    if not data.strip():
        yield LedgerEntry(name, "rejected", reason="empty", message=f"{name}: the file is empty")
        return
    try:
        yield from parser(name, data, sidecar)
    except ItemError as e:
        yield LedgerEntry(name, "rejected", reason=e.reason, message=e.message)


class Corpus:
    """Accumulates articles and the ledger across inputs, ingesting identical clean texts once."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.ledger: list[LedgerEntry] = []
        self._by_hash: dict[str, str] = {}
        self._ids: set[str] = set()

    def add_items(self, items: Iterable[RawItem | LedgerEntry]) -> None:
        """Build and account for each item; a failure on one never stops the next."""
        for it in items:
            if isinstance(it, LedgerEntry):
                self.ledger.append(it)
                continue
            try:
                art = build_article(it)
            except Exception as e:  # noqa: BLE001 - one bad item must not stop a corpus
                self.ledger.append(LedgerEntry(it.item, "rejected", reason="unreadable", message=f"{it.item}: {type(e).__name__}: {e}", line=it.line))
                continue
            if not art.text.strip():
                self.ledger.append(LedgerEntry(it.item, "rejected", reason="no_body", message=f"{it.item}: nothing left after removing boilerplate", line=it.line))
                continue
            if art.content_hash in self._by_hash:
                first = self._by_hash[art.content_hash]
                self.ledger.append(LedgerEntry(it.item, "duplicate", article_id=first, reason="exact_duplicate", message=f"{it.item}: same text as article {first}", line=it.line))
                continue
            if art.id in self._ids:
                art = _with_id(art, f"{art.id}~{art.content_hash[:6]}")
            self._by_hash[art.content_hash] = art.id
            self._ids.add(art.id)
            self.articles.append(art)
            self.ledger.append(LedgerEntry(it.item, "ingested", article_id=art.id, message=f"{it.item}: ingested as {art.id}", line=it.line))

    def add_path(self, path: str | Path) -> None:
        """Add a file, or every supported file below a folder (sidecar .json files are read with their .txt)."""
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            txt_stems = {f.with_suffix("") for f in files if f.suffix.lower() == ".txt"}
            for f in files:
                if f.suffix.lower() == ".json" and f.with_suffix("") in txt_stems:
                    continue  # a sidecar, read with its .txt
                self._add_file(f)
        elif p.is_file():
            self._add_file(p)
        else:
            self.ledger.append(LedgerEntry(str(path), "rejected", reason="not_found", message=f"{path}: no such file or folder"))

    def _add_file(self, f: Path) -> None:
        try:
            if f.stat().st_size > MAX_FILE_BYTES:
                raise ItemError("too_large", f"{f.name}: {f.stat().st_size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit")
            data = f.read_bytes()
        except ItemError as e:
            self.ledger.append(LedgerEntry(f.name, "rejected", reason=e.reason, message=e.message))
            return
        except OSError as e:
            self.ledger.append(LedgerEntry(f.name, "rejected", reason="unreadable", message=f"{f.name}: {e.strerror or e}"))
            return
        self.add_items(items_from_bytes(f.name, data, _sidecar(f)))

    def add_bytes(self, name: str, data: bytes) -> None:
        """Add an uploaded file."""
        self.add_items(items_from_bytes(name, data))

    def add_text(self, text: str, name: str = "pasted text") -> None:
        """Add pasted text as one article."""
        if not text.strip():
            self.ledger.append(LedgerEntry(name, "rejected", reason="empty", message=f"{name}: nothing was pasted"))
            return
        self.add_items([RawItem(name, name, text, {}, "text", None, name.replace(" ", "-"))])


def _with_id(art: Article, new_id: str) -> Article:
    from dataclasses import replace
    return replace(art, id=new_id)


def load_path(*paths: str | Path) -> tuple[list[Article], list[LedgerEntry]]:
    """Load files and folders into articles plus the ledger of every submitted item."""
    c = Corpus()
    for p in paths:
        c.add_path(p)
    return c.articles, c.ledger
