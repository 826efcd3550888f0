"""A discrepancy inside one article, shown whole: both sentences, the explanation, and the article with both
figures highlighted (what an Overview or Discrepancies link to such a conflict opens; no Streamlit here)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsfigures.app import render
from newsfigures.app.labels import article_label, article_namer, figure_tooltip, md
from newsfigures.compare.analysis import Analysis


@dataclass(frozen=True)
class Inside:
    """Two figures of one article that disagree, with their sentences and why they disagree."""

    heading: str  # markdown
    explanation: str  # markdown
    quotes: tuple[str, ...]  # markdown block quotes, one per distinct sentence
    html: str  # the article, both figures highlighted


def inside(result: Analysis, article_id: str, starts: Sequence[str], names: dict[str, str] | None = None
           ) -> Inside | None:
    """The discrepancy between the figures of `article_id` at offsets `starts` (from the URL), or None when the
    link names no such article or figures; its metric is named by its label in `names` when it has one."""
    art = result.article(article_id)
    figs = [f for f in result.figures_of(article_id) if str(f.start) in starts] if art is not None else []
    if art is None or len(figs) != 2 or len(set(starts)) != 2:
        return None
    a, b = sorted(figs, key=lambda f: f.start)
    found = next((d for d in result.discrepancies if {(d.a.article_id, d.a.start), (d.b.article_id, d.b.start)}
                  == {(a.article_id, a.start), (b.article_id, b.start)}), None)
    status = found.status if found is not None else "conflict"
    why = found.explanation if found is not None else "these two figures are not a discrepancy any more"
    humanize, names = article_namer(result.articles).humanize, names or {}
    marks = [render.Mark(f.start, f.end, status, humanize(figure_tooltip(f, g, status, names)), f"inside-{n}")
             for n, (f, g) in enumerate(((a, b), (b, a)))]
    quotes = tuple(f"> {md(s)}" for s in dict.fromkeys((a.sentence, b.sentence)))
    return Inside(f"{md(a.text)} vs {md(b.text)} — {md(article_label(art))}",
                  f"**{md(status)}** · {md(names.get(a.metric, a.metric))}: {md(humanize(why))}", quotes,
                  render.highlight(art.text, marks))
