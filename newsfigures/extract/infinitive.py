"""What is to be done to a clause's subject, or what it is to do: "A USD $1000 fine was to be issued every day", "How
did 2,300 allegedly unregistered missile warheads come to be stored ...", "Eight people are to appear in court
tomorrow": the infinitive a copula (or "come", in the passive) carries says the event of its subject, not the carrying
verb. "Be to" is a modal like "will": the verb of its infinitive governs the subject (GUIDE E2, "the verb that
governs the figure"), and "be" only carries it (stative.state_carrier leaves such a "be" alone)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.tree import lemma

# Verbs that carry a passive infinitive for their subject ("was to be issued", wn2004_032, Taricani's contempt
# fines; "come to be stored", lee cor_026, the New Mexico warheads).
CARRYING_VERBS = frozenset({"be", "come"})
MODAL_BE = "be"  # "are to appear": the one verb that carries an active infinitive as a modal
BARE_VERB_TAG = "VB"  # the infinitive's own form
# "Two factors are to blame": "be to blame" is an idiom of state (is responsible; the infinitive's sense is passive,
# "to be blamed"), no modal "be to" of an act the subject is to do, so its "be" stays the verb of state (GUIDE E1).
STATE_INFINITIVES = frozenset({"blame"})


def passive_infinitive(verb: Token) -> Token | None:
    """The participle of a "to be <participle>" clause the carrying verb governs ("was to be issued" -> issued);
    None when there is none, or the verb carries no such clause ("are to appear" is an active infinitive)."""
    if lemma(verb) not in CARRYING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBN"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and any(a.dep_ == "auxpass" for a in c.children)), None)


def modal_infinitive(verb: Token) -> Token | None:
    """The verb of the active "to <verb>" clause a modal "be" governs ("are to appear" -> appear); None when the verb
    is no "be", carries no such clause ("The officials seemed to be pleased", "is due to appear") or makes with it an
    idiom of state ("are to blame": responsible, GUIDE E1)."""
    if lemma(verb) != MODAL_BE:
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == BARE_VERB_TAG
                 and lemma(c) not in STATE_INFINITIVES
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def subject_infinitive(subject: Token | None) -> Token | None:
    """The passive infinitive said of a clause subject (`passive_infinitive` of its verb); None otherwise."""
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return passive_infinitive(subject.head)


def subject_modal(subject: Token | None) -> Token | None:
    """The infinitive a modal "be" says of a clause subject (`modal_infinitive` of its verb); None otherwise. Only the
    measure's event class reads it: the figure's event word, which dates and places the figure, stays unread."""
    if subject is None or subject.dep_ != "nsubj":
        return None
    return modal_infinitive(subject.head)
