"""GUIDE C1's sizes of a change that are not a per cent: a measurement a move verb takes, the size of a gap."""
from __future__ import annotations

import pytest

from newsfigures.extract.change_size import is_gap_size, moved_measure


@pytest.mark.parametrize("text,surface,expected", [
    ("The lake level eased about 4cm during the afternoon.", "about 4cm", "change"),
    ("Competitors lost 3 kilograms each during the trek.", "3 kilograms", "change"),
    ("The tally showed a 90 vote difference after the recount.", "90", "change"),
    ("Auditors found a difference of 90 ballots between the counts.", "90", "change"),
    ("The lake level eased to 4 metres during the afternoon.", "4 metres", "total"),  # the level reached
    ("Engineers cut a 4-kilometre channel to drain the lake.", "4-kilometre", "total"),  # a thing's length
    ("She won by a margin of 90 votes.", "90", "total"),  # a winning margin (C3)
    ("The ice sheet lost 20 billion tonnes of ice last year.", "20 billion tonnes", "total"),  # a substance's amount
])
def test_change_size_scope(measures, text, surface, expected):
    got = {k: m.scope for k, m in measures(text).items()}
    assert surface in got, list(got)
    assert got[surface] == expected


@pytest.mark.parametrize("text,i,dimension,expected", [
    ("The lake level eased about 4cm during the afternoon.", 5, "length", True),
    ("The lake level eased about 4cm during the afternoon.", 5, "count", False),  # not a measurement
    ("The lake level eased to 4 metres.", 5, "length", False),
])
def test_change_size_moved_measure_reads_the_unit(nlp, text, i, dimension, expected):
    doc = nlp(text)
    assert moved_measure(doc[i], doc[i:i + 2], dimension) is expected


@pytest.mark.parametrize("text,i,expected", [
    ("Auditors found a difference of 90 ballots.", 5, True),
    ("Auditors counted 90 ballots.", 2, False),
])
def test_change_size_is_gap_size_reads_the_difference_noun(nlp, text, i, expected):
    doc = nlp(text)
    assert is_gap_size(doc[i], doc[i].head) is expected
