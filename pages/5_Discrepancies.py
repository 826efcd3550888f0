"""Discrepancies: every conflict and every update in the corpus, ranked, each linking to a Compare view."""
import streamlit as st

from newsfigures import app

STATUSES = ["conflict", "update"]
LINKS = 40
st.set_page_config(page_title="Discrepancies · newsfigures", layout="wide")
st.title("Discrepancies")
st.caption("Conflicts: two reports of one metric for the same period that cannot both be true. Updates: each step "
           "the estimate of a metric moved between as-of dates. Separate batches or incidents are left out.")
result = app.load_or_stop()
found = result.discrepancies
c1, c2 = st.columns(2)
statuses = c1.multiselect("Kinds", STATUSES, default=[s for s in app.param_list("status") if s in STATUSES] or STATUSES,
                          key="discrepancies_status")
metric_options = sorted({d.metric for d in found})
mets = c2.multiselect("Metrics", metric_options, default=[m for m in app.param_list("metric") if m in metric_options],
                      format_func=app.show_invisible, key="discrepancies_metrics")
app.set_params(status=statuses if set(statuses) != set(STATUSES) else [], metric=mets)
shown = app.filter_discrepancies(found, statuses, mets)
st.caption(f"{len(shown)} of {len(found)} discrepancies")
if not shown:
    st.info("No conflict or update among the figures shown.")
for n, d in enumerate(shown[:LINKS], 1):
    a, b = d.articles
    if a != b:
        st.page_link("pages/2_Compare.py", label=app.discrepancy_label(n, d), query_params={"a": a, "b": b})
    else:
        st.page_link("pages/3_Figures.py", label=app.discrepancy_label(n, d) + " (inside one article)",
                     query_params={"article": a, "metric": d.metric})
if len(shown) > LINKS:
    st.caption(f"…and {len(shown) - LINKS} more in the table below.")
df = app.discrepancies_frame(shown)
st.dataframe(app.shown(df), hide_index=True, key="discrepancies_table")
app.downloads(df, "discrepancies", key="discrepancies_dl")
