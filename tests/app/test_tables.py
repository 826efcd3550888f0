"""Tables behind the pages (newsfigures/app/tables.py), on the seed articles."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from newsfigures.app.tables import dated_metric_counts, timeline_frame


def test_tables_dated_metric_counts_match_the_timeline_frame(seeds):
    figures = list(seeds.figures)
    undated = [replace(f, as_of="") for f in figures[::3]]  # left out of the chart, so out of the counts
    for figs in (figures, figures + figures, undated + figures[1::3]):
        expected = Counter(timeline_frame(figs)["metric"])
        got = dated_metric_counts(figs)
        assert got == expected and list(got.most_common()) == list(expected.most_common())
    assert sum(dated_metric_counts(figures).values()) > 0
