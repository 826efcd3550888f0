"""Corpus: the articles, their metadata and where it came from, and what happened to every input item."""
import streamlit as st

from newsfigures import tables, ui
from newsfigures.loading import Corpus

st.set_page_config(page_title="Corpus · newsfigures", layout="wide")
st.title("Corpus")
result = ui.load_or_stop()
st.dataframe(tables.articles_frame(result.articles, result.figures), hide_index=True, key="corpus_articles")

st.subheader("Ingestion report")
ledger = tables.ledger_frame(result.ledger)
counts = ledger["status"].value_counts().to_dict() if len(ledger) else {}
st.caption(f"{len(ledger)} items submitted: {counts.get('ingested', 0)} ingested, {counts.get('duplicate', 0)} duplicates, {counts.get('rejected', 0)} rejected")
st.dataframe(ledger, hide_index=True, key="corpus_ledger")
for e in result.ledger:
    if e.status == "rejected":
        st.error(e.message)

st.subheader("Removed as boilerplate")
for a in result.articles:
    with st.expander(f"{a.id}: {len(a.removed)} lines removed"):
        st.text("\n".join(a.removed) or "nothing")

st.subheader("Add your own articles")
st.caption("Only you see what you add here: it stays in your browser session and is never stored on the server.")
files = st.file_uploader("Article files", type=["txt", "json", "jsonl", "csv"], accept_multiple_files=True, key="corpus_upload")
pasted = st.text_area("…or paste an article", key="corpus_paste")
if st.button("Add to my corpus", key="corpus_add"):
    corpus = Corpus()
    for f in files or []:
        corpus.add_bytes(f.name, f.getvalue())
    if pasted.strip():
        corpus.add_text(pasted, f"pasted text {len(ui.session_extra()['ledger']) + 1}")
    added, rejected = ui.add_to_session(corpus)
    st.success(f"Added {added} article(s); {rejected} item(s) rejected (see the ingestion report).")
    st.rerun()
