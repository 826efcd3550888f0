"""The place a disaster strikes, named as its verb's object (extract/struck_place.py), on real-looking sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # the object lists two places: both, joined (turkey_syria 2023-02-20_1)
    ("A magnitude 6.4 earthquake strikes southeastern Turkey and Syria, killing eight people and injuring 600 others.",
     "magnitude 6.4", "Turkey; Syria"),
    ("A magnitude 6.4 earthquake strikes southeastern Turkey and Syria, killing eight people and injuring 600 others.",
     "eight", "Turkey; Syria"),
    ("A magnitude 6.4 earthquake strikes southeastern Turkey and Syria, killing eight people and injuring 600 others.",
     "600", "Turkey; Syria"),
    ("Officials said a 6.1 quake hit Taiwan on Monday, killing 12 people.", "12", "Taiwan"),
])
def test_struck_place_disaster_object(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # what hits a place is no disaster: the place is not read from the strike
    ("The rocket hit Sderot on Monday, police said, after 12 people had left the town.", "12", ""),
    # a figure under another verb than the strike's participle is not read
    ("The storm hit Florida on Monday; officials in Georgia said 30 people were rescued.", "30", ""),
    # review36: a participle with a place of its own keeps it
    ("An earthquake struck Japan on Monday, killing 12 people in neighbouring South Korea.", "12", "South Korea"),
])
def test_struck_place_not_read(measures, text, surface, expected):
    assert measures(text)[surface].place == expected
