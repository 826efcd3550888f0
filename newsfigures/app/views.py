"""What each page shows, built from an analysis: the pages only lay it out (no Streamlit here)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import pandas as pd
import plotly.graph_objects as go

from newsfigures.app import apart, charts, edit_views, render, story, tables
from newsfigures.app.invisible import show_invisible
from newsfigures.app.labels import (ArticleNames, article_label, article_namer, figure_anchor, figure_tooltip, md,
                                    metric_names)
from newsfigures.compare import analysis, rollup
from newsfigures.compare.analysis import Analysis
from newsfigures.compare.discrepancies import Discrepancy, discrepancies_frame
from newsfigures.model import Article

MORE_ARTICLES = 2  # Compare shows two articles and up to this many more
ARTICLE_HEIGHT = 600  # pixels of a Compare article before it scrolls in its own box
LOG_SPAN = 100  # a timeline opens on a log scale when its largest value is over this many times its smallest
CHART_CONFLICTS = 40  # conflicts noted on a timeline chart, most important first (the Discrepancies page has all)


# --- Timeline ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MetricChoice:
    """The metrics a timeline can chart (the leading ones first) and the ones a link asks for."""

    options: list[str]
    chosen: list[str]
    labels: dict[str, str]
    counts: Counter[str]  # points the chart draws per metric

    def label(self, metric: str) -> str:
        """How a metric is named in the picker: its label (hidden characters shown as marks) and how many points the
        chart draws for it."""
        return f"{show_invisible(self.labels.get(metric, metric))} ({self.counts[metric]})"


@dataclass(frozen=True)
class MetricMenu:
    """Every metric a timeline can chart, the leading ones first, with their labels and points drawn."""

    options: list[str]
    labels: dict[str, str]
    counts: Counter[str]


def metric_menu(result: Analysis, labels: dict[str, str] | None = None) -> MetricMenu:
    """The timeline's metrics: the leading one first (the metric the most outlets and articles report with a
    date, not merely the one with the most points); `labels`: the metric names when already made."""
    counts = tables.dated_metric_counts(result.figures)
    outlet_of = {a.id: a.outlet or a.id for a in result.articles}
    leading = [m for m in story.leading_metrics(result.figures, outlet_of) if m in counts]
    options = leading + [m for m, _ in counts.most_common() if m not in leading]
    return MetricMenu(options, labels if labels is not None else metric_names(result), counts)


def metric_choice(result: Analysis, wanted: Sequence[str], menu: MetricMenu | None = None) -> MetricChoice:
    """The timeline's metrics (`menu`, made when not given), with `wanted` (from the URL) chosen, else the leading
    one."""
    menu = menu or metric_menu(result)
    chosen = [m for m in wanted if m in menu.counts] or menu.options[:1]
    return MetricChoice(menu.options, chosen, menu.labels, menu.counts)


def log_scale_default(result: Analysis, picked: Sequence[str]) -> bool:
    """Whether the picked metrics' values span so many orders of magnitude (an excess-deaths estimate beside
    daily counts) that a linear axis would flatten all but the largest."""
    values = [f.value for f in result.figures if f.metric in picked and f.as_of and f.value > 0]
    return bool(values) and max(values) > LOG_SPAN * min(values)


@dataclass(frozen=True)
class Timeline:
    """The chosen metrics over time: points, the chart with conflicts annotated, low/best/high per date, and the
    figures of these metrics that have no date (the chart cannot place them; they are listed under it)."""

    points: pd.DataFrame  # what the chart draws, as_of a datetime; `apart` says why a point has its own axis
    chart: go.Figure
    rollup: pd.DataFrame
    undated_points: pd.DataFrame
    unnoted: int = 0  # conflicts of these metrics beyond the CHART_CONFLICTS noted on the chart

    @property
    def table(self) -> pd.DataFrame:
        """The points as a reader sees them: each as-of date as the text gave it ("2025-04", never "00:00:00"),
        article titles instead of ids."""
        return self.points.drop(columns=["as_of", "start", "article_id"])

    @property
    def undated(self) -> int:
        """How many figures of these metrics have no date."""
        return len(self.undated_points)

    @property
    def undated_table(self) -> pd.DataFrame:
        """The undated figures as a reader sees them: article titles instead of ids."""
        return self.undated_points.drop(columns=["start", "article_id"])

    @property
    def undated_note(self) -> str:
        """What the chart leaves out, or ""."""
        if not self.undated:
            return ""
        return (f"{self.undated} figure(s) of these metrics have no date, so the chart cannot place them: "
                "“No date” below lists them.")

    @property
    def unnoted_note(self) -> str:
        """How many conflicts the chart leaves unmarked, or ""."""
        if not self.unnoted:
            return ""
        return (f"The chart marks the {CHART_CONFLICTS} most important conflicts; {self.unnoted:,} more are on the "
                "Discrepancies page.")


def conflict_notes(result: Analysis, picked: Sequence[str]) -> list[tuple[str, str, float, str]]:
    """(metric, as_of, value, text) of each conflict among the picked metrics, for the chart."""
    return [(d.metric, d.b.as_of, d.b.value, f"{d.a.text} vs {d.b.text}") for d in result.discrepancies
            if d.metric in picked and d.status == "conflict"]


def timeline(result: Analysis, choice: MetricChoice, picked: Sequence[str], log: bool = False,
             name: ArticleNames | None = None) -> Timeline:
    """The Timeline of the picked metrics (`log`: a logarithmic value axis; `name`: the article names when made)."""
    name = name or article_namer(result.articles)
    titles = {a.id: a.title or name(a.id) for a in result.articles}
    points = tables.timeline_frame(result.figures, picked, titles)
    points["apart"] = apart.apart_reasons(points) if not points.empty else ""
    notes = conflict_notes(result, picked)
    chart = charts.timeline_chart(points, choice.labels, notes[:CHART_CONFLICTS], log)
    ups = rollup.rollup_frame(rollup.rollups(result.figures, result.articles, picked))
    ups = ups.sort_values(["metric", "as_of"], kind="stable").reset_index(drop=True)
    for column in ("low_sources", "best_sources", "high_sources"):
        ups[column] = ups[column].map(name.humanize)
    undated = tables.with_measure(tables.undated_frame(result.figures, picked, titles), choice.labels)
    return Timeline(tables.with_measure(points, choice.labels), chart, tables.with_measure(ups, choice.labels),
                    undated, max(len(notes) - CHART_CONFLICTS, 0))


def rescaled(result: Analysis, choice: MetricChoice, picked: Sequence[str], view: Timeline, log: bool) -> Timeline:
    """The same Timeline with its chart drawn on the other value axis (points and roll-up kept)."""
    notes = conflict_notes(result, picked)[:CHART_CONFLICTS]
    return replace(view, chart=charts.timeline_chart(view.points, choice.labels, notes, log))


@dataclass(frozen=True)
class Picked:
    """One figure picked on the timeline, shown in its article."""

    heading: str
    quote: str
    compare: dict[str, str]  # URL state of a Compare view of its article with another
    html: str  # the article, this figure highlighted


def picked(result: Analysis, pick: str, names: dict[str, str] | None = None) -> Picked | None:
    """The figure a pick ("article_id:start") names, or None when there is no such figure (`names`: the metric
    names its tooltip uses)."""
    art_id, _, start = pick.rpartition(":")
    art = result.article(art_id)
    fig = next((f for f in result.figures_of(art_id) if str(f.start) == start), None)
    if art is None or fig is None:
        return None
    other = next((a.id for a in result.articles if a.id != art.id), art.id)
    mark = render.Mark(fig.start, fig.end, "figure", figure_tooltip(fig, None, "figure", names), "timeline-pick")
    return Picked(f"{md(fig.text)} — {md(article_label(art))}", f"> {md(fig.sentence)}", {"a": art.id, "b": other},
                  render.highlight(art.text, [mark]))


# --- Compare ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Selection:
    """The articles a Compare view opens with."""

    a: str
    b: str
    more: list[str]


def compare_selection(ids: Sequence[str], listed: Sequence[str], a: str, b: str, more: Sequence[str]) -> Selection:
    """The articles a Compare link asks for: ?ids=..&ids=.. (two to four), else ?a=..&b=..(&more=..)*, else the
    first two articles."""
    listed = [i for i in listed if i in ids]
    a_id = listed[0] if listed else (a if a in ids else ids[0])
    rest = [i for i in ids if i != a_id]
    b_id = listed[1] if len(listed) > 1 and listed[1] != a_id else (b if b in rest else rest[0])
    return Selection(a_id, b_id, list(listed[2:] if listed else more))


def more_choice(ids: Sequence[str], a_id: str, b_id: str, wanted: Sequence[str]) -> tuple[list[str], list[str]]:
    """(options, default) of the articles Compare can add to A and B."""
    options = [i for i in ids if i not in (a_id, b_id)]
    return options, [i for i in wanted if i in options][:MORE_ARTICLES]


@dataclass(frozen=True)
class Column:
    """One article of a Compare view: its headline (None when the text starts with it), byline and marked text."""

    heading: str | None
    caption: str
    html: str


@dataclass(frozen=True)
class Comparison:
    """Articles side by side with every figure highlighted, the legend, and the aligned pairs."""

    legend: str
    columns: tuple[Column, ...]
    pairs: pd.DataFrame
    unlinks: tuple[edit_views.PairAction, ...] = ()  # the pairs shown, each with the edit that unlinks it


def _marks(result: Analysis, chosen: Sequence[str], rows: list, humanize: Callable[[str], str],
           metrics: dict[str, str]) -> dict[tuple[str, int], render.Mark]:
    """Each mention's mark: its most important verdict against any other chosen article, linked to that counterpart."""
    names = {i: article_label(result.article(i)) for i in chosen}
    marks = {}
    for (me, start), v in analysis.mention_verdicts(result, rows).items():
        f = next(g for g in result.figures_of(me) if g.start == start)
        other = v.counterpart
        href = f"#{figure_anchor(chosen.index(v.counterpart_article), other)}" if other is not None else ""
        tip = humanize(figure_tooltip(f, other, v.status, metrics)) + (f"\nin: {names[v.counterpart_article]}" if other is not None else "")
        marks[(me, start)] = render.Mark(f.start, f.end, v.status, tip, figure_anchor(chosen.index(me), f), href)
    return marks


