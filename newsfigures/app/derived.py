"""What the pages show, made once per analysis and kept in its memo (`state.memo`): a rerun with the same choices
rebuilds no table, label, chart or Overview, so a page of a 10,000-article corpus reruns in well under a second.

Each function has the signature of the `views`/`story`/`tables` function it keeps; arguments that change what is
made (the metrics picked, a filter) are part of the key.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from newsfigures.app import detail, edit_views, labels, state, story, tables, views
from newsfigures.app.invisible import show_invisible
from newsfigures.app.state import memo, own_memo
from newsfigures.compare.analysis import Analysis
from newsfigures.compare.discrepancies import Discrepancy
from newsfigures.compare.edits import Naming


def metric_names(result: Analysis) -> dict[str, str]:
    """Each metric's readable name (labels.metric_names: the corpus's measures are settled once per analysis)."""
    return memo(result).get("metric_names", lambda: labels.metric_names(result))


def namer(result: Analysis) -> labels.ArticleNames:
    """The names of the analysis's articles, with the pattern that finds their ids in text."""
    return memo(result).get("namer", lambda: labels.article_namer(result.articles))


def article_labels(result: Analysis) -> dict[str, str]:
    """Article id -> its picker label (outlet · date · title)."""
    return memo(result).get("article_labels", lambda: {a.id: labels.article_label(a) for a in result.articles})


def overview(result: Analysis) -> story.Overview:
    """The Overview (story.overview)."""
    return memo(result).get("overview", lambda: story.overview(result, metric_names(result), namer(result)))


def metric_choice(result: Analysis, wanted: Sequence[str]) -> views.MetricChoice:
    """The Timeline's metrics with `wanted` chosen (views.metric_choice); the menu is made once."""
    menu = memo(result).get("metric_menu", lambda: views.metric_menu(result, metric_names(result)))
    return views.metric_choice(result, wanted, menu)


def log_scale_default(result: Analysis, picked: Sequence[str]) -> bool:
    """Whether the picked metrics open on a log scale (views.log_scale_default)."""
    return memo(result).get("log_scale", lambda: views.log_scale_default(result, picked), tuple(picked))


def timeline(result: Analysis, choice: views.MetricChoice, picked: Sequence[str], log: bool = False) -> views.Timeline:
    """The Timeline of the picked metrics (views.timeline); switching the log scale redraws only the chart."""
    kept = memo(result)
    first_log, view = kept.get("timeline", lambda: (log, views.timeline(result, choice, picked, log, namer(result))),
                               tuple(picked))
    if log == first_log:
        return view
    return kept.get("timeline_rescaled", lambda: views.rescaled(result, choice, picked, view, log), tuple(picked), log)


def comparison(result: Analysis, chosen: Sequence[str], diff_only: bool) -> views.Comparison:
    """Two to four articles compared (views.comparison)."""
    return memo(result).get("comparison", lambda: views.comparison(result, chosen, diff_only, namer(result),
                                                                   metric_names(result)), tuple(chosen), diff_only)


def figures_table(result: Analysis) -> pd.DataFrame:
    """Every figure, one row each (tables.figures_frame), its metric's readable name beside the key."""
    return memo(result).get("figures_frame", lambda: tables.with_measure(tables.figures_frame(result.figures),
                                                                          metric_names(result)))


def figure_metrics(result: Analysis) -> list[str]:
    """The metrics of the figures table in the order of their labels (the Figures page's metric filter)."""
    return memo(result).get("figure_metrics", lambda: by_label(result, figures_table(result)["metric"].unique()))


def filtered_figures(result: Analysis, articles: Sequence[str], metric_keys: Sequence[str],
                     qualifiers: Sequence[str], query: str) -> pd.DataFrame:
    """The figures table narrowed by the Figures page's filters (views.filter_figures), kept in the visitor's own
    session: the search is theirs."""
    return own_memo(result).get("filtered_figures", lambda: views.filter_figures(
        figures_table(result), articles, metric_keys, qualifiers, query),
        tuple(articles), tuple(metric_keys), tuple(qualifiers), query)


def metric_options(result: Analysis) -> list[str]:
    """Every metric, most reported first (edit_views.metric_options: the pickers of the metric corrections)."""
    return memo(result).get("metric_options", lambda: edit_views.metric_options(result))


def metric_option_labels(result: Analysis) -> dict[str, str]:
    """Each metric as every metric picker shows it: its readable name (`metric_names`; the key only when it has no
    label), hidden characters as marks."""
    def make() -> dict[str, str]:
        names = metric_names(result)
        return {m: show_invisible(names.get(m, m)) for m in metric_options(result)}
    return memo(result).get("metric_option_labels", make)


def by_label(result: Analysis, metric_keys: Iterable[str]) -> list[str]:
    """Metric keys in the order a reader finds their labels in a picker (alphabetical, any case)."""
    shown = metric_option_labels(result)
    return sorted(metric_keys, key=lambda m: (shown.get(m, m).casefold(), m))


def move_choices(result: Analysis, in_view: Sequence[str]) -> edit_views.MoveChoices:
    """The figures the "Move figure" picker offers for the metrics in view (edit_views.move_choices)."""
    return memo(result).get("move_choices", lambda: edit_views.move_choices(
        result, in_view, names=metric_names(result), articles=namer(result).names), tuple(in_view))


def edit_naming(result: Analysis) -> Naming:
    """How the visitor's edits are described: metrics as shown when each edit was made, else by their names in the
    corpus before any edit, else by their names now; articles by their names, never ids."""
    before = state.bundled()
    return Naming(metric_names(result), namer(result).names, metric_names(before) if before is not result else {})


def corpus_frame(result: Analysis) -> pd.DataFrame:
    """The articles with their metadata (views.corpus_frame)."""
    return memo(result).get("corpus_frame", lambda: views.corpus_frame(result))


def ledger_table(result: Analysis) -> pd.DataFrame:
    """The ingestion ledger as a table (tables.ledger_frame)."""
    return memo(result).get("ledger_frame", lambda: tables.ledger_frame(result.ledger))


@dataclass(frozen=True)
class Discrepancies:
    """The discrepancies of the chosen kinds and metrics: the list, the first `links` as links, and the table."""

    shown: list[Discrepancy]
    links: list[story.Link]
    table: pd.DataFrame


def discrepancies(result: Analysis, statuses: Sequence[str], metric_keys: Sequence[str], links: int) -> Discrepancies:
    """The Discrepancies page for its filters (views.filter_discrepancies, discrepancy_links, discrepancy_table)."""
    def make() -> Discrepancies:
        shown = views.filter_discrepancies(result.discrepancies, statuses, metric_keys)
        name = namer(result)
        names = metric_names(result)
        return Discrepancies(shown, views.discrepancy_links(result, shown[:links], name, names),
                             views.discrepancy_table(result, shown, name, names))
    return memo(result).get("discrepancies", make, tuple(statuses), tuple(metric_keys), links)


def discrepancy_metrics(result: Analysis) -> list[str]:
    """The metrics that have a discrepancy in the order of their labels (the Discrepancies page's metric filter)."""
    return memo(result).get("discrepancy_metrics", lambda: by_label(result, {d.metric for d in result.discrepancies}))


def inside(result: Analysis, article_id: str, starts: Sequence[str]) -> detail.Inside | None:
    """A discrepancy inside one article (detail.inside), its metric named as every page names it."""
    return detail.inside(result, article_id, starts, metric_names(result))


def picked(result: Analysis, pick: str) -> views.Picked | None:
    """A figure picked on the Timeline (views.picked), its metric named as every page names it."""
    return views.picked(result, pick, metric_names(result))
