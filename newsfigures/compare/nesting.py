"""Places that nest: which place of a story lies within another, as the story's own text says it.

News names a small place with the larger one it lies in: "Jabalia in northern Gaza", "the Jabalia refugee camp in
the Gaza Strip", "Khan Younis in southern Gaza", "Al-Ahli Arab Hospital in Gaza City" (one way), "Perth, Western
Australia", "Aceh province, Indonesia", "Jabalia, Gaza" (the other). A toll in the smaller place and one in the
larger are then no disagreement of place: one is narrower (`compare.similarity`), and an incident there is one of
the larger place's incidents (`compare.within`). Learned once per corpus from the sentences of its figures, for the
places its figures carry only (both sides; no hand list of places), with:
- "<P> [generic noun] in [the] [direction] <Q>", and "<P> [generic noun], [the] <Q>" ending a phrase (not a list:
  "Queensland, Victoria and Tasmania" names three places);
- a figure's place written with its country ("Aceh, Indonesia"), and the extractor's table of places and their
  countries (`extract.dimension.places_named`: "Perth" lies in Australia);
then closed transitively. A country never lies within another place of its story ("New Zealand in Perth" is a
team playing there, and so is any side of a match: "Queensland beat Victoria in Perth"), and two places each said to
lie in the other are neither. All functions are pure.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsfigures.compare import lexicon
from newsfigures.compare.parties import name_words
from newsfigures.extract import word_senses
from newsfigures.extract.dimension import places_named
from newsfigures.extract.measure_lexicon import WIN_VERBS
from newsfigures.model import Figure


@dataclass(frozen=True)
class Nesting:
    """Which places lie within which: (narrower, broader, what the text says) by `place_key`."""

    within: tuple[tuple[str, str, str], ...] = ()
    _index: dict[tuple[str, str], str] = field(init=False, repr=False, compare=False, hash=False)
    _broader: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {(x, y): why for x, y, why in self.within})
        broader: dict[str, set[str]] = {}
        for x, y, _why in self.within:
            broader.setdefault(x, set()).add(y)
        object.__setattr__(self, "_broader", {x: frozenset(ys) for x, ys in broader.items()})

    def broader(self, place: str) -> frozenset[str]:
        """The places (by `place_key`) that `place` lies within."""
        return self._broader.get(place_key(place), frozenset()) if self._broader else frozenset()

    def said(self, narrow: str, broad: str) -> str:
        """What says `narrow` lies within `broad` ("Jabalia in northern Gaza"), "" when nothing does."""
        if not self._index or not narrow or not broad or narrow == broad:
            return ""
        return self._index.get((place_key(narrow), place_key(broad)), "")

    def nested(self, x: str, y: str) -> str:
        """`said` either way round: what says one of two places lies within the other, or ""."""
        return self.said(x, y) or self.said(y, x)


NO_NESTING = Nesting()

# Words that may stand between a place's name and "in" or the comma: a generic noun naming what kind of place it is
# ("the Jabalia refugee camp in", "Aceh province,"); WordNet's location nouns and the sites counts are restricted to.
_GENERIC = r"(?:\s+[a-z]+){0,2}"
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*"
_DIRECTION = "|".join(sorted(lexicon.PLACE_MODIFIERS | {"north-eastern", "north-western", "south-eastern",
                                                        "south-western"}))
_RUN = re.compile(_NAME)
# After the narrower place's name: "[generic noun] in [the] [direction] <Q>", or "[generic noun], [the] <Q>" that
# ends the phrase: no list goes on after it ("Queensland, Victoria and Tasmania", "Jabalia, Gaza, Rafah").
_IN = re.compile(rf"({_GENERIC}),?\s+in\s+(?:the\s+)?(?:(?:{_DIRECTION})\s+)?({_NAME})")
_COMMA = re.compile(rf"({_GENERIC}),\s+(?:the\s+)?(?:(?:{_DIRECTION})\s+)?({_NAME})")
_LISTED_AFTER = re.compile(r"\s*(?:,\s*(?:the\s+)?[A-Z]|and\b|or\b|&)")
# "<P>, <Q>" holds a place only where <Q> ends the phrase: "In Gaza, Israel's army said" makes Israel a subject.
_PHRASE_END = re.compile(r"\s*(?:[,.;:)—–]|\s-|$)")
# "Jabalia, a refugee camp in northern Gaza", "Khan Younis, the largest city in southern Gaza": an apposition whose
# noun names a kind of place.
_APPOSITION = re.compile(rf",\s+(?:an?|the)\s+((?:[a-z-]+\s+){{0,3}}?[a-z]+)\s+in\s+(?:the\s+)?(?:(?:{_DIRECTION})\s+)?"
                         rf"({_NAME})")
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor|&)\s*$")
# A place named as the point a direction or distance is taken from is not the place a phrase is about: "Nowra,
# south of Sydney in the Shoalhaven" does not put Sydney in the Shoalhaven.
REFERENCE_WINDOW = 40  # characters before a name that may say it is a reference point
_REFERENCE_POINT = re.compile(rf"(?:\b(?:{_DIRECTION})|\bfrom)\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
# A name after a win verb, a match's "v" or "between <side> and" is a side of the match, not a place within its venue.
_SIDE_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(sorted(WIN_VERBS))})\w*(?:\s+by)?|\b(?:{'|'.join(sorted(lexicon.MATCH_SIDE_WORDS))})"
                          rf"\.?|\bbetween\s+(?:the\s+)?{_NAME}\s+and)\s+(?:the\s+)?$", re.IGNORECASE)


def place_key(place: str) -> str:
    """A place by the words of its proper name, without a trailing generic word ("the Gaza Strip" -> "gaza",
    "northern Gaza" -> "gaza", "Aceh province" -> "aceh"), as `similarity.proper_place` compares places."""
    proper = " ".join(w for w in place.split() if w[:1].isupper()) or place
    words = name_words(proper).split()
    while len(words) > 1 and words[-1] in lexicon.PLACE_SUFFIXES and \
            not (len(words) == 2 and words[0] in lexicon.PLACE_MODIFIERS):  # "Northern Territory" stays
        words.pop()
    return " ".join(words)


def _generic(words: str) -> bool:
    """Lower-case words between a name and "in" that say what kind of place it is ("refugee camp"), or none."""
    last = words.split()[-1] if words.split() else ""
    return not last or last in lexicon.SITE_NOUNS or word_senses.names_location(last)


def _country(key: str) -> bool:
    """A country's name (WordNet names its people: "new zealand", "australia")."""
    return bool(word_senses.peoples_of(key))


