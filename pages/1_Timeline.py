"""Timeline: how each figure moved over time — several metrics, one trace per outlet, conflicts annotated."""
import streamlit as st

from newsfigures import app

st.set_page_config(page_title="Timeline · newsfigures", layout="wide")
st.title("Timeline")
result = app.load_or_stop()
choice = app.metric_choice(result, app.param_list("metric"))
picked = st.multiselect("Metrics", choice.options, default=choice.chosen, format_func=choice.label, key="timeline_metrics")
app.set_params(metric=picked)
app.metric_controls(result, "timeline", picked)
app.edits_panel(result, "timeline")
if not picked:
    st.info("Pick a metric to chart.")
    st.stop()
log = st.toggle("Log scale", value=app.log_scale_default(result, picked), key="timeline_log",
                help="For values that span orders of magnitude: each point stays visible beside a far larger one.")
view = app.timeline(result, choice, picked, log)
event = st.plotly_chart(view.chart, key="timeline_chart", on_select="rerun", selection_mode="points")
for note in (view.undated_note, view.unnoted_note):
    if note:
        st.caption(note)
if view.undated:
    with st.expander(f"No date ({view.undated})", expanded=True):
        app.paged_table(view.undated_table, key="timeline_undated")
st.caption("Marker shape shows the qualifier (◆ about, ▲ at least, △ more than, ▼ up to, ● exact); bars show the "
           "interval it implies (no upper bar on ▲/△: no upper bound); ≠ marks a conflict. Click a point to read it in "
           "its article. A point of another measure (a projection, an estimate far above every later report) is "
           "drawn in a band above the chart, on its own scale.")

pick = app.clicked_figure(app.point_of(event)) or app.param("pick")
app.set_params(pick=pick)
shown = app.picked(result, pick) if pick and ":" in pick else None
if shown is not None:
    st.subheader(shown.heading)
    st.markdown(shown.quote)
    st.page_link("pages/2_Compare.py", label="Compare this article with others", query_params=shown.compare)
    with st.expander("The article, this figure highlighted", expanded=True):
        app.html(shown.html)

st.subheader("Points")
app.paged_table(view.table, key="timeline_table")
app.downloads(view.points, "timeline", key="timeline_dl")
st.subheader("Low / best / high per date")
st.caption("As UCDP publishes fatality estimates: the lowest and highest value reported for that date and the value "
           "most independent stories report. Copies of one wire story count once.")
app.paged_table(view.rollup, key="timeline_rollup")
app.downloads(view.rollup, "rollup", key="timeline_rollup_dl")
