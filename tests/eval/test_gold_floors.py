"""Floors of the newsfigures extractor on the hand-annotated gold set (skip when ../shared is absent).

Floors measured with `python scripts/evaluate.py`; they only ever rise."""
from __future__ import annotations

from newsfigures.eval.scores import evaluate

from conftest import shared_or_skip

FLOORS = {"f1": 0.95, "qualifier": 0.97, "counted": 0.90, "event": 0.85, "as_of": 0.91}
# said_by has no floor here any more: this gold took a trailing citation such as "(Al Jazeera)" for metadata, not an
# attribution, while issue 9 defines it as one. The measure gold re-annotated these figures by the definition,
# and its said_by floors (tests/eval/test_measure_floors.py) carry the field now.


def test_gold_floors_newsfigures():
    shared_or_skip("corpora", "wikinews-2004")
    r = evaluate("newsfigures")
    assert r["n_matched"] >= 200
    got = {"f1": r["detection"]["f1"], **{k: r["accuracy"][k] for k in ("qualifier", "counted", "event", "as_of")}}
    assert {k: v for k, v in got.items() if v < FLOORS[k]} == {}, got
