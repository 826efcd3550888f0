"""Numbers written with digits: the literal ("1,234.5", "1.111,11", "2e6") and what it is glued to."""
from __future__ import annotations

import math
import re

from newsfigures.numbers import lexicon as lx
from newsfigures.numbers.mention import Core
from newsfigures.numbers.tokens import SPACE

LITERAL_RE = re.compile(r"""
    (?P<sign>[-−+](?=\.?\d))?
    (?P<num>
        \d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d|[,.]\d)                 # Indian 12,34,567.89
      | \d{1,3}(?:\.\d{3})+,\d+(?!\d|[,.]\d)                           # European 1.111,11
      | \d{1,3}(?:\.\d{3}){2,}(?!\d|[,.]\d)                            # European 1.234.567
      | \d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)                         # 1,234,567.89
      | \d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?(?!\d|[ \u00a0\u2009\u202f]?[.,]\d)   # 1 234 567
      | (?<!\d,)\d{1,3},\d{1,2}(?!\d|,\d)                              # European decimal 1,3 / 5,00
      | \d+(?:\.\d+)?(?!\.\d)
      | \.\d+
    )
    (?P<exp>[eE][-+]?\d+(?![\w.])|\^[-+]*\d+|[x×]10\^[-+]?\d+)?
""", re.X)
SLASH_RE = re.compile(r"/(\d+)(?![\d/]|[.,]\d)")  # "3/4"
MIXED_RE = re.compile(SPACE + r"+(\d+)/(\d+)(?![\d/])")  # "1 1/2"
HYPHEN_MIXED_RE = re.compile(r"-(\d+)/(\d+)(?![\d/]|[.,]\d)")  # "9-3/4 pct", "a 6-1/2-year-old war"
ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.I)  # "3rd"
GLUED_SCALE_RE = re.compile(  # "3bn", "10k", "100m"
    r"(?P<suf>" + "|".join(sorted(map(re.escape, lx.GLUED_SCALE_SUFFIXES), key=len, reverse=True))
    + r"|m)(?![A-Za-z0-9])")
SPACED_SCALE_RE = re.compile(  # "2.33 k", "10 bln"
    SPACE + r"+(?P<suf>" + "|".join(sorted(map(re.escape, lx.SPACED_SCALE_SUFFIXES), key=len, reverse=True))
    + r")(?![\w'’])")
FOLD_RE = re.compile(SPACE + r"*-?" + SPACE + r"*fold\b", re.I)  # "3-fold"
TIMES_X_RE = re.compile(r"[x×](?![\w])")  # "2x"
TYPESET_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64})
# A scale word after a mixed number, spelled out or the wire's ("1 1/2 million", "1-1/2 billion", "2-1/2 mln").
_SCALE_AFTER: dict[str, float] = {**{w: v for w, v in lx.SCALE_WORDS.items() if not w.endswith("s")},
                                  **{w.lower(): v for w, v in lx.SPACED_SCALE_SUFFIXES.items() if len(w) > 1}}
_SCALE_AFTER_RE = re.compile(SPACE + r"+(?P<s>" + "|".join(sorted(_SCALE_AFTER, key=len, reverse=True))
                             + r")(?![\w'’])", re.I)
_EUROPEAN_RE = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_EUROPEAN_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_EUROPEAN_DECIMAL_RE = re.compile(r"\d{1,3},\d{1,2}")
_GROUP_SEPARATORS = str.maketrans("", "", ", \u00a0\u2009\u202f")


def literal_value(m: re.Match[str]) -> tuple[float, bool]:
    """Value of a `LITERAL_RE` match and whether it is an integer."""
    num = _normalised(m.group("num"))
    value = float(num)
    is_int = "." not in num
    sign = -1.0 if m.group("sign") in ("-", "−") else 1.0
    exp = m.group("exp")
    if exp:
        value = _with_exponent(num, value, exp)
        is_int = value.is_integer() and abs(value) < 1e18
    return sign * value, is_int


def _normalised(num: str) -> str:
    """The literal in Python's float syntax (European and grouped forms undone)."""
    if _EUROPEAN_RE.fullmatch(num):
        return num.replace(".", "").replace(",", ".")
    if _EUROPEAN_THOUSANDS_RE.fullmatch(num):
        return num.replace(".", "")
    if _EUROPEAN_DECIMAL_RE.fullmatch(num):
        return num.replace(",", ".")
    return num.translate(_GROUP_SEPARATORS)


def _with_exponent(num: str, value: float, exp: str) -> float:
    """`value` raised by its exponent ("2e6", "10^3", "3x10^4"); inf when out of range."""
    try:
        if exp[0] in "eE":
            return float(num + exp)
        if exp[0] == "^":
            digits = exp.lstrip("^")
            power = int(digits.lstrip("+-")) * (-1 if digits.count("-") % 2 == 1 else 1)
            return value ** power if abs(power) < 400 else math.inf
        return value * 10.0 ** int(exp.split("^")[1])
    except (OverflowError, ValueError, ZeroDivisionError):
        return math.inf


