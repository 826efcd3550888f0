"""GUIDE Q4, its subject half: police officers counted as such are `people`, and their subject is the force
("police"), not the word for its members ("was shot dead by two policemen" -> "police"; "two Kenyan police
officers" -> "Kenyan police"); a nationality or a name before them stays, as it does for other groups."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.tree import lemma

FORCE = "police"
# Words for a member of a police force, counted as such.
MEMBER_WORDS = frozenset({"policeman", "policemen", "policewoman", "policewomen", "constable", "cop"})
# Words for a member of any force, a member of the police when "police" stands before them ("police officers").
RANK_WORDS = frozenset({"officer"})


def police_force(noun: Token, group: str) -> str:
    """The force a counted group of police officers is (`group` as the text names the group, its member word
    written as FORCE); `group` unchanged for any other group."""
    word = lemma(noun)
    if noun.lower_ in MEMBER_WORDS or word in MEMBER_WORDS:
        return _as_force(group, noun.text)
    if word in RANK_WORDS and any(c.lower_ == FORCE and c.dep_ in ("compound", "amod") for c in noun.lefts):
        return _as_force(group, noun.text, "")  # "police officers": the force is named already
    return group


def _as_force(group: str, member: str, force: str = FORCE) -> str:
    """`group` with its last word, the member word, written as `force` (dropped when it is "", FORCE if nothing
    is left)."""
    words = group.split()
    if not words or words[-1] != member:
        return group
    return " ".join([*words[:-1], *([force] if force else [])]) or FORCE