def _column(art: Article, marks: list[render.Mark], name: Callable[[str], str]) -> Column:
    heading = None if art.title and art.text.startswith(art.title) else md(art.title or name(art.id))
    copy = f" · copy of the wire story of {name(art.story_id)}" if art.story_id and art.story_id != art.id else ""
    # A long article scrolls in its own box, so stacked articles on a phone stay short.
    box = f'<div class="nf-scroll" style="max-height:{ARTICLE_HEIGHT}px;overflow-y:auto">'
    return Column(heading, md(f"{art.outlet or 'unknown outlet'} · {art.published or 'date unknown'}{copy}"),
                  box + render.highlight(art.text, marks) + "</div>")


def comparison(result: Analysis, chosen: Sequence[str], diff_only: bool, name: ArticleNames | None = None,
               metrics: dict[str, str] | None = None) -> Comparison:
    """Two to four articles compared; `diff_only` keeps only what differs (conflicts, updates, compatible);
    `name` and `metrics`: the article and metric names when already made."""
    rows = analysis.compare_many(result, list(chosen))
    name = name or article_namer(result.articles)
    named = metrics if metrics is not None else metric_names(result)
    marks = _marks(result, chosen, rows, name.humanize, named)
    columns = tuple(_column(result.article(i), [marks[(i, f.start)] for f in result.figures_of(i) if (i, f.start) in marks
                                                and (not diff_only or marks[(i, f.start)].status in analysis.DIFFERENT)],
                            name)
                    for i in chosen)
    kept = [(x, y, p) for x, y, p in rows if not diff_only or p.status in analysis.DIFFERENT]
    df = tables.pairs_frame([p for _x, _y, p in kept])
    df = tables.with_measure(df, named)  # the label the Timeline shows
    for column in ("a_as_of", "b_as_of", "explanation"):
        df[column] = df[column].map(name.humanize)
    if len(chosen) > 2:
        labels = {i: article_label(result.article(i)) for i in chosen}
        df.insert(2, "article_a", [labels[x] for x, _y, _p in kept])
        df.insert(3, "article_b", [labels[y] for _x, y, _p in kept])
    return Comparison(render.legend(["same", "compatible", "update", "conflict", "only_a"]), columns, df,
                      edit_views.pair_actions(kept, named))


