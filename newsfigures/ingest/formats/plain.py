"""Plain text: one article per file, its metadata from a sidecar when there is one, else from the text."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from newsfigures.ingest.decoding import decode_text
from newsfigures.ingest.items import RawItem


def txt_items(name: str, data: bytes, sidecar: Any) -> Iterator[RawItem]:
    """The file's one item; `sidecar` is (fields, warning) or None."""
    text, warns = decode_text(data, name)
    side, side_warn = sidecar if isinstance(sidecar, tuple) else (sidecar, "")
    warns += [side_warn] if side_warn else []
    yield RawItem(name, name, text, side or {}, "sidecar" if side else "text", None, PurePosixPath(name).stem, tuple(warns))
