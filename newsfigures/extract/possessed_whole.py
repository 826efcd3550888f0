"""The issue's "X's" one noun up: a figure that counts what a possessed noun is made of belongs to that noun's
possessor, as "Sears' revenue" is Sears' ("upheld his indictment of one count of murder and nine counts of
kidnapping" -> the man "his" stands for, wn2004_099; "Acme completed its purchase of 40 stores" -> Acme), not to
the doer of the verb above it (the court that upheld the indictment)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import sentcache
from newsfigures.extract.clause_subject import first_conjunct, possessor

WHOLE_PREPOSITIONS = frozenset({"of"})  # "his indictment of one count": what the possessed noun consists of


def whole_possessor(num: Token, noun: Token | None) -> str:
    """The possessor of the noun whose "of" phrase the figure's counted noun is, or a later conjunct of it ("of
    one count ... and nine counts"); "" when that noun has no named or resolvable possessor, when the "of" hangs
    from the figure itself ("three of Canada's banks": a part, read elsewhere) or from a noun after it."""
    counted = first_conjunct(_phrase_head(num, noun))
    prep = counted.head
    if counted.dep_ != "pobj" or prep.lower_ not in WHOLE_PREPOSITIONS:
        return ""
    whole = prep.head
    if whole.pos_ != "NOUN" or whole == num or whole.i > counted.i:
        return ""
    return possessor(whole)


def _phrase_head(num: Token, noun: Token | None) -> Token:
    """The head of the figure's noun phrase: its counted noun when the number is inside that noun's phrase, else
    the unit the number counts ("3%", "10 years", "$500 million"), else the number."""
    if noun is not None and sentcache.is_ancestor(noun, num):
        return noun
    return num.head if num.dep_ in ("nummod", "compound") and num.head.pos_ == "NOUN" else num
