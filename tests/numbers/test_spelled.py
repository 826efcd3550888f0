"""Spelled-out numbers (newsfigures.numbers.spelled, spelled_grammar)."""
from __future__ import annotations

import pytest

from newsfigures.numbers import parse_numbers
from newsfigures.numbers.spelled import element_run, read_run
from newsfigures.numbers.tokens import TokenStream


@pytest.mark.parametrize("text, surface, value", [
    ("two thousand soldiers", "two thousand", 2000),
    ("twenty-five people", "twenty-five", 25),
    ("one hundred and five houses", "one hundred and five", 105),
    ("a dozen eggs", "a dozen", 12),
    ("half a million people", "half a million", 5e5),
    ("a hundred villages", "a hundred", 100),
    ("a couple of days", "a couple", 2),
    ("Twenty-six people died", "Twenty-six", 26),
    ("one hundred and twenty three", "one hundred and twenty three", 123),
    ("two hundred and two thousand", "two hundred and two thousand", 202000),
    ("three hundred and two dozens", "three hundred and two dozens", 324),
    ("4 thousand 3 hundred and 21 items", "4 thousand 3 hundred and 21", 4321),
    ("two hundred point zero three", "two hundred point zero three", 200.03),
    ("ninety-five hundred", "ninety-five hundred", 9500),
    ("The answer is minus five", "minus five", -5),
])
def test_spelled_number_words(text, surface, value, find, approx_eq):
    m = find(text, surface)
    assert approx_eq(m.value, value)
    assert m.kind == "cardinal"


def test_spelled_ordinal_after_a_is_not_a_fraction():
    ms = parse_numbers("a third group of 6,000 troops")
    assert [(m.text, m.kind) for m in ms] == [("third", "ordinal"), ("6,000", "cardinal")]


def test_spelled_seed_third_group():
    ms = parse_numbers("a third group of 6,000 troops")
    assert [(m.text, m.kind, m.qualifier) for m in ms] == [("third", "ordinal", "exact"), ("6,000", "cardinal", "exact")]


# ------------------------------------------------------------------------------------------ the modules' functions
def _run(text: str, word: str):
    ts = TokenStream(text)
    return ts, element_run(ts, ts.tok_at(text.index(word)), len(text) + 1)


def test_spelled_element_run_stops_at_the_first_other_word():
    ts, els = _run("Among the four killed were one hundred and twenty three officers", "one")
    assert [el.kind for el in els] == ["unit", "hundred", "and", "tens", "unit"]
    assert ts.text[els[0].start:els[-1].end] == "one hundred and twenty three"



@pytest.mark.parametrize("text, word, value, kind, surface", [
    ("Twenty-six people died", "Twenty", 26, "cardinal", "Twenty-six"),
    ("the twenty-first century", "twenty", 21, "ordinal", "twenty-first"),
    ("two-thirds of voters backed it", "two", 2 / 3, "fraction", "two-thirds"),
    ("half a million people fled", "half", 5e5, "cardinal", "half a million"),
    ("one and a half million people", "one", 1.5e6, "cardinal", "one and a half million"),
    ("the other half", "half", None, None, None),
    # an ordinal against a hyphen makes "half" a part of a year or a match, as "the first half" (a Reuters item
    # outside the gold: "reported first-half 1986/87 net"; stop 42's wire probe business_2)
    ("first-half profit fell 38 per cent", "half", None, None, None),
    ("its second-half sales rose", "half", None, None, None),
    ("one-half of the votes", "one", 0.5, "fraction", "one-half"),
    # stop 63 (a survey of outside figures): quarters after an ordinal or "past", "last" ... are parts of a year,
    # and so is a half after an ordinal in digits ("1st half", the results tables of wire items)
    ("a loss in the first two quarters of the year", "two", None, None, None),
    ("sales rose over the past three quarters", "three", None, None, None),
    ("Net profit 1st half 12.4 mln", "half", None, None, None),
    ("three quarters of the budget", "three", 0.75, "fraction", "three quarters"),
    ("the other three quarters of voters", "three", 0.75, "fraction", "three quarters"),
    # ... and so are quarters after "first" or "past" whose "of" names another whole than a year (the review's)
    ("The first three quarters of the budget went to salaries", "three", 0.75, "fraction", "three quarters"),
    ("over the past three quarters of a century", "three", 0.75, "fraction", "three quarters"),
    ("a loss in the first two quarters of 1987", "two", None, None, None),
])
def test_spelled_read_run(text, word, value, kind, surface):
    ts, els = _run(text, word)
    c = read_run(ts, els)
    if value is None:
        assert c is None
    else:
        assert (c.value, c.kind, text[c.start:c.end]) == (pytest.approx(value), kind, surface)


@pytest.mark.parametrize("text, surface, value", [
    ("She won by more than two seconds.", "more than two", 2),
    ("three seconds later the roof fell", "three", 3),
    ("three twenty-seconds", "three twenty-seconds", 3 / 22),
])
def test_spelled_seconds_alone_is_no_denominator(text, surface, value, find, approx_eq):
    """ "two seconds" is a time, not the fraction 2/2; in a compound "seconds" is still a denominator."""
    m = find(text, surface)
    assert approx_eq(m.value, value)
