"""Number parser: find every number mention in a string (pure regex + lexicon; no spaCy, no Streamlit).

`parse_numbers(text)` returns sorted, non-overlapping `NumberMention`s with exact offsets
(`text[m.start:m.end] == m.text`) and never raises.  The vocabulary lives in `number_lexicon.py`.

Interval rule (`interval(value, qualifier)` and every mention's `low`/`high`; None = unbounded):

    exact      [v, v]
    approx     [0.9v, 1.1v]          (±10 %)
    at_least   [v, None]             ≥  ("at least", "no fewer than", "or more" after the number)
    more_than  [v, None]  strict     >  ("more than", "over", "above", "exceeding", "passes 80,000")
    at_most    [0, v]                ≤  ("up to", "as many as", "no more than", "at most")
    less_than  [0, v]     strict     <  ("fewer than", "under", "below", "less than")
    nearly     [0.9v, v]                ("nearly", "almost", "close to", "just under")
    range      [a, b], value = (a+b)/2  ("10,000-12,000", "between 3,500 and 4,000", "from 20 to 30")
    vague      word-specific bounds, value = midpoint: dozens [24,99], hundreds [200,999],
               thousands [2000,9999], tens of thousands [20000,99999], hundreds of thousands
               [200000,999999], millions [2e6,9.99e6], several hundred [300,900], a few hundred [200,500],
               several thousand [3000,9000], a few thousand [2000,5000] (table in number_lexicon.VAGUE_COUNTS)

For negative values the bounds are swapped so that low <= value <= high always holds (approx -10 ->
[-11, -9]; at_most/less_than of a negative number -> [None, v]).  Strictness of a bound is kept in
`low_open`/`high_open` (True = open/strict, False = closed, None = unbounded or, for a plain range, not
stated by the text).  A lower and an upper bound joined by "and"/"but"/"," become one range
("more than 10 and less than 20" -> range (10, 20)).  When a bound qualifier after the number ("or more",
"or less") meets an approximation word before it, the bound wins and the approximation word is not part
of the mention ("about 500 or more" -> "500 or more", at_least); the same holds for an approximation
word before a range ("about 20-30" -> "20-30").

Kinds: cardinal, percent, money, measure, fraction, multiplier are quantities; ordinal, year, date, time,
phone, list_number, name and percent_word are returned too so callers can drop them (`number_records` keeps only
quantities).  `unit` is "" / "percent" / "percentage_point" / an ISO 4217 code ("USD", "EUR", ... plus
"cent", "pence", "satoshi" for sub-units) / a unit of measure ("km", "mile", "meter", "magnitude", "mph",
"kg", "ton", "degree", ...).

Where the Microsoft Recognizers-Text specification and news reading disagree, news reading wins:
* "one" as a pronoun ("no one", "the one you", "one of the", "one day") is not a number.
* Dates ("5/17/2018"), phone numbers ("+1-222-2222/2222") and names ("SCP-173", "F-16", "World War Two",
  "Boeing 737") are kinds of their own, not cardinals.
* A dash followed by a space is a bullet or dash, never a minus sign ("- 10 k" is 10 k).
* A bare "percent"/"percentage" without a number is reported as kind percent_word with value NaN (never a
  quantity: `number_records` and the extractor drop it); a bare "dollar" is not a mention.
* Lower-case "m" glued to an integer is metres ("100m"), to a decimal or after a currency it is million
  ("1.5m", "$2m"); upper-case "M" is million ("10M").
* "X to Y"/"from X to Y" after a change verb ("rose from 10 to 20") is two figures, not a range.
* Slash fractions need a proper fraction with a small denominator ("3/4", "1/100"); "24/7" and "9/11" are
  labels (kind name).  "5G"/"4G" (single digit + G) are names of network generations, not billions.
* Measures are reported with their unit; a number glued to a unit ("180ml") is a measure, not a bare number.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace

from newsfigures.numbers import lexicon as lx

__all__ = ["NumberMention", "parse_numbers", "parse_number_text", "number_records", "interval"]

QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "nearly", "range", "vague")


@dataclass(frozen=True)
class NumberMention:
    """One number in a text, with the interval its qualifier implies."""

    text: str  # full surface incl. qualifier words
    start: int  # text[start:end] == self.text
    end: int
    value: float  # the number; midpoint for ranges; representative value for vague counts
    low: float | None  # None = unbounded
    high: float | None
    qualifier: str  # one of QUALIFIERS
    unit: str  # "" | "percent" | "percentage_point" | ISO currency | unit of measure
    kind: str  # cardinal|percent|money|measure|fraction|multiplier|ordinal|year|date|time|phone|list_number|name
    number_start: int  # offsets of the numeric core (with currency/unit) without the qualifier words
    number_end: int
    low_open: bool | None = None  # lower bound strict (>)? None = unbounded / not stated
    high_open: bool | None = None  # upper bound strict (<)? None = unbounded / not stated
    value_start: int = -1  # offsets of the bare number (no currency, unit, percent sign or qualifier)
    value_end: int = -1


def interval(value: float, qualifier: str) -> tuple[float | None, float | None]:
    """The [low, high] interval a qualifier implies for a single value (see the module docstring)."""
    v = float(value)
    if qualifier == "approx":
        a, b = 0.9 * v, 1.1 * v
        return (min(a, b), max(a, b))
    if qualifier in ("at_least", "more_than"):
        return (v, None)
    if qualifier in ("at_most", "less_than"):
        return (0.0, v) if v >= 0 else (None, v)
    if qualifier == "nearly":
        return (0.9 * v, v) if v >= 0 else (v, 0.9 * v)
    return (v, v)  # exact; range/vague bounds come from the text


_OPEN = {"exact": (False, False), "approx": (False, False), "nearly": (False, False),
         "at_least": (False, None), "more_than": (True, None), "at_most": (None, False),
         "less_than": (None, True)}

# ------------------------------------------------------------------------------------------- regexes
_TOKEN_RE = re.compile(r"(?P<w>[^\W\d_]+(?:['’][^\W\d_]+)*)|(?P<d>\d+)|(?P<s>\S)")
_SP = r"[ \t\u00a0]"

_LIT_RE = re.compile(r"""
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
_SLASH_RE = re.compile(r"/(\d+)(?![\d/]|[.,]\d)")
_MIXED_RE = re.compile(_SP + r"+(\d+)/(\d+)(?![\d/])")
_ORD_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.I)
_GLUED_SCALE_RE = re.compile(
    r"(?P<suf>" + "|".join(sorted(map(re.escape, lx.GLUED_SCALE_SUFFIXES), key=len, reverse=True))
    + r"|m)(?![A-Za-z0-9])")
_SPACED_SCALE_RE = re.compile(
    _SP + r"+(?P<suf>" + "|".join(sorted(map(re.escape, lx.SPACED_SCALE_SUFFIXES), key=len, reverse=True))
    + r")(?![\w'’])")
_FOLD_RE = re.compile(_SP + r"*-?" + _SP + r"*fold\b", re.I)
_TIMES_X_RE = re.compile(r"[x×](?![\w])")
_DECADE_RE = re.compile(r"s(?![\w'])")
_YEAR_RANGE_RE = re.compile(r"[-–/](\d{4}|\d{2})(?!\d|[,.]\d)")
_RATIO_RE = re.compile(_SP + r"+(?P<c>out" + _SP + r"+of|in" + _SP + r"+every|in|over)" + _SP + r"+", re.I)
_END_OF_CLAUSE_RE = re.compile(r"\s*(?:$|[.,;:!?)\]])")


def _alt(words, flags_escape=True) -> str:
    ws = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") if flags_escape else w for w in ws)


# Percent vocabulary comes from number_lexicon.PERCENT_WORDS / PERCENT_PREFIXES: words and signs apart.
_PCT_WORDS = [w for w in lx.PERCENT_WORDS if w[0].isalpha()]
_PCT_SIGNS = [w for w in lx.PERCENT_WORDS if not w[0].isalpha()]
_PCT_RE = re.compile(
    r"(?:" + _SP + r"*-?" + _SP + r"*)(?P<p>" + _alt(_PCT_WORDS) + r")\b"
    r"|" + _SP + r"?(?P<sym>" + _alt(_PCT_SIGNS) + r")", re.I)
_PCT_PREFIX_RE = re.compile(r"(?P<p>" + _alt(p.removesuffix(" of") for p in lx.PERCENT_PREFIXES) + r")" + _SP + r"+of"
                            + _SP + r"+", re.I)

_CCY_SYMBOL_RE = re.compile(r"(?P<c>" + _alt(lx.CURRENCY_SYMBOLS) + r")" + _SP + r"?(?=[-−]?\.?\d)")
_CCY_SPACED_RE = re.compile(
    r"(?P<c>" + "|".join(sorted((re.escape(k) for k in lx.CURRENCY_SPACED_PREFIXES), key=len, reverse=True))
    + r")" + _SP + r"?\$" + _SP + r"?(?=\.?\d)", re.I)
