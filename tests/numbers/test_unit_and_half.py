"""A unit and a half is one amount: `numbers.unit_and_half` (stop 63)."""
from __future__ import annotations

import pytest

from newsfigures.numbers import parse_numbers
from newsfigures.numbers.unit_and_half import unit_within


@pytest.mark.parametrize("text, surface, value, unit, qualifier", [
    ("Rescuers worked for an hour and a half.", "an hour and a half", 1.5, "", "exact"),
    ("He was jailed for a year and a half.", "a year and a half", 1.5, "", "exact"),
    ("He served two years and a half in prison.", "two years and a half", 2.5, "", "exact"),
    ("The storm moved a mile and a half inland.", "a mile and a half", 1.5, "", "exact"),
    ("The track runs two miles and a half.", "two miles and a half", 2.5, "mile", "exact"),
    ("The fire burned for about a day and a half.", "about a day and a half", 1.5, "", "approx"),
    ("The talks lasted more than two hours and a half.", "more than two hours and a half", 2.5, "", "more_than"),
    # the review's: "one" inside a spelled number is no article
    ("He served twenty-one years and a half.", "twenty-one years and a half", 21.5, "", "exact"),
    # its qualifier is read from the words before it, however far into the article it stands
    ("Crews from across the state fought the fire through the night and into the morning, and it burned for "
     "more than a day and a half.", "more than a day and a half", 1.5, "", "more_than"),
])
def test_unit_and_half_reads_one_amount(text, surface, value, unit, qualifier):
    ms = parse_numbers(text)
    assert [(m.text, m.value, m.unit, m.qualifier) for m in ms] == [(surface, value, unit, qualifier)]
    assert text[ms[0].start:ms[0].end] == surface


@pytest.mark.parametrize("text, surfaces", [
    ("He ate an apple and a half.", ["a half"]),  # an apple is no unit
    ("Profits rose 5 per cent and a half of the staff left.", ["5 per cent", "a half"]),
    ("The talks lasted two and a half hours.", ["two and a half"]),  # as before: its unit is read after it
    ("between two and three hours and a half", ["between two and three", "a half"]),  # a range is left alone
])
def test_unit_and_half_leaves_other_halves_alone(text, surfaces):
    assert [m.text for m in parse_numbers(text)] == surfaces


@pytest.mark.parametrize("surface, unit", [
    ("an hour and a half", "hour"), ("two years and a half", "years"), ("an apple and a half", ""), ("a half", ""),
])
def test_unit_and_half_unit_within(surface, unit):
    assert unit_within(surface) == unit
