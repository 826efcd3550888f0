"""A verb's first WordNet sense gives a killing or a wounding class only to a count of persons (extract/measure_classes
`sense_class`): "erase", "eradicate" kill by their first sense, but erasing a share of a value kills no one."""
from __future__ import annotations

import pytest

from newsfigures.extract.measure_classes import sense_class


@pytest.mark.parametrize("text,surface,expected", [
    ("The market erased 3 per cent of its value on Monday.", "3 per cent", "other:erase"),
    ("The government eradicated 30 per cent of the crop.", "30 per cent", "other:eradicate"),
    ("The storm erased 200 homes from the map.", "200", "other:erase"),
    # persons counted: the killing sense stands
    ("Militants beheaded three hostages.", "three", "killed"),
    ("A mob lynched two soldiers outside the barracks.", "two", "killed"),
])
def test_sense_class_event_of_a_killing_verb_by_what_it_counts(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("event,quantity,counted,expected", [
    ("slaughter", "", "", "killed"),  # a bare count: nothing says it is not persons
    ("slaughter", "people", "villager", "killed"),
    ("erase", "share", "", ""),
    ("liquidate", "fund", "fund", ""),
    ("erase", "troops", "soldier", "killed"),
])
def test_sense_class_killing_only_of_persons(event, quantity, counted, expected):
    assert sense_class(event, quantity, counted) == expected
