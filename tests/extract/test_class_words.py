"""The guide's own words for its listed event classes (extract/class_words.py; GUIDE.md "event": bought "paid for",
cost "worth", won "received votes/seats", sent "promised troops", pledged "promised money"), on sentences in the style
of the dev items that show each reading (bg_232, bg_241; hih_royal_commission_2001 bg_194; woomera_detention_unrest
bg_089)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # "paid for": the price of the thing the payment is for
    ("She has been paying for a $4,000 filter for the town pool herself.", "$4,000", "bought"),
    ("The council paid for a $2 million upgrade of the library last year.", "$2 million", "bought"),
    # "worth": the value of what is given
    ("The board approved a payout worth three times his annual salary.", "three", "cost"),
    # "$N worth of" goods measures what the verb acts on: the verb's class, no statement of worth (review 29)
    ("Washington sold $2 billion worth of weapons to Taipei last year.", "$2 billion", "sold"),
    ("Tokyo pledged $50 million worth of food to the flood victims.", "$50 million", "pledged"),
    # "received votes/seats"
    ("The Greens received 12 seats in the upper house.", "12", "won"),
    # "promised troops"
    ("Canada has promised 500 troops to the mission.", "500", "sent"),
    # "promised money" stays pledged; a count of persons committed pledges nothing
    ("The government promised $30 million in aid to the region.", "$30 million", "pledged"),
    ("Late yesterday, officials confirmed that three inmates had committed acts of self harm.", "three", "other:commit"),
])
def test_class_words_listed_class(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
