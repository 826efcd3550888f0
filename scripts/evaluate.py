#!/usr/bin/env python
"""Score figure extractors against the hand-annotated gold set in tests/gold/.

Usage:
    python scripts/evaluate.py                       # table: newsfigures, quantulum3, spacy_ner side by side
    python scripts/evaluate.py --systems quantulum3 spacy_ner --json
    python scripts/evaluate.py --errors newsfigures  # also list misses and spurious figures (dev documents only)
    python scripts/evaluate.py --split dev           # the measure gold: dev split, dev-new, dev-lee ... dev-reuters
    python scripts/evaluate.py --split test          # aggregates only: test and test-new
    python scripts/evaluate.py --split dev --pairs   # also cross-article pairs found / gold, per thread
    python scripts/evaluate.py --split test --kinds  # also why wrong fields are wrong: unread/missing/extra/different
                                                     # and where a wrong name field's gold name is spelled (reach)
    python scripts/evaluate.py --split dev --errors newsfigures   # misses, spurious, wrong measure fields
    python scripts/evaluate.py --split dev --errors newsfigures --fields subject said_by   # only those fields

Without --split the gold is tests/gold/figures.jsonl (84 documents) and the output is what it always was.
With --split the gold is the measure gold (tests/gold/measures/, joined with figures.jsonl; see
newsfigures/eval/measure_gold.py) restricted to one split of tests/gold/split.json; every split is also
reported on its documents from the new batches ("dev-new", "test-new"), which no rule written before the
measure gold was tuned on. The test split is scored in aggregate only: --errors refuses it.

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
  --split     detection as above; qualifier (equal); quantity, subject, event, place, scope, dimension and
              said_by by the rules of newsfigures/eval/measure_rules.py (an empty measure is wrong); counted on
              the figures whose gold has a counted list; as_of as above. --pairs: newsfigures/eval/pairs.py.
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
from newsfigures.eval.measure_gold import LATER_BATCHES, MEASURE_FIELDS, SPLITS, load_measure_gold, load_split  # noqa: E402
from newsfigures.eval.measure_rules import event_class, measure_read  # noqa: E402
from newsfigures.eval.measure_scores import ERROR_KINDS, evaluate_split  # noqa: E402
from newsfigures.eval.pairs import evaluate_pairs  # noqa: E402
from newsfigures.eval.reach import NAME_FIELDS, QUANTITY_GAP_KINDS, REACH_KINDS  # noqa: E402
from newsfigures.eval.scores import evaluate  # noqa: E402
from newsfigures.eval.systems import RUNNERS, SYSTEMS, SystemUnavailable  # noqa: E402

DETECTION_ROWS = [
    ("figures predicted", lambda r: f"{r['n_pred']}"),
    ("figures matched", lambda r: f"{r['n_matched']} / {r['n_gold']}"),
    ("gold not in text read", lambda r: f"{r['gold_not_in_text']}"),
    ("detection precision", lambda r: f"{r['detection']['precision']:.3f}"),
    ("detection recall", lambda r: f"{r['detection']['recall']:.3f}"),
    ("detection F1", lambda r: f"{r['detection']['f1']:.3f}"),
]
ROWS = DETECTION_ROWS + [
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

SPLIT_FIELDS = ("qualifier", "quantity", "subject", "event", "event_class", "place", "scope", "dimension", "said_by",
                "counted", "as_of")
SPLIT_ROWS = [("documents", lambda r: f"{r['n_docs']}")] + DETECTION_ROWS + [(f"{name} acc", lambda r, n=name: f"{r['accuracy'][n]:.3f}" if r["scored"][n] else "n/a")
     for name in SPLIT_FIELDS] + [("  counted scored on", lambda r: f"{r['scored']['counted']}")]
KIND_ROWS = [(f"  {field} wrong: " + "/".join(ERROR_KINDS),
              lambda r, f=field: "/".join(str(r["error_kinds"][f][k]) for k in ERROR_KINDS))
             for field in (*MEASURE_FIELDS, "said_by")] + [
    (f"  {field} reach: " + "/".join(REACH_KINDS),
     lambda r, f=field: "/".join(str(r["reach"][f][k]) for k in REACH_KINDS)) for field in NAME_FIELDS] + [
    ("  quantity gap: " + "/".join(QUANTITY_GAP_KINDS),
     lambda r: "/".join(str(r["quantity_gap"][k]) for k in QUANTITY_GAP_KINDS))]
TEST_REFUSAL = ("error: --errors lists single documents' results; the {split} split holds test documents, which are "
                "scored in aggregate only (docs/evaluation.md). Use --split dev.")


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


def _print_items(title: str, items: list[dict[str, Any]]) -> None:
    """One block of misses (gold figures: surface) or spurious figures (predictions: text = value)."""
    print(f"\n== {title}")
    for x in items:
        if "surface" in x:
            print(f"  {x['doc']}: {x['surface']!r} | {x['context']}" + ("" if x["in_text"] else "  [not in text read]"))
        else:
            print(f"  {x['doc']}: {x['text']!r} = {x['value']} | {x['context']}")


def _print_dev_errors(name: str, res: dict[str, Any]) -> None:
    """Misses and spurious figures of one system on the documents of the dev split; the test split's are
    withheld (only their number is said), because test documents are scored in aggregate only."""
    dev = load_split()["dev"]
    for title, items in (("misses", res["misses"]), ("spurious figures", res["spurious"])):
        shown = [x for x in items if x["doc"] in dev]
        _print_items(f"{title} of {name} on dev documents ({len(shown)}; {len(items) - len(shown)} on test "
                     "documents withheld)", shown)


def split_table(results: dict[str, dict[str, dict[str, Any]] | str], kinds: bool = False) -> str:
    """Plain-text table of the measure gold: one column per system and subset (split, split-new); with `kinds`,
    also how many wrong values of each field were unread, missing, extra or different."""
    cols = [(n, sub, res[sub]) for n, res in results.items() if isinstance(res, dict) for sub in res]
    rows = SPLIT_ROWS + (KIND_ROWS if kinds else [])
    w0 = max(len(r[0]) for r in rows) + 2
    w = max(14, *(len(n) + 2 for n, _, _ in cols)) if cols else 14
    lines = ["".ljust(w0) + "".join(n.rjust(w) for n, _, _ in cols),
             "".ljust(w0) + "".join(sub.rjust(w) for _, sub, _ in cols), "-" * (w0 + w * len(cols))]
    lines += [label.ljust(w0) + "".join(fn(r).rjust(w) for _, _, r in cols) for label, fn in rows]
    lines += [f"\n{n}: unavailable: {res}" for n, res in results.items() if isinstance(res, str)]
    return "\n".join(lines)


def pairs_table(rows: dict[str, dict[str, Any]]) -> str:
    """Cross-article pairs: found / gold pairs (and how many a one-to-one assignment can reach) per row."""
    lines = [f"{'cross-article pairs':28}{'found':>7}{'gold':>7}{'reachable':>11}{'share':>8}{'paired':>8}{'wrong':>7}"]
    for name, r in rows.items():
        share = f"{r['found'] / r['total']:.3f}" if r["total"] else "n/a"
        lines.append(f"{name:28}{r['found']:>7}{r['total']:>7}{r['reachable']:>11}{share:>8}{r['judged']:>8}{r['wrong']:>7}")
    return "\n".join(lines)


def _slim(res: dict[str, Any]) -> dict[str, Any]:
    """A result without its per-item lists (what --json prints)."""
    return {k: v for k, v in res.items() if k not in ("misses", "spurious", "wrong", "missed")}


def _field_values(field: str, p: Any, g: dict[str, Any]) -> tuple[str, str]:
    """(predicted, gold) value of one scored field: a measure field, the event's class, or a figure field."""
    if field == "event_class":
        return event_class(p.measure.event or "") if p.measure else "", event_class(g["measure"]["event"])
    if field in MEASURE_FIELDS:
        return getattr(p.measure, field), g["measure"][field]
    return getattr(p, field), g[field]


