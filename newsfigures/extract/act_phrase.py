"""A figure in the phrase of a noun rather than of a verb, read as tests/gold/measures/GUIDE.md words it.

E2: `other:<lemma>` is "the lemma of the word in the text: the verb that governs the figure; when the event is only a
noun, the noun's own lemma", "never a synonym or a paraphrase". A figure in the source, agent or range phrase of an act
noun ("heard testimony from 3,399 women", "testimonies given by 35,000 people", "put attendance figures between 10,000
and 15,000") is named by the verb that takes that noun, else by the noun itself; the verb the noun is derived from
("testify", "attend") is a word the text does not use.

"""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.stative import COUNT_DEPS, verb_lemma
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import act_verb

HAVING_VERBS = vocab.STILL_VERBS  # verbs of state: they carry an act noun without naming an act of their own (E1)


def _counted(num: Token) -> Token:
    """The noun a number counts, else the number itself."""
    return num.head if num.dep_ in COUNT_DEPS and num.head.pos_ == "NOUN" else num


def act_owner(num: Token) -> Token | None:
    """The act noun whose source, agent or range phrase holds the figure (a light verb's participle on it looked
    through: "testimonies given ... by"; a quantity noun looked through to the act it names: "attendance figures"),
    None when there is none."""
    t = _counted(num)
    if t.dep_ != "pobj" or t.head.lower_ not in vocab.ACT_PREPOSITIONS:
        return None
    owner = t.head.head
    if owner.pos_ == "VERB" and owner.dep_ == "acl" and lemma(owner) in vocab.LIGHT_VERBS:
        owner = owner.head  # "testimonies given ... by"
    if owner.pos_ != "NOUN":
        return None
    if lemma(owner) in words.QUANTITY_NOUNS:
        owner = next((c for c in owner.lefts if c.dep_ == "compound" and c.i == owner.i - 1), owner)
    return owner if act_verb(lemma(owner)) else None


def act_word(num: Token) -> str:
    """The word E2 names the event of a figure in an act noun's phrase by: the participle that hands the noun over
    ("testimonies given to the commission by 35,000 people" -> give), the verb whose object the noun is ("heard
    testimony from 3,399 women" -> hear), else the noun's own lemma ("attendance figures between 10,000 and 15,000"
    -> attendance); "" when no act noun holds the figure."""
    owner = act_owner(num)
    if owner is None:
        return ""
    t = _counted(num)
    carrier = t.head.head
    if carrier is not owner and carrier.pos_ == "VERB":
        return lemma(carrier)  # "testimonies given ... by"
    host = owner.head if owner.dep_ == "compound" and owner.head.pos_ == "NOUN" else owner
    verb = owner.head
    if host is owner and owner.dep_ == "dobj" and verb.pos_ == "VERB" and verb_lemma(verb) not in HAVING_VERBS:
        return lemma(verb)  # "heard testimony from"
    return lemma(owner)
