"""The one place Streamlit meets the package: caches, per-visitor session state, URL state, HTML output."""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import streamlit as st

from . import analysis, render
from .analysis import Analysis
from .extraction import ModelMissing, extract_many, load_pipeline
from .loading import Corpus
from .model import Article, Figure, LedgerEntry
from .store import Store

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
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
    return json.dumps(sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.glob("*") if p.is_file()))


@st.cache_data(show_spinner="Reading the bundled corpus…")
def _bundled(folder: str, fingerprint: str) -> Analysis:
    return analysis.analyse_paths([folder], pipeline, store())


def bundled() -> Analysis:
    """The bundled corpus in data/, analysed once per server and change of its files."""
    return _bundled(str(DATA_DIR), _fingerprint(DATA_DIR))


def session_extra() -> dict:
    """This visitor's own articles (uploads, pasted text) with their figures and ledger rows."""
    if SESSION_UPLOADS not in st.session_state:
        st.session_state[SESSION_UPLOADS] = {"articles": [], "figures": [], "ledger": []}
    return st.session_state[SESSION_UPLOADS]


def add_to_session(corpus: Corpus) -> tuple[int, int]:
    """Extract the figures of newly loaded articles into this visitor's session; returns (added, rejected)."""
    extra = session_extra()
    known = {a.content_hash for a in current().articles}
    new = [a for a in corpus.articles if a.content_hash not in known]
    ledger = list(corpus.ledger)
    for a in corpus.articles:
        if a not in new:
            ledger = [LedgerEntry(e.item, "duplicate", article_id=a.id, reason="exact_duplicate",
                                  message=f"{e.item}: same text as an article already loaded") if e.article_id == a.id and e.status == "ingested" else e for e in ledger]
    if new:
        with st.status(f"Extracting figures from {len(new)} article(s)…", expanded=False) as status:
            figs = extract_many(new, pipeline())
            status.update(label=f"Extracted figures from {len(new)} article(s)", state="complete")
        extra["articles"] += new
        extra["figures"] += [f for a in new for f in figs[a.id]]
    extra["ledger"] += ledger
    return len(new), sum(1 for e in ledger if e.status == "rejected")


def current() -> Analysis:
    """The bundled corpus plus this visitor's own articles, reconciled together."""
    base = bundled()
    extra = session_extra()
    if not extra["articles"]:
        return base
    figs = analysis.reconcile(list(base.figures) + list(extra["figures"]))
    return Analysis(base.articles + tuple(extra["articles"]), tuple(figs), base.ledger + tuple(extra["ledger"]),
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
