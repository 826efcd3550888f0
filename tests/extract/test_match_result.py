"""A match's result told with a verb of winning, losing or drawing (extract/match_result.py): each side of the
scoreline is the side that scored it, and it counts goals when the article speaks of goals. Ordinary wire sentences
of football, ice hockey, tennis and a cricket series, and near misses that are no match result (a court's vote, a
series standing)."""
from __future__ import annotations

import pytest

from extract.score_rows import figure_at, figures_reader, number_at

PUBLISHED = "2025-09-02"


@pytest.fixture(scope="module")
def figures(nlp):
    """figures(text) -> every figure extracted from `text`, one extraction per text."""
    return figures_reader(nlp, PUBLISHED)


def _measure(figures, text: str, anchor: str, k: int):
    fig = figure_at(figures(text), number_at(text, anchor, k))
    assert fig is not None, (anchor, k)
    return fig.measure


@pytest.mark.parametrize("text,anchor,k,side", [
    ("Chelsea won 3-1 against Everton on Saturday.", "3-1", 0, "Chelsea"),  # the winner holds the larger number
    ("Chelsea won 3-1 against Everton on Saturday.", "3-1", 1, "Everton"),  # the side met, after "against"
    ("Leeds lost 2-1 to Burnley in the cup.", "2-1", 0, "Burnley"),  # a loss: the subject holds the smaller
    ("Leeds lost 2-1 to Burnley in the cup.", "2-1", 1, "Leeds"),
    ("Rangers drew 1-1 with Hearts in Glasgow on Sunday.", "1-1", 0, "Rangers"),  # a draw: the first is the subject's
    ("Rangers drew 1-1 with Hearts in Glasgow on Sunday.", "1-1", 1, "Hearts"),
    ("Real Madrid were beaten 3-2 by Sevilla on Tuesday night.", "3-2", 0, "Sevilla"),  # a passive: the agent won
    ("Real Madrid were beaten 3-2 by Sevilla on Tuesday night.", "3-2", 1, "Real Madrid"),
    ("Everton, beaten 3-1 by Chelsea, fell to 10th.", "3-1", 0, "Chelsea"),  # an agent however the verb is tagged
    ("Ajax and PSV drew 0-0 in Amsterdam on Sunday.", "0-0", 0, "Ajax"),  # the side met coordinated with the subject
    ("Sweden lost 5-3 to Finland in the ice hockey final.", "5-3", 0, "Finland"),
    ("Maria Lopez beat Anna Berg 6-3 6-4 in the second round.", "6-4", 1, "Anna Berg"),  # the beaten object
    ("India won the five-match series 3-1 against England.", "3-1", 1, "England"),  # past the object "series"
])
def test_match_result_sides(figures, text, anchor, k, side):
    assert _measure(figures, text, anchor, k).subject == side


@pytest.mark.parametrize("text,anchor,k,quantity", [
    ("Chelsea won 3-1 against Everton on Saturday, with two goals from their captain.", "3-1", 0, "goal"),
    ("Sweden lost 5-3 to Finland in the ice hockey final.", "5-3", 1, "score"),  # no goals named: the score itself
    ("Maria Lopez beat Anna Berg 6-3 6-4 in the second round.", "6-3", 1, "score"),
])
def test_match_result_units(figures, text, anchor, k, quantity):
    assert _measure(figures, text, anchor, k).quantity == quantity


@pytest.mark.parametrize("text,anchor,k,side", [
    ("The Supreme Court ruled 7-2 that the law was lawful.", "7-2", 0, "Supreme Court"),  # a court's vote: no match
    ("The committee voted 7-2 to approve the budget on Tuesday.", "7-2", 1, "committee"),
    ("The motion was defeated 12-8 in the council.", "12-8", 0, "motion"),  # no side named: a vote
    ("Chelsea won 3-1 at Wembley on Saturday.", "3-1", 1, "Chelsea"),  # "at" names a ground: no side met
])
def test_match_result_not_a_match(figures, text, anchor, k, side):
    """No verb of a match's result: the clause's own owner, and no goals or score counted."""
    measure = _measure(figures, text, anchor, k)
    assert measure.quantity not in ("goal", "score")
    assert measure.subject == side
