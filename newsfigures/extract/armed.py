"""Members of a named armed group (tests/gold/measures/GUIDE.md, revision 2, Q1: "members of <armed group>" are
`troops`: "150 al-Qaida members", "more than 70 members of the Islamic Jihad and Hamas groups"). The names are
WordNet 3.0's armed groups and forces (`data/armed_groups.txt`, written by scripts/build_armed_groups.py), not a
list read from sentences."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from newsfigures.extract.word_senses import data_lines

MEMBER_LEMMAS: frozenset[str] = frozenset({"member"})


@lru_cache(maxsize=1)
def _names() -> re.Pattern[str]:
    """One pattern matching any armed group's name as whole words (read once; the file is package data)."""
    names = sorted(data_lines("armed_groups.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def names_armed_group(text: str) -> bool:
    """The text names an armed group or force by its proper name ("Hamas", "al-Qaida", "Special Air Service")."""
    return bool(_names().search(text))


def armed_members(noun: Token | None) -> bool:
    """The counted noun is the members of an armed group the text names: on the noun itself ("al-Qaida members",
    "Hamas and Islamic Jihad members") or in its "of" phrase ("members of the Islamic Jihad and Hamas groups")."""
    if noun is None:
        return False
    if noun.lemma_.lower() not in MEMBER_LEMMAS:  # "scores of Hamas and Islamic Jihad members": names sharing one
        shared = [c for c in noun.conjuncts if c.i > noun.i and c.lemma_.lower() in MEMBER_LEMMAS]
        return bool(shared) and names_armed_group(noun.doc[noun.left_edge.i:shared[0].i].text)
    before = noun.doc[noun.left_edge.i:noun.i].text
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    owner = " ".join(noun.doc[p.i:p.right_edge.i + 1].text for p in of)
    return names_armed_group(before) or names_armed_group(owner)
