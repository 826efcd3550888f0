"""What a bare number after "one of" counts when its noun is left out and the sentence's subject names it: "the
proposal will be one of five discussed" counts proposals, "the quake was one of three to strike" quakes.

GUIDE.md's quantity line falls back to the counted thing's head noun when no line fits; with an elided head that
noun is the subject the copula says is "one of" the N. Dev: Lee bg_298 (republic_debate_2001, "A ... proposal for
a republic will be one of five discussed", gold `proposal`), read with no counted noun before; the pattern is one dev
story's, so the reader is held to the exact frame (a copula, "one" as its complement, the number as the object of
"of" with no noun of its own, a common noun as the subject) and the blind probe tests/extract/
test_quantity_clusters40b.py carries it over the eight domains."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.tree import lemma

PART_WORDS: frozenset[str] = frozenset({"one"})  # the part a whole of N is counted against ("one of five")
LINKING_VERBS: frozenset[str] = frozenset({"be", "become", "remain"})  # verbs that say the subject is that part
SUBJECTS: tuple[str, ...] = ("nsubj", "nsubjpass")


def one_of_subject(num: Token) -> Token | None:
    """The common noun that is the subject of "<subject> is one of <num>", None for any other frame: "the bill is
    one of four tabled" -> bill; "he was one of three arrested" (a pronoun) and "one of five factories" (the
    number's own noun) are not read here."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    part = prep.head
    if part.lower_ not in PART_WORDS or part.dep_ != "attr" or lemma(part.head) not in LINKING_VERBS:
        return None
    return next((c for c in part.head.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"), None)
