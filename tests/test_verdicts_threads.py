"""Corpus-level metric grouping and verdicts on the shared threads (skip when ../shared is absent).

Floors only rise. Print the numbers with `python scripts/evaluate_metrics.py` and `--verdicts`."""
from __future__ import annotations

import sys

import pytest

from conftest import ROOT, shared_or_skip

sys.path.insert(0, str(ROOT / "scripts"))

# (precision, recall) floors of pairwise grouping per thread.
GROUPING_FLOORS = {
    "gaza_war": (0.9, 0.9), "indian_ocean_tsunami": (0.9, 0.9), "texas_floods": (0.9, 0.9),
    "turkey_syria_earthquake": (0.9, 0.9), "cyclone_chido": (0.9, 0.9),
}
OVERALL_FLOOR = (0.9, 0.9)
VERDICT_FLOOR = 0.9
MIN_FIXTURE_PAIRS = 20


@pytest.fixture(scope="module")
def grouping():
    shared_or_skip("corpora", "current-events")
    import evaluate_metrics
    return evaluate_metrics.evaluate_grouping()


@pytest.mark.parametrize("thread", sorted(GROUPING_FLOORS))
def test_verdicts_threads_grouping_floor(grouping, thread):
    p, r = GROUPING_FLOORS[thread]
    got = grouping[thread]["all"]
    assert got["precision"] >= p and got["recall"] >= r, (thread, got["precision"], got["recall"])


def test_verdicts_threads_grouping_overall(grouping):
    got = grouping["overall"]["all"]
    assert got["precision"] >= OVERALL_FLOOR[0] and got["recall"] >= OVERALL_FLOOR[1]


def test_verdicts_threads_fixture_accuracy():
    shared_or_skip("corpora", "current-events")
    import evaluate_metrics
    res = evaluate_metrics.evaluate_verdicts()
    assert res["pairs"] >= MIN_FIXTURE_PAIRS
    assert {"update", "compatible", "same", "different"} <= {r["expected"] for r in res["rows"]}
    assert res["accuracy"] >= VERDICT_FLOOR, [r for r in res["rows"] if not r["ok"]]
