"""The values a qualified figure allows ("at least 30", "up to 50", "about 1,000"), whether two such sets meet, and
whether two figures give one value (in one unit when their units convert): what pairs, verdicts and metric parts
read of two values."""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from decimal import Decimal

from newsfigures.extract.dimension import to_base, to_unit
from newsfigures.model import Figure

SAME_TOLERANCE = 0.005  # relative difference under which two values are the same number
# The most a value written in another unit may be off by its writer's rounding ("750 miles" for 1,200 km is 0.6 %
# off); past it the two are other numbers ("720 miles" beside 1,200 km, 3.4 %; "100 miles" beside "150 km", 6.8 %).
CONVERTED_TOLERANCE = 0.03
ROUNDED_QUALIFIERS = frozenset({"exact", "approx"})  # a number as written, or about it: no bound, no range
SIGNIFICANT = 12  # digits a value is read to before its last written digit is sought ("4.1 million": 4099999.9999)


@dataclass(frozen=True)
class Interval:
    """The set of values a qualified figure allows; None = unbounded; open ends for strict qualifiers."""

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def of(cls, fig: Figure) -> "Interval":
        """The values a figure allows: its bounds and their strictness, as the number parser read them
        (`numbers.interval` is the one rule that turns a qualifier into bounds)."""
        return cls(fig.low, fig.high, fig.low_open, fig.high_open)


def overlaps(a: Interval, b: Interval) -> bool:
    """True when some value satisfies both intervals."""
    def below(x: float | None, x_open: bool, y: float | None, y_open: bool) -> bool:
        # is upper bound x strictly below lower bound y (no common value)?
        if x is None or y is None:
            return False
        return x < y or (x == y and (x_open or y_open))
    return not below(a.high, a.high_open, b.low, b.low_open) and not below(b.high, b.high_open, a.low, a.low_open)


def convertible(a: Figure, b: Figure) -> bool:
    """Two different units of measure of one dimension ("mile" and "km"): the verdict compares them in one unit."""
    if not a.unit or not b.unit or a.unit == b.unit:
        return False
    base_a, base_b = to_base(1.0, a.unit), to_base(1.0, b.unit)
    return base_a is not None and base_b is not None and base_a[1] == base_b[1]


def share_scale(a: Figure, b: Figure) -> float | None:
    """What `b`'s value is multiplied by to read it on `a`'s scale when one is a per cent and the other a fraction
    of a whole ("23%" beside "less than a quarter": 0.25 is 25 per cent), else None; a fraction over one ("1-1/2")
    is no share."""
    kinds = (a.kind, b.kind)
    if kinds == ("percent", "fraction") and a.unit == "percent" and _part_of_one(b):
        return 100.0
    if kinds == ("fraction", "percent") and b.unit == "percent" and _part_of_one(a):
        return 0.01
    return None


def _part_of_one(f: Figure) -> bool:
    """A fraction with no unit whose values lie within one whole ("a quarter", "less than half")."""
    return not f.unit and all(v is None or 0 <= v <= 1 for v in (f.value, f.low, f.high)) and f.value > 0


def in_one_unit(a: Figure, b: Figure) -> tuple[Figure, Figure]:
    """The two figures in one unit when their units convert: `b` in `a`'s ("5 miles" beside "8 km" as 8.05 km), so a
    relative difference is read on the scale the first is written in (41 °C and 104 °F are 2.5 % apart, where their
    kelvins are 0.3 %); each bound converted on its own, so units with an offset convert right too. A fraction and a
    per cent are one share on two scales ("a quarter" is 25 per cent)."""
    scale = share_scale(a, b)
    if scale is None and not convertible(a, b):
        return a, b

    def into(v: float | None) -> float | None:
        if v is None:
            return None
        return v * scale if scale is not None else to_unit(v, b.unit, a.unit)

    kind = a.kind if scale is not None else b.kind
    return a, replace(b, value=into(b.value), low=into(b.low), high=into(b.high), unit=a.unit, kind=kind)


def _one_unit(a: Figure, b: Figure) -> bool:
    """The same unit, or a scale whose unit is its dimension's own name written on one side only, both measures
    reading that dimension ("a 7.7 magnitude earthquake" ~ "the M 7.7 earthquake"); a unit of a dimension with many
    ("15 km" ~ "15" of a length) may be another one left unread."""
    if a.unit == b.unit:
        return True
    return not (a.unit and b.unit) and a.measure.dimension == b.measure.dimension == (a.unit or b.unit)


def same_value(a: Figure, b: Figure) -> bool:
    """Same number, within rounding, in one unit; in two units of one dimension whose zeros meet, two numbers as
    written or about them are the same when either, read in the other's unit, rounds to the number written there
    (`rounds_to`: "1,200 km" ~ "750 miles", "3.4 km" ~ "2.1 miles"); a bound or a range, and degrees with an offset,
    are compared in one unit as any two values are."""
    if convertible(a, b) and _rounded(a) and _rounded(b) and _linear(a, b):
        return rounds_to(a, b) or rounds_to(b, a)
    a, b = in_one_unit(a, b)
    if not _one_unit(a, b):
        return False
    scale = max(abs(a.value), abs(b.value), 1e-9)
    return abs(a.value - b.value) / scale <= SAME_TOLERANCE


def rounds_to(written: Figure, other: Figure) -> bool:
    """`other`'s value, read in `written`'s unit, lies within the rounding of `written`'s number: half a unit of the
    last digit it is written to (`half_last_digit`), at least SAME_TOLERANCE and at most CONVERTED_TOLERANCE of it."""
    value = to_unit(other.value, other.unit, written.unit)
    if value is None:
        return False
    size = max(abs(written.value), 1e-9)
    tolerance = min(max(half_last_digit(written.value) / size, SAME_TOLERANCE), CONVERTED_TOLERANCE)
    return abs(written.value - value) <= tolerance * size


def _rounded(f: Figure) -> bool:
    """A number as written or about it, which a writer may have rounded from another unit; a bound or a range
    ("up to 5 miles", "5 to 10 miles") is compared by its interval."""
    return f.qualifier in ROUNDED_QUALIFIERS


def _linear(a: Figure, b: Figure) -> bool:
    """Units whose zeros meet ("km", "mile"), where a relative rounding means the same on both scales; degrees
    Celsius and Fahrenheit do not (0 °C is 32 °F), so their values are compared as numbers are in one unit."""
    return to_unit(0.0, b.unit, a.unit) == 0.0


def half_last_digit(value: float) -> float:
    """Half a unit of the last significant digit a number is written to, read from its first SIGNIFICANT digits:
    5 for 750, 0.05 for 2.1, 0.5 for 113, 50,000 for 4.1 million; 0 for no finite number."""
    if not math.isfinite(value):
        return 0.0
    value = float(f"{value:.{SIGNIFICANT}g}")
    if not value.is_integer():
        return 0.5 * 10.0 ** Decimal(repr(value)).as_tuple().exponent
    whole, unit = int(abs(value)), 1
    while whole and whole % 10 == 0:
        whole, unit = whole // 10, unit * 10
    return unit / 2


def value_rank(x: Figure, y: Figure) -> int:
    """0: the same value, 1: overlapping intervals, 2: neither (in one unit when the units convert)."""
    if same_value(x, y):
        return 0
    x, y = in_one_unit(x, y)
    return 1 if overlaps(Interval.of(x), Interval.of(y)) else 2


def near_values(x: Figure, y: Figure, tolerance: float) -> bool:
    """Two values whose intervals meet and that lie within `tolerance` of each other, relatively ("at least 90" ~
    "at least 92"; in one unit when the units convert)."""
    x, y = in_one_unit(x, y)
    if not _one_unit(x, y) or not overlaps(Interval.of(x), Interval.of(y)):
        return False
    return relative_gap(x, y) <= tolerance


def relative_gap(x: Figure, y: Figure) -> float:
    """How far apart two values are, relative to the larger (read them in one unit first: `in_one_unit`)."""
    return abs(x.value - y.value) / max(abs(x.value), abs(y.value), 1e-9)
