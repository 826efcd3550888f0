"""The place a stretch of ground names in the figure's own sentence (extract/ground_place.py), on invented
sentences; each text names a second place so that no article-wide scene gives the place instead."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # a kind of place named "of" a place, on the subject of the figure's verb (stop-42 probe conflict_3)
    ("Shelling of the town of Avdiivka killed four civilians on Monday. Talks in Geneva ended without agreement.",
     "four", "Avdiivka"),
    ("Bombing of the city of Mosul wounded 30 people overnight. Talks in Geneva ended without agreement.",
     "30", "Mosul"),
    # ... on what a clause above is said of (cor_046)
    ("Floods swamped several districts of the city of Porto Alegre as rescuers worked to evacuate 5,000 residents. "
     "Aid arrived from Brasilia.", "5,000", "Porto Alegre"),
    # a direction from a place after a noun of the clause (stop-42 probe disasters_3)
    ("A bushfire west of Melbourne has destroyed 40 homes. Crews from Sydney arrived.", "40", "Melbourne"),
    # "to" a direction from a place (bg_048)
    ("About 2,000 people were evacuated to the east of Brisbane. Aid arrived from Sydney.", "About 2,000",
     "Brisbane"),
])
def test_ground_place_read(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # an age takes no place from its sentence's event (GUIDE's settled point)
    ("Shelling of the city of Kharkiv killed a 12-year-old boy. Talks in Geneva ended without agreement.", "12-year-old", ""),
    # a direction after a verb is not read (dev cor_031's gold gives such a rescue no place)
    ("The navy rescued 300 migrants from a boat north of Lampedusa. Ministers met in Rome.", "300", ""),
    # a speaker's place is not the figure's
    ("The mayor of the city of Lyon said 20 people were hurt. Ministers met in Paris.", "20", ""),
    # "to" a place that is no direction says where people went, not where it happened
    ("Police sent 200 officers to the scene. Ministers met in Paris.", "200", ""),
    # a place the sentence restricts the figure to keeps it
    ("Shelling of the city of Kharkiv killed three civilians in the village of Zolochiv. Talks in Geneva ended "
     "without agreement.", "three", "Zolochiv"),
])
def test_ground_place_not_read(measures, text, surface, expected):
    assert measures(text)[surface].place == expected
