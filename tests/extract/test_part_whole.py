"""A count of a part whose whole, told before it, is a pronoun or a bare participle ("Of those killed, 45", "Of
those, 140"): the participle's outcome, persons for another participle, else the plural noun of the sentence before
(newsfigures/extract/part_whole.py; stop 38's article probe, tests/extract/test_quantity_articles.py). A whole
after the count ("more than 5,000 of them") is not read: see the probe table's xfails."""
from __future__ import annotations

import pytest

FRONTED = [
    ("The quake struck at a depth of 18 km. Of those killed, 45 were in a single village.", "45", "deaths"),
    ("Rescuers reached the town on Monday. Of those injured, 30 were flown to the capital.", "30", "injured"),
    ("Police arrested 45 people on Wednesday. The operation followed an 18-month investigation. Of those "
     "detained, 12 have been charged.", "12", "people"),
    ("The army said 300 people had been questioned at the checkpoint on Friday after a 20 km pursuit. Of those "
     "arrested, 25 remain in custody.", "25", "people"),
]

NAMED_BEFORE = [
    ("Health officials reported 412 new cholera cases on Tuesday, bringing the total since the outbreak began in "
     "March to 9,800. Of those, 140 were children.", "140", "case"),
    ("Police questioned dozens of protesters outside the embassy on Sunday. Of those, 14 were later charged.",
     "14", "people"),
]


@pytest.mark.parametrize("text,surface,expected", FRONTED)
def test_part_whole_fronted_participle(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", NAMED_BEFORE)
def test_part_whole_pronoun_named_before(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected

