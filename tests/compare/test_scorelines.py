"""The two sides of a scoreline are two quantities: each side's key says which side it is."""
from __future__ import annotations

import pytest

from newsfigures.compare.scorelines import SIDES, side_key, sides, split_sides
from newsfigures.model import Figure


def fig(text, sentence, at=0, metric="doubles", value=1.0):
    """The figure `text` found in `sentence` from position `at`, under `metric`."""
    start = sentence.index(text, at)
    return Figure(article_id="a", source_file="", text=text, start=start, end=start + len(text), sentence=sentence,
                  value=value, low=value, high=value, qualifier="exact", unit="", counted="doubles", event="level",
                  as_of="", said_by="", metric=metric)


@pytest.mark.parametrize("sentence, first, second", [
    ("Australia will take on France with the tie levelled at 1-1.", ("1", 42), ("1", 44)),
    ("Australia is now 1-0 in the best of three series.", ("1", 0), ("0", 0)),
    ("We were down 2–0 at the break.", ("2", 0), ("0", 0)),
])
def test_scorelines_two_numbers_joined_by_a_hyphen_are_two_sides(sentence, first, second):
    a = fig(first[0], sentence, first[1])
    b = fig(second[0], sentence, a.end)
    assert sides([a, b]) == {0: SIDES[0], 1: SIDES[1]}
    keys = [f.metric for f in split_sides([a, b])]
    assert keys == ["doubles · first in score", "doubles · second in score"]


@pytest.mark.parametrize("sentence, texts", [
    ("Two fires and 15 homes were lost.", ("Two", "15")),  # no hyphen between
    ("He scored 1 - 0 was the final.", ("1", "0")),  # spaced: not one scoreline token
    # three numbers joined are a formation or a list, no score of two sides
    ("Arsenal switched to a 4-4-2 formation at half-time.", ("4", "4", "2")),
    ("The coach prefers a 4–3–3 system.", ("4", "3", "3")),
])
def test_scorelines_other_neighbours_are_no_sides(sentence, texts):
    figs = [fig(texts[0], sentence, metric="m")]
    for text in texts[1:]:
        figs.append(fig(text, sentence, figs[-1].end, metric="m"))
    assert sides(figs) == {} and [f.metric for f in split_sides(figs)] == ["m"] * len(texts)


@pytest.mark.parametrize("key, side, expected", [
    ("doubles · 1", "first in score", "doubles · 1 · first in score"),
    ("wins (projected)", "second in score", "wins · second in score (projected)"),
    ("wins (projected) (batch)", "first in score", "wins · first in score (projected) (batch)"),
])
def test_scorelines_side_goes_before_the_projection_and_batch_tails(key, side, expected):
    assert side_key(key, side) == expected


@pytest.mark.parametrize("item, text, values", [
    (299, "levelled at 1-1", (1, 1)),  # davis_cup_final_2001: Australia's rubbers and France's
    (118, "is now 1-0", (1, 0)),  # cricket_aus_sa_2001: Australia's wins and South Africa's
])
def test_scorelines_sides_are_two_metrics_on_real_news(lee_thread, item, text, values):
    figs = [f for f in lee_thread(item) if text in f.sentence and f.text in {str(v) for v in values}]
    assert sorted(f.value for f in figs) == sorted(values)
    assert len({f.metric for f in figs}) == 2, [f.metric for f in figs]
