"""Scores on the measure gold (newsfigures/eval/measure_scores.py) on a small hand-made run, and the script's
refusal to list test-split items."""
from __future__ import annotations

import subprocess
import sys

import pytest

from newsfigures.eval.gold import ROOT
from newsfigures.eval.matching import DocRun, Pred
from newsfigures.eval.measure_scores import score_measures
from newsfigures.model import Measure

TEXT = "About 300 people died in Gaza and 20 were hurt, the ministry said."
DEATHS = {"quantity": "deaths", "subject": "", "event": "killed", "place": "Gaza", "scope": "total",
          "dimension": "count"}
GOLD = [
    {"doc": "d", "surface": "About 300", "context": "About 300 people died", "occurrence": 0, "value": 300,
     "qualifier": "approx", "unit": "", "counted": ["people"], "as_of": "2025-01-02", "said_by": "the ministry",
     "metric": "s.deaths", "measure": DEATHS},
    {"doc": "d", "surface": "20", "context": "and 20 were hurt", "occurrence": 0, "value": 20, "qualifier": "exact",
     "unit": "", "as_of": "2025-01-02", "said_by": "the ministry", "metric": "s.injured",
     "measure": DEATHS | {"quantity": "injured", "event": "injured"}},
]


def _pred(start: int, end: int, value: float, measure: Measure = Measure(), **kw) -> Pred:
    base = {"qualifier": "exact", "counted": "people", "as_of": "2025-01-02", "said_by": "Ministry"}
    return Pred(start, end, value, TEXT[start:end], measure=measure, **(base | kw))


def test_measure_scores_fields_on_matched_figures():
    read = Measure("deaths", "", "killed", "Gaza", "total", "count")
    preds = [_pred(0, 9, 300.0, read, qualifier="approx"), _pred(34, 36, 20.0, read), _pred(60, 63, 1.0)]
    r = score_measures([DocRun("d", TEXT, preds)], GOLD)
    assert (r["n_gold"], r["n_pred"], r["n_matched"]) == (2, 3, 2)
    assert r["detection"] == pytest.approx({"precision": 2 / 3, "recall": 1.0, "f1": 0.8})
    acc = r["accuracy"]
    assert acc["quantity"] == acc["event"] == 0.5  # the injured figure was read as deaths
    assert acc["subject"] == acc["place"] == acc["scope"] == acc["dimension"] == acc["said_by"] == 1.0
    assert acc["qualifier"] == 1.0 and acc["as_of"] == 1.0
    assert (r["scored"]["counted"], acc["counted"]) == (1, 1.0)  # only gold with a counted list
    assert [g["surface"] for g, _ in r["wrong"]["quantity"]] == ["20"]


def test_measure_scores_empty_measure_scores_zero_not_crash():
    r = score_measures([DocRun("d", TEXT, [_pred(0, 9, 300.0), _pred(34, 36, 20.0)])], GOLD)
    assert r["n_matched"] == 2
    assert all(r["accuracy"][f] == 0.0 for f in DEATHS)
    assert r["accuracy"]["said_by"] == 1.0


def test_measure_scores_nothing_matched():
    r = score_measures([DocRun("d", "", [])], GOLD)
    assert r["gold_not_in_text"] == 2 and r["detection"]["f1"] == 0.0
    assert set(r["scored"].values()) == {0} and set(r["accuracy"].values()) == {0.0}


