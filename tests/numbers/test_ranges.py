"""Ranges and bound pairs (newsfigures.numbers.ranges)."""
from __future__ import annotations

import pytest

from newsfigures.numbers import parse_numbers
from newsfigures.numbers.mention import make_mention
from newsfigures.numbers.ranges import merge_bounds


@pytest.mark.parametrize("text, surface, low, high, unit", [
    ("10,000-12,000 troops", "10,000-12,000", 10000, 12000, ""),
    ("10,000 to 12,000 troops", "10,000 to 12,000", 10000, 12000, ""),
    ("between 3,500 and 4,000 people", "between 3,500 and 4,000", 3500, 4000, ""),
    ("10 to 100 percent", "10 to 100 percent", 10, 100, "percent"),
    ("from 20 to 30 people", "from 20 to 30", 20, 30, ""),
    ("a range of 5k-20k", "5k-20k", 5000, 20000, ""),
    ("10-20 million people", "10-20 million", 1e7, 2e7, ""),
    ("$10 to $20 million", "$10 to $20 million", 1e7, 2e7, "USD"),
    ("1000 – 5000", "1000 – 5000", 1000, 5000, ""),
    ("stayed three or four days", "three or four", 3, 4, ""),
    ("he could serve five or six years", "five or six", 5, 6, ""),
    ("20 or 30 per cent of voters", "20 or 30 per cent", 20, 30, "percent"),
    ("$5 or $6 million", "$5 or $6 million", 5e6, 6e6, "USD"),
    # after a verb of change, one range of the change's size: the unit after the second number only, or close bounds
    ("prices will rise by 2 to 3 per cent", "2 to 3 per cent", 2, 3, "percent"),
    ("costs will rise by 2 per cent to 3 per cent next year", "2 per cent to 3 per cent", 2, 3, "percent"),
    ("shares rose 2 to 3 per cent", "2 to 3 per cent", 2, 3, "percent"),
    ("prices have risen by up to 20 to 30 per cent", "20 to 30 per cent", 20, 30, "percent"),
    ("the force will grow by 5,000 to 10,000 troops", "5,000 to 10,000", 5000, 10000, ""),
])
def test_ranges_plain_ranges(text, surface, low, high, unit, find, approx_eq):
    m = find(text, surface)
    assert m.qualifier == "range" and m.unit == unit
    assert approx_eq(m.low, low) and approx_eq(m.high, high) and approx_eq(m.value, (low + high) / 2)


@pytest.mark.parametrize("text, figures", [
    ("The toll rose from 10 to 20.", ["10", "20"]),
    ("It was a 3-2 win.", ["3", "2"]),
    ("Sales rose 5% to $13 billion.", ["5%", "$13 billion"]),
    ("Net fell 2% or $1.40 a share.", ["2%", "$1.40"]),
    ("They played in 2001 or 2002.", ["2001", "2002"]),
    ("The toll was 12, or 30 per cent of the crew.", ["12", "30 per cent"]),
    ("It reached six or five metres.", ["six", "five metres"]),
    # "or" restating a share as a count: a unit after the first number only, two quantities (F1's last sentence)
    ("Unemployment rose to 5.2 per cent or 650,000 people.", ["5.2 per cent", "650,000"]),
    ("The Dow fell 2% or 200 points.", ["2%", "200"]),
    # a score on either side of "or" is no bound of a range
    ("They won 6-4 or 6-3 in every set.", ["6", "4", "6", "3"]),
    # a ratio after "or" is a second ratio, not an upper bound
    ("One in 5 or 1 in 10 adults smoke.", ["One in 5", "1 in 10"]),
    # "by X to Y" after a verb of change, however far back: the size of the change and the level reached
    ("Acme cut its workforce by 10 per cent to 9,000.", ["10 per cent", "9,000"]),
    ("The bank raised the cash rate by 0.25 per cent to 4.5 per cent.", ["0.25 per cent", "4.5 per cent"]),
    ("The party increased its seats by 12 to 85.", ["12", "85"]),
    ("The toll rose by 20 to 1,200.", ["20", "1,200"]),
    # ... and so with a qualifier between "by" or "from" and the first number (stop 59's probe, health: "fell by about
    # 38,000 to 7.4 million"; the Reuters archive's "rose from about"): the qualifier stays the first number's
    ("The waiting list fell by about 38,000 to 7.4 million.", ["about 38,000", "7.4 million"]),
    ("The toll rose by nearly 300 to 1,200.", ["nearly 300", "1,200"]),
    ("Membership rose by some 2,000 to 45,000 people.", ["some 2,000", "45,000"]),
    ("The toll rose from about 20 to 30.", ["about 20", "30"]),
])
def test_ranges_not_ranges(text, figures):
    assert all(m.qualifier != "range" for m in parse_numbers(text))
    assert [m.text for m in parse_numbers(text)] == figures  # two figures, each on its own


@pytest.mark.parametrize("text, surface", [
    # a qualifier after the opener leaves a range a range, and a change's size a range when its unit is written once
    ("Between about 5 and 10 people were hurt.", "Between about 5 and 10"),
    ("Prices are expected to rise by about 2 to 3 per cent.", "2 to 3 per cent"),
    ("The post was attacked by about 100 to 300 fighters.", "100 to 300"),
])
def test_ranges_a_qualifier_after_the_opener_keeps_the_range(text, surface, find):
    assert find(text, surface).qualifier == "range"


@pytest.mark.parametrize("text, surface, low, high, low_open, high_open", [
    ("more than 10 and less than 20", "more than 10 and less than 20", 10, 20, True, True),
    ("at most 100 and at least 20", "at most 100 and at least 20", 20, 100, False, False),
    ("larger than twenty and less or equal than thirty five", "larger than twenty and less or equal than thirty five",
     20, 35, True, False),
])
def test_ranges_bound_pairs_become_ranges(text, surface, low, high, low_open, high_open, find):
    m = find(text, surface)
    assert (m.qualifier, m.low, m.high, m.low_open, m.high_open) == ("range", low, high, low_open, high_open)


# ------------------------------------------------------------------------------------------ the module's functions
@pytest.mark.parametrize("text, surface, low, high", [
    ("Among the four killed were police officers, and between 35 and 60 were reportedly wounded.",
     "between 35 and 60", 35, 60),
    ("Unverified reports put attendance figures between 10,000 and 15,000.", "between 10,000 and 15,000",
     10000, 15000),
    ("the show will run every 15 minutes, from 10 to 12 daily", "from 10 to 12", 10, 12),
])
def test_ranges_news_sentences(text, surface, low, high, find):
    m = find(text, surface)
    assert (m.qualifier, m.low, m.high, m.value) == ("range", low, high, (low + high) / 2)


def test_ranges_merge_bounds_joins_only_a_lower_and_an_upper_bound():
    text = "more than 10 and less than 20, at least 5"
    lower = make_mention(text, 0, 12, 10.0, "more_than", "", "cardinal", 10, 12)
    upper = make_mention(text, 17, 29, 20.0, "less_than", "", "cardinal", 27, 29)
    other = make_mention(text, 31, 41, 5.0, "at_least", "", "cardinal", 40, 41)
    merged = merge_bounds(text, [lower, upper, other])
    assert [(m.text, m.qualifier, m.low, m.high, m.low_open, m.high_open) for m in merged] == [
        ("more than 10 and less than 20", "range", 10.0, 20.0, True, True),
        ("at least 5", "at_least", 5.0, None, False, None)]
    assert merge_bounds(text, [upper, lower]) == [upper, lower]  # not adjacent in this order
