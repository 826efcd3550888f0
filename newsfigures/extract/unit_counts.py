"""A number of units of measure that the number parser did not read as its unit: "thousands of hectares",
"hundreds of kilometres", "the first 15 [metres]", "more than half an hour". The counted word is a unit of the
number parser's own table (numbers.lexicon.MEASURE_UNITS) or a unit of time, so the figure is a measurement of that
unit's dimension (GUIDE: the measurement lines distance, duration, mass, area ...), not a count of "hectares"."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsfigures.extract.dimension import unit_dimension
from newsfigures.extract.lexicon import DURATION_UNITS
from newsfigures.extract.nominal import verb_of
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import act_verb
from newsfigures.numbers.lexicon import MEASURE_UNITS
from newsfigures.numbers.unit_and_half import unit_within

# Unit words whose other senses news also counts: "three degrees" are as often diplomas or angles as temperature,
# "magnitude" is a scale's name before its number, never a counted noun.
AMBIGUOUS_UNITS: frozenset[str] = frozenset({"degree", "degrees", "magnitude"})
ARTICLES: frozenset[str] = frozenset({"a", "an"})  # "half an hour", "a quarter of a mile"
# Words that make the unit after them another unit than the table's: "cubic metres" are a volume, a "nautical mile"
# is 1,852 metres, "square yards" an area. Such a unit is read whole (MODIFIED_UNITS) or, when that table lacks it
# too, left unread rather than read as the bare unit, whose dimension or size it is not.
UNIT_CHANGERS: frozenset[str] = frozenset({"cubic", "cu", "nautical", "square", "sq"})
PERCENTAGE_POINT = "percentage_point"
_PER_CENT = r"[\d.,]+\s*(?:%|per\s?cent|percent|pct)\b"
_PER_CENT_AFTER = re.compile(rf"^\s*,?\s*to\s+(?:an?\s+(?:record|new|high|low)\s+)?{_PER_CENT}", re.I)
_PER_CENT_BEFORE = re.compile(rf"{_PER_CENT}\s*,\s*(?:up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?$",
                              re.I)
MODIFIED_UNITS: dict[str, str] = {
    **dict.fromkeys(("nautical miles", "nautical mile"), "nmi"),
    **dict.fromkeys(("cubic metres", "cubic meters", "cubic metre", "cubic meter"), "m3"),
    **dict.fromkeys(("cubic feet", "cubic foot"), "ft3"), **dict.fromkeys(("square yards", "square yard"), "yd2"),
}


def unit_of_word(word: str, times: bool = False) -> str:
    """The parser's unit a word names ("hectares" -> hectare, "metres" -> meter; with `times`, a unit of time too:
    "hour" -> hour), "" for any other word."""
    key = word.lower()
    if key in AMBIGUOUS_UNITS:
        return ""
    if key in DURATION_UNITS:
        return DURATION_UNITS[key] if times else ""
    return MEASURE_UNITS.get(key) or MODIFIED_UNITS.get(key, "")


def unit_word_dimension(word: str, times: bool = False) -> str:
    """The dimension of a word that names a unit of measure ("hectares" -> area, "metres" -> length; with `times`,
    "hour" -> duration), "" for any other word."""
    unit = unit_of_word(word, times)
    return unit_dimension(unit) if unit else ""


def counted_unit(kind: str, noun: Token | None, mention: Span) -> str:
    """The unit a count or a fraction measures when what it counts is a unit of measure: the counted noun
    ("thousands of hectares" -> hectare, "15 [metres]" -> meter) or, for a fraction, the unit right after it
    ("half an hour" -> hour, "a quarter of a mile" -> mile) or the unit it holds ("an hour and a half" -> hour,
    `numbers.unit_and_half`); "" when it counts anything else. A count of time
    units is left to the readings of durations (counted.duration_unit, measure._time_units): "the day" of
    "starting the day at 2 for 17" (Lee bg_118) is when, not how long."""
    if kind == "fraction":
        return unit_of_word(_unit_after(mention) or unit_within(mention.text), times=True)
    if kind != "cardinal" or noun is None:
        return ""
    if lemma(noun) == "point" and _points_of_per_cent(noun, mention):
        return PERCENTAGE_POINT
    return unit_of_word(_unit_words(noun))


def _points_of_per_cent(noun: Token, mention: Span) -> bool:
    """ "points" that move a per cent: its level right after them ("rose by two points to 34 per cent") or right
    before their "up"/"down" ("18.9 percent, up 6.2 points"): percentage points, not points of an index or a game."""
    sent = noun.sent
    after = noun.doc.text[noun.idx + len(noun.text):sent.end_char]
    before = noun.doc.text[sent.start_char:mention.start_char]
    return bool(_PER_CENT_AFTER.match(after) or _PER_CENT_BEFORE.search(before))


def _unit_words(noun: Token) -> str:
    """A unit noun with the word before it when the two are one unit of the parser's table ("square kilometres",
    "square miles": an area, not a length) or of MODIFIED_UNITS ("cubic metres"), else the noun alone; "" when the word before makes it a unit the table
    lacks ("cubic inches")."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    two = f"{before.lower_} {noun.lower_}" if before is not None else ""
    if two in MEASURE_UNITS or two in MODIFIED_UNITS:
        return two
    return "" if before is not None and before.lower_ in UNIT_CHANGERS else noun.text


def _unit_after(mention: Span) -> str:
    """The word after "a"/"an" (or "of a"/"of an") right after a mention, "" when none follows or when the word
    owns a thing after it: "half a day's pay" is a part of the pay, not a time, while "half an hour's drive" is the
    time of an act (the settled point of GUIDE revision 2: a noun that names an action is sized by the time)."""
    doc, i = mention.doc, mention.end
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ARTICLES:
        return ""
    unit = doc[i + 1]
    owned = unit.head if unit.dep_ == "poss" and unit.head.i > unit.i else None
    if owned is not None and not (verb_of(lemma(owned)) or act_verb(lemma(owned))):
        return ""
    return unit.text


def units_of(phrase: Token) -> Token | None:
    """The unit noun a vague number counts through "of" ("thousands of hectares" -> "hectares"), None when its
    "of" names no unit of measure."""
    prep = next((c for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return obj if obj is not None and unit_word_dimension(_unit_words(obj)) else None
