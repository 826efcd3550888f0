"""Fit and cross-validate a learned scene-place decision (tests/gold/measures/GUIDE.md, revision 2, P1's second
clause): for each dev figure the code leaves without a place that `setting.may_take_setting` allows, whether it takes
one of its article's place names, and which. Dev documents of tests/gold/split.json only (dev, dev-new, dev-lee*);
the test split is never read. Logistic regression in numpy, deterministic (fixed folds, full-batch gradient descent).

Candidates are the article's place names (the recogniser's GPE, LOC, FAC over the whole article, first named first);
each (figure, candidate) row has the general FEATURES below; a figure takes its best candidate when its probability
passes the threshold. Prints grouped K-fold CV (folds by thread; a one-off document is its own story): right places
gained, right places lost (gold "" given a place), and "wrong" (a gold place, another given: wrong either way) per dev
batch at each threshold, the held-out AUC of the top candidate's score (right place vs gold ""), then the in-sample
numbers of the fit on all of dev. --cache keeps the decisions in a pickle between runs (features are read anew
only without it).

Stop 40's finding (wt-place40): 336 decisions, 151 with a gold place (112 of them among the candidates), 185 gold "";
no threshold, L2 weight or candidate set showed a clear net gain held out (5 folds, L2 10: net -30 .. +1 over
thresholds 0.2-0.5; 10 folds: -27 .. +3; countries left out: at most +4 at one threshold; held-out AUC 0.61-0.66,
in-sample net +13 at 0.4), so the decision was not wired in.

Usage: python scripts/train_scene_place.py [--folds 5] [--threshold 0.4] [--l2 10] [--no-countries] [--cache FILE]
"""
from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsfigures.eval.matched_figures import matched_figures  # noqa: E402
from newsfigures.eval.measure_rules import name_ok  # noqa: E402
from newsfigures.eval.systems import extraction_pipeline  # noqa: E402
from newsfigures.extract import windows, word_senses  # noqa: E402
from newsfigures.extract.read_places import Named  # noqa: E402
from newsfigures.extract.scene import not_for_places  # noqa: E402
from newsfigures.extract.setting import SETTING_LABELS, lede, may_take_setting, place_name  # noqa: E402
from newsfigures.model import Figure  # noqa: E402

L2 = 10.0
STEPS = 3000
RATE = 0.5

# quantities of people a casualty, displacement or armed event counts: P1's "disaster, fighting, crime"
PEOPLE_QUANTITIES = frozenset({"deaths", "injured", "casualties", "missing", "displaced", "troops", "people"})
NEAR_SENTENCES = 2  # the sentences before a figure that may already have moved the story elsewhere
MAX_CANDIDATES = 6  # the article's first-named places considered
FEATURES = ("in_opening", "first_named", "log_count", "count_share", "most_named", "log_distinct", "is_country",
            "named_before", "nearest_before", "own_sentence_other", "near_other", "near_self", "people", "money",
            "country_over_town", "casualty_event", "said_or_measured", "has_subject", "subject_is_place", "top_share",
            "in_title", "position", "incremental", "in_own_sentence", "log_chars_since", "own_sentence_any")
CASUALTY_EVENTS = frozenset({"killed", "injured", "missing", "displaced"})
STATE_EVENTS = frozenset({"said", "measured"})


@dataclass(frozen=True)
class Candidate:
    """One place name of an article: its name, where it is first named, how often it is named."""

    name: str
    first: int
    count: int


def place_mentions(doc: Doc, offset: int = 0) -> list[Named]:
    """The place names (GPE, LOC, FAC) the recogniser found in `doc`, each with its start (+ `offset`)."""
    return [Named(place_name(e), offset + e.start_char) for e in doc.ents if e.label_ in SETTING_LABELS]


def candidates(text: str, title: str, mentions: Sequence[Named]) -> list[Candidate]:
    """The article's distinct place names, first named first (at most MAX_CANDIDATES)."""
    first: dict[str, int] = {}
    count: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if not m.name.strip():
            continue
        first.setdefault(m.name, m.start)
        count[m.name] = count.get(m.name, 0) + 1
    names = sorted(first, key=first.__getitem__)[:MAX_CANDIDATES]
    return [Candidate(n, first[n], count[n]) for n in names]


def _country(name: str) -> bool:
    """`name` is a country's, by WordNet's places or peoples."""
    return word_senses.names_country(name) or bool(word_senses.peoples_of(name))


