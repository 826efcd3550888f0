"""Verdicts on the hand-written fixture pairs of tests/fixtures/threads/ (skip when ../shared is absent).

The floor only rises. Print the numbers with `python scripts/evaluate_metrics.py --verdicts`."""
from __future__ import annotations

from newsfigures.eval import verdicts

from conftest import shared_or_skip

VERDICT_FLOOR = 0.9
MIN_FIXTURE_PAIRS = 20


def test_verdicts_fixture_accuracy():
    shared_or_skip("corpora", "current-events")
    res = verdicts.evaluate_verdicts()
    assert res["pairs"] >= MIN_FIXTURE_PAIRS
    assert {"update", "compatible", "same", "different"} <= {r["expected"] for r in res["rows"]}
    assert res["accuracy"] >= VERDICT_FLOOR, [r for r in res["rows"] if not r["ok"]]


def test_verdicts_fixtures_are_complete():
    fixtures = verdicts.load_fixtures()
    assert fixtures and all(fx["files"] and fx["pairs"] for fx in fixtures)
    for fx in fixtures:
        for pair in fx["pairs"]:
            assert {"a", "b", "expected"} <= set(pair), (fx["name"], pair)
            assert all(pair[k]["surface"] in pair[k]["context"] and pair[k]["doc"] in fx["files"] for k in "ab"), pair
