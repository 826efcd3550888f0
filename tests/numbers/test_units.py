"""Percentages and units of measure (newsfigures.numbers.units, suffixes)."""
from __future__ import annotations

import math

import pytest

from newsfigures.numbers import number_records, parse_numbers
from newsfigures.numbers.units import measure_after, measure_of, percent_after, prefix_unit_at


def test_units_lowercase_m_after_integer_is_metres(find):
    m = find("a 100m sprint", "100m")
    assert m.kind == "measure" and m.unit == "meter" and m.value == 100


@pytest.mark.parametrize("text, surface, value, unit", [
    ("rose 40 % last year", "40 %", 40, "percent"),
    ("rose 40% last year", "40%", 40, "percent"),
    ("rose 40 percent", "40 percent", 40, "percent"),
    ("rose 40 per cent", "40 per cent", 40, "percent"),
    ("forty percent of voters", "forty percent", 40, "percent"),
    ("up 2 percentage points", "2 percentage points", 2, "percentage_point"),
    ("about 3.5% of GDP", "about 3.5%", 3.5, "percent"),
    ("just need minus five percent", "minus five percent", -5, "percent"),
])
def test_units_percentages(text, surface, value, unit, find, approx_eq):
    m = find(text, surface)
    assert m.kind == "percent" and m.unit == unit and approx_eq(m.value, value)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("a 9.0-magnitude earthquake", "9.0-magnitude", 9.0, "magnitude"),
    ("an earthquake of magnitude 9.0 struck", "magnitude 9.0", 9.0, "magnitude"),
    ("waves up to 10-meters high", "up to 10-meters", 10, "meter"),
    ("waves 10 metres high", "10 metres", 10, "meter"),
    ("travelling at 500 miles an hour", "500 miles an hour", 500, "mph"),
    ("30 km from the coast", "30 km", 30, "km"),
    ("5 kilograms of rice", "5 kilograms", 5, "kg"),
    ("the 180ml liquid", "180ml", 180, "ml"),
])
def test_units_measures_with_units(text, surface, value, unit, find, approx_eq):
    m = find(text, surface)
    assert m.kind == "measure" and m.unit == unit and approx_eq(m.value, value)


@pytest.mark.parametrize("text,surface", [("Only a small percent attain the top ranks", "percent"),
                                          ("The table shows the % of increase", "%"),
                                          ("How do I calculate a percentage?", "percentage")])
def test_units_bare_percent_words_are_valueless_mentions_never_quantities(text, surface):
    ms = parse_numbers(text)
    assert [(m.text, m.kind) for m in ms] == [(surface, "percent_word")] and math.isnan(ms[0].value)
    assert number_records(text) == []


def test_units_percent_word_inside_a_percentage_is_not_repeated():
    assert [m.kind for m in parse_numbers("It rose 40 percent and 3 percentage points.")] == ["percent", "percent"]


# ------------------------------------------------------------------------------------------ the modules' functions
def test_units_percent_after():
    assert percent_after("make up 62 percent of Mumbai's housing", len("make up 62")) == (len("make up 62 percent"),
                                                                                      "percent")
    assert percent_after("up 2 percentage points", len("up 2")) == (len("up 2 percentage points"), "percentage_point")
    assert percent_after("62 people", 2) is None


def test_units_measure_and_prefix_unit():
    text = "Cabixi, 820 km (510 miles) away"
    assert measure_of(measure_after(text, text.index(" km"))) == (text.index(" ("), "km")
    assert measure_of(measure_after("100 pounds of rice", 3)) == (len("100 pounds"), "lb")
    assert prefix_unit_at("a magnitude 7.8 earthquake", 2) == (len("a magnitude "), "magnitude")
    assert prefix_unit_at("the magnitude of it", 4) is None


@pytest.mark.parametrize("text, surface, unit", [
    ("The weather office said 380 mm of rain fell on the capital.", "380 mm", "mm"),
    ("enough to raise global sea levels by 7.4 mm over that period", "7.4 mm", "mm"),
    ("The capsule will travel at about 28,000 km per hour.", "about 28,000 km per hour", "kmh"),
    ("Winds of 150 km an hour felled trees.", "150 km an hour", "kmh"),
    # the singular a speed takes before its noun (Lee bg_019's wind gusts)
    ("The bureau had predicted 80 kilometre an hour southerly wind gusts.", "80 kilometre an hour", "kmh"),
    ("A 60 mile an hour wind tore the roof off.", "60 mile an hour", "mph"),
])
def test_units_spaced_millimetres_and_km_per_hour(text, surface, unit, find):
    """A spaced "mm" is millimetres, not a count of "mms"; "km per hour" is a speed, not a distance in km (stop-38
    article probe: disasters, science)."""
    assert find(text, surface).unit == unit


