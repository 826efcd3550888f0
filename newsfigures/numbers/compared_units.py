"""A number on the other side of a comparison takes the unit its first side wrote: "rose to 67 mln Swiss francs
from 42 mln", "fell to 5.1 per cent from 5.4", "exported 18,367 tonnes in 1986, up from 17,359 in 1985",
"38.2 mln euros versus 26.4 mln", "rose to 4.64 billion francs in January after 2.54 billion", the end of a "from A
to B" move, "from 110 kilometres an hour to 80", and the level a move of a measure or sum reached, "rose 6.3 mln
barrels to 335.8 mln". Business and economic news writes the unit once; the parser read the second number as a
bare count of nothing, so a comparison could not put the two side by side. All functions are pure."""
from __future__ import annotations

import re
from dataclasses import replace

from newsfigures.numbers.lexicon import DURATION_WORDS
from newsfigures.numbers.mention import NumberMention
from newsfigures.numbers.shared_units import SCALE_WORD

UNIT_KINDS = frozenset({"money", "percent", "measure"})
# What stands between the two sides: an optional time phrase of the first ("in 1986", "in January"), an optional
# comma and direction ("up", "down"), then the word that opens the other side; "after" opens the level before it
# (stop 56: "rose to 4.64 billion francs in January after 2.54 billion in December", "245 mln stg after 257 mln the
# previous year", "17.6 pct after 18.1": Reuters capital-export, results and rate items).
_FIRST_TIME = r"(?:\s+(?:{})\s+(?:the\s+)?[\w/-]+(?:\s+\d{{4}})?)?"  # "in 1986", "during January": after these words
_BETWEEN = re.compile(
    _FIRST_TIME.format("in|during|for") + r"\s*,?\s*(?:(?:up|down)\s+)?"
    r"(?:from|vs\.?|versus|against|after|compared\s+(?:with|to))\s+", re.I)
# What may follow the elliptical number: the end of a clause or a word that cannot be its counted noun; a noun
# after it is what it counts ("rose 5 per cent from 42 stores").
_AFTER = re.compile(
    r"\s*(?:$|[,.;:)]|(?:in|a|an|the|last|previous|previously|earlier|at|on|for|during|over|per|and|or|before|"
    r"year|years)\b)", re.I)
_TAKES_UNIT = frozenset({"exact", "approx"})
_AFTER_OPENS = re.compile(r"\bafter\s+$", re.I)
_TIME_AFTER = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(DURATION_WORDS)), re.I)  # "after 23 years of war"
_LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+$", re.I)  # "fell to 5.1 pct", "put at 5-3/4 pct": a level
_FROM_END = re.compile(r"\bfrom\s+$", re.I)  # the other side opened by "from"
# "from 110 kilometres an hour to 80", "from 5.5 pct to 5.25": the end of a move whose start wrote the unit, with
# an optional time phrase of the start ("from 9.1 pct in January to 9.0").
_TO_AFTER_FROM = re.compile(_FIRST_TIME.format("in|during|on") + r"\s+to\s+", re.I)
_TIME_KINDS = frozenset({"year", "date"})  # a time phrase of the first side, looked past


def compared_units(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """`mentions` (in text order) with each bare cardinal that opens the other side of a comparison right after a
    sum, per cent or measure given that side's unit; only where both or neither write a scale word, or the
    second writes its own ("67 mln francs from 42" is left: 42 what?)."""
    out = list(mentions)
    first: NumberMention | None = None  # the last mention before, a date's year aside ("in 1986, up from")
    for i, m in enumerate(out):
        if first is not None and _compared(text, first, m):
            out[i] = m = replace(m, kind=first.kind, unit=first.unit)
        first = first if m.kind in _TIME_KINDS else m
    return out


def _compared(text: str, first: NumberMention, m: NumberMention) -> bool:
    """`m` is a bare number that opens the other side of a comparison with `first`, a number with a unit."""
    if first.kind not in UNIT_KINDS or not first.unit or m.kind != "cardinal" or m.unit:
        return False
    between = _BETWEEN.fullmatch(text, first.end, m.start) or _to_level(text, first, m)
    if m.qualifier not in _TAKES_UNIT or between is None or _AFTER.match(text, m.end) is None:
        return False
    if _AFTER_OPENS.search(between.group(0)) and _TIME_AFTER.match(text, m.end):
        return False  # "cost billions of dollars after 23 years of war": a time, no level before
    own_scale = SCALE_WORD.search(text, m.value_start, m.end) is not None
    if first.kind == "percent":
        return not own_scale and _percent_level(text, first, between.group(0))
    return own_scale or SCALE_WORD.search(text, first.value_start, first.end) is None


def _to_level(text: str, first: NumberMention, m: NumberMention) -> re.Match[str] | None:
    """The words between `first` and the "to" level after it: the end of a "from A to B" move whose start `first`
    is ("from 110 kilometres an hour to 80", "from 5.5 pct to 5.25"), or the level a move of a measure or sum
    reached after its size ("rose 6.3 mln barrels to 335.8 mln"); never after a per cent that is a move's size,
    whose level is no per cent ("rose 5 pct to 45.1 mln")."""
    if first.kind == "percent" and _FROM_END.search(text, 0, first.start) is None:
        return None
    return _TO_AFTER_FROM.fullmatch(text, first.end, m.start)


def _percent_level(text: str, first: NumberMention, between: str) -> bool:
    """A per cent is compared with a bare number as a level ("eased to 9.0 pct from 9.1", "9.0 pct against 9.1"),
    never as the size of a move, whose "from" opens the level moved from ("off 3.1 pct from 6.98 mln bpd"); a
    scaled number is no per cent either way. `between`: the words between the two."""
    if not _FROM_END.search(between):
        return True
    return _LEVEL_BEFORE.search(text, 0, first.start) is not None
