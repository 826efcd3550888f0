"""The spaCy baseline's small value parser for entity text ("$11.5bn", "39K", "twelve", "a dozen")."""
from __future__ import annotations

import re

from newsfigures.eval.vocab import FRACTION_WORDS, MULTIPLIERS, SMALL_NUMBERS, SUFFIX_MULTIPLIERS, TENS, VAGUE_WORDS

_DIGITS = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(hundred|thousand|million|billion|trillion|bn|mn|k|m|b)?\b")


def _word_value(t: str) -> float | None:
    """A vague plural's representative value or a bare fraction's value, for text without digits."""
    if re.search(r"\d", t):
        return None
    for table in (VAGUE_WORDS, FRACTION_WORDS):
        for word, v in table.items():
            if re.search(rf"\b{word}\b", t):
                return v
    return None


def _digits_value(t: str) -> float | None:
    """The first digit number of `t` times its multiplier word or suffix ("2.2 million", "39k")."""
    m = _DIGITS.search(t)
    if not m:
        return None
    try:
        v = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    return v * MULTIPLIERS[m.group(2)] if m.group(2) else v


def _scale(total: float, cur: float, multiplier: float) -> tuple[float, float]:
    """Apply a multiplier word to the running group; thousand and above close the group into the total."""
    cur = (cur or 1.0) * multiplier
    return (total + cur, 0.0) if multiplier >= 1000 else (total, cur)


def _spelled_value(t: str) -> float | None:
    """Value of the first run of number words ("one hundred", "a dozen", "twenty five")."""
    total, cur, seen = 0.0, 0.0, False
    for w in re.findall(r"[a-z]+", t):
        if w in SMALL_NUMBERS or w in TENS:
            cur, seen = cur + SMALL_NUMBERS.get(w, TENS.get(w, 0)), True
            continue
        if w in ("a", "an") and not seen:
            cur = 1.0
            continue
        if w in MULTIPLIERS and w not in SUFFIX_MULTIPLIERS:
            (total, cur), seen = _scale(total, cur, MULTIPLIERS[w]), True
            continue
        if seen:
            break
    return total + cur if seen else None


def parse_value(text: str) -> float | None:
    """Small number parser for entity text: digits with separators, number words, and multipliers
    ("$11.5bn", "39K", "2.2 million", "twelve", "a dozen", "one hundred"); the first number found wins.
    Vague plurals ("thousands") get a representative value, bare fractions ("almost half") their value."""
    t = text.lower().replace("\u2009", "").replace("us$", " ").replace("$", " ")
    word = _word_value(t)
    if word is not None:
        return word
    if _DIGITS.search(t):
        return _digits_value(t)
    return _spelled_value(t)
