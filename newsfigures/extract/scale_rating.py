"""A rating on a named scale (the guide's `index_level` line: "a stock index or other index's level or change
(Sensex, Dow, Torino scale rating)", in its dimension `magnitude`, "earthquake/asteroid scales"): a bare number
"on the <name> scale" ("rated 4 on the Torino scale") or "of" a rating a scale names ("a Torino scale rating of 1")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.tree import lemma

SCALE = "scale"
RATING_NOUNS: frozenset[str] = frozenset({"rating", "level", "reading"})
ON_WORDS = ("on", "the")  # "on the <name> scale", read from the words: the parser hangs the phrase anywhere
NAME_WORDS = 5  # tokens of the scale's name and size between "the" and "scale" ("the 10-point Torino scale")


def scale_rating(num: Token, kind: str, unit: str) -> bool:
    """A bare number is a rating on a named scale ("on the Torino scale", "a Torino scale rating of 1")."""
    if kind != "cardinal" or unit:
        return False
    return _on_a_scale(num) or _of_a_scale_rating(num)


def _on_a_scale(num: Token) -> bool:
    """ "rated 4 on the Torino scale", "a rating of 2 on the Torino scale"; not a scale no name names ("3 on the pay
    scale", "200 on the sliding scale")."""
    after = list(num.doc[num.i + 1:num.i + 3 + NAME_WORDS + 1])
    if tuple(t.lower_ for t in after[:2]) != ON_WORDS:
        return False
    end = next((k for k, t in enumerate(after) if k > 2 and t.lower_ == SCALE), None)
    return end is not None and _named(after[2:end])


def _of_a_scale_rating(num: Token) -> bool:
    """ "a Torino scale rating of 1": the number is the "of" object of a rating a named scale's noun names."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "of" or lemma(prep.head) not in RATING_NOUNS:
        return False
    scale = next((t for t in prep.head.lefts if lemma(t) == SCALE), None)
    return scale is not None and _named([t for t in scale.subtree if t != scale])


def _named(words: list[Token]) -> bool:
    """Words before "scale" that name it: one of them is capitalised ("Torino", "Saffir-Simpson")."""
    return any(t.text[:1].isupper() for t in words)
