"""The Overview: leading metrics with their latest estimate, sources and trend, every conflict, every update."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsfigures.app import story
from newsfigures.app.labels import article_namer, md
from newsfigures.compare.analysis import Analysis

from conftest import SEED_A, SEED_B

A, B = SEED_A.stem, SEED_B.stem


def test_story_overview_counts_leading_metrics_and_never_lists_same(seeds):
    view = story.overview(seeds)
    assert dict(view.counts) == {"Articles": 2, "Sources": 2, "Wire stories": 2, "Figures": len(seeds.figures),
                                 "Metrics": 4, "Conflicts": 0}
    first = view.headlines[0]
    assert first.title.startswith("deaths · North Korean soldiers") and first.estimate == "**2,000** as of 2025\\-09\\-02"
    assert first.sources.startswith("PAP (according to ") and "unknown outlet \\(2,000 North Korean" in first.sources
    assert first.outlets == 2 and first.trend is not None and list(first.trend.data[0].y) == [600.0, 2000.0]
    assert first.timeline == story.Link("pages/1_Timeline.py", first.timeline.label, {"metric": "soldiers killed"})
    assert view.conflicts == () and len(view.updates) == 1 and view.ranked.startswith("All conflicts and updates (1)")
    assert [link.params for link in view.differences] == [{"a": A, "b": B}]  # the `same` pair is not a difference
    assert view.differences[0].label.startswith("**compatible** · troops sent · North Korea: at least 13,000 vs more "
                                                "than 10,000")  # the metric's label; its key is only in links
    assert view.updates[0].label.startswith("**update** · deaths · North Korean soldiers: ")
    assert [line.split(" — ")[1] for line in view.articles] == [f"{len(seeds.figures_of(a.id))} figures"
                                                                for a in seeds.articles]


def test_story_leading_metrics_need_a_dated_comparable_figure_and_skip_batches(seeds):
    outlets = {a.id: a.outlet or a.id for a in seeds.articles}
    leading = story.leading_metrics(seeds.figures, outlets)
    assert leading[0] == "soldiers killed" and set(leading) <= {f.metric for f in seeds.figures if f.as_of}
    batches = tuple(replace(f, metric="soldiers killed (batch)") if f.metric == "soldiers killed" else f
                    for f in seeds.figures)
    assert "soldiers killed (batch)" not in story.leading_metrics(batches, outlets)


def test_story_every_conflict_is_listed_and_links_to_the_view_that_explains_it(seeds):
    a_fig = next(f for f in seeds.figures_of(A) if f.metric == "soldiers killed" and f.value == 2000)
    b_fig = next(f for f in seeds.figures_of(B) if f.metric == "soldiers killed" and f.value == 2000)
    clash = (replace(b_fig, value=3500.0, low=3500.0, high=3500.0, qualifier="exact", text="3,500", start=b_fig.start + 1),
             replace(a_fig, value=900.0, low=900.0, high=900.0, qualifier="exact", text="900", start=a_fig.start + 1))
    result = Analysis(seeds.articles, seeds.figures + clash)
    conflicts = [d for d in result.discrepancies if d.status == "conflict"]
    view = story.overview(result)
    name = article_namer(result.articles)
    assert len(conflicts) >= 2 and len(view.conflicts) == len(conflicts) == dict(view.counts)["Conflicts"]
    for d, link in zip(conflicts, view.conflicts):
        if d.articles[0] != d.articles[1]:
            assert link.page == "pages/2_Compare.py" and link.params == {"a": d.articles[0], "b": d.articles[1]}
        else:
            assert link.page == "pages/5_Discrepancies.py" and link.label.endswith(f"inside {md(name(d.articles[0]))}")
            assert link.params == {"inside": d.articles[0], "at": [str(d.a.start), str(d.b.start)]}


@pytest.mark.parametrize("rank, prefix", [(None, "**update**"), (3, "3\\. **update**")])
def test_story_discrepancy_link_names_articles_not_ids(seeds, rank, prefix):
    d = seeds.discrepancies[0]
    link = story.discrepancy_link(d, article_namer(seeds.articles), rank)
    assert link.label.startswith(prefix) and A not in link.label and B not in link.label


@pytest.mark.parametrize("names, shown", [(None, "soldiers killed"), ({}, "soldiers killed"),
                                          ({"soldiers killed": "deaths · North Korean soldiers"}, "deaths · North Korean soldiers")])
def test_story_discrepancy_link_names_the_metric_by_its_label_when_given(seeds, names, shown):
    d = seeds.discrepancies[0]
    link = story.discrepancy_link(d, article_namer(seeds.articles), names=names)
    assert d.metric == "soldiers killed" and link.label.startswith(f"**update** · {md(shown)}: ")


def test_story_links_are_made_when_read_and_equal_every_link(seeds):
    name = article_namer(seeds.articles)
    found = list(seeds.discrepancies) * 3
    links = story.Links(found, name)
    every = tuple(story.discrepancy_link(d, name) for d in found)
    assert len(links) == len(every) >= 3 and links == every and tuple(links) == every
    assert links[1:3] == every[1:3] and links[-1] == every[-1]
    assert story.Links([], name) == ()
