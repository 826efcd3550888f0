"""Corpus items written out as article files for the gold: the folder written whole, and an item's file read back
from its gold document name. Shared by the corpora that come with a package (lee.py, reuters.py)."""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def stem_of(doc: str, prefix: str, stems: Iterable[str], pattern: str, corpus: str) -> str:
    """Which source file a gold document `prefix`<stem>_<n>.txt comes from; ValueError, naming the document names
    that exist (`pattern` is a stem's, e.g. "_NNN.txt"), for any other name."""
    stem = doc[len(prefix):].split("_", 1)[0]
    known = list(stems)
    if stem not in known:
        names = ", ".join(f"{prefix}{s}{pattern}" for s in known)
        raise ValueError(f"{doc!r} names no {corpus} file (expected {names})")
    return stem


def write_whole(target: Path, write: Callable[[Path], None]) -> Path:
    """`target`, written once by `write` into a scratch folder beside it and renamed into place whole, so a reader
    never sees a half-written folder (two test processes may race: the loser drops its copy)."""
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    write(scratch)
    try:
        scratch.rename(target)
    except OSError:  # another process put its folder there first
        shutil.rmtree(scratch, ignore_errors=True)
    return target
