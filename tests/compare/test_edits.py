"""An analyst's edits replayed over the seed articles: pairs unlinked and linked, metrics merged, moved and renamed, and
every downstream view (Compare pairs, discrepancies, timeline points, roll-ups) agreeing with them."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsfigures.app.tables import timeline_frame
from newsfigures.compare.alignment import LINKED, align, verdict
from newsfigures.compare.analysis import compare
from newsfigures.compare.discrepancies import discrepancies
from newsfigures.compare.edited import Edited, FigureKey
from newsfigures.compare.edits import (KEYS, EditError, Link, Merge, Move, Naming, Rename, Unlink, explain_skip,
                                      moved_out_of, own_metric, regroup, settle_pairs)
from newsfigures.compare.rollup import rollups
from newsfigures.compare.session import Uploads, with_visitor

from conftest import SEED_A, SEED_B

A, B = SEED_A.stem, SEED_B.stem


def _no_refigure(article):
    raise AssertionError(f"{article.id} was re-extracted although its date did not change")


def key(seeds, article, text):
    """The key of the figure of `article` written `text` in the seeds."""
    return FigureKey.of(next(f for f in seeds.figures if f.article_id == article and f.text == text))


def edited(seeds, *chosen):
    return with_visitor(seeds, Uploads(), {}, _no_refigure, chosen)


def pair_texts(result, a=A, b=B):
    return {(p.a.text if p.a else None, p.b.text if p.b else None): p for p in compare(result, a, b)}


def test_edits_unlink_the_6000_pair_leaves_both_unpaired(seeds):
    assert ("6,000", "6,000") in pair_texts(seeds)
    result = edited(seeds, Unlink(key(seeds, A, "6,000"), key(seeds, B, "6,000")))
    pairs = pair_texts(result)
    assert ("6,000", "6,000") not in pairs
    assert pairs[("6,000", None)].status == "only_a" and pairs[(None, "6,000")].status == "only_b"
    assert result.figures is seeds.figures  # a pair edit regroups nothing


def test_edits_unlink_holds_for_every_repeat_of_the_number(seeds):
    # B says "6,000" twice (one report); unlinking its second mention unlinks the report.
    second = FigureKey.of([f for f in seeds.figures if f.article_id == B and f.text == "6,000"][1])
    result = edited(seeds, Unlink(key(seeds, A, "6,000"), second))
    assert ("6,000", "6,000") not in pair_texts(result)


def test_edits_unlinked_update_is_gone_from_discrepancies_and_the_next_step_is_taken(seeds):
    [before] = seeds.discrepancies
    assert (before.a.text, before.b.text, before.b.article_id) == ("about 600", "About 2,000", A)
    once = edited(seeds, Unlink(key(seeds, A, "about 600"), key(seeds, A, "About 2,000")))
    [after] = once.discrepancies
    assert (after.status, after.a.text, after.b.text, after.b.article_id) == ("update", "about 600", "Around 2,000", B)
    twice = edited(seeds, Unlink(key(seeds, A, "about 600"), key(seeds, A, "About 2,000")),
                   Unlink(key(seeds, A, "about 600"), key(seeds, B, "Around 2,000")))
    assert twice.discrepancies == []  # the next step, "at least 600" then 2,000, is compatible: no update


def test_edits_unlinked_conflict_between_two_articles_is_gone(fig, articles):
    figs = [fig(100, "a"), fig(300, "d")]
    assert [d.status for d in discrepancies(figs, articles)] == ["conflict"]
    apart = Edited(unlinked=frozenset({frozenset({FigureKey.of(figs[0]), FigureKey.of(figs[1])})}))
    assert discrepancies(figs, articles, apart) == []


def test_edits_unlink_lets_the_next_best_pairing_form(fig):
    x, y, z = fig(100, "a"), fig(100, "d"), replace(fig(120, "d"), start=10, end=13, text="120")
    assert [(p.status, p.b.value) for p in align([x], [y, z]) if p.a] == [("same", 100)]
    apart = Edited(unlinked=frozenset({frozenset({FigureKey.of(x), FigureKey.of(y)})}))
    paired = [p for p in align([x], [y, z], edited=apart) if p.a and p.b]
    assert [(p.status, p.b.value) for p in paired] == [("conflict", 120)]


def test_edits_link_two_unpaired_figures_gives_a_pair_with_its_verdict(seeds):
    a, b = key(seeds, A, "at least 13,000"), key(seeds, B, "more than 10,000")
    apart = edited(seeds, Unlink(a, b))
    assert {("at least 13,000", None), (None, "more than 10,000")} <= set(pair_texts(apart))
    linked = edited(seeds, Unlink(a, b), Link(b, a))  # linked from either side
    p = pair_texts(linked)[("at least 13,000", "more than 10,000")]
    assert p.status == "compatible" and p.reasons[0] == LINKED
    assert (p.status, p.explanation) == verdict(p.a, p.b)


def test_edits_link_across_metrics_pairs_first_and_frees_the_old_partners(seeds):
    result = edited(seeds, Link(key(seeds, A, "about 600"), key(seeds, B, "more than 10,000")))
    pairs = pair_texts(result)
    p = pairs[("about 600", "more than 10,000")]
    assert p.reasons[0] == LINKED and p.metric == "soldiers killed" and p.status == verdict(p.a, p.b)[0]
    assert pairs[("at least 13,000", None)].status == "only_a" and pairs[(None, "at least 600")].status == "only_b"
    # The linked pair is an update: the Discrepancies page lists it too.
    assert any(d.a.text == "about 600" and d.b.text == "more than 10,000" for d in result.discrepancies)


def test_edits_a_later_link_replaces_an_earlier_one_and_undoes_an_unlink(seeds):
    a = key(seeds, A, "About 2,000")
    chosen = [Link(a, key(seeds, B, "at least 600")), Link(a, key(seeds, B, "Around 2,000"))]
    result = settle_pairs(seeds.figures, chosen, [A, B], Edited())
    assert result.linked == ((a, key(seeds, B, "Around 2,000")),)
    back = settle_pairs(seeds.figures, [Unlink(a, key(seeds, B, "Around 2,000")), chosen[1]], [A, B], Edited())
    assert not back.unlinked and len(back.linked) == 1


def test_edits_merge_changes_the_timeline_series_and_rollups(seeds):
    result = edited(seeds, Merge("engineers arrived", "soldiers sent"))
    assert "engineers arrived" not in {f.metric for f in result.figures}
    points = timeline_frame(result.figures, ["soldiers sent"])
    assert {1000.0, 13000.0, 10000.0} <= set(points["value"])
    assert {1000.0, 13000.0} <= {r.low for r in rollups(result.figures, result.articles, ["soldiers sent"])} | {
        r.high for r in rollups(result.figures, result.articles, ["soldiers sent"])}


def test_edits_move_a_figure_to_a_metric_of_its_own_or_into_another(seeds):
    f = next(f for f in seeds.figures if f.article_id == A and f.text == "about 600")
    alone = edited(seeds, Move(FigureKey.of(f)))
    assert 600.0 not in set(timeline_frame(alone.figures, ["soldiers killed"]).query(f"article_id == '{A}'")["value"])
    [moved] = [g for g in alone.figures if g.metric == own_metric(f)]
    # Its date came from the other 600 of its old metric ("up from about 600"); on its own it is undated again.
    assert (moved.text, f.as_of, moved.as_of) == ("about 600", "2025-04", "")
    into = edited(seeds, Move(key(seeds, B, "at least 600"), "soldiers sent"))
    assert "at least 600" in set(timeline_frame(into.figures, ["soldiers sent"])["text"])
    assert "at least 600" not in set(timeline_frame(into.figures, ["soldiers killed"])["text"])


def test_edits_rename_changes_the_metric_everywhere_and_is_named(seeds):
    result = edited(seeds, Rename("soldiers killed", "North Korean deaths"))
    assert "soldiers killed" not in {f.metric for f in result.figures}
    assert sorted(timeline_frame(result.figures, ["North Korean deaths"])["value"]) == [600.0, 600.0, 2000.0, 2000.0]
    assert result.edited.named == {"North Korean deaths"}
    assert {d.metric for d in result.discrepancies} == {"North Korean deaths"}
    assert "North Korean deaths" in {p.metric for p in compare(result, A, B)}


@pytest.mark.parametrize("chosen, why", [
    (lambda s: Unlink(key(s, A, "6,000"), FigureKey("gone-article", 1, 6, "6,000")), "article gone-article is no longer in the corpus"),
    (lambda s: Link(key(s, A, "6,000"), FigureKey(B, 1, 6, "6,000")), "is no longer found"),
    (lambda s: Move(FigureKey(A, 3, 9, "12,345")), "is no longer found"),
    (lambda s: Merge("dragons slain", "soldiers killed"), "metric “dragons slain” is no longer in the corpus"),
    (lambda s: Rename("dragons slain", "Dragons"), "metric “dragons slain” is no longer in the corpus"),
])
def test_edits_that_no_longer_apply_are_reported_and_skipped(seeds, chosen, why):
    result = edited(seeds, Unlink(key(seeds, A, "6,000"), key(seeds, B, "6,000")), chosen(seeds))
    [(index, message)] = result.edited.skipped
    assert index == 1 and why in message
    assert ("6,000", "6,000") not in pair_texts(result)  # the edit before it still applies


def test_edits_replayed_in_order_a_rename_then_a_merge_into_the_new_name(seeds):
    figures, done = regroup(seeds.figures, [Rename("soldiers killed", "deaths"), Merge("engineers arrived", "deaths"),
                                            Merge("soldiers killed", "soldiers sent")], [A, B])
    assert {f.metric for f in figures if f.counted_lemma in ("engineer", "soldier")} >= {"deaths"}
    assert done.skipped == ((2, "metric “soldiers killed” is no longer in the corpus"),)


def test_edits_of_an_article_that_left_the_corpus_are_skipped(seeds):
    gone = replace(seeds, articles=(seeds.article(A),))  # the visitor's corpus without B
    result = with_visitor(gone, Uploads(), {}, _no_refigure, [Unlink(key(seeds, A, "6,000"), key(seeds, B, "6,000"))])
    assert result.edited.skipped == ((0, f"article {B} is no longer in the corpus"),)


@pytest.mark.parametrize("make, message", [
    (lambda: Link(FigureKey(A, 0, 3, "600"), FigureKey(A, 5, 8, "700")), "two different articles"),
    (lambda: Unlink(FigureKey(A, 0, 3, "600"), FigureKey(A, 0, 3, "600")), "from itself"),
    (lambda: Merge("deaths", "deaths"), "into itself"),
    (lambda: Rename("deaths", "   "), "the new name is empty"),
    (lambda: Rename("deaths", "x" * 121), "longer than 120"),
])
def test_edits_that_cannot_be_made_say_why(make, message):
    with pytest.raises(EditError, match=message):
        make()



def test_edits_a_linked_pair_already_listed_as_a_discrepancy_is_listed_once(seeds):
    # The link names another mention of the reports the listed update step already compares: nothing is added.
    listed = edited(seeds, Unlink(key(seeds, A, "about 600"), key(seeds, A, "About 2,000")))
    [step] = listed.discrepancies
    again = edited(seeds, Unlink(key(seeds, A, "about 600"), key(seeds, A, "About 2,000")),
                   Link(key(seeds, A, "about 600"), key(seeds, B, "around 2,000")))  # a repeat of B's Around 2,000
    assert [(d.a.text, d.b.article_id) for d in again.discrepancies] == [(step.a.text, step.b.article_id)]


def test_edits_a_later_link_of_a_repeat_replaces_the_link_of_its_report(seeds):
    six_a, six_b = key(seeds, A, "6,000"), key(seeds, B, "6,000")
    repeat = FigureKey.of([f for f in seeds.figures if f.article_id == B and f.text == "6,000"][1])
    done = settle_pairs(seeds.figures, [Link(key(seeds, A, "1,000"), six_b), Link(six_a, repeat)], [A, B], Edited())
    assert done.linked == ((six_a, repeat),)


def test_edits_describe_metrics_and_articles_by_the_names_given(seeds):
    names = Naming({"soldiers sent": "troops sent · North Korea"}, {A: "PAP, 2025-09-02"}, {"engineers arrived": "old"})
    six = Unlink(key(seeds, A, "6,000"), FigureKey("gone-article", 1, 6, "6,000"))
    assert six.describe(names) == "not the same thing: 6,000 (PAP, 2025-09-02) and 6,000 (gone-article)"
    assert six.describe() == six.describe(KEYS) == f"not the same thing: 6,000 ({A}) and 6,000 (gone-article)"
    # A metric is named as it was shown when the edit was made, else by its name before edits, else by its name now.
    merge = Merge("engineers arrived", "soldiers sent", "engineer arrived · Pyongyang", "troops (then)")
    assert merge.describe(names) == merge.describe() == "merge “engineer arrived · Pyongyang” into “troops (then)”"
    assert Merge("engineers arrived", "soldiers sent").describe(names) == "merge “old” into “troops sent · North Korea”"
    assert Merge("engineers arrived", "soldiers sent").describe() == "merge “engineers arrived” into “soldiers sent”"
    assert Rename("dragons", "Dragons", "dragons slain").describe(names) == "rename “dragons slain” to “Dragons”"
    moved = Move(key(seeds, A, "6,000"), "soldiers sent")
    assert moved.describe(names) == "move 6,000 (PAP, 2025-09-02) into “troops sent · North Korea”"
    assert Move(key(seeds, A, "6,000")).describe(names) == "move 6,000 (PAP, 2025-09-02) into a metric of its own"


def test_edits_shown_names_change_no_edit_and_are_checked(seeds):
    # The names an edit was shown by only describe it: equal edits stay equal (one is never added twice).
    assert Merge("a", "b", "A label") == Merge("a", "b") and len({Rename("a", "B", "x"), Rename("a", "B")}) == 1
    assert Move(key(seeds, A, "6,000"), "b", "B label") == Move(key(seeds, A, "6,000"), "b")
    with pytest.raises(EditError, match="the shown name of the metric to merge into is longer than 300"):
        Merge("a", "b", "", "x" * 301)


def test_edits_skip_reasons_name_metrics_as_descriptions_do(seeds):
    gone = Merge("dragons slain", "soldiers killed", "dragons · Westeros", "deaths · Korean soldiers")
    result = edited(seeds, gone)
    [(index, why)] = result.edited.skipped
    assert index == 0
    named = explain_skip(gone, why, Naming({"soldiers killed": "deaths · Korean soldiers"}))
    assert named == "metric “dragons · Westeros” is no longer in the corpus"
    assert why == "metric “dragons slain” is no longer in the corpus"  # the reason itself names the key
    assert explain_skip(Merge("dragons slain", "soldiers killed"), why) == why  # nothing kept, no names: the key


def test_edits_a_figure_moved_out_knows_the_metric_it_left(seeds):
    f = next(f for f in seeds.figures if f.article_id == B and f.text == "at least 600")
    twice = edited(seeds, Move(FigureKey.of(f)), Move(FigureKey.of(f)))
    [moved] = [g for g in twice.figures if FigureKey.of(g) == FigureKey.of(f)]
    assert moved_out_of(moved) == own_metric(f) and moved_out_of(replace(moved, metric=own_metric(f))) == f.metric
    assert moved_out_of(f) is None and moved_out_of(replace(f, metric=f" — {f.text} ({B})")) is None
