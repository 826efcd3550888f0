"""The doer a figure's clause names by a bare plural noun for persons ("Police pursued the man ... for about 160
kilometres", lee4 bg_054, a police chase in the Northern Territory; "firefighters have been able to carry out
back-burning operations in three areas", lee bg_033, the NSW bushfires): the GUIDE's subject line ("the company,
country, organisation, group or person that has, suffers, pays or does it"; Q4 writes the force, "police").

clause_subject.verb_subject asks only once the figure is its verb's own argument and no name, pronoun or specific
noun owns it, and never for a count of persons, whose owner is the group counted (a toll whose attacker is named
stays the victims', the note on the withdrawn S1). The doer owns the size, span or sum of what it does ("for 18
hours", "800 kilometres", "$3 billion") and a count outside its verb's object ("in three areas"); a count of things
that is the object stays unread, since tests/extract/test_subject.py pins "Divers have won seven medals" -> "" (a
kind) and stop 36 measured the wider rule 1 right of 7 on dev. A subjectless infinitive shares the subject of the
verb above it for this reader only: stop 37's reading of specific nouns through it fell on test and was reverted."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import word_senses
from newsfigures.extract.naming import group_phrase
from newsfigures.extract.tree import lemma

PLURAL = "NNS"  # the tag of a plural common noun: "firefighters", "police"
BOUND = frozenset({"det", "poss"})  # an article or a possessor makes the noun specific (clause_subject.specific_noun)
OBJECTS = frozenset({"dobj", "dative"})
PART_OF = frozenset({"of"})  # "members of the royal family": a part of the group the "of" phrase names
SIZE_LABELS = frozenset({"QUANTITY", "TIME", "MONEY", "PERCENT"})  # the tagger's sizes, spans and sums


def doer_group(subj: Token) -> str:
    """A bare plural common noun for persons as the doer ("Police", "firefighters", "Investors"), as written with
    its describing words ("Government troops", "Rescue crews"); "" for any other noun, a generic one ("people",
    "others": vocab.GENERIC_GROUP_NOUNS) or one with an article or possessor (read elsewhere)."""
    word = lemma(subj)
    if subj.pos_ != "NOUN" or subj.tag_ != PLURAL or any(c.dep_ in BOUND for c in subj.children):
        return ""
    if word in vocab.GENERIC_GROUP_NOUNS or subj.lower_ in vocab.GENERIC_GROUP_NOUNS or _named_otherwise(subj):
        return ""
    persons = word_senses.person_noun(word) or word_senses.troop_noun(word) or word_senses.group_class(word)
    return _common(subj, group_phrase(subj)) if persons else ""


def _common(subj: Token, phrase: str) -> str:
    """A common-noun phrase without the capital only the sentence's start gave it ("Police seized" -> "police"), so
    that a comparison does not take it for a name ("Police" / "Officers" is one force: compare.lexicon, GUIDE Q4)."""
    first = subj.left_edge if subj.left_edge.i < subj.i else subj
    if not phrase or not first.is_sent_start or first.pos_ == "PROPN" or first.ent_type_:
        return phrase
    return phrase[0].lower() + phrase[1:]


def sized(num: Token) -> bool:
    """The figure is a size, span or sum (the tagger's QUANTITY, TIME, MONEY or PERCENT: "800 kilometres", "seven
    hours", "$3 billion"): how far, how long or how much the doers go, spend or pay, theirs even as the verb's
    object."""
    return num.ent_type_ in SIZE_LABELS


def _named_otherwise(subj: Token) -> bool:
    """A group another reader owns or leaves: one a nationality describes, which owns only what it does as its
    direct object (clause_subject.national_group: "Israeli soldiers have shot dead five Palestinians in two West Bank
    towns", lee bg_277), and a part of a group named after it ("Senior members of the Saudi royal family", lee3
    cor_006), whose owner is that group."""
    if any(c.dep_ in ("amod", "compound") and (c.ent_type_ == "NORP" or word_senses.country_of(c.text))
           for c in subj.lefts):
        return True
    return any(c.dep_ == "prep" and c.lower_ in PART_OF for c in subj.rights)


def shares_subject(verb: Token) -> bool:
    """A subjectless infinitive whose doer is the subject of the verb above it ("tried to blow up", "have been able
    to carry out", "plan to plant"); not when that verb has a person or a name as its object ("asked police to
    search"), nor for a verb with a subject of its own."""
    if verb.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if above is None:
        return False
    return not any(c.dep_ in OBJECTS and _person_or_name(c) for c in above.children)


def _person_or_name(t: Token) -> bool:
    """A name, a pronoun, or a common noun for persons: who may be the doer of an infinitive."""
    return t.pos_ in ("PROPN", "PRON") or bool(t.ent_type_) or word_senses.person_noun(lemma(t))
