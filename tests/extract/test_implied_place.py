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
