"""The size of a move of an interest rate is in percentage points however it is written (extract/rate_points.py)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface, expected", [
    ("There is a high level of expectation that rates will be cut by 0.25 per cent.", "0.25 per cent",
     "percentage_point"),
    ("The Bank of England has lowered interest rates for the third time this year. Its governor announced a cut "
     "of 0.5 of a per cent.", "0.5 of a per cent", "percentage_point"),  # the rate named by the verb before
    ("The Reserve Bank lowered the cash rate by 0.25 per cent on Wednesday.", "0.25 per cent", "percentage_point"),
    ("The Fed lifted interest rates by half a percentage point.", "half a percentage point", "percentage_point"),
])
def test_rate_points_move_of_an_interest_rate(measures, text, surface, expected):
    assert measures(text)[surface].dimension == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("The move took the cash rate to 4.25 per cent.", "4.25 per cent", "percent"),  # a rate's level
    ("Private health insurers raised premiums by 5.5 per cent on average.", "5.5 per cent", "percent"),  # a price
    ("Shares in the bank fell 3 per cent after the rate decision.", "3 per cent", "percent"),
    ("The bank's profit rose 12 per cent last year.", "12 per cent", "percent"),
])
def test_rate_points_near_misses_stay_per_cent(measures, text, surface, expected):
    assert measures(text)[surface].dimension == expected
