"""A count or a time of an act a gerund names, in a preposition's phrase (extract/gerund_act.py; GUIDE revision 2's
settled line on a count whose noun names an action, revision 3's E5), on sentences in the style of the dev items
that show it (cor_006, mideast_dec_2001 bg_116, qantas_maintenance_dispute_2001 bg_195)."""
from __future__ import annotations

import pytest

from newsfigures.extract.gerund_act import gerund_act


@pytest.mark.parametrize("text,surface,expected", [
    ("The deal was struck after two secret meetings between the envoys.", "two", "other:meeting"),
    ("Three settlers were wounded in two separate shootings near Hebron.", "two", "other:shooting"),
    ("The pay dispute was not resolved after two days of hearings.", "two", "other:hearing"),
    # a thing named by an "-ing" noun is no act ("building": noun.artifact)
    ("Fire broke out in two buildings in the city centre.", "two", ""),
    # the act as a verb's object takes that verb (E2, E5)
    ("The two sides held three meetings last week.", "three", ""),
    ("Unions held two days of hearings with the company.", "two", ""),
])
def test_gerund_act_in_a_prepositions_phrase(read, text, surface, expected):
    assert gerund_act(read(text, surface).num) == expected


def test_gerund_act_gives_the_event(measures):
    assert measures("The deal was struck after two secret meetings between the envoys.")["two"].event == "other:meeting"