def _sentence_span(text: str, at: int) -> tuple[int, int, int]:
    """(start of the NEAR_SENTENCES sentences before, start, end) of the sentence of `text` holding offset `at`."""
    sents = windows.sentences(text)
    i = next((k for k, (s, e) in enumerate(sents) if s <= at < e), None)
    if i is None:
        return at, at, at
    return sents[max(0, i - NEAR_SENTENCES)][0], sents[i][0], sents[i][1]


def features(f: Figure, c: Candidate, cands: Sequence[Candidate], mentions: Sequence[Named],
             text: str, title: str = "") -> list[float]:
    """The FEATURES row of figure `f` taking candidate `c` among its article's `cands`."""
    _, opening_start = lede(text, title)
    opening_text, _ = lede(text, title)
    opening_end = opening_start + len(opening_text)
    total = sum(k.count for k in cands) or 1
    near, start, end = _sentence_span(text, f.start)
    before = [m for m in mentions if m.start < f.start]
    own = {m.name for m in mentions if start <= m.start < end}
    close = {m.name for m in mentions if near <= m.start < start}
    inner = any(not _country(k.name) for k in cands if k.name != c.name)
    return [
        float(c.first < opening_end),
        float(c.first == min(k.first for k in cands)),
        math.log1p(c.count),
        c.count / total,
        float(c.count == max(k.count for k in cands)),
        math.log1p(len(cands)),
        float(_country(c.name)),
        float(c.first < f.start),
        float(bool(before) and before[-1].name == c.name),
        float(bool(own - {c.name})),
        float(bool(close - {c.name})),
        float(c.name in own | close),
        float(f.measure.quantity in PEOPLE_QUANTITIES),
        float(f.measure.dimension.startswith("currency")),
        float(_country(c.name) and inner),
        float(f.measure.event in CASUALTY_EVENTS),
        float(f.measure.event in STATE_EVENTS),
        float(bool(f.measure.subject)),
        float(bool(f.measure.subject) and (f.measure.subject in c.name or c.name in f.measure.subject)),
        max(k.count for k in cands) / total,
        float(bool(title) and c.name in title),
        f.start / max(len(text), 1),
        float(f.measure.scope == "incremental"),
        float(c.name in own),
        math.log1p(min((f.start - m.start for m in before if m.name == c.name), default=len(text))),
        float(bool(own)),
    ]


@dataclass
class Case:
    """One decision: a dev figure without a place, its candidates' feature rows and which candidate is right."""

    doc: str
    batch: str
    story: str
    gold: str
    rows: list[list[float]]
    names: list[str]
    right: list[bool]


def cases() -> list[Case]:
    """Every decision of the dev split, from the current extraction (cached) and a recogniser pass per article."""
    matched = matched_figures("dev")
    arts = {m.doc: m.article for m in matched}
    nlp = extraction_pipeline()
    ner = dict(zip(arts, nlp.pipe((a.text for a in arts.values()), batch_size=8, disable=not_for_places(nlp))))
    mentions_of = {doc: place_mentions(parsed) for doc, parsed in ner.items()}
    out: list[Case] = []
    for m in matched:
        mentions = mentions_of[m.doc]
        cands = candidates(m.article.text, m.article.title, mentions)
        if not may_take_setting(m.figure) or not cands:
            continue
        rows = [features(m.figure, c, cands, mentions, m.article.text, m.article.title) for c in cands]
        want = m.gold["measure"]["place"]
        out.append(Case(m.doc, m.batch, m.story, want, rows, [c.name for c in cands],
                        [bool(want) and name_ok(c.name, want) for c in cands]))
    return out


def _without_countries(c: Case) -> Case:
    """`c` with its country candidates left out (FEATURES' is_country)."""
    keep = [i for i, r in enumerate(c.rows) if not r[FEATURES.index("is_country")]]
    return Case(c.doc, c.batch, c.story, c.gold, [c.rows[i] for i in keep], [c.names[i] for i in keep],
                [c.right[i] for i in keep])


def fit(cs: list[Case], l2: float = L2) -> np.ndarray:
    """Logistic regression weights (bias last) on every candidate row of `cs`, L2-regularised, gradient descent."""
    x = np.array([r + [1.0] for c in cs for r in c.rows], dtype=float)
    y = np.array([float(k) for c in cs for k in c.right])
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0.0] / len(y)
        w -= RATE * grad
    return w


def decide(c: Case, w: np.ndarray, threshold: float) -> str:
    """The candidate `c` takes under `w`: the most likely one, when its probability passes `threshold`; else ""."""
    if not c.rows:
        return ""
    scores = [1 / (1 + math.exp(-float(np.dot(r + [1.0], w)))) for r in c.rows]
    best = int(np.argmax(scores))
    return c.names[best] if scores[best] >= threshold else ""