_CCY_CODE_PREFIX_RE = re.compile(r"(?P<m>M)?(?P<c>[A-Za-z]{3})(?![A-Za-z])" + _SP + r"?(?=[-−]?\.?\d)")
_CCY_CODE_SUFFIX_RE = re.compile(_SP + r"*(?P<m>M)?(?P<c>[A-Za-z]{3})(?![A-Za-z])")
# A currency word after the number, possibly behind a capitalised qualifier the lexicon lacks ("10 million
# Swedish Kronor"); the lazy qualifier lets known multi-word names ("Australian dollars") win first.
_CCY_WORD_RE = re.compile(r"(?:" + _SP + r"*-" + _SP + r"*|" + _SP + r"+)(?:(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                          + _SP + r"+)??(?P<c>" + _alt(lx.CURRENCY_WORDS) + r")(?![\w])", re.I)
_CCY_SUFFIX_SYM_RE = re.compile(_SP + r"?(?P<c>" + _alt(lx.CURRENCY_SUFFIX_SYMBOLS) + r")(?!" + _SP + r"*\d)")
_SCALE_AFTER_RE = re.compile(_SP + r"+(?P<s>" + "|".join(lx.SCALES_AFTER_CODE) + r")\b", re.I)
_GLUED_SCALE_CCY_RE = re.compile(r"(?P<s>" + "|".join(lx.GLUED_SCALE_CURRENCY) + r")(?P<c>"
                                 + _alt([w for w in lx.CURRENCY_WORDS if " " not in w]) + r")$", re.I)
_UNIT_RE = re.compile(r"(?:" + _SP + r"*-" + _SP + r"*|" + _SP + r"*)(?P<u>" + _alt(lx.MEASURE_UNITS) + r")(?![A-Za-z²])", re.I)
_GLUED_UNIT_RE = re.compile(r"(?P<u>" + _alt(lx.GLUED_ONLY_UNITS) + r")(?![A-Za-z])")
_PREFIX_UNIT_RE = re.compile(r"(?P<u>magnitude)(?:" + _SP + r"*-" + _SP + r"*|" + _SP + r"+)(?=\d)", re.I)

_MAX_QUAL_TOKENS = max(len(_TOKEN_RE.findall(k)) for k in lx.PREFIX_QUALIFIERS)
_OPENER_RE = re.compile(r"(?<![\w])(?P<w>between|from)\s+\Z", re.I)
_SUFFIX_QUAL_RE = re.compile(
    r"(?:" + _SP + r"*,?" + _SP + r"*)(?P<q>" + _alt([k for k in lx.SUFFIX_QUALIFIERS if k[0].isalpha()]) + r")(?![\w])"
    r"|(?P<g>\+|-plus)(?![\w])", re.I)
_RANGE_CONN_RE = re.compile(r"(?P<c>" + "|".join(lx.RANGE_CONNECTORS) + r")", re.I)
_AND_CONN_RE = re.compile(r"\s+and\s+", re.I)
_BOUND_JOIN_RE = re.compile(r"(?:" + "|".join(lx.BOUND_JOINERS) + r")\Z", re.I)
_VAGUE_RE = re.compile(r"(?P<v>" + _alt(lx.VAGUE_COUNTS) + r")(?![\w])", re.I)
_VAGUE_MONEY_RE = re.compile(r"\s+of\s+(?P<c>" + _alt([w for w in lx.CURRENCY_WORDS if w.endswith("s")]) + r")(?![\w])", re.I)
_SMALL_PHRASE_RE = re.compile(r"(?P<p>an?\s+(?:couple|pair))\s+of\b", re.I)
_POST_FRACTION_SCALE_RE = re.compile(
    _SP + r"+(?:(?P<of>of" + _SP + r"+an?" + _SP + r"+)|(?P<a>an?" + _SP + r"+))?(?P<s>" + "|".join(lx.FRACTION_SCALES) + r")\b", re.I)
_CENTS_RE = re.compile(r"(?:" + _SP + r"*,?" + _SP + r"+and)?" + _SP + r"+(?=\d|[A-Za-z])", re.I)
_CENT_WORD_RE = re.compile(_SP + r"+cents?\b", re.I)

_MONTH_ALT = _alt(lx.MONTHS)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", re.I)
# Special spans tried where a digit token starts.
_DIGIT_SPECIALS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(r"(?<![\d.,/])\d{1,2}([./-])\d{1,2}\1\d{2,4}(?![\d]|[./-]\d)")),
    ("date", re.compile(r"(?<![\d.,])(?:1[5-9]\d\d|20\d\d)-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\d]|[-.,]\d)")),
    ("date", re.compile(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mo>" + _MONTH_ALT + r")(?![\w])\.?(?:,?\s+\d{4}(?!\d))?", re.I)),
    ("time", re.compile(r"(?<![\d.:,])\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?(?![\w])))?(?![\d:])")),
    ("time", re.compile(r"(?<![\d.:,])\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[AP]\.M\.|[AP]M(?![\w])|[ap]m(?![\w]))")),
    ("phone", re.compile(r"(?<![\d,.])\d{2,8}(?:[ -]\d{2,8}){2,4}(?![\d]|[,.]\d)")),
    ("list_number", re.compile(r"\d{1,3}[.)](?=[ \t]+\S)")),
    ("dotted", re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){2,}(?![\d]|\.\d)")),
]
# Special spans tried where a month name starts.
_MONTH_SPECIALS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(r"(?<![\w])(?P<mo>" + _MONTH_ALT + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d\w])(?:,?\s+\d{4}(?!\d))?", re.I)),
    ("date", re.compile(r"(?<![\w])(?P<mo>" + _MONTH_ALT + r")\.?,?\s+\d{4}(?![\d])", re.I)),
]
_PLUS_PHONE_RE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ ./-]?\(?\d{1,5}\)?){2,6}(?![\d])")
_PAREN_PHONE_RE = re.compile(r"\(\d{2,5}\)[ -]?\d{2,8}(?:[ -]\d{2,8}){1,3}(?![\d])")
_NAME_HYPHEN_RE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,9}-\d{1,4}(?![\d]|[.,]\d|-\d)")

# ------------------------------------------------------------------------------------------- word tables
_WORDNUM = lx.NUMBER_WORDS

_VAGUE_FIRST = {k.split()[0].lower() for k in lx.VAGUE_COUNTS}
_STARTER_WORDS = (set(_WORDNUM) | lx.NEGATIVE_WORDS | lx.ARTICLE_WORDS | _VAGUE_FIRST | lx.STARTER_WORDS
                  | {w.lower() for w in lx.ISO_CODES} | {"m" + w.lower() for w in lx.ISO_CODES})
_STARTER_SYMBOLS = set(lx.CURRENCY_SYMBOLS) | set(lx.VULGAR_FRACTIONS) | lx.STARTER_SYMBOLS
_CCY_SYMBOL_FIRST = {k[0] for k in lx.CURRENCY_SYMBOLS}


class _El:
    """One element of a spelled-out number run."""

    __slots__ = ("t", "v", "s", "e", "plural", "word", "is_int", "ccy")

    def __init__(self, t: str, v: float, s: int, e: int, plural: bool = False, word: str = "", is_int: bool = True,
                 ccy: str = "") -> None:
        self.t, self.v, self.s, self.e, self.plural, self.word, self.is_int, self.ccy = t, v, s, e, plural, word, is_int, ccy


class _Core:
    """The numeric core of a mention before qualifiers, units and ranges."""

    __slots__ = ("value", "s", "e", "vs", "ve", "kind", "is_int", "plain", "year_like", "words", "scaled", "ccy",
                 "single_word", "digits", "mult")

    def __init__(self, value: float, s: int, e: int, kind: str = "cardinal", *, is_int: bool = False,
                 plain: bool = False, words: bool = False, scaled: bool = False, ccy: str = "",
                 single_word: str = "", digits: bool = False) -> None:
        self.value, self.s, self.e, self.vs, self.ve, self.kind = value, s, e, s, e, kind
        self.is_int, self.plain, self.words, self.scaled, self.ccy = is_int, plain, words, scaled, ccy
        self.single_word, self.digits = single_word, digits
        self.year_like = False
        self.mult = 1.0  # trailing scale factor ("20 million" -> 1e6)


def _lit_value(m: re.Match[str]) -> tuple[float, bool]:
    """Value of a `_LIT_RE` match and whether it is an integer."""
    num = m.group("num")
    raw = num
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", num):
        num = num.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", num):
        num = num.replace(".", "")
    elif re.fullmatch(r"\d{1,3},\d{1,2}", num):
        num = num.replace(",", ".")
    else:
        num = num.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    val = float(num)
    is_int = "." not in num
    sign = -1.0 if m.group("sign") in ("-", "−") else 1.0
    exp = m.group("exp")
    if exp:
        is_int = False
        try:
            if exp[0] in "eE":
                val = float(num + exp)
            elif exp[0] == "^":
                digits = exp.lstrip("^")
                neg = digits.count("-") % 2 == 1
                p = int(digits.lstrip("+-")) * (-1 if neg else 1)
                val = val ** p if abs(p) < 400 else math.inf
            else:
                p = int(exp.split("^")[1])
                val = val * 10.0 ** p
        except (OverflowError, ValueError, ZeroDivisionError):
            val = math.inf
        if val.is_integer() and abs(val) < 1e18:
            is_int = True
    del raw
    return sign * val, is_int


