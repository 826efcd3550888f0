"""The dev figures the code finds and the gold holds, each with its article and its gold record: what a learned or
measured decision over extracted figures is fitted and scored on (scripts/train_scene_place.py,
scripts/measure_default_owner.py)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from newsfigures.eval.gold import document_file
from newsfigures.eval.measure_gold import load_measure_gold
from newsfigures.eval.scores import tally
from newsfigures.eval.systems import extracted_figures, run_newsfigures


@dataclass(frozen=True)
class MatchedFigure:
    """One gold figure of a split and the figure the code found at its place, with the article it is in."""

    doc: str
    batch: str
    story: str
    article: Any
    gold: dict
    figure: Any


def matched_figures(split: str = "dev", only: Iterable[str] | None = None) -> list[MatchedFigure]:
    """Every figure of the split the code finds and the gold holds (of the `only` documents when given), in document
    order (extraction cached)."""
    from newsfigures.ingest import load_path

    gold = load_measure_gold()
    wanted = None if only is None else set(only)
    docs = [doc for doc in gold.docs(split) if wanted is None or doc in wanted]
    arts = {}
    for doc in docs:
        found, _ = load_path(document_file(doc))
        if found:
            arts[doc] = found[0]
    figs = extracted_figures(arts.values())
    out: list[MatchedFigure] = []
    for run in run_newsfigures(docs):
        if run.doc not in arts:
            continue
        art = arts[run.doc]
        figures = {(f.start, f.end): f for f in figs[art.id]}
        story = gold.thread_of(run.doc) or run.doc
        for g, p in tally([run], gold.figures_of([run.doc])).matched:
            f = figures.get((p.start, p.end))
            if f is not None:
                out.append(MatchedFigure(run.doc, gold.batch_of(run.doc), story, art, g, f))
    return out
