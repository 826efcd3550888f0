"""Conformance of newsfigures.numbers against Microsoft Recognizers-Text's English spec files.

Usage: python scripts/conformance.py PATH [PATH ...] [--failures N] [--json]
PATH is a spec file or a folder of them (e.g. ../shared/conformance/recognizers-text/).

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

import argparse
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsfigures.numbers import NumberMention, parse_numbers  # noqa: E402

NUMBER_KINDS = {"cardinal", "fraction", "money", "percent", "year"}
RANGE_QUALIFIERS = {"at_least", "more_than", "at_most", "less_than", "range"}
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


def model_of(path: Path) -> str:
    """The Recognizers model a spec file tests ("" when we have no mapping for it)."""
    name = path.stem
    for model in ("NumberRangeModel", "NumberModel", "PercentModel", "CurrencyModel"):
        if name.startswith(model):
            return model
    return ""


def _num(s: Any) -> float | None:
    if s is None:
        return None
    try:
        return float(str(s).strip().rstrip("%"))
    except ValueError:
        return None


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None  # a valueless mention ("a small percent") matches a valueless one
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


_INTERVAL_RE = re.compile(r"^([\[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$")


def _parse_interval(s: str) -> tuple[str, float | None, float | None, str] | None:
    m = _INTERVAL_RE.match(str(s).strip())
    if not m:
        return None
    return m.group(1), _num(m.group(2)) if m.group(2) else None, _num(m.group(3)) if m.group(3) else None, m.group(4)


def interval_notation(m: NumberMention) -> str:
    """Recognizers' interval notation for a range-like mention (see the module docstring)."""
    def f(x: float) -> str:
        return repr(float(x)).rstrip("0").rstrip(".") if x is not None else ""
    q = m.qualifier
    if q == "at_least":
        return f"[{f(m.value)},)"
    if q == "more_than":
        return f"({f(m.value)},)"
    if q == "at_most":
        return f"(,{f(m.value)}]"
    if q == "less_than":
        return f"(,{f(m.value)})"
    if q == "range":
        lb = "(" if m.low_open else "["
        rb = "]" if m.high_open is False else ")"
        return f"{lb}{f(m.low)},{f(m.high)}{rb}"
    return f"[{f(m.value)},{f(m.value)}]"


def ours(text: str, model: str) -> list[tuple]:
    """Our results for `text`, as the model's comparable tuples."""
    out: list[tuple] = []
    for m in parse_numbers(text):
        if model == "NumberModel":
            if m.kind in NUMBER_KINDS and m.qualifier not in ("range", "vague") and m.value_start >= 0:
                out.append((text[m.value_start:m.value_end], m.value_start, m.value))
        elif model == "NumberRangeModel":
            if m.qualifier in RANGE_QUALIFIERS or (m.qualifier == "exact" and m.start < m.number_start):
                out.append((m.text, m.start, interval_notation(m)))
        elif model == "PercentModel":
            if m.kind == "percent" and m.qualifier not in ("range", "vague"):
                out.append((text[m.number_start:m.number_end], m.number_start, m.value))
            elif m.kind == "percent_word":
                out.append((m.text, m.start, None))
        elif model == "CurrencyModel":
            if m.kind == "money" and m.qualifier not in ("range", "vague"):
                out.append((text[m.number_start:m.number_end], m.number_start, m.value, m.unit))
    return sorted(out, key=lambda t: (t[1], str(t[0]).lower()))


def expected(case: dict, model: str) -> list[tuple]:
    """The case's expected results as the model's comparable tuples."""
    out: list[tuple] = []
    for r in case.get("Results", []):
        res = r.get("Resolution") or {}
        if model == "NumberRangeModel":
            out.append((r["Text"], r["Start"], res.get("value")))
        elif model == "CurrencyModel":
            out.append((r["Text"], r["Start"], _num(res.get("value")), res.get("isoCurrency") or res.get("unit")))
        else:
            out.append((r["Text"], r["Start"], _num(res.get("value"))))
    return sorted(out, key=lambda t: (t[1], str(t[0]).lower()))


def _unit_ok(exp_unit: str | None, our_unit: str) -> bool:
    if exp_unit is None:
        return False
    if exp_unit == our_unit:
        return True
    return our_unit in UNIT_FAMILIES.get(exp_unit, set())


def _match(e: tuple, g: tuple, model: str) -> bool:
    if str(e[0]).lower() != str(g[0]).lower() or e[1] != g[1]:
        return False
    if model == "NumberRangeModel":
        pe, pg = _parse_interval(e[2]), _parse_interval(g[2])
        if pe is None or pg is None:
            return False
        if pe[0] != pg[0] or pe[3] != pg[3]:
            return False
        for a, b in ((pe[1], pg[1]), (pe[2], pg[2])):
            if (a is None) != (b is None) or (a is not None and not _close(a, b)):
                return False
        return True
    if not _close(e[2], g[2]):
        return False
    if model == "CurrencyModel":
        return _unit_ok(e[3], g[3])
    return True


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
        res["passed"] += ok
        if ns:
            res["not_supported"] += 1
            res["not_supported_passed"] += ok
            if "python" in ns.lower():
                res["not_supported_python"] += 1
                res["not_supported_python_passed"] += ok
        if not ok and len(res["failures"]) < n_failures:
            res["failures"].append({"input": case["Input"], "not_supported": ns, "expected": exp, "got": got})
    res["rate"] = res["passed"] / res["total"] if res["total"] else 0.0
    return res


def run_paths(paths: list[str | Path], n_failures: int = 0) -> list[dict[str, Any]]:
    """Score every spec file under `paths`."""
    return [run_file(p, n_failures) for p in spec_files(paths)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", help="spec files or folders")
    ap.add_argument("--failures", type=int, default=0, metavar="N", help="print N failing cases per file")
    ap.add_argument("--json", action="store_true", help="JSON output")
    args = ap.parse_args(argv)
    results = run_paths(args.paths, args.failures)
    if not results:
        print("no spec files found", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1, default=str))
        return 0
    for r in results:
        name = Path(r["file"]).name
        if r.get("skipped"):
            print(f"{name:<40} skipped ({r['skipped']})")
            continue
        print(f"{name:<40} {r['model']:<17} total {r['total']:>4}  passed {r['passed']:>4}  rate {100 * r['rate']:6.2f} %"
              f"  | NotSupported {r['not_supported_passed']}/{r['not_supported']}"
              f"  (python {r['not_supported_python_passed']}/{r['not_supported_python']})")
        for f in r["failures"]:
            print(f"   FAIL {f['input']!r}" + (f"  [NotSupported: {f['not_supported']}]" if f["not_supported"] else ""))
            print(f"        expected {f['expected']}")
            print(f"        got      {f['got']}")
    tot = sum(r["total"] for r in results if not r.get("skipped"))
    ok = sum(r["passed"] for r in results if not r.get("skipped"))
    if tot:
        print(f"{'ALL':<40} {'':<17} total {tot:>4}  passed {ok:>4}  rate {100 * ok / tot:6.2f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
