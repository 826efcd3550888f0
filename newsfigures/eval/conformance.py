"""Conformance of newsfigures.numbers against Microsoft Recognizers-Text's English spec files.

Every case counts.  A case passes when the multiset of results we produce for that file's model equals the
expected `Results`: same Text (case-insensitive), same Start, same value (numbers: relative tolerance
1e-6) and, per model, the extra field below.  Cases flagged `NotSupported` (platforms on which the
reference implementation itself fails) are also reported separately, with the subset flagged for python.

Mapping from a NumberMention to each model's result (documented, strict but fair):
* NumberModel: mentions of kind cardinal, fraction, money, percent or year whose qualifier is not range
  or vague -> (bare number `text[value_start:value_end]`, value_start, value).  The Recognizers number
  model reports the number without qualifier words, currency or percent sign ("$20" -> "20"), so the
  bare-number span is compared.  Measures (numbers glued to a unit, "180ml") belong to the
  DimensionModel and are left out, as are ordinals, dates, times, phones, names, list numbers and vague
  counts, which Recognizers' NumberModel does not report either.
* NumberRangeModel: mentions whose qualifier is at_least, more_than, at_most, less_than or range, or exact
  with an explicit qualifier word ("equal to 20") -> (text, start, interval).  The interval is written in
  Recognizers' notation from the qualifier and bounds: at_least "[v,)", more_than "(v,)", at_most "(,v]",
  less_than "(,v)", exact "[v,v]", range "[a,b]" with each end open when low_open/high_open is True.  A
  plain range whose bounds' strictness the text does not state (low_open/high_open None: "X-Y",
  "X to Y", "between X and Y") is written "[a,b)", Recognizers' convention for such ranges.  Brackets
  must match exactly; numbers within tolerance.
* PercentModel: mentions of kind percent (not ranges or vague) -> (text[number_start:number_end],
  number_start, value) -- qualifier words are not part of a Recognizers percentage.
* CurrencyModel: mentions of kind money (not ranges or vague) -> (text[number_start:number_end],
  number_start, value, unit).  The unit passes when it equals the expected isoCurrency, or, when the
  spec gives only a unit name ("Dollar", "Pound", "Franc", "Cent"), when our ISO code belongs to that
  currency family (UNIT_FAMILIES below).
A bare percentage word ("a small percent") is a percent_word mention without a value and matches a
valueless expected result. A bare currency word ("dollar") is not a mention, so those cases count as failures.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any, Callable

from newsfigures.numbers import NumberMention, parse_numbers

MODELS = ("NumberRangeModel", "NumberModel", "PercentModel", "CurrencyModel")
NUMBER_KINDS = {"cardinal", "fraction", "money", "percent", "year"}
RANGE_QUALIFIERS = {"at_least", "more_than", "at_most", "less_than", "range"}
NOT_SINGLE = ("range", "vague")  # qualifiers of mentions that are not one number
# Recognizers unit names without an ISO code -> the ISO codes (or sub-units) that count as that unit.
UNIT_FAMILIES: dict[str, set[str]] = {
    "Dollar": {"USD", "AUD", "CAD", "HKD", "NZD", "SGD", "TWD", "BRL", "MXN"},
    "Pound": {"GBP", "EGP"},
    "Franc": {"CHF", "XOF", "XAF", "FRF", "BEF"},
    "Cent": {"cent"}, "Pence": {"pence"}, "Penny": {"pence"},
    "Rupee": {"INR", "LKR", "PKR", "NPR"},
    "Finnish markka": {"FIM"}, "Peseta": {"ESP"}, "Netherlands guilder": {"NLG"}, "Bitcoin": {"BTC"},
    "Satoshi": {"satoshi"}, "Euro": {"EUR"}, "Sen": {"sen"},
}
# one-sided qualifier -> Recognizers notation around the value
_ONE_SIDED = {"at_least": "[{},)", "more_than": "({},)", "at_most": "(,{}]", "less_than": "(,{})"}
_INTERVAL_RE = re.compile(r"^([\[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$")


def model_of(path: Path) -> str:
    """The Recognizers model a spec file tests ("" when we have no mapping for it)."""
    return next((model for model in MODELS if path.stem.startswith(model)), "")


def _num(s: Any) -> float | None:
    """A spec value as a float ("12%" -> 12.0); None when absent or not a number."""
    if s is None:
        return None
    try:
        return float(str(s).strip().rstrip("%"))
    except ValueError:
        return None


def _close(a: float | None, b: float | None) -> bool:
    """Numbers equal within tolerance; a valueless mention ("a small percent") matches a valueless one."""
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _parse_interval(s: str) -> tuple[str, float | None, float | None, str] | None:
    """("[", low, high, ")") from Recognizers' notation "[a,b)"; None when it is not an interval."""
    m = _INTERVAL_RE.match(str(s).strip())
    if not m:
        return None
    return m.group(1), _num(m.group(2)) if m.group(2) else None, _num(m.group(3)) if m.group(3) else None, m.group(4)


def _fmt(x: float | None) -> str:
    """A bound as Recognizers writes it ("20", "2.5"; "" for none)."""
    return repr(float(x)).rstrip("0").rstrip(".") if x is not None else ""


def interval_notation(m: NumberMention) -> str:
    """Recognizers' interval notation for a range-like mention (see the module docstring)."""
    if m.qualifier in _ONE_SIDED:
        return _ONE_SIDED[m.qualifier].format(_fmt(m.value))
    if m.qualifier == "range":
        lb = "(" if m.low_open else "["
        rb = "]" if m.high_open is False else ")"
        return f"{lb}{_fmt(m.low)},{_fmt(m.high)}{rb}"
    return f"[{_fmt(m.value)},{_fmt(m.value)}]"


