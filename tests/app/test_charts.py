"""The timeline chart: outlets reporting one point side by side, hover text escaped, clicks read back."""
from __future__ import annotations

import pandas as pd

from newsfigures.app.charts import clicked_figure, dodge, timeline_chart
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
