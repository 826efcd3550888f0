"""Metric keys split where their figures' measures disagree (issue #9, part 3).

A metric key (`compare.metrics`) says what is counted, what happened and where, as the figure's clause words it;
news of other kinds than the war and disaster threads it was written on files different quantities under one key:
each batsman's runs under "runs", each defendant's fine under "fines (CHF)", a count of guides beside a sentence
under "guides". The figures' structured measures often tell them apart. A key is split field by field, in the order
of FIELDS, when one article gives two of its figures different classes of a field (both filled): each class becomes
a part of its own ("runs · Hayward", "people killed in Victoria"). Differences between articles alone split nothing:
they are mostly two wordings of one party ("North Korean troops", "Korean soldiers"), except for runs, each
batsman's or side's own (`_own_score`: "Matthew Hayden is on 31", "Adam Gilchrist not out 83"). A figure that does not know the
field joins the one class its sentence names, else it stays under the key itself: which part it belongs to cannot
be told. Event is no field here (one quantity is reported with many verbs: "took", "picked up" wickets), nor is
scope (the key already reads batch and projection over the corpus). All functions are pure.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsfigures.compare.parties import lookups, name_words, party, peoples, same_party
from newsfigures.compare.similarity import concept, place_words
from newsfigures.model import Figure

if TYPE_CHECKING:
    from newsfigures.compare.metrics import Reading

# Measure fields that split a key, in the order they are tried: what kind of amount, what is measured, of what goods,
# whose, where.
FIELDS: tuple[str, ...] = ("dimension", "quantity", "goods", "subject", "place")
OWN_SCORES = frozenset({"run"})  # what a score split by its owner across articles counts (`_own_score`)


@dataclass(frozen=True)
class Specific:
    """What a figure's part of its key adds to the key: a place (when the key has none) and a detail ("Ponting")."""

    place: str = ""
    detail: str = ""


def value(f: Figure, field: str) -> str:
    """A figure's known value of one measure field, normalised for comparison; "" when unknown."""
    m = f.measure
    if field == "quantity":
        return concept(m)
    if field == "subject":
        return party(m.subject)
    if field == "place":
        return place_words(m.place)
    if field == "goods":
        return m.goods.lower()
    return m.dimension


def classes(values: Sequence[str], field: str) -> dict[str, str]:
    """Each known value mapped to its class: a subject joins the longest subject naming the same party (when only
    one does); other fields are classes by equality."""
    known = sorted({v for v in values if v}, key=lambda v: (-len(v), v))
    if field != "subject":
        return {v: v for v in known}
    out: dict[str, str] = {}
    order: dict[str, int] = {}  # each class, in the order it was made
    by_word: dict[str, set[str]] = defaultdict(set)  # a word (or a people's name) -> the classes it may join
    for v in known:
        found = set().union(*(by_word.get(w, ()) for w in lookups(v)))
        same = sorted((c for c in found if same_party(v, c)), key=order.__getitem__)
        out[v] = same[0] if len(same) == 1 else v
        if out[v] == v:
            order[v] = len(order)
            for w in lookups(v):
                by_word[w].add(v)
    return out


def _shown(figs: Sequence[Figure], field: str) -> str:
    """How a part is named: the most frequent spelling of the field (the longest on a tie) among its figures that
    know it; a figure that joined the part because its sentence names it ("Ponting and the home side added 7")
    does not name it with its own description."""
    figs = [f for f in figs if value(f, field)] or figs
    if field == "quantity":
        said = [concept(f.measure).replace("_", " ") for f in figs]
    else:
        said = [getattr(f.measure, field).strip() for f in figs]
    counts = Counter(s for s in said if s)
    return max(counts.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] if counts else ""


Part = tuple[tuple[int, ...], tuple[tuple[str, str], ...]]  # (figure indices, (field, shown value) added)