class _Parser:
    """Single-use scanner over one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks: list[tuple[int, int, str, str]] = [(m.start(), m.end(), m.lastgroup or "s", m.group())
                                                      for m in _TOKEN_RE.finditer(text)]
        self.starts = [t[0] for t in self.toks]
        self.n = len(self.toks)

    # ----------------------------------------------------------------------------- token helpers
    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect.bisect_left(self.starts, pos)

    def word(self, i: int) -> str:
        return self.toks[i][3].lower() if 0 <= i < self.n and self.toks[i][2] == "w" else ""

    def prev_word(self, pos: int) -> str:
        """Lower-cased word token right before `pos` (only spaces between), else ""."""
        i = self.tok_at(pos) - 1
        if i < 0:
            return ""
        s, e, k, w = self.toks[i]
        if not self.text[e:pos].strip() == "":
            return ""
        return w.lower() if k == "w" else ""

    def next_word(self, pos: int) -> str:
        i = self.tok_at(pos)
        if i >= self.n:
            return ""
        s, e, k, w = self.toks[i]
        if self.text[pos:s].strip():
            return ""
        return w.lower() if k == "w" else ""

    # ----------------------------------------------------------------------------- specials
    def specials(self) -> list[tuple[int, int, str]]:
        """Dates, times, phones, list numbers, names, dotted groups and URLs (non-overlapping spans)."""
        text = self.text
        found: list[tuple[int, int, int, str]] = []

        def add(kind: str, m: re.Match[str] | None) -> None:
            if m is not None and _valid_special(text, kind, m):
                found.append((m.start(), lx.SPECIAL_PRIORITY[kind], -(m.end() - m.start()), kind))

        if "http" in text or "www." in text or "@" in text:
            for m in _URL_RE.finditer(text):
                add("url", m)
        for s, e, k, w in self.toks:
            if k == "d":
                for kind, rx in _DIGIT_SPECIALS:
                    if kind == "list_number":
                        ls = text.rfind("\n", 0, s) + 1
                        if text[ls:s].strip(" \t"):
                            continue
                    add(kind, rx.match(text, s))
            elif k == "w":
                if w.lower() in lx.MONTHS:
                    for kind, rx in _MONTH_SPECIALS:
                        add(kind, rx.match(text, s))
                elif w[0].isupper() and text[e:e + 1] == "-" and text[e + 1:e + 2].isdigit():
                    add("name", _NAME_HYPHEN_RE.match(text, s))
            elif w == "+":
                add("phone", _PLUS_PHONE_RE.match(text, s))
            elif w == "(":
                add("phone", _PAREN_PHONE_RE.match(text, s))
        found.sort()
        out: list[tuple[int, int, str]] = []
        last = -1
        for s, _p, neg_len, kind in found:
            e = s - neg_len
            if s < last:
                continue
            out.append((s, e, kind))
            last = e
        return out

    def special_mentions(self, s: int, e: int, kind: str) -> list[NumberMention]:
        surface = self.text[s:e]
        if kind == "url":
            return []
        if kind == "dotted":
            res = []
            for m in re.finditer(r"\d+", surface):
                v = float(m.group())
                a, b = s + m.start(), s + m.end()
                res.append(_mk(self.text, a, b, v, "exact", "", "cardinal", a, b, vs=a, ve=b))
            return res
        nums = [float(x) for x in re.findall(r"\d+", surface)]
        if kind == "list_number":
            st = s + len(surface) - len(surface.lstrip())
            return [_mk(self.text, st, e, nums[0] if nums else 0.0, "exact", "", kind, st, e)]
        if kind == "time":
            v = nums[0] + (nums[1] / 60 if len(nums) > 1 else 0.0) if nums else 0.0
            return [_mk(self.text, s, e, v, "exact", "", kind, s, e)]
        if kind == "date":
            years = [x for x in nums if x >= 100]
            v = years[0] if years else (nums[0] if nums else 0.0)
            return [_mk(self.text, s, e, v, "exact", "", kind, s, e)]
        if kind == "phone":
            v = float("".join(re.findall(r"\d", surface)) or 0)
            return [_mk(self.text, s, e, v, "exact", "", kind, s, e)]
        if kind == "name":
            m = re.search(r"\d+$", surface)
            v = float(m.group()) if m else 0.0
            return [_mk(self.text, s, e, v, "exact", "", kind, s + (m.start() if m else 0), e)]
        return []

    # ----------------------------------------------------------------------------- main loop
    def run(self) -> list[NumberMention]:
        specials = self.specials()
        sp_by_tok: dict[int, tuple[int, int, str]] = {}
        sp_starts = [s for s, _, _ in specials]
        for sp in specials:
            i = self.tok_at(sp[0])
            if i < self.n and i not in sp_by_tok:
                sp_by_tok[i] = sp
        out: list[NumberMention] = []
        prev_end = 0
        i = 0
        toks = self.toks
        while i < self.n:
            sp = sp_by_tok.get(i)
            if sp is not None and sp[0] >= prev_end:
                out.extend(self.special_mentions(*sp))
                prev_end = sp[1]
                i = self.tok_at(sp[1])
                continue
            s, e, k, w = toks[i]
            if s < prev_end:
                i += 1
                continue
            if not self._can_start(i):
                i += 1
                continue
            k2 = bisect.bisect_right(sp_starts, s)
            limit = sp_starts[k2] if k2 < len(sp_starts) else len(self.text) + 1
            ms = self.mention_at(i, prev_end, limit)
            if not ms:
                i += 1
                continue
            ms = [m for m in ms if m.start >= prev_end and m.end <= limit]
            if not ms:
                i += 1
                continue
            out.extend(ms)
            prev_end = ms[-1].end
            i = self.tok_at(prev_end)
        return _merge_bounds(self.text, out)

    def _can_start(self, i: int) -> bool:
        s, e, k, w = self.toks[i]
        if k == "d":
            return True
        if k == "w":
            lw = w.lower()
            if lw in _STARTER_WORDS or lw.endswith("fold") or w in lx.VULGAR_FRACTIONS:
                return True
            if _GLUED_SCALE_CCY_RE.match(lw):
                return True
            return lw[:1] in "rms" and w in lx.CURRENCY_SYMBOLS
        if w in _STARTER_SYMBOLS or w in _CCY_SYMBOL_FIRST:
            return True
        return False

    # ----------------------------------------------------------------------------- mention builder
    def mention_at(self, i: int, prev_end: int, limit: int) -> list[NumberMention] | None:
        text = self.text
        s = self.toks[i][0]
        # vague counts
        if self.toks[i][2] == "w":
            vm = _VAGUE_RE.match(text, s)
            if vm and self.word(i) in _VAGUE_FIRST:
                return [self._vague(vm)]
        ccy = ""
        cs = s
        mult = 1.0
        prefix_unit = ""
        core: _Core | None = None
        pct_prefix = False
        m = None
        if self.toks[i][2] == "w" and self.word(i) in ("percent", "percents", "per", "percentage"):
            m = _PCT_PREFIX_RE.match(text, s)
            if not m:
                return None
            core = self.core(self.tok_at(m.end()), limit)
            if core is None:
                return None
            pct_prefix = True
        else:
            ccy, mult, after = self._currency_prefix(i)
            if ccy:
                core = self.core(self.tok_at(after), limit, money=True)
                if core is None or core.kind not in ("cardinal", "fraction"):
                    return None
                if text[after:core.s].strip():
                    return None
            else:
                um = _PREFIX_UNIT_RE.match(text, s)
                if um:
                    prefix_unit = lx.MEASURE_UNITS[um.group("u").lower()]
                    core = self.core(self.tok_at(um.end()), limit)
                    if core is None or core.kind != "cardinal":
                        return None
                else:
                    core = self.core(i, limit)
        if core is None:
            return None
        if core.kind == "name":
            return [_mk(text, core.s, core.e, core.value, "exact", "", "name", core.s, core.e)]
        if core.kind == "ordinal":
            return [_mk(text, core.s, core.e, core.value, "exact", "", "ordinal", core.s, core.e)]
        value = core.value * mult
        end = core.e
        unit = ""
        kind = core.kind
        if pct_prefix:
            unit, kind, cs = "percent", "percent", s
        elif ccy:
            unit, kind = ccy, "money"
            wm = _CCY_WORD_RE.match(text, end)
            if wm and lx.CURRENCY_WORDS.get(re.sub(r"\s+", " ", wm.group("c").lower())) == ccy:
                end = wm.end()
        elif prefix_unit:
            unit, kind = prefix_unit, "measure"
        elif core.ccy:
            unit, kind = core.ccy, "money"
        cs = min(cs, core.s) if not (ccy or prefix_unit or pct_prefix) else cs
        if kind in ("cardinal", "fraction") and not unit:
            value, end, unit, kind = self._suffix_unit(core, value, end)
            if unit == "" and kind == "glued":
                return None
        if kind == "money" and unit and not core.scaled and float(value).is_integer() and core.kind == "cardinal":
            value, end = self._cents(value, end, limit)
        if kind == "multiplier":
            return [_mk(text, core.s, end, value, "exact", "", "multiplier", core.s, end, vs=core.vs, ve=core.ve)]
        # glued letters right after the number ("3D", "4x4") make it a label, not a number
        if end < len(text) and (text[end].isalpha() and text[end - 1].isalnum()):
            return None
        # years, names and pronouns
        if kind == "cardinal" and core.year_like and not unit:
            ym = self._year(core, prev_end)
            if ym is not None:
                return [ym]
        if kind == "cardinal" and not unit and self._is_name(core):
            return [_mk(text, core.s, core.e, value, "exact", "", "name", core.s, core.e, vs=core.vs, ve=core.ve)]
        if core.single_word == "one" and not unit and self._one_is_pronoun(core):
            return None
        # ranges
        rng = self._range(cs, end, value, unit, kind, core, ccy, prev_end, limit)
        if rng is not None:
            return [rng]
        # qualifiers
        return [self._qualified(cs, end, value, unit, kind, core, prev_end, limit)]

    # ----------------------------------------------------------------------------- pieces
    def _currency_prefix(self, i: int) -> tuple[str, float, int]:
        text = self.text
        s, e, k, w = self.toks[i]
        m = _CCY_SPACED_RE.match(text, s)
        if m:
            return lx.CURRENCY_SPACED_PREFIXES[m.group("c").lower()], 1.0, m.end()
        m = _CCY_SYMBOL_RE.match(text, s)
        if m:
            c = m.group("c")
            if c[0].isalpha() and s > 0 and text[s - 1].isalnum():
                return "", 1.0, s
            return lx.CURRENCY_SYMBOLS[c], 1.0, m.end()
        if k == "w":
            m = _CCY_CODE_PREFIX_RE.match(text, s)
            if m and (s == 0 or not text[s - 1].isalnum()):
                code = m.group("c")
                iso = _iso(code)
                if iso and (m.group("m") is None or code.isupper()):
                    if m.group("m"):
                        return iso, 1e6, m.end()
                    return iso, 1.0, m.end()
                if m.group("m") is None:
                    return "", 1.0, s
            m = re.compile(r"(?P<m>M)(?P<c>[A-Z]{3})" + _SP + r"?(?=\d)").match(text, s)
            if m and _iso(m.group("c")):
                return _iso(m.group("c")), 1e6, m.end()
        return "", 1.0, s

    def _suffix_unit(self, core: _Core, value: float, end: int) -> tuple[float, int, str, str]:
        """Percent sign/word, currency after the number, or a unit of measure."""
        text = self.text
        kind = core.kind
        m = _PCT_RE.match(text, end)
        if m and not (m.group("p") and end < len(text) and text[end] == "-" and False):
            p = (m.group("p") or "").lower()
            unit = "percentage_point" if p.startswith("percentage") and "point" in p else "percent"
            return value, m.end(), unit, "percent"
        # ISO code after the number ("10 usd", "115USD", "30 MUSD")
        m = _CCY_CODE_SUFFIX_RE.match(text, end)
        if m:
            code = m.group("c")
            iso = _iso(code)
            if m.group("m") and not code.isupper():
                iso = ""
            if iso and not text[m.end():m.end() + 1].isdigit():
                v = value * (1e6 if m.group("m") else 1.0)
                e2 = m.end()
                sm = _SCALE_AFTER_RE.match(text, e2)
                if sm:
                    v *= lx.SCALE_WORDS[sm.group("s").lower()]
                    e2 = sm.end()
                return v, e2, iso, "money"
        m = _UNIT_RE.match(text, end)
        um = m
        m = _CCY_WORD_RE.match(text, end)
        if m:
            w = re.sub(r"\s+", " ", m.group("c").lower())
            ok = True
            if w in lx.CURRENCY_WORDS_NEED_SCALE and not (core.scaled or core.words):
                ok = False
            if w in ("pounds", "pound") and re.match(r"\s+of\b", text[m.end():]):
                ok = False
            if ok and not (um and um.end() > m.end()):
                return value, m.end(), lx.CURRENCY_WORDS[w], "money"
        m = _CCY_SUFFIX_SYM_RE.match(text, end)
        if m and not (m.group("c") == "$" and text[m.end():m.end() + 1].isalnum()):
            return value, m.end(), lx.CURRENCY_SUFFIX_SYMBOLS[m.group("c")], "money"
        if um:
            u = re.sub(r"\s+", " ", um.group("u").lower())
            glued = um.start("u") == end
            sep = text[end:um.start("u")]
            if glued or sep.strip() in ("", "-"):
                return value, um.end("u") if u != "pounds of" else um.start("u") + 6, lx.MEASURE_UNITS[u], "measure"
        gm = _GLUED_UNIT_RE.match(text, end)
        if gm and core.digits:
            return value, gm.end(), lx.GLUED_ONLY_UNITS[gm.group("u")], "measure"
        if end < len(text) and text[end].isalpha() and text[end - 1].isdigit():
            return value, end, "", "glued"
        return value, end, "", kind

    def _cents(self, value: float, end: int, limit: int) -> tuple[float, int]:
        """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 USD 50" -> value + cents/100."""
        text = self.text
        m = _CENTS_RE.match(text, end)
        if not m:
            return value, end
        j = self.tok_at(m.end())
        c = self.core(j, limit, allow_ratio=False)
        if c is None or c.kind != "cardinal" or not c.is_int or not (1 <= c.value <= 99) or c.scaled:
            return value, end
        if c.digits and not c.plain:
            return value, end
        cm = _CENT_WORD_RE.match(text, c.e)
        if cm:
            return value + c.value / 100, cm.end()
        nxt = self.next_word(c.e)
        if _END_OF_CLAUSE_RE.match(text, c.e) or nxt in lx.CENTS_FOLLOWERS:
            return value + c.value / 100, c.e
        return value, end

    def _vague(self, vm: re.Match[str]) -> NumberMention:
        surface = re.sub(r"\s+", " ", vm.group("v").lower())
        lo, hi = lx.VAGUE_COUNTS[surface]
        s, e = vm.span()
        if surface.endswith(" of"):
            e = s + len(vm.group("v").rstrip()[:-2].rstrip())
        unit, kind = "", "cardinal"
        mm = _VAGUE_MONEY_RE.match(self.text, vm.end() if not surface.endswith(" of") else e)
        if mm:
            unit, kind = lx.CURRENCY_WORDS[mm.group("c").lower()], "money"
            e = mm.end()
        v = (lo + hi) / 2
        return NumberMention(self.text[s:e], s, e, v, float(lo), float(hi), "vague", unit, kind, s, e,
                             False, False, s, e)

    def _year(self, core: _Core, prev_end: int) -> NumberMention | None:
        text = self.text
        v = core.value
        s, e = core.s, core.e
        ym = _YEAR_RANGE_RE.match(text, e)
        if ym:
            y2 = ym.group(1)
            if len(y2) == 2 or (lx.YEAR_MIN <= int(y2) <= lx.YEAR_MAX and int(y2) > v):
                return _mk(text, s, ym.end(), v, "exact", "", "year", s, ym.end(), vs=s, ve=e)
        dm = _DECADE_RE.match(text, e)
        if dm:
            return _mk(text, s, dm.end(), v, "exact", "", "year", s, dm.end(), vs=s, ve=e)
        pw = self.prev_word(s)
        if text[max(0, s - 4):s].lower() == "mid-":
            pw = "mid-"
        if pw in lx.YEAR_PREPOSITIONS:
            return _mk(text, s, e, v, "exact", "", "year", s, e, vs=s, ve=e)
        qm = self._qualifier_before(s, prev_end)
        if qm:
            return None
        nw_i = self.tok_at(e)
        if nw_i < self.n and self.toks[nw_i][2] == "w" and not text[e:self.toks[nw_i][0]].strip():
            w = self.toks[nw_i][3]
            if w.islower() and w.endswith("s") and len(w) > 3 and w not in lx.NOT_PLURAL_NOUNS:
                return None
            if w.lower() in _WORDNUM or w.lower() in lx.SCALE_WORDS:
                return None
        return _mk(text, s, e, v, "exact", "", "year", s, e, vs=s, ve=e)

    def _is_name(self, core: _Core) -> bool:
        text = self.text
        if not ((core.plain and core.is_int and core.digits) or (core.words and core.single_word)):
            return False
        if core.words and not text[core.s].isupper():
            return False
        i = self.tok_at(core.s) - 1
        if i < 0:
            return False
        ps, pe, pk, pw = self.toks[i]
        if pk != "w" or text[pe:core.s] != " " or not any(ch.isupper() for ch in pw):
            return False
        if pw.lower() in lx.NAME_STOPWORDS or pw.lower() in _WORDNUM or pw.lower() in lx.PREFIX_QUALIFIERS:
            return False
        if pw.upper() in lx.ISO_CODES:
            return False
        before = text[:ps].rstrip(" \t")
        initial = (not before) or before[-1] in lx.SENTENCE_END
        if initial and pw.lower() not in lx.NAME_WORDS:
            return False
        return True

    def _one_is_pronoun(self, core: _Core) -> bool:
        pw = self.prev_word(core.s)
        nw = self.next_word(core.e)
        if pw in lx.ONE_PRONOUN_PRECEDERS or nw in lx.ONE_PRONOUN_FOLLOWERS:
            return True
        if self.text[core.e:core.e + 2] in ("'s", "’s") or self.text[core.e:core.e + 1] == "-":
            return True
        return False

    def _qualifier_before(self, start: int, prev_end: int) -> tuple[str, bool, int] | None:
        """The qualifier phrase right before `start` (longest match), from the preceding tokens."""
        text = self.text
        i = self.tok_at(start) - 1
        parts: list[str] = []
        best = None
        pos = start
        for _ in range(_MAX_QUAL_TOKENS):
            if i < 0:
                break
            s, e, k, w = self.toks[i]
            if s < prev_end:
                break
            gap = text[e:pos]
            if gap.strip() or "\n\n" in gap:
                break
            if parts:
                parts.insert(0, w.lower() + (" " if gap else ""))
            else:
                parts.insert(0, w.lower())
            key = "".join(parts)
            hit = lx.PREFIX_QUALIFIERS.get(key)
            if hit is not None:
                ok = True
                if k == "w":
                    ok = s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "_.")
                else:
                    ok = s == 0 or text[s - 1] not in "<>=!"
                if ok:
                    best = (hit[0], hit[1], s)
            pos = s
            i -= 1
        return best

    def _qualified(self, cs: int, end: int, value: float, unit: str, kind: str, core: _Core, prev_end: int,
                   limit: int) -> NumberMention:
        text = self.text
        pre = self._qualifier_before(cs, prev_end)
        qual, qstart = "exact", cs
        explicit = False
        if pre:
            qual, _strict, qstart = pre
            explicit = True
        suf = None
        sm = _SUFFIX_QUAL_RE.match(text, end)
        if sm:
            key = (sm.group("q") or sm.group("g") or "").lower()
            key = re.sub(r"\s+", " ", key)
            direction = lx.SUFFIX_QUALIFIERS.get(key, "more" if sm.group("g") else "")
            after = sm.end()
            nxt_i = self.tok_at(after)
            blocked = False
            if nxt_i < self.n and not text[after:self.toks[nxt_i][0]].strip("  \t"):
                nt = self.toks[nxt_i]
                if nt[2] == "d" or (nt[2] == "w" and (nt[3].lower() in _WORDNUM or nt[3].lower() == "than")) \
                        or nt[3] in ("-", "−", ".") and nxt_i + 1 < self.n and self.toks[nxt_i + 1][2] == "d":
                    blocked = True
            if direction and not blocked and sm.end() <= limit:
                suf = (direction, sm.end())
        if suf:
            direction, send = suf
            new = None
            if direction == "equal":
                if qual == "more_than":
                    new = "at_least"
                elif qual == "less_than":
                    new = "at_most"
            elif direction == "more":
                if qual in ("exact", "approx", "at_least", "more_than"):
                    new = "at_least" if qual != "more_than" else "more_than"
                    if qual == "approx" or (qual == "exact" and not explicit):
                        qstart = cs
            elif direction == "less":
                if qual in ("exact", "approx", "at_most", "less_than"):
                    new = "at_most" if qual != "less_than" else "less_than"
                    if qual == "approx" or (qual == "exact" and not explicit):
                        qstart = cs
            elif direction == "approx" and qual in ("exact", "approx"):
                new = "approx"
            if new is not None:
                qual = new
                end = send
        lo, hi = interval(value, qual)
        lo_open, hi_open = _OPEN.get(qual, (False, False))
        return NumberMention(text[qstart:end], qstart, end, value, lo, hi, qual, unit, kind, cs,
                             core.e if kind == "cardinal" and not unit else _core_end(core, end, unit, kind),
                             lo_open, hi_open, core.vs, core.ve)

    def _range(self, cs: int, end: int, value: float, unit: str, kind: str, core: _Core, ccy: str, prev_end: int,
               limit: int) -> NumberMention | None:
        text = self.text
        if kind not in ("cardinal", "percent", "money", "measure", "fraction") or core.year_like and not unit \
                and not ccy:
            if not (core.year_like and (unit or ccy)):
                pass
        opener = _OPENER_RE.search(text, max(prev_end, cs - 20), cs)
        op = opener.group("w").lower() if opener else ""
        if op == "between":
            cm = _AND_CONN_RE.match(text, end)
            if not cm:
                cm = _RANGE_CONN_RE.match(text, end)
        else:
            cm = _RANGE_CONN_RE.match(text, end)
        if not cm:
            return None
        conn = cm.group().strip().lower()
        j = self.tok_at(cm.end())
        if j >= self.n:
            return None
        ccy2, mult2, after2 = self._currency_prefix(j)
        if ccy2:
            if ccy and ccy2 != ccy:
                return None
            c2 = self.core(self.tok_at(after2), limit, money=True, allow_ratio=False)
        else:
            c2 = self.core(j, limit, money=bool(ccy), allow_ratio=False)
        if c2 is None or c2.kind not in ("cardinal", "fraction"):
            return None
        v2 = c2.value * mult2
        end2 = c2.e
        unit2 = ccy2
        kind2 = "money" if ccy2 else "cardinal"
        if not unit2:
            v2, end2, unit2, kind2 = self._suffix_unit(c2, v2, end2)
            if kind2 == "glued":
                return None
            if kind2 == "fraction":
                kind2 = "cardinal"
        if unit and unit2 and unit != unit2:
            return None
        if conn in ("-", "–", "—", "~") or re.fullmatch(r"[-–—~]", conn):
            if not core.digits or not c2.digits or core.words and not core.digits:
                return None
            if conn == "-" and text[end:cm.start("c") + len(cm.group())].count(" ") == 0 and value < 0:
                return None
        if core.year_like and c2.year_like:
            return None
        if c2.digits and not c2.words and c2.plain and c2.year_like and not (unit or unit2):
            if conn in ("to", "through", "thru"):
                pass
        if c2.mult > 1 and not core.scaled and value * c2.mult < v2 and value * c2.mult >= v2 / 1000:
            value *= c2.mult  # "10 to 20 million", "$10-$20bn": the scale covers both ends
        if not value < v2:
            return None
        if conn in ("to",) or op == "from":
            anchor = opener.start() if opener else cs
            pw = self.prev_word(anchor)
            if pw in lx.CHANGE_WORDS:
                return None
            pw2 = self.prev_word(anchor - len(pw) - 1) if pw else ""
            if pw in ("from",) or pw2 in lx.CHANGE_WORDS:
                return None
        if kind2 in ("percent", "money", "measure") and not unit:
            unit, kind = unit2, kind2
        elif unit and not unit2:
            pass
        if kind == "fraction":
            kind = "cardinal"
        s0 = opener.start() if opener and op in ("between", "from") and (op != "between" or conn == "and") else cs
        if op == "between" and conn != "and":
            s0 = cs
        if op == "from" and conn != "to":
            s0 = cs
        mid = (value + v2) / 2
        return NumberMention(text[s0:end2], s0, end2, mid, value, v2, "range", unit, kind, cs, end2,
                             None, None, core.vs, c2.ve)

    # ----------------------------------------------------------------------------- cores
    def core(self, i: int, limit: int, money: bool = False, allow_ratio: bool = True) -> _Core | None:
        """The numeric core starting at token i (digits, words, fractions, powers), or None."""
        if i >= self.n or self.toks[i][0] >= limit:
            return None
        c = self._core(i, limit, money)
        if c is None or c.e > limit:
            return None
        if allow_ratio and c.kind == "cardinal" and c.is_int and not money and not c.scaled:
            r = self._ratio(c, limit)
            if r is not None:
                return r
        return c

    def _ratio(self, c: _Core, limit: int) -> _Core | None:
        text = self.text
        m = _RATIO_RE.match(text, c.e)
        if not m:
            return None
        conn = re.sub(r"\s+", " ", m.group("c").lower())
        c2 = self.core(self.tok_at(m.end()), limit, allow_ratio=False)
        if c2 is None or c2.kind != "cardinal" or not c2.is_int or c2.value == 0 or c2.e > limit:
            return None
        if c2.digits and c2.plain and lx.YEAR_MIN <= c2.value <= lx.YEAR_MAX:
            return None
        if _PCT_RE.match(text, c2.e) or _UNIT_RE.match(text, c2.e):
            return None
        nw = self.next_word(c2.e)
        if conn == "over":
            if not _END_OF_CLAUSE_RE.match(text, c2.e):
                return None
        elif conn.startswith("out"):
            if not c.value <= c2.value:
                return None
        else:
            if not c.value < c2.value or nw in lx.RATIO_BLOCKING_NOUNS:
                return None
            if conn == "in" and not (c.value <= 10 or _END_OF_CLAUSE_RE.match(text, c2.e) or nw == "or"):
                return None
        r = _Core(c.value / c2.value, c.s, c2.e, "fraction", words=c.words or c2.words)
        return r

    def _core(self, i: int, limit: int, money: bool) -> _Core | None:
        text = self.text
        s, e, k, w = self.toks[i]
        if w in lx.VULGAR_FRACTIONS:
            if s > 0 and text[s - 1].isdigit():
                return None
            return _Core(lx.VULGAR_FRACTIONS[w], s, e, "fraction")
        if k == "w":
            lw = w.lower()
            if lw in lx.NEGATIVE_WORDS:
                j = i + 1
                if j >= self.n or text[e:self.toks[j][0]].strip():
                    return None
                c = self._core(j, limit, money)
                if c is None or c.kind not in ("cardinal", "fraction") or c.value < 0:
                    return None
                c.value = -c.value
                c.s = s
                c.vs = s
                c.single_word = ""
                c.year_like = False
                return c
            pm = _SMALL_PHRASE_RE.match(text, s)
            if pm:
                return _Core(float(lx.SMALL_PHRASES[re.sub(r"\s+", " ", pm.group().lower())]), s, pm.end("p"),
                             is_int=True, words=True)
            if lw.endswith(lx.MULTIPLIER_SUFFIX) and lw[:-4] in _WORDNUM and _WORDNUM[lw[:-4]][0] in ("unit", "teen", "tens", "hundred"):
                c = _Core(float(_WORDNUM[lw[:-4]][1]), s, e, "multiplier", words=True, is_int=True)
                return c
            if lw in _WORDNUM or lw in ("a", "an") or _GLUED_SCALE_CCY_RE.match(lw):
                return self._word_core(i, limit, money)
            return None
        if k == "s":
            if w in lx.VULGAR_FRACTIONS:
                if s > 0 and text[s - 1].isdigit():
                    return None
                return _Core(lx.VULGAR_FRACTIONS[w], s, e, "fraction")
            if w in ("-", "−", "+", "."):
                if i + 1 >= self.n or self.toks[i + 1][0] != e:
                    if not (w in "-−+" and i + 2 < self.n and self.toks[i + 1][3] == "." and self.toks[i + 2][2] == "d"):
                        return None
                if w in "-−+" and s > 0 and (text[s - 1].isalnum() or text[s - 1] in ".,/"):
                    return None
                if w == "." and s > 0 and (text[s - 1].isdigit()):
                    return None
                return self._digit_core(i, s, limit, money)
            return None
        # digits
        if s > 0 and text[s - 1].isalpha() and not money:
            # glued to letters: "A320", "F16", "COVID19": part of a name
            j = s
            m = re.compile(r"\d+").match(text, s)
            return _Core(float(m.group()), s, m.end(), "name") if m else None
        if s > 0 and text[s - 1] == "." and s > 1 and text[s - 2].isdigit():
            return None
        return self._digit_core(i, s, limit, money)

    def _digit_core(self, i: int, pos: int, limit: int, money: bool) -> _Core | None:
        text = self.text
        m = _LIT_RE.match(text, pos)
        if not m:
            return None
        value, is_int = _lit_value(m)
        if not math.isfinite(value):
            return None
        end = m.end()
        num = m.group("num")
        plain = num.isdigit()
        vs = m.start()
        has_exp = bool(m.group("exp"))
        # slash fraction "3/4", "-4/5"
        if not has_exp and is_int and plain:
            sm = _SLASH_RE.match(text, end)
            if sm:
                den = int(sm.group(1))
                if den == 0 or not (abs(value) < den and (den <= 10 or abs(value) == 1)):
                    return _Core(value, vs, sm.end(), "name")  # "24/7", "9/11": labels, not fractions
                return _Core(value / den, vs, sm.end(), "fraction", digits=True)
            if text[end:end + 1] in lx.VULGAR_FRACTIONS:
                f = lx.VULGAR_FRACTIONS[text[end]]
                return _Core(value + math.copysign(f, value if value else 1.0), vs, end + 1, "fraction", digits=True)
            mm = _MIXED_RE.match(text, end)
            if mm and int(mm.group(1)) < int(mm.group(2)) and int(mm.group(2)) > 0 and value >= 0:
                f = int(mm.group(1)) / int(mm.group(2))
                return _Core(value + f, vs, mm.end(), "fraction", digits=True)
            om = _ORD_SUFFIX_RE.match(text, end)
            if om and value >= 0:
                return _Core(value, vs, om.end(), "ordinal", is_int=True, digits=True)
        if not has_exp:
            fm = _FOLD_RE.match(text, end)
            if fm:
                c = _Core(value, vs, fm.end(), "multiplier", digits=True)
                c.ve = end
                return c
            xm = _TIMES_X_RE.match(text, end)
            if xm and not re.match(r"\s*\d", text[xm.end():xm.end() + 3]):
                c = _Core(value, vs, xm.end(), "multiplier", digits=True)
                c.ve = end
                return c
            gm = _GLUED_SCALE_RE.match(text, end)
            if gm:
                suf = gm.group("suf")
                if suf == "m":
                    mult = 1e6 if (money or not is_int) else 0.0
                else:
                    mult = lx.GLUED_SCALE_SUFFIXES[suf]
                if suf == "G" and is_int and value < 10:
                    mult = 0.0  # "5G", "4G": network generations, not billions
                if mult:
                    c = _Core(value * mult, vs, gm.end(), is_int=True, scaled=True, digits=True)
                    c.mult = mult
                    return c
            sm2 = _SPACED_SCALE_RE.match(text, end)
            if sm2:
                c = _Core(value * lx.SPACED_SCALE_SUFFIXES[sm2.group("suf")], vs, sm2.end(), is_int=True, scaled=True,
                          digits=True)
                c.mult = lx.SPACED_SCALE_SUFFIXES[sm2.group("suf")]
                return c
        if has_exp:
            return _Core(value, vs, end, is_int=is_int, digits=True)
        # the number may go on in words: "3 hundred and 21", "1.5 million", "4 thousand 3 hundred"
        j = self.tok_at(end)
        if j < self.n and self.toks[j][2] == "w" and (self.toks[j][3].lower() in _WORDNUM or self.toks[j][3].lower() == "and") \
                or (j < self.n and self.toks[j][2] == "w" and _GLUED_SCALE_CCY_RE.match(self.toks[j][3].lower())):
            els = self._run(i, limit, first=_El("digit", value, vs, end, is_int=is_int))
            if els and len(els) > 1:
                c = self._eval_run(els, money)
                if c is not None and c.e > end:
                    c.digits = True
                    return c
        c = _Core(value, vs, end, is_int=is_int, plain=plain, digits=True)
        c.year_like = (plain and is_int and len(num) == 4 and lx.YEAR_MIN <= value <= lx.YEAR_MAX
                       and m.group("sign") is None)
        return c

    def _run(self, i: int, limit: int, first: _El | None = None) -> list[_El]:
        """Consecutive number-word elements from token i (hyphens, "and", "point" included)."""
        text = self.text
        els: list[_El] = []
        j = i
        prev_end: int | None = None
        if first is not None:
            els.append(first)
            prev_end = first.e
            j = self.tok_at(first.e)
        while j < self.n and len(els) < 40:
            s, e, k, w = self.toks[j]
            if s >= limit:
                break
            if prev_end is not None:
                gap = text[prev_end:s]
                if gap and (gap.strip(" \t\u00a0") or len(gap) > 4):
                    break
            if k == "w":
                lw = w.lower()
                if lw in _WORDNUM:
                    t, v, pl = _WORDNUM[lw]
                    el = _El(t, float(v), s, e, pl, lw)
                elif lw == "and" and els:
                    el = _El("and", 0.0, s, e, word=lw)
                elif lw in ("a", "an") and (not els or els[-1].t == "and"):
                    el = _El("a", 1.0, s, e, word=lw)
                elif lw == "point" and els:
                    el = _El("point", 0.0, s, e, word=lw)
                else:
                    gm = _GLUED_SCALE_CCY_RE.match(lw)
                    if gm and els:
                        el = _El("scale", lx.SCALE_WORDS[gm.group("s")], s, e, False, lw,
                                 ccy=lx.CURRENCY_WORDS[gm.group("c").lower()])
                    else:
                        break
                els.append(el)
                prev_end = e
                j += 1
                if el.t in ("ord", "half", "quarter") or el.ccy:
                    break
                continue
            if k == "s" and w in ("-", "‐") and els:
                els.append(_El("hyphen", 0.0, s, e))
                prev_end = e
                j += 1
                continue
            if k == "d" and els:
                if s > 0 and text[s - 1] in ",.":
                    break
                m = _LIT_RE.match(text, s)
                if not m or m.group("exp") or m.group("sign"):
                    break
                if _GLUED_SCALE_RE.match(text, m.end()) or _SLASH_RE.match(text, m.end()) \
                        or text[m.end():m.end() + 1].isalpha():
                    break
                v, is_int = _lit_value(m)
                els.append(_El("digit", v, s, m.end(), is_int=is_int))
                prev_end = m.end()
                j = self.tok_at(m.end())
                continue
            break
        return els

    def _word_core(self, i: int, limit: int, money: bool) -> _Core | None:
        els = self._run(i, limit)
        if not els:
            return None
        return self._eval_run(els, money)

    def _eval_run(self, els: list[_El], money: bool) -> _Core | None:
        text = self.text
        kf = next((x for x, el in enumerate(els) if el.t in ("ord", "half", "quarter")), None)
        if kf is not None:
            fr = _fraction(els, 0, kf)
            if fr is not None:
                val, whole, numer, den, wlast = fr
                O = els[kf]
                single_one = (whole is None and numer == 1 and O.t == "ord" and not O.plural)
                ok = True
                if single_one:
                    ok = self._fraction_follower_ok(O.e)
                if ok:
                    return self._post_fraction(els[0].s, O.e, val, whole, numer, den, wlast, els)
            # standalone half / quarter
            if kf == 0 and els[0].t in ("half", "quarter") and not els[0].plural:
                return self._standalone_half(els[0])
            # ordinal fallback: the ordinal (with its tens word) stands alone; the cardinal before it is separate
            o = kf
            O = els[kf]
            if O.t == "ord" and O.v < 10:
                if kf >= 1 and els[kf - 1].t == "tens":
                    o = kf - 1
                elif kf >= 2 and els[kf - 1].t == "hyphen" and els[kf - 2].t == "tens":
                    o = kf - 2
            if o == 0 or (o == 1 and els[0].t == "a"):
                if O.t != "ord" or O.plural:
                    return None
                v = O.v + (els[o].v if o < kf else 0)
                return _Core(float(v), els[o].s, O.e, "ordinal", is_int=True, words=True)
            els = els[:o]
        cps = _card_scan(els, 0, len(els))
        if not cps:
            return None
        k, val, last, _ls = cps[-1]
        c = _Core(val, els[0].s, els[k - 1].e, is_int=float(val).is_integer(), words=True)
        c.scaled = any(el.t in ("scale", "hundred", "dozen") for el in els[:k])
        c.plain = False
        c.digits = any(el.t == "digit" for el in els[:k])
        if k == 1 and els[0].t != "digit":
            c.single_word = els[0].word
        if els[k - 1].t in ("scale", "hundred"):
            c.mult = els[k - 1].v
        ccy_el = next((el for el in els[:k] if el.ccy), None)
        if ccy_el is not None:
            c.ccy = ccy_el.ccy
        fm = _FOLD_RE.match(text, c.e)
        if fm and k == 1:
            return _Core(val, c.s, fm.end(), "multiplier", words=True, is_int=True)
        return c

    def _fraction_follower_ok(self, pos: int) -> bool:
        text = self.text
        j = self.tok_at(pos)
        if j >= self.n:
            return True
        s, e, k, w = self.toks[j]
        if k != "w":
            return w not in ("-",)
        if text[pos:s].strip():
            return True
        lw = w.lower()
        return lw in lx.FRACTION_FOLLOWERS or lw in lx.SCALE_WORDS or lw in lx.HUNDRED_WORDS

    def _standalone_half(self, el: _El) -> _Core | None:
        text = self.text
        pw = self.prev_word(el.s)
        if pw in lx.ORDINALS or pw in lx.HALF_NOUN_PRECEDERS:
            return None
        pm = _POST_FRACTION_SCALE_RE.match(text, el.e)
        frac = 1.0 / el.v
        if pm and not pm.group("of") or (pm and el.t == "quarter"):
            scale = 12.0 if pm.group("s").lower() == "dozen" else (100.0 if pm.group("s").lower() == "hundred" else lx.SCALE_WORDS[pm.group("s").lower()])
            if pm.group("s").lower() == "hundred" and not pm.group("a"):
                pass
            return _Core(frac * scale, el.s, pm.end(), is_int=float(frac * scale).is_integer(), words=True, scaled=True)
        if el.t == "quarter":
            if self.next_word(el.e) != "of":
                return None
        return _Core(frac, el.s, el.e, "fraction", words=True)

    def _post_fraction(self, s: int, e: int, val: float, whole: float | None, numer: float, den: float,
                       wlast: tuple[str, float] | None, els: list[_El]) -> _Core:
        text = self.text
        pm = _POST_FRACTION_SCALE_RE.match(text, e)
        if pm and (pm.group("a") is None or whole is None):
            sw = pm.group("s").lower()
            scale = 12.0 if sw == "dozen" else (100.0 if sw == "hundred" else lx.SCALE_WORDS[sw])
            if pm.group("of") and whole is not None:
                pm = None
            else:
                frac = numer / den
                if whole is not None and whole >= scale:
                    v = whole + frac * scale
                else:
                    v = (whole or 0.0) * scale + frac * scale if whole is not None else frac * scale
                return _Core(v, s, pm.end(), is_int=float(v).is_integer(), words=True, scaled=True)
        if whole is not None and wlast is not None and wlast[0] == "scale" and wlast[1] >= 1e6:
            v = whole + numer / den * wlast[1]
            return _Core(v, s, e, is_int=float(v).is_integer(), words=True, scaled=True)
        return _Core(val, s, e, "fraction", words=True)


