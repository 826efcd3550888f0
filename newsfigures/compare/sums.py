"""Two sums of money as the similarity reads them: a bare sum ("money", the extractor's word when nothing says what
kind of money it is) beside a kind of money, and two bare sums that are each a different thing's."""
from __future__ import annotations

from newsfigures.compare import kinds
from newsfigures.extract.measure_lexicon import MONEY_KINDS
from newsfigures.model import Figure

MONEY = "money"  # the quantity of a sum whose kind nothing in its sentence says (GUIDE table, money line)


def kind_unread(x: str, y: str) -> bool:
    """One concept is a bare sum and the other a kind of money (MONEY_KINDS: "profit", "cost", "price"): the kind is
    read on one side only, as an empty field is, not a different quantity ("a quarterly profit of $1.1 billion" ~
    "net income came to $1.1 billion")."""
    return MONEY in (x, y) and bool({x, y} & MONEY_KINDS)


def different_things(a: Figure, b: Figure) -> str:
    """Why two bare sums may be two things', "" when they may be one: their own nouns differ, their phrases
    share no word and WordNet files them as no one kind ("a shortage of 800 mln stg" ~ "exchequer transactions of 245
    mln stg"; not "Interest" ~ "Interest payments")."""
    x, y = a.counted_lemma.lower(), b.counted_lemma.lower()
    if x == y or {x, y} & {"", MONEY} or kinds.one_kind(x, y):
        return ""
    if set(a.counted.lower().split()) & set(b.counted.lower().split()):
        return ""
    return f"two sums on different nouns: {x} vs {y}"
