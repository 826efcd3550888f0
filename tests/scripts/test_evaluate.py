"""The scoring script's error listing (scripts/evaluate.py): `--fields` keeps only the wrong values of the fields
asked for, each with what the prediction read, on a small hand-made result."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsfigures.eval.matching import Pred
from newsfigures.model import Measure

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("evaluate_script", ROOT / "scripts" / "evaluate.py")
evaluate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evaluate)

GOLD = {"doc": "d.txt", "surface": "20", "context": "and 20 were hurt",
        "measure": {"quantity": "injured", "subject": "", "event": "injured", "place": "Gaza", "scope": "total",
                    "dimension": "count"}}
PRED = Pred(0, 2, 20.0, "20", counted="people", event="hurt",
            measure=Measure(quantity="people", event="other:hurt", place="Gaza", scope="total", dimension="count"))
RESULT = {"misses": [{"doc": "d.txt", "surface": "300", "context": "About 300", "in_text": True}], "spurious": [],
          "wrong": {"quantity": [(GOLD, PRED)], "event": [(GOLD, PRED)], "subject": []}}


@pytest.mark.parametrize("fields,shown,hidden", [
    (["quantity"], ["== wrong quantity", "gold='injured' got='people' (counted='people', event='hurt')"],
     ["== wrong event", "== misses", "== wrong subject"]),
    (["quantity", "event"], ["== wrong quantity", "== wrong event"], ["== misses"]),
    (None, ["== misses", "== wrong quantity", "== wrong event", "== wrong subject"], ["(counted="]),
])
def test_evaluate_errors_listing_filtered_by_field(capsys, fields, shown, hidden):
    evaluate._print_split_errors("newsfigures", RESULT, None, fields)
    out = capsys.readouterr().out
    assert all(s in out for s in shown), out
    assert not any(h in out for h in hidden), out


def test_evaluate_fields_must_be_scored_fields():
    with pytest.raises(SystemExit):
        evaluate.main(["--split", "dev", "--errors", "newsfigures", "--fields", "colour"])


def test_evaluate_errors_listing_event_class_reads_the_measure(capsys):
    # the scorer lists event_class beside the fields; a Pred has no such attribute, its measure's event has a class
    evaluate._print_split_errors("newsfigures", RESULT | {"wrong": {"event_class": [(GOLD, PRED)]}}, None, None)
    out = capsys.readouterr().out
    assert "== wrong event_class of newsfigures (1)" in out and "gold='injured' got='other'" in out, out


def test_evaluate_join_wrapped_lines_needs_a_split(capsys):
    assert evaluate.main(["--join-wrapped-lines"]) == 2
    assert "--join-wrapped-lines needs --split" in capsys.readouterr().err
