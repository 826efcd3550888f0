"""A figure that counts what a possessed noun is made of belongs to the possessor (extract/possessed_whole.py), on
invented sentences in the style of the dev evidence (wn2004_099, "the Supreme Court upheld his indictment of one
count of murder and nine counts of kidnapping": the indicted man's, not the court's), with rows where the owner
must stay as the other readers give it."""
from __future__ import annotations

import pytest

from newsfigures.eval.measure_rules import name_ok


@pytest.mark.parametrize("text,surface,expected", [
    # the possessor of the noun whose "of" phrase the figure is, over the subject of the verb above
    ("Former dictator Augusto Pinochet was placed under house arrest after the Supreme Court upheld his "
     "indictment of one count of murder and nine counts of kidnapping.", "one", "Augusto Pinochet"),
    ("Former dictator Augusto Pinochet was placed under house arrest after the Supreme Court upheld his "
     "indictment of one count of murder and nine counts of kidnapping.", "nine", "Augusto Pinochet"),
    ("Judges confirmed Smith's sentence of 10 years in prison.", "10", "Smith"),
    ("The ministry welcomed Japan's pledge of $500 million in aid.", "$500 million", "Japan"),
    ("Regulators blocked Acme's purchase of 40 stores.", "40", "Acme"),
    # a possessor that stands for no name gives nothing here: the other readers' owner stays
    ("Prosecutors dropped his indictment of three counts of bribery.", "three", ""),
    ("Critics attacked the government's budget of $40 billion.", "$40 billion", "critics"),
    # not a part of the possessed whole ("Three of ..."), nor a noun the figure itself counts
    ("Three of Canada's biggest banks raised rates.", "Three", ""),
    ("Half of the company's 3,000 workers will lose their jobs.", "3,000", "company"),
    ("The deaths of 14 Australians and seven others shocked the nation.", "14", "Australians"),
    ("Shareholders approved Microsoft's acquisition of Activision for $69 billion.", "$69 billion", "Microsoft"),
])
def test_possessed_whole_owner(measures, text, surface, expected):
    got = measures(text)[surface].subject
    assert name_ok(got, expected) if expected else got == expected
