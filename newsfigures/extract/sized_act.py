"""The act or event a figure gives the size of, when the figure is written on that act's noun: "a $US3000 billion
lawsuit" (lawsuit), "a hiatus of more than seven years" (hiatus), "an unprecedented 10-year expansion period"
(expansion), "their survey of 33 detainees" (survey). GUIDE E2 names the event by the word of the text that says
what happened; a noun whose first WordNet sense is an act or an event (word_senses.happening_noun) says it nearer
than the verb that frames the whole phrase ("filed in", "after", "ending", "found")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.word_senses import happening_noun
from newsfigures.extract.tree import lemma

SIZING_DEPS = ("nummod", "compound", "quantmod", "amod")  # how a figure stands on the noun it sizes


def sized_act(num: Token, counts: bool) -> str:
    """The lemma of the act or event noun the figure sizes, "" when none: the noun the figure (or its unit, "10-year",
    "12 day") stands on, or a compound before that noun ("10-year expansion period"), or the noun whose "of" phrase
    holds the figure ("hiatus of more than seven years", "survey of 33 detainees"). A bare count on an act noun
    (`counts`: "two attacks", "four races") counts acts, it sizes none: left to the verb."""
    head = num.head
    if num.dep_ in SIZING_DEPS and head.pos_ == "NOUN" and head.i > num.i:
        if not counts and happening_noun(lemma(head)) and head.dep_ not in ("compound", "amod"):
            return lemma(head)
        if head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN" and head.head.i > head.i:
            sized = head.head
            words = [t for t in num.doc[head.i + 1:sized.i + 1] if t.pos_ == "NOUN"]
            return next((lemma(t) for t in words if happening_noun(lemma(t))), "")
    phrase = head if num.dep_ == "nummod" and head.pos_ == "NOUN" else num
    of = phrase.head if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" else None
    owner = of.head if of is not None else None
    return lemma(owner) if owner is not None and owner.pos_ == "NOUN" and happening_noun(lemma(owner)) else ""
