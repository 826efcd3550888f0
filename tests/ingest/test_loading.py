import json

import pytest

from newsfigures.ingest import UPLOAD_TYPES, load_path
from newsfigures.ingest.loading import items_from_bytes
from newsfigures.model import LedgerEntry


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
    assert sorted(a.id for a in arts) == ["e", "x1", "y1", "z1"]  # e.txt: Latin-1, decoded with a warning
    x1 = next(a for a in arts if a.id == "x1")
    assert (x1.outlet, x1.published) == ("Reuters", "2004-12-29")
    reasons = sorted(e.reason for e in ledger if e.status == "rejected")
    assert reasons == sorted(["bad_json", "missing_text", "not_an_object", "ragged_row", "binary", "unsupported_type", "empty"])
    assert any("charset-normalizer" in w for e in ledger if e.item == "e.txt" for w in e.warnings)
    assert all(e.message for e in ledger)
    assert any("line 2" in e.message for e in ledger if e.reason == "bad_json")


def test_loading_upload_types_are_the_readable_extensions():
    assert UPLOAD_TYPES == ("csv", "htm", "html", "json", "jsonl", "markdown", "md", "ndjson", "text", "tsv", "txt", "zip")


@pytest.mark.parametrize("name,data,reason", [
    ("x.docx", b"About 5 people died.", "unsupported_type"),
    ("x", b"About 5 people died.", "unsupported_type"),
    ("x.txt", b"  \n\t", "empty"),
    ("x.txt", b"\xef\xbb\xbf", "empty"),
    ("x.csv", b"id,text\n", "no_records"),
])
def test_loading_whole_file_refusals(name, data, reason):
    (row,) = items_from_bytes(name, data)
    assert isinstance(row, LedgerEntry) and (row.item, row.status, row.reason) == (name, "rejected", reason) and row.message


def test_loading_zip_inside_an_archive_is_refused():
    (row,) = items_from_bytes("a.zip/b.zip", b"PK\x03\x04", in_archive=True)
    assert (row.reason, row.status) == ("nested_archive", "rejected")


def test_loading_sidecar_fields_given_as_a_dict():
    (item,) = items_from_bytes("a.txt", b"About 5 people died.", {"outlet": "AP"})
    assert (item.fields, item.origin, item.default_id) == ({"outlet": "AP"}, "sidecar", "a")
