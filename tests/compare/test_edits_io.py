"""An analyst's edits as a versioned JSON file and as a compact link parameter: round trips, and a clear message for
every kind of broken input."""
from __future__ import annotations

import base64
import json
import zlib

import pytest

from newsfigures.compare.edited import FigureKey
from newsfigures.compare.edits import EditError, Link, Merge, Move, Rename, Unlink
from newsfigures.compare.edits_io import URL_LIMIT, from_json, from_url, to_json, to_url, url_param

from conftest import SEED_A, SEED_B

A, B = SEED_A.stem, SEED_B.stem
SIX_A, SIX_B = FigureKey(A, 534, 539, "6,000"), FigureKey(B, 723, 728, "6,000")
EDITS = (Unlink(SIX_A, SIX_B), Link(FigureKey(A, 423, 432, "about 600"), FigureKey(B, 495, 511, "more than 10,000")),
         Merge("engineers arrived", "soldiers sent"), Move(SIX_A), Move(SIX_B, "soldiers sent"),
         Rename("soldiers killed", "North Korean deaths · “Kursk”"))


def test_edits_io_json_round_trip_is_versioned():
    text = to_json(EDITS)
    doc = json.loads(text)
    assert (doc["format"], doc["version"]) == ("newsfigures-edits", 1)
    assert doc["edits"][0] == {"op": "unlink", "a": {"article_id": A, "start": 534, "end": 539, "text": "6,000"},
                               "b": {"article_id": B, "start": 723, "end": 728, "text": "6,000"}}
    assert from_json(text) == EDITS and from_json(text.encode("utf-8")) == EDITS


def test_edits_io_keeps_the_names_metrics_were_shown_by():
    labelled = (Merge("engineers arrived", "soldiers sent", "engineer arrived · Pyongyang", "troops sent · “N. Korea”"),
                Move(SIX_A, "soldiers sent", "troops sent · North Korea"), Rename("soldiers killed", "Deaths", "deaths"))
    for back in (from_json(to_json(labelled)), from_url(to_url(labelled))):
        assert [e.describe() for e in back] == [e.describe() for e in labelled]
        assert [e.to_dict() for e in back] == [e.to_dict() for e in labelled]
    assert json.loads(to_json(labelled))["edits"][2] == {"op": "rename", "metric": "soldiers killed", "name": "Deaths",
                                                         "metric_label": "deaths"}
    assert "into_label" not in json.loads(to_json(EDITS))["edits"][3]  # no label: the record as before


def test_edits_io_an_old_file_without_names_still_loads():
    # Written before edits kept the names their metrics were shown by (a move's "into" may even be absent).
    old = ('{"format": "newsfigures-edits", "version": 1, "edits": ['
           '{"op": "merge", "metric": "engineers arrived", "into": "soldiers sent"},'
           f'{{"op": "move", "figure": {{"article_id": "{A}", "start": 534, "end": 539, "text": "6,000"}}}},'
           '{"op": "rename", "metric": "soldiers killed", "name": "Deaths"}]}')
    loaded = from_json(old)
    assert loaded == (Merge("engineers arrived", "soldiers sent"), Move(SIX_A), Rename("soldiers killed", "Deaths"))
    assert [getattr(e, "metric_label", "") + getattr(e, "into_label", "") for e in loaded] == ["", "", ""]
    assert from_url(to_url(loaded)) == loaded


def test_edits_io_link_round_trip_and_length_limit():
    code = to_url(EDITS)
    assert from_url(code) == EDITS and url_param(EDITS) == code
    assert all(c.isalnum() or c in "-_" for c in code) and len(code) < 600
    many = tuple(Rename(f"metric {n}", f"name {n} {n * 7919 % 1000003}") for n in range(200))
    assert len(to_url(many)) > URL_LIMIT and url_param(many) == "" and to_url(()) == ""


@pytest.mark.parametrize("data, message", [
    (b"\xff\xfe not text", "not UTF-8"),
    ("{not json", "not JSON (line 1, column 2"),
    ('{"edits": []}', "not a newsfigures edits file"),
    ('{"format": "newsfigures-edits", "version": 2, "edits": []}', "version 2, written by a newer newsfigures"),
    ('{"format": "newsfigures-edits", "version": "1", "edits": []}', "no valid version"),
    ('{"format": "newsfigures-edits", "version": 1}', "no list of edits"),
    ('{"format": "newsfigures-edits", "version": 1, "edits": [{"op": "explode"}]}', "edit 1: “op” must be one of"),
    ('{"format": "newsfigures-edits", "version": 1, "edits": [{"op": "merge", "metric": "x", "into": 3}]}',
     "edit 1: “into” must be text"),
    ('{"format": "newsfigures-edits", "version": 1, "edits": [{"op": "move", "figure": {"article_id": "a", '
     '"start": "5", "end": 9, "text": "600"}}]}', "edit 1, figure: “start” must be a number"),
    ('{"format": "newsfigures-edits", "version": 1, "edits": [{"op": "unlink", "a": {"article_id": "a", '
     '"start": 9, "end": 5, "text": "600"}, "b": {}}]}', "edit 1, a: the figure's article, offsets or text"),
    ('{"format": "newsfigures-edits", "version": 1, "edits": [{"op": "rename", "metric": "x", "name": ""}]}',
     "edit 1: the new name is empty"),
    ('{"format": "newsfigures-edits", "version": 1, "edits": [{"op": "merge", "metric": "x", "into": "y", '
     '"into_label": ["y"]}]}', "edit 1: “into_label” must be text"),
    ('{"format": "newsfigures-edits", "version": 1, "edits": [{"op": "rename", "metric": "x", "name": "y", '
     f'"metric_label": "{"z" * 301}"}}]}}', "edit 1: the shown name of the metric to rename is longer than 300"),
])
def test_edits_io_broken_file_says_what_is_wrong(data, message):
    with pytest.raises(EditError, match=message.replace("(", r"\(")):
        from_json(data)


@pytest.mark.parametrize("code, message", [
    ("%%%not-base64", "cannot be read"),
    (base64.urlsafe_b64encode(b"plain, not compressed").decode(), "cannot be read"),
    (to_url(EDITS)[:-12], "cannot be read"),
    (base64.urlsafe_b64encode(zlib.compress(b"[1, 2]")).decode(), "not a newsfigures edits file"),
    (base64.urlsafe_b64encode(zlib.compress(b" " * 3_000_000)).decode(), "too large"),
])
def test_edits_io_broken_link_says_what_is_wrong(code, message):
    with pytest.raises(EditError, match=message):
        from_url(code)
