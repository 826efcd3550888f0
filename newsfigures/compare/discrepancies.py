"""Every conflict and every update in a corpus, ranked: what an analyst should look at first."""
from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from newsfigures.compare import alignment
from newsfigures.compare import metrics
from newsfigures.compare.edited import NOTHING_EDITED, Edited
from newsfigures.compare.intervals import in_one_unit, relative_gap
from newsfigures.compare.totals import is_batch
from newsfigures.extract import lexicon as extract_words
from newsfigures.model import Article, Figure


@dataclass(frozen=True)
class Discrepancy:
    """Two reports of one metric that differ: a conflict (same period) or an update (the estimate moved)."""

    status: str  # conflict | update
    metric: str
    a: Figure
    b: Figure
    explanation: str
    score: float  # higher = more notable
    same_story: bool = False  # both articles are copies of one wire story

    @property
    def articles(self) -> tuple[str, str]:
        """The two article ids (equal for a conflict inside one article)."""
        return self.a.article_id, self.b.article_id


def _relative(a: Figure, b: Figure) -> float:
    """How far apart two reports' values are, in one unit ("5 miles" / "8 km", "a quarter" / "23%")."""
    return relative_gap(*in_one_unit(a, b))


def _story_of(articles: Iterable[Article]) -> dict[str, str]:
    return {a.id: a.story_id or a.id for a in articles}


def _same_story(story: dict[str, str], x: Figure, y: Figure) -> bool:
    return story.get(x.article_id, x.article_id) == story.get(y.article_id, y.article_id)


def _same_period_pairs(figs: list[Figure]) -> list[tuple[int, int]]:
    """The pairs (i < j, in order) that may describe one period, the only ones that can conflict: current reports of
    the same as-of date, and any two past estimates (few; their dates may be coarser or missing)."""
    dates: dict[str, list[int]] = defaultdict(list)
    past = []
    for n, f in enumerate(figs):
        if f.is_past:
            past.append(n)
        elif f.as_of:
            dates[f.as_of].append(n)
    blocks = [*dates.values(), past]
    return sorted(pair for members in blocks for pair in itertools.combinations(members, 2))


def _conflicts(metric: str, figs: list[Figure], story: dict[str, str], edited: Edited) -> list[Discrepancy]:
    """Every two reports of one metric that cannot both be true (not two the analyst unlinked); only reports that
    may describe one period are compared."""
    out = []
    for i, j in _same_period_pairs(figs):
        x, y = figs[i], figs[j]
        if x.article_id == y.article_id and not (x.event in extract_words.EVENT_FAMILIES and y.event in extract_words.EVENT_FAMILIES):
            continue  # "nearly 3,500 stores" and "the two stores" in one article count different sets
        if edited.forbids(x, y):
            continue
        status, why = alignment.verdict(x, y, _same_story(story, x, y))
        if status == "conflict":
            out.append(Discrepancy("conflict", metric, x, y, why, 2 + _relative(x, y), _same_story(story, x, y)))
    return out


def _step(before: list[Figure], after: list[Figure], edited: Edited) -> tuple[Figure, Figure] | None:
    """The two reports one update step compares: the largest earlier value and the later value nearest it (the next
    largest and nearest when the analyst unlinked those two)."""
    for x in sorted(before, key=lambda f: -f.value):
        for y in sorted(after, key=lambda f: abs(f.value - x.value)):
            if not edited.forbids(x, y):
                return x, y
    return None


def _updates(metric: str, figs: list[Figure], story: dict[str, str], edited: Edited) -> list[Discrepancy]:
    """Each step the estimate of one metric moved between consecutive as-of dates."""
    by_date: dict[str, list[Figure]] = defaultdict(list)
    for f in sorted((f for f in figs if f.as_of), key=lambda f: (f.as_of, f.value)):
        by_date[f.as_of].append(f)
    dates = list(by_date)
    out = []
    for d0, d1 in zip(dates, dates[1:]):
        if d1.startswith(d0) or d0.startswith(d1):
            continue
        step = _step(by_date[d0], by_date[d1], edited)
        if step is None:
            continue
        x, y = step
        status, why = alignment.verdict(x, y, _same_story(story, x, y))
        if status == "update":
            out.append(Discrepancy("update", metric, x, y, why, _relative(x, y), _same_story(story, x, y)))
    return out


def _linked(figures: list[Figure], story: dict[str, str], edited: Edited) -> list[Discrepancy]:
    """Pairs the analyst linked whose verdict is a conflict or an update."""
    out = []
    for x, y in edited.forced(figures, figures):
        status, why = alignment.verdict(x, y, _same_story(story, x, y))
        if status in ("conflict", "update"):
            out.append(Discrepancy(status, x.metric, x, y, why, (2 if status == "conflict" else 0) + _relative(x, y),
                                   _same_story(story, x, y)))
    return out


def _reports(d: Discrepancy) -> frozenset[tuple]:
    """The two reports a discrepancy compares (whichever of their repeats it shows)."""
    return frozenset((alignment.report_key(d.a), alignment.report_key(d.b)))


def discrepancies(figures: Iterable[Figure], articles: Iterable[Article],
                  edited: Edited = NOTHING_EDITED) -> list[Discrepancy]:
    """Conflicts between any two reports of a metric (also inside one article), and updates between consecutive
    as-of dates of a metric (each step the estimate moved), ranked: conflicts first, then by relative size.
    `edited`: pairs the analyst unlinked are never compared; pairs they linked are compared as well."""
    story = _story_of(articles)
    figs = list(figures)
    by_metric: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for f in alignment.distinct(figs):
        if metrics.comparable(f):  # a bare "$5 million" says too little to contradict anything
            by_metric[(f.metric, f.unit)].append(f)
    out: list[Discrepancy] = []
    for (metric, _unit), group in by_metric.items():
        if any(is_batch(f) for f in group):
            continue  # separate batches or incidents neither conflict nor update each other
        out += _conflicts(metric, group, story, edited) + _updates(metric, group, story, edited)
    seen = {_reports(d) for d in out}
    out += [d for d in _linked(figs, story, edited) if _reports(d) not in seen]
    out.sort(key=lambda d: (-d.score, d.metric, d.a.as_of))
    return out


COLUMNS = ["rank", "status", "metric", "a", "a_as_of", "a_article", "b", "b_as_of", "b_article", "change",
           "explanation"]


def discrepancies_frame(items: Iterable[Discrepancy]) -> pd.DataFrame:
    """Discrepancies as a table, in rank order."""
    rows = [{"rank": n, "status": d.status, "metric": d.metric, "a": d.a.text, "a_as_of": d.a.period or d.a.as_of,
             "a_article": d.a.article_id, "b": d.b.text, "b_as_of": d.b.period or d.b.as_of,
             "b_article": d.b.article_id, "change": round(_relative(d.a, d.b), 3), "explanation": d.explanation}
            for n, d in enumerate(items, 1)]
    return pd.DataFrame(rows, columns=COLUMNS)
