"""Scores on the measure gold, per split of tests/gold/split.json: detection, qualifier, the six measure fields,
said_by, counted and as_of on matched figures (matching as in scores.py; field rules in measure_rules.py)."""
from __future__ import annotations

from typing import Any, Callable

from newsfigures.eval.attributes import as_of_ok, counted_ok
from newsfigures.eval.gold import SHARED
from newsfigures.eval.matching import DocRun, Pred
from newsfigures.eval.measure_gold import (FIRST_BATCHES, LATER_BATCHES, MEASURE_FIELDS, MeasureGold, Record,
                                          load_measure_gold)
from newsfigures.eval.measure_rules import event_class_ok, field_ok, measure_read, name_ok
from newsfigures.eval.reach import name_reach, quantity_gaps
from newsfigures.eval.scores import prf, tally
from newsfigures.eval.systems import RUNNERS, run_newsfigures

Rule = tuple[Callable[[Record], bool], Callable[[Pred, Record], bool]]


def _always(_g: Record) -> bool:
    """Every matched figure is scored."""
    return True


def _field_rule(name: str) -> Rule:
    """The rule of one measure field."""
    return _always, lambda p, g: field_ok(name, p.measure, g["measure"])


# accuracy name -> (which gold figures it is scored on, the rule on a detection match)
RULES: dict[str, Rule] = {
    "qualifier": (_always, lambda p, g: p.qualifier == g["qualifier"]),
    **{name: _field_rule(name) for name in MEASURE_FIELDS},
    "event_class": (_always, lambda p, g: measure_read(p.measure) and event_class_ok(p.measure.event or "",
                                                                                   g["measure"].get("event", ""))),
    "said_by": (_always, lambda p, g: name_ok(p.said_by, g["said_by"])),
    # only the 84 documents of figures.jsonl have a gold `counted` list
    "counted": (lambda g: bool(g.get("counted")), lambda p, g: counted_ok(p.counted, g["counted"])),
    "as_of": (_always, lambda p, g: as_of_ok(p.as_of, g["as_of"])),
}


ERROR_KINDS = ("unread", "missing", "extra", "different")


def _given(field: str, p: Pred) -> str:
    """What the prediction gave for a measure field or said_by."""
    return (p.said_by if field == "said_by" else getattr(p.measure, field, "")) or ""


def error_kind(field: str, p: Pred, g: Record) -> str:
    """Why a wrong measure field or said_by is wrong, in aggregate terms that show no text: "unread" (no measure
    read at all), "missing" (the gold has a value, the prediction none), "extra" (the prediction gives a value where
    the gold has none) or "different" (both give values that disagree)."""
    if field != "said_by" and not measure_read(p.measure):
        return "unread"
    want = g["said_by"] if field == "said_by" else g["measure"].get(field, "")
    got = _given(field, p)
    return "missing" if want and not got else "extra" if got and not want else "different"


def error_kinds(wrong: dict[str, list[tuple[Record, Pred]]]) -> dict[str, dict[str, int]]:
    """Counts of `error_kind` per measure field and said_by: where a field goes wrong, without naming a figure."""
    out = {}
    for field in (*MEASURE_FIELDS, "said_by"):
        kinds = [error_kind(field, p, g) for g, p in wrong.get(field, [])]
        out[field] = {k: kinds.count(k) for k in ERROR_KINDS}
    return out


def score_measures(runs: list[DocRun], gold: list[Record]) -> dict[str, Any]:
    """Detection and per-field accuracy of the runs against the measure gold figures of their documents."""
    t = tally(runs, gold)
    texts = {r.doc: r.text for r in runs}
    n_pred = sum(len(r.preds) for r in runs)
    accuracy, scored, wrong = {}, {}, {}
    for name, (applies, ok) in RULES.items():
        items = [(g, p) for g, p in t.matched if applies(g)]
        wrong[name] = [(g, p) for g, p in items if not ok(p, g)]
        scored[name] = len(items)
        accuracy[name] = (len(items) - len(wrong[name])) / len(items) if items else 0.0
    return {"n_docs": len(runs), "n_gold": len(gold), "n_pred": n_pred, "n_matched": t.tp,
            "gold_not_in_text": t.not_in_text, "detection": prf(t.tp, n_pred, len(gold)),
            "accuracy": accuracy, "scored": scored, "error_kinds": error_kinds(wrong),
            "reach": name_reach(wrong, texts),
            "quantity_gap": quantity_gaps(wrong["quantity"], texts), "wrong": wrong, "misses": t.misses, "spurious": t.spurious}


def subsets(gold: MeasureGold, split: str) -> dict[str, list[str]]:
    """The document sets one split is reported on: the split's documents of the first batches, those of them from
    the Wikinews batches ("test-new": test documents no rule before the measure gold was written against), and,
    once annotated, each later batch ("dev-lee", "test-lee", "dev-lee2" ... "dev-reuters": news of another country,
    outlet and year)."""
    sets = {split: gold.docs(split, batches=FIRST_BATCHES), f"{split}-new": gold.docs(split, batches=("wikinews",))}
    later = {f"{split}-{batch}": gold.docs(split, batches=(batch,)) for batch in LATER_BATCHES}
    return sets | {name: docs for name, docs in later.items() if docs}


def evaluate_split(system_name: str, split: str, gold: MeasureGold | None = None,
                   join_wrapped: bool = False) -> dict[str, dict[str, Any]]:
    """Run `system_name` over the documents of `split` ("dev", "test", "all") and score each subset; `join_wrapped`
    loads the documents with hard-wrapped lines joined (newsfigures only: the baselines read the raw text).

    Raises SystemUnavailable when the system cannot run, FileNotFoundError when ../shared is missing."""
    if system_name not in RUNNERS:
        raise ValueError(f"unknown system {system_name!r}; choose from {', '.join(RUNNERS)}")
    if not SHARED.exists():
        raise FileNotFoundError(f"corpus directory {SHARED} not found")
    gold = gold or load_measure_gold()
    sets = subsets(gold, split)
    docs = list(dict.fromkeys(d for docs in sets.values() for d in docs))
    runs = run_newsfigures(docs, join_wrapped) if system_name == "newsfigures" else RUNNERS[system_name](docs)
    out = {}
    for name, docs in sets.items():
        keep = set(docs)
        out[name] = score_measures([r for r in runs if r.doc in keep], gold.figures_of(docs)) | {"system": system_name}
    return out
