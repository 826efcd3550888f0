"""A place as its proper name alone (extract/place_names.py; GUIDE.md revision 2, P3)."""
from __future__ import annotations

import pytest

from newsfigures.extract.place_names import bare


@pytest.mark.parametrize("name,expected", [
    ("Paktika province", "Paktika"),  # bg_200
    ("Gaziantep Province", "Gaziantep"),
    ("Hawkesbury area", "Hawkesbury"),
    ("Los Palos district", "Los Palos"),
    ("Dora village", "Dora"),  # bg_001 (P3: the name without a generic noun after it)
    # a generic word that is part of the name stays
    ("Gaza Strip", "Gaza Strip"),
    ("New South Wales", "New South Wales"),
    ("Woomera Detention Centre", "Woomera Detention Centre"),
    ("Western Province", "Western Province"),  # only a direction would be left
    ("province", "province"),
    ("", ""),
])
def test_place_names_bare(name, expected):
    assert bare(name) == expected
