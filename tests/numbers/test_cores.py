"""The numeric core at a token: multipliers, fractions, ratios (newsfigures.numbers.cores)."""
from __future__ import annotations

import pytest
from newsfigures.numbers.cores import core
from newsfigures.numbers.tokens import TokenStream


@pytest.mark.parametrize("text, surface, value", [
    ("a tenfold increase", "tenfold", 10),
    ("grew threefold", "threefold", 3),
    ("a two-fold rise", "two-fold", 2),
    ("a 3-fold rise", "3-fold", 3),
    # an exchange ratio, hyphen-bound, is one multiple N/M (share splits and bonus issues; Reuters train_0687)
    ("adjusted for a three-for-two stock split in May 1986.", "three-for-two", 1.5),
    ("stockholders approved a two-for-one stock split.", "two-for-one", 2),
    ("Apple announced a 4-for-1 stock split.", "4-for-1", 4),
    ("declared a one-for-10 reverse stock split", "one-for-10", 0.1),
    ("make a two-for-five bonus issue", "two-for-five", 0.4),
    ("Per share amounts adjusted to reflect 10-for-one", "10-for-one", 10),
])
def test_cores_multipliers(text, surface, value, find, approx_eq):
    m = find(text, surface)
    assert m.kind == "multiplier" and approx_eq(m.value, value)


@pytest.mark.parametrize("text, surfaces", [
    ("They traded tit-for-tat sanctions.", []),
    ("a free-for-all with 3 teams", ["3"]),
    ("The team won 3-1 on Sunday.", ["3", "1"]),
])
def test_cores_exchange_ratio_needs_two_hyphen_bound_numbers(text, surfaces, quantities):
    assert [m.text for m in quantities(text)] == surfaces


@pytest.mark.parametrize("text, surface, value", [
    ("a third of the dead were civilians", "a third", 1 / 3),
    ("two-thirds of voters", "two-thirds", 2 / 3),
    ("three-fourths of the area", "three-fourths", 0.75),
    ("one in every five adults", "one in every five", 0.2),
    ("1/3 of the budget", "1/3", 1 / 3),
    ("half of the houses", "half", 0.5),
    ("one out of three", "one out of three", 1 / 3),
    ("one and a half", "one and a half", 1.5),
    ("2 1/4 cups", "2 1/4", 2.25),
    ("the result is ¾", "¾", 0.75),
    ("one hundred and three quarters", "one hundred and three quarters", 100.75),
    ("twenty-three fifths", "twenty-three fifths", 4.6),
])
def test_cores_fractions_and_ratios(text, surface, value, find, approx_eq):
    m = find(text, surface)
    assert m.kind == "fraction"
    assert approx_eq(m.value, value)


# ------------------------------------------------------------------------------------------ the module's function
@pytest.mark.parametrize("text, at, kind, value, surface", [
    ("one in every five adults smoke", "one", "fraction", 0.2, "one in every five"),
    ("9 out of 10 doctors agree", "9", "fraction", 0.9, "9 out of 10"),
    ("The answer is minus five", "minus", "cardinal", -5, "minus five"),
    ("a couple of days later", "a", "cardinal", 2, "a couple"),
    ("a tenfold increase", "tenfold", "multiplier", 10, "tenfold"),
    ("the Airbus A320 landed", "320", "name", 320, "320"),
    ("20 in 2024 were hurt", "20", "cardinal", 20, "20"),  # a year after "in" is no denominator
])
def test_cores_core(text, at, kind, value, surface):
    ts = TokenStream(text)
    c = core(ts, ts.tok_at(text.index(at)), len(text) + 1)
    assert (c.kind, c.value, text[c.start:c.end]) == (kind, pytest.approx(value), surface)


def test_cores_core_respects_the_limit():
    text = "4 thousand 3 hundred"
    ts = TokenStream(text)
    assert core(ts, 0, len(text) + 1).value == 4300
    assert core(ts, 0, text.index("3")).value == 4000
