"""Timeline points of another measure (a projection, an estimate far above every later report) get their own
trace, in a band above the plot on its own axis; a running count that grows, and batches of one kind, stay together."""
from __future__ import annotations

import pandas as pd
import pytest

from newsfigures.app.apart import apart_reasons
from newsfigures.app.charts import timeline_chart
from newsfigures.app.tables import timeline_frame


def frame(rows: list[tuple[str, str, float, str]]) -> pd.DataFrame:
    """Points from (metric, as_of, value, scope)."""
    return pd.DataFrame([{"metric": m, "as_of": pd.Timestamp(d), "value": v, "scope": s} for m, d, v, s in rows])


@pytest.mark.parametrize("rows, expected", [
    # Gaza: an excess-deaths estimate of 186,000 beside the ministry's 38,000 and later counts up to 58,000
    ([("killed", "2023-10-08", 370, "total"), ("killed", "2024-07-05", 186000, "total"),
      ("killed", "2024-07-05", 38000, "total"), ("killed", "2025-07-13", 58000, "total")],
     ["", "far above later reports", "", ""]),
    # a running count growing a hundredfold, the largest value last: nothing apart
    ([("killed", "2023-10-08", 370, "total"), ("killed", "2023-10-26", 7000, "total"),
      ("killed", "2025-07-13", 58000, "total")], ["", "", ""]),
    ([("revenue", "2004-12-01", 5e9, "total"), ("revenue", "2005-01-01", 6e9, "total"),
      ("revenue", "2008", 35e9, "projection")], ["", "", "projection"]),
    ([("aid", "2024-01-01", 10, "annual"), ("aid", "2024-02-01", 12, "annual"), ("aid", "2024-03-01", 900, "total")],
     ["", "", "another scope: total"]),
    ([("aid", "2024-01-01", 10, "annual"), ("aid", "2024-02-01", 12, "annual"), ("aid", "2024-03-01", 15, "total")],
     ["", "", ""]),  # another scope, but not far above: it stays
    ([("killed (batch)", "2023-10-17", 471, "total"), ("killed (batch)", "2024-09-09", 8, "total")], ["", ""]),
])
def test_apart_reasons(rows, expected):
    assert list(apart_reasons(frame(rows))) == expected


def test_apart_point_of_the_seeds_gets_its_own_trace_in_a_band_above(seeds):
    from dataclasses import replace

    spike = next(f for f in seeds.figures if f.metric == "soldiers killed" and f.as_of == "2025-04")
    figures = seeds.figures + (replace(spike, value=186000.0, text="186,000", start=99999, end=99999 + 7),)
    for log in (False, True):
        fig = timeline_chart(timeline_frame(figures, ["soldiers killed"]), log=log)
        band = [t for t in fig.data if t.yaxis == "y2"]
        assert [list(t.y) for t in band] == [[186000.0]] and band[0].name.endswith("· far above later reports")
        assert list(band[0].text) == ["186,000"]  # its value written beside it, read on no other axis
        assert sorted(v for t in fig.data if t.yaxis == "y" for v in t.y) == [600.0, 600.0, 2000.0, 2000.0]
        assert fig.layout.yaxis2.domain[0] > fig.layout.yaxis.domain[1]  # a band above the plot, not overlaid
        assert (fig.layout.yaxis2.type == "log") is log and (fig.layout.yaxis.type == "log") is log
    assert all(t.yaxis == "y" for t in timeline_chart(timeline_frame(seeds.figures, ["soldiers killed"])).data)
    assert "yaxis2" not in timeline_chart(timeline_frame(seeds.figures, ["soldiers killed"])).to_dict()["layout"]
