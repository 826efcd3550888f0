"""numbers.compared_units: the bare number on the other side of a comparison takes the unit its first side wrote
(sentences of the commodity, company-results and economic items outside the gold, several stories each)."""
from __future__ import annotations

import pytest

from newsfigures.numbers import parse_numbers


def read(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.unit) for m in parse_numbers(text) if m.kind not in ("year", "date")]


@pytest.mark.parametrize("text, expected", [
    # money: a currency written after or before the first number (company results, reserves, trade)
    ("Net profit rose to 412 mln guilders from 402 mln in 1985.", [("412 mln guilders", "money", "NLG"),
                                                                  ("402 mln", "money", "NLG")]),
    ("Consolidated net profit 67 mln Swiss francs vs 42 mln.", [("67 mln Swiss francs", "money", "CHF"),
                                                               ("42 mln", "money", "CHF")]),
    ("Reserves fell to 8.43 billion rupees in February from 8.96 billion in January.",
     [("8.43 billion rupees", "money", "INR"), ("8.96 billion", "money", "INR")]),
    ("Sales were $2.02 billion, compared with 1.85 billion a year earlier.", [("$2.02 billion", "money", "USD"),
                                                                             ("1.85 billion", "money", "USD")]),
    ("The requirement will rise to 100,000 yen from 60,000, effective March 2.", [("100,000 yen", "money", "JPY"),
                                                                                ("60,000", "money", "JPY")]),
    # measures: a time phrase of the first side is looked past (grain, tin, oilseed trade)
    ("Thailand exported 18,367 tonnes in 1986, up from 17,359 in 1985.", [("18,367 tonnes", "measure", "ton"),
                                                                          ("17,359", "measure", "ton")]),
    ("Portugal bought 37,599 tonnes compared with zero.", [("37,599 tonnes", "measure", "ton"),
                                                           ("zero", "measure", "ton")]),
    ("The crop is estimated at 88.21 mln tonnes, vs 88.28 mln last month.", [("estimated at 88.21 mln tonnes", "measure", "ton"),
                                                                              ("88.28 mln", "measure", "ton")]),
    # a per cent compared as a level (jobless rate, a tax rate)
    ("The rate eased to 9.0 pct from 9.1, reflecting a rise.", [("9.0 pct", "percent", "percent"),
                                                                ("9.1", "percent", "percent")]),
    ("The government raised its franchise tax to three pct from two.", [("three pct", "percent", "percent"),
                                                                       ("two", "percent", "percent")]),
    # the end of a "from A to B" move, whose start wrote the unit (a speed limit, Lee bg_009; rates, sums)
    ("Police have reduced the speed limit from 110 kilometres an hour to 80.",
     [("110 kilometres an hour", "measure", "kmh"), ("80", "measure", "kmh")]),
    ("The rate fell from 5.5 pct in January to 5.25.", [("5.5 pct", "percent", "percent"),
                                                        ("5.25", "percent", "percent")]),
    ("Sales fell from $10 million to 8 million.", [("$10 million", "money", "USD"), ("8 million", "money", "USD")]),
    # the level a move of a measure or sum reached, after its size (oil stocks, grain output, bank deposits)
    ("Refinery crude oil stocks rose 6.3 mln barrels to 335.8 mln.", [("6.3 mln barrels", "measure", "barrel"),
                                                                      ("335.8 mln", "measure", "barrel")]),
    ("World grain output was expected to fall 38 mln tonnes to 1,353 mln in 1987.",
     [("38 mln tonnes", "measure", "ton"), ("1,353 mln", "measure", "ton")]),
    ("Other deposits on call fell 1.60 billion francs to 1.04 billion.", [("1.60 billion francs", "money", "CHF"),
                                                                          ("1.04 billion", "money", "CHF")]),
    # stop 56: "after" opens the level before it (insurance results, a budget deficit, re-exports, a jobless rate)
    ("Claim payouts fell to 9.9 mln guilders after 66.6 mln the previous year.",
     [("9.9 mln guilders", "money", "NLG"), ("66.6 mln", "money", "NLG")]),
    ("The deficit rose to 160.7 billion francs after 56.9 billion in 1985.",
     [("160.7 billion francs", "money", "CHF"), ("56.9 billion", "money", "CHF")]),
    ("Re-exports were 22,262 tonnes after 25,062 a year earlier.", [("22,262 tonnes", "measure", "ton"),
                                                                    ("25,062", "measure", "ton")]),
    ("Unemployment fell to 5.2 pct in March after 5.4 in February.", [("5.2 pct", "percent", "percent"),
                                                                      ("5.4", "percent", "percent")]),
])
def test_compared_units_the_other_side_takes_the_unit(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun after the number is what it counts
    ("Sales rose 5 percent from 42 stores.", [("5 percent", "percent", "percent"), ("42", "cardinal", "")]),
    ("The fire was 5 km from 3 villages.", [("5 km", "measure", "km"), ("3", "cardinal", "")]),
    ("They raised $5 million from 3,000 donors.", [("$5 million", "money", "USD"), ("3,000", "cardinal", "")]),
    # the first side's scale and none on the second: 42 of what scale is not said
    ("Profit rose to 67 mln francs from 42 last year.", [("67 mln francs", "money", "CHF"), ("42", "cardinal", "")]),
    # the size of a move: its "from" opens the level moved from, no per cent
    ("Imports averaged 3.92 mln bpd, up 27.1 pct from 3.08 mln, it said.",
     [("3.92 mln", "cardinal", ""), ("27.1 pct", "percent", "percent"), ("3.08 mln", "cardinal", "")]),
    ("Sales rose 12 pct from 42 in 1985.", [("12 pct", "percent", "percent"), ("42", "cardinal", "")]),
    # the end of a move: a noun after it, or the start's scale and none on the end
    ("The rate rose from 5 percent to 7 million people.", [("5 percent", "percent", "percent"),
                                                           ("7 million", "cardinal", "")]),
    ("Sales fell from $10 million to 8.", [("$10 million", "money", "USD"), ("8", "cardinal", "")]),
    ("The toll rose from 100 people to 250.", [("100", "cardinal", ""), ("250", "cardinal", "")]),
    # the level after a per cent's move is no per cent; a noun after "to" is what it counts
    ("Sales rose 5 pct to 45.1 mln.", [("5 pct", "percent", "percent"), ("45.1 mln", "cardinal", "")]),
    ("The company shipped 300 tonnes to 45 villages.", [("300 tonnes", "measure", "ton"), ("45", "cardinal", "")]),
    # no comparison word between the two
    ("It paid $5 million as 400 workers left.", [("$5 million", "money", "USD"), ("400", "cardinal", "")]),
    # "after" a time: no level before it (lee bg_057)
    ("He expects the reconstruction to cost billions of dollars after 23 years of war.",
     [("billions of dollars", "money", "USD"), ("23", "cardinal", "")]),
    ("Output rose to 5,000 tonnes after 3 months of strikes.", [("5,000 tonnes", "measure", "ton"),
                                                                ("3", "cardinal", "")]),
])
def test_compared_units_left_where_the_second_is_no_other_side(text, expected):
    assert read(text) == expected