def suffixed_literal(text: str, m: re.Match[str], value: float, is_int: bool, money: bool) -> Core | None:
    """The literal with what it is glued to ("3/4", "2½", "1 1/2", "3rd", "3-fold", "2x", "3bn", "2e6"), or None."""
    if m.group("exp"):
        return Core(value, m.start(), m.end(), is_int=is_int, digits=True)
    if is_int and m.group("num").isdigit():
        core = _fraction_or_ordinal(text, m.start(), m.end(), value)
        if core is not None:
            return core
    return _multiplier_or_scale(text, m.start(), m.end(), value, is_int, money)


def _fraction_or_ordinal(text: str, start: int, end: int, value: float) -> Core | None:
    """An integer followed by "/den", a vulgar fraction, " n/d" or an ordinal suffix."""
    sm = SLASH_RE.match(text, end)
    if sm:
        den = int(sm.group(1))
        if den == 0 or not (abs(value) < den and (den <= 10 or abs(value) == 1)):
            return Core(value, start, sm.end(), "name")  # "24/7", "9/11": labels, not fractions
        return Core(value / den, start, sm.end(), "fraction", digits=True)
    if text[end:end + 1] in lx.VULGAR_FRACTIONS:
        part = lx.VULGAR_FRACTIONS[text[end]]
        return _mixed(text, start, end + 1, value + math.copysign(part, value if value else 1.0))
    mm = MIXED_RE.match(text, end) or _hyphen_mixed(text, end, value)
    if mm and int(mm.group(1)) < int(mm.group(2)) and int(mm.group(2)) > 0 and value >= 0:
        return _mixed(text, start, mm.end(), value + int(mm.group(1)) / int(mm.group(2)))
    om = ORDINAL_SUFFIX_RE.match(text, end)
    if om and value >= 0:
        return Core(value, start, om.end(), "ordinal", is_int=True, digits=True)
    return None


def _hyphen_mixed(text: str, end: int, whole: float) -> re.Match[str] | None:
    """A fraction hyphened to a whole number ("9-3/4", "1-1/2"), the typewriter's mixed number, of a denominator
    typeset as a fraction (halves to sixty-fourths); a hyphen before any other slash is a label ("4-1/10"), and
    after a zero it is a range ("0-1/2 inch")."""
    hm = HYPHEN_MIXED_RE.match(text, end)
    return hm if hm and whole >= 1 and int(hm.group(2)) in TYPESET_DENOMINATORS else None


def _mixed(text: str, start: int, end: int, value: float) -> Core:
    """A mixed number ("2½", "1 1/2", "9-3/4"), with the scale word written after it ("1-1/2 billion", "2½ million":
    a count of 1.5 billion, not a fraction of 1.5)."""
    sm = _SCALE_AFTER_RE.match(text, end)
    if sm is None:
        return Core(value, start, end, "fraction", digits=True)
    mult = _SCALE_AFTER[sm.group("s").lower()]
    return Core(value * mult, start, sm.end(), is_int=float(value * mult).is_integer(), scaled=True, digits=True,
                mult=mult, value_end=end)


def _multiplier_or_scale(text: str, start: int, end: int, value: float, is_int: bool, money: bool) -> Core | None:
    """A literal followed by "-fold", "x", a glued scale ("3bn") or a spaced one ("2.33 k")."""
    fm = FOLD_RE.match(text, end)
    if fm:
        return Core(value, start, fm.end(), "multiplier", digits=True, value_end=end)
    xm = TIMES_X_RE.match(text, end)
    if xm and not re.match(r"\s*\d", text[xm.end():xm.end() + 3]):
        return Core(value, start, xm.end(), "multiplier", digits=True, value_end=end)
    gm = GLUED_SCALE_RE.match(text, end)
    mult = _glued_scale(gm.group("suf"), value, is_int, money) if gm else 0.0
    if gm and mult:
        return Core(value * mult, start, gm.end(), is_int=True, scaled=True, digits=True, mult=mult)
    sm = SPACED_SCALE_RE.match(text, end)
    if sm:
        mult = lx.SPACED_SCALE_SUFFIXES[sm.group("suf")]
        return Core(value * mult, start, sm.end(), is_int=True, scaled=True, digits=True, mult=mult)
    return None


def _glued_scale(suffix: str, value: float, is_int: bool, money: bool) -> float:
    """Factor of a glued scale suffix; 0 when it is not a scale here ("100m" metres, "5G" network)."""
    if suffix == "m":
        return 1e6 if (money or not is_int) else 0.0
    if suffix == "G" and is_int and value < 10:
        return 0.0
    return lx.GLUED_SCALE_SUFFIXES[suffix]


def plain_literal(m: re.Match[str], value: float, is_int: bool) -> Core:
    """The literal alone; a bare 4-digit integer in the year range is marked year-like."""
    num = m.group("num")
    plain = num.isdigit()
    year_like = (plain and is_int and len(num) == 4 and lx.YEAR_MIN <= value <= lx.YEAR_MAX
                 and m.group("sign") is None)
    return Core(value, m.start(), m.end(), is_int=is_int, plain=plain, digits=True, year_like=year_like)
