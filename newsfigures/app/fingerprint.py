"""What tells the app its corpus folder changed: the name, size and modification time of every visible file, walked
at most once every few seconds (a page run asks several times; a folder of 10,000 files takes about 0.1 s to walk)."""
from __future__ import annotations

import json
import threading
import time
from pathlib import Path

FRESH_SECONDS = 2.0  # a fingerprint this recent is reused: a file changed meanwhile shows on the next run after it
_LOCK = threading.Lock()
_RECENT: dict[str, tuple[float, str]] = {}  # folder -> (when walked, fingerprint); the server's own folder only


def folder_fingerprint(folder: Path) -> str:
    """The fingerprint of `folder`, walked again only when the last walk is older than FRESH_SECONDS."""
    now = time.monotonic()
    with _LOCK:
        when, found = _RECENT.get(str(folder), (float("-inf"), ""))
    if now - when <= FRESH_SECONDS:
        return found
    found = walk(folder)
    with _LOCK:
        _RECENT[str(folder)] = (now, found)
    return found


def walk(folder: Path) -> str:
    """Name, size and modification time of every visible file below `folder` (a file gone while listing is skipped)."""
    rows = []
    for p in folder.rglob("*"):
        rel = p.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        try:
            st_ = p.stat()
        except FileNotFoundError:
            continue
        if p.is_file():
            rows.append((str(rel), st_.st_size, st_.st_mtime_ns))
    return json.dumps(sorted(rows))