# --- Figures, Corpus, Discrepancies -----------------------------------------------------------------------------

def filter_figures(df: pd.DataFrame, articles: Sequence[str], metric_keys: Sequence[str], qualifiers: Sequence[str],
                   query: str) -> pd.DataFrame:
    """The figures table narrowed to the chosen articles, metrics and qualifiers and to a search of sentence or noun."""
    if articles:
        df = df[df["article_id"].isin(articles)]
    if metric_keys:
        df = df[df["metric"].isin(metric_keys)]
    if qualifiers:
        df = df[df["qualifier"].isin(qualifiers)]
    if query:
        df = df[df["sentence"].str.contains(query, case=False, regex=False)
                | df["counted"].str.contains(query, case=False, regex=False)]
    return df


def corpus_frame(result: Analysis) -> pd.DataFrame:
    """The articles with their metadata, its origin, figure counts, and which wire story each copies."""
    frame = tables.articles_frame(result.articles, result.figures)
    frame.insert(5, "same story as", [a.story_id if a.story_id and a.story_id != a.id else "" for a in result.articles])
    return frame


def filter_discrepancies(found: Sequence[Discrepancy], statuses: Sequence[str],
                         metric_keys: Sequence[str]) -> list[Discrepancy]:
    """The discrepancies of the chosen kinds and (when any are chosen) metrics, in rank order."""
    return [d for d in found if d.status in statuses and (not metric_keys or d.metric in metric_keys)]


def discrepancy_links(result: Analysis, shown: Sequence[Discrepancy], name: ArticleNames | None = None,
                      names: dict[str, str] | None = None) -> list[story.Link]:
    """Ranked links to the views that explain each discrepancy (Compare, or the view of one inside an article),
    each metric named by its label (`names`, made when not given; the key stays in no label)."""
    name = name or article_namer(result.articles)
    names = names if names is not None else metric_names(result)
    return [story.discrepancy_link(d, name, n, names) for n, d in enumerate(shown, 1)]


def discrepancy_table(result: Analysis, shown: Sequence[Discrepancy], name: ArticleNames | None = None,
                      names: dict[str, str] | None = None) -> pd.DataFrame:
    """The discrepancies as a table, articles named by outlet and date (or title) instead of their ids, and each
    metric's label in a `measure` column beside its key (`names`: the metric names when already made)."""
    name = name or article_namer(result.articles)
    names = names if names is not None else metric_names(result)
    df = tables.with_measure(discrepancies_frame(shown), names)
    for column in ("a_article", "b_article"):
        df[column] = df[column].map(name)
    for column in ("a_as_of", "b_as_of", "explanation"):
        df[column] = df[column].map(name.humanize)
    return df
