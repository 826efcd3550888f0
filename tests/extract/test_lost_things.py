"""extract/lost_things.py: a count of things a verb of falling takes away is the verb's own event, not a level's
fall (GUIDE E2; the fell line is "fell, dropped, lost value, down")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # things shed, lost or slashed (Lee outside the gold: Traveland's jobs, the bushfires' homes; other stories)
    ("Traveland has announced it is shedding more than 500 jobs around Australia.", "more than 500", "other:shed"),
    ("We are estimating that around 150 homes have been lost.", "around 150", "other:lose"),
    ("The team lost three matches in a row.", "three", "other:lose"),
    ("Ford will slash 2,000 jobs in Europe.", "2,000", "other:slash"),
    # a level's fall stays a fall: its subject is the amount, or the count sizes how far a passive went
    ("Sales dropped 3,000 units in March.", "3,000", "fell"),
    ("Stocks have dropped around 6,000 tonnes since the start of the year.", "around 6,000 tonnes", "fell"),
    ("Louisiana Sweet also was lowered 1.50 dlrs to 16.35 dlrs, the company said.", "1.50 dlrs", "fell"),
    ("The board will be reduced to seven members.", "seven", "fell"),
    # a sum in the wire's shorthand, persons and seats are left to their own lines
    ("In 1985, the company lost 168.4 mln dlrs, or 12.27 dlrs a share.", "168.4 mln dlrs", "fell"),
    ("The branch lost 32,000 marks last year.", "32,000", "fell"),
    ("Labor lost 12 seats at the election.", "12", "fell"),
    ("The index lost 45 points.", "45", "fell"),
])
def test_lost_things_event(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
