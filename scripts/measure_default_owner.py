"""Measure whether a default owner generalises (tests/gold/measures/GUIDE.md, the subject line: "the company, country,
organisation, group or person that has, suffers, pays or does it"; "" when the figure belongs to the story as a
whole): for each dev figure the code leaves with no subject, would the article's protagonist (an owner-kind name of
its title or first sentence) be the right owner? Dev documents of tests/gold/split.json only (dev, dev-new,
dev-lee*); the test split is never read. Modelled on scripts/train_scene_place.py (stop 40).

Candidates are the owner-kind names (measure_lexicon.OWNER_LABELS: ORG, GPE, NORP, PERSON) of the article's opening
(setting.lede: the title when it heads the text, then the first sentence), first named first. Each simple rule picks
at most one candidate per figure; the logistic regression scores each (figure, candidate) row on FEATURES and gives
its best candidate when it passes a threshold. Every decision is one of: gain (gold owner given), loss (gold "" given
an owner), wrong (gold names another owner: wrong before and after, no change), none (nothing given). Net = gain -
loss. Rules without a fitted part are scored on all of dev (nothing is fitted); the regression and rules with a
threshold are scored by grouped K-fold CV (folds of stories: a thread, or a one-off document alone).

Stop 41's finding (wt-subjtopic): 305 dev figures with no subject read (76 stories); the gold names an owner for
122 of them (56 stories) and "" for 183 (83 of those story-wide deaths, 17 injured); the gold owner is among the
opening's owner-kind names for only 31 (17 stories, 13 of them the side of a cricket or tennis match), its words
appear in the opening at all for 45. Every rule lost held-out or in-sample: first opening name net -152 (gain 10,
loss 162), the opening's grammatical subject -107, the same for ownable quantities -27 (gain 9, loss 36), most named
(3+) ownable -13, sole opening name ownable -18, ORG opening subject ownable -12; the regression (held-out AUC
0.73-0.75) gives no owner at thresholds 0.15 and up (L2 10) and loses at every threshold that gives any (5 or 10
folds, L2 1 or 10: net -1 .. -48). So no default owner was wired in.

Usage: python scripts/measure_default_owner.py [--folds 5] [--l2 10] [--cache FILE]
"""
from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_scene_place import cached_cases, decide, fit, grouped_folds  # noqa: E402

from newsfigures.eval.matched_figures import matched_figures  # noqa: E402
from newsfigures.eval.measure_rules import name_ok, name_words  # noqa: E402
from newsfigures.eval.systems import extraction_pipeline  # noqa: E402
from newsfigures.extract import windows  # noqa: E402
from newsfigures.extract.measure_lexicon import OWNER_LABELS  # noqa: E402
from newsfigures.extract.setting import lede  # noqa: E402
from newsfigures.model import Figure  # noqa: E402

MAX_CANDIDATES = 4
# quantities no owner has in the GUIDE's sense of a default: measurements, times, ages, and the persons a story-wide
# toll counts ("" for the tsunami's total toll)
UNOWNED_QUANTITIES = frozenset({"age", "duration", "distance", "height", "magnitude", "speed", "mass", "area",
                                "temperature", "probability", "deaths", "injured", "casualties", "missing",
                                "displaced"})
MONEY_QUANTITIES = frozenset({"revenue", "sales", "profit", "debt", "cost", "price", "fine", "budget", "deal_value",
                              "spending", "wealth", "salary", "money", "aid", "share_price", "economy"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})  # "X did Y, officials said": the reported clause under the root
FEATURES = ("in_title", "in_first_sentence", "opening_subject", "first_named", "is_org", "is_gpe", "is_norp",
            "is_person", "log_count", "count_share", "most_named", "in_own_sentence", "named_near_before",
            "ownable", "money", "people", "other_owner_in_sentence", "position", "measured_or_said")
PEOPLE_QUANTITIES = frozenset({"people", "troops"})


@dataclass(frozen=True)
class Candidate:
    """An owner-kind name of the article's opening: its text, label, first offset, mentions, whether it heads the
    opening's clause (the grammatical subject of a title's or first sentence's root)."""

    name: str
    label: str
    first: int
    count: int
    subject: bool
    in_title: bool


@dataclass
class Case:
    """A dev figure with no subject read: its gold owner, its candidates and their feature rows."""

    doc: str
    batch: str
    story: str
    gold: str
    surface: str
    quantity: str
    names: list[str]
    rows: list[list[float]]
    right: list[bool]
    cands: list[Candidate]


def _same(a: str, b: str) -> bool:
    """Two mentions name one owner (the evaluation's name match, on their words)."""
    return bool(name_words(a)) and name_ok(a, b)


def _opening_subjects(doc: Doc) -> list[Span]:
    """The grammatical subjects (their subtrees) of each sentence root of a parsed opening, and of the clause a
    reporting root carries ("Harrow Foods will cut jobs, the company said")."""
    out = []
    for sent in doc.sents:
        heads = [sent.root, *(t for t in sent.root.children if t.dep_ in REPORTED_DEPS)]
        for t in (c for h in heads for c in h.children):
            if t.dep_ in SUBJECT_DEPS:
                out.append(doc[t.left_edge.i:t.right_edge.i + 1])
    return out


