"""Corpus: the articles, their metadata and where it came from, corrections, and what happened to every input item."""
import streamlit as st

from newsfigures import app

st.set_page_config(page_title="Corpus · newsfigures", layout="wide")
st.title("Corpus")
result = app.load_or_stop()
if app.batch_store() is not None:
    st.subheader("Selection")
    st.caption("The store is a batch directory: every page analyses the articles you select here (your selection "
               "lives in your session).")
    chosen = app.selection()
    with st.form("corpus_selection"):
        c1, c2 = st.columns(2)
        words = c1.text_input("Words in title or text", app.phrases_text(chosen.phrases), key="corpus_selection_words",
                              help='Phrases separated by commas, any case; an article must contain every one. Put a '
                                   'phrase holding a comma in double quotes: "2,000", "Smith, John", death toll.')
        outlets = c2.multiselect("Outlets", app.batch_store().outlets(), list(chosen.outlets), key="corpus_selection_outlets",
                                 help="Keep articles of any of these outlets; none chosen keeps every outlet.")
        since = c1.text_input("Published from (YYYY-MM-DD)", chosen.since, key="corpus_selection_since",
                              help="First publication day kept; articles of unknown date are left out when set.")
        until = c2.text_input("Published until (YYYY-MM-DD)", chosen.until, key="corpus_selection_until",
                              help="Last publication day kept; articles of unknown date are left out when set.")
        opened = st.form_submit_button("Open selection", help="Analyse the matching articles on every page.")
    if opened:
        try:
            app.set_selection(words, outlets, since.strip(), until.strip())
        except app.SelectionError as e:
            st.error(app.md(e))
        else:
            st.rerun()
    st.caption(app.selection_note())
frame = app.corpus_frame(result)
app.paged_table(frame, key="corpus_articles")
app.downloads(frame, "articles", key="corpus_articles_dl")
st.caption("“metadata from” says where each field came from: sidecar (a .json file beside the text), record (fields of a "
           "JSON/CSV/Markdown/HTML record), text (a line of the article itself), inferred (guessed, e.g. a dateline's "
           "agency or an HTML page's date), user (your correction). “same story as” marks near-duplicate copies of one wire story.")

st.subheader("Correct an article's metadata")
st.caption("Corrections apply to every page for you only; they live in your session (server memory, until you reload "
           "or close this tab), never in the shared store. To keep them, download your workspace (below) or the "
           "sidecar files: put each x.json beside its x.txt.")
labels = app.article_labels(result)
ids = list(labels)
by_id = {a.id: a for a in result.articles}


def _fill_form() -> None:
    a = by_id.get(st.session_state.get("corpus_fix_article"))
    if a is not None:
        st.session_state["corpus_fix_title"] = app.show_invisible(a.title)
        st.session_state["corpus_fix_outlet"] = app.show_invisible(a.outlet)
        st.session_state["corpus_fix_published"] = app.show_invisible(a.published)


if ids:
    if st.session_state.get("corpus_fix_article") not in by_id:
        st.session_state["corpus_fix_article"] = app.param("article") if app.param("article") in by_id else ids[0]
        _fill_form()
    chosen = st.selectbox("Article", ids, key="corpus_fix_article", on_change=_fill_form,
                          format_func=labels.get)
    if "corpus_fix_title" not in st.session_state:
        _fill_form()
    app.set_params(article=chosen)
    c1, c2, c3 = st.columns([3, 1, 1])
    title = c1.text_input("Title", key="corpus_fix_title")
    outlet = c2.text_input("Outlet", key="corpus_fix_outlet")
    published = c3.text_input("Published (2025-09-02, 02.09.2025 12:30, 2 September 2025…)", key="corpus_fix_published")
    b1, b2, _ = st.columns([1, 1, 4])
    if b1.button("Save correction", key="corpus_fix_save"):
        try:
            fix = app.set_correction(chosen, {"title": title, "outlet": outlet, "published": published})
        except app.CorrectionError as e:
            st.error(app.md(e))
        else:
            st.session_state["corpus_fix_notice"] = (f"Saved {', '.join(fix) or 'no changes'} for "
                                                     f"{app.md(app.article_label(by_id[chosen]))}.")
            st.session_state.pop("corpus_fix_title", None)  # refilled from the corrected article on the rerun
            st.rerun()
    if b2.button("Undo correction", key="corpus_fix_undo", disabled=chosen not in app.corrections_of()):
        app.clear_correction(chosen)
        st.session_state["corpus_fix_notice"] = f"Undid the corrections of {app.md(app.article_label(by_id[chosen]))}."
        st.session_state.pop("corpus_fix_title", None)
        st.rerun()
    if (notice := st.session_state.pop("corpus_fix_notice", "")):
        st.success(notice)
