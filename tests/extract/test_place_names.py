"""WordNet's named places (newsfigures/extract/data/place_names.txt, written by scripts/build_place_names.py), read by
word_senses.place_senses."""
from __future__ import annotations

import pytest

from newsfigures.extract.word_senses import place_senses

from conftest import script_module, wordnet_or_skip


def test_place_names_data_file_is_what_the_build_script_writes():
    wordnet_or_skip()
    assert script_module("build_place_names").main(["--check"]) == 0


@pytest.mark.parametrize("a, b, one", [
    ("Gaza", "gaza strip", True),  # one place's two names, any case
    ("New York", "New York City", True),  # the city is one of "New York"'s places
    ("Australia", "South Australia", False),
    ("Korea", "North Korea", False),  # a peninsula and a country
    ("republic congo", "democratic republic congo", False),  # by their capitalised words, as parties compares
])
def test_place_names_two_names_of_one_place(a, b, one):
    assert place_senses(a) and place_senses(b)
    assert bool(place_senses(a) & place_senses(b)) is one


@pytest.mark.parametrize("name", ["South Sudan", "Korean", "Warne", "northern gaza"])
def test_place_names_a_name_of_no_wordnet_place(name):
    assert place_senses(name) == frozenset()