def outcome(c: Case, given: str) -> str:
    """gain (right place given), loss (gold "" given a place), wrong (gold has another place), none (nothing given)."""
    if not given:
        return "none"
    if not c.gold:
        return "loss"
    return "gain" if name_ok(given, c.gold) else "wrong"


def _auc(cs: list[Case], scores: dict[int, list[float]]) -> float:
    """How well the held-out score of each decision's top candidate ranks a right place (the candidate is the gold's)
    above a gold "" (any place given is a loss): the chance a random right one scores above a random loss."""
    top = {i: int(np.argmax(s)) for i, s in scores.items()}
    pos = [scores[i][top[i]] for i in scores if cs[i].right[top[i]]]
    neg = [scores[i][top[i]] for i in scores if not cs[i].gold]
    pairs = [(p > n) + 0.5 * (p == n) for p in pos for n in neg]
    return sum(pairs) / len(pairs) if pairs else 0.5


def grouped_folds(cs: list[Case], k: int) -> list[set[str]]:
    """`k` folds of stories, assigned greedily by size (largest first, name order on ties): deterministic."""
    sizes = Counter(c.story for c in cs)
    folds: list[set[str]] = [set() for _ in range(k)]
    load = [0] * k
    for story, n in sorted(sizes.items(), key=lambda s: (-s[1], s[0])):
        i = load.index(min(load))
        folds[i].add(story)
        load[i] += n
    return folds


def report(title: str, cs: list[Case], given: list[str]) -> None:
    """Counts of each outcome per dev batch."""
    per: dict[str, Counter] = defaultdict(Counter)
    for c, g in zip(cs, given):
        per[c.batch][outcome(c, g)] += 1
        per["all"][outcome(c, g)] += 1
    print(f"  {title}")
    for batch in sorted(per):
        n = per[batch]
        print(f"    {batch:10s} gain {n['gain']:3d}  loss {n['loss']:3d}  wrong {n['wrong']:3d}  none {n['none']:3d}"
              f"  net {n['gain'] - n['loss']:+d}")


def cached_cases(cache: str, build: Callable[[], list]) -> list:
    """The decisions from the pickle `cache` names when it exists, else built (and written there when named): a
    second look at the counts skips the extraction."""
    path = Path(cache) if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    cs = build()
    if path:
        path.write_bytes(pickle.dumps(cs))
    return cs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--threshold", type=float, default=0.4)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--no-countries", action="store_true", help="leave countries out of the candidates")
    ap.add_argument("--cache", default="", help="pickle of the decisions, read if present, else written")
    args = ap.parse_args(argv)
    cs = cached_cases(args.cache, cases)
    if args.no_countries:
        cs = [_without_countries(c) for c in cs]
        cs = [c for c in cs if c.names]
    reachable = sum(any(c.right) for c in cs)
    print(f"decisions {len(cs)}; gold place given {sum(bool(c.gold) for c in cs)}; right candidate present "
          f"{reachable}; gold '' {sum(not c.gold for c in cs)}")
    folds = grouped_folds(cs, args.folds)
    cv_given: dict[float, list[str]] = {t: [""] * len(cs) for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)}
    scores: dict[int, list[float]] = {}
    for fold in folds:
        w = fit([c for c in cs if c.story not in fold], args.l2)
        for i, c in enumerate(cs):
            if c.story in fold:
                scores[i] = [float(np.dot(r + [1.0], w)) for r in c.rows]
                for t in cv_given:
                    cv_given[t][i] = decide(c, w, t)
    ranked = [i for i, c in enumerate(cs) if any(c.right)]
    top = sum(cs[i].right[int(np.argmax(scores[i]))] for i in ranked)
    print(f"CV: right candidate ranked first in {top} of {len(ranked)} decisions that have one")
    print(f"CV: AUC of the top candidate's score, right place vs gold '': {_auc(cs, scores):.3f}")
    print(f"grouped {args.folds}-fold CV (held-out stories):")
    for t, given in cv_given.items():
        report(f"threshold {t}", cs, given)
    w = fit(cs, args.l2)
    print("in-sample (fit on all dev):")
    report(f"threshold {args.threshold}", cs, [decide(c, w, args.threshold) for c in cs])
    print("weights: " + ", ".join(f"{n}={v:+.2f}" for n, v in zip([*FEATURES, "bias"], w)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
