"""Plain text: one article per file, its metadata from a sidecar when there is one, else from the text."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from newsfigures.ingest.decoding import decode_text
from newsfigures.ingest.items import RawItem
from newsfigures.ingest.ledger import rejected
from newsfigures.model import LedgerEntry


def txt_items(name: str, data: bytes, sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    """The file's one item; `sidecar` is (fields, warning) or None. A sidecar that cannot be used also gets its
    own `bad_sidecar` row, after the text's (whose row keeps the warning)."""
    text, warns = decode_text(data, name)
    side, side_warn = sidecar if isinstance(sidecar, tuple) else (sidecar, "")
    warns += [side_warn] if side_warn else []
    yield RawItem(name, name, text, side or {}, "sidecar" if side else "text", None, PurePosixPath(name).stem, tuple(warns))
    if side_warn:
        side_name = str(PurePosixPath(name).with_suffix(".json"))
        why = side_warn.split(" ignored: ", 1)[-1]
        yield rejected(side_name, "bad_sidecar", f"{side_name}: not used as the metadata of {name}: {why}")
