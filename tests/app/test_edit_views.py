"""What the correction controls offer, on the seed articles, without Streamlit."""
from __future__ import annotations

from newsfigures.app.edit_views import edit_rows, figure_choices, figure_of, metric_figures, metric_options, option, pair_actions
from newsfigures.compare.analysis import compare_many
from newsfigures.compare.edited import FigureKey
from newsfigures.compare.edits import KEYS, Link, Merge, Move, Naming, Rename, Unlink
from newsfigures.compare.session import Uploads, with_visitor

from conftest import SEED_A, SEED_B

A, B = SEED_A.stem, SEED_B.stem


def test_edit_views_pair_actions_unlink_each_pair_of_two_figures(seeds):
    rows = compare_many(seeds, [A, B])
    actions = pair_actions(rows)
    assert len(actions) == sum(1 for _x, _y, p in rows if p.a and p.b) == 5
    six = next(a for a in actions if a.edit.a.text == "6,000")
    assert six.label == "**same** · soldiers sent \\(batch\\): 6,000 ↔ 6,000"
    assert six.key == f"{A}_534_{B}_723" and six.edit == Unlink(FigureKey(A, 534, 539, "6,000"), FigureKey(B, 723, 728, "6,000"))


def test_edit_views_linked_pairs_say_so(seeds):
    linked = with_visitor(seeds, Uploads(), {}, None, [Link(FigureKey(A, 423, 432, "about 600"),
                                                           FigureKey(B, 495, 511, "more than 10,000"))])
    labels = [a.label for a in pair_actions(compare_many(linked, [A, B]))]
    assert [label for label in labels if "linked by you" in label] == [
        "**update** · soldiers killed: about 600 ↔ more than 10,000 · *linked by you*"]


def test_edit_views_figure_options_name_their_figure_or_nothing(seeds):
    figs = seeds.figures_of(B)
    choices = figure_choices(figs, with_article=True)
    assert list(choices) == [option(f) for f in figs] and choices[f"{B}|255|267"].startswith(f"at least 600 · soldiers killed · {B} · “")
    assert figure_of(seeds, f"{B}|255|267") == FigureKey(B, 255, 267, "at least 600")
    assert figure_of(seeds, f"{B}|256|267") is None and figure_of(seeds, None) is None


def test_edit_views_metrics_most_reported_first_and_their_figures(seeds):
    options = metric_options(seeds)
    assert options[0] == "soldiers killed" and set(options) == {f.metric for f in seeds.figures}
    assert {f.metric for f in metric_figures(seeds, ["soldiers sent"])} == {"soldiers sent"}
    assert len(metric_figures(seeds, [])) == len(seeds.figures)


def test_edit_views_edit_rows_say_which_no_longer_apply(seeds):
    chosen = [Merge("engineers arrived", "soldiers sent"), Merge("engineers arrived", "soldiers killed")]
    result = with_visitor(seeds, Uploads(), {}, None, chosen)
    rows = edit_rows(result, chosen, KEYS)
    assert [r.description for r in rows] == ["merge “engineers arrived” into “soldiers sent”",
                                             "merge “engineers arrived” into “soldiers killed”"]
    assert [r.skipped for r in rows] == ["", "metric “engineers arrived” is no longer in the corpus"]


def test_edit_views_pickers_and_unlinks_name_metrics_by_their_labels_when_given(seeds):
    from newsfigures.app.edit_views import move_choices
    from newsfigures.app.labels import metric_names

    names = metric_names(seeds)
    six = next(a for a in pair_actions(compare_many(seeds, [A, B]), names) if a.edit.a.text == "6,000")
    assert six.label == "**same** · troops sent · Pyongyang \\(batch\\): 6,000 ↔ 6,000"
    choices = figure_choices(seeds.figures_of(B), names=names)
    assert choices[f"{B}|255|267"].startswith("at least 600 · deaths · North Korean soldiers · “")
    moved = move_choices(seeds, ["soldiers killed"], names=names).labels
    assert moved and all(" · deaths · North Korean soldiers · " in label for label in moved.values())


def test_edit_views_edit_rows_name_metrics_and_articles_never_keys_or_ids(seeds):
    from newsfigures.app.labels import article_namer, metric_names

    six = FigureKey(A, 534, 539, "6,000")
    chosen = [Merge("engineers arrived", "soldiers sent"), Move(six), Unlink(six, FigureKey(B, 723, 728, "6,000")),
              Rename("soldiers killed", "Deaths"), Merge("soldiers killed", "soldiers sent")]
    result = with_visitor(seeds, Uploads(), {}, None, chosen)
    article = article_namer(seeds.articles)
    names = Naming(metric_names(result), article.names, metric_names(seeds))
    rows = edit_rows(result, chosen, names)
    # Named before any edit: the merged-away metric keeps its name, and the merge reads the same before and after it
    # (the merged metric's own label changes with the figures it takes in).
    assert names.metrics["soldiers sent"] != "troops sent · North Korea"
    assert [r.description for r in rows] == [
        "merge “people arrived · military engineers” into “troops sent · North Korea”",
        f"move 6,000 ({article(A)}) into a metric of its own",
        f"not the same thing: 6,000 ({article(A)}) and 6,000 ({article(B)})",
        "rename “deaths · North Korean soldiers” to “Deaths”",
        "merge “deaths · North Korean soldiers” into “troops sent · North Korea”"]
    assert [r.skipped for r in rows] == ["", "", "", "", "metric “deaths · North Korean soldiers” is no longer in the corpus"]
    text = " ".join(r.description + r.skipped for r in rows)
    assert not any(k in text for k in (A, B, "engineers arrived", "soldiers sent", "soldiers killed"))


def test_edit_views_move_picker_names_each_figure_article_by_its_name(seeds):
    from newsfigures.app.edit_views import move_choices
    from newsfigures.app.labels import article_namer

    article = article_namer(seeds.articles)
    offered = move_choices(seeds, ["soldiers killed"]).labels
    assert offered[f"{B}|255|267"].startswith(f"at least 600 · soldiers killed · {article(B)} · “")
    assert all(A not in label and B not in label for label in offered.values())
    hidden = figure_choices(seeds.figures_of(B), True, articles={B: "Outlet\u202e · day"})
    assert all(" · Outlet⟨U+202E⟩ · day · “" in label for label in hidden.values())  # marked as every picker
