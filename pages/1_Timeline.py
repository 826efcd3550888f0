"""Timeline: how each figure moved over time, one trace per outlet."""
from collections import Counter

import streamlit as st

from newsfigures import charts, metrics, tables, ui

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
st.plotly_chart(charts.timeline_chart(points, labels), key="timeline_chart")
st.caption("Marker shape shows the qualifier (◆ about, ▲ at least, △ more than, ● exact); bars show the interval it implies; an upward bar of zero on ▲/△ means no upper bound.")
st.dataframe(points.drop(columns=["start"]), hide_index=True, key="timeline_table")
ui.downloads(points, "timeline", key="timeline_dl")
