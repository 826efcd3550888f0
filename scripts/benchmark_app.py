"""The app on a large corpus: first run from a warm store, each page's run and rerun, peak memory — in one process,
with ratios against a trivial Streamlit page run the same way.

    python scripts/benchmark_app.py                       # 10,000 generated articles (scripts/make_corpus.py, seed 7)
    python scripts/benchmark_app.py --articles 1000 [--workdir DIR] [--workers 2]

The corpus folder (DIR/corpus-N/corpus.jsonl) and its store (DIR/store-N.duckdb) are made once and reused: the
store is warmed with the CLI (`python -m newsfigures extract DIR --workers N`). Then, in this process, AppTest
drives app.py with NEWSFIGURES_DATA and NEWSFIGURES_STORE pointing there: the first run (the server's first
visitor: the bundled corpus read from the store and analysed), then every page's first run and a rerun after a
widget change. The baseline is AppTest on a one-table page, median of five runs. Targets (issue 10): first run
≤ 20 s, every rerun ≤ 1 s, peak resident memory ≤ 1.5 GB.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRIVIAL_PAGE = """
import streamlit as st
st.title("Baseline")
st.toggle("Switch", key="baseline_switch")
st.dataframe([{"n": n, "square": n * n} for n in range(50)])
"""
TIMEOUT = 1800  # seconds AppTest waits for one run


def _peak_mib() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _prepare(n: int, workdir: Path, seed: int, workers: int, warm: bool = True) -> tuple[Path, Path]:
    """The corpus folder of N generated articles and its store, warmed by the CLI (unless `warm` is off and the
    store is there from an earlier run)."""
    folder, store = workdir / f"corpus-{n}", workdir / f"store-{n}.duckdb"
    corpus = folder / "corpus.jsonl"
    if not corpus.exists():
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(n), "--out", str(corpus),
                        "--seed", str(seed)], check=True, cwd=ROOT)
        print(f"generated {n} articles in {time.perf_counter() - t:.1f} s -> {corpus}")
    if not warm and store.exists():
        print(f"store kept from an earlier run: {store}")
        return folder, store
    t = time.perf_counter()
    env = {**os.environ, "NEWSFIGURES_STORE": str(store)}
    done = subprocess.run([sys.executable, "-m", "newsfigures", "extract", str(folder), "--workers", str(workers),
                           "--store", str(store)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    summary = [line for line in done.stderr.splitlines() if "reused from the store" in line]
    print(f"store warmed in {time.perf_counter() - t:.1f} s ({summary[-1] if summary else done.stderr[-300:]})")
    return folder, store


def _timed_run(at, step: Callable[[], None] | None = None) -> tuple[float, float]:  # noqa: ANN001 - AppTest
    """(Seconds, CPU seconds of this process) of one AppTest run after `step` (a widget change or a page switch);
    fails on an exception. CPU seconds say more than seconds on a machine other work is sharing."""
    if step is not None:
        step()
    t, cpu = time.perf_counter(), time.process_time()
    at.run()
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    if at.exception:
        raise SystemExit(f"the app raised: {[e.value for e in at.exception]}")
    return seconds, cpu


def _baseline() -> float:
    """Median of five runs of a trivial page (the cost of AppTest itself)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_string(TRIVIAL_PAGE, default_timeout=60)
    runs = [_timed_run(at, (lambda: at.toggle(key="baseline_switch").set_value(n % 2 == 0)) if n else None)[0]
            for n in range(5)]
    return sorted(runs)[len(runs) // 2]


# page -> (its widget change for the rerun, what the change is)
PAGES: dict[str, tuple[Callable, str]] = {
    "app.py": (lambda at: None, "rerun"),
    "pages/1_Timeline.py": (lambda at: at.toggle(key="timeline_log").set_value(not at.toggle(key="timeline_log").value),
                            "log scale switched"),
    "pages/2_Compare.py": (lambda at: at.toggle(key="compare_diff_only").set_value(True), "differences only"),
    "pages/5_Discrepancies.py": (lambda at: at.multiselect(key="discrepancies_status").set_value(["conflict"]),
                                 "conflicts only"),
    "pages/3_Figures.py": (lambda at: at.number_input(key="figures_table_page").set_value(2), "table page 2"),
    "pages/4_Corpus.py": (lambda at: at.number_input(key="corpus_articles_page").set_value(2), "table page 2"),
}


def _line(label: str, run: tuple[float, float], target: float, base: float) -> None:
    seconds, cpu = run
    verdict = "ok" if seconds <= target else f"OVER the {target:g} s target"
    print(f"{label:<44}{seconds:8.2f} s  {cpu:7.2f} s CPU  {seconds / base:8.1f}x the baseline  "
          f"{_peak_mib():7.0f} MiB peak  {verdict}")


def drive(folder: Path, store: Path) -> list[tuple[str, tuple[float, float]]]:
    """Run the app on the corpus folder and its store: the first run, then each page and a rerun of it."""
    os.environ["NEWSFIGURES_DATA"], os.environ["NEWSFIGURES_STORE"] = str(folder), str(store)
    sys.path.insert(0, str(ROOT))
    from streamlit.testing.v1 import AppTest

    base = _baseline()
    print(f"{'baseline: a one-table page (AppTest)':<44}{base:8.3f} s  {_peak_mib():19.0f} MiB peak")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    steps = [("first run (Overview, store warm)", _timed_run(at), 20.0)]
    _line(*steps[0], base)
    for page, (change, what) in PAGES.items():
        name = Path(page).stem.split("_")[-1] if page != "app.py" else "Overview"
        if page != "app.py":
            steps.append((f"{name}: opened", _timed_run(at, lambda: at.switch_page(page)), 1.0))
            _line(*steps[-1], base)
        steps.append((f"{name}: rerun ({what})", _timed_run(at, lambda: change(at)), 1.0))
        _line(*steps[-1], base)
    return [(label, run) for label, run, _target in steps]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000, help="articles to generate (default: 10,000)")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/newsfigures-benchmark-app"),
                    help="where the corpus and its store are kept between runs")
    ap.add_argument("--seed", type=int, default=7, help="generator seed (default: 7)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes warming the store (default: 2)")
    ap.add_argument("--keep-store", action="store_true", help="skip the CLI warm-up when the store is already there")
    args = ap.parse_args(argv)
    folder, store = _prepare(args.articles, args.workdir, args.seed, args.workers, not args.keep_store)
    steps = drive(folder, store)
    slowest = max((run[0] for label, run in steps[1:] if "rerun" in label), default=0.0)
    first, first_cpu = steps[0][1]
    print(f"{args.articles} articles: first run {first:.1f} s ({first_cpu:.1f} s CPU; target 20), slowest rerun {slowest:.2f} s "
          f"(target 1), peak {_peak_mib():.0f} MiB (target 1536)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
