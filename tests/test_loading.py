import json

import pytest

from newsfigures.loading import Corpus, load_path

from conftest import DATA


def test_loading_bundled_corpus_with_sidecars():
    arts, ledger = load_path(DATA)
    assert [a.id for a in arts] == ["000_1ebc33ac245bce1b", "003_113ec146f7468fd0"]
    a, b = arts
    assert (a.outlet, a.published, a.origin("outlet")) == ("PAP", "2025-09-02T12:30", "sidecar")
    assert (b.outlet, b.published_date) == ("", "2025-09-02")
    assert [e.status for e in ledger] == ["ingested", "ingested"]


def test_loading_txt_without_sidecar_takes_metadata_from_text(tmp_path):
    src = (DATA / "000_1ebc33ac245bce1b.txt").read_bytes()
    (tmp_path / "plain.txt").write_bytes(src)
    (arts, _) = load_path(tmp_path)
    a = arts[0]
    assert (a.outlet, a.published, a.origin("outlet"), a.origin("published")) == ("PAP", "2025-09-02T12:30", "text", "text")
    assert a.title.startswith("South Korea says 2,000")


def test_loading_jsonl_json_csv_and_every_item_accounted(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "x1", "title": "T", "source": "Reuters", "published": "December 29, 2004", "text": "About 5 people died."}) + "\n"
        + "{broken\n" + json.dumps({"id": "x2", "text": ""}) + "\n" + json.dumps(["not", "an", "object"]) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([{"id": "y1", "body": "Some 300 homes were destroyed."}]), encoding="utf-8")
    (tmp_path / "c.csv").write_text('id,title,outlet,date,text\nz1,Title,AP,2004-12-30,"Nearly 60,000 dead."\nz2,ragged\n', encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (tmp_path / "e.txt").write_bytes(b"caf\xe9 latin-1 text")
    (tmp_path / "f.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "g.txt").write_text("", encoding="utf-8")
    arts, ledger = load_path(tmp_path)
    assert sorted(a.id for a in arts) == ["x1", "y1", "z1"]
    x1 = next(a for a in arts if a.id == "x1")
    assert (x1.outlet, x1.published) == ("Reuters", "2004-12-29")
    reasons = sorted(e.reason for e in ledger if e.status == "rejected")
    assert reasons == sorted(["bad_json", "missing_text", "not_an_object", "ragged_row", "binary", "encoding", "unsupported_type", "empty"])
    assert all(e.message for e in ledger)
    assert any("line 2" in e.message for e in ledger if e.reason == "bad_json")


def test_loading_exact_duplicates_ingested_once():
    c = Corpus()
    c.add_text("About 2,000 soldiers died.", "one")
    c.add_text("About 2,000 soldiers died.", "two")
    assert len(c.articles) == 1
    assert [e.status for e in c.ledger] == ["ingested", "duplicate"]


def test_loading_missing_path_is_reported_not_raised(tmp_path):
    arts, ledger = load_path(tmp_path / "nope")
    assert arts == [] and ledger[0].reason == "not_found"
