"""Low/best/high roll-ups, wire-story copies counted once, and the ranked discrepancies."""
from __future__ import annotations

from newsfigures.compare.alignment import verdict
from newsfigures.compare.discrepancies import discrepancies, discrepancies_frame
from newsfigures.model import Article, Figure
from newsfigures.compare.rollup import rollup_frame, rollups


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


def test_rollup_verdict_says_copies_are_not_confirmation():
    status, why = verdict(fig(100, "a"), fig(100, "b"), same_story=True)
    assert status == "same" and "not independent confirmation" in why


def test_rollup_discrepancies_ranked_conflicts_first():
    figs = [fig(100, "a"), fig(300, "d"), fig(500, "a", as_of="2025-02-01"),
            fig(7, "a", metric="people killed (batch)", incremental=True),
            fig(9, "d", metric="people killed (batch)", incremental=True)]
    ds = discrepancies(figs, ARTS)
    assert [d.status for d in ds] == ["conflict", "update"]
    assert ds[0].articles == ("a", "d") and "cannot be true" in ds[0].explanation
    assert list(discrepancies_frame(ds)["rank"]) == [1, 2]
