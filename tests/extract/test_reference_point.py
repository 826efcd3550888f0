"""extract/reference_point.py: a place named only as which way or how far from it the story's place lies is a
reference point, no place of events (the dev stories' "south of Sydney", "south of the Kashmiri summer capital
Srinagar", "820 km (510 miles) away from the regional capital of Porto Velho"), with the near misses that name a
place of events: a direction with an article ("in the south of France"), "from" with no distance, a phrase ended by
another preposition."""
from __future__ import annotations

import pytest

from newsfigures.extract.reference_point import reference_point


@pytest.mark.parametrize("text,name,expected", [
    ("A new blaze near Goulburn, south-west of Sydney, has forced the closure of the highway.", "Sydney", True),
    ("Two fires burning near Cessnock, west of Newcastle, are within containment lines.", "Newcastle", True),
    ("The shootout took place some 50 kilometers south of the Kashmiri summer capital Srinagar.", "Srinagar", True),
    ("at the farm in Cabixi, 820 km (510 miles) away from the regional capital of Porto Velho.", "Porto Velho", True),
    ("The village lies 30 km from Kabul.", "Kabul", True),
    ("The quake struck northeast of Tokyo.", "Tokyo", True),
    ("The quake struck north-east of Tokyo.", "Tokyo", True),
    ("The ashes were scattered about 130 kilometres upstream from Benares.", "Benares", True),  # apart.py's directions
    # near misses: places of events
    ("Fighting in the south of France killed 12 people.", "France", False),
    ("Floods in the far north of Queensland cut off 40 towns.", "Queensland", False),
    ("Refugees from Syria arrived on the island.", "Syria", False),
    ("Fires burned south of the city and in Sydney.", "Sydney", False),
    ("Troops moved north of the river, then fought in Aleppo.", "Aleppo", False),
])
def test_reference_point_reads_the_phrase_before_the_name(text, name, expected):
    assert reference_point(text, text.index(name)) is expected
