"""The wrong-pair listing (scripts/pair_errors.py): one block per pair joining two gold metrics, dev threads only."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from newsfigures.eval.pairs import WrongPair
from newsfigures.model import Figure, Measure, Pair

from conftest import shared_or_skip

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("pair_errors_script", ROOT / "scripts" / "pair_errors.py")
pair_errors = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pair_errors)


def _fig(text, value, article, event):
    return Figure(article_id=article, source_file="", text=text, start=0, end=len(text), sentence=f"{text} guides",
                  value=value, low=value, high=value, qualifier="exact", unit="", counted="guides", event=event,
                  as_of="", said_by="", metric="guides",
                  measure=Measure(quantity="guide", event=f"other:{event}" if event else "measured", scope="total"))


def test_pair_errors_describe_says_figures_measures_score_reasons_and_gold_metrics():
    pair = Pair("update", "guides", _fig("Two", 2, "a", "acquit"), _fig("three", 3, "b", ""), "", 0.3,
                ("same quantity (guide)", "different event: other:acquit vs measured"))
    text = pair_errors.describe(WrongPair(("lee/bg_161.txt", "lee/bg_281.txt"), pair, ("t.acquitted",), ("t.deaths",)))
    assert text.splitlines()[0] == "  bg_161 ~ bg_281: update, score 0.300"
    assert "measure: quantity='guide', event='other:acquit', scope='total'" in text
    assert "metric: 'guides'; gold: t.acquitted" in text and "gold: t.deaths" in text
    assert text.splitlines()[-1] == "    reasons: same quantity (guide); different event: other:acquit vs measured"


def test_pair_errors_refuses_a_thread_that_is_not_dev(capsys):
    shared_or_skip("corpora")
    assert pair_errors.main(["no_such_thread"]) == 2
    assert "not dev threads: no_such_thread" in capsys.readouterr().err
