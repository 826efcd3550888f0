"""Corpus items written out as article files for the gold: the folder written whole, and an item's file read back
from its gold document name. Shared by the corpora that come with a package (lee.py, reuters.py)."""
from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def stem_of(doc: str, prefix: str, stems: Iterable[str], pattern: str, corpus: str) -> str:
    """Which source file a gold document `prefix`<stem>`pattern` comes from (`pattern` like "_NNN.txt", one N per
    digit); ValueError, naming the document names that exist, for any other name."""
    known = list(stems)
    digits = pattern.count("N")
    m = re.fullmatch(re.escape(prefix) + r"([a-z]+)_\d{%d}\.txt" % digits, doc)
    if m is None or m.group(1) not in known:
        names = ", ".join(f"{prefix}{s}{pattern}" for s in known)
        raise ValueError(f"{doc!r} names no {corpus} file (expected {names})")
    return m.group(1)


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
