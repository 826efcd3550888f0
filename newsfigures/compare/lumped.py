"""Metric keys that lump several quantities inside one article (issue #9, item 2).

A metric key says what is counted, what happened and where, as far as each figure's clause says it; where the clause
leaves out the part that tells two quantities apart, one article files both under one key: "the deaths of 14
Australians and seven others", "killed 21 people, 14 of them Australians", "20 people have died on New South Wales
roads ... three deaths" each in Western Australia. One article reporting two current values of one key at one date,
the smaller at most `metrics.PART_RATIO` of the larger, is the sign: a running total has one value at a time, and
a count that far below it is a part (of the dev gold's 512 metrics of a document, 18 have two values, most of them
rival estimates within that ratio: "35,868" and "35,000" respondents, "two" and "three" Hamas leaders arrested,
"just under 1" and "around 0.9 per cent"). Such a key cannot tell which of its figures another article's figure
answers, so alignment pairs them only where the values agree. All functions are pure.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from newsfigures.compare.lexicon import BATCH_KEY
from newsfigures.compare.metrics import PART_RATIO, is_running_total
from newsfigures.model import Figure

Lump = tuple[str, str, str]  # (article, metric, unit)


def lump_of(f: Figure) -> Lump:
    """The key under which an article's figure is checked for a second value."""
    return f.article_id, f.metric, f.unit


def _current(f: Figure) -> bool:
    """A figure that states the metric's value now: not an earlier estimate, not one batch among several."""
    return bool(f.metric) and not f.is_past and not f.incremental and not f.metric.endswith(BATCH_KEY)


def lumped(figures: Iterable[Figure]) -> frozenset[Lump]:
    """The (article, metric, unit) for which an article gives two current values at one date, the smaller at most
    PART_RATIO of the larger."""
    values: dict[tuple[Lump, str], list[float]] = defaultdict(list)
    for f in figures:
        if _current(f):
            values[(lump_of(f), f.as_of)].append(abs(f.value))
    return frozenset(lump for (lump, _when), vs in values.items() if min(vs) <= PART_RATIO * max(vs))


def part_beside_total(x: Figure, y: Figure) -> bool:
    """Whether one of two reports states a running total ("the nation's road toll has risen to 37", "brings the
    death toll ... to 1,121") and the other, no stated total, is at most PART_RATIO of it: at one moment (or
    undated) the smaller is a part of the total (a state's deaths, one shooting's), not a rival report of it."""
    total, other = (x, y) if is_running_total(x) else (y, x)
    return is_running_total(total) and not is_running_total(other) and abs(other.value) <= PART_RATIO * abs(total.value)
