"""Names of parties (compare.parties): whose a quantity is, read from the names a subject gives."""
from __future__ import annotations

import pytest

from newsfigures.compare.parties import other_places, party, same_party


@pytest.mark.parametrize("subject, named", [
    ("North Korean troops", "north korean"),  # the seeds: the noun says what is counted, not whose
    ("Glenn McGrath and Shane Warne", "glenn mcgrath and shane warne"),  # cricket_aus_sa_2001 bg_118
    ("the home side", ""),  # a description names no party (cricket bg_132)
    ("children", "children"),  # a part of a population is one (gaza_war)
    ("Swiss tour company staff", "swiss"),  # interlaken_canyoning_trial bg_168: a nationality names its party
])
def test_parties_a_subject_names_its_party(subject, named):
    assert party(subject) == named


@pytest.mark.parametrize("a, b, same", [
    ("North Korea", "North Korean troops", True),  # a country and its people
    ("Warne", "Shane Warne", True),  # one name within the other (cricket)
    ("Palestinian militants", "Palestinians", True),  # israel_palestinian_2001 bg_014 / bg_277
    ("NBA players", "National Basketball Association players", True),  # wn2004_036: an acronym
    ("Niger", "Nigerians", False),  # WordNet gives the Nigerians to Nigeria
    ("Glenn McGrath and Shane Warne", "Shane Warne", False),  # two bowlers' wickets are neither one's
    ("Australia", "Austria", False),
])
def test_parties_two_subjects_of_one_party(a, b, same):
    assert same_party(party(a), party(b)) is same


@pytest.mark.parametrize("a, b", [
    ("Sudan", "South Sudan"),  # younger than WordNet 3.0: a compass word before a place's name
    ("Korea", "North Korea"),  # a peninsula and a country
    ("South Korea", "North Korea"),
    ("Australia", "South Australia"),  # a country and its state
    ("Australia", "Western Australia"),
    ("Wales", "New South Wales"),  # two modifiers before the name
    ("Guinea", "Papua New Guinea"),
    ("Guinea", "Equatorial Guinea"),  # both WordNet's places, no place of both names
    ("Mexico", "New Mexico"),
    ("Virginia", "West Virginia"),
    ("Ireland", "Northern Ireland"),
    ("Timor", "East Timor"),
    ("Zealand", "New Zealand"),
    ("York", "New York"),  # "York" is no WordNet place, "New York" is
    ("Republic of the Congo", "Democratic Republic of the Congo"),
])
def test_parties_a_place_within_another_place_s_name_is_another_party(a, b):
    assert same_party(party(a), party(b)) is False
    assert other_places(party(a), party(b))


@pytest.mark.parametrize("a, b", [
    ("North Korean troops", "Korean soldiers"),  # the seeds: a people's name is no place's
    ("Warne", "Shane Warne"),  # a person's names keep containment
    ("Gaza", "Gaza Strip"),  # one place's two names
    ("New York", "New York City"),
    ("Congo", "Democratic Republic of the Congo"),  # WordNet names the DRC "Congo" too
    ("the North", "North Korea"),  # a modifier names no place alone (the seeds: "the North" sent troops)
    ("residents of northern Gaza", "Gaza residents"),  # a lower-case direction is a part of its place
    ("Southern Lebanon", "Lebanon"),  # an adjective of direction names a part, capitalised or not
    ("Central Gaza", "Gaza"),
])
def test_parties_one_party_by_a_name_within_the_other(a, b):
    assert same_party(party(a), party(b))
    assert not other_places(party(a), party(b))
