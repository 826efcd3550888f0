"""What a word means, read from WordNet-derived data files (scripts/build_word_senses.py): whether a noun names a
person, for counts of role nouns no hand list foresaw ("seven astronauts", "three defendants")."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """The one-word nouns whose most frequent WordNet sense is a person (read once; the file is package data)."""
    lines = (DATA / "person_nouns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def names_person(lemma: str) -> bool:
    """True when the noun lemma's first WordNet sense is a person ("guide", "astronaut", "defendant")."""
    return lemma.lower() in person_nouns()
