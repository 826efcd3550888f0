#!/usr/bin/env python
"""Score corpus-level metric grouping (and verdicts) on the hand-annotated threads of tests/gold/.

Usage:
    python scripts/evaluate_metrics.py                 # pairwise precision/recall of metric grouping per thread
    python scripts/evaluate_metrics.py --errors gaza_war   # also list wrongly split / wrongly merged pairs
    python scripts/evaluate_metrics.py --verdicts      # verdict accuracy on tests/fixtures/threads/*.json
    python scripts/evaluate_metrics.py --json

A thread is one story of the gold set (the prefix of its metric keys, e.g. `gaza_war`) with at least two
annotated documents; its corpus is every annotated document of that story plus, for the current-events
corpus, every annotated item of the same folder. Each thread is loaded with newsfigures.loading.load_path,
extracted with newsfigures.extraction.extract_many and reconciled with newsfigures.analysis.reconcile over
the whole thread, so metric keys are corpus-level.

Predictions are matched to gold figures with scripts/evaluate.py (`locate_gold`, `match_doc`: overlapping
spans, agreeing values). Grouping is scored over every pair of matched figures of a thread (same document or
not): a pair is gold-positive when both share a gold `metric`, predicted-positive when both share a predicted
`metric`; precision = TP / predicted-positive, recall = TP / gold-positive. `cross-doc` restricts the pairs to
figures of different documents (what corpus-level grouping adds).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate as ev  # noqa: E402  (scripts/evaluate.py: gold loading and matching)

SHARED = ev.SHARED
FIXTURES = ROOT / "tests" / "fixtures" / "threads"
MIN_DOCS = 2


def story(metric: str) -> str:
    """The story prefix of a gold metric key."""
    return metric.split(".", 1)[0]


def threads(gold: list[dict[str, Any]] | None = None, min_docs: int = MIN_DOCS) -> dict[str, list[str]]:
    """Thread name -> its documents (paths relative to ../shared), for stories with >= `min_docs` documents."""
    gold = gold if gold is not None else ev.load_gold()
    annotated = ev.gold_documents(gold)
    docs: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        docs[story(g["metric"])].add(g["doc"])
    out = {}
    for name, ds in docs.items():
        folders = {str(Path(d).parent) for d in ds if "current-events" in d}
        ds = ds | {d for d in annotated if str(Path(d).parent) in folders}
        if len(ds) >= min_docs:
            out[name] = sorted(ds)
    return dict(sorted(out.items()))


@lru_cache(maxsize=1)
def _nlp():
    from newsfigures.extract import load_pipeline
    return load_pipeline()


@dataclass(frozen=True)
class ThreadRun:
    """One thread analysed: its articles, reconciled figures, and article id per document."""

    docs: tuple[str, ...]
    articles: tuple[Any, ...]
    figures: tuple[Any, ...]
    doc_of: tuple[tuple[str, str], ...]  # (doc, article id)

    def article_of(self, doc: str) -> Any:
        """The article loaded from `doc`, or None."""
        aid = dict(self.doc_of).get(doc)
        return next((a for a in self.articles if a.id == aid), None)


def run_thread(docs: list[str] | tuple[str, ...]) -> ThreadRun:
    """Load, extract and reconcile the documents of one thread (metrics over the whole thread)."""
    from newsfigures.compare.analysis import reconcile
    from newsfigures.extract import extract_many
    from newsfigures.ingest import load_path

    articles, _ledger = load_path(*[SHARED / d for d in docs])
    by_file = {Path(a.source_file).name: a for a in articles}
    doc_of = []
    for d in docs:
        a = by_file.get(Path(d).name)
        if a is not None:
            doc_of.append((d, a.id))
    figs = extract_many(articles, _nlp())
    return ThreadRun(tuple(docs), tuple(articles), tuple(reconcile(f for a in articles for f in figs[a.id])),
                     tuple(doc_of))


def matched_figures(run: ThreadRun, gold: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Any]]:
    """(gold record, predicted Figure) for every gold figure of the thread matched by scripts/evaluate.py."""
    out = []
    for doc in run.docs:
        art = run.article_of(doc)
        if art is None:
            continue
        figs = [f for f in run.figures if f.article_id == art.id]
        preds = [ev.Pred(f.start, f.end, f.value, f.text, metric=f.metric) for f in figs]
        golds = [g for g in gold if g["doc"] == doc]
        located = [(g, ev.locate_gold(g, art.text)) for g in golds]
        out += [(golds[gi], figs[pi]) for gi, pi in ev.match_doc(located, preds)]
    return out


def pairwise(items: list[tuple[dict[str, Any], Any]], cross_doc_only: bool = False) -> dict[str, Any]:
    """Pairwise precision/recall of predicted same-metric vs gold same-metric over matched figures."""
    tp = fp = fn = 0
    wrong_merge, wrong_split = [], []
    for i in range(len(items)):
        gi, fi = items[i]
        for j in range(i + 1, len(items)):
            gj, fj = items[j]
            if cross_doc_only and gi["doc"] == gj["doc"]:
                continue
            gpos = gi["metric"] == gj["metric"]
            ppos = bool(fi.metric) and fi.metric == fj.metric
            tp += gpos and ppos
            if ppos and not gpos:
                fp += 1
                wrong_merge.append((gi, fi, gj, fj))
            if gpos and not ppos:
                fn += 1
                wrong_split.append((gi, fi, gj, fj))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "tp": tp, "fp": fp, "fn": fn,
            "wrong_merge": wrong_merge, "wrong_split": wrong_split}


def evaluate_grouping(names: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Per thread (and "overall", pooling the pairs of all threads): grouping scores."""
    gold = ev.load_gold()
    result: dict[str, dict[str, Any]] = {}
    all_items: list[list[tuple[dict[str, Any], Any]]] = []
    for name, docs in threads(gold).items():
        if names and name not in names:
            continue
        items = matched_figures(run_thread(docs), gold)
        all_items.append(items)
        result[name] = {"docs": len(docs), "matched": len(items),
                        "gold": sum(1 for g in gold if g["doc"] in docs),
                        "all": pairwise(items), "cross_doc": pairwise(items, True)}
    tot = {k: sum(r["all"][k] for r in result.values()) for k in ("tp", "fp", "fn")}
    tot_x = {k: sum(r["cross_doc"][k] for r in result.values()) for k in ("tp", "fp", "fn")}

    def prf(t: dict[str, int]) -> dict[str, Any]:
        return {"precision": t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0,
                "recall": t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0, **t,
                "wrong_merge": [], "wrong_split": []}
    result["overall"] = {"docs": sum(r["docs"] for r in result.values()),
                         "matched": sum(r["matched"] for r in result.values()),
                         "gold": sum(r["gold"] for r in result.values()), "all": prf(tot), "cross_doc": prf(tot_x)}
    return result


