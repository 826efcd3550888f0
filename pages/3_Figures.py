"""Figures: every figure of the corpus in one filterable table."""
import streamlit as st

from newsfigures.app import tables
from newsfigures.app import ui
from newsfigures.model import QUALIFIERS

st.set_page_config(page_title="Figures · newsfigures", layout="wide")
st.title("Figures")
result = ui.load_or_stop()
df = tables.figures_frame(result.figures)
ids = [a.id for a in result.articles]
c1, c2, c3 = st.columns(3)
arts = c1.multiselect("Articles", ids, default=[i for i in ui.param_list("article") if i in ids], key="figures_articles")
metric_options = sorted(df["metric"].unique())
mets = c2.multiselect("Metrics", metric_options, default=[m for m in ui.param_list("metric") if m in metric_options], key="figures_metrics")
quals = c3.multiselect("Qualifiers", list(QUALIFIERS), default=[q for q in ui.param_list("qualifier") if q in QUALIFIERS], key="figures_qualifiers")
query = st.text_input("Search sentence or counted noun", value=ui.param("q"), key="figures_q")
ui.set_params(article=arts, metric=mets, qualifier=quals, q=query)
if arts:
    df = df[df["article_id"].isin(arts)]
if mets:
    df = df[df["metric"].isin(mets)]
if quals:
    df = df[df["qualifier"].isin(quals)]
if query:
    df = df[df["sentence"].str.contains(query, case=False, regex=False) | df["counted"].str.contains(query, case=False, regex=False)]
st.caption(f"{len(df)} of {len(result.figures)} figures")
st.dataframe(df, hide_index=True, key="figures_table")
ui.downloads(df, "figures", key="figures_dl")
