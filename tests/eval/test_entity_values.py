"""The spaCy baseline's value parser for entity text."""
from __future__ import annotations

import pytest

from newsfigures.eval.entity_values import parse_value


@pytest.mark.parametrize("text, value", [
    ("$11.5bn", 11.5e9), ("39K", 39000), ("nearly 60,000", 60000), ("a dozen", 12), ("fourteen", 14),
    ("US$700m", 700e6), ("2.2 million", 2.2e6), ("thousands", 5000), ("almost half", 0.5),
    ("one hundred", 100), ("twenty five thousand", 25000),
])
def test_entity_values_parse_value(text, value):
    assert parse_value(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "the people", "Tuesday"])
def test_entity_values_no_number_is_none(text):
    assert parse_value(text) is None
