"""A figure in an act noun's source, agent or range phrase takes the word the text uses (extract/act_phrase.py;
GUIDE revision 2, E2: the verb that governs the figure, else the noun's own lemma, never a paraphrase), on sentences
in the style of the dev items that show it (valech_report wn2004_045, wn2004_037)."""
from __future__ import annotations

import pytest

from newsfigures.extract.act_phrase import act_owner, act_word


@pytest.mark.parametrize("text,surface,expected", [
    # the verb whose object the act noun is
    ("The panel heard testimony from 1,200 former detainees.", "1,200", "hear"),
    # a light verb's participle that hands the act noun over
    ("The findings rest on testimonies given to the panel by some 12,000 people.", "some 12,000", "give"),
    # no verb takes the act noun: the noun's own lemma, not the verb it is derived from ("attend")
    ("Reports of the rally put attendance figures between 5,000 and 8,000.", "between 5,000 and 8,000", "attendance"),
    # no act noun holds the figure
    ("Police arrested 40 people after the march.", "40", ""),
])
def test_act_phrase_act_word(read, text, surface, expected):
    assert act_word(read(text, surface).num) == expected


def test_act_phrase_act_owner_is_none_for_a_thing(read):
    assert act_owner(read("The budget was set at $8 million by the board.", "$8 million").num) is None


@pytest.mark.parametrize("text,surface,expected", [
    ("The panel heard testimony from 1,200 former detainees.", "1,200", "other:hear"),
    ("Reports of the rally put attendance figures between 5,000 and 8,000.", "between 5,000 and 8,000",
     "other:attendance"),
])
def test_act_phrase_gives_the_event(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
