"""The Lee corpus items written out as article files (newsfigures/eval/lee.py) and read by the project's loader."""
from __future__ import annotations

import importlib.util
import json

import pytest

from newsfigures.eval import lee
from newsfigures.eval.gold import document_file, read_document
from newsfigures.ingest import load_path

needs_gensim = pytest.mark.skipif(importlib.util.find_spec("gensim") is None,
                                  reason="the Lee corpus comes with gensim (requirements-dev.txt)")


@pytest.mark.parametrize("line, stem, name", [(0, "bg", "lee/bg_000.txt"), (205, "bg", "lee/bg_205.txt"),
                                             (40, "cor", "lee/cor_040.txt")])
def test_lee_item_names_are_gold_document_paths(line, stem, name):
    assert lee.item_name(line, stem) == name and lee.is_lee(name)
    assert not lee.is_lee("corpora/wikinews-2004/wn2004_025.txt")


def test_lee_a_name_of_no_corpus_file_says_which_names_exist():
    with pytest.raises(ValueError, match="lee/bg_NNN.txt, lee/cor_NNN.txt"):
        lee.document_path("lee/xx_001.txt")


@needs_gensim
def test_lee_cor_items_are_read_as_latin_1():
    # lee.cor is Latin-1: byte A3 is the pound sign of "£3,000", which UTF-8 cannot decode
    text = read_document("lee/cor_040.txt")
    assert document_file("lee/cor_040.txt").parent == lee.COR_DIR
    assert "£3,000" in text and text.strip() == lee.source_lines("cor")[40].strip()
    assert len(list(lee.COR_DIR.glob("cor_*.txt"))) == 50


@needs_gensim
def test_lee_items_are_articles_of_the_abc_without_a_date():
    path = document_file("lee/bg_205.txt")
    assert path.parent == lee.LEE_DIR and path.is_file()
    source_lines = lee.source_file().read_text(encoding="utf-8").split("\n")
    assert read_document("lee/bg_205.txt").strip() == source_lines[205].strip()
    assert json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["publication_date"] is None
    articles, ledger = load_path(path)
    assert len(articles) == 1 and [e.status for e in ledger] == ["ingested"]
    art = articles[0]
    assert art.outlet == lee.OUTLET and art.published == "" and "$3.1 billion" in art.text


def test_lee_without_gensim_says_how_to_get_it(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(lee.LeeUnavailable, match="requirements-dev.txt"):
        lee.source_file()


@needs_gensim
def test_lee_items_appear_whole_and_once(tmp_path, monkeypatch):
    target = tmp_path / "lee"
    monkeypatch.setattr(lee, "LEE_DIR", target)
    assert lee.materialize() == target and len(list(target.glob("bg_*.txt"))) == 300
    assert [p.name for p in tmp_path.iterdir()] == ["lee"]  # the scratch folder became the target
    (target / "bg_205.txt").write_text("kept\n", encoding="utf-8")
    assert lee.materialize() == target and (target / "bg_205.txt").read_text(encoding="utf-8") == "kept\n"


def test_lee_without_gensim_the_gold_scores_every_other_batch_and_says_why(tmp_path, monkeypatch):
    from newsfigures.eval.measure_gold import LEE_BATCHES, load_measure_gold

    monkeypatch.setattr(lee, "LEE_DIR", tmp_path / "absent")
    monkeypatch.setattr(lee, "COR_DIR", tmp_path / "absent-cor")
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    gold = load_measure_gold()
    assert gold.left_out == ("the Lee batches are left out: the Lee corpus comes with gensim's test data: "
                             "pip install -r requirements-dev.txt",)
    assert gold.docs("dev", batches=LEE_BATCHES) == [] and not any(lee.is_lee(g["doc"]) for g in gold.figures)
    assert gold.docs("dev", batches=("wikinews",))  # nothing else is lost
