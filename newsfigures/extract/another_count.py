"""Event words that say what befell another count in the sentence: a verb whose own subject is another number, or a
noun another number counts when the figure has a clause of its own ("Three people died and 2,500 residents were
ordered to leave": 2,500 did not die)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.governed import SUBJECT_DEPS

NO_CLAUSE_DEPS = ("prep", "agent", "amod")  # "including 15 children": a participle that opens a phrase, no clause


def verb_of_another_count(verb: Token, num: Token) -> bool:
    """The event word is a verb whose subject, outside the figure's own phrase, is another number ("rose to 27, with
    212 injured": 212 is who was injured), or a noun another number counts while the figure hangs in a clause of its
    own below the verb ("Three people died and 2,500 residents were ordered to leave"; "14 officers were injured, of
    whom four have returned to work"): it says what befell that count, not this one. The figure's own verb's
    arguments ("92 funds rose 151.9 mln dlrs") and parts ("51 people are killed, including 15 children") are not
    another count's."""
    if verb.pos_ != "VERB":
        return False
    if _conjunct_with_its_own(verb, num):
        return True
    others = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not c.left_edge.i <= num.i <= c.right_edge.i]
    if any(c.pos_ == "NUM" for c in others):
        return True
    counted = any(g.dep_ == "nummod" and g.like_num for c in others for g in c.children)
    return counted and _own_clause(num, verb)


def _own_clause(num: Token, verb: Token) -> bool:
    """Above the figure, before `verb` is met (or the sentence's root reached, when `verb` stands in another branch:
    "There are 200 patients in hospital after 12 people died"), stands a verb of a clause of its own."""
    t = num
    while t.head.i != t.i:
        t = t.head
        if t.i == verb.i:
            return False
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in NO_CLAUSE_DEPS:
            return True
    return False


def own_clause(t: Token) -> bool:
    """`t` heads a coordinated clause with a subject of its own ("..., and sales rose 12 pct")."""
    return t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in t.children)


def _conjunct_with_its_own(verb: Token, num: Token) -> bool:
    """The verb heads a coordinated clause of its own, with its own subject and its own number, that does not hold
    the figure ("had net income of $6.3 million, and sales rose 12 pct": the rise is the sales', not the income's)."""
    if not own_clause(verb) or verb.left_edge.i <= num.i <= verb.right_edge.i:
        return False
    return any(t.like_num for t in verb.subtree if t.i != num.i)
