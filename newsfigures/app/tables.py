"""Figures, pairs and timeline points as pandas DataFrames for tables, charts and downloads."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime

import pandas as pd

from newsfigures.app.invisible import show_invisible
from newsfigures.app.labels import short
from newsfigures.compare import alignment
from newsfigures.model import FIGURE_ROW_FIELDS, Article, Figure, LedgerEntry, Measure, Pair

FIGURE_COLUMNS = ["article_id", "outlet", "published", "text", "value", "low", "high", "qualifier", "unit", "counted",
                  "event", "metric", "as_of", "period", "said_by", "place", "is_past", "incremental", "sentence",
                  "start", "end", "source_file"]


def shown(data: pd.DataFrame | Iterable[dict]) -> pd.DataFrame:
    """A copy of a table for display (st.dataframe), invisible and direction-changing characters in its text cells
    shown as marks; downloads and filters keep the table itself."""
    df = data.copy() if isinstance(data, pd.DataFrame) else pd.DataFrame(list(data))
    for col in df.columns:
        if df[col].dtype == object or pd.api.types.is_string_dtype(df[col].dtype):
            df[col] = df[col].map(lambda v: show_invisible(v) if isinstance(v, str) else v)
    return df


def outlet_name(outlet: str, title: str) -> str:
    """The outlet, or a clear stand-in naming the article by its title when the outlet is unknown."""
    return outlet or f"unknown outlet ({short(title, 40) or 'untitled'})"


_OWN_FIELDS = tuple(k for k in Figure.__dataclass_fields__ if k != "measure")
_MEASURE_FIELDS = tuple(Measure.__dataclass_fields__)


def figures_frame(figures: Iterable[Figure]) -> pd.DataFrame:
    """One row per figure (the columns of Figure.to_row), readable columns first; made column by column, without a
    dict per figure (120,000 figures at 10,000 articles)."""
    figs = list(figures)
    columns = {k: [getattr(f, k) for f in figs] for k in _OWN_FIELDS}
    columns.update({f"measure_{k}": [getattr(f.measure, k) for f in figs] for k in _MEASURE_FIELDS})
    df = pd.DataFrame(columns, columns=list(FIGURE_ROW_FIELDS))
    rest = [c for c in df.columns if c not in FIGURE_COLUMNS]
    return df[FIGURE_COLUMNS + rest]


def pairs_frame(pairs: Iterable[Pair]) -> pd.DataFrame:
    """One row per aligned pair: status, metric, both surfaces and as-of dates, and the explanation."""
    rows = []
    for p in pairs:
        rows.append({
            "status": p.status, "metric": p.metric,
            "a": p.a.text if p.a else "", "a_as_of": (p.a.period or p.a.as_of) if p.a else "",
            "b": p.b.text if p.b else "", "b_as_of": (p.b.period or p.b.as_of) if p.b else "",
            "explanation": p.explanation,
            "a_said_by": p.a.said_by if p.a else "", "b_said_by": p.b.said_by if p.b else "",
        })
    return pd.DataFrame(rows, columns=["status", "metric", "a", "a_as_of", "b", "b_as_of", "explanation", "a_said_by",
                                       "b_said_by"])


def _as_of_datetime(as_of: str) -> pd.Timestamp | None:
    """The date a figure's as-of text stands for on a time axis (a year or month at its middle), None if none."""
    if not as_of:
        return None
    padded = as_of + {4: "-07-01", 7: "-15"}.get(len(as_of), "")  # a year or month is drawn at its middle
    try:
        return pd.Timestamp(datetime.fromisoformat(padded[:10]))  # pandas' own string parsing is 50x slower
    except ValueError:
        return None


def _dates(texts: Iterable[str]) -> dict[str, pd.Timestamp | None]:
    """Each distinct as-of text once on the time axis: a corpus repeats a few thousand dates over 100,000 figures
    (a memo per call, not one kept for the process: the texts come from a visitor's articles)."""
    return {t: _as_of_datetime(t) for t in set(texts)}


