"""The act or event a figure gives the size of, when the figure is written on that act's noun: "a $US3000 billion
lawsuit" (lawsuit), "a hiatus of more than seven years" (hiatus), "an unprecedented 10-year expansion period"
(expansion), "their survey of 33 detainees" (survey). GUIDE E2 names the event by the word of the text that says
what happened; a noun whose first WordNet sense is an act or an event (word_senses.happening_noun) says it nearer
than the verb that frames the whole phrase ("filed in", "after", "ending", "found")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.measure_classes import event_class
from newsfigures.extract.word_senses import act_verb, happening_noun
from newsfigures.extract.tree import lemma

SIZING_DEPS = ("nummod", "compound", "quantmod", "amod")  # how a figure stands on the noun it sizes


def sized_act(num: Token, counts: bool, timed: bool = False) -> str:
    """The lemma of the act or event noun the figure sizes, "" when none: the noun the figure (or its unit, "10-year",
    "12 day") stands on, or a compound before that noun ("10-year expansion period"), or the noun whose "of" phrase
    holds the figure ("hiatus of more than seven years", "survey of 33 detainees"). A bare count on an act noun
    (`counts`: "two attacks", "four races") counts acts, it sizes none: left to the verb; so is an act a verb takes
    as its object ("signed a $23 billion deal", "approved a $10 million project": the verb says what happened, as
    `wording.nominal_word` reads a penalty received), unless the figure is a time (`timed`): a time is the act's
    length, whichever verb takes it ("ending an unprecedented 10-year expansion period", "lift a four-year ban")."""
    act = _sized_noun(num, counts)
    if act is None or (not timed and _taken(act)):
        return ""
    return lemma(act)


def sized_event(act: str, quantity: str, counted_lemma: str) -> str:
    """The event of a sized act: the closed class of the act's verb when it has one ("the killing of 30
    demonstrators": killed, "the evacuation of 300 residents": displaced), else the act's noun (E2, `other:`)."""
    verb = act_verb(act)
    found = event_class(verb, quantity, counted_lemma) if verb else ""
    return found if found and not found.startswith("other:") else f"other:{act}"


def _taken(noun: Token) -> bool:
    """The noun, or the noun it is a compound of, is a verb's direct object."""
    phrase = noun.head if noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN" else noun
    return phrase.dep_ == "dobj" and phrase.head.pos_ == "VERB"


def _sized_noun(num: Token, counts: bool) -> Token | None:
    """The act or event noun the figure stands on, is compounded before, or is in the "of" phrase of; None."""
    head = num.head
    if num.dep_ in SIZING_DEPS and head.pos_ == "NOUN" and head.i > num.i:
        if not counts and happening_noun(lemma(head)) and head.dep_ not in ("compound", "amod"):
            return head
        if head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN" and head.head.i > head.i:
            sized = head.head
            words = [t for t in num.doc[head.i + 1:sized.i + 1] if t.pos_ == "NOUN"]
            return next((t for t in words if happening_noun(lemma(t))), None)
    phrase = head if num.dep_ == "nummod" and head.pos_ == "NOUN" else num
    of = phrase.head if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" else None
    owner = of.head if of is not None else None
    return owner if owner is not None and owner.pos_ == "NOUN" and happening_noun(lemma(owner)) else None