# ------------------------------------------------------------------------------------------- grammar
def _card_scan(els: list[_El], a: int, b: int) -> list[tuple[int, float, str, float]]:
    """Checkpoints (end index, value, last element type, last scale) of valid cardinals starting at els[a]."""
    total = 0.0
    cur = 0.0
    last: str | None = None
    before_and: str | None = None
    last_scale = math.inf
    prev_scale_word = 0.0
    last_added = 0.0
    cur_hund = False
    last_small = 0.0
    has_dec = False
    cps: list[tuple[int, float, str, float]] = []
    and_pos: int | None = None
    k = a
    while k < b:
        el = els[k]
        t, v = el.t, el.v
        if last in ("unit", "teen", "tens", "digit", "unit_c") and and_pos is not None and (
                (t == "hundred" and cur_hund) or (t == "scale" and v >= last_scale)):
            cps = [c for c in cps if c[0] <= and_pos]
            break
        if t == "a":
            if k != a or k + 1 >= b or els[k + 1].t not in ("hundred", "scale", "dozen") or els[k + 1].plural:
                break
            cur = 1.0
            last = "a"
            k += 1
            continue
        if t in ("unit", "teen", "tens", "digit"):
            if has_dec:
                break
            if last in (None, "and", "scale", "hundred", "dozen"):
                ref = before_and if last == "and" else last
                if t == "digit" and last == "dozen":
                    break
                if t == "digit" and last == "and" and k + 1 < b and els[k + 1].t == "scale":
                    break
                if ref == "hundred" and v >= 100:
                    break
                if ref == "scale" and v >= last_scale:
                    break
                if ref == "dozen":
                    break
                if v == 0 and last is not None:
                    break
                if t == "digit" and not el.is_int and last is not None:
                    break
                if last == "and" and before_and == "tens":
                    if t != "unit":
                        break
                    cur += v
                    last_small += v
                    last = "unit_c"
                else:
                    cur += v
                    last_small = v
                    last = t
                if t == "digit" and not el.is_int:
                    has_dec = True
            elif last in ("hyph", "tens") and t == "unit" and v >= 1:
                cur += v
                last_small += v
                last = "unit_c"
            else:
                break
        elif t == "hyphen":
            if last == "tens" and k + 1 < b and els[k + 1].t == "unit" and els[k + 1].v >= 1:
                last = "hyph"
                k += 1
                continue
            break
        elif t == "hundred":
            if el.plural and last in (None, "a"):
                break
            if last in ("unit", "teen", "tens", "digit", "unit_c", "a") and not cur_hund:
                if last != "digit" and cur >= 100:
                    break
                cur = cur * 100
                cur_hund = True
                last = "hundred"
                has_dec = False
            else:
                break
        elif t == "scale":
            if el.plural and last in (None, "a"):
                break
            if last in ("unit", "teen", "tens", "digit", "unit_c", "a", "hundred", "dozen") and cur > 0:
                if v >= last_scale:
                    break
                add = cur * v
                total += add
                last_added = add
                cur = 0.0
                cur_hund = False
                last_scale = v
                prev_scale_word = v
                last = "scale"
                has_dec = False
            elif last == "scale" and v > prev_scale_word:
                total += last_added * (v - 1)
                last_added *= v
                last_scale = prev_scale_word * v
                prev_scale_word = v
            else:
                break
        elif t == "dozen":
            if last in ("unit", "teen", "tens", "digit", "unit_c", "a"):
                if last == "a":
                    cur = 12.0
                else:
                    cur += last_small * 11
                last = "dozen"
            else:
                break
        elif t == "and":
            if k + 1 < b and (last in ("hundred", "scale", "dozen")
                              or (last == "tens" and els[k + 1].t == "unit" and els[k + 1].v >= 1)):
                before_and = last
                last = "and"
                and_pos = k
                k += 1
                continue
            break
        elif t == "point":
            if last not in ("unit", "teen", "tens", "unit_c", "hundred", "scale") or has_dec:
                break
            m = k + 1
            digs = ""
            while m < b and els[m].t in ("unit", "teen", "tens"):
                if els[m].t == "tens" and m + 2 < b and els[m + 1].t == "hyphen" and els[m + 2].t == "unit":
                    digs += str(int(els[m].v + els[m + 2].v))
                    m += 3
                    continue
                digs += str(int(els[m].v))
                m += 1
            if not digs:
                break
            val = total + cur + float("0." + digs)
            cps.append((m, val, "point", last_scale))
            if m < b and els[m].t == "scale" and total == 0:
                cps.append((m + 1, val * els[m].v, "scale", els[m].v))
            return cps
        else:
            break
        k += 1
        if last not in ("and", "hyph", "a"):
            cps.append((k, total + cur, last or "", last_scale if last == "scale" else (100.0 if last == "hundred" else 0.0)))
    return cps


