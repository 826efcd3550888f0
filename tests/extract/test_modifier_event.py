"""An outcome word that only modifies another noun (extract/modifier_event.py; GUIDE E2): the dev sentences that show
it (lee bg_004, bg_277, shortened) and invented ones, with the outcome words it must leave alone (a tally head, a
person head, an outcome noun head, corpses)."""
from __future__ import annotations

import pytest

from newsfigures.extract.modifier_event import collective_body, only_modifies


def _word(doc, word: str):
    """The first token written `word`."""
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("The commander received 12 death threats since the ceasefire.", "death", True),
    ("There are 40 inmates on death row in the state.", "death", True),
    ("Police have issued arrest warrants for another two.", "arrest", True),
    ("Astronomers catalogued 300 dead stars in the nearby galaxy.", "dead", True),
    ("Smith scored two goals in injury time to win the match.", "injury", True),
    # a tally head, a person head, an outcome noun head: the word still says the event
    ("The death toll from the shelling rose to 40.", "death", False),
    ("Officials put the body count from the floods at 85.", "body", False),
    ("Doctors treated 30 injured people after the crash.", "injured", False),
    ("The storm caused 12 flood deaths in the valley.", "flood", False),
    ("The death rate fell to 2 per cent.", "death", False),
    # the head's own "of" phrase counts what the act is done to (the bundled seed 003's "deployment plan of 6,000")
    ("The army drew up a deployment plan of 6,000 troops for the border.", "deployment", False),
    ("Officials issued an evacuation order of 300 homes near the river.", "evacuation", False),
])
def test_modifier_event_only_modifies(nlp, text, word, expected):
    assert only_modifies(_word(nlp(text), word)) is expected


@pytest.mark.parametrize("text,expected", [
    ('"The body of midwives to the hospital are very annoyed," he said.', True),
    ("A body of 60 lawmakers called for the minister to resign.", True),
    # corpses: plural bodies, the body of one person
    ("Police found the bodies of three children in the house.", False),
    ("The body of a man was found on the beach.", False),
])
def test_modifier_event_collective_body(nlp, text, expected):
    doc = nlp(text)
    body = next(t for t in doc if t.lower_ in ("body", "bodies"))
    assert collective_body(body) is expected


@pytest.mark.parametrize("text,surface,event,quantity", [
    ("Gunmen from a death squad abducted 15 villagers near the border.", "15", "other:abduct", "people"),
    ("The court handed down five death sentences on Monday.", "five", "other:hand", "sentence"),
    ("Police have issued arrest warrants for another two, but refused to name them.", "two", "other:issue", None),
    # near misses: a toll, the dead counted
    ("The death toll from the shelling rose to 40, the army said.", "40", "killed", "deaths"),
    ("Police said 12 were dead after the shooting.", "12", "killed", "deaths"),
])
def test_modifier_event_reads_the_figure(measures, text, surface, event, quantity):
    m = measures(text)[surface]
    assert m.event == event and (quantity is None or m.quantity == quantity)
