"""Compare: two to four articles side by side, every figure highlighted by whether the others agree."""
import streamlit as st

from newsfigures import app

st.set_page_config(page_title="Compare · newsfigures", layout="wide")
st.title("Compare")
result = app.load_or_stop()
ids = [a.id for a in result.articles]
if len(ids) < 2:
    st.info("Load at least two articles to compare them.")
    st.stop()
names = app.article_labels(result)
# URL: ?a=..&b=..(&more=..)* ; ?ids=..&ids=.. (two to four) is read too.
asked = app.compare_selection(ids, app.param_list("ids"), app.param("a"), app.param("b"), app.param_list("more"))
c1, c2, c3 = st.columns([4, 4, 1], vertical_alignment="bottom")
a_id = c1.selectbox("Article A", ids, index=ids.index(asked.a), format_func=names.get, key="compare_a",
                    on_change=app.keep_apart, args=("compare_a", "compare_b", "a"))
b_id = c2.selectbox("Article B", ids, index=ids.index(asked.b), format_func=names.get, key="compare_b",
                    on_change=app.keep_apart, args=("compare_b", "compare_a", "b"))
c3.button("⇄ Swap", key="compare_swap", on_click=app.swap_widgets, args=("compare_a", "compare_b"),
          help="Swap articles A and B")
options, default = app.more_choice(ids, a_id, b_id, asked.more)
more = st.multiselect("Also compare with (up to two more)", options, max_selections=app.MORE_ARTICLES,
                      default=default, format_func=names.get, key="compare_more")
diff_only = st.toggle("Differences only", value=app.param("diff") == "1", key="compare_diff_only")
app.set_params(a=a_id, b=b_id, more=more, diff="1" if diff_only else "", ids=[])
if a_id == b_id:
    st.warning("Pick two different articles.")
    st.stop()
chosen = [a_id, b_id] + more

view = app.comparison(result, chosen, diff_only)
app.html(app.COMPARE_STYLE)  # a sticky legend; on a phone the table of pairs first
with st.container(key="compare_view"):
    with st.container(key="compare_legend"):
        app.html(view.legend)
    with st.container(key="compare_articles"):
        for col, column in zip(st.columns(len(chosen)), view.columns):
            with col:
                if column.heading is not None:  # a headline kept in the text shows there
                    st.subheader(column.heading)
                st.caption(column.caption)
                app.html(column.html)
    with st.container(key="compare_pairs_box"):
        st.subheader("Aligned figures")
        st.caption("Most important first: conflicts, then updates, then compatible differences. Click a highlighted "
                   "figure to jump to its counterpart.")
        app.paged_table(view.pairs, key="compare_pairs")
        app.downloads(view.pairs, "compare_" + "_".join(chosen), key="compare_dl")
app.pair_controls(result, view.unlinks, a_id, b_id)
app.edits_panel(result, "compare")
