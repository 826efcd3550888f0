"""Compare: two articles side by side, every figure highlighted by whether the other article agrees."""
import streamlit as st

from newsfigures import alignment, analysis, render, tables, ui

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
marks = {a_id: [], b_id: []}
for side, art_id in (("a", a_id), ("b", b_id)):
    for f in result.figures_of(art_id):
        found = alignment.pair_of(f, pairs)
        if found is None:
            continue
        n, p = found
        other = p.b if side == "a" else p.a
        anchor = f"{side}-{n}" if (p.a if side == "a" else p.b) is f else ""
        target = f"#{'b' if side == 'a' else 'a'}-{n}" if other is not None else ""
        marks[art_id].append(render.Mark(f.start, f.end, p.status, ui.figure_tooltip(f, other, p.status), anchor, target))
ui.html(render.legend(["same", "compatible", "update", "conflict", "only_a"]))
left, right = st.columns(2)
for col, art in ((left, result.article(a_id)), (right, result.article(b_id))):
    with col:
        st.subheader(art.title or art.id)
        st.caption(f"{art.outlet or 'unknown outlet'} · {art.published or 'date unknown'}")
        ui.html(render.highlight(art.text, marks[art.id]))

st.subheader("Aligned figures")
df = tables.pairs_frame(pairs)
st.dataframe(df, hide_index=True, key="compare_pairs")
ui.downloads(df, f"compare_{a_id}_{b_id}", key="compare_dl")
