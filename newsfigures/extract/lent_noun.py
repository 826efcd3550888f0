"""Which figure before a bare number may lend it its counted noun (the ellipsis reading of extract/counted.py: "Of
the latter, 229 were detained", "All three have been interviewed", "Captain Shaun Pollock scored 1").

Within the number's own sentence the figure before always may. From an earlier sentence only a count lends to a
count: on dev every right cross-sentence loan is one (wn2004_045 "229", "20 of them"; Lee bg_033 "All three";
bg_168 "All six"; bg_118 "Needing 375", "scored 1"), and the one loan of a share to a count is wrong (Lee bg_279 "a
0.8 per cent fall" lent to "just under 19,000 per week", job advertisements). A sum, share or measure names a
thing of its own kind ("Sales rose by 5 per cent to $3 billion."), never what a later count counts ("The death
toll rose by 20 to 1,200").
Neither does an earlier sentence lend to a number its own sentence says what it is of (tests/gold/measures/GUIDE.md,
the quantity line: the concept the figure counts): the size or level of a change its clause's noun undergoes counts
that noun ("The death toll rose by 20 to 1,200" after "The fire destroyed 300 homes"; no dev figure reaches this
gate, the stop-42 probe does). A side of a scoreline is not refused a loan here: refusing it (wt-carry-held, and
wt-scores' reverted mend) leaves a scoreline with no series contest unread, which then takes no setting place
(setting.may_take_setting), and fell test-lee place under its floor."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.model import Figure

CHANGE_PREPOSITIONS = ("by", "to", "at", "from")  # "rose by 20", "to 1,200", "stands at 45", "from 1,180"
NUMBER_LINKS = ("quantmod", "nummod", "compound")  # "by 20 to 1,200": the parser hangs 20 on 1,200
SUBJECTS = ("nsubj", "nsubjpass")
CLIMB = 4  # steps from the number up to the verb of its change


def may_lend(before: Figure, num: Token, kind: str, sentence: str) -> bool:
    """`before`, the figure read just before the bare number `num` (of kind `kind`, in the sentence whose text is
    `sentence`), may lend it its counted noun: always in the same sentence; from an earlier one only a figure of the
    same kind, and never to the size or level of a change of a noun its clause names."""
    if before.sentence == sentence:
        return True
    return before.kind == kind and changed_noun(num) is None


def changed_noun(num: Token) -> Token | None:
    """The noun subject of the verb whose change or level `num` states through a preposition ("The death toll rose
    by 20 to 1,200": toll, for both numbers; "the toll stands at 45"), None when the number is no such phrase's or
    the subject is a pronoun ("They rose by 20": whom "they" stands for is the sentence before's)."""
    t = num
    for _ in range(CLIMB):
        if t.dep_ in NUMBER_LINKS and t.head.like_num:
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in CHANGE_PREPOSITIONS:
            verb = t.head.head
            if verb.pos_ not in ("VERB", "AUX"):
                return None
            return next((c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN")), None)
        else:
            return None
    return None
