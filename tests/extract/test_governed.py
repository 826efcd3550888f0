"""governed.py: the verb that governs a count (GUIDE E2) against an event word of another clause, read through
extract_figures on dev sentences (the rows stop 39's rule touches on dev) and its near misses."""
from __future__ import annotations

import pytest

# (sentence, figure surface, event class): dev sentences the own-clause reading touches (lee bg_113, bg_048, bg_203,
# wn2004_059), all read as their gold; and sentences it must leave.
OWN_CLAUSE = [
    ("The department say no detainees were injured, but 15 detention centre officers were treated for smoke "
     "inhalation.", "15", "other:treat"),
    ("Fourteen homes have been destroyed in the Hawkesbury area north of Sydney, and 20 properties have been ruined "
     "at Jervis Bay.", "20", "other:ruin"),
    ("The opposition MPs are confident that the no-confidence vote would pass in the parliament, as 16 more MPs have "
     "recently deserted Mr. Vohor and sided with the opposition.", "16", "other:desert"),
    # near misses: a verb of the event's own family, an elided verb, the object of a verb of its own
    ("Four people were killed and 20 were injured when the bus overturned.", "20", "injured"),
    ("Thirty people were killed and 50 injured in the blast.", "50", "injured"),
    ("Troops killed 12 rebels and captured 30 others.", "30", "other:capture"),
]


@pytest.mark.parametrize("text,surface,expected", OWN_CLAUSE)
def test_governed_own_clause_verb_beats_another_clause(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
