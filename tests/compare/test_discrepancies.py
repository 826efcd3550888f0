"""Every conflict and update of a corpus, ranked: conflicts first, batches left out."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfigures.compare import alignment
from newsfigures.compare.discrepancies import discrepancies, discrepancies_frame
from newsfigures.extract.lexicon import EVENT_FAMILIES
from newsfigures.model import Article


def test_discrepancies_ranked_conflicts_first(fig, articles):
    figs = [fig(100, "a"), fig(300, "d"), fig(500, "a", as_of="2025-02-01"),
            fig(7, "a", metric="people killed (batch)", incremental=True),
            fig(9, "d", metric="people killed (batch)", incremental=True)]
    ds = discrepancies(figs, articles)
    assert [d.status for d in ds] == ["conflict", "update"]
    assert ds[0].articles == ("a", "d") and "cannot be true" in ds[0].explanation
    assert list(discrepancies_frame(ds)["rank"]) == [1, 2]


def _all_pairs_conflicts(figs, articles):
    """The reference: every two distinct reports of a metric compared, as before blocking by period."""
    story = {a.id: a.story_id or a.id for a in articles}
    reports = alignment.distinct(figs)
    found = set()
    for i, x in enumerate(reports):
        for y in reports[i + 1:]:
            if x.metric != y.metric or (x.article_id == y.article_id and not (x.event in EVENT_FAMILIES and y.event in EVENT_FAMILIES)):
                continue
            if alignment.verdict(x, y, story[x.article_id] == story[y.article_id])[0] == "conflict":
                found.add(frozenset((alignment.report_key(x), alignment.report_key(y))))
    return found


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from([90, 100, 120, 400]), st.sampled_from("abcd"),
                          st.sampled_from(["", "2025", "2025-01", "2025-01-01", "2025-01-02"]), st.booleans()),
                min_size=2, max_size=14))
def test_discrepancies_by_period_find_every_conflict_all_pairs_would(fig, rows):  # fig: a pure factory
    arts = [Article("a", "", ""), Article("b", "", "", story_id="a"), Article("c", "", ""), Article("d", "", "")]
    figs = [replace(fig(v, art, as_of=as_of), is_past=past) for v, art, as_of, past in rows]
    got = {frozenset((alignment.report_key(d.a), alignment.report_key(d.b)))
           for d in discrepancies(figs, arts) if d.status == "conflict"}
    assert got == _all_pairs_conflicts(figs, arts)


def test_discrepancies_undated_past_estimates_do_not_conflict_with_dated_ones(fig, articles):
    # issue #9: an undated report is an update or compatible, never a conflict; an earlier estimate no phrase dates
    # is undated too
    figs = [replace(fig(600, "a", as_of=""), is_past=True), replace(fig(900, "d", as_of="2024-10"), is_past=True)]
    assert [d.status for d in discrepancies(figs, articles)] == []


def test_discrepancies_past_estimates_of_one_date_conflict(fig, articles):
    figs = [replace(fig(600, "a", as_of="2024-10"), is_past=True), replace(fig(900, "d", as_of="2024-10"), is_past=True)]
    assert [d.status for d in discrepancies(figs, articles)] == ["conflict"]


def test_discrepancies_two_undated_earlier_estimates_read_from_text_are_no_conflict(nlp):
    # Two reports of one toll a day apart, each "up from" an earlier estimate no phrase dates: which estimate came
    # first cannot be told, so 60 vs 90 is no conflict (before: "for the same period: both cannot be true").
    from newsfigures.compare.analysis import reconcile
    from newsfigures.extract import extract_many

    arts = [Article("a", "Floods in the north have killed at least 120 people, up from an earlier estimate of 60, "
                         "officials said.", "", published="2025-03-04"),
            Article("b", "The flood death toll in the north has risen to 130, up from earlier estimates of 90, the "
                         "ministry said.", "", published="2025-03-05")]
    figs = extract_many(arts, nlp)
    corpus = reconcile(f for a in arts for f in figs[a.id])
    past = [f for f in corpus if f.is_past]
    assert sorted(f.value for f in past) == [60, 90] and len({f.metric for f in past}) == 1
    assert [d.status for d in discrepancies(corpus, arts)] == []
    status, why = alignment.verdict(*past)
    assert status == "update" and "undated" in why
