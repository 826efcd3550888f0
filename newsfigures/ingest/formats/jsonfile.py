"""JSON and JSON Lines: one article per object, per line, or per element of a list (bare or under a key).

JSON Lines are read one line at a time, so whoever stops asking for items stops the reading."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any

from newsfigures.ingest.decoding import decode_text
from newsfigures.ingest.formats.records import record_item
from newsfigures.ingest.items import ItemError, RawItem, pick
from newsfigures.ingest.ledger import rejected
from newsfigures.ingest.lexicon import RECORD_LIST_KEYS
from newsfigures.ingest.limits import MAX_JSON_INT_DIGITS, MAX_JSON_NOTES
from newsfigures.model import LedgerEntry

_LINE_BREAK = re.compile(r"\r\n|\n|\r")


class JsonWarnings:
    """json.loads hooks that note what strict JSON would not allow instead of failing or mangling silently."""

    def __init__(self) -> None:
        self.notes: list[str] = []

    def pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        """An object from its key-value pairs, noting duplicate keys (the last value is used)."""
        out: dict[str, Any] = {}
        for k, v in pairs:
            if k in out and len(self.notes) < MAX_JSON_NOTES:
                self.notes.append(f"duplicate key '{k[:40]}': the last value is used")
            out[k] = v
        return out

    def constant(self, name: str) -> None:
        """NaN and Infinity become None, with a note."""
        self.notes.append(f"non-standard JSON value {name} treated as missing")
        return None

    def integer(self, s: str) -> int | str:
        """An integer, or the digits as text when too long for int()."""
        if len(s) > MAX_JSON_INT_DIGITS:
            self.notes.append(f"a {len(s):,}-digit number kept as text")
            return s
        return int(s)

    def loads(self, s: str) -> Any:
        """json.loads with these hooks."""
        return json.loads(s, object_pairs_hook=self.pairs, parse_constant=self.constant, parse_int=self.integer)


def jsonl_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    """One item (or rejection) per non-blank line of a JSON Lines file."""
    text, warns = decode_text(data, name)
    n_items = 0
    for n, line in enumerate(_lines(text), start=1):
        if not line.strip():
            continue
        n_items += 1
        yield _jsonl_item(name, n, line, warns)
    if not n_items:
        raise ItemError("empty", f"{name}: no JSON lines, only blank lines")


def _lines(text: str) -> Iterator[str]:
    """The lines of a text split at each line break (LF, CRLF or CR), found one at a time."""
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        yield text[pos:m.start()]
        pos = m.end()
    yield text[pos:]


def _jsonl_item(name: str, n: int, line: str, warns: list[str]) -> RawItem | LedgerEntry:
    where = f"{name}:{n}"
    hooks = JsonWarnings()
    try:
        return record_item(name, hooks.loads(line), n, n, warns + hooks.notes)
    except json.JSONDecodeError as e:
        return rejected(where, "bad_json", f"{name} line {n}: invalid JSON ({e.msg} at column {e.colno})", n)
    except ItemError as e:
        return rejected(where, e.reason, e.message, n)
    except RecursionError:
        return rejected(where, "too_deep", f"{name} line {n}: JSON nested too deeply to read", n)
    except (ValueError, OverflowError) as e:
        return rejected(where, "bad_json", f"{name} line {n}: unreadable JSON value ({e})", n)


def json_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    """One item per article in a JSON document: an object, a list, or an object holding a list of articles."""
    text, warns = decode_text(data, name)
    hooks = JsonWarnings()
    obj = _load_document(name, text, hooks)
    warns += hooks.notes
    records = _records(obj)
    if not records:
        raise ItemError("no_records", f"{name}: an empty list, no articles in it")
    single = len(records) == 1 and not isinstance(obj, list)
    for i, rec in enumerate(records):
        try:
            raw = record_item(name, rec, None, i, warns)
        except ItemError as e:
            yield rejected(name if single else f"{name}[{i}]", e.reason, e.message)
            continue
        yield replace(raw, item=name, default_id=PurePosixPath(name).stem) if single else raw


def _load_document(name: str, text: str, hooks: JsonWarnings) -> Any:
    try:
        return hooks.loads(text)
    except json.JSONDecodeError as e:
        raise ItemError("bad_json", f"{name}: invalid JSON at line {e.lineno} column {e.colno} ({e.msg})") from None
    except RecursionError:
        raise ItemError("too_deep", f"{name}: JSON nested too deeply to read") from None
    except (ValueError, OverflowError) as e:
        raise ItemError("bad_json", f"{name}: unreadable JSON value ({e})") from None


def _records(obj: Any) -> list[Any]:
    """The article records of a document: a list's elements, an object's list of articles, or the value itself."""
    if isinstance(obj, dict) and pick(obj, "text") is None:
        inner = next((obj[k] for k in obj if str(k).lower() in RECORD_LIST_KEYS and isinstance(obj[k], list)), None)
        return inner if inner is not None else [obj]
    return obj if isinstance(obj, list) else [obj]
