"""The Reuters-21578 items of Debian's weka package written out as article files (newsfigures/eval/reuters.py) and
read by the project's loader."""
from __future__ import annotations

import json

import pytest

from newsfigures.eval import reuters
from newsfigures.eval.gold import document_file, read_document
from newsfigures.ingest import load_path

needs_weka = pytest.mark.skipif(bool(reuters.unavailable()), reason=reuters.unavailable() or "available")


@pytest.mark.parametrize("index, stem, name", [(0, "train", "reuters/train_0000.txt"),
                                               (1126, "train", "reuters/train_1126.txt"),
                                               (48, "test", "reuters/test_0048.txt")])
def test_reuters_item_names_are_gold_document_paths(index, stem, name):
    assert reuters.item_name(index, stem) == name and reuters.is_reuters(name)
    assert not reuters.is_reuters("lee/bg_205.txt")


def test_reuters_a_name_of_no_file_says_which_names_exist():
    with pytest.raises(ValueError, match="reuters/train_NNNN.txt, reuters/test_NNNN.txt"):
        reuters.document_path("reuters/dev_0001.txt")


@pytest.mark.parametrize("text, title, body_start", [
    # the title runs into the body's first sentence
    ("CHAMPION PRODUCTS <CH> APPROVES STOCK SPLIT Champion Products Inc said its", "CHAMPION PRODUCTS <CH> APPROVES "
     "STOCK SPLIT", "Champion Products"),
    # the body opens on a company's tag
    ("GORDEX MINERALS LOCATES GOLD DEPOSITS <Gordex Mineral Ltd>\nsaid geologists", "GORDEX MINERALS LOCATES GOLD "
     "DEPOSITS", "<Gordex"),
    # the body's first word has no small letter ("U.S.")
    ("U.S. BRASS MILL COPPER STOCKS LOWER IN JANUARY U.S. brass mill stocks", "U.S. BRASS MILL COPPER STOCKS LOWER "
     "IN JANUARY", "U.S. brass"),
    # the title is a line of its own, then a repeat notice and a dateline
    (" \nUSDA LIFTS CROSS-COMPLIANCE FOR 1987 CROP OATS\n    REPEAT FROM LATE FRIDAY\n    WASHINGTON, Feb 27 - The",
     "USDA LIFTS CROSS-COMPLIANCE FOR 1987 CROP OATS", "REPEAT FROM"),
    # the body opens on the article "A", which has no small letter (train_1185)
    ("U.S. TREASURY SAYS NO COMMENT ON YEN VALUE A Treasury Department spokesman refused", "U.S. TREASURY SAYS NO "
     "COMMENT ON YEN VALUE", "A Treasury"),
    # the body opens on a company tag whose first word is in capitals
    ("SYDNEY DEVELOPMENT SETS PRODUCTS <SDC Sydney Development Corp> said it", "SYDNEY DEVELOPMENT SETS PRODUCTS",
     "<SDC Sydney"),
    # a headline-only item has no body to split off
    ("U.S. COMMERCIAL PAPER FALLS 375 MLN DLRS IN FEB 18 WEEK, FED SAYS\n ", "", "U.S. COMMERCIAL"),
])
def test_reuters_split_title_finds_where_the_body_starts(text, title, body_start):
    got_title, body = reuters.split_title(text)
    assert got_title == title and body.startswith(body_start)


def test_reuters_unescape_undoes_arff_and_sgml_escapes():
    # "&#3;" is the collection's end-of-text mark: it unescapes to nothing
    assert reuters._unescape(r"Shr 85 cts\nNet &lt;HYPX> Bank\'s 5 pct&#3;") == "Shr 85 cts\nNet <HYPX> Bank's 5 pct"


def test_reuters_without_weka_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setattr(reuters, "PLACES", (tmp_path,))
    monkeypatch.setattr(reuters, "OUT_DIR", tmp_path / "absent")
    assert "scripts/fetch_reuters.sh" in reuters.unavailable()
    with pytest.raises(reuters.ReutersUnavailable, match="fetch_reuters.sh"):
        reuters.source_file("train")


@needs_weka
def test_reuters_items_are_dateless_reuters_articles_with_their_title():
    path = document_file("reuters/train_0010.txt")
    assert path.parent == reuters.OUT_DIR and path.is_file()
    sidecar = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert sidecar["publication_date"] is None and sidecar["outlet"] == "Reuters"
    text = read_document("reuters/train_0010.txt")
    assert text.startswith(sidecar["title"] + "\n\n") and "&lt;" not in text and "\x03" not in text
    articles, ledger = load_path(path)
    assert len(articles) == 1 and [e.status for e in ledger] == ["ingested"]
    assert articles[0].outlet == "Reuters" and articles[0].published == ""
    assert len(reuters.source_items("train")) == 1554 and len(reuters.source_items("test")) == 604


def test_reuters_without_weka_the_gold_scores_every_other_batch_and_says_why(tmp_path, monkeypatch):
    from newsfigures.eval.measure_gold import REUTERS_BATCH, load_measure_gold

    monkeypatch.setattr(reuters, "PLACES", (tmp_path,))
    monkeypatch.setattr(reuters, "OUT_DIR", tmp_path / "absent")
    gold = load_measure_gold()
    assert any(why.startswith("the Reuters batch is left out: ") for why in gold.left_out)
    assert gold.docs("all", batches=(REUTERS_BATCH,)) == []
    assert not any(reuters.is_reuters(g["doc"]) for g in gold.figures)
    assert gold.docs("dev", batches=("wikinews",))  # nothing else is lost


@needs_weka
def test_reuters_the_draw_script_reproduces_the_committed_batch():
    from conftest import script_module
    from newsfigures.eval.measure_gold import SPLIT_FILE

    drawn = script_module("draw_reuters_batch").draw()
    committed = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["batches"]["reuters"]
    # thread keys were renamed from their titles after the draw; the units' documents and the split are the draw's
    assert sorted(drawn["units"].values()) == sorted(committed["units"].values())
    assert (drawn["dev"], drawn["test"], drawn["seed"]) == (committed["dev"], committed["test"], committed["seed"])
