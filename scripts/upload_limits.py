"""Time and memory of a hostile upload, against a baseline upload run in the same process.

    python scripts/upload_limits.py [--rows 100000] [--baseline-rows 100] [--uncapped]

Builds a CSV of --rows short articles in memory (100,000 rows is about 12.6 MB, under the 25 MB upload limit) and
sends it down the app's upload path without Streamlit: read under the per-upload cap (limits.MAX_UPLOAD_ARTICLES),
merge, then extract the figures of what was kept in the app's steps. Prints the seconds until the visitor's message
(the ledger row naming the cap), the seconds of the extraction that follows, and the growth of resident memory
(current and peak) over the baseline, a CSV of --baseline-rows rows through the same path. --uncapped also reads
the whole file with no cap (reading only, no extraction), the behaviour before the cap.
"""
from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfigures.compare import session  # noqa: E402
from newsfigures.extract import extract_many, load_pipeline  # noqa: E402
from newsfigures.ingest import Corpus, ledger_summary  # noqa: E402
from newsfigures.ingest.limits import MAX_UPLOAD_ARTICLES, MAX_UPLOAD_BYTES  # noqa: E402

EXTRACT_STEP = 4  # as app.state.EXTRACT_STEP
PLACES = ("the valley", "the north", "the capital", "the delta", "the hills", "the coast", "the islands", "the plain")


def hostile_csv(rows: int) -> bytes:
    """A CSV of `rows` short, distinct articles (id, title, outlet, published, text)."""
    lines = ["id,title,outlet,published,text"]
    for i in range(rows):
        lines.append(f"r{i},Flood report {i},Wire {i % 97},2025-09-{1 + i % 28:02d},"
                     f"About {i + 10} homes were destroyed in {PLACES[i % len(PLACES)]} on day {i}; officials said.")
    return ("\n".join(lines) + "\n").encode("utf-8")


def rss_mib() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MiB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    current = int(fields["VmRSS"].split()[0]) / 1024
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def upload(name: str, data: bytes, nlp, cap: int | None) -> dict:
    """The app's upload path on one file: seconds to the message, seconds of extraction, rows and figures."""
    t0 = time.perf_counter()
    corpus = Corpus(max_items=cap, limit=f"the limit of {cap or 0:,} items per upload (MAX_UPLOAD_ARTICLES)")
    corpus.add_files([(name, data)])
    loaded, ledger = corpus.finish()
    new, rows = session.merge_uploads([], loaded, ledger)
    t_message = time.perf_counter() - t0
    figures = 0
    if nlp is not None:
        kept = session.Uploads()
        for chunk, chunk_rows in session.steps(new, rows, EXTRACT_STEP):
            figs = extract_many(chunk, nlp) if chunk else {}
            kept = kept.plus(chunk, [f for a in chunk for f in figs[a.id]], chunk_rows)
        figures = len(kept.figures)
    stop = next((e.message for e in rows if e.reason == "over_limit"), "(no cap reached)")
    return {"message_s": t_message, "total_s": time.perf_counter() - t0, "summary": ledger_summary(rows),
            "articles": len(new), "figures": figures, "stop": stop}


def measured(label: str, name: str, data: bytes, nlp, cap: int | None, base: tuple[float, float]) -> dict:
    """Run one upload and print its times and memory growth over `base` (current, peak MiB)."""
    gc.collect()
    out = upload(name, data, nlp, cap)
    gc.collect()
    now, peak = rss_mib()
    out.update(grow_now=now - base[0], grow_peak=peak - base[1])
    print(f"{label:<34} {len(data) / 2**20:6.1f} MB  message after {out['message_s']:6.2f} s  total {out['total_s']:6.2f} s  "
          f"RSS +{out['grow_now']:6.1f} MiB (peak +{out['grow_peak']:6.1f} MiB)  {out['articles']:>6} articles "
          f"{out['figures']:>6} figures")
    print(f"{'':<34} ledger: {out['summary']}; {out['stop'][:150]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000, help="rows of the hostile CSV (default 100,000)")
    ap.add_argument("--baseline-rows", type=int, default=100, help="rows of the baseline CSV (default 100)")
    ap.add_argument("--uncapped", action="store_true", help="also read the whole hostile file with no cap (no extraction)")
    args = ap.parse_args(argv)
    nlp = load_pipeline()
    extract_many([], nlp)
    big = hostile_csv(args.rows)
    if len(big) > MAX_UPLOAD_BYTES:
        print(f"note: {len(big):,} bytes is over the {MAX_UPLOAD_BYTES:,}-byte upload limit; the server would refuse it")
    print(f"cap: {MAX_UPLOAD_ARTICLES:,} items per upload")
    small = hostile_csv(args.baseline_rows)
    measured("warm-up (not counted)", "warm.csv", small, nlp, MAX_UPLOAD_ARTICLES, rss_mib())
    base_rss = rss_mib()
    baseline = measured(f"baseline: {args.baseline_rows:,}-row CSV", "small.csv", small, nlp, MAX_UPLOAD_ARTICLES, base_rss)
    hostile = measured(f"hostile: {args.rows:,}-row CSV", "hostile.csv", big, nlp, MAX_UPLOAD_ARTICLES, base_rss)
    print(f"ratio to baseline: message {hostile['message_s'] / baseline['message_s']:.1f}x, total "
          f"{hostile['total_s'] / baseline['total_s']:.1f}x; targets: message within 5 s "
          f"({'met' if hostile['message_s'] < 5 else 'MISSED'}), peak RSS growth under 200 MiB "
          f"({'met' if hostile['grow_peak'] < 200 else 'MISSED'})")
    if args.uncapped:
        measured(f"uncapped reading: {args.rows:,} rows", "hostile.csv", big, None, None, base_rss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
