"""What a format reader yields: a raw item with the fields it brought, or the error that rejects it."""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsfigures.ingest.lexicon import FIELD_SYNONYMS, OBJECT_VALUE_KEYS


@dataclass(frozen=True)
class RawItem:
    """One article-shaped item before cleaning: where it came from and the fields it brought."""

    item: str
    source_file: str
    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    origin: str = "record"  # where the non-text fields came from: "record", "sidecar" or "text"
    line: int | None = None
    default_id: str = ""
    warnings: tuple[str, ...] = ()
    origins: dict[str, str] = field(default_factory=dict)  # per-field override of `origin`


class ItemError(Exception):
    """A submitted item that cannot become an article: a reason code and a message a person reads."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason, self.message = reason, message


def pick(fields: Mapping[str, Any], name: str) -> Any:
    """The value of field `name` under any of its synonyms (case-insensitive), or None."""
    lowered = {str(k).lower(): v for k, v in fields.items()}
    for key in FIELD_SYNONYMS[name]:
        v = lowered.get(key.lower())
        if v not in (None, "", [], {}):
            return v
    return None


def as_str(v: Any) -> str:
    """A field value as text: "" for missing, boolean or non-finite values; an object's name; a list's first value."""
    if v is None or isinstance(v, bool):
        return ""
    if isinstance(v, float) and not math.isfinite(v):
        return ""
    if isinstance(v, dict):
        return next((as_str(v[k]) for k in OBJECT_VALUE_KEYS if isinstance(v.get(k), (str, int, float))), "")
    if isinstance(v, (list, tuple)):
        return next((s for s in (as_str(x) for x in v[:20]) if s), "")
    if isinstance(v, (str, int, float)):
        return str(v).strip()
    return str(v).strip()[:500]
