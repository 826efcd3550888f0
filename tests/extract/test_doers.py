"""The doer a figure's clause names by a bare plural noun for persons, and the infinitive that shares its subject
(newsfigures/extract/doers.py), on real sentences: the readers themselves, and the owner they give a figure."""
from __future__ import annotations

import pytest

from newsfigures.extract.doers import doer_group, shares_subject


def _subject(nlp, text: str):
    """The first subject token of `text`'s parse."""
    return next(t for t in nlp(text) if t.dep_ in ("nsubj", "nsubjpass"))


@pytest.mark.parametrize("text,expected", [
    # written in lower case when only the sentence's start capitalised it, so that no comparison takes it for a name
    ("Police pursued the man along the highway for about 160 kilometres.", "police"),
    ("Government troops advanced 40 kilometres into the province.", "government troops"),
    ("Volunteers have filled 50,000 sandbags.", "volunteers"),
    # a generic noun, a thing, a specific noun, a nationality and a part of a group are read elsewhere or not at all
    ("People spent $3 billion on gifts.", ""),
    ("Prices rose 2 per cent.", ""),
    ("The firefighters worked for 18 hours.", ""),
    ("Israeli soldiers shot dead five Palestinians in two towns.", ""),
    ("Senior members of the royal family paid $560 million.", ""),
])
def test_doers_bare_plural_group(nlp, text, expected):
    assert doer_group(_subject(nlp, text)) == expected


@pytest.mark.parametrize("text,verb,expected", [
    ("Insurgents tried to blow up two bridges.", "blow", True),
    ("Farmers plan to plant 30,000 hectares of wheat.", "plant", True),
    ("A stadium cannot be used to host two games on consecutive days.", "host", True),
    # the higher verb's object is the doer; a clause with its own subject
    ("The mayor urged residents to leave their homes.", "leave", False),
    ("Analysts said the company will cut 300 jobs.", "cut", False),
])
def test_doers_shared_subject(nlp, text, verb, expected):
    assert shares_subject(next(t for t in nlp(text) if t.lemma_ == verb)) is expected


@pytest.mark.parametrize("text,surface,expected", [
    ("Police pursued the man in the stolen car for about 160 kilometres before he ran out of petrol.",
     "about 160 kilometres", "police"),
    ("In the south, firefighters have been able to carry out back-burning in three areas.", "three", "firefighters"),
    ("Critics were quick to compare this to the $177 million spent every day on the war.", "$177 million", ""),
    ("Militants killed 30 people in the raid.", "30", ""),
])
def test_doers_figure_owner(measures, text, surface, expected):
    got = {k: m.subject for k, m in measures(text).items()}
    assert surface in got, list(got)
    assert got[surface] == expected
