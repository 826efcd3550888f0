"""A bare decimal on a quake noun is its magnitude (extract/quake.py): the guide's measurement line `magnitude`."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface", [
    ("A 6.1 quake struck the island on Monday, the survey said.", "6.1"),
    ("A magnitude 6.1 earthquake struck, followed by a 5.2 aftershock an hour later.", "5.2"),
    ("The tremor measured 5.4, the observatory said.", "5.4"),
    ("The tremor registered 4.9 and was felt in the capital.", "4.9"),
    # stop 63 (a survey of outside figures: a Colombian quake's "measured between 6.5 and seven"): a range, and a
    # relative clause on the quake
    ("The quake, which in Colombia measured between 6.5 and seven on the Mercalli scale, caused panic.",
     "between 6.5 and seven"),
    ("The tremor measured between 5.5 and 6, the observatory said.", "between 5.5 and 6"),
    ("The quake, which measured 6.2, shook the city.", "6.2"),
    ("The tremor measured between 5.5 and 6.5, the observatory said.", "between 5.5 and 6.5"),  # a whole midpoint
])
def test_quake_a_decimal_on_a_quake_is_its_magnitude(measures, text, surface):
    got = measures(text)[surface]
    assert (got.quantity, got.dimension) == ("magnitude", "magnitude")


@pytest.mark.parametrize("text,surface,quantity", [
    ("Two quakes struck the island on Monday.", "Two", "quake"),
    ("The 1.5 million residents of the city felt the quake.", "1.5 million", "people"),
    # a decimal on a plural quake noun is an average count of quakes, not a size
    ("There were 2.5 aftershocks per hour on average, the survey said.", "2.5", "aftershock"),
    ("The region records 1.5 earthquakes a day, seismologists say.", "1.5", "earthquake"),
])
def test_quake_counts_of_quakes_and_others_stay_counts(measures, text, surface, quantity):
    got = measures(text)[surface]
    assert (got.quantity, got.dimension) == (quantity, "count")
