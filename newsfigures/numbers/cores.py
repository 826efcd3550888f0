"""The numeric core at a token: digits, number words, signs and fractions, or a ratio ("3 in 10")."""
from __future__ import annotations

import math
import re
from dataclasses import replace

from newsfigures.numbers import lexicon as lx
from newsfigures.numbers.literals import LITERAL_RE, literal_value, plain_literal, suffixed_literal
from newsfigures.numbers.mention import Core
from newsfigures.numbers.spelled import GLUED_SCALE_CCY_RE, element_run, read_run
from newsfigures.numbers.spelled_grammar import Element
from newsfigures.numbers.tokens import END_OF_CLAUSE_RE, SPACE, TokenStream
from newsfigures.numbers.units import measure_after, percent_after

_RATIO_RE = re.compile(SPACE + r"+(?P<c>out" + SPACE + r"+of|in" + SPACE + r"+every|in|over)" + SPACE + r"+", re.I)
_EXCHANGE_RE = re.compile(r"[-\u2010\u2013]for[-\u2010\u2013]", re.I)  # "three-for-two", "2-for-1", "one-for-10"
_SMALL_PHRASE_RE = re.compile(r"(?P<p>an?\s+(?:couple|pair))\s+of\b", re.I)
_SIGNS = ("-", "−", "+", ".")
_MULTIPLIED_KINDS = ("unit", "teen", "tens", "hundred")  # number words that take "-fold" ("tenfold")


def core(ts: TokenStream, i: int, limit: int, money: bool = False, allow_ratio: bool = True) -> Core | None:
    """The numeric core starting at token i and ending by `limit` (digits, words, fractions, powers), or None.

    `money`: a currency came first, so a glued lower-case "m" is million ("$2m")."""
    if i >= ts.n or ts.toks[i].start >= limit:
        return None
    c = _core_at(ts, i, limit, money)
    if c is None or c.end > limit:
        return None
    if allow_ratio and c.kind == "cardinal" and c.is_int and not money and not c.scaled:
        ratio = _ratio(ts, c, limit)
        if ratio is not None:
            return ratio
    return c


def _core_at(ts: TokenStream, i: int, limit: int, money: bool) -> Core | None:
    tok = ts.toks[i]
    if tok.text in lx.VULGAR_FRACTIONS:
        if tok.start > 0 and ts.text[tok.start - 1].isdigit():
            return None
        return Core(lx.VULGAR_FRACTIONS[tok.text], tok.start, tok.end, "fraction")
    if tok.kind == "w":
        return _word_core(ts, i, limit, money)
    if tok.kind == "s":
        return _signed_core(ts, i, limit, money)
    return _digits_core(ts, i, limit, money)


def _word_core(ts: TokenStream, i: int, limit: int, money: bool) -> Core | None:
    """ "minus 5", "a couple of", "tenfold", or a run of number words."""
    tok = ts.toks[i]
    lw = tok.text.lower()
    if lw in lx.NEGATIVE_WORDS:
        return _negated(ts, i, limit, money)
    pm = _SMALL_PHRASE_RE.match(ts.text, tok.start)
    if pm:
        value = lx.SMALL_PHRASES[re.sub(r"\s+", " ", pm.group().lower())]
        return Core(float(value), tok.start, pm.end("p"), is_int=True, words=True)
    stem = lw[:-len(lx.MULTIPLIER_SUFFIX)]
    if lw.endswith(lx.MULTIPLIER_SUFFIX) and stem in lx.NUMBER_WORDS and lx.NUMBER_WORDS[stem][0] in _MULTIPLIED_KINDS:
        return Core(float(lx.NUMBER_WORDS[stem][1]), tok.start, tok.end, "multiplier", words=True, is_int=True)
    if lw in lx.NUMBER_WORDS or lw in lx.ARTICLE_WORDS or GLUED_SCALE_CCY_RE.match(lw):
        els = element_run(ts, i, limit)
        return read_run(ts, els) if els else None
    return None


def _negated(ts: TokenStream, i: int, limit: int, money: bool) -> Core | None:
    """ "minus 5", "negative two": the number after the word, negated."""
    tok = ts.toks[i]
    if i + 1 >= ts.n or ts.text[tok.end:ts.toks[i + 1].start].strip():
        return None
    c = _core_at(ts, i + 1, limit, money)
    if c is None or c.kind not in ("cardinal", "fraction") or c.value < 0:
        return None
    return replace(c, value=-c.value, start=tok.start, value_start=tok.start, single_word="", year_like=False)


