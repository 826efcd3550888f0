"""The word a metric key names its thing by: a count's noun in its English plural ("midwives", "referenda",
"police"), a sum's, share's or measure's noun as the thing it is of ("money (USD)", "growth (percent)"), and no
word at all for a pronoun, a digit string or a time noun."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from newsfigures.calendar_words import MONTHS, WEEKDAYS
from newsfigures.compare import lexicon as compare_words
from newsfigures.extract.word_senses import person_noun

DATA = Path(__file__).parent / "data"
# Nouns English does not pluralise (a group, a mass, a kind of craft) and the quantity concepts of
# tests/gold/measures/GUIDE.md a fallback names ("money", "time"): "hundreds of police" (Lee bg_220, bg_227),
# "$2 million" (bg_077, bg_195) keyed "polices", "moneys (USD)" before.
UNCOUNTED: frozenset[str] = frozenset({
    "police", "staff", "personnel", "aircraft", "spacecraft", "hovercraft", "cattle", "livestock", "sheep", "deer",
    "fish", "offspring", "series", "species", "means", "headquarters", "news", "people", "clergy", "infantry",
    "cavalry", "artillery", "equipment", "money", "aid", "cash", "revenue", "sales", "profit", "debt", "cost",
    "price", "fine", "budget", "spending", "wealth", "salary", "time", "age", "distance", "mass", "speed",
    "magnitude", "temperature", "share", "width", "length", "height", "depth", "thickness", "weight", "area",
    "duration", "probability", "growth", "inflation", "unemployment", "turnout", "damage", "rainfall", "swiss",
})
# Month names that are also nouns of things counted ("12 marches were held"); the lemma is lower-cased, so the
# month is told apart upstream (counted._head_of: a noun of a date is never counted).
COUNTED_MONTH_NAMES: frozenset[str] = frozenset({"march"})
# Words that name a time, never a thing counted ("3 for 89 yesterday morning", Lee bg_037).
TIME_NOUNS: frozenset[str] = frozenset({"yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening",
                                        "night", "overnight", "weekend", "midnight", "noon"}
                                       | ({m.lower() for m in MONTHS} - COUNTED_MONTH_NAMES)
                                       | {d.lower() for d in WEEKDAYS})
# Nouns a sum or share is of that English writes in the plural only ("earnings", "sales"): their lemma is no word.
PLURAL_ONLY: frozenset[str] = frozenset({"earning", "saving", "proceed", "good", "arm", "remain", "belonging",
                                         "outskirt", "winning", "taking", "sale"})
PRONOUNS: frozenset[str] = frozenset({"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them",
                                      "this", "that", "these", "those", "which", "who", "whom", "one", "ones",
                                      "some", "all", "each", "both", "many", "most", "few", "several", "others"})
_INVARIANT_DEMONYM = re.compile(r"[^e]ese$")  # "Timorese", "Chinese" (not "cheese"): the plural is the word itself
# A number written as a word's lemma ("60" of "Volvo 60s", "6b", "1990s"), not a name with digits ("f-16", "a380").
_DIGIT_STRING = re.compile(r"[\d.,/-]+[a-z]{0,2}")


@cache
def irregular() -> dict[str, str]:
    """Singular -> plural for nouns no suffix rule pluralises (scripts/build_noun_plurals.py; read once)."""
    with (DATA / "noun_plurals.txt").open(encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#"))


@cache
def _plural_forms() -> frozenset[str]:
    return frozenset(irregular().values())


def plural(lemma: str) -> str:
    """The English plural of a noun lemma: "gunman" -> "gunmen", "midwife" -> "midwives", "police" -> "police",
    "Timorese" -> "Timorese", "referenda" (a plural the lemmatizer left) -> "referenda"."""
    if lemma in UNCOUNTED or lemma in _plural_forms() or _INVARIANT_DEMONYM.search(lemma):
        return lemma
    if lemma in irregular():
        return irregular()[lemma]
    if lemma.endswith("man") and lemma not in compare_words.MAN_PLURAL_S:  # "gunman" -> "gunmen", "human" -> "humans"
        return lemma[:-3] + "men"
    if lemma.endswith("s"):
        return lemma
    if lemma.endswith(("sh", "ch", "x", "z")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def names_a_thing(lemma: str) -> bool:
    """A lemma a key may name its thing by: no pronoun ("half of them"), digit string ("Volvo 60s") or time noun."""
    return bool(lemma) and lemma not in PRONOUNS and lemma not in TIME_NOUNS and not _DIGIT_STRING.fullmatch(lemma)


def key_word(lemma: str, kind: str) -> str:
    """The key's word for a counted lemma: a count's things in the plural ("midwives"); what a sum, share or measure
    is of in the singular ("pipeline (USD)", "growth (percent)"), unless it is persons ("voters (percent)") or a
    plural-only noun ("earnings (percent)")."""
    if kind == "cardinal" or person_noun(lemma) or lemma in PLURAL_ONLY:
        return plural(lemma)
    return lemma
