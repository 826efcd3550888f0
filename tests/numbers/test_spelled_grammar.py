"""The grammar of spelled-out numbers over element runs (newsfigures.numbers.spelled_grammar)."""
from __future__ import annotations

import pytest

from newsfigures.numbers.spelled import element_run
from newsfigures.numbers.spelled_grammar import card_scan, full_cardinal, spelled_fraction
from newsfigures.numbers.tokens import TokenStream


def _elements(text: str):
    return element_run(TokenStream(text), 0, len(text) + 1)


def test_spelled_grammar_card_scan_checkpoints_every_complete_cardinal():
    els = _elements("one hundred and twenty three")
    assert [(cp.end, cp.value) for cp in card_scan(els)] == [(1, 1), (2, 100), (4, 120), (5, 123)]
    assert full_cardinal(els[:3]) is None  # "one hundred and" is not a whole cardinal


def test_spelled_grammar_fraction_needs_a_plural_denominator_after_more_than_one():
    els = _elements("two third")
    assert spelled_fraction(els, len(els) - 1) is None
    els = _elements("two thirds")
    assert spelled_fraction(els, len(els) - 1).value == pytest.approx(2 / 3)


@pytest.mark.parametrize("text, value", [
    ("two hundred and two thousand", 202000),
    ("three hundred and two dozens", 324),
    ("three lakh crore", 3e12),
    ("two point five million", 2.5e6),
])
def test_spelled_grammar_full_cardinal(text, value):
    assert full_cardinal(_elements(text)).value == value
