"""Where the key's batch and the measure's scope disagree (scripts/batch_readings.py), dev threads only."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from newsfigures.eval.measure_gold import load_dev_threads

from conftest import shared_or_skip

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("batch_readings_script", ROOT / "scripts" / "batch_readings.py")
batch_readings = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = batch_readings  # its dataclass looks its module up there
_spec.loader.exec_module(batch_readings)


def test_batch_readings_gaza_war_strike_on_real_news(nlp):
    """gaza_war 2023-12-17 "airstrikes in Jabalia kill at least 90": the measure reads one strike (as the gold does),
    the key a total, under its own place; every other figure of the thread is read alike by both."""
    shared_or_skip("corpora")
    gold, dev = load_dev_threads(["gaza_war"])
    found = batch_readings.thread_disagreements(gold, dev["gaza_war"])
    assert [(d.figure.article_id, d.figure.text, d.kind()) for d in found] == \
        [("2023-12-17_1", "at least 90", ("total", "incremental", "incremental"))]


def test_batch_readings_refuses_a_thread_that_is_not_dev(capsys):
    shared_or_skip("corpora")
    assert batch_readings.main(["no_such_thread"]) == 2
    assert "not dev threads: no_such_thread" in capsys.readouterr().err
