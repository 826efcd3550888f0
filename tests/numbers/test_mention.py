"""The interval rule (newsfigures.numbers.mention)."""
from __future__ import annotations

import math

import pytest

from newsfigures.numbers import interval
from newsfigures.numbers.mention import Core, make_mention


@pytest.mark.parametrize("value, qualifier, expected", [
    (100, "exact", (100, 100)),
    (100, "approx", (90, 110)),
    (100, "at_least", (100, None)),
    (100, "more_than", (100, None)),
    (100, "at_most", (0, 100)),
    (100, "less_than", (0, 100)),
    (100, "nearly", (90, 100)),
    (-10, "approx", (-11, -9)),
    (-10, "at_most", (None, -10)),
    (-10, "nearly", (-10, -9)),
])
def test_mention_interval_rule(value, qualifier, expected):
    lo, hi = interval(value, qualifier)
    for got, exp in zip((lo, hi), expected):
        assert (got is None and exp is None) or math.isclose(got, exp)


def test_mention_make_mention_takes_bounds_and_strictness_from_the_qualifier():
    text = "more than 300 homes"
    m = make_mention(text, 0, 13, 300.0, "more_than", "", "cardinal", 10, 13)
    assert (m.text, m.low, m.high, m.low_open, m.high_open) == ("more than 300", 300.0, None, True, None)
    assert (m.value_start, m.value_end) == (10, 13)  # default to the number's offsets


def test_mention_core_value_offsets_default_to_its_span():
    c = Core(3.0, 4, 10)
    assert (c.value_start, c.value_end) == (4, 10)
    assert Core(3.0, 4, 12, value_end=5).value_end == 5
