"""A count of the places or occasions an act happened in: the object of a preposition of setting ("shot dead five
Palestinians in two West Bank towns", lee bg_277, israel_palestinian_2001; "In 3,059 cases, the detainees were
kept", wn2004_045, valech_report; "will feature on all six ABC radio networks", bg_174; "students from 26
countries", bg_125, shuttle_endeavour_2001; "militants from its two largest provinces", bg_240). The act is done in
the places, not to them, so no verb carries the count: tests/gold/measures/GUIDE.md E1 ("or by no verb at all")
reads it `measured`, where the event reader took the act's verb (other:shoot, other:keep, other:feature,
other:track, other:war). The verb's own arguments stay its own ("seized four villages": seize), and so do a count
whose noun names an act ("in two separate shootings", E2), a time ("in 35 years", E3), persons, a count a relative
clause tells of ("in the five Tests where they have both played", E4), and a source a verb takes from ("collecting
$8 million from 100,000 people", wn2004_094; "assembled from 22 other agencies", wn2004_051): "from" is a setting
only on a noun ("students from 26 countries"). A listed class ("defeated Arthurs in four sets": won, bg_283, bg_299)
gives way only to a count of places, which no act of selling, saying or winning befalls."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.dimension import DURATION_UNITS
from newsfigures.extract.nominal import verb_of
from newsfigures.extract.place import names_ground
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import act_verb, names_act, person_noun

MEASURED = "measured"
OTHER = "other:"
# Prepositions that say where (or in which instances) an act happened, on a verb or a noun ("in", "on", "at") ...
SETTING_PREPS = frozenset({"in", "on", "at", "across", "throughout", "around", "within", "inside"})
# ... and those that do so only on a noun, since on a verb they name what the act takes from ("collected from")
NOUN_SETTING_PREPS = frozenset({"from"})
PLACE_COUNTS = frozenset({"country", "nation", "state"})  # polities counted as places (polity.PLACE_COUNTS)
TOLD_DEPS = ("relcl", "acl")  # a clause on the counted noun that tells what happened to or in it (E4)


def setting_event(num: Token, kind: str, event: str) -> str:
    """`measured` for a count of places or occasions in a phrase of setting whose event is the act done in them
    (`other:<lemma>`, or any class when the things counted are places); else `event` unchanged."""
    if kind != "cardinal" or event == MEASURED or not event:
        return event
    noun = setting_noun(num)
    if noun is None or not (event.startswith(OTHER) or _place(noun)):
        return event
    return MEASURED


def setting_noun(num: Token) -> Token | None:
    """The counted noun when the number counts it directly and it is the object of a preposition of setting, names
    no person, act, outcome or time, and no clause on it tells what happened; None otherwise."""
    noun = num.head
    if num.dep_ != "nummod" or noun.pos_ not in ("NOUN", "PROPN") or noun.i < num.i or noun.dep_ != "pobj":
        return None
    prep = noun.head
    on_noun = prep.head.pos_ in ("NOUN", "PROPN")
    if prep.lower_ not in SETTING_PREPS and not (on_noun and prep.lower_ in NOUN_SETTING_PREPS):
        return None
    if any(c.dep_ in TOLD_DEPS for c in noun.children) or not _thing(noun):
        return None
    return noun


def _thing(noun: Token) -> bool:
    """The noun names things or places: no person (by the news list or WordNet), demonym or name of one, no troop
    noun, outcome or act noun, and no unit of time."""
    key = lemma(noun)
    if noun.ent_type_ in ("NORP", "PERSON") or person_noun(key) or key in vocab.TROOP_NOUNS:
        return False
    if key in words.EVENT_NOUNS or key in words.EVENT_FAMILIES or key in DURATION_UNITS:
        return False
    return not (verb_of(key) or act_verb(key) or names_act(key))


def _place(noun: Token) -> bool:
    """The noun names a place: WordNet's first sense, a generic place noun, or a polity."""
    return names_ground(noun) or lemma(noun) in PLACE_COUNTS
