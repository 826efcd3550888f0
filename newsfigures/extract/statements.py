"""Verbs that state a clause (data/statement_verbs.txt, written by scripts/build_statement_verbs.py from WordNet):
the subject of one is the source of a figure in the "that" clause it governs ("A spokesman for the Red Cross
speculated that the toll could increase to over 100,000", "Rother points out that ... benefits ... equal 42
percent"), on news no hand list of reporting verbs foresaw."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsfigures.extract.word_senses import DATA

CLAUSE_ROLES = frozenset({"ccomp"})  # the clause a verb of statement governs


@lru_cache(maxsize=1)
def statement_verbs() -> frozenset[str]:
    """The verb lemmas whose first WordNet sense states a clause (read once; the file is package data)."""
    lines = (DATA / "statement_verbs.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def states_clause_of(verb: Token, verb_lemma: str, num: Token) -> bool:
    """`verb` (lemma `verb_lemma`) is a verb of statement, not denied, and `num` lies in the finite clause it
    governs: "speculated that the toll could increase to over 100,000"; not "promised up to $500 million" (an
    object), nor "did not suggest that ...", nor an infinitive, which says what is done, not what is so ("declares a
    period of national mourning ... to last until April 6 as the death toll ... rises to over 3,050", myanmar
    2025-03-31_1)."""
    return verb_lemma in statement_verbs() and not any(c.dep_ == "neg" for c in verb.children) and any(
        num in c.subtree for c in verb.children if c.dep_ in CLAUSE_ROLES and _finite(c))


def _finite(clause: Token) -> bool:
    """A clause with a tense of its own: no infinitive "to" on its verb."""
    return not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
