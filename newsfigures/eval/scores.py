"""Scores of one system on the gold set: detection, per-attribute accuracy and metric pairs."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from newsfigures.eval.attributes import (as_of_ok, counted_ok, event_ok, interval_ok, norm_unit, said_by_ok)
from newsfigures.eval.gold import GOLD, SHARED, gold_documents, load_gold, locate_gold
from newsfigures.eval.matching import DocRun, Pred, match_doc, values_agree
from newsfigures.eval.systems import RUNNERS

Matched = tuple[dict[str, Any], Pred]
# Qualifiers whose interval the text states ("at least 13,000" -> [13000, none]). Interval accuracy is scored on
# these only: for approx, nearly and vague the gold states no bounds, so an interval there is only a convention.
STATED_BOUNDS = frozenset({"exact", "at_least", "more_than", "at_most", "less_than", "range"})

# accuracy name -> rule on a detection match (prediction, gold record)
ATTRIBUTE_RULES: dict[str, Callable[[Pred, dict[str, Any]], bool]] = {
    "qualifier": lambda p, g: p.qualifier == g["qualifier"],
    "unit": lambda p, g: norm_unit(p.unit) == g["unit"],
    "counted": lambda p, g: counted_ok(p.counted, g["counted"]),
    "counted_any_token": lambda p, g: counted_ok(p.counted, g["counted"], any_token=True),
    "event": lambda p, g: event_ok(p.event, g["event"]),
    "as_of": lambda p, g: as_of_ok(p.as_of, g["as_of"]),
    "said_by": lambda p, g: said_by_ok(p.said_by, g["said_by"]),
}


@dataclass
class Tally:
    """Counts gathered over the documents of one system."""

    tp: int = 0
    tp_span: int = 0
    value_ok: int = 0
    vague_span: int = 0
    vague_ok: int = 0
    not_in_text: int = 0
    matched: list[Matched] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from true positives and the two totals."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def metric_pairs(items: list[Matched]) -> dict[str, float]:
    """Pairwise agreement of metric keys over matched figures in DIFFERENT documents: a pair is gold-positive
    when both share a gold metric, predicted-positive when both share a non-empty predicted metric.
    Returns precision, recall, F1 of predicted-positive pairs."""
    tp = fp = fn = 0
    for i, (gi, pi) in enumerate(items):
        for gj, pj in items[i + 1:]:
            if gi["doc"] == gj["doc"]:
                continue
            gpos = gi["metric"] == gj["metric"]
            ppos = bool(pi.metric) and pi.metric == pj.metric
            tp += gpos and ppos
            fp += ppos and not gpos
            fn += gpos and not ppos
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _tally_doc(t: Tally, run: DocRun, golds: list[dict[str, Any]]) -> None:
    """Add one document's matches, misses and spurious predictions to the tally."""
    located = [(g, locate_gold(g, run.text)) for g in golds]
    t.not_in_text += sum(1 for _, s in located if s is None)
    pairs = match_doc(located, run.preds, need_value=True)
    span_pairs = match_doc(located, run.preds, need_value=False)
    t.tp += len(pairs)
    t.tp_span += len(span_pairs)
    agree = [values_agree(run.preds[pi].value, golds[gi]) for gi, pi in span_pairs]
    vague = [golds[gi]["qualifier"] == "vague" for gi, _ in span_pairs]
    t.value_ok += sum(agree)
    t.vague_span += sum(vague)
    t.vague_ok += sum(a and v for a, v in zip(agree, vague))
    t.matched.extend((golds[gi], run.preds[pi]) for gi, pi in pairs)
    hit_g = {gi for gi, _ in pairs}
    hit_p = {pi for _, pi in pairs}
    t.misses.extend({"doc": run.doc, "surface": g["surface"], "context": g["context"],
                     "in_text": located[i][1] is not None} for i, g in enumerate(golds) if i not in hit_g)
    t.spurious.extend({"doc": run.doc, "text": p.text, "value": p.value,
                       "context": run.text[max(0, p.start - 30):p.end + 30].replace("\n", " ")}
                      for i, p in enumerate(run.preds) if i not in hit_p)


def _accuracy(matched: list[Matched], rule: Callable[[Pred, dict[str, Any]], bool]) -> float:
    """Share of matched figures whose attribute passes `rule` (0 when nothing matched)."""
    return sum(1 for g, p in matched if rule(p, g)) / len(matched) if matched else 0.0


def tally(runs: list[DocRun], gold: list[dict[str, Any]]) -> Tally:
    """Matches, misses and spurious predictions of the runs against the gold figures of their documents."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    t = Tally()
    for run in runs:
        _tally_doc(t, run, by_doc.get(run.doc, []))
    return t


def score(runs: list[DocRun], gold: list[dict[str, Any]]) -> dict[str, Any]:
    """All numbers for one system from its per-document runs (see docs/evaluation.md for the rules)."""
    n_pred = sum(len(r.preds) for r in runs)
    t = tally(runs, gold)
    stated = [(g, p) for g, p in t.matched if g["qualifier"] in STATED_BOUNDS]
    accuracy = {"value": t.value_ok / t.tp_span if t.tp_span else 0.0,
                "interval": _accuracy(stated, interval_ok),
                "vague_in_range": t.vague_ok / t.vague_span if t.vague_span else 0.0}
    accuracy |= {name: _accuracy(t.matched, rule) for name, rule in ATTRIBUTE_RULES.items()}
    return {
        "n_docs": len(runs), "n_gold": len(gold), "n_pred": n_pred, "n_matched": t.tp,
        "gold_not_in_text": t.not_in_text, "n_interval_scored": len(stated), "n_vague_span": t.vague_span,
        "detection": prf(t.tp, n_pred, len(gold)),
        "detection_span_only": prf(t.tp_span, n_pred, len(gold)),
        "accuracy": accuracy,
        "metric_pairs": metric_pairs(t.matched),
        "misses": t.misses,
        "spurious": t.spurious,
    }


def evaluate(system_name: str, gold_path: Path | str = GOLD) -> dict[str, Any]:
    """Run `system_name` ("newsfigures", "quantulum3", "spacy_ner") over every gold document and score it.

    Raises SystemUnavailable (with instructions) when the system cannot run, FileNotFoundError when the
    corpus in ../shared is missing."""
    if system_name not in RUNNERS:
        raise ValueError(f"unknown system {system_name!r}; choose from {', '.join(RUNNERS)}")
    if not SHARED.exists():
        raise FileNotFoundError(f"corpus directory {SHARED} not found")
    gold = load_gold(Path(gold_path))
    result = score(RUNNERS[system_name](gold_documents(gold)), gold)
    result["system"] = system_name
    return result