def _print_split_errors(name: str, res: dict[str, Any], pairs: dict[str, dict[str, Any]] | None,
                        fields: list[str] | None = None) -> None:
    """Misses, spurious figures and wrong fields of one system on the dev split, and missed pairs; with `fields`,
    only the wrong values of those fields, each with the counted phrase and event word the prediction read."""
    if not fields:
        _print_items(f"misses of {name} ({len(res['misses'])})", res["misses"])
        _print_items(f"spurious figures of {name} ({len(res['spurious'])})", res["spurious"])
    for field, wrong in res["wrong"].items():
        if fields and field not in fields:
            continue
        in_measure = field in MEASURE_FIELDS
        shown = [(g, p) for g, p in wrong if not in_measure or measure_read(p.measure)]
        unread = f"; {len(wrong) - len(shown)} with no measure read" if in_measure else ""
        print(f"\n== wrong {field} of {name} ({len(shown)}{unread})")
        for g, p in shown:
            got, want = _field_values(field, p, g)
            read = f" (counted={p.counted!r}, event={p.event!r})" if fields else ""
            print(f"  {g['doc']}: {g['surface']!r} gold={want!r} got={got!r}{read} | {g['context']!r}")
    missed = [p for r in (pairs or {}).values() for p in r.get("missed", [])]
    if pairs and not fields:
        print(f"\n== gold pairs {name} did not pair ({len(missed)})")
    for p in missed:
        print(f"  {p.thread}: {p.metric}: {Path(p.a[0]).stem} {p.a[3]:g} ~ {Path(p.b[0]).stem} {p.b[3]:g}")


