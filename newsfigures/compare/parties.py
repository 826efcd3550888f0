"""Names of parties: whose a quantity is, compared by the names a subject gives (issue #9). "North Korean troops",
"Korean soldiers" and "North Korea" name one party; "Warne" and "Shane Warne" one person; "NBA players" the
"National Basketball Association players"; "Glenn McGrath and Shane Warne" neither of the two. Read by
`compare.split` (which parties one article's figures name) and `compare.similarity` (whether two measures name one
party). All functions are pure.
"""
from __future__ import annotations

import re

from newsfigures.compare import lexicon
from newsfigures.extract import word_senses

# Endings that make a place's people ("Australia" -> "Australians", "Israel" -> "Israelis", "China" -> "Chinese").
DEMONYM_TAILS: tuple[str, ...] = ("n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese")
_COORDINATED = re.compile(r"\band\b|,|&")
_CONNECTORS = frozenset({"and", ",", "&"})
_TOKEN = re.compile(r"[\w.'’-]+|[,&]")


def name_words(name: str) -> str:
    """A name compared by its words (also how compare.split tells parties apart): lower case, no possessive or punctuation, no leading article."""
    name = re.sub(r"['’]s\b", "", name.lower())
    return " ".join(w for w in re.findall(r"[\w.-]+", name) if w not in lexicon.NAME_STOPWORDS)


def party(subject: str) -> str:
    """The party a subject names, by its names ("North Korean troops" and "Korean soldiers" -> "korean", "Glenn
    McGrath and Shane Warne"), or a part of a population ("children"); "" for a description that stands for a party
    the clause does not name ("the home side", "the tourists", "employees")."""
    words = name_words(subject)
    if words in lexicon.SUBGROUP_SUBJECTS:
        return words
    tokens = ["and" if t.lower() in _CONNECTORS else t for t in _TOKEN.findall(subject)
              if t[:1].isupper() or t.lower() in _CONNECTORS]
    return re.sub(r"^(?:and )+|(?: and)+$", "", name_words(" ".join(tokens)))


def same_party(x: str, y: str) -> bool:
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
    return other in peoples(name)


def peoples(name: str) -> frozenset[str]:
    """The words that name the people of a place `name`: WordNet's for a country ("united states" -> "americans",
    `word_senses.peoples_of`), and the words its endings would make (none for a name under four letters) unless
    WordNet gives them to another country ("niger" -> not "nigerians", Nigeria's)."""
    guessed = {stem + t for t in DEMONYM_TAILS for stem in (name, name[:-1])} if len(name) >= 4 else set()
    return word_senses.peoples_of(name) | {w for w in guessed if word_senses.folded_country_of(w) in ("", name)}


def lookups(name: str) -> set[str]:
    """The words two names of one party share: their words, the names of its people ("united states" ->
    "americans"), and the initials of its first words ("national basketball association" -> "nb", "nba")."""
    acronyms = {_initials(" ".join(name.split()[:n])) for n in range(2, len(name.split()) + 1)}
    return set(name.split()) | set(peoples(name)) | (acronyms - {""})
