"""Overview: the story at a glance — leading figures with their sources and trend, every conflict, every update."""
import streamlit as st

from newsfigures import app

st.title("newsfigures")
st.caption("Every number the articles report — what, how sure, as of when, according to whom — and where they differ.")

result = app.load_or_stop()
view = app.overview(result)
for column, (label, number) in zip(st.columns(len(view.counts)), view.counts):
    column.metric(label, number)
for w in result.warnings:
    st.warning(w)

st.subheader("Leading figures")
if not view.headlines:
    st.info("No metric has a dated figure yet.")
for n, head in enumerate(view.headlines):
    text, trend = st.columns([3, 1])
    text.markdown(f"**{head.title}** — {head.estimate}  \n{head.sources} · {head.outlets} outlet(s)")
    text.page_link(head.timeline.page, label=head.timeline.label, query_params=head.timeline.params)
    if head.trend is not None:
        trend.plotly_chart(head.trend, key=f"overview_trend_{n}", config={"displayModeBar": False})

st.subheader(f"Conflicts ({len(view.conflicts)})")
if not view.conflicts:
    st.info("No two reports of one metric for the same period contradict each other.")
for link in view.conflicts[app.page_of(len(view.conflicts), "overview_conflicts", "conflicts").rows]:
    st.page_link(link.page, label=link.label, query_params=link.params)

st.subheader(f"Updates ({len(view.updates)})")
for link in view.updates[app.page_of(len(view.updates), "overview_updates", "updates").rows]:
    st.page_link(link.page, label=link.label, query_params=link.params)
if view.ranked:
    st.page_link("pages/5_Discrepancies.py", label=view.ranked)

st.subheader("Other differences between articles")
if view.pairs_skipped:
    st.caption(f"With more than {app.PAIRWISE_LIMIT} articles, pairwise differences are left to the ranked "
               "Discrepancies page.")
elif not view.differences:
    st.info("No two articles report compatible but differing figures for the same metric.")
for link in view.differences:
    st.page_link(link.page, label=link.label, query_params=link.params)

st.subheader("Articles")
for line in view.articles[app.page_of(len(view.articles), "overview_articles", "articles").rows]:
    st.markdown(line)
