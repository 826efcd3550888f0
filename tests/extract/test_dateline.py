"""dateline.py: a wire dateline is an article's scene only when its opening ties the news to the city by kind ("the
city", "the capital") and to no other unnamed ground (stop 37, second round; docs/findings/place.md)."""
from __future__ import annotations

import pytest

from newsfigures.extract.dateline import dateline_at, ties_to_city


@pytest.mark.parametrize("text,expected", [
    ("KABUL (Reuters) - A suicide bomber killed 14 people.", "Kabul"),
    ("LAGOS, June 3 (AP) - Gunmen kidnapped 25 students.", "Lagos"),
    ("NAIROBI, Kenya (AP) - Police fired tear gas.", "Nairobi"),
    ("A suicide bomber killed 14 people in Kabul.", ""),
])
def test_dateline_at_reads_ingest_dateline(text, expected):
    assert dateline_at(text, 0) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A suicide bomber killed 14 people at a wedding party in the east of the city on Friday.", True),
    ("Gunmen kidnapped 25 students from a school on the city's outskirts on Monday.", True),
    ("Security forces detained 120 protesters in the capital on Sunday.", True),
    ("A cholera outbreak has killed 63 people in the city since January.", True),
    # no tie to the city: the dateline may be the bureau's, not the news's
    ("Shelling killed 35 civilians on Sunday, a doctors' union said.", False),
    ("The carmaker said on Thursday it would cut 3,000 jobs by 2027.", False),
    # another unnamed ground beside the city
    ("A bomb killed five people in a village near the capital on Friday.", False),
    # an anaphor with a word of its own names another city
    ("U.S. air strikes killed 30 militants near the Yemeni capital on Sunday.", False),
    ("Fighting killed 12 people on the outskirts of the capital of Yemen.", False),
])
def test_dateline_ties_to_city(nlp, sentence, expected):
    assert ties_to_city(nlp(sentence)[:]) is expected


@pytest.mark.parametrize("text,surface,expected", [
    ("ATHENS (Reuters) - A wildfire on the city's northern fringes destroyed 80 homes on Tuesday, the fire service "
     "said.", "80", "Athens"),
    # the opening ties nothing to the city: a bureau's dateline gives no place
    ("FRANKFURT (Reuters) - The carmaker said on Thursday it would cut 3,000 jobs by 2027.", "3,000", ""),
    ("MANILA (Reuters) - A ferry capsized off a central island on Monday, killing 21 passengers, the coast guard "
     "said.", "21", ""),
    # the article names another place: no one place for the whole article
    ("KYIV (Reuters) - Drones struck apartment blocks in the city overnight, killing four people. In the Kharkiv "
     "region, a further 11 people were wounded.", "four", ""),
])
def test_dateline_scene_of_article(measures, text, surface, expected):
    assert measures(text)[surface].place == expected
