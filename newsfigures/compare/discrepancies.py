"""Every conflict and every update in a corpus, ranked: what an analyst should look at first."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from newsfigures.compare import alignment
from newsfigures.compare import metrics
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
    return abs(a.value - b.value) / max(abs(a.value), abs(b.value), 1e-9)


def discrepancies(figures: Iterable[Figure], articles: Iterable[Article]) -> list[Discrepancy]:
    """Conflicts between any two reports of a metric (also inside one article), and updates between consecutive
    as-of dates of a metric (each step the estimate moved), ranked: conflicts first, then by relative size."""
    story = {a.id: a.story_id or a.id for a in articles}
    by_metric: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for f in alignment.distinct(figures):
        if metrics.comparable(f):  # a bare "$5 million" says too little to contradict anything
            by_metric[(f.metric, f.unit)].append(f)
    out: list[Discrepancy] = []
    for (metric, _unit), figs in by_metric.items():
        if any(f.incremental for f in figs) or metric.endswith("(batch)"):
            continue  # separate batches or incidents neither conflict nor update each other
        for i, x in enumerate(figs):
            for y in figs[i + 1:]:
                if x.article_id == y.article_id and not (x.event in extract_words.EVENT_FAMILIES and y.event in extract_words.EVENT_FAMILIES):
                    continue  # "nearly 3,500 stores" and "the two stores" in one article count different sets
                same = story.get(x.article_id, x.article_id) == story.get(y.article_id, y.article_id)
                status, why = alignment.verdict(x, y, same)
                if status == "conflict":
                    out.append(Discrepancy("conflict", metric, x, y, why, 2 + _relative(x, y), same))
        dated = sorted((f for f in figs if f.as_of), key=lambda f: (f.as_of, f.value))
        by_date: dict[str, list[Figure]] = defaultdict(list)
        for f in dated:
            by_date[f.as_of].append(f)
        dates = list(by_date)
        for d0, d1 in zip(dates, dates[1:]):
            if d1.startswith(d0) or d0.startswith(d1):
                continue
            x = max(by_date[d0], key=lambda f: f.value)
            y = min(by_date[d1], key=lambda f: abs(f.value - x.value))
            same = story.get(x.article_id, x.article_id) == story.get(y.article_id, y.article_id)
            status, why = alignment.verdict(x, y, same)
            if status == "update":
                out.append(Discrepancy("update", metric, x, y, why, _relative(x, y), same))
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
