"""Scores of one system: detection, attribute accuracy and metric pairs, on a small hand-made run."""
from __future__ import annotations

import pytest

from newsfigures.eval.matching import DocRun, Pred
from newsfigures.eval.scores import metric_pairs, prf, score

TEXT = "About 300 people died and 20 were hurt, officials said."
GOLD = [
    {"doc": "d", "surface": "About 300", "context": "About 300 people died", "occurrence": 0, "value": 300,
     "low": None, "high": None, "qualifier": "approx", "unit": "", "counted": ["people"], "event": ["die"],
     "as_of": "2025-01-02", "said_by": "officials", "metric": "s.deaths"},
    {"doc": "d", "surface": "20", "context": "and 20 were hurt", "occurrence": 0, "value": 20, "low": 20, "high": 20,
     "qualifier": "exact", "unit": "", "counted": ["people"], "event": ["injure"], "as_of": "2025-01-02",
     "said_by": "officials", "metric": "s.injured"},
]


def _run(preds: list[Pred]) -> list[DocRun]:
    return [DocRun("d", TEXT, preds)]


def test_scores_counts_matches_misses_and_spurious():
    preds = [Pred(0, 9, 300.0, "About 300", 270.0, 330.0, "approx", "", "people", "died", "2025-01-02",
                  "officials"),
             Pred(40, 49, 9.0, "officials")]
    r = score(_run(preds), GOLD)
    assert (r["n_gold"], r["n_pred"], r["n_matched"], r["gold_not_in_text"]) == (2, 2, 1, 0)
    assert r["detection"] == pytest.approx({"precision": 0.5, "recall": 0.5, "f1": 0.5})
    assert [m["surface"] for m in r["misses"]] == ["20"] and [s["text"] for s in r["spurious"]] == ["officials"]
    acc = r["accuracy"]
    assert acc["qualifier"] == acc["counted"] == acc["event"] == acc["as_of"] == acc["said_by"] == 1.0


def test_scores_value_accuracy_is_over_span_matches():
    r = score(_run([Pred(0, 9, 300.0, qualifier="approx"), Pred(26, 28, 200.0)]), GOLD)
    assert r["n_matched"] == 1 and r["detection_span_only"]["recall"] == 1.0
    assert r["accuracy"]["value"] == 0.5


def test_scores_gold_missing_from_text_is_counted():
    r = score([DocRun("d", "nothing here", [])], GOLD)
    assert r["gold_not_in_text"] == 2 and r["n_matched"] == 0 and r["detection"]["f1"] == 0.0


def test_scores_prf():
    assert prf(3, 4, 6) == pytest.approx({"precision": 0.75, "recall": 0.5, "f1": 0.6})
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_scores_metric_pairs_only_across_documents():
    g = [{"doc": d, "metric": m} for d, m in (("a", "x"), ("b", "x"), ("b", "y"))]
    p = [Pred(0, 1, 1.0, metric=m) for m in ("k", "k", "k")]
    assert metric_pairs(list(zip(g, p))) == pytest.approx({"precision": 0.5, "recall": 1.0, "f1": 2 / 3})


def test_scores_interval_only_on_stated_bounds_and_vague_apart():
    vague = {"doc": "d", "surface": "dozens", "context": "dozens were hurt", "occurrence": 0, "value": 36,
             "low": None, "high": None, "plausible": [24, 199], "qualifier": "vague", "unit": "", "counted": ["people"],
             "event": [], "as_of": "", "said_by": "", "metric": "s.injured"}
    text = "About 300 people died and dozens were hurt."
    preds = [Pred(0, 9, 300.0, low=270.0, high=330.0, qualifier="approx"),
             Pred(26, 32, 61.5, low=24.0, high=99.0, qualifier="vague")]
    r = score([DocRun("d", text, preds)], [GOLD[0], vague])
    assert r["n_matched"] == 2 and r["n_interval_scored"] == 0 and r["accuracy"]["interval"] == 0.0
    assert (r["n_vague_span"], r["accuracy"]["vague_in_range"]) == (1, 1.0)
    r = score([DocRun("d", text, [Pred(26, 32, 500.0, qualifier="vague")])], [vague])
    assert (r["n_matched"], r["n_vague_span"], r["accuracy"]["vague_in_range"]) == (0, 1, 0.0)
    r = score(_run([Pred(26, 28, 20.0, low=20.0, high=20.0)]), GOLD)
    assert (r["n_interval_scored"], r["accuracy"]["interval"]) == (1, 1.0)