fixed = app.corrected_articles()
if fixed:
    st.dataframe(app.shown([{"id": a.id, **app.corrections_of()[a.id]} for a in fixed]), hide_index=True, key="corpus_corrections")
    st.download_button("Download corrections as sidecar files (.zip)", app.sidecars_zip(fixed),
                       "newsfigures-corrections.zip", "application/zip", key="corpus_corrections_zip")

st.subheader("Ingestion report")
ledger = app.ledger_table(result)
counts = app.ledger_counts(result.ledger)
st.caption(app.ledger_summary(result.ledger))
app.paged_table(ledger, key="corpus_ledger")
app.downloads(ledger, "ingestion_ledger", key="corpus_ledger_dl")
rejected = [e for e in result.ledger if e.status == "rejected"]
if counts["submitted"] != counts["ingested"] + counts["duplicate"] + counts["rejected"]:  # pragma: no cover - an invariant
    st.warning("Some items have an unknown status.")
for e in rejected[:20]:
    st.error(app.md(e.message))
if len(rejected) > 20:
    st.error(f"…and {len(rejected) - 20} more rejected items (see the table above).")

st.subheader("Removed as boilerplate")
for a in result.articles[app.page_of(len(result.articles), "corpus_removed", "articles").rows]:
    with st.expander(f"{app.md(app.article_label(a))}: {len(a.removed)} lines removed"):
        st.text(app.show_invisible("\n".join(a.removed)) or "nothing")

st.subheader("Add your own articles")
st.caption("Only you see what you add here: it is kept in your session (server memory, until you reload or close this "
           "tab) and never written to the shared store or shown to other visitors. "
           f"Files: {', '.join('.' + t for t in app.UPLOAD_TYPES)} (a .zip of them too; x.json beside x.txt is read as its "
           f"metadata), up to 25 MB each. Links: web pages of news articles, http or https, up to {app.MAX_LINKS} at a "
           "time, 5 MB and 15 seconds each.")
files = st.file_uploader("Article files", type=list(app.UPLOAD_TYPES), accept_multiple_files=True, key="corpus_upload")
pasted = st.text_area("…or paste an article", key="corpus_paste")
links = app.links_in(st.text_area("…or paste links to articles, one per line", key="corpus_urls",
                                  placeholder="https://www.example.com/news/2025/09/02/story.html"))
join_wrapped = st.checkbox("Join hard-wrapped lines", key="corpus_join_wrapped", help=(
    "For plain text broken into lines inside sentences (wire archives, e-mail): joins those lines, so a source or "
    "owner on the next line is read. The ingestion report warns of hard-wrapped articles added without it."))
if st.button("Add to my corpus", key="corpus_add"):
    uploads, refused = app.read_uploads(files or [])
    if not uploads and not refused and not pasted.strip() and not links:
        st.warning(app.NOTHING_RECEIVED)
    else:
        st.session_state["corpus_add_notice"] = app.add_articles(uploads, pasted, refused, links, join_wrapped)
        st.rerun()
if (notice := st.session_state.pop("corpus_add_notice", "")):
    st.success(notice)

st.subheader("Keep your work")
st.caption("What you add and correct lasts only while this tab is open: a reload or closing the tab ends your session. "
           "A workspace file lasts: it holds your uploaded and fetched articles (text and metadata) and your "
           "corrections. Open it here later, in a new tab, a week later or on a colleague's machine, to get them back "
           "(figures are extracted again on opening).")
st.download_button("Download my workspace", app.workspace_file(), "newsfigures-workspace.json", "application/json",
                   key="corpus_workspace_download", on_click="ignore")  # no rerun: the file is saved as served
saved = st.file_uploader("Open a workspace", type=["json"], key="corpus_workspace_file")
if st.button("Open workspace", key="corpus_workspace_open", disabled=saved is None):
    try:
        st.session_state["corpus_workspace_notice"] = app.open_workspace(saved.name, saved.getvalue())
    except app.WorkspaceError as e:
        st.error(app.md(e))
    else:
        st.session_state.pop("corpus_fix_title", None)  # the correction form is refilled with restored corrections
        st.rerun()
if (opened := st.session_state.pop("corpus_workspace_notice", None)):
    st.success(opened[0])
    for note in opened[1]:
        st.warning(app.md(note))
