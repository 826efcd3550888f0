"""The singular lemma a counted noun falls back to (extract.singular) and the data file it reads."""
from __future__ import annotations

import pytest

from newsfigures.extract.singular import singular

from conftest import script_module, wordnet_or_skip


@pytest.mark.parametrize("key, expected", [
    ("referenda", "referendum"), ("criteria", "criterion"), ("crises", "crisis"), ("midwives", "midwife"),
    ("phenomena", "phenomenon"),
    # a regular singular, and plurals WordNet names as nouns of their own, stay as they are
    ("store", "store"), ("referendum", "referendum"), ("data", "data"), ("people", "people"), ("arms", "arms"),
])
def test_singular_of_irregular_plurals(key, expected):
    assert singular(key) == expected


def test_singular_data_file_is_what_the_build_script_writes():
    wordnet_or_skip()
    build = script_module("build_noun_singulars")
    assert build.main(["--check"]) == 0
    table = build.singulars([("referenda", ["referendum"]), ("data", ["datum"]), ("sheep", ["sheep"]),
                             ("leaves", ["leaf", "leave"]), ("fig.", ["fig"])], frozenset({"data"}))
    assert table == {"referenda": "referendum"}
