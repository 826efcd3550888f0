"""Machinery that turns the hand-written annotations in `annotations.py` into the gold JSONL files.

Every record is located in the real file text: the surface is searched (word-bounded) inside an optional anchor
string `at`, the context is cut from the file around it, and offsets are computed, never hand-counted.
Run `python tests/gold/annotations.py` to rebuild `figures.jsonl` and `negatives.jsonl` (needs ../shared).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD_DIR = Path(__file__).resolve().parent

PREFIX = {
    "wn": "corpora/wikinews-2004/wn2004_{}.txt",
    "nk": "corpora/current-events/nk_troops_russia_2024_2025/{}.txt",
    "gz": "corpora/current-events/gaza_war_death_toll_2023_2025/{}.txt",
    "tk": "corpora/current-events/turkey_syria_earthquake_2023/{}.txt",
    "ch": "corpora/current-events/cyclone_chido_2024/{}.txt",
    "my": "corpora/current-events/myanmar_earthquake_2025/{}.txt",
    "tx": "corpora/current-events/texas_floods_2025/{}.txt",
}

# Vague counts: the range of values a reader can take the word to mean, and a representative value, written by
# hand from the rule in README.md ("Vague counts"): a plural number word says at least two of it, and stops just
# below two of the next larger word, which the writer would have used once it became true. Never copied from the
# code: the evaluator scores the code's value against these ranges.
VAGUE = {
    "dozens": (24, 199, 36),  # next larger word: "hundreds"
    "scores": (40, 199, 60),  # next larger word: "hundreds"
    "hundreds": (200, 1999, 500),  # next: "thousands"
    "several hundred": (300, 999, 500),  # "several" is three to nine
    "thousands": (2000, 19999, 5000),  # next: "tens of thousands"
    "tens of thousands": (20000, 199999, 50000),  # next: "hundreds of thousands"
    "trillions": (2e12, 1.999e15, 5e12),  # next: "quadrillions"
}
QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "nearly", "range", "vague")

_text_cache: dict[str, str] = {}
_meta_cache: dict[str, dict] = {}
FIGURES: list[dict] = []
NEGATIVES: list[dict] = []
DOCS: list[str] = []  # every annotated document, including those with no figure
DEFAULT = object()


def doc_path(alias: str) -> str:
    """'wn:081' -> 'corpora/wikinews-2004/wn2004_081.txt' (path relative to /work/shared)."""
    kind, name = alias.split(":", 1)
    return PREFIX[kind].format(name)


def text_of(doc: str) -> str:
    if doc not in _text_cache:
        _text_cache[doc] = (SHARED / doc).read_text(encoding="utf-8")
    return _text_cache[doc]


def meta_of(doc: str) -> dict:
    if doc not in _meta_cache:
        _meta_cache[doc] = json.loads((SHARED / doc).with_suffix(".json").read_text(encoding="utf-8"))
    return _meta_cache[doc]


def published_of(doc: str) -> str:
    return (meta_of(doc).get("publication_date") or "")[:10]


def _bounded(surface: str) -> re.Pattern:
    """Surface as a regex that cannot start or end inside a larger token (no '4' inside 'MN4' or '2004')."""
    return re.compile(r"(?<![\w$])(?<!\d[.,])" + re.escape(surface) + r"(?![\w])(?![.,]\d)")


def locate(doc: str, surface: str, at: str | None) -> int:
    """Start offset of `surface` in the file; inside the unique anchor `at` when given, else it must be unique."""
    text = text_of(doc)
    if at is not None:
        if text.count(at) != 1:
            raise ValueError(f"{doc}: anchor {at!r} occurs {text.count(at)} times")
        base = text.index(at)
        m = _bounded(surface).search(at)
        if not m:
            raise ValueError(f"{doc}: surface {surface!r} not in anchor {at!r}")
        return base + m.start()
    hits = [m.start() for m in _bounded(surface).finditer(text)]
    if len(hits) != 1:
        raise ValueError(f"{doc}: surface {surface!r} occurs {len(hits)} times; give at=")
    return hits[0]


def context_for(text: str, start: int, end: int, width: int = 30) -> tuple[str, int]:
    """A verbatim window (~40-90 chars) of the line around [start, end), cut at word boundaries."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, start - width)
    hi = min(line_end, end + width)
    while lo > line_start and not text[lo - 1].isspace():
        lo -= 1
    while hi < line_end and not text[hi].isspace():
        hi += 1
    ctx = text[lo:hi].strip()
    lo = text.index(ctx, lo)
    return ctx, lo


def occurrence_of(text: str, ctx: str, ctx_start: int) -> int:
    """0-based index of this context among all (possibly overlapping) occurrences of the same string in the file."""
    n, i = 0, text.find(ctx)
    while i != -1 and i < ctx_start:
        n += 1
        i = text.find(ctx, i + 1)
    return n


