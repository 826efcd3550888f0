"""Timeline: how each figure moved over time — several metrics, one trace per outlet, conflicts annotated."""
from collections import Counter

import streamlit as st

from newsfigures.app import charts
from newsfigures.compare import discrepancies
from newsfigures.compare import metrics
from newsfigures.app import render
from newsfigures.compare import rollup
from newsfigures.app import tables
from newsfigures.app import ui

st.set_page_config(page_title="Timeline · newsfigures", layout="wide")
st.title("Timeline")
result = ui.load_or_stop()
labels = metrics.metric_labels(result.figures)
counts = Counter(f.metric for f in result.figures if f.as_of)
options = [m for m, _ in counts.most_common()]
chosen = [m for m in ui.param_list("metric") if m in options] or options[:1]
picked = st.multiselect("Metrics", options, default=chosen, format_func=lambda m: f"{labels.get(m, m)} ({counts[m]})", key="timeline_metrics")
ui.set_params(metric=picked)
if not picked:
    st.info("Pick a metric to chart.")
    st.stop()
points = tables.timeline_frame(result.figures, picked)
found = [d for d in discrepancies.discrepancies([f for f in result.figures if f.metric in picked], result.articles)
         if d.status == "conflict"]
notes = [(d.metric, d.b.as_of, d.b.value, f"{d.a.text} vs {d.b.text}") for d in found]
event = st.plotly_chart(charts.timeline_chart(points, labels, notes), key="timeline_chart", on_select="rerun",
                        selection_mode="points")
st.caption("Marker shape shows the qualifier (◆ about, ▲ at least, △ more than, ▼ up to, ● exact); bars show the "
           "interval it implies (no upper bar on ▲/△: no upper bound); ≠ marks a conflict. Click a point to read it in "
           "its article.")

clicked = ui.point_of(event)
pick = f"{clicked[5]}:{int(clicked[6])}" if clicked else ui.param("pick")
ui.set_params(pick=pick)
if pick and ":" in pick:
    art_id, _, start = pick.rpartition(":")
    art = result.article(art_id)
    fig = next((f for f in result.figures_of(art_id) if str(f.start) == start), None)
    if art is not None and fig is not None:
        st.subheader(f"{ui.md(fig.text)} — {ui.md(ui.article_label(art))}")
        st.markdown(f"> {ui.md(fig.sentence)}")
        st.page_link("pages/2_Compare.py", label="Compare this article with others",
                     query_params={"a": art.id, "b": next((a.id for a in result.articles if a.id != art.id), art.id)})
        with st.expander("The article, this figure highlighted", expanded=True):
            mark = render.Mark(fig.start, fig.end, "figure", ui.figure_tooltip(fig, None, "figure"), "timeline-pick")
            ui.html(render.highlight(art.text, [mark]))

st.subheader("Points")
st.dataframe(points.drop(columns=["start"]), hide_index=True, key="timeline_table")
ui.downloads(points, "timeline", key="timeline_dl")
st.subheader("Low / best / high per date")
st.caption("As UCDP publishes fatality estimates: the lowest and highest value reported for that date and the value "
           "most independent stories report. Copies of one wire story count once.")
roll = rollup.rollup_frame(rollup.rollups(result.figures, result.articles, picked))
st.dataframe(roll, hide_index=True, key="timeline_rollup")
ui.downloads(roll, "rollup", key="timeline_rollup_dl")
