"""Speed of extraction on ONE long sentence listing N items with numbers, at N and 2N in the same process.

    python scripts/benchmark_long_sentence.py [--items 200] [--owners | --money | --dates] [--profile]

A hostile upload can be a single line of thousands of numbers; the per-figure searches of the sentence
(time phrase, event word, recent period) must not make it quadratic. The sentence lists "N tanks in <place>"
items after a reporting clause with a date and an event word, so every search has something to find; with
--owners it lists "N soldiers from <place>" items, which the parser hangs one on another (each item an apposition
of the place before it), so the k-th figure has about 3k ancestors and each has an owner to find; with --money
it lists "$N million to <place>" grants, each a money figure with a recipient; with --dates it lists bare
"N in <place>" items, which the model tags by the hundred as DATE entities, so every figure has many time phrases
to weigh.
Each size is parsed and extracted once (CPU seconds of this process); the growth ratio of 2N over N is 2 for
linear work and 4 for quadratic. A baseline that only parses the same text is printed beside it.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfigures.extract import extract_figures, load_pipeline  # noqa: E402
from newsfigures.model import Article  # noqa: E402

PLACES = ("Kherson", "Kyiv", "Odesa", "Kharkiv", "Lviv", "Dnipro", "Mykolaiv", "Sumy")
THINGS = ("tanks", "drones", "trucks", "missiles", "shells")


def long_sentence(n: int, variant: str = "") -> str:
    """One sentence: a dated report of attacks that destroyed N counted items, each in a place (or, by `variant`,
    a report of N groups of soldiers lost, each from a place; of N grants, each to a place; of N bare counts, each
    in a place)."""
    if variant == "owners":
        items = ", ".join(f"{3 + k % 97} soldiers from {PLACES[k % len(PLACES)]}" for k in range(n))
        return f"On Monday Russia said Ukraine's forces lost {items} and 12 bridges.\n"
    if variant == "money":
        items = ", ".join(f"${3 + k % 97} million to {PLACES[k % len(PLACES)]}" for k in range(n))
        return f"On Monday the ministry said the government gave {items} and $12 million to Crimea.\n"
    if variant == "dates":
        items = ", ".join(f"{3 + k % 97} in {PLACES[k % len(PLACES)]}" for k in range(n))
        return f"On Monday the ministry said that attacks killed {items} and 12 in Crimea.\n"
    items = ", ".join(f"{3 + k % 97} {THINGS[k % len(THINGS)]} in {PLACES[k % len(PLACES)]}" for k in range(n))
    return f"On Monday the ministry said that attacks in the past 24 hours destroyed {items} and 12 bridges.\n"


def _timed(fn):
    """Result and CPU seconds of this process."""
    gc.collect()
    t = time.process_time()
    out = fn()
    return out, time.process_time() - t


def run(nlp, n: int, variant: str = "") -> tuple[int, float, float]:
    """(figures, extraction seconds, parse-only seconds) for the sentence of n items."""
    text = long_sentence(n, variant)
    art = Article(id=f"long{n}", text=text, raw_text=text, published="2025-03-03")
    _, parse = _timed(lambda: nlp(text))
    figs, took = _timed(lambda: extract_figures(art, nlp))
    return len(figs), took, parse


def main(argv: list[str] | None = None) -> int:
    """Print times and growth ratios for N and 2N items."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=200)
    kind = ap.add_mutually_exclusive_group()
    kind.add_argument("--owners", action="store_true", help="items of soldiers from a place, hung one on another")
    kind.add_argument("--money", action="store_true", help="items of $N million to a place")
    kind.add_argument("--dates", action="store_true", help="bare 'N in <place>' items, tagged as dates")
    ap.add_argument("--profile", action="store_true", help="print the top functions at 2N")
    args = ap.parse_args(argv)
    variant = next((v for v in ("owners", "money", "dates") if getattr(args, v)), "")
    nlp = load_pipeline()
    run(nlp, 10, variant)  # warm up
    n1, t1, p1 = run(nlp, args.items, variant)
    n2, t2, p2 = run(nlp, 2 * args.items, variant)
    print(f"items {args.items:>6}: {n1:>5} figures, extract {t1:7.2f} s (parse alone {p1:.2f} s)")
    print(f"items {2 * args.items:>6}: {n2:>5} figures, extract {t2:7.2f} s (parse alone {p2:.2f} s)")
    print(f"growth 2N/N: extract {t2 / max(t1, 1e-9):.2f}x, parse alone {p2 / max(p1, 1e-9):.2f}x "
          f"(2 = linear, 4 = quadratic)")
    if args.profile:
        prof = cProfile.Profile()
        text = long_sentence(2 * args.items, variant)
        prof.runcall(extract_figures, Article(id="p", text=text, raw_text=text, published="2025-03-03"), nlp)
        pstats.Stats(prof).sort_stats("tottime").print_stats(12)
    return 0


if __name__ == "__main__":
    sys.exit(main())
