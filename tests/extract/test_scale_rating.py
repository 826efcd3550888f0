"""A rating on a named scale is an index level in dimension magnitude (extract/scale_rating.py): the guide's
index_level line ("Torino scale rating") and its magnitude dimension ("earthquake/asteroid scales")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface", [
    ("The asteroid was given a rating of 2 on the Torino scale.", "2"),
    ("The asteroid is rated 4 on the Torino scale.", "4"),
    ("It has a Torino scale rating of 1, officials said.", "1"),
    ("The rock now rates a 0 on the 10-point Torino scale.", "0"),
])
def test_scale_rating_a_rating_on_a_named_scale(measures, text, surface):
    got = measures(text)[surface]
    assert (got.quantity, got.dimension) == ("index_level", "magnitude")


@pytest.mark.parametrize("text,surface,quantity", [
    ("The team won 3 games on the road.", "3", "game"),
    ("The quake measured 6.1 on the Richter scale.", "6.1 on the Richter scale", "magnitude"),
    # a scale no name names is no index: a pay scale, a sliding scale
    ("Nurses at level 4 on the pay scale will get a rise next year.", "4", "level"),
    ("The bill cuts 200 on the sliding scale of fees.", "200", ""),
])
def test_scale_rating_other_numbers_stay_as_read(measures, text, surface, quantity):
    assert measures(text)[surface].quantity == quantity
