"""The hand-annotated gold set in tests/gold/: loading it and locating each gold figure in a text."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from newsfigures.eval import lee, reuters

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GOLD_DIR = ROOT / "tests" / "gold"
GOLD = GOLD_DIR / "figures.jsonl"
DOCS_FILE = GOLD_DIR / "documents.json"


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    """Gold figure records (one JSON object per line)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_documents(gold: list[dict[str, Any]]) -> list[str]:
    """All annotated documents (also those without any figure), in file order."""
    if DOCS_FILE.exists():
        return json.loads(DOCS_FILE.read_text(encoding="utf-8"))["documents"]
    return list(dict.fromkeys(g["doc"] for g in gold))


def document_file(doc: str) -> Path:
    """The article file of a gold document: a path relative to ../shared, a Lee corpus item ("lee/...") or a Reuters
    item ("reuters/...")."""
    if lee.is_lee(doc):
        return lee.document_path(doc)
    return reuters.document_path(doc) if reuters.is_reuters(doc) else SHARED / doc


def read_document(doc: str) -> str:
    """The raw text of a gold document."""
    return document_file(doc).read_text(encoding="utf-8")


def _loose_char(ch: str) -> str:
    """Regex for one context character: quotes match their straight and curly forms."""
    if ch in "'\u2018\u2019":
        return "['\u2018\u2019]"
    if ch in '"\u201c\u201d':
        return '["\u201c\u201d]'
    return re.escape(ch)


def loose_pattern(context: str) -> re.Pattern[str]:
    """Regex for `context` that tolerates whitespace changes and straight/curly quote swaps made by cleaning."""
    out: list[str] = []
    for ch in context:
        if not ch.isspace():
            out.append(_loose_char(ch))
        elif not out or out[-1] != r"\s+":
            out.append(r"\s+")
    return re.compile("".join(out))


def _exact_starts(text: str, ctx: str) -> list[int]:
    """Every start of `ctx` in `text` (overlapping occurrences included)."""
    starts, i = [], text.find(ctx)
    while i != -1:
        starts.append(i)
        i = text.find(ctx, i + 1)
    return starts


def locate_gold(g: dict[str, Any], text: str) -> tuple[int, int] | None:
    """Character span of gold figure `g` in `text`, found through its context (the `occurrence`-th match),
    exactly first and then whitespace/quote-tolerantly; None when the context is not in `text`."""
    ctx, occ, off = g["context"], g.get("occurrence", 0), g.get("context_offset")
    if off is None:
        off = ctx.find(g["surface"])
    starts = _exact_starts(text, ctx)
    if len(starts) > occ:
        s = starts[occ] + off
        return s, s + len(g["surface"])
    matches = list(loose_pattern(ctx).finditer(text))
    if len(matches) <= occ:
        return None
    m = matches[occ]
    # re-find the surface inside the matched window (its inner offset may have shifted)
    window = text[m.start():m.end()]
    surface = loose_pattern(g["surface"])
    sm = surface.search(window, max(0, min(off, len(window)) - 5)) or surface.search(window)
    if not sm:
        return None
    return m.start() + sm.start(), m.start() + sm.end()