def bounds(q: str, value: float, low=None, high=None) -> tuple:
    """Interval the text states with a qualifier (see README); (None, None) for approx, nearly and vague, whose
    bounds the text does not state (any numbers here would be a convention, i.e. the code's own)."""
    if q == "exact":
        return value, value
    if q in ("at_least", "more_than"):
        return value, None
    if q in ("at_most", "less_than"):
        return 0, value
    if q == "range":
        return low, high
    if q in QUALIFIERS:
        return None, None
    raise ValueError(q)


def F(alias, surface, value, q, unit, counted, event, place, metric, as_of=DEFAULT, said_by="", at=None,
      kind=None, incremental=None, is_past=False, low=None, high=None, note=""):
    """Record one gold figure."""
    doc = doc_path(alias)
    text = text_of(doc)
    if doc not in DOCS:
        DOCS.append(doc)
    assert q in QUALIFIERS, q
    start = locate(doc, surface, at)
    end = start + len(surface)
    ctx, ctx_start = context_for(text, start, end)
    published = published_of(doc)
    plausible = None
    if q == "vague":
        key = next(k for k in sorted(VAGUE, key=len, reverse=True) if k in surface.lower())
        plausible_low, plausible_high, rep = VAGUE[key]
        plausible = [plausible_low, plausible_high]
        value = rep if value is None else value
    if q == "range":
        value = (low + high) / 2
    lo, hi = bounds(q, value, low, high)
    if kind is None:
        kind = ("percent" if unit == "percent" else "money" if unit in ("USD", "SEK", "EUR") else
                "fraction" if unit in ("fraction", "probability") else "measure" if unit else "cardinal")
    if incremental is None:
        incremental = metric.endswith(".increment")
    title_end = text.find("\n") if "wikinews" in doc else -1  # current-events items have no title line
    FIGURES.append({
        "doc": doc, "published": published, "surface": surface, "context": ctx,
        "occurrence": occurrence_of(text, ctx, ctx_start), "value": value, "low": lo, "high": hi,
        **({"plausible": plausible} if plausible else {}),
        "qualifier": q, "unit": unit, "counted": counted, "event": event, "place": place, "metric": metric,
        "as_of": published if as_of is DEFAULT else as_of, "said_by": said_by,
        "kind": kind, "incremental": incremental, "is_past": is_past,
        "section": "title" if start < title_end else "body",
        "start": start, "end": end, "context_offset": start - ctx_start, "note": note,
    })


def N(alias, surface, why, at=None):
    """Record one negative: a numeric token that is not a figure."""
    doc = doc_path(alias)
    text = text_of(doc)
    if doc not in DOCS:
        DOCS.append(doc)
    start = locate(doc, surface, at)
    end = start + len(surface)
    ctx, ctx_start = context_for(text, start, end)
    NEGATIVES.append({"doc": doc, "surface": surface, "context": ctx,
                      "occurrence": occurrence_of(text, ctx, ctx_start), "why": why,
                      "start": start, "end": end, "context_offset": start - ctx_start})


def D(alias):
    """Declare an annotated document (needed for documents whose only records are negatives or none)."""
    doc = doc_path(alias)
    if doc not in DOCS:
        DOCS.append(doc)


NUMBER_WORDS = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
                r"thousands?|millions?|billions?|trillions?|dozens?|scores|half|third|quarter|several")
TOKEN = re.compile(r"(?<![\w])(?:\d[\d,.]*\d|\d)|\b(?:" + NUMBER_WORDS + r")\b", re.I)


def uncovered() -> list[tuple[str, int, str, str]]:
    """Numeric tokens of annotated docs covered by neither a figure nor a negative (exhaustiveness check)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in FIGURES + NEGATIVES:
        spans.setdefault(r["doc"], []).append((r["start"], r["end"]))
    out = []
    for doc in DOCS:
        text = text_of(doc)
        for m in TOKEN.finditer(text):
            if not any(s <= m.start() < e for s, e in spans.get(doc, [])):
                out.append((doc, m.start(), m.group(), text[max(0, m.start() - 40):m.end() + 30].replace("\n", " ")))
    return out


def write() -> None:
    public_fig = [{k: v for k, v in r.items()} for r in FIGURES]
    with open(GOLD_DIR / "figures.jsonl", "w", encoding="utf-8") as fh:
        for r in public_fig:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(GOLD_DIR / "negatives.jsonl", "w", encoding="utf-8") as fh:
        for r in NEGATIVES:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(GOLD_DIR / "documents.json", "w", encoding="utf-8") as fh:
        json.dump({"documents": DOCS}, fh, indent=1)
        fh.write("\n")
