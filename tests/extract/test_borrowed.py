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
