"""Parts of a running total (compare.parts): an incident or a period beside the toll, not a rival report of it."""
from __future__ import annotations

import pytest

from newsfigures.compare.metrics import read
from newsfigures.compare.parts import mark_incidents, mark_parts
from newsfigures.model import Figure


def _fig(text, value, sentence, article="a", as_of="2025-06-09"):
    start = sentence.index(text)
    return Figure(article_id=article, source_file="", text=text, start=start, end=start + len(text),
                  sentence=sentence, value=value, low=value, high=value, qualifier="exact", unit="", counted="people",
                  event="kill", as_of=as_of, said_by="", metric="", counted_lemma="people")


def _incremental(figs):
    return [r.incremental for _f, r in mark_incidents(mark_parts([(f, read(f)) for f in figs]))]


def test_parts_an_incident_beside_the_stated_toll_of_its_article():
    # gaza_war 2025-06-09: "fourteen Palestinians are killed ... near Rafah" beside "the toll ... increases to 136"
    s1 = "Fourteen people are killed near an aid site."
    s2 = "The death toll increases to 136."
    assert _incremental([_fig("Fourteen", 14, s1), _fig("136", 136, s2)]) == [True, False]


@pytest.mark.parametrize("dates, part", [
    (("2024-01-01", "2024-02-01", "2024-03-01"), True),  # two earlier totals of other articles far above it
    (("2024-01-01", "2024-03-01", "2024-03-01"), False),  # one of them is of its own date: not earlier
])
def test_parts_a_count_far_below_earlier_totals_of_other_articles(dates, part):
    figs = [_fig("20,000", 20000, "20,000 people are killed.", "a", dates[0]),
            _fig("25,000", 25000, "25,000 people are killed.", "b", dates[1]),
            _fig("90", 90, "90 people are killed.", "c", dates[2])]
    assert _incremental(figs)[2] is part


def test_parts_a_count_listed_after_including_in_a_batch():
    s = "In the past 24 hours 51 people, including seven women, are killed in strikes."
    figs = [_fig("51", 51, s), _fig("seven", 7, s)]
    assert _incremental(figs) == [True, True]
