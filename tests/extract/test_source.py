"""Who a figure is attributed to, on real sentences, and how the last source named carries over."""
from __future__ import annotations

import pytest

from newsfigures.extract.source import said_by


@pytest.mark.parametrize("text,surface,source", [
    ("About 2,000 soldiers were killed, officials said.", "About 2,000", "officials"),
    ("According to the Health Ministry, fourteen people are killed near an aid site.", "fourteen", "the Health Ministry"),
    ("Sri Lanka has reported 28,000 dead.", "28,000", "Sri Lanka"),
    ("Officials demolished over 6,000 shanties today.", "over 6,000", ""),
])
def test_source_said_by(read, text, surface, source):
    r = read(text, surface)
    assert said_by(r.num, r.ctx) == source


def test_source_pronoun_stands_for_the_last_source_named(read):
    r = read("They also report 15,000 dead.", "15,000", last_source="Reuters")
    assert said_by(r.num, r.ctx) == "Reuters"


def test_source_generic_subject_stands_for_the_last_source_named(read):
    r = read("Later, the agency counted 600 deaths.", "600", last_source="UNICEF")
    assert said_by(r.num, r.ctx) == "UNICEF"


def test_source_named_source_is_remembered(read):
    r = read("Sri Lanka has reported 28,000 dead.", "28,000", last_source="Reuters")
    assert said_by(r.num, r.ctx) == "Sri Lanka" and r.ctx.last_source == "Sri Lanka"
