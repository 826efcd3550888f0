"""A time that sizes a level, no act (extract/sized_level.py; GUIDE E1: a level with no event): the dev sentence that
shows it (lee bg_170) and invented ones, with the times it must leave alone (a sized act, a thing, a time dating an
event, a time on no noun, an age)."""
from __future__ import annotations

import pytest

from newsfigures.extract.sized_level import sized_level


@pytest.mark.parametrize("text,surface,expected", [
    ("The United States Federal Reserve has cut a key interest rate by a quarter-point to a 40-year low of 1.75 "
     "per cent.", "40", True),
    ("Shares in the airline slumped to a 10-year low on Monday.", "10", True),
    ("Gold climbed to a six-month high in London trading.", "six", True),
    # an act, a thing, a dated event, a time on no noun, an age: not a level
    ("Dock workers will begin a 24-hour strike on Monday over pay.", "24", False),
    ("Police released a 10-minute recording of the suspect's interview.", "10", False),
    ("Detectives arrested the man three weeks after the robbery.", "three", False),
    ("The probe circled the moon for six months before it crashed.", "six", False),
    ("Police charged a 19-year-old man with the murder.", "19", False),
])
def test_sized_level_a_time_that_sizes_a_level(read, text, surface, expected):
    assert sized_level(read(text, surface).num) is expected


@pytest.mark.parametrize("text,surface,event", [
    ("The central bank cut its main interest rate to a 15-year low of 3 per cent.", "15-year", "measured"),
    ("Gold climbed to a six-month high in London trading.", "six-month", "measured"),
    ("The army ended a 40-day siege of the northern city.", "40-day", "other:siege"),
    ("The federation handed the sprinter a two-year ban for doping.", "two-year", "other:ban"),
])
def test_sized_level_gives_the_event(measures, text, surface, event):
    assert measures(text)[surface].event == event
