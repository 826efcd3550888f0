"""Counts of a group's members (extract/members.py) on sentences in the style of the dev evidence: the canyoning
trial (Lee bg_168, "All six" after "Six Swiss tour company staff") and the Democrats' leadership (Lee cor_032,
"Three of the gang of four senators")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # a part of the singular of a group of persons counts its members
    ('Three of the "gang of four" senators who ousted the leader are considering forming a new party.', "Three",
     "people"),
    ("Two of the crew were flown to hospital in Darwin on Monday.", "Two", "people"),
    # "all six" names again a count of a group's members
    ("Six Swiss tour company staff were found guilty. All six will pay one-eighth of the court costs.", "six",
     "people"),
    ("About 300 staff will lose their jobs. All 300 were told on Friday.", "300", "people"),
    # ... not a plural, which counts the groups
    ("Two of the teams reached the final in Melbourne.", "Two", "team"),
    ("Two teams reached the final. Both teams were from Sydney, and all two had won their semi-finals.", "two",
     "team"),
])
def test_members_counted_of_a_group_part_or_repeat(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected
