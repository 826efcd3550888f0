"""The act or event a figure gives the size of, written on that act's noun (extract/sized_act.py; GUIDE E2: the
word of the text that says what happened), on the dev sentences that show it (cor_006, cor_028, bg_170, bg_204:
four stories) and invented sentences of other domains, with the readings it must leave to the verb."""
from __future__ import annotations

import pytest

from newsfigures.extract.sized_act import sized_act

TIMES = ("more than seven", "10", "six", "12")  # the rows' figures that are times


@pytest.mark.parametrize("text,surface,counts,expected", [
    ("The papers, filed in a $US3000 billion lawsuit in the US, allege the deal was made.", "$US3000 billion",
     False, "lawsuit"),
    ("Rebels want the ban lifted before resuming talks after a hiatus of more than seven years.",
     "more than seven", False, "hiatus"),
    ("The US economy slid into a recession in March, ending an unprecedented 10-year expansion period.", "10",
     False, "expansion"),
    ("Their survey of 33 detainees over nine months found all but one displayed symptoms of distress.", "33",
     True, "survey"),
    ("The dockers went back to work on Monday after a strike of six weeks.", "six", False, "strike"),
    ("The judge threw out a $2 million lawsuit against the chemical company.", "$2 million", False, ""),
    ("Farmers were named in a $2 million lawsuit against the chemical company.", "$2 million", False, "lawsuit"),
    # a thing sized, or a noun whose first sense is no act, leaves the figure to its verb
    ("The shuttle touched down in Florida after a 12 day mission.", "12", False, ""),
    ("A three-judge panel found the two men guilty.", "three", True, ""),
    ("The council bought a $5 million building in the city centre.", "$5 million", False, ""),
    # an act a verb takes as its object is the verb's (E2, as a penalty received), but for a time, the act's length
    ("The two airlines signed a $23 billion deal with the manufacturer.", "$23 billion", False, ""),
    ("The council approved a $10 million project to rebuild the wharf.", "$10 million", False, ""),
    # a bare count on an act noun counts acts (E1, E2 leave it to the verb)
    ("Militants launched two attacks on the town overnight.", "two", True, ""),
])
def test_sized_act_the_act_a_figure_sizes(read, text, surface, counts, expected):
    assert sized_act(read(text, surface).num, counts, timed=surface in TIMES) == expected


@pytest.mark.parametrize("text,surface,event", [
    ("The papers, filed in a $US3000 billion lawsuit in the US, allege the deal was made.", "$US3000 billion",
     "other:lawsuit"),
    ("The US economy slid into a recession in March, ending an unprecedented 10-year expansion period.", "10-year",
     "other:expansion"),
    ("The dockers went back to work on Monday after a strike of six weeks.", "six weeks", "other:strike"),
    # a class the verb gives stays ("won"), and a count of acts keeps its verb
    ("The farmers won a $2 million lawsuit against the chemical company.", "$2 million", "won"),
    ("Militants launched two attacks on the town overnight.", "two", "other:launch"),
    ("The two airlines signed a $23 billion deal with the manufacturer.", "$23 billion", "other:sign"),
])
def test_sized_act_gives_the_event(measures, text, surface, event):
    assert measures(text)[surface].event == event


@pytest.mark.parametrize("text,surface,expected", [
    # review36: a sized act whose verb has a closed class takes the class (E2's word, E1's class)
    ("Protesters marched over the killing of 30 demonstrators.", "30", "killed"),
    ("The army ended a siege of 40 days.", "40 days", "other:siege"),
])
def test_sized_act_review36_a_closed_class_act(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
