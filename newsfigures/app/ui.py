"""The one place Streamlit meets the package: caches, per-visitor session state, URL state, HTML output."""
from __future__ import annotations

import json
import re
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pandas as pd
import streamlit as st

from newsfigures.compare import analysis
from newsfigures.ingest import corrections
from newsfigures.ingest import dedupe
from newsfigures.app import render
from newsfigures.compare.analysis import Analysis
from newsfigures.extract import ModelMissing, extract_many, load_pipeline, restamp
from newsfigures.ingest import Corpus
from newsfigures.model import Article, Figure, LedgerEntry
from newsfigures.store import Store

# The corpus the app opens on: data/ (two seed articles), or the folder NEWSFIGURES_DATA names.
DATA_DIR = Path(__file__).resolve().parents[2] / "data"


def data_dir() -> Path:
    """The corpus folder, read from the environment on each run (so a test or a restart can point elsewhere)."""
    return Path(os.environ.get("NEWSFIGURES_DATA") or DATA_DIR)
SESSION_UPLOADS = "nf_uploads"  # per-visitor: uploaded/pasted articles, their figures and ledger


@st.cache_resource(show_spinner="Loading the English language model…")
def pipeline():  # noqa: ANN201 - spaCy Language; shared read-only by every visitor, never mutated
    """The spaCy pipeline, loaded once per server process."""
    return load_pipeline()


@st.cache_resource
def store() -> Store:
    """The shared DuckDB store; it only ever holds the bundled corpus, never a visitor's uploads."""
    return Store()


def _fingerprint(folder: Path) -> str:
    return json.dumps(sorted((str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns)
                             for p in folder.rglob("*") if p.is_file()
                             and not any(part.startswith(".") for part in p.relative_to(folder).parts)))


# cache_resource, not cache_data: one shared, immutable Analysis per corpus version instead of a copy
# unpickled on every rerun, so its memoised indexes (figures by article, discrepancies) persist.
@st.cache_resource(show_spinner="Reading the bundled corpus…", max_entries=4)
def _bundled(folder: str, fingerprint: str) -> Analysis:
    return analysis.analyse_paths([folder], pipeline, store())


def bundled() -> Analysis:
    """The bundled corpus in data/, analysed once per server and change of its files."""
    folder = data_dir()
    return _bundled(str(folder), _fingerprint(folder))


def session_extra() -> dict:
    """This visitor's own articles (uploads, pasted text) with their figures and ledger rows, and their corrections."""
    if SESSION_UPLOADS not in st.session_state:
        st.session_state[SESSION_UPLOADS] = {"articles": [], "figures": [], "ledger": []}
    extra = st.session_state[SESSION_UPLOADS]
    extra.setdefault("corrections", {})  # article id -> {field: corrected value}; this session only
    extra.setdefault("refigured", {})  # "content_hash|published" -> figures re-extracted for a corrected date
    return extra


def add_to_session(corpus: Corpus) -> tuple[int, int]:
    """Extract the figures of newly loaded articles into this visitor's session; returns (added, rejected)."""
    extra = session_extra()
    known = {a.content_hash: a.id for a in _originals()}
    articles, ledger = corpus.finish()
    new = [a for a in articles if a.content_hash not in known]
    taken = {a.id for a in _originals()}
    renamed = {}
    for a in new:  # an id already used by another article gets a suffix, as within one corpus
        if a.id in taken:
            renamed[a.id] = f"{a.id}~{a.content_hash[:6]}"
        taken.add(renamed.get(a.id, a.id))
    new = [replace(a, id=renamed[a.id]) if a.id in renamed else a for a in new]
    old_ids = {a.id: known[a.content_hash] for a in articles if a.content_hash in known}
    rows = []
    for e in ledger:
        if e.status == "ingested" and e.article_id in old_ids:
            first = old_ids[e.article_id]
            e = LedgerEntry(e.item, "duplicate", article_id=first, reason="exact_duplicate",
                            message=f"{e.item}: same text as article {first}, already loaded", line=e.line, warnings=e.warnings)
        elif e.article_id in renamed:
            e = replace(e, article_id=renamed[e.article_id], message=f"{e.item}: ingested as {renamed[e.article_id]}")
        rows.append(e)
    if new:
        with st.status(f"Extracting figures from {len(new)} article(s)…", expanded=False) as status:
            bar = st.progress(0.0, text="Reading articles…")
            figs: dict[str, list[Figure]] = {}
            step = 4
            for k in range(0, len(new), step):
                figs.update(extract_many(new[k:k + step], pipeline()))
                done = min(len(new), k + step)
                bar.progress(done / len(new), text=f"{done} of {len(new)} article(s) read")
            status.update(label=f"Extracted figures from {len(new)} article(s)", state="complete")
        extra["articles"] += new
        extra["figures"] += [f for a in new for f in figs[a.id]]
    extra["ledger"] += rows
    return len(new), sum(1 for e in rows if e.status == "rejected")


def current() -> Analysis:
    """The bundled corpus plus this visitor's own articles and corrections, reconciled together.

    Corrections stay in this session: an article whose publication date was corrected is re-extracted here
    (figures' as-of dates depend on it) and never written to the shared store; other corrections are re-stamped."""
    base = bundled()
    extra = session_extra()
    fixes = extra["corrections"]
    if not extra["articles"] and not fixes:
        return replace(base, ledger=base.ledger + tuple(extra["ledger"])) if extra["ledger"] else base
    originals = _originals()
    if extra["articles"]:
        originals = dedupe.mark_near_duplicates(originals)
    fixed = corrections.apply(originals, fixes)
    redate = corrections.date_changed(originals, fixed)
    by_id: dict[str, list[Figure]] = {}
    for f in list(base.figures) + list(extra["figures"]):
        by_id.setdefault(f.article_id, []).append(f)
    figs: list[Figure] = []
    for before, a in zip(originals, fixed):
        if a.id in redate:
            figs += _refigured(a)
        elif a is not before:
            figs += [restamp(f, a) for f in by_id.get(a.id, [])]
        else:
            figs += by_id.get(a.id, [])
    return Analysis(tuple(fixed), tuple(analysis.reconcile(figs)), base.ledger + tuple(extra["ledger"]),
                    base.extracted, base.reused, base.warnings)


