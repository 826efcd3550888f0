"""Low/best/high roll-ups per metric and date, wire-story copies counted once."""
from __future__ import annotations

from newsfigures.compare.rollup import rollup_frame, rollups
from newsfigures.model import Article, Figure


def fig(value, article, as_of="2025-01-01", metric="people killed", qualifier="exact", incremental=False):
    text = f"{value:,}"
    return Figure(article_id=article, source_file="", text=text, start=0, end=len(text), sentence=text, value=value,
                  low=value, high=value, qualifier=qualifier, unit="", counted="people", event="kill", as_of=as_of,
                  said_by="", metric=metric, incremental=incremental)


ARTS = [Article("a", "", "", outlet="AP"), Article("b", "", "", outlet="Site B", story_id="a"),
        Article("c", "", "", outlet="Reuters", story_id="a"), Article("d", "", "", outlet="AFP")]


def test_rollup_low_best_high_counts_wire_copies_once():
    figs = [fig(100, "a"), fig(100, "b"), fig(100, "c"), fig(120, "d"), fig(130, "d", as_of="2025-01-02")]
    first = rollups(figs, ARTS)[0]
    assert (first.low, first.best, first.high) == (100, 100, 120)
    assert first.reports == 4 and first.independent == 2 and "counted once" in first.note
    assert any("AFP" in s for s in first.high_sources)
    assert len(rollup_frame(rollups(figs, ARTS))) == 2
