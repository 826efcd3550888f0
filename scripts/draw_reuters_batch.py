"""Draw the measure gold's Reuters batch (tests/gold/README.md, "The Reuters batch") and print it as split.json's
`batches.reuters` entry. Run once, before any item was annotated or scored; kept so the draw can be repeated.

    bash scripts/fetch_reuters.sh && python scripts/draw_reuters_batch.py

Eligible items: prose, not tables (under a fifth of the body's lines carry "vs" or are mostly numbers), 80-350 words,
3-14 number mentions (digit tokens and number words), and no body repeated earlier. Threads are the connected groups
of eligible items whose TF-IDF cosine is at least 0.5 (a group of more than three keeps three, drawn). The draw takes
THREADS threads and fills the batch to SIZE items with one-off items; the units (threads and one-offs) are sorted by
name, shuffled with the seed and assigned to dev until dev holds 60 % of the items.
"""
from __future__ import annotations

import json
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsfigures.eval import reuters  # noqa: E402

SEED, SIZE, THREADS, THREAD_MIN_COSINE = 20261204, 40, 10, 0.5
NUMBER_WORDS = set("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                   "hundred hundreds thousand thousands million millions billion half dozen dozens".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+|\d[\d.,]*")


def _numbers(body: str) -> int:
    """How many number mentions a body holds: digit tokens and number words."""
    return sum(1 for w in _WORD.findall(body) if w[0].isdigit() or w.lower() in NUMBER_WORDS)


def _tabular(body: str) -> bool:
    """Is the body a table (earnings lines, "Shr 85 cts vs 1.20 dlrs") rather than prose?"""
    lines = [ln.split() for ln in body.splitlines() if ln.strip()]
    rows = sum(1 for ln in lines if "vs" in ln or sum(t[0].isdigit() for t in ln) * 2 >= len(ln))
    return rows * 5 >= len(lines)


def eligible() -> dict[str, str]:
    """Gold document name -> body, for every eligible item in file order."""
    seen: set[str] = set()
    out = {}
    for stem in reuters.SOURCES:
        for i, text in enumerate(reuters.source_items(stem)):
            body = reuters.split_title(text)[1]
            words = len(body.split())
            if body in seen or _tabular(body) or not 80 <= words <= 350 or not 3 <= _numbers(body) <= 14:
                continue
            seen.add(body)
            out[reuters.item_name(i, stem)] = body
    return out


def _vectors(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """Unit-length TF-IDF vectors of lower-cased words of three letters or more."""
    counts = {k: Counter(w.lower() for w in _WORD.findall(t) if w[0].isalpha() and len(w) > 2) for k, t in texts.items()}
    df = Counter(w for c in counts.values() for w in c)
    vecs = {}
    for k, c in counts.items():
        v = {w: n * math.log(len(counts) / df[w]) for w, n in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[k] = {w: x / norm for w, x in v.items()}
    return vecs


def threads(texts: dict[str, str]) -> list[list[str]]:
    """Connected groups (two items or more) of items at cosine >= THREAD_MIN_COSINE, each in file order."""
    vecs = _vectors(texts)
    names = list(texts)
    parent = {n: n for n in names}

    def root(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if sum(x * vecs[b].get(w, 0.0) for w, x in vecs[a].items()) >= THREAD_MIN_COSINE:
                parent[root(b)] = root(a)
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(root(n), []).append(n)
    return [g for g in groups.values() if len(g) > 1]


def draw() -> dict:
    """The batch: units (thread key -> documents), dev and test documents."""
    texts = eligible()
    rng = random.Random(SEED)
    groups = sorted(threads(texts))
    chosen = [sorted(rng.sample(g, 3)) if len(g) > 3 else g for g in rng.sample(groups, THREADS)]
    in_thread = {d for g in groups for d in g}
    singles = sorted(d for d in texts if d not in in_thread)
    size = sum(len(g) for g in chosen)
    chosen += [[d] for d in rng.sample(singles, SIZE - size)]
    units = {("thread_" if len(g) > 1 else "") + Path(g[0]).stem: g for g in chosen}
    order = sorted(units)
    rng.shuffle(order)
    dev: list[str] = []
    test: list[str] = []
    for name in order:
        (dev if len(dev) < 0.6 * SIZE else test).extend(units[name])
    print(f"eligible {len(texts)}, threads {len(groups)}", file=sys.stderr)
    return {"seed": str(SEED), "units": {k: units[k] for k in sorted(units)}, "dev": sorted(dev), "test": sorted(test)}


if __name__ == "__main__":
    print(json.dumps(draw(), indent=1))