def _point(f: Figure, title: str) -> dict:
    """A figure as a timeline row (its as-of date still text)."""
    return {"metric": f.metric, "as_of_text": f.as_of, "value": f.value, "low": f.low, "high": f.high,
            "qualifier": f.qualifier, "text": f.text, "outlet": outlet_name(f.outlet, title), "said_by": f.said_by,
            "article": title, "article_id": f.article_id, "sentence": f.sentence, "is_past": f.is_past,
            "start": f.start, "scope": f.measure.scope}


def timeline_frame(figures: Iterable[Figure], metrics: Iterable[str] | None = None,
                   titles: dict[str, str] | None = None) -> pd.DataFrame:
    """Points of the chosen metrics (None: every metric): one per article and value, with its as-of date, who said
    it, the article's title and the measure's scope; undated figures left out (`undated_frame` lists them)."""
    wanted = set(metrics) if metrics is not None else None
    titles = titles or {}
    picked = [f for f in figures if wanted is None or f.metric in wanted]
    dated = _dates(f.as_of for f in picked)
    rows = []
    for f in alignment.distinct(picked):
        when = dated[f.as_of]
        if when is not None:
            rows.append({**_point(f, titles.get(f.article_id, "")), "as_of": when})
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS).sort_values(["metric", "as_of", "outlet"]).reset_index(drop=True)


def dated_metric_counts(figures: Iterable[Figure]) -> Counter[str]:
    """How many timeline points each metric has (what `timeline_frame` would draw), without building the frame;
    counted in metric order, as the frame sorted by metric would give them."""
    figs = list(figures)
    dated = _dates(f.as_of for f in figs)
    return Counter(sorted(f.metric for f in alignment.distinct(figs) if dated[f.as_of] is not None))


TIMELINE_COLUMNS = ["metric", "as_of", "as_of_text", "value", "low", "high", "qualifier", "text", "outlet", "said_by",
                    "article", "article_id", "sentence", "is_past", "start", "scope"]
UNDATED_COLUMNS = ["metric", "text", "value", "qualifier", "outlet", "said_by", "article", "sentence", "article_id",
                   "start"]


def undated_frame(figures: Iterable[Figure], metrics: Iterable[str], titles: dict[str, str] | None = None) -> pd.DataFrame:
    """The distinct figures of these metrics with no as-of date a timeline can draw, in article order."""
    wanted, titles = set(metrics), titles or {}
    rows = [_point(f, titles.get(f.article_id, "")) for f in alignment.distinct(f for f in figures if f.metric in wanted)
            if _as_of_datetime(f.as_of) is None]
    return pd.DataFrame(rows, columns=UNDATED_COLUMNS)


def articles_frame(articles: Iterable[Article], figures: Iterable[Figure] = ()) -> pd.DataFrame:
    """One row per article with its metadata, where each field came from, and its figure count."""
    counts: dict[str, int] = {}
    for f in figures:
        counts[f.article_id] = counts.get(f.article_id, 0) + 1
    rows = [{"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published, "url": a.url,
             "figures": counts.get(a.id, 0), "source_file": a.source_file,
             "metadata from": ", ".join(f"{k}: {v}" for k, v in a.provenance), "removed lines": len(a.removed)}
            for a in articles]
    return pd.DataFrame(rows, columns=["id", "title", "outlet", "published", "url", "figures", "source_file",
                                       "metadata from", "removed lines"])


def ledger_frame(ledger: Iterable[LedgerEntry]) -> pd.DataFrame:
    """The ingestion ledger as a table."""
    return pd.DataFrame([e.to_dict() for e in ledger],
                        columns=["item", "status", "article_id", "reason", "message", "line", "warnings"])


def with_measure(df: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """The table with each metric's readable name (`names`, the key when it has none) in a `measure` column right
    after its `metric` key, which stays for joining and filtering."""
    named = df.copy()
    named.insert(df.columns.get_loc("metric") + 1, "measure", df["metric"].map(lambda m: names.get(m, m)))
    return named
