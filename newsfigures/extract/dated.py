"""The event a time dates (tests/gold/measures/GUIDE.md revision 2, E3): "N after X", "N later", "N ago" is the time
of the event it dates, never of its anchor X. A time said of an event noun dates that noun ("the territory's vote for
independence two years ago" -> vote; "signs of recovery ... three months after the attacks" -> recovery); one said of
a clause dates the clause's verb ("This aftershock comes fourteen days after the main earthquake killed ..." -> come,
not kill, the anchor). "Ago" counts back from now, so a verb in the present or the present perfect ("makes up for
France's defeat ... two years ago", "has been charged over the attacks ... three months ago") cannot be what it
dates: the event noun the phrase follows is; so is it where the time stands before its clause's verb, after the
subject's event noun (E3's own "the strike four years ago": "The strike three weeks ago cost the airline $50 million")."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.measure_classes import event_class
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import act_verb

# Words a time's measure phrase stands before when it dates an event, as E3 lists them: "two years ago", "fourteen
# days after", "three days later", "two years since". Not "before": "It could be 48 hours before tests can confirm"
# is the wait for the event (lee bg_178, other:confirm in the gold).
DATING_WORDS = frozenset({"ago", "later", "after", "since"})
NOUN_TAGS = ("NOUN", "PROPN")
# Words a noun phrase before the time may hold on the way back to its event noun ("the attacks in the United States").
PHRASE_TAGS = frozenset({"NOUN", "PROPN", "ADP", "DET", "ADJ", "PART", "NUM", "PUNCT"})


@dataclass(frozen=True)
class Dated:
    """What a time dates: the word (a verb's or a noun's lemma) and whether it is a noun."""

    word: str
    noun: bool


def dated_class(num: Token, quantity: str) -> str:
    """The event class of a time that dates an event (E3), "" for any other figure: a noun's own lemma (E2), or the
    casualty its family names ("the deaths ... two days later" -> killed); a verb's class ("died 3 1/2 hours later"
    -> killed, "said two days ago" -> said) or `other:<lemma>`."""
    dated = dated_event(num) if quantity == "duration" else None
    if dated is None:
        return ""
    if dated.noun:
        family = words.EVENT_FAMILIES.get(dated.word, "")
        casualty = vocab.EVENT_CLASS_OF_FAMILY.get(family, "") if family in vocab.CASUALTY_FAMILIES else ""
        return casualty or f"other:{dated.word}"
    return vocab.EVENT_CLASS_OF_LEMMA.get(dated.word) or event_class(dated.word, quantity)


def dated_event(num: Token) -> Dated | None:
    """The event the time `num` counts dates, when its measure phrase stands before a dating word ("two years ago",
    "fourteen days after"); None for any other time ("for two days", "after three days of riots")."""
    unit = num.head if num.dep_ == "nummod" else num
    marker = _marker(unit)
    if marker is None:
        return None
    host = marker.head
    if marker.dep_ == "mark" and host.dep_ == "advcl":
        host = host.head  # "comes fourteen days after the main earthquake killed": the anchor's clause modifies it
    if host.pos_ in NOUN_TAGS:
        noun = _event_noun(host)
        return Dated(lemma(noun), True) if noun is not None else None
    if host.pos_ not in ("VERB", "AUX"):
        return None
    if unit.i < host.i or (marker.lower_ == "ago" and not _simple_past(host)):  # "The strike three weeks ago cost"
        noun = _noun_before(unit)
        if noun is not None:
            return Dated(lemma(noun), True)
    return Dated(lemma(host), False)


def _marker(unit: Token) -> Token | None:
    """The dating word right after the time's measure phrase ("two years ago", "fourteen days after"), whether the
    parse hangs the phrase on it or beside it on the clause it marks; None when there is none."""
    if unit.dep_ != "npadvmod":
        return None
    if unit.head.lower_ in DATING_WORDS and unit.head.i > unit.i:
        return unit.head
    return next((c for c in unit.head.children if c.dep_ == "mark" and c.lower_ in DATING_WORDS
                 and c.i == unit.right_edge.i + 1), None)


def _event_noun(noun: Token) -> Token | None:
    """The act noun of the noun's "of" phrase ("signs of recovery"), else the noun itself when it names an act or
    event (WordNet's act nouns: "vote", "defeat"); None when neither does."""
    objects = (o for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj" and o.pos_ == "NOUN")
    return next((o for o in objects if act_verb(lemma(o))), noun if act_verb(lemma(noun)) else None)


def _simple_past(verb: Token) -> bool:
    """The verb is in the simple past ("downed", "was charged"), the only tense "ago" dates."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(lemma(a) == "have" for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _noun_before(unit: Token) -> Token | None:
    """The act noun of the noun phrase right before the time phrase, read back to the verb ("France's defeat
    against Australia in Nice two years ago" -> defeat); None when none stands there."""
    i = unit.left_edge.i - 1
    sent_start = unit.sent.start
    while i >= sent_start and unit.doc[i].pos_ in PHRASE_TAGS:
        t = unit.doc[i]
        if t.pos_ == "NOUN" and act_verb(lemma(t)):
            return t
        i -= 1
    return None
