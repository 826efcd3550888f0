"""numbers.shared_units: a unit written once after a list of numbers is each number's."""
from __future__ import annotations

import pytest

from newsfigures.eval import reuters
from newsfigures.numbers import parse_numbers

needs_weka = pytest.mark.skipif(bool(reuters.unavailable()), reason=reuters.unavailable() or "available")


def read(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.unit) for m in parse_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("growth was 32.5 and 32.6 pct, respectively", [("32.5", "percent", "percent"),
                                                    ("32.6 pct", "percent", "percent")]),
    ("limit their exports to 21,000 and 7,000 tonnes", [("21,000", "measure", "ton"),
                                                        ("7,000 tonnes", "measure", "ton")]),
    ("rates of 3, 4 and 5 per cent", [("3", "percent", "percent"), ("4", "percent", "percent"),
                                      ("5 per cent", "percent", "percent")]),
    ("the 12 and 15 km stages", [("12", "measure", "km"), ("15 km", "measure", "km")]),
])
def test_shared_units_a_list_shares_the_unit_after_its_last_number(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a comma alone joins no list
    ("Of the 12, 5 per cent were late", [("12", "cardinal", ""), ("5 per cent", "percent", "percent")]),
    # the last number's scale may not be the first's
    ("2 and 3 million tonnes", [("2", "cardinal", ""), ("3 million tonnes", "measure", "ton")]),
    # a currency is written before its number, not shared backwards
    ("3 and $4 million", [("3", "cardinal", ""), ("$4 million", "money", "USD")]),
    # a word between the two: no list
    ("killed 3 and wounded 5 per cent", [("3", "cardinal", ""), ("5 per cent", "percent", "percent")]),
    # "between N and M" is one range already
    ("between 2.4 and 2.5 pct", [("between 2.4 and 2.5 pct", "percent", "percent")]),
    # a name's number is no list member ("M-1 and five pct")
    ("growth of 10 pct in M-1 and five pct", [("10 pct", "percent", "percent"), ("M-1", "name", ""),
                                              ("five pct", "percent", "percent")]),
])
def test_shared_units_leaves_numbers_that_are_no_list_alone(text, expected):
    assert read(text) == expected


@needs_weka
@pytest.mark.parametrize("item, surface, unit", [
    ("train_0180", "21,000", "ton"),   # the tin quota story: Brazil's and China's exports
    ("train_0479", "32.5", "percent"),  # Hong Kong's money supply
])
def test_shared_units_on_wire_items(item, surface, unit):
    text = reuters.document_path(f"reuters/{item}.txt").read_text(encoding="utf-8")
    assert unit in {m.unit for m in parse_numbers(text) if m.text == surface}
