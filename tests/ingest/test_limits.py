"""Limits that hold under abuse: reading stops at the item cap with a row naming it, rows are read lazily, and the
upload size limit agrees with the server's."""
from __future__ import annotations

import json
import tomllib

import pytest

from newsfigures.ingest import Corpus
from newsfigures.ingest import limits
from newsfigures.ingest.ledger import rejected
from newsfigures.ingest.loading import items_from_bytes

from conftest import ROOT, SEED_A


def _csv(rows: int) -> bytes:
    return ("title,text\n" + "".join(f"Report {i},About {i + 10} homes were destroyed in flood number {i}.\n"
                                     for i in range(rows))).encode("utf-8")


def _jsonl(rows: int) -> bytes:
    return "".join(json.dumps({"text": f"About {i + 10} homes were destroyed in flood number {i}."}) + "\n"
                   for i in range(rows)).encode("utf-8")


def test_limits_defaults_and_upload_size_match_the_server():
    assert (limits.MAX_UPLOAD_ARTICLES, limits.MAX_SESSION_ARTICLES) == (2_000, 5_000)
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == limits.MAX_UPLOAD_BYTES


@pytest.mark.parametrize("name, data, first_unread", [
    ("big.csv", _csv(500), "big.csv:42"),  # line 1 is the header
    ("big.tsv", _csv(500).replace(b",", b"\t"), "big.tsv:42"),
    ("big.jsonl", _jsonl(500), "big.jsonl:41"),
])
def test_limits_reading_stops_at_the_cap_with_a_row_naming_it(name, data, first_unread):
    c = Corpus(max_items=40, limit="the limit of 40 items per upload (MAX_UPLOAD_ARTICLES)")
    c.add_files([(name, data), ("later.txt", b"About 5 homes burned down.")])
    c.add_text("About 7 homes burned down.", "pasted text 1")
    articles, ledger = c.finish()
    assert len(articles) == 40 and len(ledger) == 43
    over = [e for e in ledger if e.reason == "over_limit"]
    assert [e.item for e in over] == [first_unread, "later.txt", "pasted text 1"]
    assert all(e.status == "rejected" and "the limit of 40 items per upload (MAX_UPLOAD_ARTICLES)" in e.message
               and "after 40 items" in e.message for e in over)


def test_limits_rows_after_the_cap_are_never_read():
    pulled = []

    def counting(items):
        for it in items:
            pulled.append(it)
            yield it
    c = Corpus(max_items=10)
    c.add_items(counting(items_from_bytes("huge.csv", _csv(100_000))))
    assert len(pulled) == 11 and len(c.articles) == 10  # the 11th row found the cap; the other 99,989 were not parsed


def test_limits_a_file_under_the_cap_has_no_limit_row_and_no_cap_means_none():
    c = Corpus(max_items=3)
    c.add_files([("three.csv", _csv(3))])
    assert [e.status for e in c.ledger] == ["ingested"] * 3
    c = Corpus()
    c.add_path(SEED_A)
    c.add_files([("many.jsonl", _jsonl(300))])
    assert len(c.articles) == 301 and not any(e.reason == "over_limit" for e in c.ledger)


def test_limits_csv_line_numbers_and_broken_rows_unchanged_when_read_lazily():
    data = b'title,text\nA,"About 5 homes burned.\nA second line."\nB,"never closed\nC,About 9 homes burned.\n\nD,About 11 homes burned.\n'
    c = Corpus()
    c.add_files([("mixed.csv", data)])
    assert [(e.item, e.status, e.reason) for e in c.ledger] == [
        ("mixed.csv:2", "ingested", ""), ("mixed.csv:4", "rejected", "unterminated_quote"),
        ("mixed.csv:5", "ingested", ""), ("mixed.csv:7", "ingested", "")]


def test_limits_noted_rows_are_kept_even_when_the_cap_is_zero():
    c = Corpus(max_items=0, limit="the limit of 5 articles per visitor")
    c.note([rejected("huge.csv", "too_large", "huge.csv: too large"), rejected("cut.txt", "unreadable", "cut.txt: failed")])
    c.add_files([("a.txt", b"About 5 homes burned down.")])
    assert [(e.item, e.reason) for e in c.ledger] == [("huge.csv", "too_large"), ("cut.txt", "unreadable"),
                                                      ("a.txt", "over_limit")]
    assert "the limit of 5 articles per visitor" in c.ledger[-1].message
