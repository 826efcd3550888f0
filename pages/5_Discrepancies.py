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
if app.param("inside"):  # one discrepancy inside an article: its sentences, the explanation, the article
    shown = app.inside(result, app.param("inside"), app.param_list("at"))
    app.pin_params(inside=app.param("inside"), at=app.param_list("at"))  # so a copied link reopens this view
    if shown is None:
        st.warning("This link names figures the corpus no longer has.")
    else:
        st.subheader(shown.heading)
        st.markdown(shown.explanation)
        for quote in shown.quotes:
            st.markdown(quote)
        with st.expander("The article, both figures highlighted", expanded=True):
            app.html(shown.html)
    if st.button("← All conflicts and updates", key="discrepancies_back"):  # a button: it also clears the URL
        app.set_params(inside="", at=[])
        st.rerun()
    st.stop()
found = result.discrepancies
c1, c2 = st.columns(2)
statuses = c1.multiselect("Kinds", STATUSES, default=[s for s in app.param_list("status") if s in STATUSES] or STATUSES,
                          key="discrepancies_status")
metric_options, metric_names = app.discrepancy_metrics(result), app.metric_option_labels(result)
mets = c2.multiselect("Metrics", metric_options, default=[m for m in app.param_list("metric") if m in metric_options],
                      format_func=metric_names.get, key="discrepancies_metrics")
app.set_params(status=statuses if set(statuses) != set(STATUSES) else [], metric=mets)
chosen = app.discrepancies(result, statuses, mets, LINKS)
shown = chosen.shown
st.caption(f"{len(shown):,} of {len(found):,} discrepancies")
if not shown:
    st.info("No conflict or update among the figures shown.")
for link in chosen.links:
    st.page_link(link.page, label=link.label, query_params=link.params)
if len(shown) > LINKS:
    st.caption(f"…and {len(shown) - LINKS:,} more in the table below.")
app.paged_table(chosen.table, key="discrepancies_table")
app.downloads(chosen.table, "discrepancies", key="discrepancies_dl")
