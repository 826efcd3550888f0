"""Every conflict and update of a corpus, ranked: conflicts first, batches left out."""
from __future__ import annotations

from newsfigures.compare.discrepancies import discrepancies, discrepancies_frame


def test_discrepancies_ranked_conflicts_first(fig, articles):
    figs = [fig(100, "a"), fig(300, "d"), fig(500, "a", as_of="2025-02-01"),
            fig(7, "a", metric="people killed (batch)", incremental=True),
            fig(9, "d", metric="people killed (batch)", incremental=True)]
    ds = discrepancies(figs, articles)
    assert [d.status for d in ds] == ["conflict", "update"]
    assert ds[0].articles == ("a", "d") and "cannot be true" in ds[0].explanation
    assert list(discrepancies_frame(ds)["rank"]) == [1, 2]
