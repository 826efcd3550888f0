"""Pass-rate floors of the number parser on Microsoft Recognizers-Text's English spec files.

The floors are the rates reached, rounded down to the whole percent; they only ever rise.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SPECS = REPO.parent / "shared" / "conformance" / "recognizers-text"

FLOORS = {  # file -> minimum pass rate over ALL cases (NotSupported included)
    "Number/NumberModel.json": 0.97,
    "Number/NumberRangeModel.json": 0.95,
    "Number/PercentModel.json": 1.00,
    "NumberWithUnit/CurrencyModel.json": 0.93,
}

pytestmark = pytest.mark.skipif(not SPECS.is_dir(), reason=f"Recognizers-Text spec files not found at {SPECS}")


def _runner():
    spec = importlib.util.spec_from_file_location("newsfigures_conformance", REPO / "scripts" / "conformance.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name, floor", sorted(FLOORS.items()))
def test_conformance_pass_rate_floor(name, floor):
    res = _runner().run_file(SPECS / name, n_failures=5)
    assert res["total"] > 0
    assert res["rate"] >= floor, f"{name}: {res['passed']}/{res['total']} = {res['rate']:.2%} < {floor:.0%}; " \
                                 f"first failures: {res['failures']}"


def test_conformance_interval_notation_mapping():
    mod = _runner()
    from newsfigures.numbers import parse_numbers
    got = {m.text: mod.interval_notation(m) for m in parse_numbers(
        "at least 20; more than 30; at most 40; less than 50; between 1 and 2; above 5 and at most 9")}
    assert got == {"at least 20": "[20,)", "more than 30": "(30,)", "at most 40": "(,40]", "less than 50": "(,50)",
                   "between 1 and 2": "[1,2)", "above 5 and at most 9": "(5,9]"}
