"""What is to be done to a clause's subject: "A USD $1000 fine was to be issued every day", "How did 2,300 allegedly
unregistered missile warheads come to be stored ...": the passive infinitive a copula or "come" carries says the
event of its subject, not the carrying verb."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.tree import lemma

# Verbs that carry a passive infinitive for their subject ("was to be issued", wn2004_032, Taricani's contempt
# fines; "come to be stored", lee cor_026, the New Mexico warheads).
CARRYING_VERBS = frozenset({"be", "come"})


def passive_infinitive(verb: Token) -> Token | None:
    """The participle of a "to be <participle>" clause the carrying verb governs ("was to be issued" -> issued);
    None when there is none, or the verb carries no such clause ("are to appear" is an active infinitive)."""
    if lemma(verb) not in CARRYING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBN"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and any(a.dep_ == "auxpass" for a in c.children)), None)


def subject_infinitive(subject: Token | None) -> Token | None:
    """The passive infinitive said of a clause subject (`passive_infinitive` of its verb); None otherwise."""
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return passive_infinitive(subject.head)
