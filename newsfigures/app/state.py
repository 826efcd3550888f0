"""Caches shared by every visitor (the language model, the store, the bundled corpus) and each visitor's own state:
their uploads and corrections, merged with the bundled corpus by `compare.session` and kept in their session."""
from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import streamlit as st

from newsfigures.app.labels import md
from newsfigures.compare import analysis, session
from newsfigures.compare.analysis import Analysis
from newsfigures.compare.session import Uploads
from newsfigures.extract import ModelMissing, extract_many, load_pipeline, parallel
from newsfigures.ingest import Corpus, ledger_summary
from newsfigures.ingest import corrections
from newsfigures.model import Article, Figure, LedgerEntry
from newsfigures.store import Store

# The corpus the app opens on: data/ (two seed articles), or the folder NEWSFIGURES_DATA names.
DATA_DIR = Path(__file__).resolve().parents[2] / "data"
SESSION = "nf_visitor"  # per-visitor: uploads, corrections, re-extractions and the merged analysis
EXTRACT_STEP = 4  # articles extracted between two updates of the progress bar


def data_dir() -> Path:
    """The corpus folder, read from the environment on each run (so a test or a restart can point elsewhere)."""
    return Path(os.environ.get("NEWSFIGURES_DATA") or DATA_DIR)


@st.cache_resource(show_spinner="Loading the English language model…")
def pipeline():  # noqa: ANN201 - spaCy Language; shared read-only by every visitor, never mutated
    """The spaCy pipeline, loaded once per server process."""
    return load_pipeline()


@st.cache_resource
def store() -> Store:
    """The shared DuckDB store; it only ever holds the bundled corpus, never a visitor's uploads."""
    return Store()


def _fingerprint(folder: Path) -> str:
    """Name, size and modification time of every visible file below `folder` (a file gone while listing is skipped)."""
    rows = []
    for p in folder.rglob("*"):
        rel = p.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        try:
            st_ = p.stat()
        except FileNotFoundError:
            continue
        if p.is_file():
            rows.append((str(rel), st_.st_size, st_.st_mtime_ns))
    return json.dumps(sorted(rows))


# cache_resource, not cache_data: one shared, immutable Analysis per corpus version instead of a copy
# unpickled on every rerun, so its memoised indexes (figures by article, discrepancies) persist.
@st.cache_resource(show_spinner="Reading the bundled corpus…", max_entries=4)
def _bundled(folder: str, fingerprint: str) -> Analysis:
    return analysis.analyse_paths([folder], pipeline, store())


def bundled() -> Analysis:
    """The bundled corpus in data/, analysed once per server and change of its files."""
    folder = data_dir()
    return _bundled(str(folder), _fingerprint(folder))


def _visitor() -> dict:
    """This visitor's state, kept in their session (server memory, for as long as their tab is open)."""
    return st.session_state.setdefault(SESSION, {
        "uploads": Uploads(),  # their articles (uploaded or pasted), figures and ledger rows
        "corrections": {},  # article id -> {field: corrected value}
        "refigured": {},  # "content_hash|published" -> figures re-extracted for a corrected date
        "merged": None,  # (what it depends on, the merged Analysis)
    })


def uploads() -> Uploads:
    """This visitor's own articles with their figures and ledger rows."""
    return _visitor()["uploads"]


def _extract_and_keep(new: Sequence[Article], rows: Sequence[LedgerEntry]) -> None:
    """Extract a visitor's new articles step by step with a progress bar, keeping each step in their session as soon
    as it is read: a rerun that interrupts the run (a click elsewhere) loses only the step in progress."""
    with st.status(f"Extracting figures from {len(new)} article(s)…", expanded=False) as status:
        bar = st.progress(0.0, text="Reading articles…")
        done = 0
        workers = parallel.default_workers(len(new))  # a large upload uses every core, a shard per worker a step
        for chunk, chunk_rows in session.steps(new, rows, EXTRACT_STEP if workers == 1 else parallel.SHARD * workers):
            figs = extract_many(chunk, pipeline(), workers=workers) if chunk else {}
            _visitor()["uploads"] = uploads().plus(chunk, [f for a in chunk for f in figs[a.id]], chunk_rows)
            done += len(chunk)
            bar.progress(done / max(len(new), 1), text=f"{done} of {len(new)} article(s) read")
        status.update(label=f"Extracted figures from {len(new)} article(s)", state="complete")


