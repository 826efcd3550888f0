"""An outcome word that only modifies another noun says no event of the figure: "12 death threats", "five death
sentences", "40 inmates on death row", "arrest warrants for another two". GUIDE E2: the event is the verb that
governs the figure, or the counted noun's own lemma ("issued arrest warrants for another two": other:issue), and the
quantity line takes the head noun, never `deaths`. A word is a mere modifier when it is a compound of a head that is
no tally (lexicon.TALLY_NOUNS: "the death toll", "a body count of 40" still say killed), an adjective on things
("300 dead stars"; "30 injured people" keeps it), or "body" in its collective sense, a singular "body" of a plural
group ("a body of 60 lawmakers"; "the bodies of three children" and "the body of a man" stay corpses). Dev pattern,
two stories: dev-lee4 bg_004 (midwives' complaint: "the body of midwives ... there are over 70 midwives" read killed,
deaths) and dev-lee bg_277 (West Bank arrests: "issued arrest warrants for another two" read other:arrest)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import person_noun

NOUN_POS = ("NOUN", "PROPN")
PLURAL_TAGS = ("NNS", "NNPS")


def only_modifies(t: Token) -> bool:
    """The outcome word `t` only modifies another noun (a compound of a non-tally head, an adjective on things, a
    collective "body"): it says nothing happened to anyone."""
    return _compound_of_other(t) or _adjective_on_things(t) or collective_body(t)


def _compound_of_other(t: Token) -> bool:
    """ "death" in "death threats", "injury" in "injury time": a noun modifier of a head that is no tally noun, nor
    one whose "of" phrase counts what the act is done to ("the deployment plan of 6,000 troops": they are deployed)."""
    head = t.head
    return t.dep_ == "compound" and head.pos_ in NOUN_POS and head.i > t.i and not _tally(head) \
        and not _of_a_count(head)


def _of_a_count(head: Token) -> bool:
    """The noun's own "of" phrase holds a number: "a plan of 6,000 troops", "the evacuation order of 300 homes"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(w.like_num for w in c.subtree) for c in head.rights)


def _tally(head: Token) -> bool:
    """A head that counts the outcome itself ("toll", "count") or is an outcome noun ("flood deaths")."""
    key = lemma(head)
    return key in words.TALLY_NOUNS or key in words.EVENT_NOUNS or head.lower_ in words.EVENT_NOUNS


def _adjective_on_things(t: Token) -> bool:
    """ "dead" in "300 dead stars": an outcome adjective on a noun that names no person ("30 injured people" keeps
    it)."""
    head = t.head
    return t.dep_ == "amod" and head.pos_ == "NOUN" and head.i > t.i and not person_noun(lemma(head)) \
        and not _tally(head)


def collective_body(t: Token) -> bool:
    """A singular "body" of a plural group ("a body of 60 lawmakers", "the body of midwives"): a group, no corpse."""
    if t.lower_ != "body" or t.tag_ != "NN":
        return False
    of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return group is not None and group.tag_ in PLURAL_TAGS
