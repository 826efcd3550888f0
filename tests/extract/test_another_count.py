"""extract.another_count: an event verb whose subject is another count says what befell that count, not the figure's
(stop 62: "Three people died and 2,500 residents were ordered to leave" read 2,500 deaths)."""
from __future__ import annotations

import pytest

from newsfigures.extract.another_count import verb_of_another_count


@pytest.mark.parametrize("text, surface, quantity, event", [
    # disasters: the first clause's casualty verb is not the second count's (probe 62's wildfire, stop 42's)
    ("At least three people were killed and more than 2,500 residents were ordered to leave their homes, Greek "
     "authorities said.", "more than 2,500", "displaced", "displaced"),
    ("Three people died and 2,500 residents were ordered to leave their homes.", "2,500", "displaced", "displaced"),
    # crime, health: persons who did something else in a clause of their own
    ("Two guards were injured and 14 inmates escaped through a tunnel.", "14", "people", "other:escape"),
    ("Fourteen officers were injured, of whom four have returned to work.", "four", "people", "other:return"),
    ("One person died and 40 fell ill after eating at the restaurant.", "40", "people", "other:fall"),
    ("There are 200 patients in hospital after 12 people died.", "200", "people", "measured"),
    # the count's own verb and parts of the whole stay the verb's
    ("At least 51 people are killed, including 15 children.", "15", "deaths", "killed"),
    ("Two soldiers and three civilians were killed.", "three", "deaths", "killed"),
    ("Two miners were killed and 30 were rescued from the shaft.", "30", "people", "other:rescue"),
])
def test_another_count_leaves_the_figure_its_own_clause(measures, text, surface, quantity, event):
    m = measures(text)[surface]
    assert (m.quantity, m.event) == (quantity, event)


@pytest.mark.parametrize("text, verb, number, expected", [
    ("Three people died and 2,500 residents were ordered to leave.", "died", "2,500", True),
    ("The toll rose to 27, with 212 injured.", "rose", "212", False),           # the toll counts no number itself
    ("Authorities said 27 were injured and 212 were evacuated.", "injured", "212", True),  # a number as subject
    ("21 people, 14 of whom were Australians, died.", "died", "14", False),    # inside the subject's relative clause
    ("There are 200 patients in hospital after 12 people died.", "died", "200", True),  # the root's own clause
    ("27 were killed and 212 injured.", "killed", "212", True),                  # the killing is the 27's
    ("92 broker-dealer funds rose 151.9 mln dlrs to 107.77 billion dlrs.", "rose", "151.9", False),  # its argument
    ("At least 51 people are killed, including 15 children.", "killed", "15", False),
    ("21 people, including 14 Australians, died.", "died", "14", False),        # inside the subject
    ("Police said 30 protesters were arrested and 12 were later charged.", "arrested", "12", True),
])
def test_another_count_verb_of_another_count(nlp, text, verb, number, expected):
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    n = next(t for t in doc if t.text == number)
    assert verb_of_another_count(v, n) is expected
