"""One-to-one matching of predictions to gold figures, and when values agree."""
from __future__ import annotations

import pytest

from newsfigures.eval.matching import Pred, match_doc, values_agree

NEARLY = {"value": 60000, "low": 54000, "high": 60000, "qualifier": "nearly", "unit": ""}


def test_matching_one_to_one_on_overlap_and_value():
    preds = [Pred(10, 16, 60000.0), Pred(3, 16, 60000.0), Pred(10, 16, 6000.0)]
    assert match_doc([(NEARLY, (3, 16))], preds) == [(0, 1)]  # largest overlap wins, one prediction per gold
    assert match_doc([(NEARLY, (3, 16))], [Pred(10, 16, 6000.0)]) == []  # value off by 10x
    assert match_doc([(NEARLY, (3, 16))], [Pred(10, 16, 6000.0)], need_value=False) == [(0, 0)]


def test_matching_skips_gold_not_in_text_and_disjoint_spans():
    assert match_doc([(NEARLY, None)], [Pred(0, 5, 60000.0)]) == []
    assert match_doc([(NEARLY, (3, 16))], [Pred(16, 20, 60000.0)]) == []


@pytest.mark.parametrize("pred, gold, agree", [
    (5000, {"value": 5000, "low": 2000, "high": 9999, "qualifier": "vague", "unit": ""}, True),
    (3000, {"value": 5000, "low": 2000, "high": 9999, "qualifier": "vague", "unit": ""}, True),
    (12000, {"value": 5000, "low": 2000, "high": 9999, "qualifier": "vague", "unit": ""}, False),
    (50, {"value": 0.5, "low": 0.45, "high": 0.5, "qualifier": "nearly", "unit": "fraction"}, True),
    (100.9, {"value": 100, "low": 100, "high": 100, "qualifier": "exact", "unit": ""}, True),
    (101.1, {"value": 100, "low": 100, "high": 100, "qualifier": "exact", "unit": ""}, False),
    (0, {"value": 0, "low": 0, "high": 0, "qualifier": "exact", "unit": ""}, True),
    (None, {"value": 0, "low": 0, "high": 0, "qualifier": "exact", "unit": ""}, False),
    (12, {"value": 15, "low": 10, "high": 20, "qualifier": "range", "unit": ""}, True),
])
def test_matching_values_agree(pred, gold, agree):
    assert values_agree(pred, gold) is agree