def _eval_full(els: list[_El]) -> tuple[float, str, float] | None:
    """Value of els as one complete cardinal, else None."""
    if not els:
        return None
    if len(els) == 1 and els[0].t == "a":
        return (1.0, "a", 0.0)
    cps = _card_scan(els, 0, len(els))
    if cps and cps[-1][0] == len(els):
        return (cps[-1][1], cps[-1][2], cps[-1][3])
    return None


def _fraction(els: list[_El], a: int, k: int):
    """Spelled-out fraction ending at els[k] (an ordinal/half/quarter), or None.

    Returns (value, whole or None, numerator, denominator, (last type, last scale) of the whole part)."""
    O = els[k]
    for s in range(a + 1, k + 1):
        if s < k:
            if O.t != "ord" or els[s - 1].t == "hyphen":
                continue
            C = els[s:k]
            if C and C[-1].t == "hyphen":
                C = C[:-1]
            trailing_and = bool(C) and C[-1].t == "and"
            if trailing_and:
                C = C[:-1]
            if not C or C[0].t not in ("unit", "teen", "tens"):
                continue
            ev = _eval_full(C)
            if ev is None:
                continue
            cv, clast, cscale = ev
            if clast == "tens" and O.v < 10 and not trailing_and:
                den = cv + O.v
            elif clast in ("hundred", "scale") and O.v < (cscale or 100):
                den = cv + O.v
            else:
                continue
        else:
            if O.t == "ord" and not O.plural and O.word in lx.NOT_DENOMINATORS:
                continue
            den = O.v
        R = els[a:s]
        if R and R[-1].t == "hyphen":
            R = R[:-1]
        if not R:
            continue
        res = _numerator(R, den)
        if res is None:
            continue
        val, whole, numer, wlast, numer_els = res
        if any(el.t == "digit" for el in numer_els):
            continue
        if not O.plural and numer != 1:
            continue
        return val, whole, numer, den, wlast
    return None


