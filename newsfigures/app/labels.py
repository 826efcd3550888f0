"""How the app names things: article text made inert for markdown, article labels, figure tooltips and anchors."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from newsfigures.app import render
from newsfigures.app.invisible import show_invisible
from newsfigures.model import Article, Figure
from newsfigures.compare.analysis import Analysis
from newsfigures.compare.edits import moved_out_of
from newsfigures.compare.labels import metric_labels

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~$:<&])")
# Streamlit's markdown (GFM) links a bare web address or e-mail address found in text, escaped or not (the link is
# found in the parsed text): a word joiner (U+2060, invisible) inside "://", before "www." and after "@" keeps it text.
_AUTOLINK = re.compile(r"(?i)(?<=:)(?=//)|(?=www\.)|(?<=@)")
WORD_JOINER = "\u2060"


def md(text: object) -> str:
    """Article-derived text made inert for Streamlit markdown (titles, captions, labels): every markdown,
    math and colour-directive character is backslash-escaped, so a title can't become a link or an image, and a bare
    address gets a word joiner that keeps it from being linked; invisible and direction-changing characters are shown
    as marks (⟨U+202E⟩)."""
    unlinked = _AUTOLINK.sub(WORD_JOINER, show_invisible(str(text)))
    return _MD_SPECIAL.sub(r"\\\1", unlinked).replace("\n", " ")


def article_label(a: Article) -> str:
    """How an article is named in pickers, invisible and direction-changing characters shown as marks."""
    return show_invisible(f"{a.outlet or 'unknown outlet'} · {a.published_date or 'undated'} · {a.title or a.id}"[:110])


def article_name(a: Article) -> str:
    """A short human name of an article for running text: "PAP, 2025-09-02" (the title when the outlet is unknown),
    never its id."""
    return ", ".join(x for x in (a.outlet or short(a.title, 50), a.published_date) if x) or "an untitled article"


def short(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class ArticleNames:
    """Article ids to human names: `names(id)` names one, `names.humanize(text)` names every id a text mentions."""

    names: dict[str, str]
    _ids: re.Pattern[str] | None = field(default=None, compare=False)

    def __call__(self, article_id: str) -> str:
        """The name of an article ("an unknown article" for an id that names none)."""
        return self.names.get(article_id, "an unknown article")

    def humanize(self, text: str) -> str:
        """`text` with every article id in it replaced by the article's name ("dated by PAP, 2025-09-02")."""
        return self._ids.sub(lambda m: self.names.get(m.group(0), m.group(0)), text) if self._ids and text else text


_WORD_ID = re.compile(r"[\w-]+")


def article_namer(articles: Iterable[Article]) -> ArticleNames:
    """The names of these articles (outlet and date, else title), with a pattern that finds their ids in text.

    An id of word characters and hyphens is any whole run of them (looked up by name), so the pattern stays small
    for 10,000 articles; only ids with other characters are spelled out, longest first, and tried before a run."""
    names = {a.id: article_name(a) for a in articles}
    other = sorted((i for i in names if not _WORD_ID.fullmatch(i)), key=len, reverse=True)
    spelled = r"(?<![\w-])(?:" + "|".join(map(re.escape, other)) + r")(?![\w-])|" if other else ""
    return ArticleNames(names, re.compile(spelled + _WORD_ID.pattern) if names else None)


def figure_tooltip(f: Figure, counterpart: Figure | None, status: str, names: dict[str, str] | None = None) -> str:
    """Hover text of a highlighted figure: value, interval, what it counts (its metric's label in `names` when it
    has one), and its counterpart."""
    lo = "−∞" if f.low is None else f"{f.low:,.6g}"
    hi = "∞" if f.high is None else f"{f.high:,.6g}"
    metric = (names or {}).get(f.metric, f.metric)
    lines = [f"{f.text}: value {f.value:,.6g}, interval [{lo}, {hi}] ({f.qualifier})",
             f"metric: {metric}" + (f" · as of {f.as_of}" if f.as_of else "") + (f" · {f.period}" if f.period else ""),
             f"status: {render.STATUS_LABEL.get(status, status)}"]
    if counterpart is not None:
        lines.append(f"other article: {counterpart.text}" + (f" (as of {counterpart.as_of})" if counterpart.as_of else ""))
    if f.said_by:
        lines.append(f"according to: {f.said_by}")
    return "\n".join(lines)


def figure_anchor(index: int, f: Figure) -> str:
    """The HTML anchor of a figure in the index-th article column of a view."""
    return f"f-{index}-{f.start}"


def metric_names(result: Analysis) -> dict[str, str]:
    """How each metric is named on the pages: its label made from the measures, the analyst's own name, or for a
    figure moved out into a metric of its own (whose key holds an article id), its old metric's name, its words and
    its article's name; old metrics are labelled as if their figures had not moved, so the two never read alike."""
    moved = _moved(result.figures, result.edited.named)
    labels = metric_labels(replace(f, metric=moved[f.metric][0]) if f.metric in moved else f for f in result.figures)
    names = {**labels, **{m: m for m in result.edited.named}}
    if not moved:
        return names
    article = article_namer(result.articles)
    for key, (old, f) in moved.items():
        names[key] = f"{names.get(old, old)} — {f.text} (moved, {article(f.article_id)})"
    present = {f.metric for f in result.figures}
    return {k: v for k, v in names.items() if k in present}


def _moved(figures: Iterable[Figure], named: frozenset[str]) -> dict[str, tuple[str, Figure]]:
    """Each metric of a figure moved out into a metric of its own (and not renamed since): the metric it was first
    moved out of (a figure moved out twice is unwound), and the figure."""
    out: dict[str, tuple[str, Figure]] = {}
    for f in figures:
        if f.metric in out or "—" not in f.metric or f.metric in named:
            continue
        old = moved_out_of(f)
        while old is not None:
            out[f.metric] = (old, f)
            old = moved_out_of(replace(f, metric=old))
    return out
