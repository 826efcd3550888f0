#!/usr/bin/env python
"""A seeded generator of realistic corpora for benchmarks: N articles recombined from the shared corpora.

    python scripts/make_corpus.py 1000 --out /tmp/corpus1k.jsonl [--seed 7] [SOURCE ...]

Each article is a source article (Wikinews 2004 or a current-events thread of ../shared, or the SOURCE folders
given) with, often, a paragraph or two of another article of the same folder spliced in after its headline;
its numbers are varied (years kept), its publication date moved by up to a month and its outlet drawn from a
list, so every article has its own content hash. The same seed gives the same corpus. Output: one JSON record
per line (id, title, outlet, published, text), which `python -m newsfigures extract FILE` reads.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsfigures.ingest import load_path  # noqa: E402
from newsfigures.model import Article  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
OUTLETS = ("Reuters", "Associated Press", "AFP", "BBC News", "Al Jazeera", "The Guardian", "The New York Times",
           "Yonhap", "Kyiv Independent", "Deutsche Welle", "NHK World", "CNN", "France 24", "The Times of India",
           "ABC News", "Wikinews")
SPLICE_CHANCE = 0.5  # share of articles that take in paragraphs of another article of their folder
MAX_DAYS_MOVED = 30
# A number with thousands separators or at least two digits; a bare 19xx/20xx is a year and stays.
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{2,})(?![\d,]*\d)")


def default_sources() -> list[Path]:
    """Wikinews 2004 and every current-events thread folder of ../shared (empty when absent)."""
    if not SHARED.exists():
        return []
    return [SHARED / "wikinews-2004", *sorted(p for p in (SHARED / "current-events").iterdir() if p.is_dir())]


def source_articles(folders: Sequence[Path]) -> list[tuple[str, Article]]:
    """(folder name, article) for every article of the source folders that has at least two paragraphs."""
    out = []
    for folder in folders:
        articles, _ledger = load_path(folder)
        out += [(folder.name, a) for a in articles if len(_paragraphs(a.text)) >= 2]
    return out


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def vary_numbers(text: str, rng: random.Random) -> str:
    """Every number of two digits or more scaled by 0.6-1.6 (thousands separators kept; years kept)."""
    def repl(m: re.Match[str]) -> str:
        raw = m.group(1)
        value = int(raw.replace(",", ""))
        if "," not in raw and 1900 <= value <= 2100:
            return raw
        new = max(10, round(value * rng.uniform(0.6, 1.6)))
        return f"{new:,}" if "," in raw else str(new)
    return _NUMBER.sub(repl, text)


def _moved(published: str, rng: random.Random) -> str:
    """The publication date moved by up to MAX_DAYS_MOVED days (a missing one drawn from 2004-2025)."""
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        day = date(2004, 1, 1) + timedelta(days=rng.randrange(22 * 365))
    return (day + timedelta(days=rng.randint(-MAX_DAYS_MOVED, MAX_DAYS_MOVED))).isoformat()


def _text(base: Article, folder: str, pool: Sequence[tuple[str, Article]], rng: random.Random) -> str:
    """The base article's paragraphs, often with one or two of another article of its folder spliced in."""
    paras = _paragraphs(base.text)
    same = [a for f, a in pool if f == folder and a.id != base.id]
    if same and rng.random() < SPLICE_CHANCE:
        other = _paragraphs(rng.choice(same).text)[1:]
        taken = rng.sample(other, min(len(other), rng.randint(1, 2)))
        at = rng.randint(1, len(paras))
        paras = paras[:at] + taken + paras[at:]
    return "\n\n".join(paras)


def generate(pool: Sequence[tuple[str, Article]], n: int, seed: int) -> list[dict[str, str]]:
    """`n` article records recombined from `pool`, each text distinct; the same seed gives the same records."""
    if not pool:
        raise ValueError("no source articles with two paragraphs or more to recombine")
    rng = random.Random(seed)
    seen: set[str] = set()
    records: list[dict[str, str]] = []
    while len(records) < n:
        folder, base = rng.choice(pool)
        text = vary_numbers(_text(base, folder, pool, rng), rng)
        body = text.split("\n", 1)[-1]  # the cleaner may drop a headline that is only a date: bodies must differ
        if body in seen:
            continue
        seen.add(body)
        records.append({"id": f"gen{len(records):05d}", "title": _paragraphs(text)[0][:200],
                        "outlet": rng.choice(OUTLETS), "published": _moved(base.published, rng), "text": text})
    return records


def main(argv: Sequence[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="how many articles to generate")
    ap.add_argument("sources", nargs="*", type=Path, help="folders to recombine (default: the corpora of ../shared)")
    ap.add_argument("--out", required=True, type=Path, help="JSONL file to write")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default: 7)")
    args = ap.parse_args(argv)
    pool = source_articles(args.sources or default_sources())
    if not pool:
        print("make_corpus: no source articles (../shared/corpora is absent; name SOURCE folders)", file=sys.stderr)
        return 1
    records = generate(pool, args.n, args.seed)
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"make_corpus: {len(records)} articles from {len(pool)} sources, seed {args.seed} -> {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
