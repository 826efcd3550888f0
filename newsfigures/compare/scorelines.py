"""The two sides of a scoreline ("levelled at 1-1", "down 2-0", "now 1-0 in the series") are two quantities.

The parser reads a scoreline as two numbers joined by a hyphen, where a range ("50-60 detainees") is one figure; the
extractor gives both numbers one counted word and one event, so both sides land under one metric key, and equal
sides ("1-1") under one value key too: two quantities (Australia's rubbers, France's) filed as one (Lee dev:
davis_cup_final_2001 bg_299 "the tie levelled at 1-1"; cricket_aus_sa_2001 bg_118 "Australia is now 1-0 in the best
of three series"). Each side's key says which side of the score it is. All functions are pure.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from newsfigures.compare.lexicon import BATCH_KEY
from newsfigures.model import Figure

_JOIN = re.compile(r"^[-–]$")  # what stands between the two numbers of a scoreline: a hyphen or an en dash, no space
SIDES = ("first in score", "second in score")
_TAILS = (" (projected)", f" {BATCH_KEY}")  # how `metrics.metric_key` ends a key: a detail goes before these


def sides(figures: Sequence[Figure]) -> dict[int, str]:
    """Index of each figure that is a side of a scoreline -> which side (SIDES): two figures of one sentence whose
    text only a hyphen or en dash joins, and no third one joined to either ("a 4-4-2 formation", "3-2-1" are
    no score of two sides)."""
    by_end = {(f.article_id, f.sentence_start, f.end): n for n, f in enumerate(figures)}
    pairs: list[tuple[int, int]] = []
    for n, f in enumerate(figures):
        first = by_end.get((f.article_id, f.sentence_start, f.start - 1))
        if first is None:
            continue
        g = figures[first]
        if _JOIN.match(f.sentence[g.end - f.sentence_start:f.start - f.sentence_start]):
            pairs.append((first, n))
    joined = Counter(n for pair in pairs for n in pair)
    return {n: side for pair in pairs if all(joined[n] == 1 for n in pair) for n, side in zip(pair, SIDES)}


def side_key(key: str, side: str) -> str:
    """A key with the side of the score it counts, before the projection or batch tail ("doubles · 1 · first in
    score")."""
    tail = ""
    for end in reversed(_TAILS):
        if key.endswith(end):
            key, tail = key[:-len(end)], end + tail
    return f"{key} · {side}{tail}"


def split_sides(figures: Sequence[Figure]) -> list[Figure]:
    """Figures with each scoreline side's key naming its side; every other figure as it was."""
    found = sides(figures)
    return [replace(f, metric=side_key(f.metric, found[n])) if n in found and f.metric else f
            for n, f in enumerate(figures)]
