"""Figures: every figure of the corpus in one filterable table."""
import streamlit as st

from newsfigures import app

st.set_page_config(page_title="Figures · newsfigures", layout="wide")
st.title("Figures")
result = app.load_or_stop()
names = app.article_labels(result)  # picker labels, hidden characters already shown as marks
ids = list(names)
c1, c2, c3 = st.columns(3)
arts = c1.multiselect("Articles", ids, default=[i for i in app.param_list("article") if i in names],
                      format_func=names.get, key="figures_articles")
metric_options, metric_names = app.figure_metrics(result), app.metric_option_labels(result)
mets = c2.multiselect("Metrics", metric_options, default=[m for m in app.param_list("metric") if m in metric_options],
                      format_func=metric_names.get, key="figures_metrics")
quals = c3.multiselect("Qualifiers", list(app.QUALIFIERS), default=[q for q in app.param_list("qualifier") if q in app.QUALIFIERS], key="figures_qualifiers")
query = st.text_input("Search sentence or counted noun", value=app.param("q"), key="figures_q")
app.set_params(article=arts, metric=mets, qualifier=quals, q=query)
df = app.filtered_figures(result, arts, mets, quals, query)
st.caption(f"{len(df):,} of {len(result.figures):,} figures")
app.paged_table(df, key="figures_table")
app.downloads(df, "figures", key="figures_dl")
app.metric_controls(result, "figures", mets)
app.edits_panel(result, "figures")
