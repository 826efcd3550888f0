"""Qualifiers and vague counts (newsfigures.numbers.qualifiers)."""
from __future__ import annotations

import pytest

from newsfigures.numbers import interval
from newsfigures.numbers.qualifiers import qualifier_before, vague_count
from newsfigures.numbers.tokens import TokenStream


@pytest.mark.parametrize("text, surface, low, high, value", [
    ("dozens of people", "dozens", 24, 199, 69),
    ("hundreds were hurt", "hundreds", 200, 1999, 630),
    ("thousands fled", "thousands", 2000, 19999, 6300),
    ("tens of thousands marched", "tens of thousands", 20000, 199999, 63000),
    ("hundreds of thousands marched", "hundreds of thousands", 200000, 1999999, 630000),
    ("millions watched", "millions", 2e6, 19999999, 6.3e6),
    ("several hundred homes", "several hundred", 300, 999, 550),
    ("several dozen homes", "several dozen", 36, 119, 65),
    ("a few thousand troops", "a few thousand", 2000, 5000, 3200),
    ("a few hundred troops", "a few hundred", 200, 500, 320),
    ("scores of homes", "scores", 40, 199, 89),
    ("tens of homes", "tens", 20, 199, 63),
])
def test_qualifiers_vague_counts(text, surface, low, high, value, find):
    """Each word's range follows the one rule (at least two of its unit, below two of the next larger word; several
    three to nine); its value is the range's centre on a log scale."""
    m = find(text, surface)
    assert (m.qualifier, m.low, m.high, m.value) == ("vague", low, high, value)


@pytest.mark.parametrize("word, next_word", [("dozens", "hundreds"), ("hundreds", "thousands"),
                                             ("thousands", "tens of thousands"),
                                             ("tens of thousands", "hundreds of thousands")])
def test_qualifiers_vague_counts_meet_the_next_larger_word(word, next_word, find):
    """A plural word's range ends right where the next larger word's begins (hundreds from 200, so dozens up to
    199): no count between two words is left out, and the larger word's range reaches further."""
    a, b = find(f"{word} of people", word), find(f"{next_word} of people", next_word)
    assert b.low <= a.high + 1 and a.high < b.high


@pytest.mark.parametrize("phrase, qualifier", [
    ("about", "approx"), ("around", "approx"), ("some", "approx"), ("roughly", "approx"),
    ("approximately", "approx"), ("an estimated", "approx"), ("estimated", "approx"), ("circa", "approx"),
    ("approx.", "approx"),
    ("at least", "at_least"), ("no fewer than", "at_least"), ("no less than", "at_least"),
    ("more than", "more_than"), ("over", "more_than"), ("above", "more_than"), ("exceeding", "more_than"),
    ("passing", "more_than"), ("surpassing", "more_than"), ("upwards of", "more_than"),
    ("in excess of", "more_than"), ("passes", "more_than"), ("passed", "more_than"), ("tops", "more_than"),
    ("topped", "more_than"), ("exceeds", "more_than"), ("exceeded", "more_than"),
    ("up to", "at_most"), ("as many as", "at_most"), ("no more than", "at_most"), ("at most", "at_most"),
    ("a maximum of", "at_most"),
    ("fewer than", "less_than"), ("under", "less_than"), ("below", "less_than"), ("less than", "less_than"),
    ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"), ("just under", "nearly"),
    ("approaching", "nearly"), ("just short of", "nearly"), ("nearing", "nearly"), ("nears", "nearly"),
    ("neared", "nearly"), ("approach", "nearly"), ("approaches", "nearly"), ("approached", "nearly"),
])
def test_qualifiers_prefix_phrases(phrase, qualifier, find):
    text = f"The toll {phrase} 80,000 people."
    m = find(text, f"{phrase} 80,000")
    assert m.qualifier == qualifier
    assert text[m.number_start:m.number_end] == "80,000"
    assert (m.low, m.high) == interval(80000, qualifier)


@pytest.mark.parametrize("text, surface, qualifier", [
    ("500 or more people", "500 or more", "at_least"),
    ("about five hundred or more", "five hundred or more", "at_least"),
    ("200 or fewer", "200 or fewer", "at_most"),
    ("less than 5000 or equal", "less than 5000 or equal", "at_most"),
    ("500+ people", "500+", "at_least"),
    ("x>10", ">10", "more_than"),
    (">= 30", ">= 30", "at_least"),
])
def test_qualifiers_suffix_and_symbol_qualifiers(text, surface, qualifier, find):
    assert find(text, surface).qualifier == qualifier


