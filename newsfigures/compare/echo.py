"""The same words around a number in two articles: a sentence one article repeats from another (a wire story and
its copy, a corrected or updated version, one statement quoted by two outlets) reports one figure, even where the
figure's own words say too little of what it measures to be paired by similarity ("The hole is 460 feet east of
the first", a bare distance, in two versions of one mining item). All functions are pure."""
from __future__ import annotations

import re
from collections.abc import Sequence

from newsfigures.compare.intervals import same_value
from newsfigures.model import Figure

WORDS = 4  # words read on each side of the number
MIN_SIDE = 2  # words an echo needs on each side: a sentence's opening alone ("Hundreds | of people have been") is a
# turn of phrase two reports of two evacuations share (Lee bg_000 / bg_048, dev)
MIN_WORDS = 6  # and on both sides together
_WORD = re.compile(r"\w+(?:[.,'\u2019-]\w+)*")
REASON = "the same words around it in both articles"


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


def surroundings(f: Figure) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The WORDS words before a figure in its sentence and the WORDS after it, in small letters; a line break or
    a run of spaces counts as one space."""
    at, end = f.start - f.sentence_start, f.end - f.sentence_start
    if at < 0 or end > len(f.sentence):
        return (), ()
    return _words(f.sentence[:at])[-WORDS:], _words(f.sentence[end:])[:WORDS]


def echoes(a: Figure, b: Figure) -> bool:
    """Two figures of two articles are one sentence's: same words in the figure, same value and unit, and the
    same words right around it, at least MIN_SIDE on each side and MIN_WORDS in all, counted outward from the
    number; words past a difference, or past where one sentence ends (a hard-wrapped line, another opening:
    "hole is 460 feet east of the" ~ "The hole is 460 feet east of the"), do not count."""
    if a.article_id == b.article_id or a.unit != b.unit or _words(a.text) != _words(b.text) or not same_value(a, b):
        return False
    (before_a, after_a), (before_b, after_b) = surroundings(a), surroundings(b)
    before = _shared_run(before_a[::-1], before_b[::-1])
    after = _shared_run(after_a, after_b)
    return min(before, after) >= MIN_SIDE and before + after >= MIN_WORDS


def _shared_run(x: tuple[str, ...], y: tuple[str, ...]) -> int:
    """How many words two sequences share from their start."""
    return next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))


def echo_pairs(xs: Sequence[Figure], ys: Sequence[Figure]) -> list[tuple[int, int]]:
    """One-to-one (i, j) pairs of `xs` and `ys` that echo each other, in the order of `xs`, each taking the first
    `ys` left that echoes it."""
    used: set[int] = set()
    out = []
    for i, x in enumerate(xs):
        j = next((j for j, y in enumerate(ys) if j not in used and echoes(x, y)), None)
        if j is not None:
            used.add(j)
            out.append((i, j))
    return out
