"""What a sum is of (extract/counted_sums.py), read through the quantity it gives."""
from __future__ import annotations

import pytest

from newsfigures.extract.counted import resolve_counted


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


@pytest.mark.parametrize("text,surface,expected", [
    # a price's terms of delivery after it are no thing the sum is of (lexicon.DELIVERY_TERMS)
    ("The trader bought the sugar at an outright price of 233 dlrs CIF.", "233 dlrs", "price"),
    ("Non-coffee exports amounted to 180.8 mln dlrs fob in January.", "180.8 mln dlrs", "money"),
])
def test_counted_sums_past_delivery_terms(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a sum the parser makes a sentence of its own at a hard-wrapped line's break is "of" the noun before the break,
    # when the line before is parsed with it (extract/windows.py parses one word before a window, more only when
    # that line holds a number of its own)
    ("For the quarter it reported a profit on revenues of\n24.2 mln dlrs.", "24.2 mln dlrs", "revenue"),
    ("The group posted a loss on sales of\n310 million euros last year.", "310 million euros", "sale"),
    # a blank line between is a new paragraph, no wrap
    ("It reported revenues of\n\n24.2 mln dlrs.", "24.2 mln dlrs", "money"),
])
def test_counted_sums_of_before_a_wrapped_line(read, text, surface, expected):
    r = read(text, surface)
    assert resolve_counted(r.num, r.span, r.ctx, r.mention)[2] == expected


@pytest.mark.parametrize("text,surface,quantity,event", [
    # GUIDE: pledged is "pledged, donated, gave, promised money"; a sum allocated or earmarked is set aside from a
    # budget (measure_lexicon.MONEY_BY_EVENT)
    ("The board allocated 2.4 million dollars to three producer groups.", "2.4 million dollars", "budget",
     "other:allocate"),
    ("The central bank allocated 6.1 billion euros in new liquidity.", "6.1 billion euros", "budget",
     "other:allocate"),
    ("The council earmarked $5 million for a new library.", "$5 million", "budget", "other:earmark"),
    # a clause that names another kind of money says what the sum set aside is: aid is pledged whatever its verb
    ("Japan earmarked $10 million for relief efforts after the cyclone.", "$10 million", "aid", "pledged"),
    ("The government allocated 3 million euros in emergency aid.", "3 million euros", "aid", "pledged"),
    ("It has allocated another $30 million for capital expenditures.", "$30 million", "spending", "other:allocate"),
    ("Japan pledged $500 million in aid.", "$500 million", "aid", "pledged"),
    ("The foundation donated $2 million to the hospital.", "$2 million", "aid", "pledged"),
])
def test_counted_sums_allocated_sums_are_budgets(measures, text, surface, quantity, event):
    m = measures(text)[surface]
    assert (m.quantity, m.event) == (quantity, event)


@pytest.mark.parametrize("text,surface,expected", [
    # an "of" sum the parser hangs on a period is the sum of the noun the period's phrase qualifies, or of the object
    # of the verb it hangs on
    ("Acme reported net income for the fourth quarter of $4.1 million.", "$4.1 million", "profit"),
    ("The company posted a profit in the first half of $12 million.", "$12 million", "profit"),
    ("Acme reported sales in 2006 of $4.1 billion.", "$4.1 billion", "sales"),
    ("Earlier it posted net income for the period of 14.7 mln dlrs.", "14.7 mln dlrs", "profit"),
    ("The firm reported net earnings in its first quarter ended December 31 of 149.4 mln dlrs.", "149.4 mln dlrs",
     "profit"),
    # an "of" sum on a noun that is no period stays that noun's
    ("The city has a budget of $8 million.", "$8 million", "budget"),
])
def test_counted_sums_an_of_sum_past_its_period(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected
