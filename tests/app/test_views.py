"""What each page shows, built from the seed analysis without Streamlit."""
from __future__ import annotations

import re

import pytest

from newsfigures.app import story, views
from newsfigures.app.labels import article_label, article_namer, md
from newsfigures.app.tables import figures_frame
from newsfigures.compare.discrepancies import discrepancies

from conftest import SEED_A, SEED_B

A, B = SEED_A.stem, SEED_B.stem


@pytest.mark.parametrize("wanted, chosen", [
    ([], ["soldiers killed"]),
    (["soldiers sent", "nothing like it"], ["soldiers sent"]),
    (["soldiers killed", "soldiers sent"], ["soldiers killed", "soldiers sent"]),
])
def test_views_timeline_metrics_from_the_url(seeds, wanted, chosen):
    choice = views.metric_choice(seeds, wanted)
    assert choice.chosen == chosen and choice.options[0] == "soldiers killed"
    assert choice.label("soldiers killed").endswith(f"({choice.counts['soldiers killed']})")


def test_views_timeline_points_conflicts_and_rollup(seeds):
    choice = views.metric_choice(seeds, ["soldiers killed"])
    view = views.timeline(seeds, choice, choice.chosen)
    assert sorted(view.points["value"]) == [600.0, 600.0, 2000.0, 2000.0]
    assert set(view.rollup["metric"]) == {"soldiers killed"} and {"low", "best", "high"} <= set(view.rollup.columns)
    assert len(view.chart.data) == 2  # one trace per outlet
    recomputed = [d for d in discrepancies([f for f in seeds.figures if f.metric in choice.chosen], seeds.articles)
                  if d.status == "conflict"]
    assert views.conflict_notes(seeds, choice.chosen) == [
        (d.metric, d.b.as_of, d.b.value, f"{d.a.text} vs {d.b.text}") for d in recomputed]


def test_views_timeline_pick_shows_the_figure_in_its_article(seeds):
    f = next(f for f in seeds.figures if f.metric == "soldiers killed" and f.value == 2000)
    shown = views.picked(seeds, f"{f.article_id}:{f.start}")
    assert shown.heading.startswith(md(f.text)) and shown.quote == f"> {md(f.sentence)}"
    assert shown.compare == {"a": f.article_id, "b": B if f.article_id == A else A}
    assert 'id="timeline-pick"' in shown.html and f">{f.text}<" in shown.html
    assert views.picked(seeds, f"{f.article_id}:99999") is None and views.picked(seeds, "nobody:0") is None


@pytest.mark.parametrize("listed, a, b, more, expected", [
    ([], "", "", [], (A, B, [])),
    ([], B, "", ["x"], (B, A, ["x"])),
    ([B, A], A, A, [], (B, A, [])),
    ([A, A], "", B, [], (A, B, [])),
    (["gone", A], "", "", ["x"], (A, B, [])),
])
def test_views_compare_selection_from_the_url(listed, a, b, more, expected):
    got = views.compare_selection([A, B], listed, a, b, more)
    assert (got.a, got.b, got.more) == expected


def test_views_compare_more_choice_leaves_out_a_and_b():
    assert views.more_choice(["a", "b", "c", "d", "e"], "b", "a", ["e", "a", "c", "d"]) == (["c", "d", "e"], ["e", "c"])


@pytest.mark.parametrize("diff_only, statuses", [(False, {"same", "compatible"}), (True, {"compatible"})])
def test_views_comparison_marks_and_pairs(seeds, diff_only, statuses):
    view = views.comparison(seeds, [A, B], diff_only)
    html = " ".join(c.html for c in view.columns)
    assert {s for s in ("same", "compatible", "update", "conflict") if f"nf-{s}" in html} == statuses
    if not diff_only:
        assert html.count("<mark") == 14
    assert 'id="f-0-' in html and 'href="#f-1-' in html and "nf-legend" in view.legend
    assert set(view.pairs["status"]) >= statuses and (not diff_only or set(view.pairs["status"]) == {"compatible"})
    assert [c.caption.split(" · ")[0] for c in view.columns] == ["PAP", "unknown outlet"]


def test_views_comparison_of_three_names_each_pairs_articles(seeds):
    from dataclasses import replace

    from newsfigures.compare.analysis import Analysis
    third = replace(seeds.article(A), id="c")
    more = Analysis(seeds.articles + (third,), seeds.figures + tuple(replace(f, article_id="c") for f in seeds.figures_of(A)))
    view = views.comparison(more, [A, B, "c"], False)
    assert len(view.columns) == 3 and list(view.pairs.columns[2:4]) == ["article_a", "article_b"]
    label = {i: article_label(more.article(i)) for i in (A, B)}  # named, never by id; "c" is a copy of A
    assert {(x, y) for x, y in zip(view.pairs["article_a"], view.pairs["article_b"])} == {
        (label[A], label[B]), (label[A], label[A]), (label[B], label[A])}


def test_views_figures_filter(seeds):
    df = figures_frame(seeds.figures)
    assert len(views.filter_figures(df, [], [], [], "")) == len(seeds.figures)
    killed = views.filter_figures(df, [A], ["soldiers killed"], [], "")
    assert len(killed) and set(killed["article_id"]) == {A} and set(killed["metric"]) == {"soldiers killed"}
    assert set(views.filter_figures(df, [], [], ["approx"], "")["qualifier"]) == {"approx"}
    found = views.filter_figures(df, [], [], [], "SOLDIERS")
    assert len(found) and found["counted"].str.lower().str.contains("soldiers").any()


def test_views_corpus_frame_marks_wire_copies(seeds):
    frame = views.corpus_frame(seeds)
    assert list(frame["id"]) == [A, B] and list(frame.columns[:6]) == ["id", "title", "outlet", "published", "url",
                                                                         "same story as"]
    assert list(frame["same story as"]) == ["", ""]


def test_views_discrepancies_filter_and_label(seeds):
    found = seeds.discrepancies
    assert views.filter_discrepancies(found, ["conflict"], []) == []
    assert views.filter_discrepancies(found, ["update"], ["soldiers killed"]) == found
    assert views.filter_discrepancies(found, ["update"], ["soldiers sent"]) == []
    link = story.discrepancy_link(found[0], article_namer(seeds.articles), 3)  # the ranked link's label
    assert link.label.startswith("3\\. **update** · soldiers killed: ")


def test_views_timeline_table_shows_dates_and_titles_not_timestamps_or_ids(seeds):
    choice = views.metric_choice(seeds, ["soldiers killed"])
    view = views.timeline(seeds, choice, choice.chosen)
    table = view.table
    assert {"as_of", "article_id", "start"}.isdisjoint(table.columns) and {"said_by", "article"} <= set(table.columns)
    assert set(table["as_of_text"]) == {"2025-04", "2025-09-02"}
    assert set(table["article"]) == {a.title for a in seeds.articles}
    assert "South Korea’s spy agency" in set(table["said_by"])


def test_views_timeline_chip_counts_the_points_drawn_and_rollup_is_in_date_order(seeds):
    choice = views.metric_choice(seeds, [])
    for metric in choice.options:
        drawn = views.timeline(seeds, choice, [metric])
        assert choice.counts[metric] == len(drawn.points) > 0
    view = views.timeline(seeds, choice, choice.options)
    for _metric, dates in view.rollup.groupby("metric", sort=False)["as_of"]:
        assert list(dates) == sorted(dates)
    assert not any(re.search(r"\d{3}_[0-9a-f]{16}", s) for s in view.rollup["best_sources"])  # no internal ids


def test_views_timeline_says_how_many_undated_figures_it_leaves_out(seeds):
    from dataclasses import replace

    from newsfigures.compare.analysis import Analysis
    undated = tuple(replace(f, as_of="", period="") if f.metric == "soldiers sent" and f.value == 13000 else f
                    for f in seeds.figures)
    result = Analysis(seeds.articles, undated)
    view = views.timeline(result, views.metric_choice(result, []), ["soldiers sent"])
    gone = len({(f.article_id, f.value) for f in undated if f.metric == "soldiers sent" and not f.as_of})
    assert view.undated == gone > 0
    assert view.undated_note.startswith(f"{gone} figure(s) of these metrics have no date")
    assert views.timeline(seeds, views.metric_choice(seeds, []), ["soldiers killed"]).undated_note == ""


def test_views_log_scale_default_only_when_values_span_orders_of_magnitude(seeds):
    from dataclasses import replace

    from newsfigures.compare.analysis import Analysis
    assert not views.log_scale_default(seeds, ["soldiers killed"])  # 600 to 2,000
    spike = next(f for f in seeds.figures if f.metric == "soldiers killed" and f.as_of)
    spiked = Analysis(seeds.articles, seeds.figures + (replace(spike, value=186000.0, start=9999, end=10005),))
    assert views.log_scale_default(spiked, ["soldiers killed"])


def test_views_discrepancy_table_names_articles(seeds):
    df = views.discrepancy_table(seeds, seeds.discrepancies)
    assert set(df["a_article"]) | set(df["b_article"]) == {"PAP, 2025-09-02"}
    assert not any(A in str(v) or B in str(v) for v in df.to_numpy().ravel())


def test_views_discrepancies_name_metrics_by_their_labels_and_keep_the_key_column(seeds):
    from newsfigures.compare.discrepancies import discrepancies_frame

    df = views.discrepancy_table(seeds, seeds.discrepancies)
    assert list(df.drop(columns="measure").columns) == list(discrepancies_frame(seeds.discrepancies).columns)
    assert list(zip(df["metric"], df["measure"])) == [("soldiers killed", "deaths · North Korean soldiers")]
    links = views.discrepancy_links(seeds, seeds.discrepancies)
    assert [link.label.split(": ")[0] for link in links] == ["1\\. **update** · deaths · North Korean soldiers"]
    renamed = views.discrepancy_links(seeds, seeds.discrepancies, names={"soldiers killed": "NK war dead"})
    assert renamed[0].label.startswith("1\\. **update** · NK war dead: ")
    assert views.discrepancy_table(seeds, []).columns.tolist() == df.columns.tolist()  # no discrepancy: same columns


def test_views_comparison_pairs_name_each_metric_as_the_timeline_does(seeds):
    pairs = views.comparison(seeds, [A, B], False).pairs
    killed = pairs[pairs["a"] == "About 2,000"].iloc[0]
    assert killed["metric"] == "soldiers killed" and killed["measure"] == "deaths · North Korean soldiers"


def test_views_comparison_pairs_say_who_said_each_figure(seeds):
    pairs = views.comparison(seeds, [A, B], False).pairs
    assert {"a_said_by", "b_said_by"} <= set(pairs.columns)
    killed = pairs[pairs["a"] == "About 2,000"].iloc[0]
    assert (killed["a_said_by"], killed["b_said_by"]) == ("South Korea’s spy agency", "Seoul’s spy agency")


def test_views_figures_frame_holds_every_figures_row(seeds):
    import pandas as pd

    from newsfigures.model import FIGURE_ROW_FIELDS
    df = figures_frame(seeds.figures)
    expected = pd.DataFrame([f.to_row() for f in seeds.figures], columns=list(FIGURE_ROW_FIELDS))[list(df.columns)]
    pd.testing.assert_frame_equal(df, expected)
    assert set(df.columns) == set(FIGURE_ROW_FIELDS) and len(df) == len(seeds.figures)


def test_views_rescaled_timeline_redraws_only_the_chart(seeds):
    choice = views.metric_choice(seeds, ["soldiers killed"])
    view = views.timeline(seeds, choice, choice.chosen)
    logged = views.rescaled(seeds, choice, choice.chosen, view, True)
    assert logged.chart.layout.yaxis.type == "log" and view.chart.layout.yaxis.type != "log"
    assert logged.points is view.points and logged.rollup is view.rollup and logged.undated == view.undated
    assert len(logged.chart.data) == len(views.timeline(seeds, choice, choice.chosen, True).chart.data)


def test_views_timeline_tables_name_each_metric_beside_its_key(seeds):
    choice = views.metric_choice(seeds, [])
    view = views.timeline(seeds, choice, choice.options)
    for table in (view.table, view.points, view.rollup):
        at = list(table.columns).index("metric")
        assert table.columns[at + 1] == "measure", table.columns
        assert {(m, choice.labels[m]) for m in choice.options} >= set(zip(table["metric"], table["measure"]))
    assert ("soldiers killed", "deaths · North Korean soldiers") in set(zip(view.rollup["metric"], view.rollup["measure"]))
