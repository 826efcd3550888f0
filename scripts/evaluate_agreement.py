#!/usr/bin/env python
"""How far two annotators agree on each measure field and said_by, beside the extractor's accuracy on the same
figures: the ceiling a target on those fields is read against.

Usage:
    python scripts/evaluate_agreement.py            # one table per gold batch the second annotation covers, then all
    python scripts/evaluate_agreement.py --json

Columns, per field (the scorer's rules, newsfigures/eval/measure_rules.py, on both sides):
  annotators     the second annotation (tests/gold/agreement/) against the gold, on every figure it labels
  system/gold    newsfigures against the gold, on those figures it detects (the accuracy scripts/evaluate.py prints)
  system/second  newsfigures against the second annotation, on the same detected figures
The second annotation covers dev documents only (tests/gold/README.md, "Agreement").
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsfigures.eval.agreement import (AGREEMENT_DIR, ROWS, agreement_table, joined, load_second,  # noqa: E402
                                        scored_here, to_json)
from newsfigures.eval.gold import SHARED  # noqa: E402
from newsfigures.eval.measure_gold import load_measure_gold  # noqa: E402
from newsfigures.eval.systems import RUNNERS  # noqa: E402

COLUMNS = (("annotators", "annotators"), ("system_gold", "system/gold"), ("system_second", "system/second"))
SUBSET_NAMES = {"wikinews": "dev-new", "lee": "dev-lee", "lee2": "dev-lee2", "reuters": "dev-reuters"}


def render(name: str, table: dict) -> str:
    """One subset's table: a row per field, share and counts per column."""
    head = f"{name:<12}" + "".join(f"{label:>22}" for _, label in COLUMNS)
    rows = [head, "-" * len(head)]
    for f in ROWS:
        cells = "".join(f"{table[f][k].share:>12.3f} ({table[f][k].agreed:>3}/{table[f][k].labelled:>3})"
                        for k, _ in COLUMNS)
        rows.append(f"{f:<12}{cells}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print JSON instead of the tables")
    ap.add_argument("--folder", default=str(AGREEMENT_DIR), help="folder of the second annotation's *.jsonl files")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"corpus directory {SHARED} not found: the gold's documents cannot be read", file=sys.stderr)
        return 2
    gold = load_measure_gold()
    for why in gold.left_out:
        print(f"evaluate_agreement: {why}", file=sys.stderr)
    try:
        second = scored_here(load_second(Path(args.folder)), gold)
        pairs = joined(second, gold)
    except (FileNotFoundError, ValueError) as e:
        print(f"evaluate_agreement: {e}", file=sys.stderr)
        return 2
    docs = list(dict.fromkeys(g["doc"] for g, _ in pairs))
    runs = RUNNERS["newsfigures"](docs)
    subsets: dict[str, list] = {}
    for g, r in pairs:
        batch = gold.batch_of(g["doc"])
        subsets.setdefault(SUBSET_NAMES.get(batch, batch), []).append((g, r))
    if len(subsets) > 1:
        subsets["all"] = pairs
    tables = {name: agreement_table(ps, [run for run in runs if run.doc in {g["doc"] for g, _ in ps}])
              for name, ps in subsets.items()}
    if args.json:
        print(json.dumps({name: to_json(t) for name, t in tables.items()}, indent=2))
    else:
        print("\n\n".join(render(name, t) for name, t in tables.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