def _number_result(m: NumberMention, text: str) -> tuple | None:
    if m.kind in NUMBER_KINDS and m.qualifier not in NOT_SINGLE and m.value_start >= 0:
        return text[m.value_start:m.value_end], m.value_start, m.value
    return None


def _range_result(m: NumberMention, text: str) -> tuple | None:
    if m.qualifier in RANGE_QUALIFIERS or (m.qualifier == "exact" and m.start < m.number_start):
        return m.text, m.start, interval_notation(m)
    return None


def _percent_result(m: NumberMention, text: str) -> tuple | None:
    if m.kind == "percent" and m.qualifier not in NOT_SINGLE:
        return text[m.number_start:m.number_end], m.number_start, m.value
    if m.kind == "percent_word":
        return m.text, m.start, None
    return None


def _currency_result(m: NumberMention, text: str) -> tuple | None:
    if m.kind == "money" and m.qualifier not in NOT_SINGLE:
        return text[m.number_start:m.number_end], m.number_start, m.value, m.unit
    return None


# model -> the comparable tuple of one of our mentions, or None when the model does not report it
_RESULT_OF: dict[str, Callable[[NumberMention, str], tuple | None]] = {
    "NumberModel": _number_result, "NumberRangeModel": _range_result,
    "PercentModel": _percent_result, "CurrencyModel": _currency_result,
}


def _ordered(results: list[tuple]) -> list[tuple]:
    """Results by start, then by case-folded text."""
    return sorted(results, key=lambda t: (t[1], str(t[0]).lower()))


def ours(text: str, model: str) -> list[tuple]:
    """Our results for `text`, as the model's comparable tuples."""
    result_of = _RESULT_OF.get(model)
    if result_of is None:
        return []
    return _ordered([r for m in parse_numbers(text) if (r := result_of(m, text)) is not None])


def _expected_result(r: dict, model: str) -> tuple:
    """One expected Recognizers result as the model's comparable tuple."""
    res = r.get("Resolution") or {}
    if model == "NumberRangeModel":
        return r["Text"], r["Start"], res.get("value")
    if model == "CurrencyModel":
        return r["Text"], r["Start"], _num(res.get("value")), res.get("isoCurrency") or res.get("unit")
    return r["Text"], r["Start"], _num(res.get("value"))


def expected(case: dict, model: str) -> list[tuple]:
    """The case's expected results as the model's comparable tuples."""
    return _ordered([_expected_result(r, model) for r in case.get("Results", [])])


def _unit_ok(exp_unit: str | None, our_unit: str) -> bool:
    """Our currency code against the expected isoCurrency or unit family."""
    if exp_unit is None:
        return False
    return exp_unit == our_unit or our_unit in UNIT_FAMILIES.get(exp_unit, set())


def _intervals_match(e: str, g: str) -> bool:
    """Two interval notations agree: same brackets, same (or both absent) bounds within tolerance."""
    pe, pg = _parse_interval(e), _parse_interval(g)
    if pe is None or pg is None or pe[0] != pg[0] or pe[3] != pg[3]:
        return False
    return all((a is None) == (b is None) and (a is None or _close(a, b)) for a, b in ((pe[1], pg[1]), (pe[2], pg[2])))


def _match(e: tuple, g: tuple, model: str) -> bool:
    """One expected result against one of ours: text, start, then the model's value (and unit)."""
    if str(e[0]).lower() != str(g[0]).lower() or e[1] != g[1]:
        return False
    if model == "NumberRangeModel":
        return _intervals_match(e[2], g[2])
    if not _close(e[2], g[2]):
        return False
    return model != "CurrencyModel" or _unit_ok(e[3], g[3])


def check_case(case: dict, model: str) -> tuple[bool, list[tuple], list[tuple]]:
    """(passed, expected, got) for one spec case."""
    exp = expected(case, model)
    got = ours(case["Input"], model)
    ok = len(exp) == len(got) and all(_match(e, g, model) for e, g in zip(exp, got))
    return ok, exp, got


def spec_files(paths: list[str | Path]) -> list[Path]:
    """The JSON spec files under the given files/folders, sorted."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(x for x in p.rglob("*.json")))
        elif p.suffix == ".json":
            files.append(p)
    return files


def _count_case(res: dict[str, Any], ok: bool, not_supported: str) -> None:
    """Add one case's outcome to the file's totals and NotSupported subsets."""
    res["passed"] += ok
    if not not_supported:
        return
    res["not_supported"] += 1
    res["not_supported_passed"] += ok
    if "python" in not_supported.lower():
        res["not_supported_python"] += 1
        res["not_supported_python_passed"] += ok


def run_file(path: str | Path, n_failures: int = 0) -> dict[str, Any]:
    """Score one spec file: totals, pass rate, NotSupported subsets and up to n_failures failing cases."""
    path = Path(path)
    model = model_of(path)
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    res: dict[str, Any] = {"file": str(path), "model": model, "total": len(cases), "passed": 0,
                           "not_supported": 0, "not_supported_passed": 0, "not_supported_python": 0,
                           "not_supported_python_passed": 0, "failures": []}
    if not model:
        res["skipped"] = "no mapping for this model"
        res["rate"] = None
        return res
    for case in cases:
        ok, exp, got = check_case(case, model)
        ns = str(case.get("NotSupported", "") or "")
        _count_case(res, ok, ns)
        if not ok and len(res["failures"]) < n_failures:
            res["failures"].append({"input": case["Input"], "not_supported": ns, "expected": exp, "got": got})
    res["rate"] = res["passed"] / res["total"] if res["total"] else 0.0
    return res


def run_paths(paths: list[str | Path], n_failures: int = 0) -> list[dict[str, Any]]:
    """Score every spec file under `paths`."""
    return [run_file(p, n_failures) for p in spec_files(paths)]