@pytest.mark.parametrize("split", ["test", "all"])
def test_measure_scores_script_refuses_errors_on_test_documents(split):
    cmd = [sys.executable, str(ROOT / "scripts" / "evaluate.py"), "--split", split, "--errors", "newsfigures"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert "aggregate only" in done.stderr and "--split dev" in done.stderr


def test_measure_scores_script_lists_only_the_fields_asked(capsys):
    """`--field said_by` lists the wrong said_by values of the dev run and nothing else (no misses, no other
    field), so one field's failures can be read and classified."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("evaluate_script", ROOT / "scripts" / "evaluate.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    pred = Pred(0, 9, 300.0, "About 300", None, None, "approx", "", "people", "die", "2025-01-02", "police", "",
                Measure("deaths", "Hamas", "killed", "Gaza", "total", "count"))
    res = score_measures([DocRun("d", TEXT, [pred])], GOLD)
    script._print_split_errors("newsfigures", res, None, ["said_by"])
    out = capsys.readouterr().out
    assert "== wrong said_by of newsfigures (1)" in out and "got='police'" in out
    assert "== misses" not in out and "== wrong subject" not in out


def test_measure_scores_error_kinds_say_why_a_field_is_wrong():
    """A subject given where the gold has none is "extra", a place left empty is "missing", a wrong quantity is
    "different", and a figure with no measure read is "unread" in every field."""
    read = Measure("deaths", "Hamas", "killed", "", "total", "count")
    preds = [_pred(0, 9, 300.0, read, said_by=""), _pred(34, 36, 20.0)]
    kinds = score_measures([DocRun("d", TEXT, preds)], GOLD)["error_kinds"]
    assert kinds["subject"] == {"unread": 1, "missing": 0, "extra": 1, "different": 0}
    assert kinds["place"] == {"unread": 1, "missing": 1, "extra": 0, "different": 0}
    assert kinds["quantity"] == {"unread": 1, "missing": 0, "extra": 0, "different": 0}
    assert kinds["said_by"] == {"unread": 0, "missing": 1, "extra": 0, "different": 0}


def test_measure_scores_script_prints_error_kinds_in_aggregate():
    """`--kinds` adds one row of counts per field to the table; it names no figure, so it runs on test."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("evaluate_script", ROOT / "scripts" / "evaluate.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    res = score_measures([DocRun("d", TEXT, [_pred(0, 9, 300.0)])], GOLD)
    out = script.split_table({"newsfigures": {"test": res | {"system": "newsfigures"}}}, kinds=True)
    assert "subject wrong: unread/missing/extra/different" in out and "1/0/0/0" in out
    assert "subject wrong" not in script.split_table({"newsfigures": {"test": res}})


def test_measure_scores_each_lee_batch_is_a_subset_of_its_own(tmp_path):
    """A later Lee batch is drawn and split on its own, so its documents are reported apart ("dev-lee2"), never
    folded into the first batch's columns, whose floors were set on the first batch alone."""
    import json

    from newsfigures.eval.measure_gold import load_measure_gold
    from newsfigures.eval.measure_scores import subsets

    folder = tmp_path / "measures"
    folder.mkdir()
    (tmp_path / "figures.jsonl").write_text("", encoding="utf-8")
    (folder / "existing.jsonl").write_text("", encoding="utf-8")
    for batch, doc in (("lee", "lee/bg_001.txt"), ("lee2", "lee/bg_002.txt")):
        record = {"doc": doc, "domain": "sport", "thread": "", "annotator": "a", "checked_by": "b"}
        (folder / f"{batch}_x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    split = {"dev": [], "test": [], "batches": {"lee": {"dev": ["lee/bg_001.txt"], "test": []},
                                               "lee2": {"dev": ["lee/bg_002.txt"], "test": []}}}
    (tmp_path / "split.json").write_text(json.dumps(split), encoding="utf-8")
    gold = load_measure_gold(folder, tmp_path / "figures.jsonl", tmp_path / "split.json")
    assert subsets(gold, "dev") == {"dev": [], "dev-new": [], "dev-lee": ["lee/bg_001.txt"],
                                    "dev-lee2": ["lee/bg_002.txt"]}
    assert subsets(gold, "test") == {"test": [], "test-new": []}
    assert (gold.batch_of("lee/bg_002.txt"), gold.batch_of("lee/bg_003.txt")) == ("lee2", "")
