"""Whether two nouns name one kind of thing, by Princeton WordNet 3.0 (data/noun_kinds.txt, written by
scripts/build_noun_kinds.py): the same sense, or one sense directly above the other ("blaze" and "fire", "employee"
and "worker"); and whether a generic noun for persons stands above a noun for some persons ("people" and
"militants"). What `compare.similarity` reads as "synonyms" (issue #9, item 2). All functions are pure."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from newsfigures.compare import lexicon
from newsfigures.extract.word_senses import person_noun

DATA = Path(__file__).parent / "data" / "noun_kinds.txt"


@cache
def _kinds() -> dict[str, frozenset[str]]:
    """Noun -> the words of its first sense and of the kinds directly above it (read once; package data)."""
    out: dict[str, frozenset[str]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, kinds = line.partition("\t")
            out[word] = frozenset(kinds.split())
    return out


def lemmas(word: str) -> tuple[str, ...]:
    """The singular forms a noun as written may have ("blazes" -> "blazes", "blaze", "blaz"; "casualties" ->
    "casualty"); only the one WordNet lists matters."""
    w = word.strip().lower().replace("_", " ")
    forms = [w, w.removesuffix("s"), w.removesuffix("es")]
    if w.endswith("ies"):
        forms.append(w[:-3] + "y")
    return tuple(dict.fromkeys(f for f in forms if f))


def _listed(word: str) -> str:
    """The first form of `word` the data lists, or ""."""
    return next((f for f in lemmas(word) if f in _kinds()), "")


def one_kind(x: str, y: str) -> bool:
    """Two different one-word nouns of which one names the other's sense or a kind directly above it ("blazes",
    "fire"); False for a word WordNet's file does not hold, for phrases and for the same word."""
    if " " in x.strip() or " " in y.strip():
        return False
    fx, fy = _listed(x), _listed(y)
    if fx and fy and fx == fy:
        return False
    kinds = _kinds()
    return bool((fx and any(f in kinds[fx] for f in lemmas(y))) or (fy and any(f in kinds[fy] for f in lemmas(x))))


def persons_above(x: str, y: str) -> bool:
    """One noun is a word for a person as such ("people", "individuals": `lexicon.PERSON_WORDS`) and the other a noun
    for some persons ("militants", "soldiers"): every such noun lies under WordNet's person
    (extract.word_senses.person_noun)."""
    for generic, other in ((x, y), (y, x)):
        if set(lemmas(generic)) & lexicon.PERSON_WORDS and not set(lemmas(other)) & lexicon.PERSON_WORDS:
            if any(person_noun(f) for f in lemmas(other)):
                return True
    return False