def _numerator(R: list[_El], den: float):
    ands = [x for x, el in enumerate(R) if el.t == "and"]
    if ands:
        p = ands[-1]
        W = _eval_full(R[:p])
        N = _eval_full(R[p + 1:])
        if W is not None and N is not None and N[0] < den and not (R[p + 1].t == "a" and len(R) - p - 1 > 1):
            return W[0] + N[0] / den, W[0], N[0], (W[1], W[2]), R[p + 1:]
    d = _eval_full(R)
    if d is not None and not (R[0].t == "a" and len(R) > 1 and d[0] != 1 and False):
        return d[0] / den, None, d[0], None, R
    return None


def _valid_special(text: str, kind: str, m: re.Match[str]) -> bool:
    """Extra checks a special-span regex cannot express."""
    g = m.group()
    if kind == "date":
        mo = m.groupdict().get("mo")
        if mo and mo.lower() in lx.MONTHS_NEED_CAPITAL and not mo[0].isupper():
            return False
        ym = re.fullmatch(r"(\d{4})-(\d{2})", g)
        if ym and int(ym.group(2)) == (int(ym.group(1)) + 1) % 100:
            return False  # "2011-12" season: a year range
        d = re.fullmatch(r"\d{1,2}([./-])\d{1,2}\1(\d{2,4})", g)
        if d and len(d.group(2)) == 3:
            return False
    elif kind == "phone":
        digits = sum(c.isdigit() for c in g)
        if g.startswith("+") or g.startswith("("):
            return digits >= 8
        groups = re.split(r"[ -]", g)
        thousands = "-" not in g and len(groups[0]) <= 3 and all(len(x) == 3 for x in groups[1:])
        return digits >= 9 and not thousands
    elif kind == "name":
        word = g.split("-")[0]
        return not (word.lower() in lx.MONTHS or word.upper() in lx.ISO_CODES)
    elif kind == "dotted":
        return not all(len(x) == 3 for x in g.split(".")[1:])
    return True


