"""Figures that restate one amount another way share its date: "net profit of 43.9 mln dlrs, or 56 cts a share, in
1985" (a sum and the same sum per share), "4.4 billion dinars (about 15.7 billion dlrs) at the end of 1986" (a sum
and its conversion), "fell 5.4 pct, or 2.8 billion guilders, in 1986". A sentence writes the time once, after or
before the pair, and the parse hangs it on one of the two; both hold at that time.

A pure step over an article's figures in text order, after extraction: it reads the figures' records and the
article's text, never a parse. Extraction itself asks `given_again` of a mention in brackets right after a figure of
its kind ("2,900,000 N (656,000 lb)"): the same amount in other units, which counts what that figure counts.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsfigures.model import Figure
from newsfigures.numbers.lexicon import CURRENCY_WORDS, MEASURE_UNITS, SCALE_WORDS, SPACED_SCALE_SUFFIXES

# What stands between an amount and its restatement: at most two words (of its unit, `UNIT_WORDS`) that the surface
# left out, then ", or", "or" or an opening bracket ("43.9 mln dlrs, or 56 cts", "4.4 billion dinars (about").
_RESTATING = re.compile(r"(?P<unit>(?:\s+[A-Za-z.$£€]+){0,2})\s*(?P<link>,\s*or|\s+or|\s*[(\[])\s*", re.IGNORECASE)
# After a bracketed restatement, at most two words of its unit and the closing bracket: "(about 15.7 billion dlrs)",
# not a year-earlier figure the bracket dates ("(1.18 billion euros a year earlier)").
_CLOSED = re.compile(r"(?:\s+[A-Za-z.$£€]+){0,2}\s*[)\]]")
# After "or": a difference, not the amount again ("30 people, or 10 more than on Monday").
_DIFFERENCE = re.compile(r"\s+(?:more|fewer|less|higher|lower)\b", re.IGNORECASE)
# The words of a currency's name, a unit of measure or a scale ("dinars", "Canadian dlrs", "tonnes", "mln").
UNIT_WORDS = frozenset(w.lower() for name in (*CURRENCY_WORDS, *MEASURE_UNITS, *SCALE_WORDS, *SPACED_SCALE_SUFFIXES)
                       for w in name.split())


_OPENING_BRACKET = re.compile(r"\s*[(\[]\s*")


def given_again(prev: Figure, kind: str, start: int, text: str) -> bool:
    """ "2,900,000 N (656,000 lb)": a mention of `kind` at offset `start` of the article `text` gives the figure
    `prev` again in other units, in an opening bracket right after it."""
    return kind == prev.kind and prev.end <= start and _OPENING_BRACKET.fullmatch(text, prev.end, start) is not None


def share_restated_dates(figures: Sequence[Figure], text: str) -> list[Figure]:
    """`figures` (one article's, in text order), where two neighbours of one sentence restate one amount (`restates`)
    and only one of them has a date of its own (`own_date`), the other given that date and period."""
    out = list(figures)
    for n in range(1, len(out)):
        a, b = out[n - 1], out[n]
        if a.sentence_start != b.sentence_start or not restates(a, b, text):
            continue
        if own_date(a) and not own_date(b):
            out[n] = replace(b, as_of=a.as_of, period=a.period)
        elif own_date(b) and not own_date(a):
            out[n - 1] = replace(a, as_of=b.as_of, period=b.period)
    return out


def restates(a: Figure, b: Figure, text: str) -> bool:
    """`b` follows `a` as the same amount said another way: only ", or", "or" or an opening bracket (after at most
    two words of `a`'s unit) between them; a bracket closes after `b`'s own unit, and an "or" is no difference."""
    found = _RESTATING.fullmatch(text, a.end, b.start) if a.end <= b.start else None
    if found is None or any(w.lower() not in UNIT_WORDS for w in found.group("unit").split()):
        return False
    if found.group("link").strip() in "([":
        return _CLOSED.match(text, b.end) is not None
    return _DIFFERENCE.match(text, b.end) is None


def own_date(f: Figure) -> bool:
    """The figure is dated: by a time phrase of its text, or by the publication day an undated figure of a dated
    article takes, which may be its own ("83.20 dlrs today (84.10 dlrs on Friday)"); only an undated one takes the
    date of its restatement."""
    return bool(f.as_of)
