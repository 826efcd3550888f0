"""One mention at a token: what opens it (currency, "percent of", "magnitude"), its numeric core, the unit
after it and cents; then the checks that make it a year, a name or a pronoun; then a range or qualifiers."""
from __future__ import annotations

import re

from dataclasses import dataclass

from newsfigures.numbers import lexicon as lx
from newsfigures.numbers.cores import core
from newsfigures.numbers.mention import Core, NumberMention, make_mention
from newsfigures.numbers.money import cents, currency_prefix, same_currency_word_end
from newsfigures.numbers.nonfigures import decade_mention, is_name, one_is_pronoun, year_mention
from newsfigures.numbers.qualifiers import VAGUE_FIRST_WORDS, qualified, vague_count
from newsfigures.numbers.ranges import range_mention
from newsfigures.numbers.spelled import GLUED_SCALE_CCY_RE
from newsfigures.numbers.suffixes import unit_after
from newsfigures.numbers.tokens import TokenStream
from newsfigures.numbers.units import PERCENT_PREFIX_STARTS, percent_prefix_end, prefix_unit_at

_STARTER_WORDS = (set(lx.NUMBER_WORDS) | lx.NEGATIVE_WORDS | lx.ARTICLE_WORDS | VAGUE_FIRST_WORDS | lx.STARTER_WORDS
                  | {w.lower() for w in lx.ISO_CODES} | {"m" + w.lower() for w in lx.ISO_CODES})
_STARTER_SYMBOLS = set(lx.CURRENCY_SYMBOLS) | set(lx.VULGAR_FRACTIONS) | lx.STARTER_SYMBOLS
_CURRENCY_SYMBOL_FIRST = {k[0] for k in lx.CURRENCY_SYMBOLS}
# The letters a compound symbol opens with, a word token of their own ("R" of "R$200,000", "Mex" of "Mex$5").
_CURRENCY_SYMBOL_WORDS = {re.match(r"[^\W\d_]+", k).group().lower() for k in lx.CURRENCY_SYMBOLS if k[0].isalpha()}


@dataclass(frozen=True)
class Opening:
    """What stands before the number: a currency ("$", "USD"), "percent of", "magnitude", or nothing."""

    start: int
    unit: str = ""
    kind: str = ""  # "money", "percent", "measure", or "" for a bare number
    mult: float = 1.0  # "MUSD 30": millions


def can_start(ts: TokenStream, i: int) -> bool:
    """Whether token i may open a mention (a cheap filter before `mention_at`)."""
    tok = ts.toks[i]
    if tok.kind == "d":
        return True
    if tok.kind == "w":
        lw = tok.text.lower()
        if lw in _STARTER_WORDS or lw.endswith(lx.MULTIPLIER_SUFFIX) or tok.text in lx.VULGAR_FRACTIONS:
            return True
        if GLUED_SCALE_CCY_RE.match(lw):
            return True
        return lw in _CURRENCY_SYMBOL_WORDS
    return tok.text in _STARTER_SYMBOLS or tok.text in _CURRENCY_SYMBOL_FIRST


def mention_at(ts: TokenStream, i: int, prev_end: int, limit: int) -> NumberMention | None:
    """The mention that token i opens, ending by `limit` and not reaching back before `prev_end`, or None."""
    vague = vague_count(ts, i)
    if vague is not None:
        return vague
    opened = _opening(ts, i, limit)
    if opened is None:
        return None
    opening, c = opened
    if c.kind in ("name", "ordinal"):
        return make_mention(ts.text, c.start, c.end, c.value, "exact", "", c.kind, c.start, c.end)
    return _complete(ts, opening, c, prev_end, limit)


def _opening(ts: TokenStream, i: int, limit: int) -> tuple[Opening, Core] | None:
    """The opening at token i and the core after it."""
    text = ts.text
    s = ts.toks[i].start
    if ts.word(i) in PERCENT_PREFIX_STARTS:
        after = percent_prefix_end(text, s)
        c = core(ts, ts.tok_at(after), limit) if after is not None else None
        return (Opening(s, "percent", "percent"), c) if c is not None else None
    ccy, mult, after = currency_prefix(ts, i)
    if ccy:
        c = core(ts, ts.tok_at(after), limit, money=True)
        if c is None or c.kind not in ("cardinal", "fraction") or text[after:c.start].strip():
            return None
        return Opening(s, ccy, "money", mult), c
    prefix_unit = prefix_unit_at(text, s)
    if prefix_unit:
        c = core(ts, ts.tok_at(prefix_unit[0]), limit)
        if c is None or c.kind != "cardinal":
            return None
        return Opening(s, prefix_unit[1], "measure"), c
    c = core(ts, i, limit)
    return (Opening(min(s, c.start)), c) if c is not None else None


def _complete(ts: TokenStream, opening: Opening, c: Core, prev_end: int, limit: int) -> NumberMention | None:
    """The mention of core `c` with its opening, unit, cents, and then a year, name, range or qualifiers."""
    text = ts.text
    value, end, unit, kind = _with_unit(ts, opening, c)
    if kind == "glued":
        return None
    if kind == "money" and unit and not c.scaled and float(value).is_integer() and c.kind == "cardinal":
        value, end = cents(ts, value, end, limit)
    if kind == "multiplier":
        return make_mention(text, c.start, end, value, "exact", "", "multiplier", c.start, end, c.value_start,
                            c.value_end)
    if end < len(text) and (text[end].isalpha() and text[end - 1].isalnum()):
        return None  # glued letters right after the number ("3D", "4x4") make it a label
    if kind == "cardinal" and not unit:
        year = year_mention(ts, c, prev_end) if c.year_like else decade_mention(ts, c)
        if year is not None:
            return year
        if is_name(ts, c):
            return make_mention(text, c.start, c.end, value, "exact", "", "name", c.start, c.end, c.value_start,
                                c.value_end)
    if c.single_word == "one" and not unit and one_is_pronoun(ts, c):
        return None
    ccy = opening.unit if opening.kind == "money" else ""
    rng = range_mention(ts, opening.start, end, value, unit, kind, c, ccy, prev_end, limit)
    if rng is not None:
        return rng
    return qualified(ts, opening.start, end, value, unit, kind, c, prev_end, limit)


def _with_unit(ts: TokenStream, opening: Opening, c: Core) -> tuple[float, int, str, str]:
    """(value, end, unit, kind) of the core with its opening, or with what follows it."""
    value = c.value * opening.mult
    if opening.kind == "money":
        return value, same_currency_word_end(ts.text, c.end, opening.unit), opening.unit, "money"
    if opening.kind:
        return value, c.end, opening.unit, opening.kind
    if c.ccy:
        return value, c.end, c.ccy, "money"
    if c.kind in ("cardinal", "fraction"):
        return unit_after(ts, c, value, c.end)
    return value, c.end, "", c.kind
