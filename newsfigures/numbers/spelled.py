"""Spelled-out numbers in the token stream: gather the run of number words, then read it as a fraction,
an ordinal or a cardinal ("three hundred and two", "two thirds", "twenty-first", "half a million")."""
from __future__ import annotations

import re

from newsfigures.numbers import lexicon as lx
from newsfigures.numbers.literals import FOLD_RE, GLUED_SCALE_RE, LITERAL_RE, SLASH_RE, literal_value
from newsfigures.numbers.mention import Core
from newsfigures.numbers.spelled_grammar import Element, Fraction, card_scan, spelled_fraction
from newsfigures.numbers.tokens import SPACE, Token, TokenStream, alternation

# A scale word glued to a currency word in sloppy text ("350 milliondollars").
GLUED_SCALE_CCY_RE = re.compile(r"(?P<s>" + "|".join(lx.GLUED_SCALE_CURRENCY) + r")(?P<c>"
                                + alternation([w for w in lx.CURRENCY_WORDS if " " not in w]) + r")$", re.I)
# A scale after a fraction: "half a million", "three quarters of a billion".
POST_FRACTION_SCALE_RE = re.compile(
    SPACE + r"+(?:(?P<of>of" + SPACE + r"+an?" + SPACE + r"+)|(?P<a>an?" + SPACE + r"+))?(?P<s>"
    + "|".join(lx.FRACTION_SCALES) + r")\b", re.I)
_MAX_RUN = 40
_DENOMINATOR_KINDS = ("ord", "half", "quarter")
_OF_A_YEAR_RE = re.compile(r"\s+of\s+(?:the\s+|this\s+|last\s+|next\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?"
                           r"(?:year|\d{4})\b", re.I)  # "the first two quarters of the (fiscal) year", "of 1987"
_DIGIT_ORDINAL_BEFORE_RE = re.compile(r"(?<![\w.,])\d{1,2}(?:st|nd|rd|th)[ \t]+\Z", re.I)  # "the 1st half"
_HYPHENED_WORD_RE = re.compile(r"([A-Za-z]+)-\Z")  # the word a hyphen right before a number word joins to it


def element_run(ts: TokenStream, i: int, limit: int, first: Element | None = None) -> list[Element]:
    """Consecutive number-word elements from token i, or after `first` (hyphens, "and", "point", digits too)."""
    els: list[Element] = []
    prev_end: int | None = None
    if first is not None:
        els.append(first)
        prev_end = first.end
        i = ts.tok_at(first.end)
    while i < ts.n and len(els) < _MAX_RUN:
        tok = ts.toks[i]
        if tok.start >= limit or not _adjacent(ts.text, prev_end, tok.start):
            break
        el = _element(ts.text, tok, els)
        if el is None:
            break
        els.append(el)
        prev_end = el.end
        i = ts.tok_at(el.end) if el.kind == "digit" else i + 1
        if el.kind in _DENOMINATOR_KINDS or el.ccy:
            break
    return els


def _adjacent(text: str, prev_end: int | None, start: int) -> bool:
    """Only a few spaces or tabs between two elements of one run."""
    if prev_end is None:
        return True
    gap = text[prev_end:start]
    return not (gap and (gap.strip(" \t\u00a0") or len(gap) > 4))


def _element(text: str, tok: Token, els: list[Element]) -> Element | None:
    """The element token `tok` adds to the run `els`, or None when the run ends before it."""
    if tok.kind == "w":
        return _word_element(tok, els)
    if tok.kind == "s" and tok.text in ("-", "‐") and els:
        return Element("hyphen", 0.0, tok.start, tok.end)
    if tok.kind == "d" and els:
        return _digit_element(text, tok.start)
    return None


