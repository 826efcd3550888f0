#!/usr/bin/env python
"""Run `extract` and `compare` on the whole of ../shared with two versions of the code and diff the JSON.

Proof that a refactor changed nothing it should not: the base version (a git revision, checked out into a
temporary worktree) and the working tree each run the public CLI in process on the same jobs:
- `extract FOLDER --format jsonl` for the seeds, Wikinews 2004 and every current-events thread folder;
- `compare A B` for every consecutive pair of a thread (current-events folders, the seeds, and the Wikinews
  story threads named in ../shared/README.md).
Figures are matched by (source file, start, end); pairs by (status, metric, a.start, b.start). The script
prints, per job kind, how many records differ and which fields, with examples.

Usage:
    python scripts/diff_behaviour.py --base 82320c9            # base revision against the working tree
    python scripts/diff_behaviour.py --base HEAD~3 --examples 5 --json diff.json
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WIKINEWS_THREADS = (("080", "081", "085", "094", "095", "098"), ("075", "087"), ("008", "025", "076"))

# Runs inside the tree under test (its own newsfigures on sys.path): argv[1] = jobs JSON, argv[2] = output JSON.
RUNNER = r'''
import io, json, sys
jobs = json.load(open(sys.argv[1]))
from newsfigures.cli import main
out = {}
for name, argv in jobs:
    so, se = io.StringIO(), io.StringIO()
    rc = main(argv, stdout=so, stderr=se)
    out[name] = {"rc": rc, "stdout": so.getvalue()}
json.dump(out, open(sys.argv[2], "w"))
'''


def jobs(store: str) -> list[tuple[str, list[str]]]:
    """(name, argv) of every CLI run the diff covers."""
    ce = sorted(p for p in (SHARED / "corpora" / "current-events").iterdir() if p.is_dir())
    folders = [SHARED / "seeds", SHARED / "corpora" / "wikinews-2004", *ce]
    out = [(f"extract {f.name}", ["extract", str(f), "--format", "jsonl", "--store", store]) for f in folders]
    threads = [sorted((SHARED / "seeds").glob("*.txt"))] + [sorted(f.glob("*.txt")) for f in ce]
    wn = SHARED / "corpora" / "wikinews-2004"
    threads += [[wn / f"wn2004_{n}.txt" for n in t] for t in WIKINEWS_THREADS]
    for files in threads:
        for a, b in zip(files, files[1:]):
            out.append((f"compare {a.parent.name}/{a.name} {b.name}", ["compare", str(a), str(b), "--store", store]))
    return out


def run(tree: Path, job_list: list[tuple[str, list[str]]], workdir: Path) -> dict:
    """Every job's exit code and stdout, run with the newsfigures package of `tree`."""
    jobs_file, out_file, runner = workdir / "jobs.json", workdir / f"out_{tree.name}.json", workdir / "runner.py"
    jobs_file.write_text(json.dumps(job_list))
    runner.write_text(RUNNER)
    subprocess.run([sys.executable, str(runner), str(jobs_file), str(out_file)], cwd=tree, check=True,
                   env={**__import__("os").environ, "PYTHONPATH": str(tree)})
    return json.loads(out_file.read_text())


def _figures(stdout: str) -> dict[tuple, dict]:
    recs = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    return {(r["source_file"], r["start"], r["end"]): r for r in recs}


def _pairs(stdout: str) -> dict[tuple, dict]:
    doc = json.loads(stdout) if stdout.strip() else {"pairs": []}
    out = {}
    for p in doc["pairs"]:
        key = (p["status"], p["metric"], (p["a"] or {}).get("start"), (p["b"] or {}).get("start"))
        out[key] = p
    return out


def diff_records(base: dict[tuple, dict], new: dict[tuple, dict]) -> tuple[Counter, list[str]]:
    """Counts of removed/added records and of changed fields, with one example line per change."""
    counts: Counter = Counter()
    examples: list[str] = []
    for key in base.keys() - new.keys():
        counts["(record removed)"] += 1
        examples.append(f"removed {key}")
    for key in new.keys() - base.keys():
        counts["(record added)"] += 1
        examples.append(f"added {key}")
    for key in base.keys() & new.keys():
        b, n = base[key], new[key]
        for f in sorted(set(b) | set(n)):
            if f in ("a", "b") and isinstance(b.get(f), dict) and isinstance(n.get(f), dict):
                sub, _ = diff_records({0: b[f]}, {0: n[f]})
                for k in sub:
                    counts[f"{f}.{k}"] += 1
                continue
            if b.get(f, "<absent>") != n.get(f, "<absent>"):
                counts[f if f in b else f"{f} (new field)"] += 1
                if f in b:
                    examples.append(f"{key}: {f}: {b.get(f)!r} -> {n.get(f)!r}")
    return counts, examples


def main(argv: list[str] | None = None) -> int:
    """Run both versions, print the differences; exit 0 (a report, not a gate)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="git revision to compare the working tree against")
    ap.add_argument("--examples", type=int, default=3, help="example lines per job (default 3)")
    ap.add_argument("--json", metavar="FILE", help="also write the full report as JSON")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no shared material at {SHARED}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        base_tree = tmpd / "base"
        subprocess.run(["git", "worktree", "add", "--detach", str(base_tree), args.base], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            results = {}
            for label, tree in (("base", base_tree), ("new", ROOT)):
                job_list = jobs(str(tmpd / f"store_{label}.duckdb"))
                results[label] = run(tree, job_list, tmpd)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base_tree)], cwd=ROOT, capture_output=True)
    report = {}
    totals: Counter = Counter()
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for name in results["base"]:
        b, n = results["base"][name], results["new"].get(name, {"rc": None, "stdout": ""})
        reader = _figures if name.startswith("extract") else _pairs
        counts, examples = diff_records(reader(b["stdout"]), reader(n["stdout"]))
        if b["rc"] != n["rc"]:
            counts["(exit code)"] += 1
        report[name] = {"counts": dict(counts), "examples": examples}
        by_kind[name.split()[0]].update(counts)
        totals["jobs"] += 1
        totals["jobs differing"] += bool(counts)
        totals["beyond added fields"] += any("(new field)" not in k for k in counts)
        if counts:
            print(f"{name}: {dict(counts)}")
            for e in examples[: args.examples]:
                print(f"    {e}")
    for kind, c in by_kind.items():
        print(f"== {kind}: {dict(c) or 'no differences'}")
    print(f"== {totals['jobs']} jobs, {totals['jobs differing']} differ, "
          f"{totals['beyond added fields']} in more than fields the contract added")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
