"""A plural group a describing word makes one group, and the "they"/"them" that stands for it (extract/
described_group.py, read through antecedent.antecedent)."""
from __future__ import annotations

import pytest

from newsfigures.extract.antecedent import antecedent
from newsfigures.extract.described_group import described_group, group_pronoun


def _token(doc, word: str, nth: int = 0):
    """The `nth` token of `doc` written `word`."""
    return [t for t in doc if t.text == word][nth]


@pytest.mark.parametrize("text,word,expected", [
    ("Israeli helicopters have again attacked targets in the north.", "helicopters", True),
    ("Dock workers at the port walked off the job on Monday.", "workers", True),
    ("Opposition lawmakers walked out of parliament on Tuesday.", "lawmakers", True),
    ("Doctors from Medecins Sans Frontieres arrived in the camp last week.", "Doctors", True),
    # a bare plural speaks of a kind; a count or "other" says how many, not which
    ("Analysts expect the bank to report higher profit this week.", "Analysts", False),
    ("Two helicopters returned to the skies above the town.", "helicopters", False),
    ("Other workers stayed at home on Monday.", "workers", False),
    ("The Chinese astronaut returned to Earth on Saturday.", "astronaut", False),  # singular
])
def test_described_group_reads_describing_words(nlp, text, word, expected):
    assert described_group(_token(nlp(text), word)) is expected


@pytest.mark.parametrize("text,word,expected", [
    ("They fired four rockets at the airport.", "They", True),
    ("Witnesses saw them destroy four houses.", "them", True),
    ("Police asked them to leave the building.", "them", False),  # an object, no subject's place
])
def test_described_group_pronoun_in_a_subjects_place(nlp, text, word, expected):
    assert group_pronoun(_token(nlp(text), word)) is expected


@pytest.mark.parametrize("text,word,expected", [
    ("Israeli tanks entered the refugee camp before dawn. Witnesses saw them destroy four houses.", "them", "tanks"),
    ("Chinese astronauts returned to Earth on Saturday. They carried out 40 experiments on the station.", "They",
     "astronauts"),
    # a definite group or the convicted, read before, still win over a described group named earlier
    ("Australian families welcomed the verdicts. A court has found the six employees guilty. They have been given "
     "suspended sentences.", "They", "employees"),
])
def test_described_group_antecedent_of_they(nlp, text, word, expected):
    found = antecedent(_token(nlp(text), word))
    assert found is not None and found.text == expected


@pytest.mark.parametrize("text,word", [
    ("Analysts expect Cobalt Bank to report higher profit. They forecast earnings of $1.2 billion.", "They"),
    ("Russian warplanes struck the city overnight. Residents said they dropped eight bombs.", "they"),
])
def test_described_group_antecedent_none(nlp, text, word):
    assert antecedent(_token(nlp(text), word)) is None


@pytest.mark.parametrize("text,word", [
    # a body named in the plural's clause, a singular subject between: "they" may stand for the body or the team
    ("Foreign investors dumped shares in Hallam Foods on Monday. They have cut 1,200 jobs this year.", "They"),
    ("European astronomers praised the space agency's new telescope. They spent $10 billion building it.", "They"),
    ("English supporters filled the ground on Saturday. The home side lost again. They have gone 11 games without a "
     "win.", "They"),
])
def test_described_group_antecedent_none_beside_a_body(nlp, text, word):
    assert antecedent(_token(nlp(text), word)) is None


@pytest.mark.parametrize("text,word,expected", [
    # plural subjects between do not stop the chain (bg_177's "Two helicopters ... Eyewitnesses report seeing them")
    ("Syrian warplanes bombed rebel positions overnight. Two jets returned at dawn. Witnesses saw them drop six "
     "bombs.", "them", "warplanes"),
    # the body named inside the plural's own phrase is its own ("Volunteers from the Red Cross")
    ("Volunteers from the Red Cross reached the flooded villages on Monday. They handed out 5,000 food parcels.",
     "They", "Volunteers"),
])
def test_described_group_antecedent_through_plurals(nlp, text, word, expected):
    found = antecedent(_token(nlp(text), word))
    assert found is not None and found.text == expected
