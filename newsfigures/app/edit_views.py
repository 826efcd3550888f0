"""What the correction controls offer, built from an analysis (no Streamlit): pairs to unlink, figures to link or
move, metrics to merge or rename, and the visitor's edits with what became of each."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsfigures.app.invisible import show_invisible
from newsfigures.app.labels import article_namer, md
from newsfigures.compare.alignment import LINKED
from newsfigures.compare.analysis import Analysis
from newsfigures.compare.edited import FigureKey
from newsfigures.compare.edits import Edit, Naming, Unlink, explain_skip
from newsfigures.model import Figure, Pair

SNIPPET = 70  # characters of a figure's sentence shown in a picker


MOVE_CHOICES = 1000  # figures the "Move figure" picker offers at most (a 10,000-article corpus has 120,000)

@dataclass(frozen=True)
class PairAction:
    """One aligned pair of a Compare view and the edit that unlinks it."""

    label: str  # markdown, article text escaped
    key: str  # what tells this pair's widgets apart
    edit: Unlink


def pair_actions(rows: Iterable[tuple[str, str, Pair]], names: dict[str, str] | None = None
                 ) -> tuple[PairAction, ...]:
    """An unlink action per pair of two figures (pairs with one side only have nothing to unlink), each metric
    named by its label in `names` when it has one."""
    names = names or {}
    out = []
    for x_id, y_id, p in rows:
        if p.a is None or p.b is None:
            continue
        mine = " · *linked by you*" if LINKED in p.reasons else ""
        metric = md(names.get(p.metric, p.metric))
        out.append(PairAction(f"**{p.status}** · {metric}: {md(p.a.text)} ↔ {md(p.b.text)}{mine}",
                              f"{x_id}_{p.a.start}_{y_id}_{p.b.start}", Unlink(FigureKey.of(p.a), FigureKey.of(p.b))))
    return tuple(out)


def option(f: Figure) -> str:
    """A figure as a picker option: "article_id|start|end" (the picker shows `figure_label`)."""
    return f"{f.article_id}|{f.start}|{f.end}"


def figure_label(f: Figure, with_article: bool = False, names: dict[str, str] | None = None,
                 articles: Mapping[str, str] | None = None) -> str:
    """How a figure is named in a picker: its words, its metric (its label in `names` when it has one), with
    `with_article` its article (its name in `articles`, else its id) and the start of its sentence (hidden characters
    shown as marks)."""
    snippet = f.sentence if len(f.sentence) <= SNIPPET else f.sentence[:SNIPPET].rstrip() + "…"
    where = f" · {(articles or {}).get(f.article_id) or f.article_id}" if with_article else ""
    return show_invisible(f"{f.text} · {(names or {}).get(f.metric, f.metric)}{where} · “{snippet}”")


def figure_choices(figures: Iterable[Figure], with_article: bool = False, names: dict[str, str] | None = None,
                   articles: Mapping[str, str] | None = None) -> dict[str, str]:
    """Picker options (see `option`) of figures, in text order, with their labels (`names`: the metric names,
    `articles`: the article names)."""
    return {option(f): figure_label(f, with_article, names, articles) for f in figures}


def figure_of(result: Analysis, chosen: str | None) -> FigureKey | None:
    """The key of the figure a picker option names, or None when there is no such figure any more."""
    article_id, _, span = (chosen or "").partition("|")
    start, _, end = span.partition("|")
    found = next((f for f in result.figures_of(article_id) if f"{f.start}|{f.end}" == f"{start}|{end}"), None)
    return FigureKey.of(found) if found is not None else None


def metric_options(result: Analysis) -> list[str]:
    """Every metric of the analysis, most reported first."""
    return [m for m, _n in Counter(f.metric for f in result.figures).most_common()]


@dataclass(frozen=True)
class MoveChoices:
    """The figures the "Move figure" picker offers (option -> label, hidden characters shown as marks), and how many
    more of the metrics in view it leaves out."""

    labels: dict[str, str]
    left_out: int


def move_choices(result: Analysis, chosen: Sequence[str], limit: int = MOVE_CHOICES,
                 names: dict[str, str] | None = None, articles: Mapping[str, str] | None = None) -> MoveChoices:
    """The first `limit` figures of the chosen metrics (of every metric when none is chosen) as picker options
    (`names`: the metric names their labels use; `articles`: the names of their articles, made when not given)."""
    figures = metric_figures(result, chosen)
    articles = articles if articles is not None else article_namer(result.articles).names
    offered = figure_choices(figures[:limit], with_article=True, names=names, articles=articles)
    return MoveChoices({k: show_invisible(v) for k, v in offered.items()}, max(len(figures) - limit, 0))


def metric_figures(result: Analysis, chosen: Sequence[str]) -> list[Figure]:
    """The figures of the chosen metrics (all figures when none is chosen), by article and text order."""
    wanted = set(chosen)
    return [f for f in result.figures if not wanted or f.metric in wanted]


@dataclass(frozen=True)
class EditRow:
    """One of the visitor's edits as listed: what it says, and why it no longer applies ("" when it applies)."""

    description: str
    skipped: str


def edit_rows(result: Analysis, edits: Sequence[Edit], names: Naming) -> list[EditRow]:
    """The visitor's edits in the order made, each with the reason it was skipped, if it was; metrics and articles
    named by `names` (article ids in a reason by their articles' names)."""
    why = dict(result.edited.skipped)
    articles = article_namer(result.articles) if why else None
    return [EditRow(e.describe(names),
                    articles.humanize(explain_skip(e, why[n], names)) if articles is not None and n in why else "")
            for n, e in enumerate(edits)]
