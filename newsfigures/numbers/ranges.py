"""Ranges: two numbers joined into one interval ("10,000-12,000", "between 3,500 and 4,000", "from 20 to 30",
"$10-$20bn"), and a lower and an upper bound joined by "and"/"but"/"," ("more than 10 and less than 20")."""
from __future__ import annotations

import re
from typing import NamedTuple

from newsfigures.numbers import lexicon as lx
from newsfigures.numbers.cores import core
from newsfigures.numbers.mention import Core, NumberMention
from newsfigures.numbers.money import currency_prefix
from newsfigures.numbers.suffixes import unit_after
from newsfigures.numbers.tokens import TokenStream, alternation

_OPENER_RE = re.compile(r"(?<![\w])(?P<w>between|from)\s+\Z", re.I)
# A qualifier the first number carries ("from about 20 to 30", "fell by nearly 300 to 1,200"): the opener and the verb
# of change stand before it.
_QUALIFIER_BEFORE_RE = re.compile(
    r"(?<![\w])(?:" + alternation(q for q in lx.PREFIX_QUALIFIERS if q.replace(" ", "").isalpha()) + r")\s+\Z", re.I)
_CONNECTOR_RE = re.compile(r"(?P<c>" + "|".join(lx.RANGE_CONNECTORS) + r")", re.I)
_AND_RE = re.compile(r"\s+and\s+", re.I)
_BOUND_JOIN_RE = re.compile(r"(?:" + "|".join(lx.BOUND_JOINERS) + r")\Z", re.I)
_SCORE_BEFORE_RE = re.compile(r"\d\s*[-–]\s*\Z")  # "6-4 or ...": the first number closes a score
_SCORE_AFTER_RE = re.compile(r"\s*[-–]\s*\d")  # "... or 6-3": the second number opens one
_DASHES = ("-", "–", "—", "~")
_LOWER_BOUNDS = ("at_least", "more_than")
_UPPER_BOUNDS = ("at_most", "less_than")


class _UpperEnd(NamedTuple):
    """The second number of a range, with its unit."""

    core: Core
    value: float
    end: int
    unit: str
    kind: str


def range_mention(ts: TokenStream, start: int, end: int, value: float, unit: str, kind: str, first: Core,
                  ccy: str, prev_end: int, limit: int) -> NumberMention | None:
    """The range whose first number is text[start:end] (`ccy`: the currency written before it), or None."""
    text = ts.text
    qualifier = _QUALIFIER_BEFORE_RE.search(text, max(prev_end, start - 40), start)
    lead = qualifier.start() if qualifier else start
    opener = _OPENER_RE.search(text, max(prev_end, lead - 20), lead)
    op = opener.group("w").lower() if opener else ""
    cm = (_AND_RE.match(text, end) or _CONNECTOR_RE.match(text, end)) if op == "between" \
        else _CONNECTOR_RE.match(text, end)
    if not cm:
        return None
    conn = cm.group().strip().lower()
    upper = _upper_end(ts, cm.end(), ccy, limit)
    if upper is None or (unit and upper.unit and unit != upper.unit):
        return None
    if conn in _DASHES and not _dash_fits(cm, first, upper.core, value):
        return None
    if first.year_like and upper.core.year_like:
        return None
    if conn == "or" and not _or_fits(ts, start, unit, ccy, upper, limit):
        return None
    mult = upper.core.mult
    if mult > 1 and not first.scaled and value * mult < upper.value and value * mult >= upper.value / 1000:
        value *= mult  # "10 to 20 million", "$10-$20bn": the scale covers both ends
    if not value < upper.value or _change_and_level(ts, conn, op, opener.start() if opener else lead, unit, ccy,
                                                     value, upper):
        return None
    if upper.kind in ("percent", "money", "measure") and not unit:
        unit, kind = upper.unit, upper.kind
    s0 = opener.start() if (op == "between" and conn == "and") or (op == "from" and conn == "to") else start
    return NumberMention(text[s0:upper.end], s0, upper.end, (value + upper.value) / 2, value, upper.value, "range",
                         unit, "cardinal" if kind == "fraction" else kind, start, upper.end, None, None,
                         first.value_start, upper.core.value_end)


def _upper_end(ts: TokenStream, pos: int, ccy: str, limit: int) -> _UpperEnd | None:
    """The number after the connector, with its own currency or unit; None when it is not a plain number."""
    j = ts.tok_at(pos)
    if j >= ts.n:
        return None
    ccy2, mult2, after2 = currency_prefix(ts, j)
    if ccy2 and ccy and ccy2 != ccy:
        return None
    if ccy2:
        c2 = core(ts, ts.tok_at(after2), limit, money=True, allow_ratio=False)
    else:
        c2 = core(ts, j, limit, money=bool(ccy), allow_ratio=False)
    if c2 is None or c2.kind not in ("cardinal", "fraction"):
        return None
    if ccy2:
        return _UpperEnd(c2, c2.value * mult2, c2.end, ccy2, "money")
    value, end, unit, kind = unit_after(ts, c2, c2.value * mult2, c2.end)
    if kind == "glued":
        return None
    return _UpperEnd(c2, value, end, unit, "cardinal" if kind == "fraction" else kind)