def split_main(args: argparse.Namespace) -> int:
    """--split: the measure gold on one split (aggregates only for test), --pairs and --errors (dev only)."""
    if not args.split:
        print("error: --pairs needs --split dev|test|all", file=sys.stderr)
        return 2
    if args.errors and args.split != "dev":
        print(TEST_REFUSAL.format(split=args.split), file=sys.stderr)
        return 2
    if not SHARED.exists():
        print(f"error: corpus directory {SHARED} not found", file=sys.stderr)
        return 2
    gold = load_measure_gold()
    for note in gold.left_out:
        print(f"warning: {note}", file=sys.stderr)
    results: dict[str, dict[str, dict[str, Any]] | str] = {}
    for name in args.systems:
        try:
            results[name] = evaluate_split(name, args.split, gold, args.join_wrapped_lines)
        except SystemUnavailable as exc:
            results[name] = str(exc)
            print(f"warning: {name}: {exc}", file=sys.stderr)
    pairs = evaluate_pairs(gold, args.split, args.join_wrapped_lines) if args.pairs else None
    if args.json:
        out = {n: ({sub: _slim(r) for sub, r in res.items()} if isinstance(res, dict) else {"error": res})
               for n, res in results.items()}
        print(json.dumps(out | ({"pairs": {k: _slim(v) for k, v in pairs.items()}} if pairs else {}), indent=1))
    else:
        print(split_table(results, args.kinds) + (f"\n\n{pairs_table(pairs)}" if pairs else ""))
    if args.errors and isinstance(results.get(args.errors), dict):
        _print_split_errors(args.errors, results[args.errors][args.split], pairs, args.fields)
        for batch in LATER_BATCHES:
            later = results[args.errors].get(f"{args.split}-{batch}")
            if later:
                _print_split_errors(f"{args.errors} on {args.split}-{batch}", later, None, args.fields)
    return 0 if any(isinstance(r, dict) for r in results.values()) else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=list(RUNNERS))
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    ap.add_argument("--errors", metavar="SYSTEM", help="also list misses and spurious figures of SYSTEM")
    ap.add_argument("--split", choices=SPLITS, help="score the measure gold on one split of tests/gold/split.json")
    ap.add_argument("--pairs", action="store_true", help="with --split: cross-article pairs found / gold pairs")
    ap.add_argument("--fields", "--field", dest="fields", nargs="+", choices=list(SPLIT_FIELDS), metavar="FIELD",
                    help="with --split dev --errors: list only the wrong values of these fields (quantity event ...)")
    ap.add_argument("--kinds", action="store_true",
                    help="with --split: count each field's wrong values as unread/missing/extra/different "
                         "(aggregates, allowed on test)")
    ap.add_argument("--join-wrapped-lines", action="store_true",
                    help="with --split: load the documents as `--join-wrapped-lines` does (hard-wrapped lines joined)")
    args = ap.parse_args(argv)
    if args.join_wrapped_lines and not args.split:
        print("error: --join-wrapped-lines needs --split dev|test|all", file=sys.stderr)
        return 2
    if args.split or args.pairs:
        return split_main(args)
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
        _print_dev_errors(args.errors, results[args.errors])
    # exit 1 when every requested system was unavailable
    return 0 if any(isinstance(r, dict) for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
