"""Per-sentence facts computed once per parsed Doc, so that a sentence of N figures is not scanned N times.

The cache lives in the Doc's own `user_data` (it goes away with the Doc, at the end of one article read);
nothing is kept at module level.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

T = TypeVar("T")
_KEY = "newsfigures.sentcache"


def once(doc: Doc, kind: str, key: object, build: Callable[[], T]) -> T:
    """`build()` the first time (kind, key) is asked of `doc`, the stored result afterwards."""
    store = doc.user_data.setdefault(_KEY, {})
    slot = (kind, key)
    if slot not in store:
        store[slot] = build()
    return store[slot]
