"""Which countries an article names, and how often: by the country's name or by its people's ("Australia ...
the Australians"), from the nationality table (extract/data/demonyms.txt). Read by the scoreline's sides and by a
bare currency name's country."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsfigures.extract import word_senses


def country_named(name: str) -> str:
    """The country a name is or whose people it names ("Australians" -> "Australia"); "" for any other name."""
    return name if name in _countries() else word_senses.country_of(name)


def country_counts(text: str) -> tuple[Counter[str], dict[str, int]]:
    """How often `text` names each country, by name or nationality, and where it first does."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _country_words().finditer(text):
        country = country_named(m.group())
        counts[country] += 1
        first.setdefault(country, m.start())
    return counts, first


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The country names of the nationality table."""
    return frozenset(word_senses.demonyms().values())


@lru_cache(maxsize=1)
def _country_words() -> re.Pattern[str]:
    """A country's name or a nationality word, as a whole word, longest first."""
    words = sorted(_countries() | set(word_senses.demonyms()), key=len, reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in words))
