"""Sidecars: a `x.json` beside `x.txt` (in a folder, a zip or the same upload) that gives the text's metadata.

A sidecar is (fields, warning): fields None and a warning when it was there but could not be used."""
from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from newsfigures.ingest.decoding import decode_text, repair_string
from newsfigures.ingest.formats.jsonfile import JsonWarnings
from newsfigures.ingest.items import ItemError
from newsfigures.ingest.limits import MAX_FILE_BYTES

Sidecar = tuple[dict[str, Any] | None, str]


def parse_sidecar(data: bytes, name: str) -> Sidecar:
    """A sidecar's fields (strings repaired), or None with the reason it is ignored."""
    try:
        text, _ = decode_text(data, name)
        obj = JsonWarnings().loads(text)
    except ItemError as e:
        return None, f"sidecar {PurePosixPath(name).name} ignored: {e.message}"
    except (ValueError, RecursionError) as e:
        return None, f"sidecar {PurePosixPath(name).name} ignored: invalid JSON ({str(e)[:80]}); metadata taken from the text"
    if not isinstance(obj, dict):
        return None, f"sidecar {PurePosixPath(name).name} ignored: not a JSON object"
    return {k: repair_string(v)[0] if isinstance(v, str) else v for k, v in obj.items()}, ""


def sidecar_beside(path: Path) -> Sidecar | None:
    """The sidecar of a .txt file on disk, or None when it has none."""
    side = path.with_suffix(".json")
    if path.suffix.lower() != ".txt" or not side.is_file():
        return None
    try:
        if side.stat().st_size > MAX_FILE_BYTES:
            return None, f"sidecar {side.name} ignored: too large"
        return parse_sidecar(side.read_bytes(), side.name)
    except OSError as e:
        return None, f"sidecar {side.name} ignored: {e.strerror or e}"
