"""Stop 44's second review (round 3) of two of its own readings, on invented text only (nothing from a corpus, the
gold or the test split).

1. scripts/place_neighbours.py through extract/data/place_within.txt: a region whose own WordNet definition names
   its holonym only as a neighbour or controlling power is not within it. Rows: the five dropped edges, regions that
   keep a container they name "in"/"of", places that should have been dropped or kept and were not (strict xfails),
   and the condition on invented definitions (a demonym inside a longer name, "the Indian Ocean", is no mention).
2. extract/changed.py `moved_by`: a per cent unit is never a move verb's moved object. Ten sentences where a per cent
   is a move verb's object or the size of a borrowed change, the quantity written from GUIDE.md (C1 and the
   quantity table) before the code ran; one label was read again after the run (see TUITION). Right: 6/10 on the
   labels as first written, 7/10 after TUITION, the same on the commit's parent (19884b8^, run in a scratch
   worktree): the one row whose reading changed is AGENT's ("percent" -> "government", wrong both ways)."""
from __future__ import annotations

import pytest

from conftest import gap, script_module

from newsfigures.extract.within import lies_within

# Causes of the rows the code reads otherwise (strict xfails).
THROUGH = ("place_neighbours: a dropped neighbour edge drops every container reached only through it, so a region "
           "whose only holonym was the neighbour loses its continent too (Kashmir's definition says 'in "
           "southwestern Asia', Western Sahara's 'in northwestern Africa')")
GOLAN = ("place_neighbours: the Golan Heights' definition ('between southern Lebanon and southern Syria') does not "
         "name Israel, so WordNet's chain keeps it inside Israel (docs/findings/place.md lists it as left)")
PEAK = ("within: Nanga Parbat reaches India through the Himalayas' holonyms, not through Kashmir, so dropping "
        "Kashmir's edges took Pakistan and left India")
AGENT = ("changed.moved_by: a transitive cut whose object is the size ('cut 5 percent from the defence budget') falls "
         "back to its subject, the agent; the thing is the 'from' object. Parent commit read 'percent' for the "
         "borrowed row; the own figure read 'government' before and after")
SHARE_LINE = ("changed.earlier_thing: a borrowed change noun takes the earlier verb's thing by its lemma ('Shares' -> "
              "share) without the share-price line the own figure gets ('share_price'); same on the parent commit")
MISPARSE = ("parser: 'The rise of 7 percent outpaced wages' hangs 'percent' on 'outpaced' as an adverb, so the figure "
            "is read as a share; same on the parent commit")


@pytest.mark.parametrize("place,region,expected", [
    # the five dropped edges: a territory beside or under a power is not inside it
    ("West Bank", "Israel", False),
    ("Gaza Strip", "Israel", False),
    ("Kashmir", "India", False),
    ("Kashmir", "Pakistan", False),
    ("Western Sahara", "Morocco", False),
    ("Nablus", "West Bank", True),
    ("K2", "Kashmir", True),
    # regions whose definitions name the country "in"/"of" keep it; border features keep both countries
    ("Sikkim", "India", True),
    ("Karelia", "Finland", True),
    ("Riviera", "France", True),
    ("Cheviots", "Scotland", True),
    ("Aland islands", "Finland", True),
    pytest.param("Kashmir", "Asia", True, marks=gap(THROUGH)),
    pytest.param("Western Sahara", "Africa", True, marks=gap(THROUGH)),
    pytest.param("Golan Heights", "Israel", False, marks=gap(GOLAN)),
    pytest.param("Nanga Parbat", "India", False, marks=gap(PEAK)),
])
def test_review44b_within_neighbour(place, region, expected):
    assert lies_within(place, region) is expected


@pytest.mark.parametrize("definition,names,expected", [
    # a demonym inside a longer name is no mention of the country (fixed in this review)
    ("an island region between Sri Lanka and the Indian Ocean", {"Freedonia", "Indian"}, False),
    ("a plain bordering the Freedonia Museum grounds", {"Freedonia"}, False),
    # a demonym on its own still is
    ("an area in the north; under Freedonian control since 1990", {"Freedonia", "Freedonian"}, True),
    ("a coastal strip bordering Freedonia and Sylvania", {"Freedonia"}, True),
])
def test_review44b_names_as_neighbour(definition, names, expected):
    assert script_module("place_neighbours").names_as_neighbour(definition, names) is expected


# TUITION: written 'tuition' before the run; the run read 'money', and GUIDE's quantity table has a `money` line
# ("money that fits none of the above") that comes before the head-noun fallback, so the label was read again as
# 'money'. The other nine labels are as written before the run.
MOVED = [
    ("Sales rose 6 percent in March and 4 percent in April.", "4 percent", "sales"),
    ("Exports increased 6 percent last year. Economists expect a further increase of 3 percent this year.",
     "3 percent", "export"),
    ("The carmaker boosted production 8 percent in May. A further rise of 2 percent is planned for June.",
     "2 percent", "production"),
    pytest.param("Shares of Acme jumped 12 percent on Monday. The gain of 12 percent was the biggest in a year.",
                 "12 percent", "share_price", marks=gap(SHARE_LINE)),
    ("Tuition will climb 5 percent next year. The increase of 5 percent follows a two-year freeze.", "5 percent",
     "money"),
    ("Profits fell 20 percent in the quarter. Analysts had forecast a drop of 15 percent.", "15 percent", "profit"),
    pytest.param("Rents increased 7 percent in the capital. The rise of 7 percent outpaced wages.", "7 percent",
                 "rent", marks=gap(MISPARSE)),
    pytest.param("The government will cut 5 percent from the defence budget. The cut of 5 percent would save "
                 "$2 billion.", "5 percent", "budget", marks=gap(AGENT)),
    ("Oil prices rose 3 percent on Tuesday, and the increase of 3 percent lifted airline costs.", "3 percent",
     "price"),
    ("Membership grew 10 percent last year. A similar growth of 10 percent is expected this year.", "10 percent",
     "membership"),
]


@pytest.mark.parametrize("text,surface,expected", MOVED)
def test_review44b_moved_by_per_cent(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected
