"""Which currency a bare name that several countries' currencies bear stands for in one article: "4,776 francs" in
a report from France is the French franc, in one from Senegal the CFA franc, and the Swiss franc (the number
parser's reading) where the article names neither more. As `dimension.local_dollar` reads a bare "$", by the
country the article names most (by name or nationality, `countries_named`), which must be named at least MARGIN
mentions more than the country of the parser's reading. The names and their countries are CLDR's
(extract/data/currency_countries.txt, written by scripts/build_currency_names.py)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsfigures import numbers
from newsfigures.extract.countries_named import country_counts
from newsfigures.extract.dimension import DOLLAR_MARGIN
from newsfigures.extract.word_senses import data_lines

MARGIN = DOLLAR_MARGIN  # as for the dollar: news of one country names another country once or twice in passing
# A sum that names its currency itself: a capitalised qualifier or code ("Swiss francs", "CHF 5"), or a symbol
# ("£5" is written so of the pound sterling by British news of any country).
_NAMED = re.compile(r"[A-Z]|[^\w\s.,'’-]")


@lru_cache(maxsize=1)
def _families() -> dict[str, dict[str, frozenset[str]]]:
    """Bare name -> ISO code -> the countries that use it (read once; package data)."""
    rows: dict[str, dict[str, set[str]]] = {}
    for line in data_lines("currency_countries.txt"):
        word, code, country = line.split("\t")
        rows.setdefault(word, {}).setdefault(code, set()).add(country)
    return {word: {code: frozenset(c) for code, c in codes.items()} for word, codes in rows.items()}


@lru_cache(maxsize=1)
def _bare_after_number() -> re.Pattern[str]:
    """A family's name the number parser reads as a currency, written bare after a number ("4,776 francs", "5 mln
    rupees")."""
    read = sorted((w for w in _families() if numbers.currency_code(w)), key=len, reverse=True)
    return re.compile(r"\d[\d.,]*(?:[ \t]+[a-z]+)?[ \t]+(" + "|".join(map(re.escape, read)) + r")\b")


def local_currencies(text: str, counts: Counter[str] | None = None) -> dict[str, str]:
    """The parser's code -> the code this article means by it, for each family name the text writes bare after a
    number and whose article country is another's (`counts`: how often the text names each country, counted here
    only when a family name is written)."""
    out = {}
    written = list(dict.fromkeys(m.group(1) for m in _bare_after_number().finditer(text)))
    if written and counts is None:
        counts = country_counts(text)[0]
    for word in written:
        read = numbers.currency_code(word)
        meant = _meant(_families()[word], read, counts)
        if meant != read:
            out[read] = meant
    return out


def _meant(family: dict[str, frozenset[str]], read: str, counts: Counter[str]) -> str:
    """The code of the family whose countries the article names most, MARGIN more than `read`'s; else `read`."""
    named = {code: sum(counts[c] for c in countries) for code, countries in family.items()}
    best = max(named, key=named.__getitem__)
    tied = sum(n == named[best] for n in named.values()) > 1
    return best if not tied and named[best] >= named.get(read, 0) + MARGIN else read


def local_code(written: str, unit: str, local: dict[str, str]) -> str:
    """The code a money figure written `written` in `unit` has in an article with these `local` readings: the
    article's own when the figure does not name its currency ("4,776 francs", "42 mln" after "67 mln francs")."""
    return local[unit] if unit in local and not _NAMED.search(written) else unit