def load_or_stop() -> Analysis:
    """The current analysis, or a clear message (and stop) when the language model is missing."""
    try:
        return current()
    except ModelMissing as e:
        st.error(str(e))
        st.stop()
        raise


def param(name: str, default: str = "") -> str:
    """A value of this page's URL state."""
    return st.query_params.get(name, default)


def param_list(name: str) -> list[str]:
    """A list value of this page's URL state."""
    return [v for v in st.query_params.get_all(name) if v]


def set_params(**values: str | Sequence[str]) -> None:
    """Write the page's selection into the URL so a copied link reopens the same view."""
    for k, v in values.items():
        if v in ("", None, [], ()):
            if k in st.query_params:
                del st.query_params[k]
        elif st.query_params.get_all(k) != (list(v) if isinstance(v, (list, tuple)) else [v]):
            st.query_params[k] = v


def html(block: str) -> None:
    """Show HTML built by `render` (escaped article text only; st.html sanitizes it again)."""
    st.html(block)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~$:<&])")


def md(text: object) -> str:
    """Article-derived text made inert for Streamlit markdown (titles, captions, labels): every markdown,
    math and colour-directive character is backslash-escaped, so a title can't become a link or an image."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def article_label(a: Article) -> str:
    """How an article is named in pickers."""
    return f"{a.outlet or 'unknown outlet'} · {a.published_date or 'undated'} · {a.title or a.id}"[:110]


def downloads(df: pd.DataFrame, stem: str, key: str) -> None:
    """CSV and JSON download buttons for a table."""
    c1, c2 = st.columns(2)
    c1.download_button("Download CSV", df.to_csv(index=False).encode("utf-8"), f"{stem}.csv", "text/csv", key=f"{key}_csv")
    c2.download_button("Download JSON", df.to_json(orient="records", force_ascii=False, indent=1, date_format="iso").encode("utf-8"),
                       f"{stem}.json", "application/json", key=f"{key}_json")


def figure_tooltip(f: Figure, counterpart: Figure | None, status: str) -> str:
    """Hover text of a highlighted figure: value, interval, what it counts, and its counterpart."""
    lo = "−∞" if f.low is None else f"{f.low:,.6g}"
    hi = "∞" if f.high is None else f"{f.high:,.6g}"
    lines = [f"{f.text}: value {f.value:,.6g}, interval [{lo}, {hi}] ({f.qualifier})",
             f"metric: {f.metric}" + (f" · as of {f.as_of}" if f.as_of else "") + (f" · {f.period}" if f.period else ""),
             f"status: {render.STATUS_LABEL.get(status, status)}"]
    if counterpart is not None:
        lines.append(f"other article: {counterpart.text}" + (f" (as of {counterpart.as_of})" if counterpart.as_of else ""))
    if f.said_by:
        lines.append(f"according to: {f.said_by}")
    return "\n".join(lines)


def figure_anchor(index: int, f: Figure) -> str:
    """The HTML anchor of a figure in the index-th article column of a view."""
    return f"f-{index}-{f.start}"


def point_of(event: object, key: str = "customdata") -> list | None:
    """The customdata of the first point selected on a plotly chart (st.plotly_chart on_select), or None."""
    try:
        points = event.selection.points  # type: ignore[attr-defined]
    except AttributeError:
        points = (event or {}).get("selection", {}).get("points", []) if isinstance(event, dict) else []
    for p in points or []:
        data = p.get(key) if isinstance(p, dict) else getattr(p, key, None)
        if data:
            return list(data)
    return None


# --- corrections (per-visitor, session only) --------------------------------------------------------------

def _originals() -> list[Article]:
    """Bundled plus this visitor's articles, before any correction."""
    return list(bundled().articles) + list(session_extra()["articles"])


def _refigured(article: Article) -> list[Figure]:
    """Figures of an article under its corrected publication date, extracted once per session, never stored."""
    cache = session_extra()["refigured"]
    key = f"{article.content_hash}|{article.published}"
    if key not in cache:
        with st.spinner(f"Re-reading {md(article.id)} for its corrected date…"):
            cache[key] = extract_many([article], pipeline())[article.id]
    return [restamp(f, article) for f in cache[key]]


def corrections_of() -> dict[str, dict[str, str]]:
    """This visitor's corrections: article id -> {field: value}."""
    return session_extra()["corrections"]


def set_correction(article_id: str, values: dict[str, str]) -> dict[str, str]:
    """Record corrections of one article (only fields that differ from the original); returns them.

    Raises corrections.CorrectionError for an unreadable value."""
    original = next((a for a in _originals() if a.id == article_id), None)
    if original is None:
        raise corrections.CorrectionError(f"no article {article_id!r}")
    fix = corrections.diff(original, values)
    store_ = corrections_of()
    if fix:
        store_[article_id] = fix
    else:
        store_.pop(article_id, None)
    return fix


def clear_correction(article_id: str) -> None:
    """Undo this visitor's corrections of one article."""
    corrections_of().pop(article_id, None)


def corrected_articles() -> list[Article]:
    """This visitor's corrected articles, corrections applied."""
    fixes = corrections_of()
    return [a for a in corrections.apply(_originals(), fixes) if a.id in fixes]
