"""Dimensions of figures and conversion to base units through pint."""
from __future__ import annotations

import pytest

from newsfigures.extract.dimension import dimension_of, to_base, unit_dimension


@pytest.mark.parametrize("kind,unit,counted_lemma,expected", [
    ("cardinal", "", "people", "count"),
    ("money", "USD", "", "currency:USD"),
    ("money", "pence", "", "currency:GBP"),
    ("percent", "percent", "", "percent"),
    ("percent", "percentage_point", "", "percentage_point"),
    ("fraction", "", "dead", "fraction"),
    ("multiplier", "", "", "ratio"),
    ("measure", "magnitude", "", "magnitude"),
    ("measure", "km", "", "length"),
    ("measure", "mph", "", "speed"),
    ("measure", "km2", "", "area"),
    ("measure", "barrel", "", "volume"),
    ("measure", "lb", "", "mass"),
    ("measure", "celsius", "", "temperature"),
    ("cardinal", "hour", "time", "duration"),  # "nine hours after the first earthquake"
    ("cardinal", "", "point", "points"),  # "fell by 52 points"
])
def test_dimension_of_kind_and_unit(kind, unit, counted_lemma, expected):
    assert dimension_of(kind, unit, counted_lemma) == expected


def test_dimension_unit_unknown_is_empty():
    assert unit_dimension("furlongs-ish") == ""


def test_dimension_to_base_makes_miles_and_km_comparable():
    miles, unit_a = to_base(5, "mile")
    km, unit_b = to_base(8, "km")
    assert unit_a == unit_b == "meter"
    assert miles == pytest.approx(8046.72)
    assert abs(miles - km) / km < 0.01  # "5 miles" and "8 km" are the same distance, give or take


@pytest.mark.parametrize("value,unit,expected,base", [
    (212, "fahrenheit", 373.15, "kelvin"),  # offset units convert as temperatures, not differences
    (100, "celsius", 373.15, "kelvin"),
    (2, "decade", 20 * 31557600.0, "second"),
    (1, "hectare", 10_000, "meter ** 2"),
    (60, "mph", 26.8224, "meter / second"),
    (1, "ton", 1000, "kilogram"),
])
def test_dimension_to_base_units(value, unit, expected, base):
    got, got_base = to_base(value, unit)
    assert got == pytest.approx(expected)
    assert got_base == base


def test_dimension_to_base_of_a_non_unit_is_none():
    assert to_base(7.8, "magnitude") is None
    assert to_base(5, "USD") is None
