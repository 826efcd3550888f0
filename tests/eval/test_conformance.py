"""Pass-rate floors of the number parser on Microsoft Recognizers-Text's English spec files.

The floors are the rates reached, rounded down to the whole percent; they only ever rise.
"""
from __future__ import annotations

import pytest

from newsfigures.eval import conformance
from newsfigures.eval.gold import SHARED
from newsfigures.numbers import parse_numbers

SPECS = SHARED / "conformance" / "recognizers-text"

FLOORS = {  # file -> minimum pass rate over ALL cases (NotSupported included)
    "Number/NumberModel.json": 0.97,
    "Number/NumberRangeModel.json": 0.95,
    "Number/PercentModel.json": 1.00,
    "NumberWithUnit/CurrencyModel.json": 0.93,
}

needs_specs = pytest.mark.skipif(not SPECS.is_dir(), reason=f"Recognizers-Text spec files not found at {SPECS}")


@needs_specs
@pytest.mark.parametrize("name, floor", sorted(FLOORS.items()))
def test_conformance_pass_rate_floor(name, floor):
    res = conformance.run_file(SPECS / name, n_failures=5)
    assert res["total"] > 0
    assert res["rate"] >= floor, f"{name}: {res['passed']}/{res['total']} = {res['rate']:.2%} < {floor:.0%}; " \
                                 f"first failures: {res['failures']}"


def test_conformance_interval_notation_mapping():
    got = {m.text: conformance.interval_notation(m) for m in parse_numbers(
        "at least 20; more than 30; at most 40; less than 50; between 1 and 2; above 5 and at most 9")}
    assert got == {"at least 20": "[20,)", "more than 30": "(30,)", "at most 40": "(,40]", "less than 50": "(,50)",
                   "between 1 and 2": "[1,2)", "above 5 and at most 9": "(5,9]"}


@pytest.mark.parametrize("text, model, want", [
    ("It cost $20 today.", "NumberModel", [("20", 9, 20.0)]),
    ("It cost $20 today.", "CurrencyModel", [("$20", 8, 20.0, "USD")]),
    ("about 40 percent", "PercentModel", [("40 percent", 6, 40.0)]),
    ("at least 20 people", "NumberRangeModel", [("at least 20", 0, "[20,)")]),
    ("at least 20 people", "NoSuchModel", []),
])
def test_conformance_ours_maps_mentions_to_model_results(text, model, want):
    assert conformance.ours(text, model) == want


def test_conformance_check_case_compares_text_start_value_and_unit():
    case = {"Input": "It cost $20 today.", "Results": [
        {"Text": "$20", "Start": 8, "Resolution": {"value": "20", "unit": "Dollar"}}]}
    ok, exp, got = conformance.check_case(case, "CurrencyModel")
    assert ok and exp == [("$20", 8, 20.0, "Dollar")] and got == [("$20", 8, 20.0, "USD")]
    case["Results"][0]["Resolution"]["unit"] = "Pound"
    assert not conformance.check_case(case, "CurrencyModel")[0]


@pytest.mark.parametrize("stem, model", [("NumberRangeModel", "NumberRangeModel"), ("NumberModel", "NumberModel"),
                                         ("CurrencyModel", "CurrencyModel"), ("DimensionModel", "")])
def test_conformance_model_of_reads_the_file_name(tmp_path, stem, model):
    assert conformance.model_of(tmp_path / f"{stem}.json") == model
