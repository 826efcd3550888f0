"""The dollar countries' places (newsfigures/extract/data/country_places.txt, written by
scripts/build_country_places.py from WordNet) and how an article's places are counted."""
from __future__ import annotations

import pytest

from newsfigures.extract.dimension import places_named

from conftest import script_module, wordnet_or_skip


@pytest.mark.parametrize("text,counted", [
    ("Flights to Sydney, Brisbane and Canberra.", {"Australia": 3}),
    ("The New South Wales town near Toronto.", {"Australia": 1, "Canada": 1}),  # the run's longest name, once
    # a possessive names its place (review, stop 21: "Sydney's" was read as no name of the table), straight or curly
    ("Flights leave Sydney's airport for Auckland.", {"Australia": 1, "New Zealand": 1}),
    ("Brisbane's hospitals and Adelaide’s schools will share $40 million.", {"Australia": 2}),
    ("Toronto's mayor said Regina's council and Winnipeg's would pay $3 million.", {"Canada": 3}),
    ("Lloyd Austin's aides and Mr O'Brien of Canberra said so.", {"Australia": 1}),
    ("Gary Chapman flew to Boston.", {"United States": 1}),  # a given name before a surname is no place
    ("Melbourne and Darwin and Georgia.", {}),  # a place in two countries, a naturalist's name, a country's name
    ("The Canadian team won.", {}),  # a people's adjective is no Canadian River
    # abbreviations and everyday words are no places (review, stop 20): Western Australia, a photo ID, a phone
    ("Roads in WA are crowded, and Perth drivers are angry.", {"Australia": 1}),
    ("Voters need photo ID. Mobile phone calls cost more. CT scans are free, and that is OK, she said.", {}),
    ("Northwest winds fanned the fire near Sydney.", {"Australia": 1}),
    # a place holding a country's name is counted by that name (review, stop 20)
    ("Mines in Western Australia and South Australia, and the Canadian Shield.", {}),
    # a place word ending a person's name is no place (review, stop 21): a given name or a title before it
    ("Defence Secretary Lloyd Austin said the US would send $2 billion.", {}),
    ("Mr Austin met Princess Charlotte and Sir Denver Lang in Perth.", {"Australia": 1}),
    ("Opposition Leader Mark Dayton said the $40 million plan would fail.", {}),
    # a function word or a direction before it leaves it a place
    ("In Central Queensland and Western Sydney, floods cost $1 billion.", {"Australia": 2}),
    ("At Regina, farmers lost crops. But Dallas had rain.", {"Canada": 1, "United States": 1}),
])
def test_country_places_counted_in_text(text, counted):
    assert dict(places_named(text)) == counted


def test_country_places_data_file_is_what_the_build_script_writes():
    wordnet_or_skip()
    build = script_module("build_country_places")
    assert build.main(["--check"]) == 0
    assert set(build.country_places(build.wordnet_dir()).values()) == {"United States", "Australia", "Canada",
                                                                      "New Zealand"}
