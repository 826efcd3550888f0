"""Caches shared by every visitor (the language model, the store, the bundled corpus) and each visitor's own state:
their uploads and corrections, merged with the bundled corpus by `compare.session` and kept in their session.

When NEWSFIGURES_STORE names a batch directory (`python -m newsfigures batch`), the app opens on the visitor's
selection of its articles (kept in their session) instead of the bundled folder, read without NLP."""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from newsfigures.app import navigation, selection_link
from newsfigures.app.fingerprint import folder_fingerprint
from newsfigures.app.invisible import show_invisible
from newsfigures.app.labels import article_namer, md
from newsfigures.app.memo import Memo
from newsfigures.app.params import param, param_list, set_params
from newsfigures.compare import analysis, session
from newsfigures.compare import edits_io
from newsfigures.compare.analysis import Analysis
from newsfigures.compare.edits import KEYS, Edit, EditError, Naming, explain_skip
from newsfigures.compare.session import Uploads
from newsfigures.extract import ModelMissing, extract_many, load_pipeline, parallel
from newsfigures.ingest import Corpus, ledger_summary
from newsfigures.ingest import corrections, workspace
from newsfigures.ingest.ledger import rejected
from newsfigures.ingest.limits import MAX_SESSION_ARTICLES, MAX_UPLOAD_ARTICLES, MAX_UPLOAD_BYTES
from newsfigures.model import Article, Figure, LedgerEntry
from newsfigures.store import DEFAULT_PATH, Store, open_store
from newsfigures.store_parquet import ParquetStore, Selection, SelectionError, is_batch_dir

# The corpus the app opens on: data/ (two seed articles), or the folder NEWSFIGURES_DATA names.
DATA_DIR = Path(__file__).resolve().parents[2] / "data"
SESSION = "nf_visitor"  # per-visitor: uploads, corrections, re-extractions and the merged analysis
SELECTION_LIMIT = MAX_SESSION_ARTICLES  # articles of a batch directory's selection the app analyses at once
OWN_KEPT = 8  # results of a visitor's own searches kept in their session
EXTRACT_STEP = 4  # articles extracted between two updates of the progress bar
EDITS_PART = "edits"  # the workspace part that holds the analyst's edits of pairs and metrics
LINK_PARAM = "edits"  # the URL parameter that carries a visitor's edits when they are short
LIMIT_REASONS = ("over_limit", "too_large", "unreadable")  # ledger reasons repeated in the notice after an upload
NOTHING_RECEIVED = (f"No file reached the server and no article or link was pasted. A file the uploader lists with an error (over "
                    f"the {MAX_UPLOAD_BYTES // 2**20} MB upload limit, or an upload that was refused or interrupted) was "
                    f"not received: remove it and choose files of at most {MAX_UPLOAD_BYTES // 2**20} MB, or paste the "
                    "article.")


def data_dir() -> Path:
    """The corpus folder, read from the environment on each run (so a test or a restart can point elsewhere)."""
    return Path(os.environ.get("NEWSFIGURES_DATA") or DATA_DIR)


@st.cache_resource(show_spinner="Loading the English language model…")
def pipeline():  # noqa: ANN201 - spaCy Language; shared read-only by every visitor, never mutated
    """The spaCy pipeline, loaded once per server process."""
    return load_pipeline()


def store_path() -> str:
    """Where the shared store is, read from the environment on each run (NEWSFIGURES_STORE)."""
    return os.environ.get("NEWSFIGURES_STORE") or str(DEFAULT_PATH)


@st.cache_resource
def _store(path: str) -> Store | ParquetStore:
    return open_store(path)


def store() -> Store | ParquetStore:
    """The shared store: a DuckDB file that only ever holds the bundled corpus (never a visitor's uploads), or a
    batch directory, read-only."""
    return _store(store_path())


def batch_store() -> ParquetStore | None:
    """The batch directory the app reads its corpus from, or None when the store is a DuckDB file."""
    found = store()
    return found if isinstance(found, ParquetStore) else None


@dataclass(frozen=True)
class Shared:
    """The bundled corpus's analysis and what the pages derive from it, shared by every visitor."""

    analysis: Analysis
    memo: Memo


