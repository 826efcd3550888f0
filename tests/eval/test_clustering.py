"""The measured-not-adopted candidate: metric groups merged when their measures agree strongly."""
from __future__ import annotations

from newsfigures.eval.clustering import merge_similar_metrics
from newsfigures.model import Figure, Measure

DEATHS = Measure(quantity="deaths", subject="", event="killed", place="Indonesia", scope="total", dimension="count")


def fig(article, metric, value=100.0, measure=DEATHS):
    text = f"{value:,.0f}"
    return Figure(article_id=article, source_file="", text=text, start=0, end=len(text), sentence=text, value=value,
                  low=value, high=value, qualifier="exact", unit="", counted="", event="", as_of="2025-01-01",
                  said_by="", metric=metric, measure=measure)


def test_clustering_merges_groups_of_one_measure_from_different_articles():
    got = merge_similar_metrics([fig("a", "toll"), fig("b", "toll"), fig("c", "deaths in Indonesia")], 0.9)
    assert {f.metric for f in got} == {"toll"}  # the larger group's key


def test_clustering_keeps_apart_groups_one_article_reports_both():
    got = merge_similar_metrics([fig("a", "toll"), fig("a", "deaths in Indonesia", 5)], 0.9)
    assert {f.metric for f in got} == {"toll", "deaths in Indonesia"}


def test_clustering_keeps_apart_groups_whose_measures_differ():
    injured = Measure(quantity="injured", event="injured", place="Indonesia", scope="total", dimension="count")
    got = merge_similar_metrics([fig("a", "toll"), fig("b", "injured", measure=injured)], 0.5)
    assert {f.metric for f in got} == {"toll", "injured"}
