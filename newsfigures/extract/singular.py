"""The singular lemma of a counted noun the lemmatizer left plural (tests/gold/measures/GUIDE.md, the quantity
table: "fall back to the head noun's singular lemma"): WordNet 3.0's irregular plurals ("referenda" -> "referendum",
"criteria" -> "criterion"), from `data/noun_singulars.txt` (scripts/build_noun_singulars.py), not a list of
words read from sentences."""
from __future__ import annotations

from functools import lru_cache

from newsfigures.extract.word_senses import data_lines


@lru_cache(maxsize=1)
def _singulars() -> dict[str, str]:
    """Plural -> singular for WordNet's irregular noun plurals (read once; the file is package data)."""
    return dict(line.split("\t") for line in data_lines("noun_singulars.txt"))


def singular(key: str) -> str:
    """The singular of a lower-case noun lemma when WordNet lists it as an irregular plural, else the lemma."""
    return _singulars().get(key, key)
