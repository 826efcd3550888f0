"""A plural group named without an article but made one group by a word that describes it ("Israeli helicopters",
"Dock workers", "Opposition lawmakers", "Doctors from Medecins Sans Frontieres"), which a later "they" (or "them"
as a clause's subject: "saw them fire four missiles") stands for as it stands for a group made definite ("The asylum
seekers ... they can see 21 channels", lee bg_180). GUIDE's subject line: the group that does the figure owns it.

Dev pattern: the owner named one to three sentences before the figure, the figure's own clause pointing back by a
plural pronoun: lee bg_177 ("Israeli helicopters have again attacked ... Eyewitnesses report seeing them fire as many
as four missiles"), wn2004_045 and lee bg_281, bg_169 read the definite form already (the Valech
report's "women", the Interlaken "defendants", East Timor's "militia gang members"). A bare plural ("Analysts expect
... They forecast") stays no group: it speaks of a kind (stop 36 measured bare plural owners 1 right of 7 on dev).

Narrowed by the stop-40 review (tests/extract/test_review_clusters40b.py): "they" also stands for a company, team or
agency written as plural ("Foreign investors dumped shares in Hallam Foods. They have cut 1,200 jobs"; "English
supporters filled the ground. The home side lost again. They have gone 11 games"), so a described plural is not
taken when its own clause names a body beside it, or when a singular noun subject stands between it and the pronoun.
bg_177's chain ("Israeli helicopters have again attacked ... Two helicopters
returned ... Eyewitnesses report seeing them fire") has neither.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

# Words before a plural that describe which group it is: a nationality, a name, a noun ("Israeli", "Opposition").
DESCRIBING_DEPS = ("amod", "compound")
# Prepositions that tie a plural to the named body it belongs to ("Doctors from MSF", "workers at Qantas").
BELONGING_PREPOSITIONS = frozenset({"from", "of", "at"})
# Entity kinds a body the group belongs to is named as.
BODY_KINDS = frozenset({"ORG", "GPE", "NORP", "FAC"})
# Pronouns that stand for such a group: "they" as any subject, "them" as the subject of a clause below a verb of
# seeing ("saw them destroy").
GROUP_PRONOUNS = frozenset({"they", "them"})


def described_group(t: Token) -> bool:
    """`t` is a plural common noun that a describing word before it or a named body after it makes one group."""
    if t.tag_ != "NNS" or t.pos_ != "NOUN":
        return False
    return any(_describes(c) for c in t.lefts) or any(_belongs_to_body(c) for c in t.rights)


def _describes(c: Token) -> bool:
    """A modifier that says which group a plural is, not how many ("Israeli", "Dock"; not "two", "other")."""
    return (c.dep_ in DESCRIBING_DEPS and not c.like_num and c.ent_type_ not in vocab.NUMERIC_LABELS
            and c.lower_ not in vocab.GROUP_MODIFIERS_DROPPED and c.pos_ in ("ADJ", "NOUN", "PROPN"))


def _belongs_to_body(c: Token) -> bool:
    """A "from"/"of"/"at" phrase naming an organisation, country, people or site ("from the Red Cross")."""
    return c.dep_ == "prep" and c.lower_ in BELONGING_PREPOSITIONS and any(
        o.dep_ == "pobj" and o.ent_type_ in BODY_KINDS for o in c.children)


def group_pronoun(t: Token) -> bool:
    """`t` is a plural pronoun in a subject's place ("They fired", "saw them fire")."""
    return t.lower_ in GROUP_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass")


def described_before(subjects: Iterable[Token]) -> Token | None:
    """The described plural a group pronoun stands for among the subjects before it (nearest first), None when a
    singular noun subject comes first (the story moved on to one person or body: "The home side lost again. They")
    or when the plural's clause names a body "they" may stand for as well ("... shares in Hallam Foods. They")."""
    for s in subjects:
        if described_group(s):
            return None if _body_beside(s) else s
        if s.tag_ in ("NN", "NNP") and s.pos_ in ("NOUN", "PROPN"):
            return None
    return None


def _body_beside(group: Token) -> bool:
    """The clause of `group` names an organisation, or a body by its kind's noun ("the space agency's"), outside
    `group`'s own phrase ("Volunteers from the Red Cross" belong to it)."""
    own = set(group.subtree)
    return any(w not in own and (w.ent_type_ in vocab.ORGANISATION_KINDS
                                 or (w.tag_ == "NN" and lemma(w) in vocab.BODY_HEADS))
               for w in group.head.subtree)
