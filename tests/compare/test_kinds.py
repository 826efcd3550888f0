"""Nouns of one kind by WordNet 3.0 (compare/kinds.py, data/noun_kinds.txt, scripts/build_noun_kinds.py)."""
from __future__ import annotations

import pytest

from newsfigures.compare.kinds import lemmas, one_kind, persons_above

from conftest import script_module, wordnet_or_skip


@pytest.mark.parametrize("x, y, kin", [
    ("blazes", "fires", True),  # a blaze is a fire (the flame)
    ("fire", "blaze", True),
    ("employees", "workers", True),
    ("shops", "stores", True),  # one sense
    ("houses", "buildings", True),
    ("fires", "fires", False),  # the same word is no synonym
    ("buildings", "cars", False),
    ("asylum seekers", "detainees", False),  # a phrase is not a WordNet noun here
    ("detainees", "refugees", False),  # two kinds of person side by side, neither above the other
])
def test_kinds_one_kind(x, y, kin):
    assert one_kind(x, y) is kin


@pytest.mark.parametrize("x, y, above", [
    ("people", "militants", True),
    ("soldiers", "people", True),
    ("individuals", "civilians", True),
    ("people", "persons", False),  # two generic words: one group, said elsewhere
    ("people", "buildings", False),
    ("militants", "soldiers", False),
])
def test_kinds_persons_above(x, y, above):
    assert persons_above(x, y) is above


def test_kinds_lemmas_of_a_plural():
    assert "casualty" in lemmas("casualties") and "blaze" in lemmas("blazes")


def test_kinds_data_file_is_what_the_build_script_writes():
    wordnet_or_skip()
    assert script_module("build_noun_kinds").main(["--check"]) == 0


@pytest.mark.parametrize("word", ["victims", "bodies", "residents"])
def test_kinds_a_casualty_word_is_no_word_for_a_person_as_such(word):
    # "victims" and "bodies" are generic counts of a casualty, "residents" a kind of person: none stands above
    # "militants" the way "people" does
    assert not persons_above(word, "militants")
