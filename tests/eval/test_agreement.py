"""Agreement of a second annotation with the gold (newsfigures/eval/agreement.py), on hand-made records and on the
committed second annotation of dev documents."""
from __future__ import annotations

import json

import pytest
from conftest import script_module

from newsfigures.eval.agreement import (AGREEMENT_DIR, ROWS, annotator_agreement, as_gold, joined, load_second,
                                        scored_here, system_agreement)
from newsfigures.eval.gold import SHARED
from newsfigures.eval.matching import DocRun, Pred
from newsfigures.eval.measure_gold import MeasureGold, batch_unreadable, load_measure_gold
from newsfigures.model import Measure

TEXT = "About 300 people died in Gaza and 20 were hurt, the ministry said."
DEATHS = {"quantity": "deaths", "subject": "", "event": "killed", "place": "Gaza", "scope": "total",
          "dimension": "count"}
GOLD = [
    {"doc": "d", "surface": "About 300", "context": "About 300 people died", "occurrence": 0, "value": 300,
     "qualifier": "approx", "unit": "", "as_of": "", "said_by": "the ministry", "metric": "s.deaths",
     "measure": DEATHS, "new": True},
    {"doc": "d", "surface": "20", "context": "and 20 were hurt", "occurrence": 0, "value": 20, "qualifier": "exact",
     "unit": "", "as_of": "", "said_by": "the ministry", "metric": "s.injured",
     "measure": DEATHS | {"quantity": "injured", "event": "injured"}, "new": True},
]


def _second(g: dict, **changed: str) -> dict:
    """A second-annotation record labelling gold figure `g` as the gold does, but for `changed`."""
    return {"doc": g["doc"], "surface": g["surface"], "at": g["context"], "said_by": g["said_by"],
            **g["measure"], **changed}


def _gold() -> MeasureGold:
    return MeasureGold(documents=(), figures=tuple(GOLD), negatives=(), split={})


@pytest.mark.parametrize("changed, fields, agreed", [
    ({}, ("subject",), 2),
    ({"subject": "Palestinians"}, ("subject",), 1),
    ({"event": "other:die"}, ("event", "event_class"), 1),  # "other" is not the class killed
    ({"said_by": "Ministry"}, ("said_by",), 2),  # the scorer's name rule: a name agrees with its last word(s)
    ({"place": "the Gaza Strip"}, ("place",), 1),
])
def test_agreement_counts_each_field_with_the_scorers_rules(changed, fields, agreed):
    pairs = joined([_second(GOLD[0], **changed), _second(GOLD[1])], _gold())
    table = annotator_agreement(pairs)
    assert all((table[f].agreed, table[f].labelled) == (agreed, 2) for f in fields)
    assert all(table[f].agreed == 2 for f in ROWS if f not in fields)


def test_agreement_event_class_counts_two_other_lemmas_as_one():
    gold = MeasureGold(documents=(), figures=(GOLD[0] | {"measure": DEATHS | {"event": "other:net"}},), negatives=(),
                       split={})
    table = annotator_agreement(joined([_second(GOLD[0], event="other:round up")], gold))
    assert (table["event"].agreed, table["event_class"].agreed) == (0, 1)


def test_agreement_rejects_a_record_naming_no_gold_figure():
    with pytest.raises(ValueError, match="names no gold figure: d '300'"):
        joined([_second(GOLD[0], surface="300")], _gold())


