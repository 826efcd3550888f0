import math

import pytest

from newsfigures.ingest.items import as_str, pick


@pytest.mark.parametrize("value,text", [
    (None, ""), (True, ""), (math.nan, ""), (7, "7"), ("  AP ", "AP"),
    ({"id": None, "name": "Reuters"}, "Reuters"), ({"id": 3}, ""), (["", "first", "second"], "first"),
])
def test_items_as_str(value, text):
    assert as_str(value) == text


def test_items_pick_first_non_empty_synonym_case_insensitive():
    assert pick({"Headline": "H", "title": ""}, "title") == "H"
    assert pick({"x": 1}, "title") is None
