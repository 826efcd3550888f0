"""Which figure before a bare number may lend it its counted noun (extract/lent_noun.py), on real sentences."""
from __future__ import annotations

import pytest

from newsfigures.extract.lent_noun import changed_noun


@pytest.mark.parametrize("text,surface,expected", [
    # the size and the level of a change are its subject's, through "by", "to", "at" (the parser hangs 20 on 1,200)
    ("The death toll rose by 20 to 1,200, officials said.", "1,200", "toll"),
    ("The death toll rose by 20 to 1,200, officials said.", "20", "toll"),
    ("The toll from the floods stands at 64.", "64", "toll"),
    # a pronoun subject names nothing of its own sentence; a number that is a verb's subject or object is no change
    ("It rose by 20 from 68.", "20", None),
    ("Another 12 died on Monday.", "12", None),
    ("The ruling party won 112.", "112", None),
])
def test_lent_noun_changed_noun_is_the_changes_subject(read, text, surface, expected):
    found = changed_noun(read(text, surface).num)
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a count lends to a count from an earlier sentence (a batch, a part of a group counted just before)
    ("Three soldiers were killed in the ambush on Friday.\n\nAnother two died of their wounds on Saturday.", "two",
     "deaths"),
    ("Police arrested 120 protesters in the capital on Saturday.\n\nOf those, 45 were later charged.", "45", "people"),
    # a sum or a share lends nothing to a later count; a toll's own clause and a scoreline refuse a count's noun
    ("Sales rose by 5 per cent to $3 billion last year.\n\nThe death toll rose by 20 to 1,200, officials said.", "20",
     "deaths"),
    ("Oil exports fell 12 per cent in May.\n\nAt least 30 were killed when a market was shelled on Sunday.",
     "At least 30", "deaths"),
    ("The fire destroyed 300 homes in the valley.\n\nThe death toll rose by 2 to 14.", "2", "deaths"),
])
def test_lent_noun_loans_across_sentences(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected
