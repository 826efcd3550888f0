"""GUIDE C3's window: a count over a stated window is incremental (Lee bushfire and detention-centre items)."""
from __future__ import annotations

import pytest

from newsfigures.extract.window import counts_window, is_level_reached


@pytest.mark.parametrize("text,surface,expected", [
    ("Thirty homes have been destroyed or damaged by the blaze in two days.", "Thirty", "incremental"),
    ("More than 40 shops were looted over the past three days.", "More than 40", "incremental"),
    ("Rebels have killed 40 villagers over the past week.", "40", "incremental"),
    ("Police arrested 12 protesters during the last two nights.", "12", "incremental"),
    ("Crews will build 40 houses in three days.", "40", "total"),  # a window still to come
    ("The company employs 300 people.", "300", "total"),
    # a level a count is moved to is the running total reached, whatever window the clause states
    ("The death toll rose to 40 in the past week.", "40", "total"),
    ("The toll climbed to 40 over the past two days.", "40", "total"),
    ("The number of dead has jumped to 40 in the past 24 hours.", "40", "total"),
    ("Police say 40 people have died in the past week, bringing the toll to 120.", "40", "incremental"),
])
def test_window_count_over_a_stated_window_is_incremental(measures, text, surface, expected):
    got = {k: m.scope for k, m in measures(text).items()}
    assert surface in got, list(got)
    assert got[surface] == expected


@pytest.mark.parametrize("text,expected", [
    ("Thirty homes have been destroyed in two days.", True),
    ("Thirty homes were destroyed over the past week.", True),
    ("Thirty homes will be destroyed in two days.", False),
    ("Thirty homes were destroyed in 1994.", False),
])
def test_window_counts_window_reads_the_clause(nlp, text, expected):
    doc = nlp(text)
    num = doc[0]
    assert counts_window(num.head.head, num) is expected


@pytest.mark.parametrize("text,surface,expected", [
    ("The toll rose to 40 in the past week.", "40", True),
    ("The number of dead has jumped to 40.", "40", True),
    ("Rebels have killed 40 villagers over the past week.", "40", False),
    ("Aid was sent to 40 villages in the past week.", "40", False),
    ("The aid reached villages near 40 wells that were poisoned.", "40", False),
])
def test_window_is_level_reached_reads_the_to_of_the_verb(nlp, text, surface, expected):
    num = next(t for t in nlp(text) if t.text == surface)
    assert is_level_reached(num) is expected