# --------------------------------------------------------------------------- verdicts


def load_fixtures(folder: Path = FIXTURES) -> list[dict[str, Any]]:
    """Every verdict fixture: {"thread", "files": [...], "pairs": [{"a", "b", "expected", "why"}]}."""
    return [json.loads(p.read_text(encoding="utf-8")) | {"name": p.stem} for p in sorted(folder.glob("*.json"))]


def find_figure(run: ThreadRun, ref: dict[str, Any]) -> Any:
    """The predicted figure a fixture reference points at: {"doc", "context", "surface", "occurrence"?}."""
    art = run.article_of(ref["doc"])
    if art is None:
        return None
    g = {"context": ref["context"], "surface": ref["surface"], "occurrence": ref.get("occurrence", 0),
         "context_offset": ref["context"].find(ref["surface"])}
    span = ev.locate_gold(g, art.text)
    if span is None:
        return None
    hits = [f for f in run.figures if f.article_id == art.id and f.start < span[1] and span[0] < f.end]
    return max(hits, key=lambda f: min(f.end, span[1]) - max(f.start, span[0]), default=None)


def evaluate_verdicts(folder: Path = FIXTURES) -> dict[str, Any]:
    """Verdict accuracy on the fixture pairs: a pair is right when the system gives the expected status
    ("different" = the two figures get different metrics, so no verdict)."""
    from newsfigures.compare import alignment

    rows = []
    for fx in load_fixtures(folder):
        run = run_thread(fx["files"])
        stories = {a.id: (a.story_id or a.id) for a in run.articles}
        for pair in fx["pairs"]:
            fa, fb = find_figure(run, pair["a"]), find_figure(run, pair["b"])
            if fa is None or fb is None:
                got, why = "not found", "a figure was not extracted"
            elif fa.metric != fb.metric:
                got, why = "different", f"{fa.metric!r} vs {fb.metric!r}"
            else:
                got, why = alignment.verdict(fa, fb, same_story=stories[fa.article_id] == stories[fb.article_id])
            rows.append({"fixture": fx["name"], "a": pair["a"]["surface"], "b": pair["b"]["surface"],
                         "expected": pair["expected"], "got": got, "ok": got == pair["expected"], "explanation": why})
    n = len(rows)
    return {"pairs": n, "correct": sum(r["ok"] for r in rows), "accuracy": sum(r["ok"] for r in rows) / n if n else 0.0,
            "rows": rows}


