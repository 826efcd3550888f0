"""Figures that restate one amount another way share its date: "net profit of 43.9 mln dlrs, or 56 cts a share, in
1985" (a sum and the same sum per share), "4.4 billion dinars (about 15.7 billion dlrs) at the end of 1986" (a sum
and its conversion), "fell 5.4 pct, or 2.8 billion guilders, in 1986". A sentence writes the time once, after or
before the pair, and the parse hangs it on one of the two; both hold at that time.

A pure step over an article's figures in text order, after extraction: it reads the figures' records and the
article's text, never a parse.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsfigures.model import Figure

# What stands between an amount and its restatement: at most two words of its unit ("mln dlrs", "dinars") that the
# surface left out, then ", or", "or" or an opening bracket ("43.9 mln dlrs, or 56 cts", "4.4 billion dinars (about").
_RESTATING = re.compile(r"(?:\s+[A-Za-z.$£€]+){0,2}\s*(?:,\s*or|\s+or|\s*[(\[])\s*", re.IGNORECASE)


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
    two words of `a`'s unit) between them."""
    return a.end <= b.start and _RESTATING.fullmatch(text, a.end, b.start) is not None


def own_date(f: Figure) -> bool:
    """The figure's date comes from a time phrase of its text, not from the publication day every undated figure
    takes (or from nothing)."""
    return bool(f.as_of) and f.as_of != f.published[:10]
