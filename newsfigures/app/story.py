"""The Overview: the story at a glance — each leading metric's latest estimate with its range, sources and trend,
then every conflict and every update, each linked to the view that explains it (no Streamlit here)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import plotly.graph_objects as go

from newsfigures.app import charts, labels, tables
from newsfigures.app.labels import md
from newsfigures.compare import analysis, lexicon as compare_words, metrics, rollup
from newsfigures.compare.analysis import Analysis
from newsfigures.compare.discrepancies import Discrepancy
from newsfigures.model import Figure

LEADING = 5  # leading metrics the Overview summarises
NOTABLE_PAIRS = 20  # compatible differences between two articles the Overview links to


@dataclass(frozen=True)
class Link:
    """A link to another page: the page file, its markdown label and the URL state it opens with."""

    page: str
    label: str
    params: dict[str, str | list[str]]  # a list value repeats its key (?at=1&at=2)


@dataclass(frozen=True)
class Headline:
    """One leading metric: its latest best estimate with range, who reports it, its trend and how many outlets."""

    title: str  # markdown: the metric's name
    estimate: str  # markdown: "about 2,000 as of 2025-09-02 (range 600–2,000)"
    sources: str  # markdown: outlets and who they quote
    outlets: int
    trend: go.Figure | None  # best estimate per date; None with fewer than two dates
    timeline: Link


@dataclass(frozen=True)
class Overview:
    """The story: counts, leading metrics, every conflict, every update, then other differences."""

    counts: tuple[tuple[str, int], ...]  # (label, number) per headline count
    headlines: tuple[Headline, ...]
    conflicts: Sequence[Link]  # every conflict, to Compare (two articles) or its in-article view (Links)
    updates: Sequence[Link]  # every update, to Compare (Links)
    ranked: str  # label of the link to every discrepancy, ranked; "" when there is none
    pairs_skipped: bool  # too many articles to align every two of them
    differences: tuple[Link, ...]  # compatible differences between two articles, to Compare (`same` never is one)
    articles: tuple[str, ...]  # one markdown line per article


def leading_metrics(figures: Sequence[Figure], outlet_of: dict[str, str]) -> list[str]:
    """Metrics with a dated, comparable figure, most reported first: by outlets, then articles, then dates — so a
    metric many outlets follow leads, and a junk one ("time", a bare number) never does."""
    arts: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, set[str]] = defaultdict(set)
    for f in figures:
        if f.as_of and metrics.comparable(f) and not f.metric.endswith(compare_words.BATCH_KEY):
            arts[f.metric].add(f.article_id)
            dates[f.metric].add(f.as_of)
    outlets = {m: {outlet_of.get(a, a) for a in ids} for m, ids in arts.items()}
    return sorted(arts, key=lambda m: (-len(outlets[m]), -len(arts[m]), -len(dates[m]), m))


def _value(v: float) -> str:
    """A value as a reader writes it: 5,000,000 and 9.9, never 5e+06."""
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")


def _sources(figs: Sequence[Figure], result: Analysis) -> str:
    """'PAP (according to the spy agency); Yonhap' for the figures behind an estimate."""
    said: dict[str, list[str]] = defaultdict(list)
    for f in figs:
        a = result.article(f.article_id)
        name = tables.outlet_name(a.outlet if a else f.outlet, a.title if a else "")
        if f.said_by and f.said_by not in said[name]:
            said[name].append(f.said_by)
        said.setdefault(name, [])
    return "; ".join(md(name) + (f" (according to {md(', '.join(who))})" if who else "") for name, who in said.items())


def headline(result: Analysis, metric: str, label: str, outlet_of: dict[str, str]) -> Headline | None:
    """The summary of one metric from its roll-ups, or None when it has no dated report."""
    ups = sorted(rollup.rollups(result.figures, result.articles, [metric]), key=lambda r: (r.as_of, r.reports))
    if not ups:
        return None
    last = ups[-1]
    figs = [f for f in result.figures if f.metric == metric]
    behind = [f for f in figs if f.as_of == last.as_of and f.value == last.best]
    unit = f" {behind[0].unit}" if behind and behind[0].unit not in ("", "count") else ""
    spread = f" (range {_value(last.low)}–{_value(last.high)}{unit})" if last.low != last.high else ""
    outlets = {outlet_of.get(f.article_id, f.outlet) for f in figs}
    trend = charts.sparkline([u.as_of for u in ups], [u.best for u in ups]) if len(ups) > 1 else None
    best = behind[0].text if behind else _value(last.best)
    return Headline(md(label), f"**{md(best)}** as of {md(last.as_of)}{md(spread)}",
                    _sources(behind, result), len(outlets), trend,
                    Link("pages/1_Timeline.py", f"{md(label)} over time →", {"metric": metric}))


def discrepancy_link(d: Discrepancy, name: labels.ArticleNames, rank: int | None = None,
                     names: dict[str, str] | None = None) -> Link:
    """The link that explains a discrepancy: Compare with its two articles, or for one inside a single article
    the view of its two sentences and the explanation; the metric is shown by its name in `names` when it has one."""
    prefix = f"{rank}\\. " if rank is not None else ""
    metric = (names or {}).get(d.metric, d.metric)
    text = f"{prefix}**{d.status}** · {md(metric)}: {md(name.humanize(d.explanation))}"
    a, b = d.articles
    if a != b:
        return Link("pages/2_Compare.py", f"{text} — {md(name(a))} vs {md(name(b))}", {"a": a, "b": b})
    return Link("pages/5_Discrepancies.py", f"{text} — inside {md(name(a))}",
                {"inside": a, "at": [str(d.a.start), str(d.b.start)]})


class Links(Sequence[Link]):
    """The links that explain these discrepancies, each made when it is read: of an Overview's 130,000 conflicts
    (10,000 articles) only the page shown is made."""

    def __init__(self, found: Iterable[Discrepancy], name: labels.ArticleNames, names: dict[str, str] | None = None
                 ) -> None:
        self._found = tuple(found)
        self._name = name
        self._names = names or {}

    def __len__(self) -> int:
        return len(self._found)

    def __getitem__(self, index: int | slice) -> Link | tuple[Link, ...]:  # type: ignore[override]
        if isinstance(index, slice):
            return tuple(discrepancy_link(d, self._name, names=self._names) for d in self._found[index])
        return discrepancy_link(self._found[index], self._name, names=self._names)

    def __eq__(self, other: object) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, (tuple, Links)) else NotImplemented

    __hash__ = None  # type: ignore[assignment] - equal to a tuple of links, so not hashable


def overview(result: Analysis, names: dict[str, str] | None = None, name: labels.ArticleNames | None = None) -> Overview:
    """The Overview of an analysis (`names`, `name`: the metric and article names when already made)."""
    found = result.discrepancies
    conflicts = [d for d in found if d.status == "conflict"]
    outlet_of = {a.id: tables.outlet_name(a.outlet, a.title) for a in result.articles}
    counts = (("Articles", len(result.articles)), ("Sources", len({a.outlet or a.id for a in result.articles})),
              ("Wire stories", len({a.story_id or a.id for a in result.articles})), ("Figures", len(result.figures)),
              ("Metrics", len({f.metric for f in result.figures})), ("Conflicts", len(conflicts)))
    names = names if names is not None else labels.metric_names(result)
    heads = (headline(result, m, names.get(m, m), outlet_of) for m in leading_metrics(result.figures, outlet_of)[:LEADING])
    name = name or labels.article_namer(result.articles)
    differences = tuple(Link("pages/2_Compare.py", f"**{p.status}** · {md(names.get(p.metric, p.metric))}: {md(p.a.text)} "
                             f"vs {md(p.b.text)} — {md(name.humanize(p.explanation))}", {"a": a, "b": b})
                        for a, b, p in result.pair_differences if p.status == "compatible")
    return Overview(counts, tuple(h for h in heads if h is not None),
                    Links(conflicts, name, names), Links((d for d in found if d.status == "update"), name, names),
                    f"All conflicts and updates ({len(found)}), ranked →" if found else "",
                    len(result.articles) > analysis.PAIRWISE_LIMIT, differences[:NOTABLE_PAIRS],
                    tuple(f"- {md(labels.article_label(a))} — {len(result.figures_of(a.id))} figures"
                          for a in result.articles))
