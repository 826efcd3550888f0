"""A distance between two places takes the place the sentence locates it at, never its far end (extract/apart.py;
GUIDE.md revision 3, P5)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import measured_figure

from newsfigures.extract import extract_figures
from newsfigures.extract.apart import between_places, located_at, without_spans
from newsfigures.model import Article


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


def test_apart_without_spans_drops_a_distances_far_end():
    far = _in("Warplanes bombed a bridge 330 miles south of Baghdad.", "330 miles", place="Baghdad")
    near = _in("Warplanes bombed areas in Basra province, 330 miles south of Baghdad.", "330 miles", place="Basra")
    inside = _in("The tanks entered 400 metres into the town of Jenin.", "400 metres", place="Jenin")
    assert [f.measure.place for f in without_spans([far, near, inside])] == ["", "Basra", "Jenin"]


@pytest.mark.parametrize("sentence,number,expected", [
    # P5: the place named just before the distance, which the distance locates (cor_009, bg_001 in their style)
    ("Jets struck targets in Basra province, 330 miles south of Baghdad.", "330", "Basra"),
    ("The clash took place at Dora village some 50 kilometers south of the summer capital Srinagar.", "50", "Dora"),
    # no place before it: none, never the far end
    ("The ashes were scattered about 130 kilometres upstream from Benares.", "130", ""),
])
def test_apart_located_at(nlp, sentence, number, expected):
    doc = nlp(sentence)
    assert located_at(next(t for t in doc if t.text == number)) == expected


def test_apart_extract_figures_gives_a_distance_the_place_it_locates(nlp):
    text = "Jets struck targets in Basra province, 330 miles south of Baghdad, on Sunday."
    figs = extract_figures(Article(id="a", text=text, raw_text=text), nlp)
    assert {f.text: f.measure.place for f in figs}["330 miles"] == "Basra"
