"""Whether two figures describe one moment: what a running quantity's values are compared at (issue #9, item 3:
clusters and pairs "with the same similarity (and time)"). All functions are pure."""
from __future__ import annotations

from newsfigures.model import Figure


def same_period(a: Figure, b: Figure) -> bool:
    """Both figures describe the same moment: equal as-of at the coarser granularity, neither a past estimate
    the other replaces."""
    if a.is_past != b.is_past:
        return False
    x, y = a.as_of, b.as_of
    if not x or not y:
        return True
    return x.startswith(y) or y.startswith(x)
