"""The place a relative clause on the counted noun gives what it counts (extract/relative_place.py), on invented
sentences; each text names a second place so that no article-wide scene gives the place instead."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # the clause's own place (bg_267)
    ("Troops killed four gunmen who attacked a checkpoint in northern Sinai on Friday. Talks in Cairo ended.",
     "four", "Sinai"),
    ("A flood swept away 40 homes which stood along the river in Dhaka. Ministers met in Delhi.", "40", "Dhaka"),
    # one hop on, the place of what the clause acted on (bg_014)
    ("Police arrested 12 men who robbed one of the banks in central Lyon. Ministers met in Paris.", "12", "Lyon"),
])
def test_relative_place_read(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # where the counted said something is not where they were
    ("Police arrested 12 men who told reporters in Kabul they were innocent. Ministers met in Paris.", "12", ""),
    # a clause that names no place
    ("The army killed five men who had trained for months. Ministers met in Paris.", "five", ""),
    # the figure's own place wins over its clause's
    ("Police arrested 12 men in Lyon on Monday who had robbed a bank in Marseille. Ministers met in Paris.", "12",
     "Lyon"),
])
def test_relative_place_not_read(measures, text, surface, expected):
    assert measures(text)[surface].place == expected
