"""Low / best / high roll-ups per metric and as-of date (as UCDP publishes fatality estimates), with sources.

Each article's repeats of a number are one report; copies of one wire story (same `Article.story_id`) are one
independent source, so ten republications of one wire figure do not outvote one other report.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median

import pandas as pd

from newsfigures.compare import alignment
from newsfigures.model import Article, Figure


@dataclass(frozen=True)
class Report:
    """One article's report of a value: the figure, its outlet and the wire story it belongs to."""

    figure: Figure
    outlet: str
    story: str


@dataclass(frozen=True)
class RollUp:
    """Low, best and high estimate of one metric at one as-of date, and the reports behind each."""

    metric: str
    as_of: str
    low: float
    best: float
    high: float
    low_sources: tuple[str, ...]
    best_sources: tuple[str, ...]
    high_sources: tuple[str, ...]
    reports: int  # article reports (copies included)
    independent: int  # distinct wire stories among them
    note: str = ""

    def to_dict(self) -> dict:
        """JSON-ready record."""
        d = dict(self.__dict__)
        for k in ("low_sources", "best_sources", "high_sources"):
            d[k] = list(d[k])
        return d


def _name(r: Report) -> str:
    return f"{r.outlet or 'unknown outlet'} ({r.figure.article_id}: {r.figure.text})"


def reports(figures: Iterable[Figure], articles: Iterable[Article]) -> list[Report]:
    """One Report per distinct (article, metric, value), with outlet and wire story."""
    by_id = {a.id: a for a in articles}
    out = []
    for f in alignment.distinct(figures):
        a = by_id.get(f.article_id)
        out.append(Report(f, (a.outlet if a else f.outlet) or f.outlet,
                          (a.story_id or a.id) if a else f.article_id))
    return out


def _sources(rs: list[Report]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_name(r) for r in rs))


def roll_up(metric: str, as_of: str, rs: list[Report]) -> RollUp:
    """The roll-up of the reports of one metric at one date: low = smallest reported value, high = largest,
    best = the value the most independent stories report (ties: the one nearest the median)."""
    values = sorted({r.figure.value for r in rs})
    stories_per_value = {v: {r.story for r in rs if alignment.same_value(r.figure, replace_value(rs, v))} for v in values}
    mid = median(r.figure.value for r in rs)
    best = max(values, key=lambda v: (len(stories_per_value[v]), -abs(v - mid)))
    low, high = values[0], values[-1]
    stories = {r.story for r in rs}
    copies = len(rs) - len(stories)
    note = f"{len(rs)} report(s) from {len(stories)} independent stor{'y' if len(stories) == 1 else 'ies'}"
    if copies:
        note += f"; {copies} copy/copies of one wire story counted once"
    return RollUp(metric, as_of, low, best, high,
                  _sources([r for r in rs if r.figure.value == low]),
                  _sources([r for r in rs if r.figure.value == best]),
                  _sources([r for r in rs if r.figure.value == high]),
                  len(rs), len(stories), note)


def replace_value(rs: list[Report], v: float) -> Figure:
    """A figure of the group with value `v` (for same-value tests)."""
    return next(r.figure for r in rs if r.figure.value == v)


def rollups(figures: Iterable[Figure], articles: Iterable[Article], metrics: Iterable[str] | None = None) -> list[RollUp]:
    """Roll-ups of every (metric, as-of date) with at least one dated report, by metric then date."""
    wanted = set(metrics) if metrics is not None else None
    groups: dict[tuple[str, str, str], list[Report]] = defaultdict(list)
    for r in reports((f for f in figures if wanted is None or f.metric in wanted), articles):
        if r.figure.as_of:
            groups[(r.figure.metric, r.figure.unit, r.figure.as_of)].append(r)
    return [roll_up(m, d, rs) for (m, _u, d), rs in sorted(groups.items())]


ROLLUP_COLUMNS = ["metric", "as_of", "low", "best", "high", "reports", "independent", "low_sources",
                  "best_sources", "high_sources", "note"]


def rollup_frame(items: Iterable[RollUp]) -> pd.DataFrame:
    """Roll-ups as a table (sources joined with "; ")."""
    rows = []
    for r in items:
        d = r.to_dict()
        for k in ("low_sources", "best_sources", "high_sources"):
            d[k] = "; ".join(d[k])
        rows.append(d)
    return pd.DataFrame(rows, columns=ROLLUP_COLUMNS)
