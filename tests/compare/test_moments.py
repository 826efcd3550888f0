"""Two figures describe one moment unless their dates differ or one is an earlier estimate."""
from __future__ import annotations

import pytest

from newsfigures.compare.moments import same_period
from newsfigures.model import Figure


def _dated(as_of: str, is_past: bool = False) -> Figure:
    return Figure(article_id="a", source_file="", text="12", start=0, end=2, sentence="12 people died.", value=12.0,
                  low=12.0, high=12.0, qualifier="exact", unit="", counted="people", event="die", as_of=as_of,
                  said_by="", metric="", is_past=is_past)


@pytest.mark.parametrize("a, b, same", [
    (_dated("2025-09-02"), _dated("2025-09"), True),  # the coarser date holds the finer
    (_dated("2025-09-02"), _dated("2025-04"), False),
    (_dated(""), _dated("2025-04"), True),  # undated: no moment to tell apart
    (_dated("2025-09-02", is_past=True), _dated("2025-09-02"), False),  # an earlier estimate the other replaces
])
def test_moments_same_period(a, b, same):
    assert same_period(a, b) is same
