"""Metric keys split where their figures' measures disagree (issue #9, part 3).

A metric key (`compare.metrics`) says what is counted, what happened and where, as the figure's clause words it;
news of other kinds than the war and disaster threads it was written on files different quantities under one key:
each batsman's runs under "runs", each defendant's fine under "fines (CHF)", a count of guides beside a sentence
under "guides". The figures' structured measures often tell them apart. A key is split field by field, in the order
of FIELDS, when one article gives two of its figures different classes of a field (both filled): each class becomes
a part of its own ("runs · Hayward", "people killed in Victoria"). Differences between articles alone split nothing:
they are mostly two wordings of one party ("North Korean troops", "Korean soldiers"). A figure that does not know the
field joins the one class its sentence names, else it stays under the key itself: which part it belongs to cannot
be told. Event is no field here (one quantity is reported with many verbs: "took", "picked up" wickets), nor is
scope (the key already reads batch and projection over the corpus). All functions are pure.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsfigures.compare import lexicon
from newsfigures.compare.similarity import concept, name_words, place_words
from newsfigures.extract import word_senses
from newsfigures.model import Figure

if TYPE_CHECKING:
    from newsfigures.compare.metrics import Reading

# Measure fields that split a key, in the order they are tried: what kind of amount, what is measured, whose, where.
FIELDS: tuple[str, ...] = ("dimension", "quantity", "subject", "place")
# Endings that make a place's people ("Australia" -> "Australians", "Israel" -> "Israelis", "China" -> "Chinese").
DEMONYM_TAILS: tuple[str, ...] = ("n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese")
_COORDINATED = re.compile(r"\band\b|,|&")
_CONNECTORS = frozenset({"and", ",", "&"})
_TOKEN = re.compile(r"[\w.'’-]+|[,&]")


@dataclass(frozen=True)
class Specific:
    """What a figure's part of its key adds to the key: a place (when the key has none) and a detail ("Ponting")."""

    place: str = ""
    detail: str = ""


def _party(subject: str) -> str:
    """The party a subject names, by its names ("North Korean troops" and "Korean soldiers" -> "korean", "Glenn
    McGrath and Shane Warne"), or a part of a population ("children"); "" for a description that stands for a party
    the clause does not name ("the home side", "the tourists", "employees")."""
    words = name_words(subject)
    if words in lexicon.SUBGROUP_SUBJECTS:
        return words
    tokens = ["and" if t.lower() in _CONNECTORS else t for t in _TOKEN.findall(subject)
              if t[:1].isupper() or t.lower() in _CONNECTORS]
    return re.sub(r"^(?:and )+|(?: and)+$", "", name_words(" ".join(tokens)))


def value(f: Figure, field: str) -> str:
    """A figure's known value of one measure field, normalised for comparison; "" when unknown."""
    m = f.measure
    if field == "quantity":
        return concept(m)
    if field == "subject":
        return _party(m.subject)
    if field == "place":
        return place_words(m.place)
    return m.dimension


def _same_name(x: str, y: str) -> bool:
    """Two subjects that name one party: equal, or one containing the other ("warne" in "shane warne"), unless
    either coordinates several ("glenn mcgrath and shane warne" is neither of them)."""
    if x == y:
        return True
    if _COORDINATED.search(x) or _COORDINATED.search(y):
        return False
    return (f" {x} " in f" {y} " or f" {y} " in f" {x} " or _demonym_of(x, y) or _demonym_of(y, x)
            or _acronym_of(x, y) or _acronym_of(y, x))


def _initials(name: str) -> str:
    """The first letters of a name of two words or more ("national basketball association" -> "nba"), else ""."""
    words = name.split()
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _acronym_of(short: str, name: str) -> bool:
    """`short` spells the initials of `name`'s first words ("nba players" of "national basketball association
    players", wn2004_036), the way news writes an organisation's name once in full and then by its letters (bg_203
    "Transport Workers Union (TWU)", wn2004_051 "the Department of Homeland Security" ... "the DHS")."""
    first, *rest = short.split() or [""]
    words = name.split()
    if len(first) < 2 or len(words) < len(first) + len(rest) or words[len(first):] != rest:
        return False
    return _initials(" ".join(words[:len(first)])) == first


def _demonym_of(name: str, other: str) -> bool:
    """`other` is the people of the place `name` ("australians" of "australia", "israelis" of "israel",
    "palestinians" of "palestine")."""
    return other in _peoples(name)


def _peoples(name: str) -> frozenset[str]:
    """The words that name the people of a place `name`: WordNet's for a country ("united states" -> "americans",
    `word_senses.peoples_of`), and the words its endings would make (none for a name under four letters) unless
    WordNet gives them to another country ("niger" -> not "nigerians", Nigeria's)."""
    guessed = {stem + t for t in DEMONYM_TAILS for stem in (name, name[:-1])} if len(name) >= 4 else set()
    return word_senses.peoples_of(name) | {w for w in guessed if word_senses.folded_country_of(w) in ("", name)}


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
        found = set().union(*(by_word.get(w, ()) for w in _lookups(v)))
        same = sorted((c for c in found if _same_name(v, c)), key=order.__getitem__)
        out[v] = same[0] if len(same) == 1 else v
        if out[v] == v:
            order[v] = len(order)
            for w in _lookups(v):
                by_word[w].add(v)
    return out


def _lookups(name: str) -> set[str]:
    """The words two names of one party share: their words, the names of its people ("united states" ->
    "americans"), and the initials of its first words ("national basketball association" -> "nb", "nba")."""
    acronyms = {_initials(" ".join(name.split()[:n])) for n in range(2, len(name.split()) + 1)}
    return set(name.split()) | set(_peoples(name)) | (acronyms - {""})


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


def _conflicting(members: Sequence[int], values: dict[int, str], cls: dict[str, str],
                 figures: Sequence[Figure]) -> bool:
    """Whether one article gives two of the figures different classes of the field: the key lumps two things."""
    seen: dict[str, set[str]] = defaultdict(set)
    for n in members:
        if values[n]:
            seen[figures[n].article_id].add(cls[values[n]])
    return any(len(found) > 1 for found in seen.values())


def _named_class(f: Figure, field: str, cls: dict[str, str]) -> str:
    """The one class whose value the figure's sentence names ("Australia ... the home side declaring at 7 for
    309": Australians), for a figure that does not know the field; "" when none or several are named."""
    if field not in ("subject", "place"):
        return ""
    said = f" {name_words(f.sentence)} "
    tokens = set(said.split())
    peoples = set().union(*(_peoples(t) for t in tokens))
    named = {c for v, c in cls.items()
             if f" {v} " in said or (" " not in v and (v in peoples or bool(_peoples(v) & tokens)))}
    return named.pop() if len(named) == 1 else ""


def _split_on(field: str, part: Part, figures: Sequence[Figure]) -> list[Part]:
    """One part split by one field, when an article gives two of its figures different classes of the field: a
    part per class; a figure that does not know the field joins the class its sentence names, else stays as it
    was. The part unchanged when no article gives two classes."""
    members, said = part
    values = {n: value(figures[n], field) for n in members}
    cls = classes(list(values.values()), field)
    if not _conflicting(members, values, cls, figures):
        return [part]
    by_class: dict[str, list[int]] = defaultdict(list)
    for n in members:
        by_class[cls[values[n]] if values[n] else _named_class(figures[n], field, cls)].append(n)
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