def _iso(code: str) -> str:
    if code in lx.ISO_CODES:
        return lx.ISO_ALIASES.get(code, code)
    if code in lx.ISO_CODES_LOWER_OK:
        up = code.upper()
        return lx.ISO_ALIASES.get(up, up)
    return ""


def _core_end(core: _Core, end: int, unit: str, kind: str) -> int:
    return end


def _mk(text: str, s: int, e: int, v: float, qual: str, unit: str, kind: str, ns: int, ne: int,
        vs: int = -1, ve: int = -1) -> NumberMention:
    lo, hi = interval(v, qual)
    lo_open, hi_open = _OPEN.get(qual, (False, False))
    return NumberMention(text[s:e], s, e, v, lo, hi, qual, unit, kind, ns, ne, lo_open, hi_open,
                         vs if vs >= 0 else ns, ve if ve >= 0 else ne)


def _merge_bounds(text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """Join a lower and an upper bound into one range ("more than 10 and less than 20")."""
    out: list[NumberMention] = []
    i = 0
    lower = ("at_least", "more_than")
    upper = ("at_most", "less_than")
    while i < len(ms):
        m = ms[i]
        if i + 1 < len(ms):
            n = ms[i + 1]
            pair = None
            if m.qualifier in lower and n.qualifier in upper:
                pair = (m, n)
            elif m.qualifier in upper and n.qualifier in lower:
                pair = (n, m)
            if pair and m.unit == n.unit and _BOUND_JOIN_RE.match(text[m.end:n.start]) \
                    and _BOUND_JOIN_RE.match(text[m.end:n.start]).start() == 0:
                lo_m, hi_m = pair
                if lo_m.value < hi_m.value:
                    v = (lo_m.value + hi_m.value) / 2
                    out.append(NumberMention(text[m.start:n.end], m.start, n.end, v, lo_m.value, hi_m.value, "range",
                                             m.unit, m.kind, m.number_start, n.number_end,
                                             lo_m.qualifier == "more_than", hi_m.qualifier == "less_than",
                                             m.value_start, n.value_end))
                    i += 2
                    continue
        out.append(m)
        i += 1
    return out


# ------------------------------------------------------------------------------------------- public API
def parse_numbers(text: str) -> list[NumberMention]:
    """Every number mention in `text`, sorted and non-overlapping; never raises."""
    if not isinstance(text, str) or not text:
        return []
    try:
        found = _Parser(text).run()
    except Exception:  # noqa: BLE001 - the parser must never take the caller down
        return []
    out: list[NumberMention] = []
    last = -1
    for m in sorted(found, key=lambda x: (x.start, -x.end)):
        if m.start < last or m.start >= m.end or text[m.start:m.end] != m.text or not math.isfinite(m.value):
            continue
        if (m.low is not None and not math.isfinite(m.low)) or (m.high is not None and not math.isfinite(m.high)):
            m = replace(m, low=m.low if m.low is not None and math.isfinite(m.low) else None,
                        high=m.high if m.high is not None and math.isfinite(m.high) else None)  # "about 1.7e308"
        if (m.low is not None and m.low > m.value) or (m.high is not None and m.high < m.value):
            continue
        out.append(m)
        last = m.end
    out = [_relabel(text, m, out) for m in out]
    return sorted(out + _percent_words(text, out), key=lambda m: m.start)


_PERCENT_WORD_RE = re.compile(r"\b(?:" + _alt(w for w in _PCT_WORDS if "point" not in w and w != "pct") + r")\b"
                              r"|(?<=\s)(?:" + _alt(_PCT_SIGNS) + r")(?=\s)", re.I)


def _percent_words(text: str, taken: list[NumberMention]) -> list[NumberMention]:
    """Percentage words with no number of their own ("a small percent", "the % of increase"): kind
    percent_word, value NaN. They are never quantities, but a reader (and Recognizers' spec) sees them."""
    spans = [(m.start, m.end) for m in taken]
    found = []
    for w in _PERCENT_WORD_RE.finditer(text):
        s, e = w.span()
        if any(a < e and s < b for a, b in spans):
            continue
        found.append(NumberMention(w.group(0), s, e, math.nan, None, None, "exact", "percent", "percent_word",
                                   s, e, None, None, s, e))
    return found


_DAY_AFTER_DATE = re.compile(r"(?:\d{1,2}|" + r"[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*(?:or|and|to|through|-|–)\s*$")
_DAY_BEFORE_MONTH = re.compile(r"^\s*(?:-|–|to|and|or)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(
    sorted({k.title() for k in lx.MONTHS}, key=len, reverse=True)) + r")\b")


