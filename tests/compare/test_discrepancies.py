"""Every conflict and update of a corpus, ranked: conflicts first, batches left out."""
from __future__ import annotations

from newsfigures.compare.discrepancies import discrepancies, discrepancies_frame
from newsfigures.model import Article, Figure


def fig(value, article, as_of="2025-01-01", metric="people killed", qualifier="exact", incremental=False):
    text = f"{value:,}"
    return Figure(article_id=article, source_file="", text=text, start=0, end=len(text), sentence=text, value=value,
                  low=value, high=value, qualifier=qualifier, unit="", counted="people", event="kill", as_of=as_of,
                  said_by="", metric=metric, incremental=incremental)


ARTS = [Article("a", "", "", outlet="AP"), Article("b", "", "", outlet="Site B", story_id="a"),
        Article("c", "", "", outlet="Reuters", story_id="a"), Article("d", "", "", outlet="AFP")]


def test_discrepancies_ranked_conflicts_first():
    figs = [fig(100, "a"), fig(300, "d"), fig(500, "a", as_of="2025-02-01"),
            fig(7, "a", metric="people killed (batch)", incremental=True),
            fig(9, "d", metric="people killed (batch)", incremental=True)]
    ds = discrepancies(figs, ARTS)
    assert [d.status for d in ds] == ["conflict", "update"]
    assert ds[0].articles == ("a", "d") and "cannot be true" in ds[0].explanation
    assert list(discrepancies_frame(ds)["rank"]) == [1, 2]
