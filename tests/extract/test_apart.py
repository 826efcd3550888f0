"""A distance between two places takes no place (extract/apart.py; GUIDE.md revision 2, P1)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import measured_figure

from newsfigures.extract.apart import between_places, without_spans


def _in(sentence: str, surface: str, quantity: str = "distance", place: str = ""):
    """A figure of `quantity` whose surface `surface` stands in `sentence` (sentence at offset 100)."""
    at = sentence.index(surface)
    return replace(measured_figure(quantity, place=place), text=surface, sentence=sentence, sentence_start=100,
                   start=100 + at, end=100 + at + len(surface))


@pytest.mark.parametrize("sentence,surface,expected", [
    ("The shootout took place at a village some 50 kilometers south of the summer capital.", "50 kilometers", True),
    ("The farm lies 820 km (510 miles) away from the regional capital.", "820 km", True),
    ("The farm lies 820 km (510 miles) away from the regional capital.", "510 miles", True),
    ("The ashes were scattered about 130 kilometres upstream from the holy city.", "130 kilometres", True),
    ("Warplanes bombed areas in Basra province, 330 miles south of Baghdad.", "330 miles", True),
    # a length of the event itself
    ("The tanks entered 400 metres into Palestinian-controlled land.", "400 metres", False),
    ("He won the 50 metres butterfly in 24.21 seconds.", "50 metres", False),
    ("Crews are setting up a 20 kilometre containment line.", "20 kilometre", False),
])
def test_apart_between_places(sentence, surface, expected):
    assert between_places(_in(sentence, surface)) is expected


def test_apart_between_places_only_distances():
    assert not between_places(_in("Some 50 people fled south of the river.", "50", quantity="people"))


def test_apart_without_spans_drops_a_distances_place():
    far = _in("Warplanes bombed areas in Basra province, 330 miles south of Baghdad.", "330 miles", place="Basra")
    near = _in("The tanks entered 400 metres into the town of Jenin.", "400 metres", place="Jenin")
    assert [f.measure.place for f in without_spans([far, near])] == ["", "Jenin"]
