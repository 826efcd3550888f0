"""extract/change_level.py: the size of a change and the level it reached in "by X to Y" after a verb of change,
read from the words and the number parser's mentions, whatever spaCy's tree makes of bare numbers."""
from __future__ import annotations

import pytest

from newsfigures.extract.change_level import LEVEL, SIZE, adverb_of_level, change_role


def _role(nlp, text: str, surface: str) -> str:
    doc = nlp(text)
    m = next((m for m in doc._.numbers if m.text == surface), None)
    assert m is not None, [m.text for m in doc._.numbers]
    return change_role(doc.char_span(m.start, m.end, alignment_mode="expand"))


@pytest.mark.parametrize("text,surface,expected", [
    ("The death toll rose by 20 to 1,200, officials said.", "20", SIZE),
    ("The death toll rose by 20 to 1,200, officials said.", "1,200", LEVEL),
    ("The number of troops in the region was increased by 2,000 to 15,000.", "2,000", SIZE),
    ("The number of troops in the region was increased by 2,000 to 15,000.", "15,000", LEVEL),
    ("Acme cut its workforce by 10 per cent to 9,000 last year.", "10 per cent", SIZE),
    ("Acme cut its workforce by 10 per cent to 9,000 last year.", "9,000", LEVEL),
    ("Ticket prices rose by $5 to $45 for the final.", "$5", SIZE),
    ("Ticket prices rose by $5 to $45 for the final.", "$45", LEVEL),
])
def test_change_level_by_x_to_y(nlp, text, surface, expected):
    assert _role(nlp, text, surface) == expected


@pytest.mark.parametrize("text,surface", [
    ("The death toll rose by 20 on Monday.", "20"),  # no level after it: scope.is_change reads the tree
    ("The death toll rose to 1,200 on Monday.", "1,200"),  # a level with no size before it
    ("The number of deaths from the virus rose from 40 to 52.", "52"),  # "from X to Y": two levels
    ("The motion was carried by 60 votes to 40.", "60"),  # a tally: "by" of no verb of change
    ("The motion was carried by 60 votes to 40.", "40"),
    ("The vaccine cut the risk of infection by 60 to 70 per cent.", "60 to 70 per cent"),  # one range
])
def test_change_level_no_role(nlp, text, surface):
    assert _role(nlp, text, surface) == ""


@pytest.mark.parametrize("text,prep,expected", [
    ("Net income was up 12 percent to 4.1 billion dollars.", "to", "up"),  # hung on the adverb
    ("Stocks were up 3.2 mln barrels to 333.0 mln.", "to", "up"),  # hung on "be"
    ("That was down from 2,480,000 the previous week.", "from", "down"),
    ("Stocks were off 100,000 barrels in the week to 251.5 mln barrels.", "to", "off"),
    ("The toll is up to 300.", "to", None),  # "up to" bounds the number
    ("Sales rose 12 percent to 4.1 billion dollars.", "to", None),  # a verb's move: change_role and event.py
])
def test_change_level_adverb_of_level(nlp, text, prep, expected):
    word = next(t for t in nlp(text) if t.lower_ == prep)
    adverb = adverb_of_level(word)
    assert (adverb.lower_ if adverb is not None else None) == expected
