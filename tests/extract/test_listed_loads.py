"""extract/listed_loads.py: a load of goods listed after another with the verb left out takes the act the first was
read with (GUIDE revision 2, E2), where it would read as only measured; rows from the Reuters grain and metal items
outside the gold (train_1058's export licences) and invented sentences of other trades, with rows that must stay."""
from __future__ import annotations

import pytest

from newsfigures.extract.listed_loads import listed_load_event
from newsfigures.model import Measure

EXPORTS = ("French operators have requested licences to export 40,000 tonnes of free market feed wheat, 32,500 "
           "tonnes of soft bread wheat, 375,000 tonnes of barley and 465,000 tonnes of maize at today's European "
           "Community tender, trade sources here said.")
OUTPUT = "The mill produced 20,000 tonnes of steel, 4,000 tonnes of iron and 900 tonnes of copper last year."


@pytest.mark.parametrize("text,surface,expected", [
    (EXPORTS, "40,000 tonnes", "other:export"),
    (EXPORTS, "32,500 tonnes", "other:export"),
    (EXPORTS, "375,000 tonnes", "other:export"),
    (EXPORTS, "465,000 tonnes", "other:export"),
    (OUTPUT, "4,000 tonnes", "other:produce"),
    # stays: a load with a verb of state of its own (E1), and one whose list starts with a load only measured
    ("The refinery produced 20,000 tonnes of diesel, and the depot held 4,000 tonnes.", "4,000 tonnes", "measured"),
    ("The ship unloaded 3,000 tonnes of rice, 1,200 tonnes of sugar and 800 tonnes of flour.", "1,200 tonnes",
     "measured"),
])
def test_listed_loads_take_the_act_of_the_load_before(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("found,dimension,before,expected", [
    ("measured", "mass", Measure(event="other:export", dimension="mass"), "other:export"),
    ("other:ship", "mass", Measure(event="other:export", dimension="mass"), "other:ship"),  # its own act stays
    ("measured", "count", Measure(event="other:export", dimension="count"), "measured"),  # no load of goods
    ("measured", "mass", Measure(event="other:export", dimension="volume"), "measured"),  # another dimension
    ("measured", "mass", Measure(event="said", dimension="mass"), "measured"),  # nothing done with the load before
    ("measured", "mass", None, "measured"),
])
def test_listed_loads_only_a_measured_load_after_a_load_acted_on(nlp, found, dimension, before, expected):
    doc = nlp("They exported 40,000 tonnes of wheat and 32,500 tonnes of barley.")
    num = next(t for t in doc if t.text == "32,500")
    assert listed_load_event(found, num, dimension, before) == expected
