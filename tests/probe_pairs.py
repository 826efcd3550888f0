"""What the pairing probe tables (tests/compare/test_alignment_domains.py, sentences of stop 37,
test_alignment_articles.py, articles of stop 38, and the cluster tables test_alignment_clusters*.py)
share: each case's two invented articles compared as the CLI compares two files, the figure and pair a row names,
and a cluster table's rows and their check."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from newsfigures.model import Article, Figure, Pair

Compared = tuple[list[Figure], list[Figure], list[Pair]]
SAME, COMPATIBLE, UPDATE, CONFLICT = "same", "compatible", "update", "conflict"
UNDATED = frozenset({UPDATE, COMPATIBLE, SAME})  # the issue: an undated article pairs, update-or-compatible


@dataclass(frozen=True)
class Report:
    """One outlet's article: its text and publication date ("" when undated)."""

    text: str
    published: str = ""


@dataclass(frozen=True)
class Case:
    """Two outlets' reports of one story."""

    name: str
    domain: str
    a: Report
    b: Report


def figure(figs: list[Figure], needle: str) -> Figure | None:
    """The figure whose text holds the needle (the shortest such text: "40" is not "40 gold")."""
    hits = [f for f in figs if needle in f.text]
    return min(hits, key=lambda f: len(f.text)) if hits else None


def matched(pairs: list[Pair], a: Figure | None, b: Figure | None) -> Pair | None:
    """The pair joining these two figures (by article and offsets), if `compare` made one."""
    def same(x: Figure | None, y: Figure | None) -> bool:
        return x is not None and y is not None and (x.article_id, x.start) == (y.article_id, y.start)
    return next((p for p in pairs if same(p.a, a) and same(p.b, b)), None)


def comparer(nlp: Any, cases: Mapping[str, Case]) -> Callable[[str], Compared]:
    """run(name) -> the figures of a case's two articles (`case.a`, `case.b`: text and published) and the pairs
    `analysis.compare` makes between them, as the CLI compares two files; each case is compared once."""
    from newsfigures.compare.analysis import analyse, compare
    cache: dict[str, Compared] = {}

    def run(name: str) -> Compared:
        if name not in cache:
            case = cases[name]
            arts = [Article(id=f"{name}_{s}", text=r.text, raw_text=r.text, outlet=s, published=r.published)
                    for s, r in (("a", case.a), ("b", case.b))]
            result = analyse(arts, lambda: nlp)
            cache[name] = (list(result.figures_of(arts[0].id)), list(result.figures_of(arts[1].id)),
                           compare(result, arts[0].id, arts[1].id))
        return cache[name]
    return run


def domain_rows(domain: str, cases: Mapping[str, Case], pairs: list[tuple], apart: list[tuple],
                gaps: Mapping[tuple, str], gap: Callable[[str], Any]) -> list:
    """A cluster table's rows of one domain: its pair rows, then its apart rows (verdicts None), each row `gaps`
    names marked with `gap` (a strict xfail with its reason)."""
    import pytest
    table = [row for row in pairs if cases[row[0]].domain == domain]
    table += [(*row, None) for row in apart if cases[row[0]].domain == domain]
    return [pytest.param(*row, marks=gap(gaps[row[:3]])) if row[:3] in gaps else row for row in table]


def check_row(compared: Callable[[str], Compared], name: str, needle_a: str, needle_b: str, verdicts) -> None:
    """A pair row pairs the two figures with an acceptable verdict; an apart row (verdicts None) finds both figures
    and leaves them unpaired."""
    figs_a, figs_b, pairs = compared(name)
    a, b = figure(figs_a, needle_a), figure(figs_b, needle_b)
    pair = matched(pairs, a, b)
    if verdicts is None:
        assert a is not None and b is not None and pair is None
    else:
        assert pair is not None and pair.status in verdicts
