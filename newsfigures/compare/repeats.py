"""Repeats of one number in one article are one report (issue #9, item 2), and belong to one metric.

A metric key is read from each mention's own clause, so an article that gives a number twice in two wordings
("police have arrested three teenagers" ... "police arrested three 15-year-old boys"; "At least three senators are
considering" ... "Three of the party's senators ... are considering") files the two mentions under two keys, and the
clusters then read the two keys as two things the article reports. Two mentions are one report when all of these hold:
- one article, two sentences (one sentence that gives a number twice counts two things: "the two opening
  bowlers picked up two apiece", "The dead were five children, four women and five men");
- the same value, kind and unit, intervals that meet ("At least three" / "Three"), both current or the same earlier
  estimate (what `alignment.report_key` asks of one report);
- one quantity concept, both read (a small whole number of two kinds of thing stays two: "three people were killed
  and three houses burned"), and for a casualty count one subject or none on a side: whose casualties is never the
  misread field, as the clusters never fold two ("two Kenyans were killed" ... "two Ugandans were killed");
  of any quantity, two subjects that each name a party and not one are two owners ("Norway pledged $5 million" ...
  "Canada pledged $5 million");
- both or neither distributive: "N each" or "N apiece" is an amount per member of a group, no total ("two each in
  the northern and southern provinces", "about 27,000 francs each", "picked up two apiece" beside "2 for 17");
- a score ("3 for 89", `lexicon.SCORE_KINDS`) only beside a score of its kind: a bare count of wickets may be a
  bowler's ("the spinner took 3 for 77") or another innings', and the score's own runs say when it stood;
- the same key parts that tell counts of one quantity apart: event family, batch or total, projection and unit
  ("60,000 killed" and "60,000 more could die"; "three boys arrested" and "All three have been interviewed"), and no
  two places named that do not nest ("Five people have died in Victoria" ... "Five in Queensland");
- their measures disagree in at most one field (`similarity.Similarity.differing`): that field was misread;
- a vague count ("dozens", "scores", "hundreds": tests/gold/README.md, "Vague counts") states no number, so it may
  say again a number of its article whose interval it meets ("arresting more than 70 members" ... "to arrest scores
  of ... members", davis_cup_final_2001 bg_283; "Up to 2,000" ... "hundreds", mideast_dec_2001 bg_227; "An estimated
  500" ... "Hundreds", nsw_bushfires_2001 bg_000: one metric each in the dev gold), but only when nothing else tells
  the two apart: no measure field disagreeing, one place or none on both sides (a place on one side may name a
  part), and one subject word or a word for persons as such on a side (`_restated_exactly`).
The mentions joined so (transitively, within the article) take the key of the one the corpus files most: the key
whose figures span the most articles, then the most figures, then the first mention's. All functions are pure.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsfigures.compare import lexicon
from newsfigures.compare.clusters import CASUALTY_CONCEPTS
from newsfigures.compare.intervals import Interval, overlaps
from newsfigures.compare.nesting import NO_NESTING, Nesting
from newsfigures.compare.parties import party, same_party
from newsfigures.compare.similarity import Similarity, concept, similarity
from newsfigures.model import Figure

if TYPE_CHECKING:
    from newsfigures.compare.metrics import Reading

VAGUE = "vague"  # the qualifier of a count that states no number ("dozens", "hundreds")
MISREAD_FIELDS = 1  # measure fields that may disagree between two mentions of one report
# "each" or "apiece" at most two words after the number, "each" not the determiner of a noun ("two each in", "francs
# each."; not "two people each day")
_DISTRIBUTIVE = re.compile(r"^(?:\s+[\w-]+){0,2}?\s+(?:apiece\b|each(?=\s*(?:[.,;:)]|$|(?:in|of|for|and|or|to|from|at|on|"
                           r"with|by|but|while|after|before)\b)))", re.IGNORECASE)


def distributive(f: Figure) -> bool:
    """The number is said per member of a group ("picked up two apiece", "27,000 francs each")."""
    return bool(_DISTRIBUTIVE.match(f.sentence[f.end - f.sentence_start:]))


def _one_number(a: Figure, b: Figure) -> bool:
    """One article, two sentences, the same value (or a vague count on a side: `_vague`), kind and unit, intervals
    that meet, and the same time."""
    return (a.article_id == b.article_id and a.sentence_start != b.sentence_start and a.kind == b.kind
            and a.unit == b.unit and (round(a.value, 6) == round(b.value, 6) or _vague(a, b))
            and overlaps(Interval.of(a), Interval.of(b))
            and a.is_past == b.is_past and (not a.is_past or a.as_of == b.as_of))


def _vague(a: Figure, b: Figure) -> bool:
    """A side is a vague count ("dozens", "hundreds"), whose value is a guess: only its interval can meet a number."""
    return VAGUE in (a.qualifier, b.qualifier)


def _restated_exactly(fa: Figure, ra: "Reading", fb: Figure, rb: "Reading", sim: Similarity) -> bool:
    """A vague count beside a number is one report only when nothing else tells them apart: no measure field
    disagrees, both name one place or none (a place on one side may be a part: "More than 100 people were
    evacuated ... In the village of Ulma, dozens"), and both count one kind of thing or one side only persons as such
    ("about 50 rebels" ... "dozens of soldiers" are two; "At least 70 people" ... "Dozens of guests" one)."""
    return sim.differing == 0 and ra.place == rb.place and fa.measure.place == fb.measure.place \
        and (ra.subject == rb.subject or lexicon.human_generic(ra.subject) or lexicon.human_generic(rb.subject))


def _parts_allow(ra: "Reading", rb: "Reading", nesting: Nesting) -> bool:
    """Event family, batch or total, projection and unit equal; places equal, on one side only, or nested."""
    if (ra.family, ra.incremental, ra.projected, ra.unit) != (rb.family, rb.incremental, rb.projected, rb.unit):
        return False
    return not ra.place or not rb.place or ra.place == rb.place or bool(nesting.nested(ra.place, rb.place))


def _one_kind_of_score(a: Figure, b: Figure) -> bool:
    """Neither is a score, or both are scores of one kind."""
    kinds = {a.counted_lemma, b.counted_lemma}
    return not kinds & lexicon.SCORE_KINDS or len(kinds) == 1


def _one_party(ra: "Reading", rb: "Reading") -> bool:
    """The two readings' subjects are one, or one side has none."""
    return not ra.subject or not rb.subject or ra.subject == rb.subject


def _two_parties(a: Figure, b: Figure) -> bool:
    """Both subjects name a party, and not one ("Norway pledged $5 million" ... "Canada pledged $5 million")."""
    pa, pb = party(a.measure.subject), party(b.measure.subject)
    return bool(pa and pb) and not same_party(pa, pb)


def one_report(a: tuple[Figure, "Reading"], b: tuple[Figure, "Reading"], nesting: Nesting = NO_NESTING) -> bool:
    """Whether two settled mentions are one report (see the module docstring)."""
    (fa, ra), (fb, rb) = a, b
    if not _one_number(fa, fb) or not _parts_allow(ra, rb, nesting) or distributive(fa) != distributive(fb) \
            or not _one_kind_of_score(fa, fb):
        return False
    ca = concept(fa.measure)
    if not ca or ca != concept(fb.measure) or (ca in CASUALTY_CONCEPTS and not _one_party(ra, rb)) \
            or _two_parties(fa, fb):
        return False
    sim = similarity(fa, fb, nesting)
    if _vague(fa, fb) and not _restated_exactly(fa, ra, fb, rb, sim):
        return False
    return sim.score > 0 and sim.differing <= MISREAD_FIELDS


def _reports(settled: Sequence[tuple[Figure, "Reading"]], keys: Sequence[str], nesting: Nesting) -> list[int]:
    """Each figure's report: the index of the first mention of the report it belongs to (union over one article)."""
    root = list(range(len(settled)))

    def find(n: int) -> int:
        while root[n] != n:
            n = root[n]
        return n

    by_article: dict[str, list[int]] = {}
    for n, (f, _r) in enumerate(settled):
        by_article.setdefault(f.article_id, []).append(n)
    for members in by_article.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if keys[i] != keys[j] and find(i) != find(j) and one_report(settled[i], settled[j], nesting):
                    root[max(find(i), find(j))] = min(find(i), find(j))
    return [find(n) for n in range(len(settled))]


def report_keys(settled: Sequence[tuple[Figure, "Reading"]], keys: Sequence[str],
                nesting: Nesting = NO_NESTING) -> list[str]:
    """The metric key of every figure (`keys` aligned with `settled`), the mentions of one report under one key: the
    one whose figures span the most articles, then the most figures, then the first mention's."""
    reach = Counter(k for k, _a in {(k, f.article_id) for (f, _r), k in zip(settled, keys)})
    size = Counter(keys)
    report = _reports(settled, keys, nesting)
    members: dict[int, list[int]] = {}
    for n, r in enumerate(report):
        members.setdefault(r, []).append(n)
    chosen = {r: keys[max(ns, key=lambda n: (reach[keys[n]], size[keys[n]], -n))] for r, ns in members.items()}
    return [chosen[r] for r in report]
