"""A time that sizes a thing or a level, no act (extract/sized_thing.py; GUIDE E1 as settled during the relabel: "a
40-minute tape" is measured): the dev sentences that show it (lee bg_170, bg_174: two stories) and invented ones, with
the acts it must leave to E2 (a sized act noun, a verb's own noun, a group's undertaking) and the times it must not
read (a time dating an event, an age, a time on no noun)."""
from __future__ import annotations

import pytest

from newsfigures.extract.sized_thing import sized_thing


@pytest.mark.parametrize("text,surface,expected", [
    ("The United States Federal Reserve has cut a key interest rate by a quarter-point to a 40-year low of 1.75 "
     "per cent.", "40", True),
    ("To celebrate, all six radio networks will broadcast a five-minute simulcast at 11:55am this morning.", "five",
     True),
    ("Police released a 10-minute recording of the suspect's interview.", "10", True),
    ("Shares in the airline slumped to a 10-year low on Monday.", "10", True),
    # an act's noun (first sense, a verb's own noun) or a group's undertaking is left to E2
    ("Dock workers will begin a 24-hour strike on Monday over pay.", "24", False),
    ("The judge imposed a 12-month ban on the driver.", "12", False),
    ("The dictator was toppled after his 17-year rule.", "17", False),
    ("The crew returned to port after a six-month mission in the Antarctic.", "six", False),
    # a time dating an event, a time on no noun, an age
    ("Detectives arrested the man three weeks after the robbery.", "three", False),
    ("The probe circled the moon for six months before it crashed.", "six", False),
    ("Police charged a 19-year-old man with the murder.", "19", False),
])
def test_sized_thing_a_time_that_sizes_a_thing(read, text, surface, expected):
    assert sized_thing(read(text, surface).num) is expected


@pytest.mark.parametrize("text,surface,event", [
    ("The central bank cut its main interest rate to a 15-year low of 3 per cent.", "15", "measured"),
    ("The broadcaster will screen a 60-minute documentary on the champion tonight.", "60", "measured"),
    ("The army ended a 40-day siege of the northern city.", "40", "other:siege"),
    ("The federation handed the sprinter a two-year ban for doping.", "two", "other:ban"),
])
def test_sized_thing_gives_the_event(measures, text, surface, event):
    assert measures(text)[surface].event == event
