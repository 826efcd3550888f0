"""What a click on a chart selected, read from either shape of a Streamlit selection event."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsfigures.app.widgets import point_of


@pytest.mark.parametrize("event", [
    {"selection": {"points": [{"x": 1}, {"customdata": ["2,000", "2025-09", "a", "s", "approx", "a", 12]}]}},
    SimpleNamespace(selection=SimpleNamespace(points=[{"customdata": ("2,000", "2025-09", "a", "s", "approx", "a", 12)}])),
])
def test_widgets_point_of_reads_the_first_selected_points_data(event):
    assert point_of(event) == ["2,000", "2025-09", "a", "s", "approx", "a", 12]


@pytest.mark.parametrize("event", [None, {}, {"selection": {"points": []}}, SimpleNamespace()])
def test_widgets_point_of_nothing_selected(event):
    assert point_of(event) is None