def add_articles(files: Sequence[tuple[str, bytes]], pasted: str) -> str:
    """Load uploaded files (name, bytes) and pasted text into this visitor's corpus and extract the figures of
    what is new; returns what happened, for the visitor to read."""
    corpus = Corpus(known={a.content_hash: a.id for a in current().articles})  # re-adding something changes nothing
    corpus.add_files(files)
    if pasted.strip():
        corpus.add_text(pasted, f"pasted text {sum(1 for e in uploads().ledger if e.item.startswith('pasted text')) + 1}")
    loaded, ledger = corpus.finish()
    new, rows = session.merge_uploads(session.originals(bundled(), uploads()), loaded, ledger)
    if new:
        _extract_and_keep(new, rows)
    else:
        _visitor()["uploads"] = uploads().plus([], [], rows)
    return f"Added {len(new)} article(s). {ledger_summary(rows)}."


def _refigured(article: Article) -> list[Figure]:
    """Figures of an article under its corrected publication date, extracted once per session, never stored."""
    cache = _visitor()["refigured"]
    key = f"{article.content_hash}|{article.published}"
    if key not in cache:
        with st.spinner(f"Re-reading {md(article.id)} for its corrected date…"):
            cache[key] = extract_many([article], pipeline())[article.id]
    return cache[key]


def current() -> Analysis:
    """The bundled corpus plus this visitor's own articles and corrections, reconciled together; merged again only
    when one of them changed.

    Corrections stay in this session: an article whose publication date was corrected is re-extracted here and
    never written to the shared store."""
    base, mine = bundled(), _visitor()
    key = (base, mine["uploads"], tuple(sorted((k, tuple(sorted(v.items()))) for k, v in mine["corrections"].items())))
    if mine["merged"] is None or not _unchanged(mine["merged"][0], key):
        mine["merged"] = (key, session.with_visitor(base, mine["uploads"], mine["corrections"], _refigured))
    return mine["merged"][1]


def _unchanged(old: tuple, new: tuple) -> bool:
    """Whether a merge depends on the same things: the same bundled analysis and uploads (objects replaced, never
    changed) and equal corrections."""
    return old[0] is new[0] and old[1] is new[1] and old[2] == new[2]


def load_or_stop() -> Analysis:
    """The current analysis, or a clear message (and stop) when the language model is missing."""
    try:
        return current()
    except ModelMissing as e:
        st.error(str(e))
        st.stop()
        raise


def corrections_of() -> dict[str, dict[str, str]]:
    """This visitor's corrections: article id -> {field: value}."""
    return _visitor()["corrections"]


def set_correction(article_id: str, values: dict[str, str]) -> dict[str, str]:
    """Record corrections of one article (only fields that differ from the original); returns them.

    Raises corrections.CorrectionError for an unreadable value."""
    original = next((a for a in session.originals(bundled(), uploads()) if a.id == article_id), None)
    if original is None:
        raise corrections.CorrectionError(f"no article {article_id!r}")
    fix = corrections.diff(original, values)
    before = corrections_of().get(article_id)
    _put_correction(article_id, fix)
    try:
        current()  # a corrected date is read again now: if that fails, the visitor keeps a working session
    except Exception as e:  # noqa: BLE001 - any failure undoes the correction and is shown to the visitor
        _put_correction(article_id, before or {})
        raise corrections.CorrectionError(f"could not apply the correction of {article_id!r}: {e}") from e
    return fix


def _put_correction(article_id: str, fix: dict[str, str]) -> None:
    """Record one article's corrections in the session (none: forget them)."""
    if fix:
        corrections_of()[article_id] = fix
    else:
        corrections_of().pop(article_id, None)


def clear_correction(article_id: str) -> None:
    """Undo this visitor's corrections of one article."""
    corrections_of().pop(article_id, None)


def corrected_articles() -> list[Article]:
    """This visitor's corrected articles, corrections applied."""
    fixes = corrections_of()
    return [a for a in corrections.apply(session.originals(bundled(), uploads()), fixes) if a.id in fixes]
