"""Names of parties (compare.parties): whose a quantity is, read from the names a subject gives."""
from __future__ import annotations

import pytest

from newsfigures.compare.parties import party, same_party


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
