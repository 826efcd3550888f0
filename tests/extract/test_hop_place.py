"""The place of the thing a figure's locative names, one hop on (extract/hop_place.py), on real-looking sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # raids "on" a named place (gaza_war 2023-10-22_1)
    ("At least 55 Palestinians are killed in overnight Israeli raids on the Gaza Strip, according to the "
     "Hamas-controlled Gaza Ministry of Health.", "At least 55", "Gaza Strip"),
    # an area "on" a named range (bg_190)
    ("Brett Dempsey, 31, of Ravenshoe pleaded guilty to destroying 23 rainforest trees in a World Heritage Area on "
     "north Queensland's Herberton Range in December last year.", "23", "Herberton Range"),
    # a fronted "On the frontline at <place>" on the figure's verb (cor_008), in a text naming another place
    ("Officials in Beijing met on Sunday. On the flood frontline at Dongting Lake, the water level peaked at just "
     "under 35m on Saturday night.", "just under 35m", "Dongting Lake"),
])
def test_hop_place_thing_at_place(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the thing's site is an organisation: where someone works, not a place
    ("The union said 40 workers were laid off in the loans office at Westpac last week.", "40", ""),
])
def test_hop_place_not_read(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the thing the locative names is named after a place the tagger makes a person (stop-37 probe, crime)
    ("Customs officers seized 300 kilograms of cocaine at the port of Rotterdam.", "300 kilograms", "Rotterdam"),
    ("Officials said 40 containers were stranded at the port of Durban.", "40", "Durban"),
])
def test_hop_place_named_thing(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the agent of a verb sharing the figure's story names a site "at" (gaza_war 2023-10-17_1), in a text naming
    # another place
    ("At least 471 people are killed and 314 others are injured by an explosion at Al-Ahli Arab Hospital in Gaza "
     "City. Officials in Cairo condemned it.", "At least 471", "Al-Ahli Arab Hospital"),
    ("At least 471 people are killed and 314 others are injured by an explosion at Al-Ahli Arab Hospital in Gaza "
     "City. Officials in Cairo condemned it.", "314", "Al-Ahli Arab Hospital"),
    # the verb a participle counting the figure hangs on, at an unnamed site with its town (stop-39 probe)
    ("A fire broke out at a garment factory in Dhaka, killing 23 workers. Heavy rain was reported in Manila.", "23",
     "Dhaka"),
])
def test_hop_place_act_site(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a participle the figure is no object of: a career's tally spans its venues
    ("He scored twice at Anfield, taking his tally to 30 goals. The next round is in Madrid.", "30", ""),
    # a verb of speaking: where it was said
    ("The minister, speaking at a press conference in Lusaka, said 300 new cases were recorded. A second outbreak "
     "was reported in Harare.", "300", ""),
])
def test_hop_place_act_site_not_read(measures, text, surface, expected):
    assert measures(text)[surface].place == expected