def _conflicting(field: str, members: Sequence[int], values: dict[int, str], cls: dict[str, str],
                 figures: Sequence[Figure]) -> bool:
    """Whether one article gives two of the figures different classes of the field: the key lumps two things; for
    runs, whether any two articles name two owners (`_own_score`)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for n in members:
        if values[n]:
            seen[figures[n].article_id].add(cls[values[n]])
    if field == "subject" and all(_own_score(figures[n]) for n in members):
        return len(set().union(*seen.values())) > 1 if seen else False
    return any(len(found) > 1 for found in seen.values())


def _own_score(f: Figure) -> bool:
    """A batsman's or a side's own runs (`extract.sport.score_noun`'s "run", or "12 runs"): two owners named by two
    articles are two scores, not two wordings of one party ("Matthew Hayden is on 31", "Adam Gilchrist not out
    83": cricket_aus_nz_2001 bg_275, bg_258; one article's, "runs · Hayward", "runs · Shaun Pollock", bg_118)."""
    return f.counted_lemma in OWN_SCORES and concept(f.measure) in OWN_SCORES


def _named_class(sentence: str, field: str, cls: dict[str, str]) -> str:
    """The one class whose value a figure's sentence names ("Australia ... the home side declaring at 7 for
    309": Australians), for a figure that does not know the field; "" when none or several are named. A longer
    value is read first and its words are then spent: "South Australia" names no "australia"."""
    if field not in ("subject", "place"):
        return ""
    said, named = f" {name_words(sentence)} ", set()
    for v, c in sorted(cls.items(), key=lambda vc: -len(vc[0])):  # "south australia" before the "australia" in it
        if f" {v} " in said:
            named.add(c)
            said = said.replace(f" {v} ", " | ")
    tokens = set(said.split())
    said_peoples = set().union(*(peoples(t) for t in tokens))
    named |= {c for v, c in cls.items() if " " not in v and (v in said_peoples or bool(peoples(v) & tokens))}
    return named.pop() if len(named) == 1 else ""


def _split_on(field: str, part: Part, figures: Sequence[Figure]) -> list[Part]:
    """One part split by one field, when an article gives two of its figures different classes of the field: a
    part per class; a figure that does not know the field joins the class its sentence names, else stays as it
    was. The part unchanged when no article gives two classes."""
    members, said = part
    values = {n: value(figures[n], field) for n in members}
    cls = classes(list(values.values()), field)
    if not _conflicting(field, members, values, cls, figures):
        return [part]
    by_class: dict[str, list[int]] = defaultdict(list)
    named: dict[str, str] = {}  # sentence -> the class it names: the figures of one long sentence read it once
    for n in members:
        if not values[n] and figures[n].sentence not in named:
            named[figures[n].sentence] = _named_class(figures[n].sentence, field, cls)
        by_class[cls[values[n]] if values[n] else named[figures[n].sentence]].append(n)
    out = [(tuple(ns), said + ((field, _shown([figures[n] for n in ns], field)),))
           for c, ns in by_class.items() if c]
    return out + ([(tuple(by_class[""]), said)] if by_class.get("") else [])


def _specific(said: tuple[tuple[str, str], ...], reading: "Reading") -> Specific:
    """The place and detail a part adds to its key (a place goes where the key's place goes, when it has none)."""
    fields = dict(said)
    place = fields.pop("place", "")
    if reading.place:
        place, fields = "", {**fields, **({"place": place} if place else {})}
    detail = " · ".join(fields[k] for k in FIELDS if fields.get(k))
    return Specific(place, detail)


def specifics(settled: Sequence[tuple[Figure, "Reading"]], keys: Sequence[str]) -> list[Specific]:
    """What each figure's part of its key adds to the key (`keys` aligned with `settled`); Specific() for figures
    whose key stays whole."""
    figures = [f for f, _r in settled]
    members: dict[str, list[int]] = defaultdict(list)
    for n, key in enumerate(keys):
        members[key].append(n)
    out = [Specific()] * len(keys)
    for ns in members.values():
        parts: list[Part] = [(tuple(ns), ())]
        for field in FIELDS:
            parts = [p for part in parts for p in _split_on(field, part, figures)]
        for part_members, said in parts:
            for n in part_members:
                out[n] = _specific(said, settled[n][1]) if said else Specific()
    return out
