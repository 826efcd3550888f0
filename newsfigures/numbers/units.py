"""Percentages and units of measure around a number: "40%", "3 percentage points", "percent of 20",
"180ml", "5 km", "magnitude 6.1", and percentage words without a number."""
from __future__ import annotations

import math
import re

from newsfigures.numbers import lexicon as lx
from newsfigures.numbers.mention import NumberMention
from newsfigures.numbers.tokens import SPACE, WRAPPED_BREAK, alternation

_PERCENT_WORDS = [w for w in lx.PERCENT_WORDS if w[0].isalpha()]
_PERCENT_SIGNS = [w for w in lx.PERCENT_WORDS if not w[0].isalpha()]
PERCENT_RE = re.compile(
    r"(?:" + WRAPPED_BREAK + r"|" + SPACE + r"*-?" + SPACE + r"*)(?P<p>" + alternation(_PERCENT_WORDS) + r")\b"
    r"|" + SPACE + r"?(?P<sym>" + alternation(_PERCENT_SIGNS) + r")", re.I)
PERCENT_PREFIX_RE = re.compile(
    r"(?P<p>" + alternation(p.removesuffix(" of") for p in lx.PERCENT_PREFIXES) + r")" + SPACE + r"+of"
    + SPACE + r"+", re.I)
PERCENT_PREFIX_STARTS = frozenset(p.split()[0] for p in lx.PERCENT_PREFIXES)
UNIT_RE = re.compile(r"(?:" + SPACE + r"*-" + SPACE + r"*|" + SPACE + r"*)(?P<u>" + alternation(lx.MEASURE_UNITS)
                     + r")(?![A-Za-z²])", re.I)
_GLUED_UNIT_RE = re.compile(r"(?P<u>" + alternation(lx.GLUED_ONLY_UNITS) + r")(?![A-Za-z])")
_GLUED_TEMPERATURE_RE = re.compile(r"(?P<u>" + alternation(lx.GLUED_TEMPERATURE_UNITS) + r")(?![\w'’])")
_TEMPERATURE_WORD_RE = re.compile(r"\b(?:" + alternation(lx.TEMPERATURE_WORDS) + r")", re.I)
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n")
SENTENCE_REACH = 300  # characters each side of a number searched for its sentence's ends
_PREFIX_UNIT_RE = re.compile(r"(?P<u>" + alternation(lx.PREFIX_UNITS) + r")(?:" + SPACE + r"*-" + SPACE + r"*|"
                             + SPACE + r"+)(?=\d)", re.I)
_PERCENT_WORD_RE = re.compile(
    r"\b(?:" + alternation(w for w in _PERCENT_WORDS if "point" not in w and w != "pct") + r")\b"
    r"|(?<=\s)(?:" + alternation(_PERCENT_SIGNS) + r")(?=\s)", re.I)


def percent_after(text: str, end: int) -> tuple[int, str] | None:
    """End and unit ("percent" or "percentage_point") of a percent sign or word right after `end`."""
    m = PERCENT_RE.match(text, end)
    if not m:
        return None
    return m.end(), _percent_unit(m.group("p") or "")


_GAP = r"(?:" + SPACE + r"*-" + SPACE + r"*|" + SPACE + r"+)"  # a space or a hyphen between a number and its unit
_PART_OF_PERCENT_RE = re.compile(
    SPACE + r"+(?:" + alternation(lx.PART_OF_PERCENT_BRIDGES) + r")" + SPACE + r"+(?P<p>"
    + alternation(w for w in _PERCENT_WORDS if w != "pct") + r")\b", re.I)
# not a point "of" something: "at the half-point of the season" is a moment, no size of a move
_FRACTION_POINT_RE = re.compile(_GAP + r"(?P<p>" + alternation(lx.FRACTION_POINT_WORDS) + r")\b(?!" + SPACE
                                + r"+of\b)", re.I)
_HALF_A_POINT_RE = re.compile(SPACE + r"+an?" + SPACE + r"+(?P<p>" + alternation(lx.FRACTION_POINT_WORDS) + r")\b",
                              re.I)
_BASIS_POINT_RE = re.compile(_GAP + r"(?P<p>" + alternation(lx.BASIS_POINT_WORDS) + r")\b", re.I)


def rate_unit_after(text: str, end: int, value: float, fraction: bool) -> tuple[float, int, str] | None:
    """(value, end, unit) of the size a rate or a share moves by, written the ways finance copy writes it: a part
    of one per cent or point ("0.25 of a per cent", "half a percentage point"), a fraction of a point ("a
    quarter-point", "half a point"), basis points ("25 basis points" = 0.25 percentage point); else None."""
    basis = _BASIS_POINT_RE.match(text, end)
    if basis:
        return value / lx.BASIS_POINTS_PER_POINT, basis.end(), "percentage_point"
    if not 0 < value < 1:
        return None
    part = _PART_OF_PERCENT_RE.match(text, end)
    if part:
        return value, part.end(), _percent_unit(part.group("p"))
    point = (_FRACTION_POINT_RE.match(text, end) or _HALF_A_POINT_RE.match(text, end)) if fraction else None
    return (value, point.end(), "percentage_point") if point else None


def _percent_unit(word: str) -> str:
    """ "percentage_point" for a percentage point word, else "percent"."""
    word = word.lower()
    return "percentage_point" if word.startswith("percentage") and "point" in word else "percent"


def percent_prefix_end(text: str, start: int) -> int | None:
    """End of "percent of" / "percentage of" at `start` (the number follows), else None."""
    m = PERCENT_PREFIX_RE.match(text, start)
    return m.end() if m else None


def measure_after(text: str, end: int) -> re.Match[str] | None:
    """A unit of measure right after `end`, spaced or hyphenated ("5 km", "10-mile")."""
    return UNIT_RE.match(text, end)


def measure_of(m: re.Match[str]) -> tuple[int, str]:
    """End and canonical unit of a `measure_after` match ("pounds of" ends after "pounds")."""
    surface = re.sub(r"\s+", " ", m.group("u").lower())
    end = m.end("u") if surface != "pounds of" else m.start("u") + len("pounds")
    return end, lx.MEASURE_UNITS[surface]


def glued_unit_after(text: str, end: int) -> tuple[int, str] | None:
    """End and unit of a unit glued to digits ("100m", "10g", "46.2C" where the sentence speaks of heat), else
    None."""
    m = _GLUED_UNIT_RE.match(text, end)
    if m:
        return m.end(), lx.GLUED_ONLY_UNITS[m.group("u")]
    m = _GLUED_TEMPERATURE_RE.match(text, end)
    if m and _TEMPERATURE_WORD_RE.search(_sentence_around(text, end)):
        return m.end(), lx.GLUED_TEMPERATURE_UNITS[m.group("u")]
    return None


def _sentence_around(text: str, at: int) -> str:
    """The sentence holding offset `at`: from the last sentence end before it to the next one after it."""
    ends = list(_SENTENCE_END_RE.finditer(text, max(0, at - SENTENCE_REACH), at))
    start = ends[-1].end() if ends else max(0, at - SENTENCE_REACH)
    after = _SENTENCE_END_RE.search(text, at, at + SENTENCE_REACH)
    return text[start:after.start() if after else at + SENTENCE_REACH]


def prefix_unit_at(text: str, start: int) -> tuple[int, str] | None:
    """End and unit of a unit written before a number ("magnitude 6.1"), else None."""
    m = _PREFIX_UNIT_RE.match(text, start)
    return (m.end(), lx.MEASURE_UNITS[m.group("u").lower()]) if m else None


def percent_words(text: str, taken: list[NumberMention]) -> list[NumberMention]:
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
