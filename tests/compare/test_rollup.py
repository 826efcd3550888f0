"""Low/best/high roll-ups per metric and date, wire-story copies counted once."""
from __future__ import annotations

from newsfigures.compare.rollup import rollup_frame, rollups


def test_rollup_low_best_high_counts_wire_copies_once(fig, articles):
    figs = [fig(100, "a"), fig(100, "b"), fig(100, "c"), fig(120, "d"), fig(130, "d", as_of="2025-01-02")]
    first = rollups(figs, articles)[0]
    assert (first.low, first.best, first.high) == (100, 100, 120)
    assert first.reports == 4 and first.independent == 2 and "counted once" in first.note
    assert any("AFP" in s for s in first.high_sources)
    assert len(rollup_frame(rollups(figs, articles))) == 2