def _dash_fits(cm: re.Match[str], first: Core, second: Core, value: float) -> bool:
    """A dash joins digits only, and "-5-3" is not a range from -5."""
    if not (first.digits and second.digits):
        return False
    return not (cm.group().strip() == "-" and " " not in cm.group() and value < 0)


def _or_fits(ts: TokenStream, start: int, unit: str, ccy: str, upper: _UpperEnd, limit: int) -> bool:
    """ "N or M" bounds one figure (GUIDE F1) unless they are two quantities: a unit written after the first only
    ("5.2 per cent or 650,000 people", "2% or 200 points"), a score on either side ("6-4 or 6-3"), a second ratio
    ("1 in 5 or 1 in 10")."""
    if unit and not ccy and not upper.unit:
        return False
    if _SCORE_BEFORE_RE.search(ts.text, max(0, start - 8), start) or _SCORE_AFTER_RE.match(ts.text, upper.end):
        return False
    ratio = core(ts, ts.tok_at(upper.core.start), limit)
    return ratio is None or ratio.end <= upper.core.end


def _change_and_level(ts: TokenStream, conn: str, op: str, anchor: int, unit: str, ccy: str, value: float,
                      upper: _UpperEnd) -> bool:
    """Two figures of a change, not a range: the levels before and after ("rose from 10 to 20"), or the size of the
    change and the level reached ("rose by 20 to 1,200") unless `_one_change` reads one range of the size."""
    if not _is_change(ts, conn, op, anchor):
        return False
    return op == "from" or not _one_change(unit, ccy, value, upper)


def _is_change(ts: TokenStream, conn: str, op: str, anchor: int) -> bool:
    """ "rose from 10 to 20", "up 10 to 20", "cut its workforce by 10 per cent to 9,000": a verb of change before,
    or "by" before X however far back its verb stands."""
    if conn != "to" and op != "from":
        return False
    pw = ts.prev_word(anchor)
    if pw in lx.CHANGE_WORDS or (op != "from" and pw in lx.CHANGE_SIZE_OPENERS and not _passive_agent(ts, anchor)):
        return True
    pw2 = ts.prev_word(anchor - len(pw) - 1) if pw else ""
    return pw == "from" or pw2 in lx.CHANGE_WORDS


def _passive_agent(ts: TokenStream, anchor: int) -> bool:
    """ "was attacked by 100 to 300 fighters": the "by" right before `anchor` follows a participle that is no verb of
    change, after a passive auxiliary (at most lx.AGENT_GAP words back), so "by" names the passive's agents."""
    i = ts.tok_at(anchor) - 1  # "by"
    participle = ts.word(i - 1)
    if not participle or participle in lx.CHANGE_WORDS:
        return False
    return any(ts.word(j) in lx.PASSIVE_AUXILIARIES for j in range(i - 2, i - 3 - lx.AGENT_GAP, -1))


def _one_change(unit: str, ccy: str, value: float, upper: _UpperEnd) -> bool:
    """ "X to Y" after a verb of change (no "from") is still one range of the change's size when its unit is written
    after Y only ("rise by 2 to 3 per cent", "up to 20 to 30 per cent") or when X and Y, written alike, are close
    ("rise by 2 per cent to 3 per cent"); a unit after X only ("by 10 per cent to 9,000") or a Y far above X ("by
    0.25 per cent to 4.5 per cent", "rose by 20 to 1,200") is the size and the level reached: two figures."""
    if upper.unit and not unit:
        return True
    if unit and not ccy and not upper.unit:
        return False
    return upper.value <= lx.CHANGE_RANGE_SPAN * value


def merge_bounds(text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """Join a lower and an upper bound into one range ("more than 10 and less than 20")."""
    out: list[NumberMention] = []
    i = 0
    while i < len(ms):
        pair = _bound_pair(text, ms[i], ms[i + 1]) if i + 1 < len(ms) else None
        if pair is not None:
            out.append(pair)
            i += 2
        else:
            out.append(ms[i])
            i += 1
    return out


def _bound_pair(text: str, m: NumberMention, n: NumberMention) -> NumberMention | None:
    """The range of two adjacent bounds in either order, joined by "and", "but" or a comma."""
    if m.qualifier in _LOWER_BOUNDS and n.qualifier in _UPPER_BOUNDS:
        lo, hi = m, n
    elif m.qualifier in _UPPER_BOUNDS and n.qualifier in _LOWER_BOUNDS:
        lo, hi = n, m
    else:
        return None
    if m.unit != n.unit or not _BOUND_JOIN_RE.match(text[m.end:n.start]) or not lo.value < hi.value:
        return None
    return NumberMention(text[m.start:n.end], m.start, n.end, (lo.value + hi.value) / 2, lo.value, hi.value, "range",
                         m.unit, m.kind, m.number_start, n.number_end, lo.qualifier == "more_than",
                         hi.qualifier == "less_than", m.value_start, n.value_end)
