"""A candidate for issue 9's "metrics as clusters": metric groups merged when their measures agree strongly.

Measured, not adopted: `python scripts/evaluate_metrics.py --merge-similar 0.9` scores the grouping with it, beside
the plain run. Two metric groups (figures sharing a metric key) of one block (same quantity concept and dimension)
merge when the mean similarity (compare.similarity) of their figures is at least the threshold and no article
reports both (an article that gives two numbers under two keys means two things). Largest groups merge first.
"""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from newsfigures.compare.similarity import concept, dimension, similarity
from newsfigures.model import Figure, Measure


def _block(figs: list[Figure]) -> tuple[str, str] | None:
    """The (concept, dimension) most of a group's read measures have; None when no measure was read."""
    keys = Counter((concept(f.measure), dimension(f)) for f in figs if f.measure != Measure())
    return keys.most_common(1)[0][0] if keys else None


def _mean_similarity(a: list[Figure], b: list[Figure]) -> float:
    scores = [similarity(x, y).score for x in a for y in b]
    return sum(scores) / len(scores) if scores else 0.0


def merge_similar_metrics(figures: Iterable[Figure], threshold: float) -> list[Figure]:
    """The figures with metric groups of strongly agreeing measures merged under the larger group's key."""
    figs = list(figures)
    groups: dict[str, list[Figure]] = defaultdict(list)
    for f in figs:
        groups[f.metric].append(f)
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, members in groups.items():
        block = _block(members)
        if block is not None:
            blocks[block].append(key)
    into: dict[str, str] = {}
    for keys in blocks.values():
        for a, b in itertools.combinations(sorted(keys, key=lambda k: -len(groups[k])), 2):
            root_a, root_b = into.get(a, a), into.get(b, b)
            if root_a == root_b:
                continue
            ga = [f for k in keys if into.get(k, k) == root_a for f in groups[k]]
            gb = [f for k in keys if into.get(k, k) == root_b for f in groups[k]]
            if {f.article_id for f in ga} & {f.article_id for f in gb}:
                continue
            if _mean_similarity(ga, gb) >= threshold:
                into.update({k: root_a for k in keys if into.get(k, k) == root_b})
    return [replace(f, metric=into[f.metric]) if f.metric in into else f for f in figs]
