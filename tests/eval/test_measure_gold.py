"""Loading the measure gold (newsfigures/eval/measure_gold.py): the join onto figures.jsonl, the new batches, the
split. Failure messages name dev documents only: test documents are checked in aggregate."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from newsfigures.eval.gold import SHARED, load_gold, locate_gold, read_document
from newsfigures.eval.measure_gold import (FIRST_BATCHES, LEE_BATCH, MEASURE_FIELDS, SPLIT_FILE, batch_unreadable,
                                          load_measure_gold, plausible_range)

from conftest import shared_or_skip

GOLD = load_measure_gold()
DEV = GOLD.split["dev"]
needs_corpus = pytest.mark.skipif(not SHARED.exists(), reason=f"corpus directory {SHARED} not present")


def _dev_only(bad: list[dict]) -> tuple[int, list[str]]:
    """How many records failed, and the dev ones (doc: surface) to show."""
    return len(bad), [f"{g['doc']}: {g['surface']!r}" for g in bad if g["doc"] in DEV]


def test_measure_gold_first_batches_have_147_documents_split_once():
    docs = [d["doc"] for d in GOLD.documents if d["batch"] in FIRST_BATCHES]
    assert len(docs) == len(set(docs)) == 147
    first = [d for d in GOLD.documents if d["batch"] in FIRST_BATCHES]
    assert sum(not d["new"] for d in first) == 84 and sum(d["new"] for d in first) == 63
    assert not GOLD.split["dev"] & GOLD.split["test"]
    assert set(docs) <= GOLD.split["dev"] | GOLD.split["test"]
    assert GOLD.docs("all", batches=FIRST_BATCHES) == docs
    assert len(GOLD.docs("dev", batches=FIRST_BATCHES)) + len(GOLD.docs("test", batches=FIRST_BATCHES)) == 147
    new = {d["doc"] for d in first if d["new"]}
    assert set(GOLD.docs("test", batches=("wikinews",))) == new & GOLD.split["test"]
    with pytest.raises(ValueError):
        GOLD.docs("train")


@pytest.mark.parametrize("batch,dev_docs,test_docs", [(LEE_BATCH, 40, 26), ("lee2", 19, 12), ("reuters", 24, 16)])
def test_measure_gold_later_batch_is_split_by_whole_units_before_annotation(batch, dev_docs, test_docs):
    if batch_unreadable(batch):
        pytest.skip(f"the {batch} batch's texts are missing: {batch_unreadable(batch)}")
    drawn = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["batches"][batch]
    dev, test = set(drawn["dev"]), set(drawn["test"])
    assert len(dev) == dev_docs and len(test) == test_docs and not dev & test
    assert dev | test == {d for docs in drawn["units"].values() for d in docs}
    assert all(set(docs) <= dev or set(docs) <= test for docs in drawn["units"].values())
    assert dev <= GOLD.split["dev"] and test <= GOLD.split["test"]
    annotated = {d["doc"] for d in GOLD.documents if d["batch"] == batch}
    assert annotated == dev | test


def test_measure_gold_threads_lie_in_one_split():
    for name, docs in GOLD.threads("all").items():
        assert set(docs) <= DEV or not set(docs) & DEV, name


def test_measure_gold_joins_every_old_figure_once():
    old = [g for g in GOLD.figures if not g["new"]]
    assert len(old) == len(load_gold()) == 259
    assert Counter(g["doc"] for g in old) == Counter(g["doc"] for g in load_gold())
    assert all(g["counted"] and isinstance(g["event"], list) for g in old)  # figures.jsonl fields are kept


def test_measure_gold_every_figure_has_its_measure():
    needed = ("quantity", "event", "scope", "dimension")  # never empty; subject and place may be ("" = story-wide)
    bad = [g for g in GOLD.figures if set(g["measure"]) != set(MEASURE_FIELDS) or not all(g["measure"][k] for k in needed)]
    assert _dev_only(bad)[0] == 0, _dev_only(bad)


def test_measure_gold_new_figures_are_anchored_on_their_surface():
    new = [g for g in GOLD.figures if g["new"]]
    assert len(new) == len(GOLD.figures) - 259 > 0
    bad = [g for g in new if g["context_offset"] < 0 or not g["metric"] or g["thread"] != GOLD.thread_of(g["doc"])]
    assert _dev_only(bad)[0] == 0, _dev_only(bad)


def test_measure_gold_vague_ranges_come_from_the_gold_table():
    assert plausible_range("dozens") == [24, 199]
    assert plausible_range("several hundred") == [300, 999]
    assert plausible_range("tens of thousands of") == [20000, 199999]
    assert plausible_range("about 40") is None


@needs_corpus
def test_measure_gold_anchors_are_unique_and_located_in_their_files():
    new = [g for g in GOLD.figures if g["new"]]
    bad = [g for g in new if read_document(g["doc"]).count(g["context"]) != 1]
    assert _dev_only(bad)[0] == 0, _dev_only(bad)
    lost = [g for g in GOLD.figures if locate_gold(g, read_document(g["doc"])) is None]
    assert _dev_only(lost)[0] == 0, _dev_only(lost)


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _tiny_gold(tmp_path, measure_records):
    tmp_path.mkdir(exist_ok=True)
    old = {"doc": "d.txt", "surface": "300", "context": "About 300 died", "occurrence": 0, "value": 300,
           "low": None, "high": None, "qualifier": "approx", "unit": "", "counted": ["people"], "event": ["die"],
           "place": "", "metric": "s.deaths", "as_of": "", "said_by": "officials"}
    _write(tmp_path / "figures.jsonl", [old])
    folder = tmp_path / "measures"
    folder.mkdir()
    doc = {"doc": "d.txt", "domain": "disasters", "thread": "s", "annotator": "a", "checked_by": "b"}
    _write(folder / "existing.jsonl", [doc] + measure_records)
    new = [{"doc": "e.txt", "domain": "business", "thread": "", "annotator": "a", "checked_by": "b"},
           {"doc": "e.txt", "surface": "dozens", "at": "dozens of stores closed", "value": 36, "qualifier": "vague",
            "unit": "", "quantity": "store", "subject": "", "event": "other:close", "place": "", "scope": "total",
            "dimension": "count", "said_by": "", "as_of": "", "metric": "e.stores.closed", "note": ""},
           {"doc": "e.txt", "surface": "2005", "at": "in 2005", "negative": "year"}]
    _write(folder / "wikinews_x.jsonl", new)
    (tmp_path / "split.json").write_text(json.dumps({"dev": ["d.txt"], "test": ["e.txt"]}), encoding="utf-8")
    return load_measure_gold(folder, tmp_path / "figures.jsonl", tmp_path / "split.json")


def _measure_record(**extra):
    return {"doc": "d.txt", "surface": "300", "context": "About 300 died", "occurrence": 0, "quantity": "deaths",
            "subject": "", "event": "killed", "place": "", "scope": "total", "dimension": "count",
            "said_by": "the ministry", "note": ""} | extra


def test_measure_gold_join_takes_measure_and_said_by(tmp_path):
    gold = _tiny_gold(tmp_path, [_measure_record()])
    old, new = gold.figures
    assert old["measure"]["quantity"] == "deaths" and old["said_by"] == "the ministry" and old["counted"] == ["people"]
    assert (old["new"], old["thread"]) == (False, "s")
    assert new["context"] == "dozens of stores closed" and new["context_offset"] == 0
    assert new["plausible"] == [24, 199] and new["new"] and new["low"] is None
    assert [n["surface"] for n in gold.negatives] == ["2005"]
    assert gold.docs("test", new_only=True) == ["e.txt"] and gold.docs("dev", new_only=True) == []


def test_measure_gold_join_refuses_missing_or_extra_records(tmp_path):
    with pytest.raises(ValueError, match="no record"):
        _tiny_gold(tmp_path / "missing", [])
    with pytest.raises(ValueError, match="match no figure"):
        _tiny_gold(tmp_path / "extra", [_measure_record(), _measure_record(occurrence=1)])


def test_measure_gold_no_story_crosses_the_lee_batches():
    """The second Lee batch holds no story of the first, so neither batch's dev documents carry a story whose
    other reports are held out in the other."""
    batches = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["batches"]
    first, second = (set(batches[b]["units"]) for b in (LEE_BATCH, "lee2"))
    firsts = {d for docs in batches[LEE_BATCH]["units"].values() for d in docs}
    assert not first & second
    assert not firsts & {d for docs in batches["lee2"]["units"].values() for d in docs}


def test_measure_gold_dev_threads_refuse_a_test_thread():
    gold = load_measure_gold()
    assert gold.dev_threads(["gaza_war"]) == {"gaza_war": gold.threads("dev")["gaza_war"]}
    assert gold.dev_threads([]) == gold.threads("dev")
    with pytest.raises(ValueError, match="not dev threads: nk_troops_russia, nowhere"):
        gold.dev_threads(["gaza_war", "nk_troops_russia", "nowhere"])


def test_measure_gold_load_dev_threads_says_when_the_corpora_are_missing(monkeypatch, tmp_path):
    from newsfigures.eval import measure_gold
    monkeypatch.setattr(measure_gold, "SHARED", tmp_path / "absent")
    with pytest.raises(FileNotFoundError, match="corpus directory .*absent not found"):
        measure_gold.load_dev_threads([])


def test_measure_gold_dev_threads_from_argv_refuses_a_test_thread(capsys):
    shared_or_skip("corpora")
    from newsfigures.eval.measure_gold import dev_threads_from_argv
    assert dev_threads_from_argv(["nk_troops_russia"], "a dev script", "every dev thread") is None
    assert "error: not dev threads: nk_troops_russia" in capsys.readouterr().err
    gold, dev = dev_threads_from_argv(["valech_report"], "a dev script", "every dev thread")
    assert list(dev) == ["valech_report"] and gold.thread_of(dev["valech_report"][0]) == "valech_report"
