"""setting_count: a count of places or occasions in a phrase of setting is `measured` (GUIDE E1), the verb's own
arguments, acts, times, persons and sources stay as read."""
from __future__ import annotations

import pytest

from newsfigures.extract.setting_count import setting_event, setting_noun


@pytest.mark.parametrize("text,surface,noun", [
    ("Soldiers shot dead three men in two border towns on Friday.", "two", "towns"),
    ("The show will air on all four national networks tonight.", "four", "networks"),
    ("Engineers from 14 countries will build the telescope.", "14", "countries"),
    ("In 200 cases, the claims were paid within a month.", "200", "cases"),
])
def test_setting_count_reads_setting_noun(read, text, surface, noun):
    assert setting_noun(read(text, surface).num).text == noun


@pytest.mark.parametrize("text,surface", [
    ("Rebels seized four villages near the border.", "four"),  # the verb's object
    ("Two men were wounded in three separate shootings.", "three"),  # an act (E2)
    ("The firm collected fees from 300 clients.", "300"),  # "from" on a verb: a source
    ("The deal was signed in three days.", "three"),  # a time (E3)
    ("Aid reached families in 40 villages that the floods cut off.", "40"),  # a clause tells of them (E4)
    ("Symptoms were found in 12 patients.", "12"),  # persons: in whom it happened, no setting
])
def test_setting_count_leaves_other_counts(read, text, surface):
    assert setting_noun(read(text, surface).num) is None


@pytest.mark.parametrize("text,surface,event,expected", [
    ("Soldiers shot dead three men in two border towns on Friday.", "two", "other:shoot", "measured"),
    ("The carmaker sells its vehicles in 40 countries.", "40", "sold", "measured"),  # a place: no class befalls it
    ("Federer beat the champion in four sets.", "four", "won", "won"),  # no place: the class stands
    ("Rebels seized four villages near the border.", "four", "other:seize", "other:seize"),
])
def test_setting_count_event(read, text, surface, event, expected):
    assert setting_event(read(text, surface).num, "cardinal", event) == expected
