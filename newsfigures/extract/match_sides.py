"""Whose number each side of a match score is when its own clause names both sides, in any sport: "Leinster beat
Munster 27-13", "Bayern Munich lost 2-1 to Borussia Dortmund", "Real Madrid were beaten 3-2 by Sevilla", "Napoli's
4-0 win over Lazio", "Ajax and PSV drew 0-0". GUIDE's subject line (whose quantity it is: the group "that has ... or
does it") read the way the dev gold reads a scoreline's sides (docs/figures.md, "Each side of a series'
scoreline"): lee bg_118 (cricket_aus_sa_2001, "Australia is now 1-0": 1 Australia, 0 South Africa) and bg_299
(davis_cup_final_2001, "levelled at 1-1", "down 2-0": each number its side's). The winner holds the larger number,
the loser the smaller, each side of a draw the number written in the order the sides are named.

The sides are names (capitalised words), never a pronoun nor a common noun ("The committee voted 7-2"): the doer of
the result (the verb's subject, a passive's "by" agent, the possessor of "win"/"defeat") and the other side (the
verb's object, the name the score is written against, or the phrase "to", "with", "over", "against", "by" names, or a
name coordinated with the subject). A clause naming one side or none is left to `scoreline.py` and `sport_side.py`
(the dev gold's series scorelines and "we were down 2-0")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.tree import child, lemma
from newsfigures.numbers.scorelines import score_sides

DASHES = frozenset({"-", "\u2013"})
RESULT_NOUNS = frozenset({"win", "victory", "defeat", "loss", "draw", "thrashing", "triumph"})  # "a 4-0 win over"
LOSS_NOUNS = frozenset({"defeat", "loss"})  # a result noun its possessor is the loser of ("Napoli's 1-0 defeat")
LOSING_VERBS = frozenset({"lose", "trail"})  # a subject behind: "lost 2-1 to"
OTHER_SIDE_PREPS = frozenset({"to", "with", "over", "against", "by"})  # "lost 2-1 to X", "drew 1-1 with X"
CLIMB = 4  # steps up the tree from a score's first number to its result noun or verb
NAME_DEPS = frozenset({"compound"})  # words of a side's name before its head ("Borussia Dortmund")


def match_side(num: Token) -> str:
    """The side whose number `num` is, when it is a side of a score whose clause names both sides; "" otherwise."""
    pair = score_pair(num)
    if pair is None:
        return ""
    sides = result_sides(pair[0])
    if sides is None:
        return ""
    doer, other = sides
    first, second = pair
    a, b = int(first.text), int(second.text)
    if a == b:  # a draw: the sides in the order they are named
        named_first = doer if doer.i < other.i else other
        holder_of_first = named_first
    else:
        behind = _behind(pair[0], doer)
        larger_holder = other if behind else doer
        holder_of_first = larger_holder if a > b else (doer if larger_holder is other else other)
    holder = holder_of_first if num.i == first.i else (other if holder_of_first is doer else doer)
    return side_name(holder)


def score_pair(num: Token) -> tuple[Token, Token] | None:
    """The first and second number of the dash score `num` is a side of (numbers/scorelines.py), as tokens."""
    doc = num.doc
    if not num.text.isdigit() or score_sides(doc.text, num.idx) is None:
        return None
    if num.i + 2 < len(doc) and doc[num.i + 1].text in DASHES and doc[num.i + 2].text.isdigit():
        return num, doc[num.i + 2]
    if num.i >= 2 and doc[num.i - 1].text in DASHES and doc[num.i - 2].text.isdigit():
        return doc[num.i - 2], num
    return None


def result_anchor(first: Token) -> tuple[Token | None, Token | None]:
    """The result noun ("win", "draw") and the verb above a score's first number, each None when there is none."""
    noun, t = None, first
    for _ in range(CLIMB):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ == "NOUN" and lemma(t) in RESULT_NOUNS and noun is None:
            noun = t
        if t.pos_ in ("VERB", "AUX"):
            return noun, t
    return noun, None


def result_sides(first: Token) -> tuple[Token, Token] | None:
    """The doer of the result and the other side, as the clause names them; None unless it names both."""
    noun, verb = result_anchor(first)
    doer = _named(child(noun, ("poss",))) if noun is not None else None
    other = _prep_side(noun) if noun is not None else None
    if verb is not None:
        agent = _named(_agent(verb))
        subject = _named(child(verb, ("nsubj",))) or _named(child(verb, ("nsubjpass",)))
        if agent is not None and doer is None and subject is not None:
            doer, other = agent, subject  # "were beaten 3-2 by Sevilla": the agent did it
        doer = doer or subject
        other = other or _named(child(verb, ("dobj",))) or _glued_name(first) or _prep_side(verb) \
            or _conjunct(doer)
    if doer is None or other is None or doer.i == other.i:
        return None
    return doer, other


def _behind(first: Token, doer: Token) -> bool:
    """The doer lost: a losing verb or a loss noun carries the score ("lost 2-1 to", "Napoli's 1-0 defeat")."""
    noun, verb = result_anchor(first)
    if noun is not None and lemma(noun) in LOSS_NOUNS:
        return True
    return verb is not None and lemma(verb) in LOSING_VERBS and doer.head.i == verb.i


def _agent(verb: Token) -> Token | None:
    """The name of a passive's "by" agent, on the verb or on a result noun below it ("held to a draw by X")."""
    for t in (verb, *verb.subtree):
        by = child(t, ("agent",))
        if by is not None:
            return child(by, ("pobj",))
    return None


def _prep_side(head: Token) -> Token | None:
    """The name in `head`'s "to", "with", "over", "against" or "by" phrase, or in such a phrase on the object of
    one of its other phrases ("won 3-1 at home to Everton")."""
    for prep in head.children:
        if prep.dep_ not in ("prep", "agent"):
            continue
        obj = child(prep, ("pobj",))
        if prep.lower_ in OTHER_SIDE_PREPS and _named(obj) is not None:
            return obj
        inner = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ in OTHER_SIDE_PREPS), None) \
            if obj is not None else None
        if inner is not None and _named(child(inner, ("pobj",))) is not None:
            return child(inner, ("pobj",))
    return None


def _glued_name(first: Token) -> Token | None:
    """The name a score is written right against ("beat Munster 27-13")."""
    return _named(first.doc[first.i - 1]) if first.i > 0 else None


def _conjunct(doer: Token | None) -> Token | None:
    """A name coordinated with the doer ("Ajax and PSV drew 0-0")."""
    return _named(child(doer, ("conj",))) if doer is not None else None


def _named(t: Token | None) -> Token | None:
    """`t` when it is a name (a capitalised noun or proper noun, no time word), else None."""
    if t is None or t.pos_ not in ("PROPN", "NOUN") or not t.text[:1].isupper() or t.like_num:
        return None
    return None if t.ent_type_ in ("DATE", "TIME") else t


def side_name(t: Token) -> str:
    """A side's name as written: the head with the name words before it, without "the" ("the Miami Heat")."""
    start = t.i
    while start > 0 and t.doc[start - 1].dep_ in NAME_DEPS and t.doc[start - 1].text[:1].isupper() \
            and t.doc[start - 1].head.i in range(start, t.i + 1):
        start -= 1
    return t.doc[start:t.i + 1].text
