"""Timeline points that measure something else than the rest of their metric (a projection, an estimate far above
what every later report says), drawn on their own trace and axis so the rest keeps its scale."""
from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from newsfigures.compare import lexicon as compare_words

FAR_ABOVE_MEDIAN = 10  # a figure of another scope this many times the metric's median is another measure
FAR_ABOVE_LATER = 3  # a running total this many times every report of its date or later is another measure
CUMULATIVE = ("total", "")  # scopes that only grow over time (a running count, or no scope said)


def apart_reasons(points: pd.DataFrame) -> pd.Series:
    """Per timeline point: why it is drawn apart ("projection", "another scope: share", "far above later reports"),
    or "" for a point drawn with the rest of its metric."""
    reasons = pd.Series("", index=points.index, dtype=object)
    for metric, grp in points.groupby("metric", sort=False):
        if str(metric).endswith(compare_words.BATCH_KEY):
            continue  # separate batches of one kind, whatever scope each was read with: none is another measure
        for i, why in _metric_reasons(grp).items():
            reasons.at[i] = why
    return reasons


def _metric_reasons(grp: pd.DataFrame) -> dict[object, str]:
    """The reasons of one metric's points (index -> reason)."""
    scopes = Counter(grp["scope"])
    main = scopes.most_common(1)[0][0]
    median = float(grp.loc[grp["scope"] == main, "value"].median())
    later = _later_max(grp)
    out = {}
    for i, scope, value in zip(grp.index, grp["scope"], grp["value"]):
        if scope != main and scope == "projection":
            out[i] = "projection"
        elif scope != main and median > 0 and value > FAR_ABOVE_MEDIAN * median:
            out[i] = f"another scope: {scope or 'unknown'}"
        elif scope in CUMULATIVE and later[i] is not None and value > FAR_ABOVE_LATER * later[i]:
            out[i] = "far above later reports"
    return out


def _later_max(grp: pd.DataFrame) -> dict[object, float | None]:
    """Per point: the largest value the metric's other points of the same or a later as-of date report (None: none)."""
    by_date: dict[pd.Timestamp, list[tuple[object, float]]] = defaultdict(list)
    for i, when, value in zip(grp.index, grp["as_of"], grp["value"]):
        by_date[when].append((i, float(value)))
    out: dict[object, float | None] = {}
    after: float | None = None  # the largest value of every later date
    for when in sorted(by_date, reverse=True):
        same = by_date[when]
        for i, _value in same:
            others = [v for j, v in same if j != i] + ([after] if after is not None else [])
            out[i] = max(others) if others else None
        top = max(v for _i, v in same)
        after = top if after is None else max(after, top)
    return out
