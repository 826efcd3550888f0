"""The `casualties` line of tests/gold/measures/GUIDE.md's quantity table, read literally: "killed and wounded counted
together". A count of persons whose outcome is a killing coordinated with an injury, the second with no number of its
own ("3,000 troops have been killed or wounded", "left 40 people dead or injured"), counts casualties; a killing and
an injury that each carry their own number ("three were killed and 12 wounded") are two counts, deaths and injured."""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from newsfigures.extract.measure_classes import event_family
from newsfigures.extract.measure_lexicon import CASUALTY_FAMILIES, CASUALTY_QUANTITIES
from newsfigures.extract.tree import lemma

OUTCOMES = frozenset({"deaths", "injured"})  # the two outcomes the line counts together
UP_STEPS = 3  # from the number up through its noun to the verb that says what happened to it
COMPLEMENTS = frozenset({"oprd", "acomp", "advcl", "acl", "amod", "xcomp"})  # "left 40 people dead or injured"
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})  # where a coordinated outcome's own number would stand
NUMBER_MODIFIERS = frozenset({"nummod", "quantmod", "compound"})  # a number on a coordinated outcome noun
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})  # "and many more wounded": the later outcome's persons are others


EVENTS = {"deaths": "killed", "injured": "injured"}  # the event class of each outcome


def counted_together(num: Token) -> bool:
    """The count `num` is of persons killed and wounded together: an outcome word over or beside it is a killing
    (or an injury) coordinated with the other outcome, which has no number of its own."""
    return bool(together_event(num))


def together_event(num: Token) -> str:
    """The event class of a count of persons killed and wounded together: the first of the two coordinated verbs
    gives it (GUIDE E2: "destroyed or damaged" -> `other:destroy`), "killed or wounded" -> `killed`; "" when the count
    is not one."""
    for word in _outcome_words(num):
        if _joined_outcomes(word):
            first = min([word, *word.conjuncts], key=lambda t: t.i)
            return EVENTS.get(outcome(first), "")
    return ""


def _outcome_words(num: Token) -> list[Token]:
    """The words that may say what happened to the counted: the number's heads a few steps up, the word right after
    it, and the complements of those heads ("lost 3,000 soldiers killed or wounded")."""
    heads = [num, *islice(num.ancestors, UP_STEPS)]
    near = [c for h in heads for c in h.children if c.dep_ in COMPLEMENTS and c.i > num.i]
    after = [num.doc[num.i + 1]] if num.i + 1 < len(num.doc) else []
    return [*heads, *near, *after]


def _joined_outcomes(word: Token) -> bool:
    """`word` is one outcome and a conjunct of it, with no count of its own, the other."""
    first = outcome(word)
    if first not in OUTCOMES:
        return False
    return any(outcome(c) in OUTCOMES - {first} and not _own_count(c, c.i > word.i) for c in word.conjuncts)


def outcome(word: Token) -> str:
    """deaths or injured for a word of killing or dying ("killed", "dead") or of injury ("wounded", "injured"), by
    the outcome nouns and adjectives, the event families and the verb's first WordNet sense; else ""."""
    for key in (word.lower_, lemma(word)):
        if CASUALTY_QUANTITIES.get(key) in OUTCOMES:
            return CASUALTY_QUANTITIES[key]
    family = event_family(lemma(word))
    return CASUALTY_FAMILIES.get(family, "") if CASUALTY_FAMILIES.get(family, "") in OUTCOMES else ""


def _own_count(word: Token, later: bool) -> bool:
    """A coordinated outcome that counts persons of its own: a later one with any subject or object of its own ("and
    12 wounded", "and another was wounded"; the first conjunct holds what both share), an earlier one with a number
    in its subject or object ("killed 40 people and injured hundreds"), a noun with a number on it ("12 deaths and 30
    injuries"), and a later one said of more persons ("and many more wounded")."""
    if any(c.dep_ in NUMBER_MODIFIERS and _numbered(c) for c in word.children):
        return True
    if later and any(c.tag_ in COMPARATIVE_TAGS for c in word.lefts):
        return True
    return any(later or _numbered(c) for c in word.children if c.dep_ in ARGUMENTS)


def _numbered(t: Token) -> bool:
    """A number, or a noun a number counts."""
    return t.like_num or t.pos_ == "NUM" or any(n.dep_ == "nummod" for n in t.children)
