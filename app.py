"""newsfigures — Overview: the corpus at a glance and its most notable differences."""
import itertools

import streamlit as st

from newsfigures.compare import alignment
from newsfigures.app import ui
from newsfigures.app.tables import outlet_name

PAIRWISE_LIMIT = 30  # above this, aligning every pair of articles on each rerun costs too much

st.set_page_config(page_title="Overview · newsfigures", page_icon="🔢", layout="wide")
st.title("newsfigures")
st.caption("Every number the articles report — what, how sure, as of when, according to whom — and where they differ.")

result = ui.load_or_stop()
found = result.discrepancies
c = st.columns(6)
c[0].metric("Articles", len(result.articles))
c[1].metric("Sources", len({outlet_name(a.outlet, a.id) for a in result.articles}))
c[2].metric("Wire stories", len({a.story_id or a.id for a in result.articles}))
c[3].metric("Figures", len(result.figures))
c[4].metric("Metrics", len({f.metric for f in result.figures}))
c[5].metric("Conflicts", sum(1 for d in found if d.status == "conflict"))
for w in result.warnings:
    st.warning(w)

st.subheader("Most notable differences")
for d in [d for d in found if d.status == "conflict"][:5]:
    a, b = d.articles
    if a != b:
        st.page_link("pages/2_Compare.py", label=f"**conflict** · {ui.md(d.metric)}: {ui.md(d.explanation)}", query_params={"a": a, "b": b})
if found:
    st.page_link("pages/5_Discrepancies.py", label=f"All conflicts and updates ({len(found)}), ranked →")
rows = []
pairs_of_articles = itertools.combinations(result.articles, 2) if len(result.articles) <= PAIRWISE_LIMIT else ()
for a, b in pairs_of_articles:
    same_story = bool(a.story_id) and a.story_id == b.story_id  # copies of one wire story confirm nothing
    for p in alignment.align(result.figures_of(a.id), result.figures_of(b.id), same_story):
        if p.status in ("conflict", "update", "compatible") or (p.status == "same" and p.a.qualifier != p.b.qualifier):
            rows.append((a, b, p))
rows.sort(key=lambda r: alignment.STATUS_ORDER[r[2].status])
if len(result.articles) > PAIRWISE_LIMIT:
    st.caption(f"With more than {PAIRWISE_LIMIT} articles, pairwise differences are left to the ranked Discrepancies page.")
elif not rows:
    st.info("No two articles report differing figures for the same metric.")
for a, b, p in rows[:20]:
    st.page_link("pages/2_Compare.py", label=f"**{p.status}** · {ui.md(p.metric)}: {ui.md(p.a.text)} vs {ui.md(p.b.text)} — {ui.md(p.explanation)}",
                 query_params={"a": a.id, "b": b.id})

st.subheader("Articles")
for a in result.articles:
    st.markdown(f"- {ui.md(ui.article_label(a))} — {len(result.figures_of(a.id))} figures")
