"""An analyst's edits as a small versioned JSON file, and as a compact link parameter when they are short."""
from __future__ import annotations

import base64
import binascii
import json
import zlib
from collections.abc import Callable, Sequence
from typing import Any

from newsfigures.compare.edited import FigureKey
from newsfigures.compare.edits import Edit, EditError, Link, Merge, Move, Rename, Unlink

FORMAT = "newsfigures-edits"
VERSION = 1
MAX_EDITS = 1000  # edits one file or link may hold
MAX_BYTES = 2_000_000  # of a file, and of a link's decompressed JSON
URL_LIMIT = 1500  # characters of the link parameter; longer edits travel only as a file


def to_json(edits: Sequence[Edit]) -> str:
    """The edits as a JSON document: {"format": "newsfigures-edits", "version": 1, "edits": [...]}."""
    return json.dumps({"format": FORMAT, "version": VERSION, "edits": [e.to_dict() for e in edits]},
                      ensure_ascii=False, indent=1)


def _text(data: str | bytes) -> str:
    if isinstance(data, str):
        return data
    if len(data) > MAX_BYTES:
        raise EditError(f"the file is larger than {MAX_BYTES:,} bytes; an edits file is small")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise EditError(f"the file is not UTF-8 text (byte {e.start})") from e


def _field(d: dict, name: str, kind: type, where: str) -> Any:
    value = d.get(name)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise EditError(f"{where}: “{name}” must be {'a number' if kind is int else 'text'}")
    return value


def _label(d: dict, name: str, where: str) -> str:
    """An optional label a newer record keeps (the name a metric was shown by); "" when the record has none."""
    return "" if d.get(name) is None else _field(d, name, str, where)


def _key(d: Any, where: str) -> FigureKey:
    """A figure key from its record: {"article_id", "start", "end", "text"}."""
    if not isinstance(d, dict):
        raise EditError(f"{where}: a figure must be an object with article_id, start, end and text")
    key = FigureKey(_field(d, "article_id", str, where), _field(d, "start", int, where), _field(d, "end", int, where),
                    _field(d, "text", str, where))
    if not 0 <= key.start < key.end or not key.article_id or not key.text:
        raise EditError(f"{where}: the figure's article, offsets or text are empty or out of order")
    return key


_READERS: dict[str, Callable[[dict, str], Edit]] = {
    "unlink": lambda d, w: Unlink(_key(d.get("a"), f"{w}, a"), _key(d.get("b"), f"{w}, b")),
    "link": lambda d, w: Link(_key(d.get("a"), f"{w}, a"), _key(d.get("b"), f"{w}, b")),
    "merge": lambda d, w: Merge(_field(d, "metric", str, w), _field(d, "into", str, w), _label(d, "metric_label", w),
                                _label(d, "into_label", w)),
    "move": lambda d, w: Move(_key(d.get("figure"), f"{w}, figure"), _field({"into": d.get("into") or ""}, "into", str, w),
                              _label(d, "into_label", w)),
    "rename": lambda d, w: Rename(_field(d, "metric", str, w), _field(d, "name", str, w), _label(d, "metric_label", w)),
}


def _edit(d: Any, n: int) -> Edit:
    """One edit from its record; the message names the edit's position."""
    where = f"edit {n}"
    if not isinstance(d, dict) or d.get("op") not in _READERS:
        raise EditError(f"{where}: “op” must be one of {', '.join(_READERS)}")
    try:
        return _READERS[d["op"]](d, where)
    except EditError as e:
        raise EditError(e.args[0] if str(e).startswith(where) else f"{where}: {e}") from None


def from_json(data: str | bytes) -> tuple[Edit, ...]:
    """The edits of a JSON document written by `to_json`; EditError says what is wrong with anything else."""
    try:
        doc = json.loads(_text(data))
    except json.JSONDecodeError as e:
        raise EditError(f"not JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise EditError(f"not a newsfigures edits file (it has no \"format\": \"{FORMAT}\")")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise EditError("the edits file has no valid version")
    if version > VERSION:
        raise EditError(f"the edits file is version {version}, written by a newer newsfigures (this one reads {VERSION})")
    items = doc.get("edits")
    if not isinstance(items, list):
        raise EditError("the edits file has no list of edits")
    if len(items) > MAX_EDITS:
        raise EditError(f"the edits file holds {len(items):,} edits; at most {MAX_EDITS:,} are read")
    return tuple(_edit(d, n) for n, d in enumerate(items, 1))


def to_url(edits: Sequence[Edit]) -> str:
    """The edits as one compact link parameter (compressed JSON, URL-safe base64); "" when there are none."""
    if not edits:
        return ""
    raw = json.dumps({"format": FORMAT, "version": VERSION, "edits": [e.to_dict() for e in edits]},
                     ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode("ascii").rstrip("=")


def url_param(edits: Sequence[Edit]) -> str:
    """The link parameter of the edits when it is short enough to travel in a link, else ""."""
    code = to_url(edits)
    return code if len(code) <= URL_LIMIT else ""


def from_url(code: str) -> tuple[Edit, ...]:
    """The edits of a link parameter written by `to_url`; EditError when the link was cut or altered."""
    try:
        packed = base64.urlsafe_b64decode(code + "=" * (-len(code) % 4))
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_BYTES)
    except (binascii.Error, ValueError, zlib.error) as e:
        raise EditError(f"the edits in this link cannot be read (it may have been cut short): {e}") from None
    if inflater.unconsumed_tail:
        raise EditError("the edits in this link are too large to read")
    if not inflater.eof:
        raise EditError("the edits in this link cannot be read: it was cut short")
    return from_json(raw)
