"""The place a figure's locative gives without naming it (extract/implied_place.py), on real-looking sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # a nationality on a ground noun names its country (wn2004_026, wn2004_048)
    ("The submarine was tracked by helicopter as it wandered in Japanese waters for two hours.", "two", "Japan"),
    ("After the US closed its airspace, more than 200 flights were diverted to Canadian airports.", "more than 200",
     "Canada"),
    # a people, or a people's act, is no ground
    ("An international study has found thousands of Australians are involved in the industry.", "thousands", ""),
    ("The ministry said 30 buildings were destroyed in Israeli strikes overnight.", "30", ""),
])
def test_implied_place_national_ground(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # "in the country": the one country named just before (myanmar_earthquake 2025-04-02_1)
    ("The Myanmar government declares a ceasefire to facilitate relief efforts following the 7.7 magnitude earthquake "
     "in the country several days ago.", "7.7 magnitude", "Myanmar"),
    # two countries named: no one place
    ("Officials from Chile and Peru met on Monday. They said 40 people died in the country last year.", "40", ""),
])
def test_implied_place_anaphor(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # "the Territory": the one name ending in "Territory" just before, even inside a body's name (bg_030)
    ("The Northern Territory Aids Council says it is not surprised. A report says 21 percent of HIV infections in the "
     "Territory were from male to female sex.", "21 percent", "Northern Territory"),
])
def test_implied_place_named_kind(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a lower-case kind noun bare after "the": the one name the sentences before wrote with it (stop 38's article
    # probe: conflict, politics)
    ("Shelling hit the northern town of Sarvan on Monday. Officials said 45 shops were damaged across the town's "
     "main bazaar.", "45", "Sarvan"),
    ("Voters in the Mexican state of Sonora elected a new governor on Sunday. Turnout in the state was 61 per cent, "
     "the electoral institute said.", "61 per cent", "Sonora"),
    ("Heavy rain flooded Kasai province on Friday. Aid groups said 3,000 families had lost their homes in the "
     "province.", "3,000", "Kasai"),
    # two names written with the kind noun, or none: no one place
    ("Storms hit the town of Linden and the town of Alder on Friday. Officials said 30 roofs were torn off in the "
     "town.", "30", ""),
    ("Police in Lyon and Paris arrested two men on Tuesday. They said 12 cars were set alight in the city "
     "overnight.", "12", ""),
])
def test_implied_place_kind_anaphor(measures, text, surface, expected):
    assert measures(text)[surface].place == expected
