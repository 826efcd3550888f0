"""The thing a measurement belongs to: an "of" phrase's noun, or what a gap distance locates; on real sentences."""
from __future__ import annotations

import pytest
from conftest import shared_or_skip

from newsfigures.extract import extract_figures
from newsfigures.extract.measured import is_gap, located_by_gap, measured_thing
from newsfigures.ingest import load_path


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text,number,expected", [
    # three stories: the Lima fireworks fire (lee bg_011), an MST farm attack (wn2004_056), Kashmir (lee bg_001)
    ("Police say the fire began when a fireworks cache exploded in a shop just four blocks from Peru's Congress.",
     "four", "shop"),
    ("Mr. Nunes was an employee of the Noroeste Farm in Cabixi, 820 km (510 miles) away from the regional capital.",
     "820", "Farm"),
    ("Mr. Nunes was an employee of the Noroeste Farm in Cabixi, 820 km (510 miles) away from the regional capital.",
     "510", "Farm"),  # the conversion locates what the first measure does
    ("The shootout took place at Dora village some 50 kilometers south of the Kashmiri summer capital Srinagar.",
     "50", "village"),
    # a verb before the gap: the distance places the story, no thing
    ("The earthquake struck 80 kilometres from Kabul.", "80", None),
    # no gap word: a length, not a gap
    ("Firefighters have spent the night setting up a 20 kilometre containment line.", "20", None),
])
def test_measured_located_by_gap(nlp, text, number, expected):
    thing = located_by_gap(_token(nlp(text), number))
    assert (thing.text if thing is not None else None) == expected


@pytest.mark.parametrize("text,number,gap", [
    ("a shop just four blocks from Peru's Congress", "four", True),
    ("the Noroeste Farm in Cabixi, 820 km (510 miles) away from the regional capital", "820", True),
    ("Israeli tanks entered 400 metres into Palestinian territory.", "400", False),
])
def test_measured_is_gap(nlp, text, number, gap):
    assert is_gap(_token(nlp(text), number)) is gap


@pytest.mark.parametrize("text,unit,expected", [
    ("Yesterday, winds of up to 80 kilometres an hour fanned blazes in a dozen areas.", "kilometres", "winds"),
    ("The blaze was seen at a distance of 30 kilometres.", "kilometres", None),  # names only the measurement
])
def test_measured_thing_of_phrase(nlp, text, unit, expected):
    thing = measured_thing(_token(nlp(text), unit))
    assert (thing.text if thing is not None else None) == expected


def test_measured_gap_owner_in_article(nlp):
    path = shared_or_skip("corpora", "wikinews-2004", "wn2004_056.txt")
    arts, _ = load_path(path)
    subjects = {f.text: f.measure.subject for f in extract_figures(arts[0], nlp)}
    assert subjects["820 km"] == "Noroeste Farm"
    assert subjects["510 miles"] == "Noroeste Farm"
