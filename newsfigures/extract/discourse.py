"""Owners carried across sentences: a figure whose own clause names no owner takes the owner of the figure of the
same concept just before it ("Kmart to buy Sears for US$11 billion. ... The deal is to cost $11.5bn" -> Kmart;
"316 said they were raped. Of the latter, 229 were detained while pregnant" -> women).

A pure step over an article's figures in text order, after extraction: it reads the figures' records and the
article's text (to count the sentences between two figures), never a parse, so it gives the same result whether the
article was parsed whole or in windows.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from newsfigures.extract import windows
from newsfigures.extract.measure_lexicon import GENERIC_GROUP_NOUNS
from newsfigures.extract.subject import PERSON_QUANTITIES
from newsfigures.model import Figure

LOOKBACK_SENTENCES = 2  # sentences an owner is carried forward


def carry_subjects(figures: Sequence[Figure], text: str) -> list[Figure]:
    """`figures` (one article's, in text order), each figure with no subject given the one its concept carries."""
    starts = sentence_starts(text)
    out: list[Figure] = []
    named_at: list[int] = []  # where each figure's owner was named: its own sentence, or the carried owner's
    for f in figures:
        owner, at = ("", f.sentence_start) if f.measure.subject else carried_subject(f, out, named_at, starts)
        out.append(replace(f, measure=replace(f.measure, subject=owner)) if owner else f)
        named_at.append(at)
    return out


def carried_subject(f: Figure, before: Sequence[Figure], named_at: Sequence[int],
                    starts: Sequence[int]) -> tuple[str, int]:
    """The subject of the nearest earlier figure of the same concept as `f` whose owner was named within
    LOOKBACK_SENTENCES of `f` (a carried owner goes no further than the sentence that named it allows), unless a
    figure of `f`'s own sentence before it names another owner; with where that owner was named ("" otherwise)."""
    for e, at in zip(reversed(before), reversed(named_at)):
        if sentences_between(starts, e.sentence_start, f.sentence_start) > LOOKBACK_SENTENCES:
            break
        if same_concept(e, f):
            if sentences_between(starts, at, f.sentence_start) > LOOKBACK_SENTENCES:
                break
            return e.measure.subject, at
        if e.sentence_start == f.sentence_start and e.measure.subject:
            break  # its own sentence names another owner ("12,000 donors have donated over $1.2 million")
    return "", f.sentence_start


def same_concept(e: Figure, f: Figure) -> bool:
    """Both figures count the same thing: the same quantity and, for counts of persons, the same specific noun
    ("women" and "women"; never a generic head, which names no group: "people", "2,800 others", "the toll")."""
    if e.measure.quantity != f.measure.quantity or not f.measure.quantity:
        return False
    if f.measure.quantity not in PERSON_QUANTITIES:
        return True
    return e.counted_lemma == f.counted_lemma and f.counted_lemma not in GENERIC_GROUP_NOUNS


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of `text` starts, by the splitter the windows use (`windows.sentences`)."""
    return [s for s, _ in windows.sentences(text)]


def sentences_between(starts: Sequence[int], start: int, later: int) -> int:
    """How many sentence starts (`sentence_starts`) lie after offset `start` up to offset `later`."""
    return max(0, bisect_right(starts, later) - bisect_right(starts, start))