def candidates(opening: Doc, title: str, ents: Sequence[Span]) -> list[Candidate]:
    """The opening's distinct owner-kind names, first named first, with their mentions over the whole article."""
    subjects = _opening_subjects(opening)
    out: list[Candidate] = []
    for e in opening.ents:
        if e.label_ not in OWNER_LABELS or any(_same(e.text, c.name) for c in out):
            continue
        mentions = [m for m in ents if m.label_ in OWNER_LABELS and _same(m.text, e.text)]
        first = min((m.start_char for m in mentions), default=0)
        is_subj = any(s.start <= e.start and e.end <= s.end for s in subjects)
        out.append(Candidate(e.text, e.label_, first, max(len(mentions), 1), is_subj,
                             bool(title) and e.text in title))
    return out[:MAX_CANDIDATES]


def features(f: Figure, c: Candidate, cands: Sequence[Candidate], ents: Sequence[Span], text: str,
             first_end: int) -> list[float]:
    """The FEATURES row of figure `f` taking candidate `c` among its article's `cands`."""
    total = sum(k.count for k in cands) or 1
    sents = windows.sentences(text)
    i = next((k for k, (s, e) in enumerate(sents) if s <= f.start < e), 0)
    start, end = sents[i] if sents else (0, len(text))
    near = sents[max(0, i - 2)][0] if sents else 0
    owners = [m for m in ents if m.label_ in OWNER_LABELS]
    own = [m for m in owners if start <= m.start_char < end]
    q = f.measure.quantity
    return [
        float(c.in_title),
        float(c.first < first_end),
        float(c.subject),
        float(c is cands[0]),
        float(c.label == "ORG"),
        float(c.label == "GPE"),
        float(c.label == "NORP"),
        float(c.label == "PERSON"),
        math.log1p(c.count),
        c.count / total,
        float(c.count == max(k.count for k in cands)),
        float(any(_same(m.text, c.name) for m in own)),
        float(any(near <= m.start_char < start and _same(m.text, c.name) for m in owners)),
        float(q not in UNOWNED_QUANTITIES),
        float(q in MONEY_QUANTITIES or f.measure.dimension.startswith("currency")),
        float(q in PEOPLE_QUANTITIES),
        float(any(not _same(m.text, c.name) for m in own)),
        f.start / max(len(text), 1),
        float(f.measure.event in ("measured", "said")),
    ]


def cases() -> list[Case]:
    """Every dev figure matched to gold whose subject the code leaves "", from the current extraction (cached)."""
    nlp = extraction_pipeline()
    out: list[Case] = []
    seen: dict[str, tuple] = {}
    for m in matched_figures("dev"):
        if m.figure.measure.subject:
            continue
        if m.doc not in seen:
            opening_text, _ = lede(m.article.text, m.article.title)
            ents = list(nlp(m.article.text).ents)
            seen[m.doc] = (ents, candidates(nlp(opening_text), m.article.title, ents), len(opening_text))
        ents, cands, first_end = seen[m.doc]
        f, want = m.figure, m.gold["measure"]["subject"]
        rows = [features(f, c, cands, ents, m.article.text, first_end) for c in cands]
        out.append(Case(m.doc, m.batch, m.story, want, f.text, f.measure.quantity, [c.name for c in cands], rows,
                        [bool(want) and name_ok(c.name, want) for c in cands], cands))
    return out


def outcome(c: Case, given: str) -> str:
    """gain (right owner given), loss (gold "" given an owner), wrong (gold names another), none (nothing given)."""
    if not given:
        return "none"
    if not c.gold:
        return "loss"
    return "gain" if name_ok(given, c.gold) else "wrong"


Rule = Callable[[Case], str]


def _first(c: Case, keep: Callable[[Candidate], bool]) -> str:
    """The first candidate of `c` that `keep` keeps, or ""."""
    return next((k.name for k in c.cands if keep(k)), "")


def _ownable(c: Case) -> bool:
    """The figure's quantity is one an owner can have (not a measurement, time, age or casualty count)."""
    return c.quantity not in UNOWNED_QUANTITIES


RULES: dict[str, Rule] = {
    "first opening name": lambda c: _first(c, lambda k: True),
    "first opening ORG/GPE/NORP": lambda c: _first(c, lambda k: k.label != "PERSON"),
    "opening's grammatical subject": lambda c: _first(c, lambda k: k.subject),
    "opening subject, ownable quantity": lambda c: _first(c, lambda k: k.subject) if _ownable(c) else "",
    "opening subject ORG, ownable": lambda c: _first(c, lambda k: k.subject and k.label == "ORG")
    if _ownable(c) else "",
    "title subject, ownable": lambda c: _first(c, lambda k: k.subject and k.in_title) if _ownable(c) else "",
    "most named (3+), ownable": lambda c: next((k.name for k in sorted(c.cands, key=lambda k: -k.count)
                                                if k.count >= 3), "") if _ownable(c) else "",
    "subject & most named (3+), ownable": lambda c: next(
        (k.name for k in c.cands if k.subject and k.count >= 3 and k.count == max(j.count for j in c.cands)), "")
    if _ownable(c) else "",
    "sole opening name, ownable": lambda c: c.names[0] if len(c.cands) == 1 and _ownable(c) else "",
    "sole opening name ORG, ownable": lambda c: c.names[0]
    if len(c.cands) == 1 and c.cands[0].label == "ORG" and _ownable(c) else "",
    "ORG subject & most named (3+), money": lambda c: next(
        (k.name for k in c.cands if k.subject and k.label == "ORG" and k.count >= 3
         and k.count == max(j.count for j in c.cands)), "")
    if c.rows and c.rows[0][FEATURES.index("money")] else "",
}


