"""A unit written once after a list of numbers is each number's: "rose 2.4 and 2.5 pct", "exports of 21,000 and
7,000 tonnes", "3, 4 and 5 per cent". The parser reads the unit on the last number only, so the others were bare
counts of nothing. All functions are pure."""
from __future__ import annotations

import re
from dataclasses import replace

from newsfigures.numbers.mention import NumberMention

# how the numbers of a list are joined: "and" or "or" (after a comma or not) before the last, commas before the others
LIST_JOIN = re.compile(r"(?P<last>,?\s+(?:and|or)\s+)|,\s*")
SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion|mln|bln|bn|mn)\b", re.I)  # a written scale
SHARED_KINDS = frozenset({"percent", "measure"})  # units written after the number; a currency comes before it
_TAKES_UNIT = frozenset({"exact", "approx"})


def shared_units(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """`mentions` (in text order) with each bare cardinal of a list that ends in a per cent or a measure given that
    unit; never across a scale word the earlier number lacks ("2 and 3 million tonnes" is left as it is)."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        m, nxt = out[i], out[i + 1]
        shares = nxt is not mentions[i + 1]  # nxt took the list's unit itself
        if not (_bare(m) and _unit_after(nxt) and _joined(text, m, nxt, shares)):
            continue
        if SCALE_WORD.search(text[nxt.value_start:nxt.number_end]) and not SCALE_WORD.search(m.text):
            continue
        out[i] = replace(m, kind=nxt.kind, unit=nxt.unit)
    return out


def _unit_after(m: NumberMention) -> bool:
    """A per cent or a measure whose unit is written after its number ("2.5 pct", "7,000 tonnes")."""
    return m.kind in SHARED_KINDS and bool(m.unit) and m.value_start == m.number_start


def _bare(m: NumberMention) -> bool:
    return m.kind == "cardinal" and not m.unit and m.qualifier in _TAKES_UNIT


def _joined(text: str, m: NumberMention, nxt: NumberMention, nxt_shares: bool) -> bool:
    """`m` and `nxt` are neighbours of one list: "and"/"or" between them, or a comma where `nxt` itself took the
    list's unit (a comma alone joins no list: "Of the 12, 5 per cent ...")."""
    join = LIST_JOIN.fullmatch(text, m.end, nxt.start)
    return join is not None and (bool(join.group("last")) or nxt_shares)
