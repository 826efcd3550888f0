"""Compare: two articles side by side, every figure highlighted by whether the other article agrees."""
import streamlit as st

from newsfigures import analysis, render, tables, ui

st.set_page_config(page_title="Compare · newsfigures", layout="wide")
st.title("Compare")
result = ui.load_or_stop()
ids = [a.id for a in result.articles]
if len(ids) < 2:
    st.info("Load at least two articles to compare them.")
    st.stop()
names = {a.id: ui.article_label(a) for a in result.articles}
a_id = ui.param("a") if ui.param("a") in ids else ids[0]
b_id = ui.param("b") if ui.param("b") in ids and ui.param("b") != a_id else next(i for i in ids if i != a_id)
c1, c2 = st.columns(2)
a_id = c1.selectbox("Article A", ids, index=ids.index(a_id), format_func=names.get, key="compare_a")
b_id = c2.selectbox("Article B", ids, index=ids.index(b_id), format_func=names.get, key="compare_b")
ui.set_params(a=a_id, b=b_id)
if a_id == b_id:
    st.warning("Pick two different articles.")
    st.stop()

pairs = analysis.compare(result, a_id, b_id)
marks_a, marks_b = [], []
for n, p in enumerate(pairs):
    if p.a is not None:
        marks_a.append(render.Mark(p.a.start, p.a.end, p.status, ui.figure_tooltip(p.a, p.b, p.status), f"a-{n}", f"#b-{n}" if p.b else ""))
    if p.b is not None:
        marks_b.append(render.Mark(p.b.start, p.b.end, p.status, ui.figure_tooltip(p.b, p.a, p.status), f"b-{n}", f"#a-{n}" if p.a else ""))
ui.html(render.legend(["same", "compatible", "update", "conflict", "only_a"]))
left, right = st.columns(2)
for col, art, marks in ((left, result.article(a_id), marks_a), (right, result.article(b_id), marks_b)):
    with col:
        st.subheader(art.title or art.id)
        st.caption(f"{art.outlet or 'unknown outlet'} · {art.published or 'date unknown'}")
        ui.html(render.highlight(art.text, marks))

st.subheader("Aligned figures")
df = tables.pairs_frame(pairs)
st.dataframe(df, hide_index=True, key="compare_pairs")
ui.downloads(df, f"compare_{a_id}_{b_id}", key="compare_dl")
