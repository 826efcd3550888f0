#!/usr/bin/env python
"""Score figure extractors against the hand-annotated gold set in tests/gold/.

Usage:
    python scripts/evaluate.py                       # table: newsfigures, quantulum3, spacy_ner side by side
    python scripts/evaluate.py --systems quantulum3 spacy_ner --json
    python scripts/evaluate.py --errors newsfigures  # also list misses and spurious figures

Systems
  newsfigures  our extractor: newsfigures.ingest.load_path + newsfigures.extract.extract_figures
  quantulum3   every quantulum3 quantity is a figure; qualifier always "exact"
  spacy_ner    spaCy entities CARDINAL/MONEY/PERCENT/QUANTITY, value from a small parser; no counted/event

Scoring (the rules live in newsfigures/eval/: matching.py, attributes.py, scores.py)
  detection   a predicted figure matches a gold figure when their character spans overlap and the values agree
              (within 1 %; for gold "range" figures: predicted value inside [low, high]; for "vague" ones:
              inside the gold's hand-written plausible range); one-to-one, greedy by largest overlap.  P = matched / predicted, R = matched / gold, F1.
  span-only   the same matching without the value condition; "value" accuracy = share of span-only matches
              whose values agree.
  attributes  computed on detection matches: qualifier (equal), interval (low and high agree; only on gold
              figures whose text states the bounds: exact, at_least, more_than, at_most, less_than, range), unit,
              counted (predicted head noun, singularised, in the gold list; "counted~" accepts any token),
              event (predicted lemma in the gold list, or both empty), as_of (equal, or the prediction lies
              inside the gold period, or month-level prefix agreement), said_by (shared content word, or both
              empty), metric (pairwise: two matched figures share a gold metric iff they share a predicted one).
  vague       reported apart: share of span-only matches of gold "vague" figures ("dozens", "thousands") whose
              predicted value lies inside the gold's plausible range (tests/gold/README.md says how it was set).
  Gold figures whose context cannot be found in the text a system reads (e.g. a title line the cleaner
  dropped) are still counted as misses; their number is reported as `gold_not_in_text`.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsfigures.eval.gold import GOLD, SHARED  # noqa: E402
from newsfigures.eval.scores import evaluate  # noqa: E402
from newsfigures.eval.systems import RUNNERS, SYSTEMS, SystemUnavailable  # noqa: E402

ROWS = [
    ("figures predicted", lambda r: f"{r['n_pred']}"),
    ("figures matched", lambda r: f"{r['n_matched']} / {r['n_gold']}"),
    ("gold not in text read", lambda r: f"{r['gold_not_in_text']}"),
    ("detection precision", lambda r: f"{r['detection']['precision']:.3f}"),
    ("detection recall", lambda r: f"{r['detection']['recall']:.3f}"),
    ("detection F1", lambda r: f"{r['detection']['f1']:.3f}"),
    ("span-only F1", lambda r: f"{r['detection_span_only']['f1']:.3f}"),
    ("value acc (span matches)", lambda r: f"{r['accuracy']['value']:.3f}"),
    ("qualifier acc", lambda r: f"{r['accuracy']['qualifier']:.3f}"),
    ("interval acc (stated)", lambda r: f"{r['accuracy']['interval']:.3f}"),
    ("vague value in range", lambda r: f"{r['accuracy']['vague_in_range']:.3f}" if r["n_vague_span"] else "n/a"),
    ("unit acc", lambda r: f"{r['accuracy']['unit']:.3f}"),
    ("counted acc (head)", lambda r: f"{r['accuracy']['counted']:.3f}"),
    ("counted acc (any token)", lambda r: f"{r['accuracy']['counted_any_token']:.3f}"),
    ("event acc", lambda r: f"{r['accuracy']['event']:.3f}"),
    ("as_of acc", lambda r: f"{r['accuracy']['as_of']:.3f}"),
    ("said_by acc", lambda r: f"{r['accuracy']['said_by']:.3f}"),
    ("metric pair F1", lambda r: f"{r['metric_pairs']['f1']:.3f}"),
]


def table(results: dict[str, dict[str, Any] | str]) -> str:
    """Plain-text table, one column per system (an unavailable system shows 'n/a' and a footnote)."""
    names = list(results)
    w0 = max(len(r[0]) for r in ROWS) + 2
    w = max(14, *(len(n) + 2 for n in names))
    lines = ["".ljust(w0) + "".join(n.rjust(w) for n in names), "-" * (w0 + w * len(names))]
    for label, fn in ROWS:
        cells = [fn(res) if isinstance(res, dict) else "n/a" for res in results.values()]
        lines.append(label.ljust(w0) + "".join(c.rjust(w) for c in cells))
    for n, res in results.items():
        if isinstance(res, str):
            lines.append(f"\n{n}: unavailable: {res}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=list(RUNNERS))
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    ap.add_argument("--errors", metavar="SYSTEM", help="also list misses and spurious figures of SYSTEM")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"error: corpus directory {SHARED} not found", file=sys.stderr)
        return 2
    results: dict[str, dict[str, Any] | str] = {}
    for name in args.systems:
        try:
            results[name] = evaluate(name, args.gold)
        except SystemUnavailable as exc:
            results[name] = str(exc)
            print(f"warning: {name}: {exc}", file=sys.stderr)
    if args.json:
        slim = {n: ({k: v for k, v in r.items() if k not in ("misses", "spurious")} if isinstance(r, dict)
                    else {"error": r}) for n, r in results.items()}
        print(json.dumps(slim, indent=1))
    else:
        print(table(results))
    if args.errors and isinstance(results.get(args.errors), dict):
        res = results[args.errors]
        print(f"\n== misses of {args.errors} ({len(res['misses'])})")
        for m in res["misses"]:
            flag = "" if m["in_text"] else "  [not in text read]"
            print(f"  {m['doc']}: {m['surface']!r} | {m['context']}{flag}")
        print(f"\n== spurious figures of {args.errors} ({len(res['spurious'])})")
        for s in res["spurious"]:
            print(f"  {s['doc']}: {s['text']!r} = {s['value']} | {s['context']}")
    # exit 1 when every requested system was unavailable
    return 0 if any(isinstance(r, dict) for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