@pytest.mark.parametrize("text, surface, unit", [
    # a cubic unit is a volume and a unit per second a speed, read whole (stop 59's probe, science: a glacier's ice,
    # a capsule's entry; the Reuters archive's gas field), not a length and a "second" ordinal
    ("About 1.2 cubic kilometres of ice melted over the summer.", "About 1.2 cubic kilometres", "km3"),
    ("The well flowed 4,500,000 cubic feet of natural gas per day.", "4,500,000 cubic feet", "ft3"),
    ("The dam released 5,000 cubic metres of water.", "5,000 cubic metres", "m3"),
    ("The capsule hit the atmosphere at 12 kilometres per second.", "12 kilometres per second", "km/s"),
    ("Gusts reached 30 metres per second on the coast.", "30 metres per second", "m/s"),
    ("The probe flew past at 7.8 km/s.", "7.8 km/s", "km/s"),
])
def test_units_volumes_and_speeds_per_second(text, surface, unit, find):
    assert find(text, surface).unit == unit


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The bank cut rates by a quarter of a percentage point.", "a quarter of a percentage point", 0.25,
     "percentage_point"),
    ("Lenders raised variable rates by half a percentage point.", "half a percentage point", 0.5,
     "percentage_point"),
    ("The bank delivered a further cut of 0.25 of a per cent.", "0.25 of a per cent", 0.25, "percent"),
    ("Inflation eased by three-quarters of a per cent.", "three-quarters of a per cent", 0.75, "percent"),
    ("The Fed announced a quarter-point rise in its key rate.", "a quarter-point", 0.25, "percentage_point"),
    ("The party's lead shrank by a half-point in the poll.", "a half-point", 0.5, "percentage_point"),
    ("The central bank lifted its rate by 25 basis points.", "25 basis points", 0.25, "percentage_point"),
    ("The bank trimmed its rate by 50 basis-point steps.", "50 basis-point", 0.5, "percentage_point"),
])
def test_units_rate_moves_in_parts_of_a_point(text, surface, value, unit, find, approx_eq):
    m = find(text, surface)
    assert m.kind == "percent" and m.unit == unit and approx_eq(m.value, value)


@pytest.mark.parametrize("text, surface", [
    ("The party won a quarter of the vote.", "a quarter"),  # a plain fraction of a whole
    ("Half a million people fled.", "Half a million"),
    ("The meeting lasted half an hour.", "half"),
    ("The Dow fell 52 points in early trade.", "52"),  # index points after a whole number stay outside
    ("The runner finished 0.5 of a second behind.", "0.5"),  # a part of another unit
])
def test_units_rate_moves_near_misses(text, surface):
    assert surface in [m.text for m in parse_numbers(text)]


@pytest.mark.parametrize("text, surface, value, unit", [
    # a temperature with the scale's capital glued on, in a sentence that speaks of heat or cold
    ("Temperatures in Seville reached 46.2C on Sunday, breaking the city's record.", "46.2C", 46.2, "celsius"),
    ("The water eased about 3cm under a hot sun, with temperatures reaching 35C.", "35C", 35, "celsius"),
    ("Phoenix sweltered in a high of 118F, its hottest day on record.", "118F", 118, "fahrenheit"),
    ("Governments agreed to limit warming to 1.5C.", "1.5C", 1.5, "celsius"),
    ("Temperatures plunged to -40C in the north.", "-40C", -40, "celsius"),
])
def test_units_glued_temperature_in_a_sentence_about_heat(text, surface, value, unit, find, approx_eq):
    m = find(text, surface)
    assert m.kind == "measure" and m.unit == unit and approx_eq(m.value, value)


@pytest.mark.parametrize("text, surface", [
    ("Room 4C was flooded on Monday.", "4C"),  # a room, with no word of heat or cold in the sentence
    ("He lives on 7F of the tower.", "7F"),
    ("It was a hot day. Flat 12C was empty.", "12C"),  # the heat is another sentence's
])
def test_units_glued_capital_without_heat_is_no_temperature(text, surface):
    assert all(m.unit not in ("celsius", "fahrenheit") for m in parse_numbers(text))