def test_qualifiers_at_least_is_closed_more_than_is_strict(find):
    a = find("at least 13,000", "at least 13,000")
    b = find("more than 13,000", "more than 13,000")
    assert (a.low_open, b.low_open) == (False, True)


def test_qualifiers_top_10_is_not_a_bound(find):
    assert find("the top 10 list", "10").qualifier == "exact"


def test_qualifiers_seed_about_2000(find):
    m = find("About 2,000 North Korean soldiers have died", "About 2,000")
    assert (m.qualifier, m.value, m.kind) == ("approx", 2000, "cardinal")


def test_qualifiers_seed_about_600(find):
    m = find("up from earlier estimates of about 600", "about 600")
    assert (m.qualifier, m.value) == ("approx", 600)


def test_qualifiers_seed_at_least(find):
    m = find("at least 13,000 soldiers", "at least 13,000")
    assert (m.qualifier, m.value, m.low, m.high) == ("at_least", 13000, 13000, None)


# ------------------------------------------------------------------------------------------ the module's functions
@pytest.mark.parametrize("text, number, expected", [
    ("At least 59,000 people are killed in Turkey and Syria", "59", ("at_least", False, 0)),
    ("donated over $1.2 million to the Red Cross", "$", ("more_than", True, len("donated "))),
    ("it passed just under the orbit at 22,300 miles", "22", None),
    ("the toll reached well over 300", "300", ("more_than", True, len("the toll reached "))),
])
def test_qualifiers_qualifier_before(text, number, expected):
    assert qualifier_before(TokenStream(text), text.index(number), 0) == expected


def test_qualifiers_qualifier_before_stops_at_the_previous_mention():
    text = "more than 10 and 20"
    assert qualifier_before(TokenStream(text), text.index("20"), text.index(" and")) is None


@pytest.mark.parametrize("text, word, surface, low, high, unit, value", [
    ("consuming over 300 million stars over hundreds of thousands of years", "hundreds", "hundreds of thousands",
     200000, 1999999, "", 630000),
    ("tens of thousands of dollars were raised", "tens", "tens of thousands of dollars", 20000, 199999, "USD", 63000),
    ("several hundred homes", "several", "several hundred", 300, 999, "", 550),
    # a unit of two number words, and the currency right after the unit (review 29)
    ("several hundred million dollars had been promised", "several", "several hundred million dollars", 3e8,
     999_999_999, "USD", 5.5e8),
    ("a few hundred million people", "a", "a few hundred million", 2e8, 5e8, "", 3.2e8),
    ("several million dollars were promised", "several", "several million dollars", 3e6, 9_999_999, "USD", 5.5e6),
])
def test_qualifiers_vague_count(text, word, surface, low, high, unit, value):
    ts = TokenStream(text)
    m = vague_count(ts, ts.tok_at(text.index(word)))
    assert (m.text, m.low, m.high, m.unit, m.value) == (surface, low, high, unit, value)


def test_qualifiers_vague_count_needs_a_vague_word():
    ts = TokenStream("several people")
    assert vague_count(ts, 0) is None


@pytest.mark.parametrize("text,surface,qualifier", [
    ("A dozen villages were cut off by the landslide.", "A dozen", "approx"),
    ("The tsunami hit the coasts of a dozen Asian and African nations.", "a dozen", "approx"),
    ("Police arrested more than a dozen people.", "more than a dozen", "more_than"),  # a stated bound wins
    ("The farm sold two dozen eggs.", "two dozen", "exact"),
])
def test_qualifiers_a_dozen_is_approx(text, surface, qualifier, find):
    assert find(text, surface).qualifier == qualifier


@pytest.mark.parametrize("text, surface, qualifier", [
    ("The rebels handed over 42 captured soldiers at a checkpoint.", "42", "exact"),
    ("Police turned over 200 documents to the inquiry.", "200", "exact"),
    ("The firm took over 3 smaller rivals last year.", "3", "exact"),
    ("The brigade said it had taken over 3 villages near the front.", "3", "exact"),
    ("The flight took over two hours.", "over two", "more_than"),
    ("Over 40 people died in the blast.", "Over 40", "more_than"),
    ("The toll rose to over 41,000.", "over 41,000", "more_than"),
    ("They handed just over 40 rifles to the police.", "just over 40", "more_than"),
])
def test_qualifiers_phrasal_particle_over(text, surface, qualifier, find):
    """ "over" that completes a phrasal verb (hand over, turn over, take over) is not a bound of the number after
    it; "took over" a duration, a bare "over" and "just over" still are (stop-38 article probe: conflict, business)."""
    assert find(text, surface).qualifier == qualifier
