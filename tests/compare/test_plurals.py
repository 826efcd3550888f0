"""The word a metric key names its thing by (compare.plurals) and the data file it reads."""
from __future__ import annotations

import pytest

from newsfigures.compare.plurals import key_word, names_a_thing, plural

from conftest import script_module, wordnet_or_skip


@pytest.mark.parametrize("lemma, expected", [
    ("midwife", "midwives"), ("referendum", "referenda"), ("child", "children"), ("crisis", "crises"),
    ("gunman", "gunmen"), ("woman", "women"), ("human", "humans"), ("store", "stores"), ("shanty", "shanties"),
    ("bus", "bus"), ("box", "boxes"), ("commando", "commandos"),
    # invariants: a group, a kind of craft, a nationality in -ese, a plural the lemmatizer left as it was
    ("police", "police"), ("staff", "staff"), ("aircraft", "aircraft"), ("timorese", "timorese"),
    ("referenda", "referenda"), ("cheese", "cheeses"),
    # a quantity concept is no thing counted
    ("money", "money"), ("time", "time"), ("aid", "aid"), ("growth", "growth"),
])
def test_plurals_english_plural(lemma, expected):
    assert plural(lemma) == expected


@pytest.mark.parametrize("lemma, kind, expected", [
    ("pipeline", "money", "pipeline"), ("reconstruction", "money", "reconstruction"),
    ("emission", "percent", "emission"), ("economy", "percent", "economy"), ("height", "measure", "height"),
    ("voter", "percent", "voters"), ("earning", "percent", "earnings"), ("sale", "money", "sales"), ("worker", "fraction", "workers"), ("midwife", "cardinal", "midwives"),
])
def test_plurals_key_word_counts_things_and_names_what_a_sum_is_of(lemma, kind, expected):
    assert key_word(lemma, kind) == expected


@pytest.mark.parametrize("lemma, named", [
    ("they", False), ("them", False), ("60", False), ("6b", False), ("yesterday", False), ("morning", False),
    ("sunday", False), ("december", False), ("director", True), ("day", True),
    ("march", True),  # a month's name, and a thing counted: "12 marches were held"
    ("f-16", True), ("covid-19", True), ("a380", True),  # a name with digits is no digit string
])
def test_plurals_a_key_names_no_pronoun_digit_string_or_time(lemma, named):
    assert names_a_thing(lemma) is named


def test_plurals_data_file_is_what_the_build_script_writes():
    wordnet_or_skip()
    build = script_module("build_noun_plurals")
    assert build.main(["--check"]) == 0
    table = build.plurals([("busses", ["bus"]), ("camerae", ["camera"]), ("soli", ["solo"]), ("wives", ["wife"]),
                           ("gas", ["gas"]), ("fig.", ["fig"])])
    assert table == {"wife": "wives"}
