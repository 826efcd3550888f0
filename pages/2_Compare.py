"""Compare: two to four articles side by side, every figure highlighted by whether the others agree."""
import streamlit as st

from newsfigures.compare import analysis
from newsfigures.app import render
from newsfigures.app import tables
from newsfigures.app import ui

MAX_ARTICLES = 4
st.set_page_config(page_title="Compare · newsfigures", layout="wide")
st.title("Compare")
result = ui.load_or_stop()
ids = [a.id for a in result.articles]
if len(ids) < 2:
    st.info("Load at least two articles to compare them.")
    st.stop()
names = {a.id: ui.article_label(a) for a in result.articles}
# URL: ?a=..&b=..(&more=..)* ; ?ids=..&ids=.. (two to four) is read too.
listed = [i for i in ui.param_list("ids") if i in ids]
a_id = listed[0] if listed else (ui.param("a") if ui.param("a") in ids else ids[0])
rest = [i for i in ids if i != a_id]
b_id = listed[1] if len(listed) > 1 and listed[1] != a_id else (ui.param("b") if ui.param("b") in rest else rest[0])
more_default = listed[2:] if listed else ui.param_list("more")
c1, c2 = st.columns(2)
a_id = c1.selectbox("Article A", ids, index=ids.index(a_id), format_func=names.get, key="compare_a")
b_id = c2.selectbox("Article B", ids, index=ids.index(b_id), format_func=names.get, key="compare_b")
extra_options = [i for i in ids if i not in (a_id, b_id)]
more = st.multiselect("Also compare with (up to two more)", extra_options, max_selections=MAX_ARTICLES - 2,
                      default=[i for i in more_default if i in extra_options][:MAX_ARTICLES - 2], format_func=names.get,
                      key="compare_more")
diff_only = st.toggle("Differences only", value=ui.param("diff") == "1", key="compare_diff_only")
ui.set_params(a=a_id, b=b_id, more=more, diff="1" if diff_only else "", ids=[])
if a_id == b_id:
    st.warning("Pick two different articles.")
    st.stop()
chosen = [a_id, b_id] + more
DIFFERENT = {"conflict", "update", "compatible"}

rows = analysis.compare_many(result, chosen)
# Each mention: its most important verdict against any other chosen article, linked to that counterpart.
best: dict[tuple[str, int], tuple[str, str, str]] = {}  # (article, start) -> (status, tooltip, href)
for (me, start), v in analysis.mention_verdicts(result, rows).items():
    f = next(g for g in result.figures_of(me) if g.start == start)
    other = v.counterpart
    href = f"#{ui.figure_anchor(chosen.index(v.counterpart_article), other)}" if other is not None else ""
    tip = ui.figure_tooltip(f, other, v.status) + (f"\nin: {names[v.counterpart_article]}" if other is not None else "")
    best[(me, start)] = (v.status, tip, href)
ui.html(render.legend(["same", "compatible", "update", "conflict", "only_a"]))
cols = st.columns(len(chosen))
for n, (col, art_id) in enumerate(zip(cols, chosen)):
    art = result.article(art_id)
    marks = [render.Mark(f.start, f.end, best[(art_id, f.start)][0], best[(art_id, f.start)][1],
                         ui.figure_anchor(n, f), best[(art_id, f.start)][2])
             for f in result.figures_of(art_id) if (art_id, f.start) in best
             and (not diff_only or best[(art_id, f.start)][0] in DIFFERENT)]
    with col:
        if not (art.title and art.text.startswith(art.title)):  # a headline kept in the text shows there
            st.subheader(ui.md(art.title or art.id))
        copy = f" · copy of wire story {art.story_id}" if art.story_id and art.story_id != art.id else ""
        st.caption(ui.md(f"{art.outlet or 'unknown outlet'} · {art.published or 'date unknown'}{copy}"))
        ui.html(render.highlight(art.text, marks))

st.subheader("Aligned figures")
st.caption("Most important first: conflicts, then updates, then compatible differences. Click a highlighted figure "
           "to jump to its counterpart.")
shown = [(x, y, p) for x, y, p in rows if not diff_only or p.status in DIFFERENT]
df = tables.pairs_frame([p for _x, _y, p in shown])
if len(chosen) > 2:
    df.insert(2, "article_a", [x for x, _y, _p in shown])
    df.insert(3, "article_b", [y for _x, y, _p in shown])
st.dataframe(df, hide_index=True, key="compare_pairs")
ui.downloads(df, "compare_" + "_".join(chosen), key="compare_dl")
