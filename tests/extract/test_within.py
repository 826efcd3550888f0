"""A place and the region or country it lies in are one place to the scene's whole-article condition
(extract/within.py, extract/data/place_within.txt written by scripts/build_place_within.py; extract/scene.py)."""
from __future__ import annotations

import pytest

from conftest import script_module, wordnet_or_skip

from newsfigures.extract import extract_figures
from newsfigures.extract.within import lies_within
from newsfigures.model import Article

PUBLISHED = "2025-09-02"


@pytest.mark.parametrize("name,region,expected", [
    ("Beira", "Mozambique", True),
    ("Los Angeles", "California", True),
    ("Providence", "Rhode Island", True),
    ("Houston", "US", True),  # a country's other name, through the named places' table
    ("Seville", "Spain", True),
    ("Texas", "Houston", False),  # around, not within
    ("Mombasa", "Tanzania", False),  # a neighbouring country
    ("Kenya", "Kenya", False),  # the same place
    ("Gunmen", "Kenya", False),  # no place at all
])
def test_within_lies_within(name, region, expected):
    assert lies_within(name, region) is expected


def _places(nlp, text: str) -> dict[str, str]:
    """The measure's place of each figure of an invented article whose first line is its title."""
    art = Article(id="t", text=text, raw_text=text, title=text.split("\n", 1)[0], published=PUBLISHED,
                  source_file="t.txt")
    return {f.text: f.measure.place for f in extract_figures(art, nlp)}


@pytest.mark.parametrize("text,surface,expected", [
    # the title's country and a town within it: one place (the probe's disasters_2)
    ("Floods leave thousands homeless in Kenya\nHeavy rain flooded villages near Mombasa on Monday, officials said. "
     "About 3,000 people have been displaced. Aid agencies appealed for $2 million.", "About 3,000", "Kenya"),
    # the lede's city and the state around it (wn2004_032's "in Providence, Rhode Island")
    ("Warehouse fire forces evacuation\nA fire destroyed a warehouse in Houston, Texas, on Sunday, fire officials "
     "said. Some 40 workers were evacuated.", "Some 40", "Houston"),
    # a neighbouring country is another place: no scene
    ("Floods leave thousands homeless in Kenya\nHeavy rain flooded villages near Mombasa on Monday, officials said. "
     "In neighbouring Tanzania, rivers burst their banks. About 3,000 people have been displaced.", "About 3,000", ""),
    # a company's accounts take no scene, at any scale
    ("Carmaker opens plant in Spain\nThe company opened a plant near Valencia on Monday. Its revenue rose 4 per "
     "cent last year.", "4 per cent", ""),
])
def test_within_scene(nlp, text, surface, expected):
    assert _places(nlp, text)[surface] == expected


def test_within_data_file_is_what_the_build_script_writes():
    wordnet_or_skip()
    build = script_module("build_place_within")
    assert build.main(["--check"]) == 0
