"""Which verb carries a count (extract/carried.py; GUIDE revision 2, E1), on sentences in the style of the dev items
that show it (bg_297's coalition merger, shuttle_endeavour_2001 bg_125)."""
from __future__ import annotations

import pytest

from newsfigures.extract.carried import action_verb


@pytest.mark.parametrize("text,surface,expected", [
    ("The move comes as the two unions argue over pay and conditions.", "two", "argue"),  # subject
    ("The minister says merging the three councils would save money.", "three", "merge"),  # object
    ("Aid workers reached the village after the two earthquakes.", "two", None),  # a preposition's object
    ("The two nations have a long common border.", "two", None),  # have: a verb of state (E1)
    ("Relief flights resumed following the M 6.4 quake in the region.", "6.4", None),  # a participle as preposition
])
def test_carried_action_verb(read, text, surface, expected):
    verb = action_verb(read(text, surface).num)
    assert (verb.lemma_ if verb is not None else None) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # E1: a verb of action carries the definite count, so it is that verb's, not `measured`
    ("The move comes as the two unions argue over pay and conditions.", "two", "other:argue"),
    ("The two nations have a long common border.", "two", "measured"),
    ("The two nations have signed a border treaty.", "two", "other:sign"),
])
def test_carried_event_of_the_verb_that_carries_the_count(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
