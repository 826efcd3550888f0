"""Whose side of a match's score each number is, and what the score counts, from the verb the result is told with,
when the clause names both sides: "Maria Lopez beat Anna Berg 6-3 6-4" (the winner, the verb's subject, holds the
larger number; the beaten side, its object, the smaller), "Chelsea won 3-1 against Everton" (the side met after
"against" or "over"), "Leeds lost 2-1 to Burnley" (the subject holds the smaller), "Leeds drew 1-1 with Burnley"
(the subject the first)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.pipeline import article_text
from newsfigures.extract.sport import scoreline_pair
from newsfigures.extract.tree import child, lemma, within

VERB_REACH = 3  # steps up the tree from a scoreline's first number to the verb it is told with
_GOALS = re.compile(r"\bgoal(?:s|less)?\b", re.IGNORECASE)
NOT_SIDES = frozenset({"DATE", "TIME", "FAC", "EVENT"})  # "won 3-1 over Christmas", "in the Euro 2024 final"
SIDE_ENTITIES = frozenset({"ORG", "GPE", "PERSON", "NORP"})  # a side the tagger knows by name whatever its POS


@dataclass(frozen=True)
class Match:
    """A match's result as one clause tells it: the verb, what it says of the subject (win, lose, draw), the
    scoreline's two numbers, and the two sides as named ("" for one it does not name; the subject's first)."""

    verb: Token
    kind: str
    pair: tuple[Token, Token]
    sides: tuple[str, str]


def match_of(num: Token) -> Match | None:
    """The match result `num` is a side of: a scoreline under a verb of winning, losing or drawing
    (measure_lexicon.MATCH_RESULT_VERBS) whose clause names a side ("" for a side it does not name: "to beat
    Switzerland 3-0" names the beaten side only); None for any other number ("the court ruled 7-2", "the series is
    1-0", "The motion was defeated 12-8": no side named)."""
    pair = scoreline_pair(num)
    verb = _verb_above(pair[0]) if pair is not None else None
    if pair is None or verb is None:
        return None
    kind = vocab.MATCH_RESULT_VERBS[lemma(verb)]
    subject = _subject_side(verb)
    sides = (_side_name(subject), _side_name(_other_side(verb, kind, subject, pair[0])))
    return Match(verb, kind, pair, sides) if any(sides) else None


def match_side(num: Token) -> str:
    """The side whose number `num`, a side of a match's scoreline, is: a win's subject holds the larger number, a
    loss's the smaller, a draw's the first; a passive turns it round. "" when `num` is no side of a match, or
    its side is not named."""
    match = match_of(num)
    if match is None:
        return ""
    first, second = match.pair
    if match.kind == "draw":
        subject_holds = num.i == first.i
    else:
        larger = first if int(first.text) >= int(second.text) else second
        subject_holds = (num.i == larger.i) == (match.kind == "win")
    return match.sides[0] if subject_holds != _passive(match.verb) else match.sides[1]


def match_unit(num: Token) -> str:
    """What a match's scoreline side counts: goals when the article speaks of goals, else the score itself; ""
    for a number that is no side of a match's result naming both sides (a vote won 5-4 by one named person stays
    uncounted)."""
    match = match_of(num)
    if match is None or not all(match.sides):
        return ""
    text, _ = article_text(num.doc)
    goals = sentcache.once(num.doc, "match_goals", None, lambda: _GOALS.search(text) is not None)
    return "goal" if goals else "score"


def _verb_above(first: Token) -> Token | None:
    """The first verb above a scoreline's first number, within VERB_REACH steps, when it tells a result."""
    verb = next((v for v, _ in sentcache.verbs_above(first)), None)
    if verb is None or lemma(verb) not in vocab.MATCH_RESULT_VERBS:
        return None
    return verb if within(first, verb, VERB_REACH) is not None else None


def _passive(verb: Token) -> bool:
    """A passive result: with its passive subject, or with an agent however the parser tagged the verb ("Everton,
    beaten 3-1 by Chelsea", read as a past tense with a subject)."""
    return child(verb, ("nsubjpass", "agent")) is not None


def _subject_side(verb: Token) -> Token | None:
    """The side the clause is about: the verb's subject, or the noun a participle describes ("Everton, beaten 3-1
    by Chelsea")."""
    subject = child(verb, ("nsubj", "nsubjpass"))
    return subject if subject is not None or verb.dep_ != "acl" else verb.head


def _other_side(verb: Token, kind: str, subject: Token | None, first: Token) -> Token | None:
    """The side the winner, loser or drawer met: the verb's named object ("beat Arsenal"), the passive's agent
    ("were beaten 3-2 by Sevilla"), the object of the preposition that names the opponent ("lost 2-1 to Burnley",
    "won the series 3-1 against England"; not "at", which names the ground as often: "won 3-1 at Wembley"), a side
    coordinated with the subject ("Ajax and PSV drew 0-0"), or the name the scoreline's first number was hung on
    ("Canada edged the United States 3-2")."""
    preps = vocab.MATCH_OPPONENT_PREPOSITIONS[kind]
    for h in (verb, first):
        for c in h.children:
            if c.dep_ == "dobj" and c.pos_ == "PROPN":
                return c
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in preps):
                obj = child(c, ("pobj",))
                if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ not in NOT_SIDES:
                    return obj
    conjunct = child(subject, ("conj",)) if subject is not None else None
    if conjunct is not None:
        return conjunct
    held = first.head
    return held if first.dep_ == "nummod" and held.pos_ == "PROPN" and held.head.i == verb.i else None


def _side_name(t: Token | None) -> str:
    """A side as the text names it: its proper name's words, without a score the tagger ran into it ("Arsenal
    2-0"); "" for a pronoun or a common noun ("The motion was defeated 12-8")."""
    if t is None or (t.pos_ != "PROPN" and t.ent_type_ not in SIDE_ENTITIES):
        return ""  # "Rangers", a NOUN to the tagger, is an ORG to its entities
    ent = sentcache.entity_of(t)
    toks = list(ent) if ent is not None else [*(c for c in t.lefts if c.dep_ == "compound"), t]
    words: list[str] = []
    for w in toks:
        if w.like_num or w.is_punct:
            break
        words.append(w.text)
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)
