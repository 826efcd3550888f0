"""Cross-article gold pairs (newsfigures/eval/pairs.py): reports, pairs, what a one-to-one assignment can reach."""
from __future__ import annotations

import importlib.util

import pytest

from newsfigures.eval.measure_gold import MeasureGold, load_measure_gold
from newsfigures.eval.pairs import GoldPair, gold_pairs, reachable, report_key, thread_pairs, wrong_pairs

from conftest import shared_or_skip


def _fig(doc: str, metric: str, value: float, unit: str = "") -> dict:
    return {"doc": doc, "metric": metric, "value": value, "unit": unit}


def _gold(figures: list[dict]) -> MeasureGold:
    docs = tuple({"doc": d, "thread": "t", "new": False} for d in dict.fromkeys(f["doc"] for f in figures))
    return MeasureGold(docs, tuple(figures), (), {"dev": frozenset(d["doc"] for d in docs), "test": frozenset()})


def test_pairs_repeats_are_one_report_and_same_document_never_pairs():
    gold = _gold([_fig("a", "t.deaths", 34), _fig("a", "t.deaths", 34), _fig("a", "t.injured", 5),
                  _fig("b", "t.deaths", 73), _fig("b", "t.deaths", 73), _fig("c", "t.injured", 6)])
    pairs = gold_pairs(gold, "t", ["a", "b", "c"])
    assert [(p.metric, p.a[0], p.a[3], p.b[0], p.b[3]) for p in pairs] == [
        ("t.deaths", "a", 34.0, "b", 73.0), ("t.injured", "a", 5.0, "c", 6.0)]
    assert report_key(_fig("a", "t.deaths", 34)) == ("a", "t.deaths", "", 34.0)


def test_pairs_two_numbers_of_one_metric_are_two_reports():
    gold = _gold([_fig("a", "t.deaths", 34), _fig("a", "t.deaths", 73), _fig("b", "t.deaths", 73),
                  _fig("c", "t.deaths", 80), _fig("c", "t.deaths", 128, "mile")])
    pairs = gold_pairs(gold, "t", ["a", "b", "c"])
    assert len(pairs) == 2 + 4 + 2  # a~b: 2 x 1 reports, a~c: 2 x 2, b~c: 1 x 2
    assert reachable(pairs) == 1 + 2 + 1


def test_pairs_reachable_counts_the_smaller_side():
    a1, a2, b1 = ("a", "m", "", 1.0), ("a", "m", "", 2.0), ("b", "m", "", 1.0)
    assert reachable([GoldPair("t", "m", a1, b1), GoldPair("t", "m", a2, b1)]) == 1
    assert reachable([]) == 0


def test_pairs_wrong_pairs_refuse_test_documents():
    gold = MeasureGold((), (), (), {"dev": frozenset({"a"}), "test": frozenset({"b"})})
    with pytest.raises(ValueError, match="dev documents only"):
        wrong_pairs(gold, ["a", "b"])


@pytest.mark.skipif(importlib.util.find_spec("gensim") is None,
                    reason="the Lee corpus comes with gensim (requirements-dev.txt)")
def test_pairs_wrong_pairs_list_what_the_wrong_column_counts():
    shared_or_skip("corpora")
    gold = load_measure_gold()
    thread = "cricket_aus_sa_2001"
    docs = gold.threads("dev")[thread]
    listed = wrong_pairs(gold, docs)
    assert len(listed) == thread_pairs(gold, thread, docs)[1].wrong
    assert all(w.pair.a is not None and w.pair.b is not None and not set(w.gold_a) & set(w.gold_b) for w in listed)
