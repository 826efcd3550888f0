"""A key one article gives two values at one date lumps two quantities: its reports pair only where values agree."""
from __future__ import annotations

import pytest

from newsfigures.compare.alignment import align
from newsfigures.compare.analysis import Analysis, compare
from newsfigures.compare.lumped import lumped


def _paired(pairs):
    return sorted((p.a.value, p.b.value) for p in pairs if p.a and p.b)


@pytest.mark.parametrize("second, lumps", [
    ({"value": 7}, {("a", "people killed", "")}),              # "14 Australians and seven others"
    ({"value": 14}, set()),                                     # a number repeated is one report
    ({"value": 12}, set()),                                     # rival estimates of one quantity
    ({"value": 7, "as_of": "2024-01-01"}, set()),               # two dates: a running total moved
    ({"value": 7, "incremental": True}, set()),                 # a batch beside the total
    ({"value": 7, "metric": "people killed (batch)"}, set()),   # batches differ by nature
])
def test_lumped_needs_two_current_values_of_one_key_at_one_date(fig, second, lumps):
    assert lumped([fig(14, "a"), fig(**{"article": "a", **second})]) == lumps


def test_lumped_undated_reports_of_a_lumped_key_pair_only_where_values_agree(fig):
    a = [fig(14, "a", as_of=""), fig(7, "a", as_of="")]
    assert _paired(align(a, [fig(21, "b", as_of=""), fig(14, "b", as_of="")])) == [(14, 14)]
    assert _paired(align([fig(7, "a", as_of="")], [fig(21, "b", as_of="")])) == [(7, 21)]  # no lump: as before


def test_lumped_a_running_total_at_two_dates_still_pairs(fig):
    # gaza_war 2024-07-05: the Lancet's 186,000 beside the ministry's 38,000, each a day of the running toll
    a = [fig(186000, "a", as_of="2024-07-05"), fig(38000, "a", as_of="2024-07-05")]
    assert _paired(align(a, [fig(45000, "b", as_of="2024-12-16")])) == [(38000, 45000)]


def test_lumped_canyoning_trial_on_real_news(lee_thread):
    # Lee dev items of the Interlaken trial: "the deaths of 14 Australians and seven others" (bg_168) files both
    # under one key; the seven others are no report of the 21 dead (bg_254, bg_281), the 14 Australians are
    figs = lee_thread(168, 254, 281)
    analysis = Analysis((), tuple(figs))
    for other in ("lee_bg_254", "lee_bg_281"):
        pairs = _paired(compare(analysis, "lee_bg_168", other))
        assert (14, 14) in pairs and not [p for p in pairs if 7 in p], pairs
