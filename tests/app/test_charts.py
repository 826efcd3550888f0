"""The timeline chart: outlets reporting one point side by side, hover text escaped, clicks read back."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from newsfigures.app.charts import clicked_figure, date_ticks, dodge, sparkline, timeline_chart
from newsfigures.app.tables import timeline_frame


def test_charts_dodge_separates_same_point_of_two_outlets_and_escapes_hover(seeds):
    pts = timeline_frame(seeds.figures, ["soldiers killed"])
    moved = dodge(pts)
    for _, grp in moved.groupby(["as_of", "value"]):
        assert grp["plot_x"].nunique() == len(grp)
    assert (moved["as_of"] == pts["as_of"]).all()
    hostile = pts.copy()
    hostile["sentence"] = "<a href='javascript:alert(1)'>x</a>"
    fig = timeline_chart(hostile)
    assert all("<a href" not in str(c) for tr in fig.data for c in tr.customdata)
    assert isinstance(moved["plot_x"].iloc[0], pd.Timestamp)


def test_charts_outlet_names_show_quotes_and_no_template(seeds):
    pts = timeline_frame(seeds.figures, ["soldiers killed"])
    pts["outlet"] = "\" onmouseover=\"x\" <a href='http://evil.example'>%{customdata[5]}</a> &amp;"
    (trace, *_) = timeline_chart(pts).data
    assert trace.name == "\" onmouseover=\"x\" &lt;a href='http://evil.example'&gt;%{customdata[5]}&lt;/a&gt; &amp;amp;"
    assert "evil" not in trace.hovertemplate and trace.hovertemplate.endswith("<extra>%{fullData.name}</extra>")


def test_charts_a_clicked_point_names_its_figure(seeds):
    pts = timeline_frame(seeds.figures, ["soldiers killed"])
    chart = timeline_chart(pts)
    point = list(chart.data[0].customdata[0])
    article_id, _, start = clicked_figure(point).rpartition(":")
    assert any(f.start == int(start) for f in seeds.figures_of(article_id))
    assert clicked_figure(None) == ""


def _points(seeds, metric="soldiers killed"):
    return timeline_frame(seeds.figures, [metric], {a.id: a.title for a in seeds.articles})


def test_charts_timeline_hover_says_who_said_it_and_names_the_article(seeds):
    fig = timeline_chart(_points(seeds))
    data = [list(c) for tr in fig.data for c in tr.customdata]
    assert any(c[7] == "according to South Korea’s spy agency<br>" for c in data)
    assert all(not c[2].startswith(("000_", "003_")) for c in data)  # the article's title, not its id
    assert "%{customdata[7]}" in fig.data[0].hovertemplate


def test_charts_timeline_legend_below_the_plot_and_log_axis_on_request(seeds):
    fig = timeline_chart(_points(seeds))
    assert fig.layout.legend.orientation == "h" and fig.layout.legend.y < 0
    assert fig.layout.yaxis.type != "log" and fig.layout.yaxis.rangemode == "tozero"
    assert timeline_chart(_points(seeds), log=True).layout.yaxis.type == "log"


@pytest.mark.parametrize("dates, expected", [
    (["2025-09-02"], {"dtick": 86_400_000, "tickformat": "%Y-%m-%d"}),  # one day: day ticks, never hours
    (["2025-09-02", "2025-09-12"], {"dtick": 86_400_000, "tickformat": "%Y-%m-%d"}),
    (["2025-04-15", "2025-06-02"], {"tickformat": "%Y-%m-%d"}),
    (["2023-10-08", "2025-07-13"], {"tickformat": "%b %Y"}),
    ([], {}),
])
def test_charts_date_ticks_fit_the_span(dates, expected):
    assert date_ticks(pd.Series(pd.to_datetime(dates))) == expected


def test_charts_sparkline_is_a_small_trend_without_axes():
    fig = sparkline(["2025-04", "2025-09-02"], [600.0, 2000.0])
    assert list(fig.data[0].y) == [600.0, 2000.0] and fig.layout.height <= 80
    assert fig.layout.xaxis.visible is False and fig.layout.showlegend is False


def test_charts_conflict_note_sits_at_its_value_on_either_axis(seeds):
    pts = _points(seeds)
    note = [("soldiers killed", "2025-09-02", 2000.0, "About 2,000 vs 2,500")]
    assert timeline_chart(pts, conflicts=note).layout.annotations[0].y == 2000.0
    assert abs(timeline_chart(pts, conflicts=note, log=True).layout.annotations[0].y - math.log10(2000.0)) < 1e-9
