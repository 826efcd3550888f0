"""extract/object_verb.py: the verb whose direct object is the counted noun phrase gives the figure's event
(tests/gold/measures/GUIDE.md E2, E5), over an event word read from another clause or an act noun in the counted
noun's "of" phrase; invented sentences of several domains, with rows whose event must stay."""
from __future__ import annotations

import pytest

READS_THE_VERB = [
    # dev: wn2004_021 ("have reached $221bn distributed to"), lee bg_165 ("considering a $10 levy"); each row read
    # another clause's or the "of" noun's word before (respond, distribute, talk, strike, affect, link, damage)
    ("The association responded to the complaints by considering a $15 levy on junior players.", "$15",
     "other:consider"),
    ("Donors have reached $4 billion distributed to 30 countries.", "$4 billion", "other:reach"),
    ("Negotiators ended three days of talks in Vienna without a deal.", "three days", "other:end"),  # E5
    ("Union leaders ended two weeks of strikes on Friday after a pay offer.", "two weeks", "other:end"),  # E5
    ("The airline cancelled 300 flights affected by the strike.", "300", "other:cancel"),
    ("Regulators received 80 injury reports linked to the device.", "80", "other:receive"),
    ("The judge ordered him to pay $1.5 million in damages.", "$1.5 million", "other:pay"),
]

STAYS = [
    ("Riot police confronted 2,000 protesters before arresting their leaders.", "2,000", "other:confront"),
    ("The company recorded a 5 per cent rise in sales.", "5 per cent", "rose"),  # the counted noun's own class
    ("Gunmen killed 12 villagers in the attack.", "12", "killed"),  # a casualty keeps its class
    ("The firm employs 3,000 workers at the plant.", "3,000", "measured"),  # a verb of state (E1)
    ("The mayor received 62 per cent of the vote.", "62 per cent", "won"),  # a listed class stays
    ("The fires burned more than 800 hectares of forest.", "more than 800 hectares", "measured"),  # a measurement
    ("The court lifted a four-year ban on the party.", "four-year", "other:ban"),  # the act noun the time sizes
    ("Police said 40 people were arrested after the match.", "40", "other:arrest"),  # no object of a verb
]


@pytest.mark.parametrize("text,surface,expected", READS_THE_VERB)
def test_object_verb_reads_the_verb_of_its_object(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", STAYS)
def test_object_verb_keeps_a_class_or_the_counted_word(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
