"""A bare number's own casualty verb (extract/borrowed.py) before a casualty noun lent by an earlier figure."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    ("Doctors treated 30 injuries overnight. The blast killed 12 and wounded 40.", "12", "deaths"),
    ("Doctors treated 30 injuries overnight. The blast killed 12 and wounded 40.", "40", "injured"),
    ("Doctors treated 30 injuries overnight. About 5,000 were evacuated from the town.", "About 5,000", "displaced"),
    # a verb of no casualty leaves the lent noun as it was
    ("Doctors treated 30 injuries overnight. Officials said 12 were still in hospital.", "12", "injured"),
])
def test_borrowed_a_bare_numbers_casualty_verb_wins(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the number's own predicate, an outcome adjective or verb, says its line (the guide's "unaccounted for")
    ("Doctors treated 30 injured people. Officials said 12 had died and 3 remain unaccounted for.", "3", "missing"),
    ("Doctors treated 30 injured people. Officials said 12 had died and 3 remain unaccounted for.", "12", "deaths"),
    ("Police said 40 were injured in the collapse and 7 are still missing.", "7", "missing"),
    ("Hospitals treated 200 injured residents, while 15 were still missing.", "15", "missing"),
    ("The storm killed 12 people in the region, and 30 were homeless.", "30", "displaced"),
    # the subject of a casualty verb with no object is who it befell, even under a lent noun
    ("Rescuers treated 30 injured people, and 4 drowned.", "4", "deaths"),
    ("The fire injured 20 firefighters and 3 died later in hospital.", "3", "deaths"),
    # the lent noun's line stays when the number's own words say nothing
    ("The fire injured 20 firefighters and 3 were still in hospital.", "3", "injured"),
])
def test_borrowed_a_bare_numbers_own_predicate_wins(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected
