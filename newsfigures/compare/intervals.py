"""The values a qualified figure allows ("at least 30", "up to 50", "about 1,000"), and whether two such sets meet."""
from __future__ import annotations

from dataclasses import dataclass

from newsfigures.model import Figure


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
