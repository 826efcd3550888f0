"""Corpus items written out as article files (newsfigures/eval/item_files.py)."""
from __future__ import annotations

import pytest

from newsfigures.eval.item_files import stem_of, write_whole


@pytest.mark.parametrize("doc, stem", [("lee/bg_205.txt", "bg"), ("lee/cor_040.txt", "cor")])
def test_item_files_stem_of_a_gold_document(doc, stem):
    assert stem_of(doc, "lee/", ("bg", "cor"), "_NNN.txt", "Lee corpus") == stem


@pytest.mark.parametrize("doc", ["reuters/dev_0001.txt", "reuters/train_12.txt", "reuters/train_0012.json"])
def test_item_files_stem_of_an_unknown_name_says_which_names_exist(doc):
    with pytest.raises(ValueError, match=r"names no Reuters file \(expected reuters/train_NNNN.txt, "
                                         r"reuters/test_NNNN.txt\)"):
        stem_of(doc, "reuters/", ("train", "test"), "_NNNN.txt", "Reuters")


def test_item_files_write_whole_writes_once_and_renames_into_place(tmp_path):
    target = tmp_path / "items"
    calls = []

    def write(folder):
        calls.append(folder)
        (folder / "a.txt").write_text("one\n", encoding="utf-8")

    assert write_whole(target, write) == target and (target / "a.txt").read_text(encoding="utf-8") == "one\n"
    assert calls[0] != target and [p.name for p in tmp_path.iterdir()] == ["items"]  # no scratch folder left
    assert write_whole(target, write) == target and len(calls) == 1  # a written folder is never written again


def test_item_files_write_whole_loser_of_a_race_drops_its_copy(tmp_path):
    target = tmp_path / "items"

    def write(folder):
        target.mkdir()  # another process finishes first, while this one writes its scratch copy
        (target / "theirs.txt").write_text("theirs\n", encoding="utf-8")
        (folder / "mine.txt").write_text("mine\n", encoding="utf-8")

    assert write_whole(target, write) == target
    assert [p.name for p in target.iterdir()] == ["theirs.txt"] and [p.name for p in tmp_path.iterdir()] == ["items"]
