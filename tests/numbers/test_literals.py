"""Digit literals and what is glued to them (newsfigures.numbers.literals)."""
from __future__ import annotations

import math

import pytest
from newsfigures.numbers.literals import LITERAL_RE, literal_value, suffixed_literal


@pytest.mark.parametrize("text, surface, value", [
    ("They counted 2,000 bodies.", "2,000", 2000),
    ("About 1 500 people fled.", "About 1 500", 1500),
    ("A 40\u202f000-strong force", "40\u202f000", 40000),
    ("Growth was 2.5 this year", "2.5", 2.5),
    ("a ratio of 0.5 overall", "0.5", 0.5),
    ("The temperature fell to -3 overnight", "-3", -3),
    ("an increase of 1,5 overall", "1,5", 1.5),
    ("a population of 1,234,567", "1,234,567", 1234567),
    ("the rate was .25 at the end", ".25", 0.25),
    ("costs 1.111,11 here", "1.111,11", 1111.11),
    ("12,34,567.89 rupees", "12,34,567.89 rupees", 1234567.89),
])
def test_literals_digits_with_separators(text, surface, value, find, approx_eq):
    m = find(text, surface)
    assert approx_eq(m.value, value)


@pytest.mark.parametrize("text, expected", [
    ("1 50 people", [1, 50]),  # a space groups thousands only before three digits
    ("423 0000 items", [423, 0]),
    ("Exercises 22,24,26,31.", [22, 24, 26, 31]),
    ("1, 234, 567", [1, 234, 567]),
])
def test_literals_digit_groups_split_when_not_thousands(text, expected, quantities):
    assert [m.value for m in quantities(text)] == expected


@pytest.mark.parametrize("text, surface, value, unit", [
    ("2 million people", "2 million", 2e6, ""),
    ("3 billion", "3 billion", 3e9, ""),
    ("a 1 trillion plan", "1 trillion", 1e12, ""),
    ("5 thousand", "5 thousand", 5000, ""),
    ("a 3bn deal", "3bn", 3e9, ""),
    ("a 4mn budget", "4mn", 4e6, ""),
    ("a 10k run", "10k", 1e4, ""),
    ("1B users", "1B", 1e9, ""),
    ("39K fans", "39K", 39000, ""),
    ("US$11 billion in aid", "US$11 billion", 11e9, "USD"),
    ("350 milliondollars", "350 milliondollars", 350e6, "USD"),
    ("a $2.5m fine", "$2.5m", 2.5e6, "USD"),
    ("Rs 500 crore", "Rs 500 crore", 5e9, "INR"),
    ("13 lakh people", "13 lakh", 1.3e6, ""),
    ("1.2 million refugees", "1.2 million", 1.2e6, ""),
    ("either 10 bln or not", "10 bln", 1e10, ""),
    ("I can give you 10M.", "10M", 1e7, ""),
    ("the total is three lakh crore", "three lakh crore", 3e12, ""),
])
def test_literals_scale_words_and_shorthands(text, surface, value, unit, find, approx_eq):
    m = find(text, surface)
    assert approx_eq(m.value, value)
    assert m.unit == unit


# ------------------------------------------------------------------------------------------ the module's functions
@pytest.mark.parametrize("literal, value, is_int", [
    ("1,234,567.89", 1234567.89, False),
    ("1.111,11", 1111.11, False),
    ("1.234.567", 1234567, True),
    ("12,34,567", 1234567, True),
    ("40\u202f000", 40000, True),
    ("-3", -3, True),
    ("2e6", 2e6, True),
    ("10^3", 1000, True),
    ("1e999", math.inf, False),
])
def test_literals_literal_value(literal, value, is_int):
    m = LITERAL_RE.match(literal)
    assert m is not None and m.group() == literal
    assert literal_value(m) == (value, is_int)


@pytest.mark.parametrize("text, kind, value, surface", [
    ("3/4 of the budget", "fraction", 0.75, "3/4"),
    ("24/7 coverage", "name", 24, "24/7"),
    ("2½ hours", "fraction", 2.5, "2½"),
    ("rose 1-1/2 pct", "fraction", 1.5, "1-1/2"),  # the typewriter's mixed number, hyphened (stop 63)
    ("bills at 9-7/8 pct", "fraction", 9.875, "9-7/8"),
    ("the 6-1/2-year-old war", "fraction", 6.5, "6-1/2"),
    ("rule 4-1/10 applies", None, None, None),  # tenths are no typeset fraction: a label's parts
    ("the 3rd battalion", "ordinal", 3, "3rd"),
    ("a 3-fold rise", "multiplier", 3, "3-fold"),
    ("a 3bn deal", "cardinal", 3e9, "3bn"),
    ("a 100m sprint", None, None, None),
    ("300 homes", None, None, None),
])
def test_literals_suffixed_literal(text, kind, value, surface):
    start = next(i for i, ch in enumerate(text) if ch.isdigit())
    m = LITERAL_RE.match(text, start)
    number, is_int = literal_value(m)
    c = suffixed_literal(text, m, number, is_int, money=False)
    if kind is None:
        assert c is None
    else:
        assert (c.kind, c.value, text[c.start:c.end]) == (kind, value, surface)


def test_literals_glued_m_is_million_only_for_money_or_decimals():
    for text, money, value in [("$2m", True, 2e6), ("1.5m", False, 1.5e6)]:
        start = next(i for i, ch in enumerate(text) if ch.isdigit())
        m = LITERAL_RE.match(text, start)
        number, is_int = literal_value(m)
        assert suffixed_literal(text, m, number, is_int, money=money).value == value
