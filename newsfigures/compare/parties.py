"""Names of parties: whose a quantity is, compared by the names a subject gives (issue #9). "North Korean troops",
"Korean soldiers" and "North Korea" name one party; "Warne" and "Shane Warne" one person; "NBA players" the
"National Basketball Association players"; "Glenn McGrath and Shane Warne" neither of the two; "South Sudan"
not "Sudan", nor "South Australia" "Australia": one place's name within another's is another place. Read by
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
    """Two subjects that name one party: equal, or one containing the other ("warne" in "shane warne") unless the
    two name two places (`other_places`: "sudan", "south sudan") or either coordinates several ("glenn mcgrath and
    shane warne" is neither of them)."""
    if x == y:
        return True
    if _COORDINATED.search(x) or _COORDINATED.search(y):
        return False
    within = (f" {x} " in f" {y} " or f" {y} " in f" {x} ") and not other_places(x, y)
    return within or _demonym_of(x, y) or _demonym_of(y, x) or _acronym_of(x, y) or _acronym_of(y, x)


def other_places(x: str, y: str) -> bool:
    """Two names, the one within the other, of two places rather than one place's two names: both are names of
    WordNet places and no place has both ("australia", "south australia"; "korea", "north korea"; but "gaza" and
    "gaza strip" are one), or the longer puts a modifier that makes a name before a place's name (`lexicon.NAME_MODIFIERS`:
    "sudan", "south sudan", younger than WordNet 3.0; "Southern Lebanon" is a part of Lebanon). Names as `name_words` writes a proper name's capitalised
    words: a lower-case direction is a part of its place ("northern Gaza" is read as "gaza"). A people's name is no
    place's: "korean" is within "north korean" (the seeds' "Korean soldiers")."""
    short, long = sorted((x, y), key=len)
    if short == long or all(w in lexicon.PLACE_MODIFIERS for w in short.split()):
        return False  # a modifier names no place alone: "the North" of a story of North Korea is it (the seeds)
    senses_short, senses_long = word_senses.place_senses(short), word_senses.place_senses(long)
    if senses_short and senses_long:
        return not senses_short & senses_long
    return _modified_place(short.split(), long.split())


def _modified_place(short: list[str], long: list[str]) -> bool:
    """`long` holds `short` after place modifiers ending in one that makes a name (`lexicon.NAME_MODIFIERS`: "new
    south" before "wales", not "southern" before "lebanon"), and `short` or the name from the modifiers on is a
    place's ("sudan"; "new york": "york" is WordNet's House of York)."""
    for at in range(1, len(long) - len(short) + 1):
        if long[at:at + len(short)] != short or long[at - 1] not in lexicon.NAME_MODIFIERS:
            continue
        start = at - 1
        while start > 0 and long[start - 1] in lexicon.PLACE_MODIFIERS:
            start -= 1
        names = (" ".join(short[:k]) for k in range(1, len(short) + 1))
        modified = (" ".join(long[start:at + k]) for k in range(1, len(short) + 1))
        if any(word_senses.place_senses(n) for n in (*names, *modified)):
            return True
    return False


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
