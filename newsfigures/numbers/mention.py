"""What the number parser builds: `Core` (a bare number) and `NumberMention` (a number with its interval)."""
from __future__ import annotations

from dataclasses import dataclass

QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "nearly", "range", "vague")

# qualifier -> (low bound open, high bound open); None = unbounded on that side.
BOUND_OPENNESS: dict[str, tuple[bool | None, bool | None]] = {
    "exact": (False, False), "approx": (False, False), "nearly": (False, False),
    "at_least": (False, None), "more_than": (True, None), "at_most": (None, False), "less_than": (None, True),
}


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
    kind: str  # cardinal|percent|money|measure|fraction|multiplier|ordinal|year|date|time|phone|list_number|name|index_base
    number_start: int  # offsets of the numeric core (with currency/unit) without the qualifier words
    number_end: int
    low_open: bool | None = None  # lower bound strict (>)? None = unbounded / not stated
    high_open: bool | None = None  # upper bound strict (<)? None = unbounded / not stated
    value_start: int = -1  # offsets of the bare number (no currency, unit, percent sign or qualifier)
    value_end: int = -1


@dataclass(frozen=True, slots=True)
class Core:
    """The numeric core of a mention before qualifiers, units and ranges ("1.5 million", "two thirds")."""

    value: float
    start: int
    end: int
    kind: str = "cardinal"  # cardinal | fraction | multiplier | ordinal | name
    is_int: bool = False
    plain: bool = False  # digits only, no separators ("2024")
    words: bool = False  # spelled out, wholly or partly ("3 hundred")
    scaled: bool = False  # carries a scale ("20 million", "3bn", "two dozen")
    ccy: str = ""  # currency glued to a scale word ("350 milliondollars")
    single_word: str = ""  # the word when the core is one number word ("one")
    digits: bool = False  # written with digits, wholly or partly
    year_like: bool = False  # a bare 4-digit integer in the year range
    mult: float = 1.0  # trailing scale factor ("20 million" -> 1e6)
    value_start: int = -1  # offsets of the bare number; -1 = same as start / end
    value_end: int = -1

    def __post_init__(self) -> None:
        if self.value_start < 0:
            object.__setattr__(self, "value_start", self.start)
        if self.value_end < 0:
            object.__setattr__(self, "value_end", self.end)


def interval(value: float, qualifier: str) -> tuple[float | None, float | None]:
    """The [low, high] interval a qualifier implies for a single value (see docs/numbers.md)."""
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


def make_mention(text: str, start: int, end: int, value: float, qualifier: str, unit: str, kind: str,
                 number_start: int, number_end: int, value_start: int = -1, value_end: int = -1) -> NumberMention:
    """A mention of text[start:end] whose bounds follow from `qualifier` (value offsets default to the number's)."""
    low, high = interval(value, qualifier)
    low_open, high_open = BOUND_OPENNESS.get(qualifier, (False, False))
    return NumberMention(text[start:end], start, end, value, low, high, qualifier, unit, kind, number_start,
                         number_end, low_open, high_open,
                         value_start if value_start >= 0 else number_start,
                         value_end if value_end >= 0 else number_end)
