"""Which verb carries a count (extract/carried.py; GUIDE revision 2, E1 and E2), on sentences in the style of the dev
items that show each reading (bg_297, shuttle_endeavour_2001 bg_125; mideast_dec_2001 bg_227, george_harrison_2001
bg_257, democrats_leadership_2002 cor_032)."""
from __future__ import annotations

import pytest

from newsfigures.extract.carried import action_verb, subject_act


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
    ("When dozens of soldiers approached the checkpoint, they came under fire.", "dozens", "approach"),
    ("Thousands of mourners stood silently outside the cathedral today.", "Thousands", "stand"),
    ("At least four Liberal MPs are considering crossing the floor.", "At least four", "consider"),
    ("The death toll stands at 45, police said.", "45", None),  # the level it states
    ("The number of displaced has reached 20,000.", "20,000", None),  # the figure is no subject
])
def test_carried_subject_act(read, text, surface, expected):
    r = read(text, surface)
    noun = r.num.head if r.num.head.pos_ == "NOUN" else None
    verb = subject_act(r.num, noun)
    assert (verb.lemma_ if verb is not None else None) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # E1: a verb of action carries the definite count, so it is that verb's, not `measured`
    ("The move comes as the two unions argue over pay and conditions.", "two", "other:argue"),
    ("The two nations have a long common border.", "two", "measured"),
    ("The two nations have signed a border treaty.", "two", "other:sign"),
    # a level or frame verb whose subject is the counted persons is what they did
    ("When dozens of soldiers approached the checkpoint, they came under fire.", "dozens", "other:approach"),
    ("Thousands of mourners stood silently outside the cathedral today.", "Thousands", "other:stand"),
    ("At least four Liberal MPs are considering crossing the floor.", "At least four", "other:consider"),
    # a measurement on the subject's noun is that thing's size, not the act's (review27)
    ("A 7-metre wave hit the coast before dawn.", "7-metre", "measured"),
    ("The 20-tonne truck hit the bridge on Monday.", "20-tonne", "measured"),
])
def test_carried_event_of_the_verb_that_carries_the_count(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