def _relabel(text: str, m: NumberMention, mentions: list[NumberMention]) -> NumberMention:
    """Second look at a bare small integer in context: the other day of a date pair ("Dec. 20 or 21",
    "7-9 December") is a date; a number glued to "(k)" ("401(k)") is a name."""
    if m.kind == "money" and m.qualifier == "exact" and float(m.value).is_integer() and 1800 <= m.value <= 2100 \
            and re.fullmatch(r"\d{4}\s+\w+", m.text) and text[max(0, m.start - 1):m.start] == "(":
        return replace(m, kind="year")  # "(1999 dollars)": the price level's year, not a sum
    if m.kind != "cardinal" or m.qualifier != "exact" or not float(m.value).is_integer():
        return m
    if re.fullmatch(r"0+[1-9]\d*", text[m.number_start:m.number_end]):
        return replace(m, kind="name")  # "MS 075", "flight 007": a code, not a count
    if text[m.number_end:m.number_end + 1] == "(" and re.match(r"\([A-Za-z]\)", text[m.number_end:m.number_end + 3]):
        return replace(m, kind="name")
    if 1 <= m.value <= 31:
        prev = next((p for p in reversed(mentions) if p.end <= m.start), None)
        if prev is not None and prev.kind == "date" and _DAY_AFTER_DATE.search(text[prev.start:m.start]):
            return replace(m, kind="date")
        if _DAY_BEFORE_MONTH.match(text[m.end:m.end + 20]):
            return replace(m, kind="date")
    return m


def parse_number_text(s: str) -> float | None:
    """The value of a number written alone: "two thousand" -> 2000.0, "1.5m" -> 1500000.0, "a dozen" -> 12.0."""
    if not isinstance(s, str):
        return None
    t = s.strip()
    if not t:
        return None
    try:
        p = _Parser(t)
        if p.n:
            c = p.core(0, len(t) + 1, money=bool(re.search(r"\d\s*m\b", t)))
            if c is not None and c.kind in ("cardinal", "fraction", "multiplier") and not t[c.e:].strip(" .,;"):
                return float(c.value)
    except Exception:  # noqa: BLE001
        pass
    ms = parse_numbers(t)
    return float(ms[0].value) if ms else None


def currency_words() -> frozenset[str]:
    """Lower-case currency names the parser knows ("dollars", "kronor", "rupees"), for callers that must not
    mistake a currency for the thing counted."""
    return _CURRENCY_WORDS


_CURRENCY_WORDS = frozenset(w.lower() for w in lx.CURRENCY_WORDS) | frozenset(
    w.lower().rstrip("s") for w in lx.CURRENCY_WORDS)


def number_records(text: str) -> list[dict]:
    """The quantity mentions of `text` as JSON-ready dicts (the CLI `numbers` contract)."""
    return [{"text": m.text, "start": m.start, "end": m.end, "value": m.value, "low": m.low, "high": m.high,
             "qualifier": m.qualifier, "unit": m.unit, "kind": m.kind}
            for m in parse_numbers(text) if m.kind in lx.QUANTITY_KINDS]
