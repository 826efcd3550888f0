"""A casualty count that leaves its group out shares the group of the count it is joined to (extract/gapped.py), on
sentences in the style of the dev evidence: an air raid's toll (Lee cor_009) and weekend bombing raids (Lee
bg_200)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # a bare number whose only word is its casualty, joined to a count of a named group
    ("An air strike near the border left six villagers dead and 11 wounded, the army said.", "11", "villagers"),
    ("At least 30 civilians were killed and 42 injured in overnight shelling of the town.", "42", "civilians"),
    ("Twelve soldiers were killed and 20 wounded when their convoy was ambushed.", "20", "soldiers"),
    # ... the group before it names no one: nothing to share
    ("At least 18 people were killed and 40 injured in the collapse.", "40", ""),
])
def test_gapped_casualty_shares_the_group_before(measures, text, surface, expected):
    assert measures(text)[surface].subject == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a casualty count with a noun of its own keeps its own group
    ("Six villagers died and 11 soldiers were wounded in the clash.", "11", "soldiers"),
    # a bare casualty count that is no conjunct is no gapped item
    ("The floods killed 12 civilians. Another 40 injured were taken to hospital.", "40", ""),
])
def test_gapped_casualty_only_a_bare_conjunct(measures, text, surface, expected):
    assert measures(text)[surface].subject == expected
