"""Plotly charts: how each figure moved over time."""
from __future__ import annotations

import html
import math

import pandas as pd
import plotly.graph_objects as go

from newsfigures.app.apart import apart_reasons
from newsfigures.app.invisible import show_invisible

APART_BAND = (0.8, 1.0)  # the share of the plot's height, at its top, where points of another measure are drawn
# Marker shape by qualifier, so the kind of estimate is visible without colour.
QUALIFIER_SYMBOL: dict[str, str] = {
    "exact": "circle", "approx": "diamond", "at_least": "triangle-up", "more_than": "triangle-up-open",
    "at_most": "triangle-down", "less_than": "triangle-down-open", "nearly": "star-triangle-down",
    "range": "square", "vague": "hexagon-open",
}


def timeline_chart(points: pd.DataFrame, labels: dict[str, str] | None = None,
                   conflicts: list[tuple[str, str, float, str]] | None = None, log: bool = False) -> go.Figure:
    """Value over as-of date, one trace per outlet and metric; intervals as error bars (open-ended ones as arrows);
    `conflicts` = (metric, as_of, value, text) annotated on the chart; `log`: a logarithmic value axis. A point of
    another measure (`apart.apart_reasons`) gets its own trace in a band above the plot, with its own value axis and
    its value written beside it, so it does not flatten the rest.
    customdata[5:7] = article id, offset."""
    labels = labels or {}
    fig = go.Figure()
    points = dodge(points)
    if "apart" not in points:
        points["apart"] = apart_reasons(points) if not points.empty else ""
    for (metric, outlet, why), grp in points.groupby(["metric", "outlet", "apart"], sort=False):
        name = f"{outlet}" if points["metric"].nunique() == 1 else f"{labels.get(metric, metric)} — {outlet}"
        fig.add_trace(_trace(grp, f"{name} · {why}" if why else name, "y2" if why else "y"))
    # Each point's date, looked up once; the notes are set in one go (plotly checks every annotation again on each
    # add_annotation, which grows with the square of their number). A note on a point drawn apart sits in its band.
    when: dict[tuple[str, str], pd.Timestamp] = {}
    for key, as_of in zip(zip(points["metric"], points["as_of_text"]), points["as_of"]):
        when.setdefault(key, as_of)
    in_band = set(zip(points["metric"], points["as_of_text"], points["value"], points["apart"] != ""))
    notes = [{"x": when[(metric, as_of)], "y": math.log10(value) if log else value,
              "yref": "y2" if (metric, as_of, value, True) in in_band else "y",
              "text": f"≠ {_plotly_text(text)}", "showarrow": True, "arrowhead": 2,
              "font": {"color": "#b00020"}, "bgcolor": "#fff0f0"}
             for metric, as_of, value, text in conflicts or []
             if (metric, as_of) in when and (value > 0 or not log)]  # a log axis places a note by log10 of its value
    if notes:
        fig.update_layout(annotations=notes)
    # The legend sits below the plot and the value axis is short ("2k", no title), so a phone-width chart keeps
    # nearly its full width for the points.
    fig.update_layout(xaxis_title="as of", legend_title="outlet", hovermode="closest",
                      legend={"orientation": "h", "yanchor": "top", "y": -0.22, "xanchor": "left", "x": 0},
                      margin={"l": 4, "r": 4, "t": 30, "b": 10}, height=460)
    fig.update_xaxes(**date_ticks(points["as_of"]))
    axis = {"type": "log"} if log else {"rangemode": "tozero"}
    fig.update_layout(yaxis={"tickformat": "~s", **axis})
    if (points["apart"] != "").any():
        _apart_band(fig, axis)
    return fig


def _apart_band(fig: go.Figure, axis: dict) -> None:
    """The band above the plot where points of another measure are drawn, on their own value axis."""
    fig.update_layout(yaxis={"domain": [0, APART_BAND[0] - 0.06]},
                      yaxis2={"domain": list(APART_BAND), "anchor": "x", "tickformat": "~s", **axis,
                              **({"dtick": 1} if axis.get("type") == "log" else {"nticks": 3})})  # few ticks
    fig.add_annotation(text="another measure, its own scale", xref="paper", yref="paper", x=0, y=1, showarrow=False,
                       xanchor="left", yanchor="bottom", font={"size": 11, "color": "#666"})
    for trace in fig.data:
        if trace.yaxis == "y2":
            trace.update(mode="markers+text", text=[f"{v:,.6g}" for v in trace.y], textposition="middle left",
                         cliponaxis=False)


