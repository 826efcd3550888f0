"""Counts of the members of a group of persons: "Six Swiss tour company staff", "three of the gang", and "all six"
naming such a count again, count persons (people or troops), not groups."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import group_class
from newsfigures.model import Figure

SINGULAR = "NN"  # the tag of a singular common noun: "staff", "gang", not "teams"


def members_counted(fig: Figure, num: Token, noun: Token | None) -> str:
    """ "Six Swiss tour company staff" (Lee bg_168), "50 crew", "2,000 militia", "Three of the gang of four
    senators" (Lee cor_032), "All six" after the six staff (bg_168): a count above one of the singular of a noun
    whose first WordNet sense is a group of persons, written on the number, after it as the whole it is a part of
    ("of the gang"), or named by a figure before (no noun of its own), counts its members (word_senses.group_class:
    people or troops); "" for any other count ("two teams" counts teams). Only what is counted changes: whose they
    are is read as for the group noun itself."""
    if fig.kind != "cardinal" or fig.value <= 1:
        return ""
    if noun is None:  # counted as a figure before counted: its phrase's last word says singular or plural
        return group_class(fig.counted_lemma) if fig.counted.split()[-1:] == [fig.counted_lemma] else ""
    if noun.tag_ != SINGULAR or not (num.head == noun or _part_of(num, noun)):
        return ""
    return group_class(lemma(noun))


def _part_of(num: Token, noun: Token) -> bool:
    """`noun` is the whole the number is a part of: "three of the gang", "two of the crew"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == num
