"""newsfigures — Overview: the corpus at a glance and its most notable differences."""
import itertools

import streamlit as st

from newsfigures import alignment, ui
from newsfigures.tables import outlet_name

st.set_page_config(page_title="newsfigures", page_icon="🔢", layout="wide")
st.title("newsfigures")
st.caption("Every number the articles report — what, how sure, as of when, according to whom — and where they differ.")

result = ui.load_or_stop()
c = st.columns(4)
c[0].metric("Articles", len(result.articles))
c[1].metric("Sources", len({outlet_name(a.outlet, a.id) for a in result.articles}))
c[2].metric("Figures", len(result.figures))
c[3].metric("Metrics", len({f.metric for f in result.figures}))
for w in result.warnings:
    st.warning(w)

st.subheader("Most notable differences")
rows = []
for a, b in itertools.combinations(result.articles, 2):
    for p in alignment.align(result.figures_of(a.id), result.figures_of(b.id)):
        if p.status in ("conflict", "update", "compatible") or (p.status == "same" and p.a.qualifier != p.b.qualifier):
            rows.append((a, b, p))
rows.sort(key=lambda r: alignment.STATUS_ORDER[r[2].status])
if not rows:
    st.info("No two articles report differing figures for the same metric.")
for a, b, p in rows[:20]:
    st.page_link("pages/2_Compare.py", label=f"**{p.status}** · {p.metric}: {p.a.text} vs {p.b.text} — {p.explanation}",
                 query_params={"a": a.id, "b": b.id})

st.subheader("Articles")
for a in result.articles:
    st.markdown(f"- {ui.article_label(a)} — {len(result.figures_of(a.id))} figures")
