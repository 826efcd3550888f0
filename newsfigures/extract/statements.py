"""Verbs that state a clause (data/statement_verbs.txt, written by scripts/build_statement_verbs.py from WordNet):
the subject of one is the source of a figure in the "that" clause it governs ("A spokesman for the Red Cross
speculated that the toll could increase to over 100,000", "Rother points out that ... benefits ... equal 42
percent"), on news no hand list of reporting verbs foresaw."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsfigures.extract.word_senses import data_lines

CLAUSE_ROLES = frozenset({"ccomp"})  # the clause a verb of statement governs
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a verb or auxiliary with a tense


@lru_cache(maxsize=1)
def statement_verbs() -> frozenset[str]:
    """The verb lemmas whose first WordNet sense states a clause (read once; the file is package data)."""
    return frozenset(data_lines("statement_verbs.txt"))


def states_clause_of(verb: Token, verb_lemma: str, num: Token) -> bool:
    """`verb` (lemma `verb_lemma`) is a verb of statement, not denied, and `num` lies in the finite clause it
    governs: "speculated that the toll could increase to over 100,000"; not "promised up to $500 million" (an
    object), nor "did not suggest that ...", nor an infinitive, which says what is done, not what is so ("declares a
    period of national mourning ... to last until April 6 as the death toll ... rises to over 3,050", myanmar
    2025-03-31_1)."""
    return verb_lemma in statement_verbs() and not any(c.dep_ == "neg" for c in verb.children) and any(
        num in c.subtree for c in verb.children if c.dep_ in CLAUSE_ROLES and _finite(c))


def _finite(clause: Token) -> bool:
    """A clause with a tense of its own: a verb in a tensed form or with a tensed or modal auxiliary ("the toll
    could increase", "thousands of Australians are involved"); not an infinitive ("to last"), nor a clause with no
    verb, which a finding's verdict is ("has found the six of the eight employees guilty", Lee bg_161; "found the
    men guilty of killing two nuns", bg_169)."""
    return clause.pos_ in ("VERB", "AUX") and (clause.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in clause.children))
