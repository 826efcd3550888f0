"""The guide's classes of persons (extract/persons.py, GUIDE revision 2 Q1, Q2), read through the whole
extractor on sentences in the style of the dev evidence."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.persons import is_person
from newsfigures.model import Article


def _first(nlp, text: str):
    return extract_figures(Article(id="a", text=text, raw_text=text), nlp)[0].measure


@pytest.mark.parametrize("text,quantity,event", [
    # Q1: members of an armed force or group, state or not, are troops
    ("Police arrested 75 militants from Hamas.", "troops", "other:arrest"),
    ("Two gunmen opened fire on the bus.", "troops", "other:open"),
    ("About 300 rebels attacked the town.", "troops", "other:attack"),
    ("Two armed men entered the house.", "troops", "other:enter"),
    ("Ten militia members were convicted.", "troops", "other:convict"),
    # the first matching line still wins: armed people killed are deaths
    ("Three militants were killed.", "deaths", "killed"),
    # Q2: people who fled are displaced; what happened to them is their verb's (E2)
    ("Nauru will take 1,200 asylum seekers.", "displaced", "other:take"),
    ("The navy rescued more than 400 asylum seekers.", "displaced", "other:rescue"),
    # ... but people who fled and died are deaths, whatever verb reports them: the casualty's event comes first
    ("Five asylum seekers were found dead on the beach.", "deaths", "killed"),
    # neither: other seekers, unarmed men
    ("About 500 job seekers applied.", "people", "other:apply"),
    ("Two men entered the house.", "people", "other:enter"),
    # "armed" makes troops of persons named as no more than persons, not of robbers or officers
    ("Three armed robbers entered the bank.", "people", "other:enter"),
    # a compound that is one word for another person is that person: fire fighters are firefighters, not armed
    ("More than 400 fire fighters battled the blaze.", "people", "other:battle"),
    ("About 200 freedom fighters crossed the border.", "troops", "other:cross"),
    # stop 40: hired and religious fighters are Q1's armed people too
    ("Around 900 mercenaries guard the mines.", "troops", "other:guard"),
    ("The army said 60 jihadists had crossed the frontier.", "troops", "other:cross"),
])
def test_persons_class_through_the_extractor(nlp, text, quantity, event):
    m = _first(nlp, text)
    assert (m.quantity, m.event) == (quantity, event)


# One reading of "a person" for every stage that asks (the forecaster who is no owner, the earner, the payee): a
# named person, a personal pronoun or a noun for persons, not an organisation or a thing.
@pytest.mark.parametrize("text,word,expected", [
    ("SG Australia chief economist Glenn Maguire expects growth.", "Maguire", True),
    ("He expects growth of 1 per cent.", "He", True),
    ("Analysts had expected earnings of 91 cents.", "Analysts", True),
    ("The bank expects growth of 1 per cent.", "bank", False),
    ("Acme expects revenue of $5 million.", "Acme", False),
])
def test_persons_is_person(nlp, text, word, expected):
    doc = nlp(text)
    assert is_person(next(t for t in doc if t.text == word)) is expected
