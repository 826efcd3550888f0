"""A length written before the noun it describes ("the 50 metres butterfly", "Olympic 400 metres champion") in a
clause whose doer is a person: the length names what kind of race or title that noun is, and is no more the person's
than the race is ("Geoff Huegill won the 50 metres butterfly": the race's length, not Huegill's). GUIDE's subject
line: whose quantity it is, "" when no one has, suffers, pays or does it. A length a person covers stands after its
verb ("he ran 100 metres"); one a group builds keeps its builder ("setting up a 20 kilometre containment line")."""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

DESCRIBED_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
# Tags and links of a word after the unit that starts a new phrase rather than names the thing measured: a finite
# verb ("100 metres fell"), a time or a subject of its own ("ran 100 metres today").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
OWN_PHRASE_LINKS = frozenset({"npadvmod", "nsubj", "nsubjpass", "attr"})
PERSON_PRONOUNS = frozenset({"he", "she"})
CLIMB = 6  # ancestors walked up to the clause whose doer is read


def persons_race_length(num: Token) -> bool:
    """The figure is a length written before the noun it describes, in a clause a person does."""
    return length_before_noun(num) and _person_doer(num)


def length_before_noun(num: Token) -> bool:
    """The figure's unit stands right before a noun it modifies, in the same phrase ("50 metres butterfly", also
    where the parser reads "butterfly" as an adverb or "breaststroke" as a verb); not a length a verb takes alone
    ("entered 400 metres into", "ran 100 metres today")."""
    unit = num.head if num.like_num and num.dep_ in ("nummod", "compound") and num.head.i > num.i else num
    if unit.i + 1 >= len(unit.doc):
        return False
    after = unit.doc[unit.i + 1]
    if unit.dep_ in ("compound", "amod", "nmod") and unit.head == after:
        return True
    if not after.is_alpha or after.pos_ not in DESCRIBED_POS or after.ent_type_ in ("DATE", "TIME"):
        return False
    return _opened_before(num, unit) or (after.tag_ not in FINITE_TAGS and after.dep_ not in OWN_PHRASE_LINKS)


def _opened_before(num: Token, unit: Token) -> bool:
    """A determiner or a possessive opens the phrase right before the length ("the 50 metres ...", "the women's 50
    metres ..."): the word after the unit is that phrase's noun, however the parser links it."""
    i = min(num.i, unit.i) - 1
    while i >= 0 and (unit.doc[i].like_num or unit.doc[i].pos_ == "NUM"):
        i -= 1  # the number's own words ("50", "five thousand")
    return i >= 0 and unit.doc[i].tag_ in ("DT", "POS", "PRP$")


def _person_doer(num: Token) -> bool:
    """The subject of the first clause above the figure that has one is a person, by name or by "he"/"she"."""
    for t in islice(num.ancestors, CLIMB):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and t.pos_ in ("VERB", "AUX"):
            named = [subj, *(c for c in subj.lefts if c.dep_ == "compound")]  # "American Ed Moses"
            return any(w.ent_type_ == "PERSON" for w in named) or subj.lower_ in PERSON_PRONOUNS
    return False
