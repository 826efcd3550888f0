"""A batsman's runs written beside his name (extract/batting.py)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # a batsman's runs written right beside his name are his, not his side's (bg_258, bg_118)
    ("England lost four wickets before tea. Set 290 to win, England finished the match at 6 for 255 with Alec "
     "Stewart not out 71.", "71", "Alec Stewart"),
    ("England lost two wickets early. Nasser Hussain and Stewart shared in a 40-run partnership, before Hussain, on 23, "
     "edged Lee to Warne at slip.",
     "23", "Nasser Hussain"),
])
def test_batting_a_score_beside_a_name_is_the_batsmans(measures, text, surface, expected):
    assert measures(text)[surface].subject == expected
