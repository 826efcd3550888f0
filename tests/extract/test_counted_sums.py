"""What a sum is of (extract/counted_sums.py), read through the quantity it gives."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # GUIDE Q3's own example: a sum "at" which a verb puts a thing is that thing's ("damage put at $10 million": cost)
    ("Insurers said the damage was put at $10 million.", "$10 million", "cost"),
    ("The storm caused damage estimated at $150 million.", "estimated at $150 million", "cost"),
    ("The secret budget for the detention centres is set at $400 million.", "$400 million", "budget"),
    ("Analysts estimate his fortune at $2 billion.", "$2 billion", "wealth"),
    # "at" a sum with no thing put at it says nothing of its kind; its verb's subject may (extract/market.py: shares
    # that open at a sum give the table's share_price line, "a company's share/stock price")
    ("Shares in the airline opened at $2.50 on Monday.", "$2.50", "share_price"),
])
def test_counted_sums_a_sum_a_verb_puts_a_thing_at_is_that_things(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,subject", [
    # a company, person or thing put at a sum is whose the sum is, not its kind (only a noun of money names a kind)
    ("The startup was valued at $1 billion in its last funding round.", "$1 billion", "startup"),
    ("The painting was valued at $3 million.", "$3 million", "painting"),
    ("The player was signed at $2 million a year.", "$2 million", "player"),
])
def test_counted_sums_an_owner_put_at_a_sum_stays_its_subject(measures, text, surface, subject):
    assert measures(text)[surface].subject == subject