# --------------------------------------------------------------------------- output


def _fmt_pair(g: dict[str, Any], f: Any) -> str:
    return f"{Path(g['doc']).stem}:{g['surface']!r} gold={g['metric']} pred={f.metric!r}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threads", nargs="*", help="only these threads (default: all)")
    ap.add_argument("--errors", metavar="THREAD", help="list wrongly merged / split pairs of THREAD")
    ap.add_argument("--verdicts", action="store_true", help="score verdicts on tests/fixtures/threads/*.json")
    ap.add_argument("--json", action="store_true", help="print JSON")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"error: corpus directory {SHARED} not found", file=sys.stderr)
        return 2
    if args.verdicts:
        res = evaluate_verdicts()
        if args.json:
            print(json.dumps(res, indent=1, ensure_ascii=False))
            return 0
        for r in res["rows"]:
            flag = "ok " if r["ok"] else "BAD"
            print(f"{flag} {r['fixture']}: {r['a']!r} vs {r['b']!r}: expected {r['expected']}, got {r['got']} — {r['explanation']}")
        print(f"\nverdict accuracy: {res['correct']} / {res['pairs']} = {res['accuracy']:.3f}")
        return 0
    res = evaluate_grouping(args.threads)
    if args.json:
        slim = {k: {kk: ({x: y for x, y in vv.items() if x not in ("wrong_merge", "wrong_split")}
                         if isinstance(vv, dict) else vv) for kk, vv in v.items()} for k, v in res.items()}
        print(json.dumps(slim, indent=1))
        return 0
    print(f"{'thread':26}{'docs':>5}{'gold':>6}{'match':>6}{'P':>8}{'R':>8}{'pairs+':>8}{'P x-doc':>9}{'R x-doc':>9}")
    for name, r in res.items():
        a, x = r["all"], r["cross_doc"]
        print(f"{name:26}{r['docs']:>5}{r['gold']:>6}{r['matched']:>6}{a['precision']:>8.3f}{a['recall']:>8.3f}"
              f"{a['tp'] + a['fn']:>8}{x['precision']:>9.3f}{x['recall']:>9.3f}")
    if args.errors and args.errors in res:
        r = res[args.errors]["all"]
        print(f"\n== wrongly merged ({len(r['wrong_merge'])})")
        for gi, fi, gj, fj in r["wrong_merge"]:
            print(f"  {_fmt_pair(gi, fi)}  ~  {_fmt_pair(gj, fj)}")
        print(f"\n== wrongly split ({len(r['wrong_split'])})")
        for gi, fi, gj, fj in r["wrong_split"]:
            print(f"  {_fmt_pair(gi, fi)}  ~  {_fmt_pair(gj, fj)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