def report(title: str, cs: Sequence[Case], given: Sequence[str], detail: bool = False) -> None:
    """Counts of each outcome per dev batch, and the stories the gains and losses come from."""
    per: dict[str, Counter] = defaultdict(Counter)
    stories: dict[str, set[str]] = defaultdict(set)
    for c, g in zip(cs, given):
        o = outcome(c, g)
        per[c.batch][o] += 1
        per["all"][o] += 1
        stories[o].add(c.story)
    print(f"  {title}")
    for batch in sorted(per):
        n = per[batch]
        print(f"    {batch:10s} gain {n['gain']:3d}  loss {n['loss']:3d}  wrong {n['wrong']:3d}  none {n['none']:3d}"
              f"  net {n['gain'] - n['loss']:+d}")
    print(f"    stories: gain {len(stories['gain'])}, loss {len(stories['loss'])}")
    if detail:
        for c, g in zip(cs, given):
            o = outcome(c, g)
            if o in ("gain", "loss", "wrong"):
                print(f"      {o:5s} {c.doc}: {c.surface!r} ({c.quantity}) gold={c.gold!r} given={g!r}")


def top_auc(cs: Sequence[Case], top: dict[int, float]) -> float:
    """The chance a random figure whose gold owner is a candidate scores above a random gold "" one (held out)."""
    pos = [top[i] for i, c in enumerate(cs) if any(c.right)]
    neg = [top[i] for i, c in enumerate(cs) if not c.gold]
    pairs = [(p > n) + 0.5 * (p == n) for p in pos for n in neg]
    return sum(pairs) / len(pairs) if pairs else 0.5


def cross_validated(cs: list[Case], folds: int, l2: float,
                    thresholds: Sequence[float]) -> tuple[dict[float, list[str]], dict[int, float]]:
    """Each decision as a regression fitted without its story makes it at each threshold, and the held-out score of
    its top candidate (by index): grouped `folds`-fold cross-validation."""
    cv: dict[float, list[str]] = {t: [""] * len(cs) for t in thresholds}
    top: dict[int, float] = {}
    for fold in grouped_folds(cs, folds):
        w = fit([c for c in cs if c.story not in fold], l2)
        for i, c in enumerate(cs):
            if c.story in fold:
                top[i] = max(float(np.dot(r + [1.0], w)) for r in c.rows)
                for t in thresholds:
                    cv[t][i] = decide(c, w, t)
    return cv, top


def report_rules_and_fit(cs: list[Case], rules: dict[str, Rule], features: Sequence[str],
                         args: argparse.Namespace, thresholds: Sequence[float]) -> None:
    """Print each simple rule's counts on all of dev, then the regression's, cross-validated by story at each
    threshold, and its in-sample weights (`args`: folds, l2, detail, a rule's or "threshold T"'s name)."""
    print("simple rules (nothing fitted; all of dev):")
    for name, rule in rules.items():
        report(name, cs, [rule(c) for c in cs], detail=name == args.detail)
    with_rows = [c for c in cs if c.rows]
    cv, top = cross_validated(with_rows, args.folds, args.l2, thresholds)
    print(f"logistic regression, grouped {args.folds}-fold CV (held-out stories), L2 {args.l2}; held-out AUC of the "
          f"top candidate's score, gold owner among the candidates vs gold '': {top_auc(with_rows, top):.3f}")
    for t, given in cv.items():
        report(f"threshold {t}", with_rows, given, detail=args.detail == f"threshold {t}")
    w = fit(with_rows, args.l2)
    print("in-sample weights: " + ", ".join(f"{n}={v:+.2f}" for n, v in zip([*features, "bias"], w)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--cache", default="", help="pickle of the decisions, read if present, else written")
    ap.add_argument("--detail", default="", help="list the decisions of the rule of this name")
    args = ap.parse_args(argv)
    cs = cached_cases(args.cache, cases)
    owned = [c for c in cs if c.gold]
    print(f"figures with no subject read {len(cs)} in {len({c.story for c in cs})} stories; gold names an owner "
          f"{len(owned)} (in {len({c.story for c in owned})} stories), gold '' {len(cs) - len(owned)}; gold owner "
          f"among the opening's candidates {sum(any(c.right) for c in cs)} "
          f"(in {len({c.story for c in cs if any(c.right)})} stories)")
    report_rules_and_fit(cs, RULES, FEATURES, args, (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
