"""Cricket scores: in a sentence that speaks of cricket, a bare number a batsman is out for, a side chases or
leads by is runs, and the first number of a scoreline ("at three for 89", "2 for 17") is wickets."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

MAX_WICKETS = 10  # a side loses ten wickets at most


def score_quantity(num: Token, value: float) -> str:
    """wicket | run when `num` is a bare cricket score, else "" (a number on a noun, "two wickets", is counted
    as usual)."""
    if not _cricket(num):
        return ""
    doc = num.doc
    after = doc[num.i + 1:num.i + 3]
    if len(after) == 2 and after[0].lower_ == "for" and after[1].like_num and value <= MAX_WICKETS:
        return "wicket"  # "the Proteas are 2 for 17 at stumps"
    if num.dep_ == "pobj" and num.head.lower_ in ("for", "on"):
        return "run"  # "Gibbs was out for 9", "not out on 144", "declaring at 7 for 309"
    if num.dep_ in ("dobj", "npadvmod") and lemma(num.head) in vocab.RUN_VERBS:
        return "run"  # "Hayden scored 131", "Chasing 375 for victory", "Set 375"
    if num.dep_ == "pobj" and num.head.lower_ == "of" and lemma(num.head.head) == "lead":
        return "run"  # "an overall lead of 374"
    return ""


def _cricket(num: Token) -> bool:
    """The number's sentence speaks of cricket: a word of the game, or the number is what a batsman is out or
    a side dismissed for ("Gibbs was out for 9", "not out on 144", "dismissed late yesterday for 374")."""
    if any(t.lower_ in vocab.CRICKET_WORDS for t in num.sent):
        return True
    prep = num.head if num.dep_ == "pobj" and num.head.lower_ in ("for", "on") else None
    return prep is not None and (lemma(prep.head) == "dismiss"
                                 or any(t.lower_ == "out" for t in (prep.head, *prep.head.children)))
