#!/usr/bin/env python
"""Conformance of newsfigures.numbers against Microsoft Recognizers-Text's English spec files.

Usage: python scripts/conformance.py PATH [PATH ...] [--failures N] [--json]
PATH is a spec file or a folder of them (e.g. ../shared/conformance/recognizers-text/).

The rules (what counts as a pass, how each model's results are mapped from ours) are in the docstring of
newsfigures/eval/conformance.py.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsfigures.eval.conformance import run_paths  # noqa: E402


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
