"""One mention at a token (newsfigures.numbers.assemble)."""
from __future__ import annotations

import pytest

from newsfigures.numbers.assemble import can_start, mention_at
from newsfigures.numbers.tokens import TokenStream


@pytest.mark.parametrize("text, at, surface, qualifier, unit, kind", [
    ("collecting more than $8 million from 100,000 people", "$", "more than $8 million", "more_than", "USD", "money"),
    ("collecting more than $8 million from 100,000 people", "100", "100,000", "exact", "", "cardinal"),
    ("which make up 62 percent of Mumbai's housing", "62", "62 percent", "exact", "percent", "percent"),
    ("as a magnitude 7.8 earthquake strikes", "magnitude", "magnitude 7.8", "exact", "magnitude", "measure"),
    ("a rise of percent of 20 points", "percent", "percent of 20", "exact", "percent", "percent"),
    ("hundreds of thousands of years", "hundreds", "hundreds of thousands", "vague", "", "cardinal"),
    ("Linux revenue will exceed $35 billion by 2008.", "2008", "2008", "exact", "", "year"),
])
def test_assemble_mention_at(text, at, surface, qualifier, unit, kind):
    ts = TokenStream(text)
    m = mention_at(ts, ts.tok_at(text.index(at)), 0, len(text) + 1)
    assert (m.text, m.qualifier, m.unit, m.kind) == (surface, qualifier, unit, kind)


@pytest.mark.parametrize("text, at", [
    ("no one knew", "one"),  # a pronoun
    ("the 3D printer", "3"),  # a label
    ("the more the merrier", "more"),  # no number after the qualifier
])
def test_assemble_mention_at_none(text, at):
    ts = TokenStream(text)
    assert mention_at(ts, ts.tok_at(text.index(at)), 0, len(text) + 1) is None


def test_assemble_can_start():
    ts = TokenStream("About $5, two thirds, the ½ and dozens, but not the police.")
    starts = [ts.toks[i].text for i in range(ts.n) if can_start(ts, i)]
    assert starts == ["$", "5", "two", "thirds", "½", "dozens", "."]  # a point may open ".25"


@pytest.mark.parametrize("text, surface, unit", [
    ("the lawyers had offered R$200,000 (US$71,658.9) to police officers", "R$200,000", "BRL"),  # wn2004_009
    ("tickets cost Mex$50 at the gate", "Mex$50", "MXN"),
    ("a fine of NT$3 million", "NT$3 million", "TWD"),
    ("the state paid RM 30 million", "RM 30 million", "MYR"),
])
def test_assemble_compound_symbol_opening_with_letters_opens_a_mention(text, surface, unit):
    """A symbol whose letters are a word token of their own ("R" of "R$") opens the mention, so the figure is in
    that currency, not the US dollar its "$" alone would say."""
    ts = TokenStream(text)
    i = ts.tok_at(text.index(surface))
    assert can_start(ts, i)
    m = mention_at(ts, i, 0, len(text) + 1)
    assert (m.text, m.unit) == (surface, unit)