# cache_resource, not cache_data: one shared, immutable Analysis per corpus version instead of a copy
# unpickled on every rerun, so its memoised indexes (figures by article, discrepancies) and tables persist.
@st.cache_resource(show_spinner="Reading the bundled corpus…", max_entries=4)
def _bundled(folder: str, fingerprint: str) -> Shared:
    return Shared(analysis.analyse_paths([folder], pipeline, store()), Memo())


def _analyse_selection(selection: Selection) -> Shared:
    return Shared(analysis.analyse(store().select(selection, SELECTION_LIMIT), pipeline, store()), Memo())


@st.cache_resource(show_spinner="Reading the batch directory…", max_entries=4)
def _whole_batch(path: str, partitions: tuple[str, ...]) -> Shared:
    return _analyse_selection(Selection())


def _selected(path: str, partitions: tuple[str, ...], chosen: Selection) -> Shared:
    """The batch directory as selected: unselected, shared by all; typed by a visitor, kept in their session only."""
    if chosen == Selection():
        return _whole_batch(path, partitions)
    mine, key = _visitor(), (path, partitions, chosen)
    if mine.get("selected") is None or mine["selected"][0] != key:
        with st.spinner("Reading your selection from the batch directory…"):
            mine["selected"] = (key, _analyse_selection(chosen))
    return mine["selected"][1]


def _shared() -> Shared:
    """The corpus the app opens on and what pages derive from it: this visitor's selection of a batch directory,
    else the bundled corpus in data/, analysed once per server and change of its files."""
    if is_batch_dir(store_path()):
        return _selected(store_path(), _partitions(store_path()), selection())
    folder = data_dir()
    return _bundled(str(folder), folder_fingerprint(folder))


def bundled() -> Analysis:
    """The corpus the app opens on: this visitor's selection of a batch directory, else the bundled corpus."""
    return _shared().analysis


def memo(result: Analysis) -> Memo:
    """Where what the pages derive from `result` is kept: beside the bundled analysis (shared by every visitor)
    when it is that one, in this visitor's session when it holds their own articles, corrections or edits."""
    shared = _shared()
    if result is shared.analysis:
        return shared.memo
    mine = _visitor()
    if mine.get("memo") is None or mine["memo"][0] is not result:
        mine["memo"] = (result, Memo())  # their previous analysis and its tables are let go
    return mine["memo"][1]


def own_memo(result: Analysis) -> Memo:
    """A memo of what this visitor's own choices (a search they typed) make from `result`, kept in their session
    only: what they search for never enters a cache other visitors share."""
    mine = _visitor()
    if mine.get("own_memo") is None or mine["own_memo"][0] is not result:
        mine["own_memo"] = (result, Memo(kept=OWN_KEPT))
    return mine["own_memo"][1]


def _partitions(path: str) -> tuple[str, ...]:
    """The article partitions of a batch directory: a batch run that adds some makes a new selection analysis."""
    return tuple(sorted(p.name for p in (Path(path) / "articles").glob("*.parquet")))


def selection() -> Selection:
    """The articles of the batch directory this visitor opened (every article until they choose)."""
    return _visitor()["selection"]


def set_selection(phrases: str, outlets: Sequence[str], since: str, until: str) -> str:
    """Open a selection of the batch directory: every phrase (selection_link.phrases_of) in the title or text, one of
    the outlets, published within [since, until]; returns what it holds. Raises SelectionError for unreadable dates
    or quotes and for a selection over the limits of a link (selection_link.checked)."""
    chosen = Selection(selection_link.phrases_of(phrases), tuple(outlets), since, until)
    selection_link.checked(chosen)
    _visitor()["selection"] = chosen
    return selection_note()


def selection_note() -> str:
    """How many stored articles this visitor's selection keeps and how many the pages analyse."""
    return selection_link.note(batch_store(), selection(), SELECTION_LIMIT)


