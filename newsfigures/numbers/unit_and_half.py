"""A unit and a half is one amount: "an hour and a half", "a year and a half", "two years and a half", "a mile and
a half" (1.5 hours, 1.5 years, 2.5 years, 1.5 miles). The parser read "a half" alone, a fraction that news then
took for a share of something. All functions are pure."""
from __future__ import annotations

import re
from dataclasses import replace

from newsfigures.numbers.lexicon import DURATION_WORDS, MEASURE_UNITS
from newsfigures.numbers.mention import NumberMention, interval, make_mention
from newsfigures.numbers.qualifiers import qualifier_before
from newsfigures.numbers.tokens import TokenStream

HALVES = frozenset({"a half", "one half"})
QUALIFIER_REACH = 60  # characters before "an hour and a half" searched for its qualifier ("more than", "about")
UNIT_WORDS = frozenset(DURATION_WORDS | set(MEASURE_UNITS))
UNIT_WITHIN = re.compile(r"(?P<unit>[A-Za-z]+)\s+and\s+(?:a|one)\s+half$", re.I)  # the unit of a joined amount
# "<unit> and " right before the half, the unit opened by "a"/"an"/"one" when no number of the parser's precedes it
_UNIT_AND = re.compile(r"(?:(?P<one>(?<![\w-])(?:an?|one))\s+)?(?P<unit>[A-Za-z]+)\s+and\s+$", re.I)


def unit_and_half(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """`mentions` (in text order) with each "<one or a number> <unit> and a half" read as one amount."""
    out: list[NumberMention] = []
    for m in mentions:
        joined = _joined(text, m, out[-1] if out else None)
        if joined is None:
            out.append(m)
        elif joined.start < m.start and out and out[-1].start == joined.start:
            out[-1] = joined
        else:
            out.append(joined)
    return out


def _joined(text: str, half: NumberMention, prev: NumberMention | None) -> NumberMention | None:
    """The amount a half after "<unit> and" completes, None when `half` is no such half."""
    if half.text.lower() not in HALVES:
        return None
    um = _UNIT_AND.search(text, max(0, half.start - 40), half.start)
    if um is None or um.group("unit").lower() not in UNIT_WORDS:
        return None
    if um.group("one") and (prev is None or prev.end <= um.start()):
        return _from_one(text, um.start(), half)
    if prev is None or prev.qualifier == "range":
        return None
    before_unit = prev.kind == "cardinal" and not prev.unit and text[prev.end:um.start("unit")].isspace()
    with_unit = prev.kind == "measure" and prev.end == um.end("unit")
    return _from_number(text, prev, half) if before_unit or with_unit else None


def _from_one(text: str, start: int, half: NumberMention) -> NumberMention:
    """ "an hour and a half": one unit and a half, with a qualifier written before it ("about an hour and a half")."""
    w = text.find(" ", max(0, start - QUALIFIER_REACH)) + 1 if start > QUALIFIER_REACH else 0  # a word's start
    q = qualifier_before(TokenStream(text[w:start]), start - w, 0)  # the words before, not the article again
    qualifier, qstart = (q[0], w + q[2]) if q is not None else ("exact", start)
    return make_mention(text, qstart, half.end, 1.5, qualifier, "", "fraction", start, half.end)


def _from_number(text: str, prev: NumberMention, half: NumberMention) -> NumberMention:
    """ "two years and a half", "two miles and a half": the number's amount and a half, its qualifier and unit kept."""
    value = prev.value + 0.5
    low, high = interval(value, prev.qualifier)
    kind = prev.kind if prev.kind == "measure" else "fraction"
    return replace(prev, text=text[prev.start:half.end], end=half.end, value=value, low=low, high=high, kind=kind,
                   number_end=half.end, value_end=half.end)


def unit_within(surface: str) -> str:
    """The unit word of a joined amount ("an hour and a half" -> "hour"), "" for any other surface."""
    um = UNIT_WITHIN.search(surface)
    return um.group("unit") if um is not None and um.group("unit").lower() in UNIT_WORDS else ""
