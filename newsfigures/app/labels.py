"""How the app names things: article text made inert for markdown, article labels, figure tooltips and anchors."""
from __future__ import annotations

import re

from newsfigures.app import render
from newsfigures.app.invisible import show_invisible
from newsfigures.model import Article, Figure

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~$:<&])")


def md(text: object) -> str:
    """Article-derived text made inert for Streamlit markdown (titles, captions, labels): every markdown,
    math and colour-directive character is backslash-escaped, so a title can't become a link or an image; invisible
    and direction-changing characters are shown as marks (⟨U+202E⟩)."""
    return _MD_SPECIAL.sub(r"\\\1", show_invisible(str(text))).replace("\n", " ")


def article_label(a: Article) -> str:
    """How an article is named in pickers, invisible and direction-changing characters shown as marks."""
    return show_invisible(f"{a.outlet or 'unknown outlet'} · {a.published_date or 'undated'} · {a.title or a.id}"[:110])


def figure_tooltip(f: Figure, counterpart: Figure | None, status: str) -> str:
    """Hover text of a highlighted figure: value, interval, what it counts, and its counterpart."""
    lo = "−∞" if f.low is None else f"{f.low:,.6g}"
    hi = "∞" if f.high is None else f"{f.high:,.6g}"
    lines = [f"{f.text}: value {f.value:,.6g}, interval [{lo}, {hi}] ({f.qualifier})",
             f"metric: {f.metric}" + (f" · as of {f.as_of}" if f.as_of else "") + (f" · {f.period}" if f.period else ""),
             f"status: {render.STATUS_LABEL.get(status, status)}"]
    if counterpart is not None:
        lines.append(f"other article: {counterpart.text}" + (f" (as of {counterpart.as_of})" if counterpart.as_of else ""))
    if f.said_by:
        lines.append(f"according to: {f.said_by}")
    return "\n".join(lines)


def figure_anchor(index: int, f: Figure) -> str:
    """The HTML anchor of a figure in the index-th article column of a view."""
    return f"f-{index}-{f.start}"