def _visitor() -> dict:
    """This visitor's state, kept in their session (server memory, for as long as their tab is open)."""
    return st.session_state.setdefault(SESSION, {
        "uploads": Uploads(),  # their articles (uploaded or pasted), figures and ledger rows
        "corrections": {},  # article id -> {field: corrected value}
        "refigured": {},  # "content_hash|published" -> figures re-extracted for a corrected date
        "merged": None,  # (what it depends on, the merged Analysis)
        "memo": None,  # (their merged Analysis, what the pages derived from it)
        "own_memo": None,  # (the analysis, what their own searches made from it)
        "edits": (),  # their corrections of pairs and metrics (compare.edits), in the order made
        "link_read": False,  # whether the edits and selection a link carried were read (once, when the session opens)
        "selection": Selection(),  # which articles of a batch directory they opened (store_parquet)
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


def read_uploads(files: Iterable[UploadedFile]) -> tuple[list[tuple[str, bytes]], list[LedgerEntry]]:
    """(name, bytes) of each uploaded file that could be read, and a rejection naming each one that could not: over
    the upload size limit, or a read that failed (a tampered or interrupted upload)."""
    read, refused = [], []
    for f in files:
        if f.size > MAX_UPLOAD_BYTES:
            refused.append(rejected(f.name, "too_large", f"{f.name}: {f.size:,} bytes is over the {MAX_UPLOAD_BYTES:,}-byte "
                                                         "upload limit; split it into smaller files"))
            continue
        try:
            data = f.getvalue()
        except Exception as e:  # noqa: BLE001 - whatever broke the upload, the visitor reads which file and why
            refused.append(rejected(f.name, "unreadable", f"{f.name}: the upload could not be read ({type(e).__name__}); "
                                                          "choose the file again"))
            continue
        if len(data) > MAX_UPLOAD_BYTES:
            refused.append(rejected(f.name, "too_large", f"{f.name}: {len(data):,} bytes is over the "
                                                         f"{MAX_UPLOAD_BYTES:,}-byte upload limit"))
            continue
        read.append((f.name, data))
    return read, refused


def _upload_corpus(join_wrapped: bool = False) -> Corpus:
    """A corpus for one upload: what this visitor already has is known, and items are capped by the upload limit or
    by the room left in their session, whichever is smaller (the ledger names the one that applies); `join_wrapped`
    joins the line breaks inside sentences of hard-wrapped text (`ingest.wrapping`)."""
    room = MAX_SESSION_ARTICLES - len(uploads().articles)
    if room < MAX_UPLOAD_ARTICLES:
        cap, limit = max(room, 0), f"the limit of {MAX_SESSION_ARTICLES:,} articles per visitor (MAX_SESSION_ARTICLES)"
    else:
        cap, limit = MAX_UPLOAD_ARTICLES, f"the limit of {MAX_UPLOAD_ARTICLES:,} items per upload (MAX_UPLOAD_ARTICLES)"
    # Re-adding something changes nothing: every article already loaded is known by its content hash.
    return Corpus(known={a.content_hash: a.id for a in current().articles}, max_items=cap, limit=limit,
                  join_wrapped=join_wrapped)


def add_articles(files: Sequence[tuple[str, bytes]], pasted: str, refused: Sequence[LedgerEntry] = (),
                 links: Sequence[str] = (), join_wrapped: bool = False) -> str:
    """Load uploaded files (name, bytes), pasted text and links (fetched, ingest.fetch) into this visitor's corpus
    and extract the figures of what is new; `refused` are the rows of uploads that could not be read; `join_wrapped`
    joins the line breaks inside sentences of hard-wrapped text. Returns what happened, for the visitor to read
    (with every limit that stopped the reading)."""
    corpus = _upload_corpus(join_wrapped)
    corpus.note(refused)
    corpus.add_files(files)
    if pasted.strip():
        corpus.add_text(pasted, f"pasted text {sum(1 for e in uploads().ledger if e.item.startswith('pasted text')) + 1}")
    if links:
        with st.spinner(f"Fetching {len(links)} link(s)…"):
            corpus.add_urls(links)
    loaded, ledger = corpus.finish()
    return _admit(loaded, ledger)


def _admit(loaded: Sequence[Article], ledger: Sequence[LedgerEntry]) -> str:
    """Keep newly loaded articles whose text is new (their figures extracted step by step) and the ledger rows."""
    new, rows = session.merge_uploads(session.originals(bundled(), uploads()), loaded, ledger)
    stops = [e.message for e in rows if e.reason in LIMIT_REASONS]
    for m in stops[:3]:  # shown at once, before a long extraction starts
        st.warning(md(m))
    if new:
        _extract_and_keep(new, rows)
    else:
        _visitor()["uploads"] = uploads().plus([], [], rows)
    notes = "".join(f" {md(e.item)}: {md(w)}." for e in rows for w in e.warnings)  # e.g. a broken sidecar
    return f"Added {len(new)} article(s). {ledger_summary(rows)}.{notes}" + "".join(f" {md(m)}." for m in stops[:3])


def workspace_file() -> bytes:
    """This visitor's workspace: their uploaded and fetched articles, their corrections of metadata, and their edits
    of pairs and metrics, as one file."""
    edits = {EDITS_PART: json.loads(edits_io.to_json(edits_of()))} if edits_of() else {}
    return workspace.dumps(uploads().articles, corrections_of(), edits)


def open_workspace(name: str, data: bytes) -> tuple[str, list[str]]:
    """Add a saved workspace to this visitor's session: its articles (figures extracted again) and corrections;
    returns what happened and notes for the visitor. Raises WorkspaceError for a file that is no workspace."""
    saved = workspace.loads(data, name, more_parts=(EDITS_PART,))
    summary = _admit(saved.articles, saved.ledger)
    known = {a.content_hash: a.id for a in session.originals(bundled(), uploads())}
    now_id = {a.id: known[a.content_hash] for a in saved.articles if a.content_hash in known}
    notes = list(saved.notes)
    restored = {}
    for article_id, fix in saved.corrections.items():
        target = now_id.get(article_id, article_id if article_id in known.values() else "")
        if target:
            restored[target] = fix
        else:
            notes.append(f"{name}: the correction of {article_id} was left out: no such article here")
    before = dict(corrections_of())
    corrections_of().update(restored)
    try:
        current()  # corrected dates are read again now: if that fails, the visitor keeps a working session
    except Exception as e:  # noqa: BLE001 - any failure undoes the restored corrections and is shown
        corrections_of().clear()
        corrections_of().update(before)
        notes.append(f"{name}: the corrections could not be applied ({e}); they were left out")
        restored = {}
    return f"{summary} Restored {len(restored)} correction(s).{_restore_edits(saved, name, notes)}", notes


def _restore_edits(saved: workspace.Workspace, name: str, notes: list[str]) -> str:
    """Adopt the edits of pairs and metrics a workspace carries; what happened, or a note when they cannot be read."""
    if EDITS_PART not in saved.other_parts:
        return ""
    try:
        return " " + load_edits(json.dumps(saved.other_parts[EDITS_PART]).encode("utf-8"))
    except EditError as e:
        notes.append(f"{name}: the edits of pairs and metrics were left out: {e}")
        return ""


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
    key = (base, mine["uploads"], tuple(sorted((k, tuple(sorted(v.items()))) for k, v in mine["corrections"].items())),
           mine["edits"])
    if mine["merged"] is None or not _unchanged(mine["merged"][0], key):
        mine["merged"] = (key, session.with_visitor(base, mine["uploads"], mine["corrections"], _refigured,
                                                    mine["edits"]))
    return mine["merged"][1]


def _unchanged(old: tuple, new: tuple) -> bool:
    """Whether a merge depends on the same things: the same bundled analysis and uploads (objects replaced, never
    changed), equal corrections and equal edits."""
    return old[0] is new[0] and old[1] is new[1] and old[2:] == new[2:]


def load_or_stop() -> Analysis:
    """The current analysis, or a clear message (and stop) when the language model is missing; a page Streamlit ran
    without the router is first rerun through it. The visitor's edits are read from the link when their session
    opens, and written back into it (when short enough) on every page; so is their selection of a batch directory."""
    navigation.ensure_router()
    _from_link()
    try:
        result = current()
    except ModelMissing as e:
        st.error(str(e))
        st.stop()
        raise
    set_params(**{LINK_PARAM: edits_io.url_param(edits_of())}, **selection_link.link_params(selection()))
    return result


def _from_link() -> None:
    """Adopt the edits and the selection a link carries, once per session; a part that cannot be read gets a
    message and is left out, nothing else."""
    mine = _visitor()
    if mine["link_read"]:
        return
    mine["link_read"] = True
    try:
        if param(LINK_PARAM) and not mine["edits"]:
            mine["edits"] = edits_io.from_url(param(LINK_PARAM))
    except EditError as e:
        st.warning(f"The corrections in this link were not applied: {md(e)}")
    try:
        mine["selection"] = selection_link.from_link(param_list, batch_store())
    except SelectionError as e:
        st.warning(f"The selection in this link was not applied ({md(e)}): the pages show every article.")


def edits_of() -> tuple[Edit, ...]:
    """This visitor's edits of pairs and metrics, in the order made."""
    return _visitor()["edits"]


def add_edit(edit: Edit, naming: Naming = KEYS) -> str:
    """Add one edit to this visitor's and apply it everywhere; returns what happened, metrics and articles named by
    `naming`. Raises EditError when it does not apply to the current corpus (it is then not kept)."""
    mine = _visitor()
    if edit in mine["edits"]:
        return f"Already in your corrections: {edit.describe(naming)}."
    mine["edits"] = mine["edits"] + (edit,)
    why = dict(current().edited.skipped).get(len(mine["edits"]) - 1)
    if why:
        mine["edits"] = mine["edits"][:-1]
        why = article_namer(current().articles).humanize(explain_skip(edit, why, naming))
        raise EditError(f"{edit.describe(naming)} does not apply: {why}")
    return f"Saved: {edit.describe(naming)}."


def undo_edit(index: int, naming: Naming = KEYS) -> str:
    """Forget one of this visitor's edits (the others are replayed without it); returns what happened, named by
    `naming`."""
    mine = _visitor()
    if not 0 <= index < len(mine["edits"]):
        return "That correction was already undone."
    undone = mine["edits"][index]
    mine["edits"] = mine["edits"][:index] + mine["edits"][index + 1:]
    return f"Undid: {undone.describe(naming)}."


def load_edits(data: bytes) -> str:
    """Add the edits of an edits file (those already there are not repeated); returns what happened. Raises
    EditError for a file that cannot be read, keeping the visitor's edits as they were."""
    loaded = edits_io.from_json(data)
    mine = _visitor()
    new = tuple(e for e in dict.fromkeys(loaded) if e not in mine["edits"])
    mine["edits"] = mine["edits"] + new
    skipped = sum(1 for n, _why in current().edited.skipped if n >= len(mine["edits"]) - len(new))
    return (f"Loaded {len(new)} correction(s) ({len(loaded) - len(new)} already there)"
            + (f"; {skipped} do not apply to this corpus (see the list)." if skipped else "."))


def corrections_of() -> dict[str, dict[str, str]]:
    """This visitor's corrections: article id -> {field: value}."""
    return _visitor()["corrections"]


def set_correction(article_id: str, values: dict[str, str]) -> dict[str, str]:
    """Record corrections of one article (only fields that differ from the original); returns them. A value the
    form showed with hidden characters as marks (⟨U+202E⟩) and left as it was is no correction.

    Raises corrections.CorrectionError for an unreadable value."""
    original = next((a for a in session.originals(bundled(), uploads()) if a.id == article_id), None)
    if original is None:
        raise corrections.CorrectionError(f"no article {article_id!r}")
    values = {k: _unmarked(original, k, v) for k, v in values.items()}
    fix = corrections.diff(original, values)
    before = corrections_of().get(article_id)
    _put_correction(article_id, fix)
    try:
        current()  # a corrected date is read again now: if that fails, the visitor keeps a working session
    except Exception as e:  # noqa: BLE001 - any failure undoes the correction and is shown to the visitor
        _put_correction(article_id, before or {})
        raise corrections.CorrectionError(f"could not apply the correction of {article_id!r}: {e}") from e
    return fix


def _unmarked(original: Article, field: str, value: str) -> str:
    """The original value when `value` is it as the form showed it (hidden characters as marks), else `value`."""
    old = getattr(original, field, None)
    return old if isinstance(old, str) and value == show_invisible(old) else value


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