def _signed_core(ts: TokenStream, i: int, limit: int, money: bool) -> Core | None:
    """A sign or a point glued to digits ("-3", "+2.5", ".25", "-.5")."""
    text = ts.text
    tok = ts.toks[i]
    s, w = tok.start, tok.text
    if w not in _SIGNS:
        return None
    glued = i + 1 < ts.n and ts.toks[i + 1].start == tok.end
    sign_point = w in "-−+" and i + 2 < ts.n and ts.toks[i + 1].text == "." and ts.toks[i + 2].kind == "d"
    if not glued and not sign_point:
        return None
    if w in "-−+" and s > 0 and (text[s - 1].isalnum() or text[s - 1] in ".,/"):
        return None
    if w == "." and s > 0 and text[s - 1].isdigit():
        return None
    return _literal_core(ts, s, limit, money)


def _digits_core(ts: TokenStream, i: int, limit: int, money: bool) -> Core | None:
    """Digits; glued to letters ("A320", "COVID19") they are part of a name."""
    text = ts.text
    tok = ts.toks[i]
    s = tok.start
    if s > 0 and text[s - 1].isalpha() and not money:
        return Core(float(tok.text), s, tok.end, "name")
    if s > 1 and text[s - 1] == "." and text[s - 2].isdigit():
        return None
    return _literal_core(ts, s, limit, money)


def _literal_core(ts: TokenStream, pos: int, limit: int, money: bool) -> Core | None:
    """A digit literal with its suffix, or going on in words ("3 hundred and 21", "1.5 million")."""
    m = LITERAL_RE.match(ts.text, pos)
    if not m:
        return None
    value, is_int = literal_value(m)
    if not math.isfinite(value):
        return None
    c = suffixed_literal(ts.text, m, value, is_int, money)
    if c is None:
        c = _digits_then_words(ts, m, value, is_int, limit)
    return c if c is not None else plain_literal(m, value, is_int)


def _digits_then_words(ts: TokenStream, m: re.Match[str], value: float, is_int: bool, limit: int) -> Core | None:
    end = m.end()
    j = ts.tok_at(end)
    if j >= ts.n or ts.toks[j].kind != "w":
        return None
    word = ts.toks[j].text.lower()
    if not (word in lx.NUMBER_WORDS or word == "and" or GLUED_SCALE_CCY_RE.match(word)):
        return None
    els = element_run(ts, j, limit, first=Element("digit", value, m.start(), end, is_int=is_int))
    if len(els) <= 1:
        return None
    c = read_run(ts, els)
    return replace(c, digits=True) if c is not None and c.end > end else None


def _ratio(ts: TokenStream, c: Core, limit: int) -> Core | None:
    """ "3 in 10", "one in every five", "9 out of 10", "2 over 3." as a fraction; "three-for-two" as a multiple."""
    text = ts.text
    exchange = _exchange(ts, c, limit)
    if exchange is not None:
        return exchange
    m = _RATIO_RE.match(text, c.end)
    if not m:
        return None
    conn = re.sub(r"\s+", " ", m.group("c").lower())
    c2 = core(ts, ts.tok_at(m.end()), limit, allow_ratio=False)
    if c2 is None or c2.kind != "cardinal" or not c2.is_int or c2.value == 0 or c2.end > limit:
        return None
    if c2.digits and c2.plain and lx.YEAR_MIN <= c2.value <= lx.YEAR_MAX:
        return None
    if percent_after(text, c2.end) or measure_after(text, c2.end):
        return None
    if not _ratio_fits(ts, conn, c, c2):
        return None
    return Core(c.value / c2.value, c.start, c2.end, "fraction", words=c.words or c2.words)


def _exchange(ts: TokenStream, c: Core, limit: int) -> Core | None:
    """A hyphen-bound "N-for-M" (a share split or bonus issue, "went 3-for-4") is one figure, N / M of a thing."""
    m = _EXCHANGE_RE.match(ts.text, c.end)
    if not m:
        return None
    c2 = core(ts, ts.tok_at(m.end()), limit, allow_ratio=False)
    if c2 is None or c2.kind != "cardinal" or not c2.is_int or c2.value == 0 or c2.start != m.end():
        return None
    return Core(c.value / c2.value, c.start, c2.end, "multiplier", words=c.words or c2.words,
                digits=c.digits or c2.digits)


def _ratio_fits(ts: TokenStream, conn: str, c: Core, c2: Core) -> bool:
    nw = ts.next_word(c2.end)
    if conn == "over":
        return bool(END_OF_CLAUSE_RE.match(ts.text, c2.end))
    if conn.startswith("out"):
        return c.value <= c2.value
    if not c.value < c2.value or nw in lx.RATIO_BLOCKING_NOUNS:
        return False
    return not (conn == "in" and not (c.value <= 10 or END_OF_CLAUSE_RE.match(ts.text, c2.end) or nw == "or"))
