"""described_place: the place a restrictive act clause on the figure's counted noun or on the act it happened in
names (GUIDE P1, P4), read last; invented wire sentences, each read as the only sentence's figure."""
from __future__ import annotations

import pytest

from newsfigures.extract.described_place import described_place


def _args(nlp, text: str, number: str, noun: str, event: str | None):
    """(noun, event token, number token) of `text`, found by their words."""
    doc = nlp(text)
    find = lambda w: next(t for t in doc if t.text == w)  # noqa: E731
    return find(noun), (find(event) if event else None), find(number)


@pytest.mark.parametrize("text,number,noun,event,expected", [
    ("Troops killed four gunmen who had attacked a checkpoint in Kandahar.", "four", "gunmen", "killed", "Kandahar"),
    ("Twelve people died in a fire that gutted a market in Lagos.", "Twelve", "people", "died", "Lagos"),
    ("Rescuers freed 30 miners who had been trapped underground at Soma.", "30", "miners", "freed", "Soma"),
    ("Police arrested three men who robbed a bank in Leeds.", "three", "men", "arrested", "Leeds"),
])
def test_described_place_restrictive_act_clause(nlp, text, number, noun, event, expected):
    assert described_place(*_args(nlp, text, number, noun, event)) == expected


@pytest.mark.parametrize("text,number,noun,event", [
    ("United signed two players who had starred in Brazil.", "two", "players", "signed"),  # intransitive
    ("The 300 nurses, who trained in Manila, will start work in March.", "300", "nurses", "start"),  # a comma
    ("Eight tourists who had flown in from Sydney died.", "Eight", "tourists", "died"),  # an origin
    ("Two officials who said it happened in Kabul counted 40 bodies.", "40", "bodies", "counted"),  # another noun
])
def test_described_place_leaves_other_clauses(nlp, text, number, noun, event):
    assert described_place(*_args(nlp, text, number, noun, event)) == ""
