"""The dollar countries' places (newsfigures/extract/data/country_places.txt, written by
scripts/build_country_places.py from WordNet) and how an article's places are counted."""
from __future__ import annotations

import pytest

from newsfigures.extract.dimension import places_named

from conftest import script_module, wordnet_or_skip


@pytest.mark.parametrize("text,counted", [
    ("Flights to Sydney, Brisbane and Canberra.", {"Australia": 3}),
    ("The New South Wales town near Toronto.", {"Australia": 1, "Canada": 1}),  # the run's longest name, once
    ("Flights leave Sydney's airport for Auckland.", {"New Zealand": 1}),  # "Sydney's" is no name of the table
    ("Gary Chapman flew to Boston.", {"United States": 1}),  # a given name before a surname is no place
    ("Melbourne and Darwin and Georgia.", {}),  # a place in two countries, a naturalist's name, a country's name
    ("The Canadian team won.", {}),  # a people's adjective is no Canadian River
    # abbreviations and everyday words are no places (review, stop 20): Western Australia, a photo ID, a phone
    ("Roads in WA are crowded, and Perth drivers are angry.", {"Australia": 1}),
    ("Voters need photo ID. Mobile phone calls cost more. CT scans are free, and that is OK, she said.", {}),
    ("Northwest winds fanned the fire near Sydney.", {"Australia": 1}),
    # a place holding a country's name is counted by that name (review, stop 20)
    ("Mines in Western Australia and South Australia, and the Canadian Shield.", {}),
])
def test_country_places_counted_in_text(text, counted):
    assert dict(places_named(text)) == counted


def test_country_places_data_file_is_what_the_build_script_writes():
    wordnet_or_skip()
    build = script_module("build_country_places")
    assert build.main(["--check"]) == 0
    assert set(build.country_places(build.wordnet_dir()).values()) == {"United States", "Australia", "Canada",
                                                                      "New Zealand"}
