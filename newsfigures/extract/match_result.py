"""Whose side of a match's score each number is, and what the score counts, from the verb the result is told with:
"Manchester United beat Arsenal 2-0" (the winner, the verb's subject, holds the larger number; the beaten side, its
object, the smaller), "Chelsea won 3-1 at Everton" (the other side after "at", "against" or "over"), "Leeds lost
2-1 to Burnley" (the subject holds the smaller), "Leeds drew 1-1 with Burnley" (the subject the first)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.pipeline import article_text
from newsfigures.extract.sport import scoreline_pair
from newsfigures.extract.tree import child, lemma

VERB_REACH = 3  # steps up the tree from a scoreline's first number to the verb it is told with
_GOALS = re.compile(r"\bgoal(?:s|less)?\b", re.IGNORECASE)


def result_verb(num: Token) -> Token | None:
    """The verb of winning, losing or drawing (measure_lexicon.MATCH_RESULT_VERBS) a scoreline `num` is a side of
    is told with, None for any other number or verb ("the court ruled 7-2", "the series is 1-0")."""
    pair = scoreline_pair(num)
    if pair is None:
        return None
    t = pair[0]
    for _ in range(VERB_REACH):
        if t.head is t:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t if lemma(t) in vocab.MATCH_RESULT_VERBS else None
    return None


def match_side(num: Token) -> str:
    """The side whose number `num`, a side of a match's scoreline, is, as the result's verb names it; "" when
    `num` is no such side or the verb's clause does not name that side."""
    verb = result_verb(num)
    if verb is None:
        return ""
    first, second = scoreline_pair(num)  # type: ignore[misc]  (result_verb found the pair)
    kind = vocab.MATCH_RESULT_VERBS[lemma(verb)]
    if kind == "draw":
        subject_holds = num.i == first.i
    else:
        larger = first if int(first.text) >= int(second.text) else second
        subject_holds = (num.i == larger.i) == (kind == "win")
    passive = child(verb, ("nsubjpass",)) is not None
    if subject_holds != passive:  # "Arsenal were beaten 2-0 by United": the passive's subject is the other side
        return _side_name(child(verb, ("nsubj", "nsubjpass")))
    return _side_name(_other_side(verb, kind))


def match_unit(num: Token) -> str:
    """What a match's scoreline side counts: goals when the article speaks of goals, else the score itself; ""
    for a number that is no side of a match's result."""
    if result_verb(num) is None:
        return ""
    text, _ = article_text(num.doc)
    goals = sentcache.once(num.doc, "match_goals", None, lambda: _GOALS.search(text) is not None)
    return "goal" if goals else "score"


def _other_side(verb: Token, kind: str) -> Token | None:
    """The side the winner, loser or drawer met, named: the verb's object ("beat Arsenal", the tagger's "Arsenal 2"
    in "beat Arsenal 2-0"), the passive's agent ("were beaten 3-2 by Sevilla") or the object of the preposition that
    names the opponent ("won 3-1 at Everton", "lost 2-1 to Burnley", "won the series 3-1 against England")."""
    preps = vocab.MATCH_OPPONENT_PREPOSITIONS[kind]
    for h in (verb, *(c for c in verb.subtree if c.like_num)):
        for c in h.children:
            if c.dep_ == "dobj" and c.pos_ == "PROPN":
                return c
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in preps):
                obj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
                if obj is not None:
                    return obj
    return next((c.head for c in verb.subtree if c.like_num and c.dep_ == "nummod" and c.head.pos_ == "PROPN"), None)


def _side_name(t: Token | None) -> str:
    """A side as the text names it: its proper name's words, without a score the tagger ran into it ("Arsenal
    2-0"); "" for a pronoun or a common noun."""
    if t is None or t.pos_ != "PROPN":
        return ""
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
