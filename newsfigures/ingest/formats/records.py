"""One record (a JSON object or a CSV row) to a raw item: its text field, and its other fields repaired."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any

from newsfigures.ingest.decoding import repair_string
from newsfigures.ingest.items import ItemError, RawItem, pick
from newsfigures.ingest.lexicon import FIELD_SYNONYMS


def record_item(name: str, obj: Any, line: int | None, idx: int, warns: Iterable[str] = ()) -> RawItem:
    """The raw item of record `obj` of file `name` (at `line`, or list index `idx`); ItemError without a text."""
    where = f"{name}:{line}" if line is not None else f"{name}[{idx}]"
    if not isinstance(obj, dict):
        raise ItemError("not_an_object", f"{where}: expected an object with a text field, got {type(obj).__name__}")
    text = pick(obj, "text")
    if isinstance(text, list) and all(isinstance(p, str) for p in text):
        text = "\n\n".join(text)  # a body given as a list of paragraphs
    if not isinstance(text, str) or not text.strip():
        raise ItemError("missing_text", f"{where}: no text (looked for {', '.join(FIELD_SYNONYMS['text'])})")
    warnings = list(warns)
    raw_text = text
    text, w = repair_string(text)
    warnings += [f"text: {x}" for x in w]
    fields: dict[str, Any] = {}
    for k, v in obj.items():
        if isinstance(v, str) and v is not raw_text:
            v, w = repair_string(v)
            warnings += [f"{k}: {x}" for x in w]
        fields[k] = v
    return RawItem(where, name, text, fields, "record", line, f"{PurePosixPath(name).stem}-{line if line is not None else idx}", tuple(warnings))
