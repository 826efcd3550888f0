"""The workspace file: the seeds plus an upload and a fetched page saved and opened again; broken files and records."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from newsfigures.ingest import Corpus, load_path
from newsfigures.ingest import workspace as ws

from conftest import DATA

B = "003_113ec146f7468fd0"
LINK = "https://www.pap.pl/en/news/nk-troops"


@pytest.fixture(scope="module")
def mine():
    """The seeds, a pasted upload and a page as fetched (an article whose source is its link)."""
    seeds, _ = load_path(DATA)
    c = Corpus()
    c.add_text("SEOUL, 15 October 2025 (Yonhap) — About 300 homes were destroyed in the flood on Monday.", "pasted text 1")
    c.add_text("Kim Jong-un arrived in Beijing with about 50 officials, state media said.", "page")
    upload, page = c.articles
    fetched = replace(page, id="pap.pl-en-news-nk-troops", source_file=LINK, url=LINK, outlet="PAP")
    return [*seeds, upload, fetched]


def doc_of(data: bytes) -> dict:
    return json.loads(data.decode("utf-8"))


def test_workspace_round_trip_keeps_texts_metadata_and_corrections(mine):
    fixes = {B: {"outlet": "Yonhap", "published": "2025-09-03"}}
    data = ws.dumps(mine, fixes)
    doc = doc_of(data)
    assert (doc["format"], doc["version"]) == ("newsfigures-workspace", 1)
    assert ws.dumps(mine, fixes) == data  # the same work, the same bytes: a rerun keeps serving a started download
    assert [len(doc["parts"]["uploads"]), len(doc["parts"]["fetched"])] == [3, 1]
    assert "figures" not in json.dumps(doc["parts"]["uploads"][0])
    back = ws.loads(data)
    assert back.articles == tuple(mine[:3]) + (mine[3],)  # uploads first, then fetched (as here)
    assert back.corrections == fixes and not back.notes and not back.other_parts
    assert [e.status for e in back.ledger] == ["ingested"] * 4
    assert back.ledger[3].item == "workspace.json › fetched[0]"


def test_workspace_keeps_parts_it_does_not_read_aside(mine):
    data = ws.dumps(mine[:1], {}, other_parts={"pair_corrections": {"unlink": [["a", "b"]]}})
    back = ws.loads(data, "mine.json")
    assert back.other_parts == {"pair_corrections": {"unlink": [["a", "b"]]}}
    assert back.notes == ("mine.json: part 'pair_corrections' is not read by this version of newsfigures; it was left aside",)
    assert len(back.articles) == 1


@pytest.mark.parametrize("data,words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
    (b'{"format": "newsfigures-workspace", "version": 1, "parts": {"uploads": [{"id": "a", "te', "invalid JSON at line 1"),
    (b'{"articles": []}', "not a newsfigures workspace"),
    (b'[1, 2]', "not a newsfigures workspace"),
    (b'{"format": "newsfigures-workspace", "version": "one", "parts": {}}', "no readable version"),
    (b'{"format": "newsfigures-workspace", "version": 7, "parts": {}}', "newer newsfigures (workspace version 7)"),
    (b'{"format": "newsfigures-workspace", "version": 1}', "no parts"),
    (b"[" * 100_000, "nested too deeply"),
])
def test_workspace_file_that_is_no_workspace_is_refused_with_the_reason(data, words):
    with pytest.raises(ws.WorkspaceError) as e:
        ws.loads(data, "w.json")
    assert str(e.value).startswith("w.json: ") and words in str(e.value)


@pytest.mark.parametrize("change,words", [
    ({"text": 12}, "text is not text"), ({"text": "  "}, "text is empty"), ({"id": ""}, "id is empty"),
    ({"id": "x" * 201}, "id is over 200 characters"), ({"published": "tomorrow"}, "not an ISO date"),
    ({"provenance": {"outlet": "magic"}}, "provenance must map"), ({"removed": "all"}, "removed is not a list"),
    ({"title": ["a"]}, "title is not text"),
])
def test_workspace_tampered_record_is_rejected_and_costs_nothing_else(mine, change, words):
    doc = doc_of(ws.dumps(mine, {B: {"outlet": "Yonhap"}}))
    doc["parts"]["uploads"][1].update(change)
    back = ws.loads(json.dumps(doc).encode("utf-8"))
    assert [a.id for a in back.articles] == [mine[0].id, mine[2].id, mine[3].id]
    bad = back.ledger[1]
    assert (bad.item, bad.status, bad.reason) == ("workspace.json › uploads[1]", "rejected", "bad_workspace")
    assert words in bad.message
    assert back.corrections == {B: {"outlet": "Yonhap"}}


def test_workspace_content_hash_is_computed_again_not_trusted(mine):
    doc = doc_of(ws.dumps(mine[:1], {}))
    doc["parts"]["uploads"][0]["content_hash"] = "0" * 64
    doc["parts"]["uploads"][0]["text"] += " Edited."
    (a,) = ws.loads(json.dumps(doc).encode("utf-8")).articles
    assert a.content_hash != "0" * 64 and a.content_hash != mine[0].content_hash and a.text.endswith("Edited.")


def test_workspace_bad_corrections_are_left_out_with_a_note(mine):
    doc = doc_of(ws.dumps(mine[:2], {}))
    doc["parts"]["corrections"] = {B: {"outlet": "Yonhap", "published": "sometime"}, "x": "PAP", "y": {"colour": "red"},
                                   "z": {"title": 5}}
    back = ws.loads(json.dumps(doc).encode("utf-8"))
    assert back.corrections == {B: {"outlet": "Yonhap"}}
    assert len(back.notes) == 4 and any("'sometime' is not a date" in n for n in back.notes)
    assert len(back.articles) == 2


def test_workspace_same_text_twice_is_restored_once(mine):
    doc = doc_of(ws.dumps(mine[:1], {}))
    doc["parts"]["fetched"] = [dict(doc["parts"]["uploads"][0], id="copy")]
    back = ws.loads(json.dumps(doc).encode("utf-8"))
    assert len(back.articles) == 1
    assert (back.ledger[1].status, back.ledger[1].article_id) == ("duplicate", mine[0].id)


def test_workspace_part_that_is_not_a_list_gets_a_row():
    data = json.dumps({"format": "newsfigures-workspace", "version": 1, "parts": {"uploads": {"a": 1}}}).encode()
    back = ws.loads(data)
    assert not back.articles and back.ledger[0].reason == "bad_workspace" and "not a list" in back.ledger[0].message
