"""Revision 2's Q3 of tests/gold/measures/GUIDE.md for a sum written on a thing's noun, read literally: "A sum stated as
what a thing sells for, is offered at or is worth on a market ("a £3,000 tracking device") is `price`". A thing is a
noun whose first WordNet sense is a man-made thing (`data/artifact_nouns.txt`, written by
scripts/build_thing_words.py)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsfigures.extract.measure_classes import money_noun
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import data_lines, names_a_sum

MODIFIERS = frozenset({"compound", "amod", "nummod", "nmod"})  # how a sum hangs on the noun it is written on
MODIFIER_STEPS = 2  # the sum, and one modifier word between it and its noun


@lru_cache(maxsize=1)
def artifact_nouns() -> frozenset[str]:
    """The one-word nouns whose first WordNet sense is a man-made thing (read once; the file is package data)."""
    return frozenset(data_lines("artifact_nouns.txt"))


def thing_sum(num: Token, noun: Token | None) -> str:
    """`price` for a sum written on a thing's noun ("his £3,000 satellite tracking device"), "" when the sum is not
    written on a noun, or its noun names money ("his $25,000 bail", "a $25 million reward") or no thing ("a $3000
    billion lawsuit", "a $40 billion plan")."""
    noun = noun if noun is not None else _written_on(num)
    if noun is None or noun.pos_ != "NOUN" or noun.i < num.i or noun not in (num.head, num.head.head):
        return ""
    key = lemma(noun).lower()
    if money_noun(key) or names_a_sum(key):
        return ""
    return "price" if key in artifact_nouns() else ""


def _written_on(num: Token) -> Token | None:
    """The noun a sum modifies through a modifier between them that the counted phrase did not look past ("his
    £3,000 satelite tracking device", the parser taking a misspelt noun for an adjective); None when there is none."""
    t = num
    for _ in range(MODIFIER_STEPS):
        if t.dep_ not in MODIFIERS or t.head.i < t.i:
            return None
        t = t.head
        if t.pos_ == "NOUN":
            return t
    return None
