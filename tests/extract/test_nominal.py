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


@pytest.mark.parametrize("noun,verb", [
    # real nominalisations, short verbs among them
    ("payment", "pay"), ("movement", "move"), ("failure", "fail"), ("seizure", "seize"), ("closure", "close"),
    ("delivery", "deliver"), ("enforcement", "enforce"), ("service", "serve"),
    # look-alikes: a short verb that is a noun of its own spells another word
    ("total", ""), ("police", ""), ("notice", ""), ("mission", ""), ("signal", ""), ("posture", ""),
    ("formation", ""),  # the rule's cost ("form" is a noun too), but never "format" by a later ending
    # a body named after what it does
    ("government", ""), ("administration", ""), ("organization", ""), ("department", ""),
])
def test_nominal_verb_of_real_and_false_pairs(noun, verb):
    assert verb_of(noun) == verb


def test_nominal_known_nouns_come_from_the_pipeline():
    assert {"suspension", "enforcement", "arrest"} <= known_nouns()
    assert "suspend" not in known_nouns()


@pytest.mark.parametrize("verb,noun", [
    ("suspend", "suspension"), ("enforce", "enforcement"), ("elect", "election"), ("convict", "conviction"),
    ("arrest", "arrest"), ("attack", "attack"),  # a verb that is itself a noun
    ("seem", ""), ("happen", ""),  # no event noun
    ("pay", "payment"), ("serve", "service"),
    ("miss", "miss"), ("sign", "sign"), ("pass", "pass"),  # not "mission", "signal", "passion": look-alikes
])
def test_nominal_noun_of(verb, noun):
    assert noun_of(verb) == noun