def test_agreement_rejects_a_record_without_its_fields(tmp_path):
    record = _second(GOLD[0])
    del record["scope"]
    (tmp_path / "second_x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="second_x.jsonl record 1: missing or non-text scope"):
        load_second(tmp_path)


def test_agreement_says_when_there_is_no_second_annotation(tmp_path):
    with pytest.raises(FileNotFoundError, match="no second annotation"):
        load_second(tmp_path)


def test_agreement_scores_the_system_against_either_annotator():
    pairs = joined([_second(GOLD[0], event="other:die"), _second(GOLD[1])], _gold())
    read = Measure("deaths", "", "killed", "Gaza", "total", "count")
    runs = [DocRun("d", TEXT, [Pred(0, 9, 300.0, TEXT[0:9], measure=read, qualifier="approx",
                                    said_by="the ministry")])]
    against_gold = system_agreement(runs, [g for g, _ in pairs])
    against_second = system_agreement(runs, as_gold(pairs))
    assert (against_gold["event"].agreed, against_gold["event"].labelled) == (1, 1)
    assert (against_second["event"].agreed, against_second["event"].labelled) == (0, 1)


@pytest.mark.parametrize("folder,at_least", [(AGREEMENT_DIR, 150), (AGREEMENT_DIR / "v2", 186)])
def test_agreement_committed_second_annotation_labels_dev_gold_figures(folder, at_least):
    gold = load_measure_gold()
    second = scored_here(load_second(folder), gold)
    if batch_unreadable("lee"):  # without the Lee texts, only the Wikinews figures (86) join
        at_least = min(at_least, 86)
    pairs = joined(second, gold)
    assert len(pairs) >= at_least
    assert {g["doc"] for g, _ in pairs} <= gold.split["dev"]
    table = annotator_agreement(pairs)
    assert all(0.0 < table[f].share <= 1.0 for f in ROWS)


def test_agreement_revision_2_raised_agreement_on_event_and_place():
    """The guide's revision 2 (tests/gold/README.md) was kept because people agree more under it: the blind v2
    annotation against the relabelled gold, on the figures of dev-new and dev-lee2."""
    if batch_unreadable("lee2"):
        pytest.skip(f"the v2 annotation covers dev-lee2, whose texts are missing: {batch_unreadable('lee2')}")
    gold = load_measure_gold()
    table = annotator_agreement(joined(load_second(AGREEMENT_DIR / "v2"), gold))
    assert table["event"].share >= 0.9 and table["place"].share >= 0.9


def test_agreement_script_prints_the_three_columns_on_a_dev_document(tmp_path, capsys):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} (the shared corpora) is absent")
    gold = load_measure_gold()
    doc = "corpora/wikinews-2004/wn2004_090.txt"  # dev-new: a file-sharing site raises money
    assert doc in gold.split["dev"]
    figures = gold.figures_of([doc])
    records = [_second(g) for g in figures]
    records[0] = records[0] | {"subject": "nobody named"}
    (tmp_path / "second.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert script_module("evaluate_agreement").main(["--folder", str(tmp_path), "--json"]) == 0
    table = json.loads(capsys.readouterr().out)["dev-new"]
    assert table["subject"]["annotators"] == {"share": round((len(figures) - 1) / len(figures), 3),
                                              "agreed": len(figures) - 1, "of": len(figures)}
    assert table["quantity"]["annotators"]["share"] == 1.0
    assert table["quantity"]["system_gold"]["of"] > 0


def test_agreement_script_says_what_is_wrong_with_a_bad_file(tmp_path, capsys):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} (the shared corpora) is absent")
    (tmp_path / "second.jsonl").write_text('{"doc": "x"}\n', encoding="utf-8")
    assert script_module("evaluate_agreement").main(["--folder", str(tmp_path)]) == 2
    assert "second.jsonl record 1: missing or non-text surface" in capsys.readouterr().err


def test_agreement_scored_here_drops_only_records_of_batches_left_out(monkeypatch):
    from newsfigures.eval import reuters

    monkeypatch.setattr(reuters, "unavailable", lambda: "run scripts/fetch_reuters.sh")
    gold = MeasureGold(({"doc": "a.txt", "domain": "business", "thread": "", "batch": "wikinews", "new": True},), (),
                       (), {"dev": frozenset({"a.txt"}), "test": frozenset()},
                       ("the Reuters batch is left out: run scripts/fetch_reuters.sh",))
    second = [{"doc": "a.txt"}, {"doc": "reuters/train_0010.txt"}, {"doc": "corpora/wikinews-2004/wn2004_999.txt"}]
    # the Reuters record goes; a record naming an unknown document stays, for `joined` to refuse
    assert scored_here(second, gold) == [second[0], second[2]]
    assert scored_here(second, MeasureGold(gold.documents, (), (), gold.split)) == second
