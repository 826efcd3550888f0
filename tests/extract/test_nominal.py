"""Which verb an event noun stands for."""
from __future__ import annotations

import pytest

from newsfigures.extract.nominal import known_nouns, known_verbs, noun_of, verb_of


def test_nominal_known_verbs_come_from_the_pipeline():
    verbs = known_verbs()
    assert {"suspend", "indict", "differ", "serve"} <= verbs
    assert "memo" not in verbs


@pytest.mark.parametrize("noun,same_word,verb", [
    ("suspension", False, "suspend"), ("indictment", False, "indict"), ("difference", False, "differ"),
    ("service", False, "serve"), ("attendance", False, "attend"), ("donation", False, "donate"),
    ("election", False, "elect"), ("arrival", False, "arrive"),
    ("visit", False, ""), ("visit", True, "visit"),  # a noun that is itself a verb, only when asked
    ("memo", True, ""), ("nation", False, ""), ("station", False, ""),  # no verb: "sta" is too short a stem
])
def test_nominal_verb_of(noun, same_word, verb):
    assert verb_of(noun, same_word) == verb


def test_nominal_known_nouns_come_from_the_pipeline():
    assert {"suspension", "enforcement", "arrest"} <= known_nouns()
    assert "suspend" not in known_nouns()


@pytest.mark.parametrize("verb,noun", [
    ("suspend", "suspension"), ("enforce", "enforcement"), ("elect", "election"), ("convict", "conviction"),
    ("arrest", "arrest"), ("attack", "attack"),  # a verb that is itself a noun
    ("seem", ""), ("happen", ""),  # no event noun
])
def test_nominal_noun_of(verb, noun):
    assert noun_of(verb) == noun