def _word_element(tok: Token, els: list[Element]) -> Element | None:
    lw = tok.text.lower()
    if lw in lx.NUMBER_WORDS:
        kind, value, plural = lx.NUMBER_WORDS[lw]
        return Element(kind, float(value), tok.start, tok.end, plural, lw)
    if lw == "and" and els:
        return Element("and", 0.0, tok.start, tok.end, word=lw)
    if lw in lx.ARTICLE_WORDS and (not els or els[-1].kind == "and"):
        return Element("a", 1.0, tok.start, tok.end, word=lw)
    if lw == "point" and els:
        return Element("point", 0.0, tok.start, tok.end, word=lw)
    gm = GLUED_SCALE_CCY_RE.match(lw)
    if gm and els:
        return Element("scale", lx.SCALE_WORDS[gm.group("s")], tok.start, tok.end, False, lw,
                       ccy=lx.CURRENCY_WORDS[gm.group("c").lower()])
    return None


def _digit_element(text: str, start: int) -> Element | None:
    """Digits inside a spelled run ("3 hundred and 21"); not when they carry a sign, scale or slash."""
    if start > 0 and text[start - 1] in ",.":
        return None
    m = LITERAL_RE.match(text, start)
    if not m or m.group("exp") or m.group("sign"):
        return None
    if GLUED_SCALE_RE.match(text, m.end()) or SLASH_RE.match(text, m.end()) or text[m.end():m.end() + 1].isalpha():
        return None
    value, is_int = literal_value(m)
    return Element("digit", value, start, m.end(), is_int=is_int)


def read_run(ts: TokenStream, els: list[Element]) -> Core | None:
    """The core a run of elements spells: a fraction, a half or quarter, an ordinal, else a cardinal."""
    k = next((x for x, el in enumerate(els) if el.kind in _DENOMINATOR_KINDS), None)
    if k is None:
        return _cardinal(ts.text, els)
    if els[k].kind == "quarter" and els[k].plural and _quarters_of_a_year(ts, els[0].start, els[k].end):
        return None  # "the first two quarters": parts of a year, framing what happened in them
    fraction = _fraction(ts, els, k)
    if fraction is not None:
        return fraction
    if k == 0 and els[0].kind in ("half", "quarter") and not els[0].plural:
        return _standalone_half(ts, els[0])
    o = _ordinal_start(els, k)
    if o == 0 or (o == 1 and els[0].kind == "a"):
        return _ordinal(els, o, k)
    return _cardinal(ts.text, els[:o])  # the cardinal before the ordinal stands apart ("two first")


def _cardinal(text: str, els: list[Element]) -> Core | None:
    """The longest cardinal at the start of `els` ("three hundred and two", "3 million", "tenfold")."""
    cps = card_scan(els)
    if not cps:
        return None
    k, value = cps[-1].end, cps[-1].value
    head = els[:k]
    start, end = els[0].start, els[k - 1].end
    fm = FOLD_RE.match(text, end)
    if fm and k == 1:
        return Core(value, start, fm.end(), "multiplier", words=True, is_int=True)
    ccy_el = next((el for el in head if el.ccy), None)
    return Core(value, start, end, is_int=float(value).is_integer(), words=True,
                scaled=any(el.kind in ("scale", "hundred", "dozen") for el in head),
                digits=any(el.kind == "digit" for el in head),
                single_word=els[0].word if k == 1 and els[0].kind != "digit" else "",
                mult=els[k - 1].value if els[k - 1].kind in ("scale", "hundred") else 1.0,
                ccy=ccy_el.ccy if ccy_el is not None else "")


def _fraction(ts: TokenStream, els: list[Element], k: int) -> Core | None:
    """The spelled fraction ending at els[k] with the scale after it; "a third" needs a fraction-like follower."""
    fraction = spelled_fraction(els, k)
    if fraction is None:
        return None
    den_el = els[k]
    single_one = fraction.whole is None and fraction.numerator == 1 and den_el.kind == "ord" and not den_el.plural
    if single_one and not _fraction_follower_ok(ts, den_el.end):
        return None
    return _scaled_fraction(ts.text, els[0].start, den_el.end, fraction)


def _fraction_follower_ok(ts: TokenStream, pos: int) -> bool:
    """ "a third of", "one fifth and": a fraction; "a third group": an ordinal."""
    j = ts.tok_at(pos)
    if j >= ts.n:
        return True
    tok = ts.toks[j]
    if tok.kind != "w":
        return tok.text != "-"
    if ts.text[pos:tok.start].strip():
        return True
    lw = tok.text.lower()
    return lw in lx.FRACTION_FOLLOWERS or lw in lx.SCALE_WORDS or lw in lx.HUNDRED_WORDS