def _ends(run: str, places: frozenset[str]) -> tuple[str, int]:
    """The longest end of a run of capitalised words that is one of `places` ("In Jabalia" -> "jabalia") with where
    it starts in the run, or ("", 0)."""
    starts = [m.start() for m in re.finditer(r"\S+", run)]
    for at in starts:
        key = place_key(run[at:])
        if key in places:
            return key, at
    return "", 0


def _starts(run: str, places: frozenset[str]) -> str:
    """The longest start of a run of capitalised words that is one of `places` ("Gaza Strip" -> "gaza"), or ""."""
    words = run.split()
    return next((place_key(" ".join(words[:k])) for k in range(len(words), 0, -1)
                 if place_key(" ".join(words[:k])) in places), "")


def said_in(sentence: str, places: frozenset[str], words: frozenset[str] | None = None) -> list[tuple[str, str, str]]:
    """(narrower, broader, the words) for each place of `places` a sentence (or a whole text) puts within another of
    them; `words`, the words of `places`, when the caller has them."""
    out = []
    words = words if words is not None else frozenset(w for p in places for w in p.split())
    for run in _RUN.finditer(sentence):
        if words.isdisjoint(run.group().lower().split()):
            continue  # cheap: the run names no place of the story
        narrow, at = _ends(run.group(), places)
        start = run.start() + at
        before = sentence[max(0, start - REFERENCE_WINDOW):start]
        if not narrow or _REFERENCE_POINT.search(before) or _SIDE_BEFORE.search(before):
            continue
        for pattern in (_IN, _COMMA, _APPOSITION):
            m = pattern.match(sentence, run.end())
            if not m or not _generic(m.group(1)):
                continue
            if pattern is _COMMA and (_LISTED_BEFORE.search(sentence[max(0, run.start() - REFERENCE_WINDOW):run.start()])
                                      or _LISTED_AFTER.match(sentence, m.end())
                                      or not _PHRASE_END.match(sentence, m.end())):
                continue  # a list ("Queensland, Victoria and Tasmania") or a clause's subject ("In Gaza, Israel said")
            broad = _starts(m.group(2), places)
            if broad and broad != narrow:
                out.append((narrow, broad, " ".join(sentence[run.start() + at:m.end()].split())))
    return out


def _listed(place: str, places: frozenset[str]) -> list[tuple[str, str, str]]:
    """A figure's place written with the place it lies in ("Aceh, Indonesia"), and the countries the extractor's
    table puts it in ("Perth" -> Australia), when the story names them."""
    head, _, rest = place.partition(",")
    out = [(place_key(head), place_key(rest), place)] if rest.strip() else []
    return out + [(place_key(place), place_key(c), f"{place} in {c}") for c, n in places_named(place).items()
                  if n > 0 and place_key(c) in places]


def _closed(pairs: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """Pairs closed transitively (what says each link, joined), then any pair said both ways dropped."""
    out = dict(pairs)
    grew = True
    while grew:
        up: dict[str, list[tuple[str, str]]] = {}
        for (a, b), why in out.items():
            up.setdefault(a, []).append((b, why))
        added = {(a, d): f"{why}; {why2}" for (a, b), why in out.items() for d, why2 in up.get(b, ())
                 if a != d and (a, d) not in out}
        out.update(added)
        grew = bool(added)
    return {(a, b): why for (a, b), why in out.items() if (b, a) not in out}


def learn(figures: Iterable[Figure], places: Iterable[str] = (), texts: Iterable[str] = ()) -> Nesting:
    """Which of the places the figures carry (and `places`, as a corpus reads them) lie within which, read once per
    corpus from the articles' `texts`, else from the figures' sentences (all a corpus without its articles has)."""
    figs = list(figures)
    named = {p for f in figs for p in (f.place, f.measure.place) if p} | {p for p in places if p}
    keys = frozenset(place_key(p) for p in named) - {""}
    found: dict[tuple[str, str], str] = {}
    for p in sorted(named):
        for narrow, broad, why in _listed(p, keys):
            found.setdefault((narrow, broad), why)
    words = frozenset(w for k in keys for w in k.split())
    passages = list(texts) or [f.sentence for f in figs]  # a figure's sentence is in its article's text
    for sentence in dict.fromkeys(passages):
        for narrow, broad, why in said_in(sentence, keys, words):
            found.setdefault((narrow, broad), why)
    kept = {(a, b): why for (a, b), why in found.items() if a and b and a != b and not _country(a)}
    return Nesting(tuple(sorted((a, b, why) for (a, b), why in _closed(kept).items())))
