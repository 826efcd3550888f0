"""newsfigures — Overview: the corpus at a glance and its most notable differences."""
import streamlit as st

from newsfigures import app

st.set_page_config(page_title="Overview · newsfigures", page_icon="🔢", layout="wide")
st.title("newsfigures")
st.caption("Every number the articles report — what, how sure, as of when, according to whom — and where they differ.")

result = app.load_or_stop()
view = app.overview(result)
for column, (label, number) in zip(st.columns(len(view.counts)), view.counts):
    column.metric(label, number)
for w in result.warnings:
    st.warning(w)

st.subheader("Most notable differences")
for link in view.conflicts:
    st.page_link("pages/2_Compare.py", label=link.label, query_params=link.params)
if view.ranked:
    st.page_link("pages/5_Discrepancies.py", label=view.ranked)
if view.pairs_skipped:
    st.caption(f"With more than {app.PAIRWISE_LIMIT} articles, pairwise differences are left to the ranked "
               "Discrepancies page.")
elif not view.differences:
    st.info("No two articles report differing figures for the same metric.")
for link in view.differences:
    st.page_link("pages/2_Compare.py", label=link.label, query_params=link.params)

st.subheader("Articles")
for line in view.articles:
    st.markdown(line)