def _scale_value(word: str) -> float:
    w = word.lower()
    return 12.0 if w == "dozen" else (100.0 if w == "hundred" else lx.SCALE_WORDS[w])


def _scaled_fraction(text: str, start: int, end: int, fraction: Fraction) -> Core:
    """The fraction times a scale after it ("two thirds of a million"), or after its whole part ("one and a
    half million"), else the bare fraction."""
    whole = fraction.whole
    part = fraction.numerator / fraction.denominator
    pm = POST_FRACTION_SCALE_RE.match(text, end)
    if pm and (pm.group("a") is None or whole is None) and not (pm.group("of") and whole is not None):
        scale = _scale_value(pm.group("s"))
        if whole is None:
            value = part * scale
        else:
            value = whole + part * scale if whole >= scale else whole * scale + part * scale
        return Core(value, start, pm.end(), is_int=float(value).is_integer(), words=True, scaled=True)
    if whole is not None and fraction.whole_last == "scale" and fraction.whole_scale >= 1e6:
        value = whole + part * fraction.whole_scale  # "two million and a half"
        return Core(value, start, end, is_int=float(value).is_integer(), words=True, scaled=True)
    return Core(fraction.value, start, end, "fraction", words=True)


def _standalone_half(ts: TokenStream, el: Element) -> Core | None:
    """ "half", "a quarter of", "half a million"; not "the other half", "the first half" or "first-half profit"."""
    pw = ts.prev_word(el.start)
    if pw in lx.ORDINALS or pw in lx.HALF_NOUN_PRECEDERS or _hyphened_ordinal(ts, el.start) \
            or _DIGIT_ORDINAL_BEFORE_RE.search(ts.text, max(0, el.start - 12), el.start):
        return None
    pm = POST_FRACTION_SCALE_RE.match(ts.text, el.end)
    part = 1.0 / el.value
    if pm and (not pm.group("of") or el.kind == "quarter"):
        value = part * _scale_value(pm.group("s"))
        return Core(value, el.start, pm.end(), is_int=float(value).is_integer(), words=True, scaled=True)
    if el.kind == "quarter" and ts.next_word(el.end) != "of":
        return None
    return Core(part, el.start, el.end, "fraction", words=True)


def _quarters_of_a_year(ts: TokenStream, start: int, end: int) -> bool:
    """ "N quarters" after an ordinal or "past", "last", "next" ... are periods of time, unless an "of" after them
    names another whole than a year ("the first three quarters of the budget", "the past three quarters of a
    century" are fractions; "the first two quarters of the year", "of 1987" are periods)."""
    before = ts.prev_word(start)
    if before not in lx.ORDINALS and before not in lx.PERIOD_PRECEDERS:
        return False
    return ts.next_word(end) != "of" or bool(_OF_A_YEAR_RE.match(ts.text, end))


def _hyphened_ordinal(ts: TokenStream, start: int) -> bool:
    """An ordinal written against a hyphen right before `start`: "first-half profit", "a third-quarter loss" (a part
    of a year or a match, as "the first half" is)."""
    m = _HYPHENED_WORD_RE.search(ts.text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in lx.ORDINALS


def _ordinal_start(els: list[Element], k: int) -> int:
    """Index where the ordinal ending at els[k] starts (its tens word included: "twenty-first")."""
    if els[k].kind == "ord" and els[k].value < 10:
        if k >= 1 and els[k - 1].kind == "tens":
            return k - 1
        if k >= 2 and els[k - 1].kind == "hyphen" and els[k - 2].kind == "tens":
            return k - 2
    return k


def _ordinal(els: list[Element], o: int, k: int) -> Core | None:
    """The ordinal els[o:k + 1] ("third", "twenty-first"); None for a plural or a half."""
    den_el = els[k]
    if den_el.kind != "ord" or den_el.plural:
        return None
    value = den_el.value + (els[o].value if o < k else 0)
    return Core(float(value), els[o].start, den_el.end, "ordinal", is_int=True, words=True)