def _trace(grp: pd.DataFrame, name: str, yaxis: str = "y") -> go.Scatter:
    """One outlet's points of one metric, hover text escaped (plotly renders it as limited HTML)."""
    esc = _plotly_text
    hi = [(h - v) if pd.notna(h) else 0 for h, v in zip(grp["high"], grp["value"])]
    lo = [(v - low) if pd.notna(low) else 0 for low, v in zip(grp["low"], grp["value"])]
    said = grp["said_by"].map(lambda s: f"according to {esc(s)}<br>" if s else "")
    return go.Scatter(
        x=grp["plot_x"], y=grp["value"], mode="markers+lines", name=esc(name), yaxis=yaxis,
        marker={"size": 13, "symbol": [QUALIFIER_SYMBOL.get(q, "circle") for q in grp["qualifier"]]},
        error_y={"type": "data", "symmetric": False, "array": hi, "arrayminus": lo, "thickness": 1.5},
        customdata=list(zip(grp["text"].map(esc), grp["as_of_text"], grp["article"].str.slice(0, 80).map(esc),
                            grp["sentence"].str.slice(0, 220).map(esc), grp["qualifier"], grp["article_id"],
                            grp["start"].astype(int), said)),
        # The trace's name by reference: written into the template, an outlet's "%{…}" would be read as one.
        hovertemplate="<b>%{customdata[0]}</b> (%{customdata[4]})<br>as of %{customdata[1]} · %{customdata[2]}<br>"
                      "%{customdata[7]}%{customdata[3]}<extra>%{fullData.name}</extra>",
    )


def date_ticks(dates: pd.Series) -> dict:
    """X-axis settings for the span drawn: day ticks (never hours) when it covers a few weeks or less."""
    if dates.empty:
        return {}
    span = dates.max() - dates.min()
    if span <= pd.Timedelta(days=21):
        return {"dtick": 86_400_000, "tickformat": "%Y-%m-%d"}
    return {"tickformat": "%Y-%m-%d" if span <= pd.Timedelta(days=120) else "%b %Y"}


def sparkline(dates: list[str], values: list[float]) -> go.Figure:
    """A small trend line of a metric's best estimate per as-of date, with no axes or legend."""
    fig = go.Figure(go.Scatter(x=dates, y=values, mode="lines+markers", line={"width": 2}, marker={"size": 5},
                               hovertemplate="%{y:,.6g} as of %{x}<extra></extra>"))
    fig.update_layout(height=70, margin={"l": 0, "r": 0, "t": 4, "b": 4}, showlegend=False,
                      xaxis={"visible": False, "type": "category"}, yaxis={"visible": False})
    return fig


def _plotly_text(s: object) -> str:
    """Text made inert for plotly, which reads names, hover text and annotations as (limited) HTML: "<" and "&"
    escaped, so no tag or entity forms; quotes stay as they are (plotly would show "&quot;" literally)."""
    return html.escape(show_invisible(str(s)), quote=False)


def dodge(points: pd.DataFrame) -> pd.DataFrame:
    """Add `plot_x`: the as-of date, nudged sideways when several outlets report the same value on the same date,
    so no outlet's marker hides another's (the table and hover keep the true date)."""
    out = points.copy()
    out["plot_x"] = out["as_of"]
    if out.empty:
        return out
    span = (out["as_of"].max() - out["as_of"].min()) or pd.Timedelta(days=30)
    step = max(pd.Timedelta(days=1), span / 45)
    for _key, idx in out.groupby(["metric", "as_of", "value"]).groups.items():
        if len(idx) > 1:
            for k, i in enumerate(idx):
                out.at[i, "plot_x"] = out.at[i, "as_of"] + step * (k - (len(idx) - 1) / 2)
    return out


def clicked_figure(point: list | None) -> str:
    """"article_id:start" of the figure behind a clicked timeline point (its customdata[5:7]), or ""."""
    return f"{point[5]}:{int(point[6])}" if point else ""
