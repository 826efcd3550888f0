"""One file's bytes to raw items: the reader chosen by extension, the file-level checks, a ledger row on failure.

Every submitted item (a file, a JSONL line, a CSV row, a JSON list element, a zip member, a pasted text) ends
as exactly one ledger row: `ingested`, `duplicate` (of which article) or `rejected` (reason code, message, line).
Nothing is decoded with errors="replace", nothing is dropped without a row. docs/ingestion.md lists the codes.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import PurePosixPath
from typing import Any

from newsfigures.ingest.decoding import EMPTY_BOMS
from newsfigures.ingest.formats import archive, html, jsonfile, markdown, plain, table
from newsfigures.ingest.items import ItemError, RawItem
from newsfigures.ingest.ledger import rejected
from newsfigures.ingest.limits import MAX_FILE_BYTES
from newsfigures.ingest.sidecars import Sidecar
from newsfigures.model import LedgerEntry

Reader = Callable[[str, bytes, Any], Iterable[RawItem | LedgerEntry]]


def _zip_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    return archive.zip_items(name, data, _member_items)


def _member_items(name: str, data: bytes, sidecar: Sidecar | None) -> Iterator[RawItem | LedgerEntry]:
    return items_from_bytes(name, data, sidecar, in_archive=True)


FORMATS: dict[str, Reader] = {
    ".txt": plain.txt_items,
    ".text": plain.txt_items,
    ".md": markdown.md_items,
    ".markdown": markdown.md_items,
    ".jsonl": jsonfile.jsonl_items,
    ".ndjson": jsonfile.jsonl_items,
    ".json": jsonfile.json_items,
    ".csv": table.csv_items,
    ".tsv": table.csv_items,
    ".html": html.html_items,
    ".htm": html.html_items,
    ".zip": _zip_items,
}
UPLOAD_TYPES = tuple(sorted(ext.lstrip(".") for ext in FORMATS))


def items_from_bytes(name: str, data: bytes, sidecar: Sidecar | dict[str, Any] | None = None, *,
                     in_archive: bool = False) -> Iterator[RawItem | LedgerEntry]:
    """Raw items (or rejections) from one file's bytes, chosen by its extension; never raises for bad content."""
    ext = PurePosixPath(name).suffix.lower()
    refusal = _refusal(name, ext, data, in_archive)
    if refusal is not None:
        yield refusal
        return
    if isinstance(sidecar, dict):
        sidecar = (sidecar, "")
    produced = False
    try:
        for it in FORMATS[ext](name, data, sidecar):
            produced = True
            yield it
    except ItemError as e:
        produced = True
        yield rejected(name, e.reason, e.message)
    except RecursionError:
        produced = True
        yield rejected(name, "too_deep", f"{name}: nested too deeply to read")
    except Exception as e:  # noqa: BLE001 - a parser bug on one file must not stop a corpus
        produced = True
        yield rejected(name, "unreadable", f"{name}: could not be read ({type(e).__name__}: {str(e)[:200]})")
    if not produced:
        yield rejected(name, "no_records", f"{name}: no articles in this file")


def _refusal(name: str, ext: str, data: bytes, in_archive: bool) -> LedgerEntry | None:
    """The row rejecting a whole file before it is read (type, nesting, size, emptiness), or None."""
    if ext not in FORMATS:
        return rejected(name, "unsupported_type", f"{name}: unsupported file type '{ext or '(none)'}' (supported: {', '.join(sorted(FORMATS))})")
    if in_archive and ext == ".zip":
        return rejected(name, "nested_archive", f"{name}: an archive inside an archive is not opened; unpack it first")
    if len(data) > MAX_FILE_BYTES:
        return rejected(name, "too_large", f"{name}: {len(data):,} bytes is over the {MAX_FILE_BYTES:,}-byte limit")
    if not data.strip() or data.strip() in EMPTY_BOMS:
        return rejected(name, "empty", f"{name}: the file is empty")
    return None
