"""Owners carried across sentences: a figure whose own clause names no owner takes the owner of the figure of the
same concept just before it ("Kmart to buy Sears for US$11 billion. ... The deal is to cost $11.5bn" -> Kmart;
"316 said they were raped. Of the latter, 229 were detained while pregnant" -> women); and a sum whose clause
names no owner and that no owner is carried to takes the article's topic: the name its opening
(headline or first sentence) starts with, when the article names it again ("Japan to reduce aid to China ... Total
Japanese expenditures on ODA have reached $221bn" -> Japan).

A pure step over an article's figures in text order, after extraction: it reads the figures' records and the
article's text (to count the sentences between two figures), never a parse, so it gives the same result whether the
article was parsed whole or in windows.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from newsfigures.extract import windows, word_senses
from newsfigures.extract.measure_lexicon import GENERIC_GROUP_NOUNS
from newsfigures.extract.subject import PERSON_QUANTITIES
from newsfigures.model import Figure

LOOKBACK_SENTENCES = 2  # sentences an owner is carried forward
# The name an opening starts with: capitalised words (up to four, after an optional "The") before a lower-case word.
_OPENING_NAME = re.compile(r"(?:The )?((?:[A-Z][\w.&'-]*)(?: [A-Z][\w.&'-]*){0,3}) [a-z]")
# Figure kinds a topic owns: sums an organisation or country spends or earns (dev: wn2004_021 Japan's aid "$221bn",
# "$30bn"; wn2004_091 "revenue for Linux will exceed $35 billion"). Not percentages: on dev they as often belong
# to the people the sentence names ("over 25% for workers retiring in 2042" under "Bush to Propose ...", wn2004_097;
# "99 per cent of the catches" under "Australia will be aiming ...", lee bg_047); never counts, which are as often
# the story's own (tolls, crowds).
TOPIC_KINDS = frozenset({"money"})
# The words between a part and its whole: "nine of the 12", "three of its five".
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|these|those)?\s*", re.IGNORECASE)


def carry_subjects(figures: Sequence[Figure], text: str) -> list[Figure]:
    """`figures` (one article's, in text order), each figure with no subject given the one its concept carries,
    or the article's topic (`topic_owner`) when it is a sum whose concept no figure before it has stated."""
    sents = windows.sentences(text)  # split once: the carry counts sentences, the topic reads the first
    starts = [s for s, _ in sents]
    topic: str | None = None  # read when a figure first needs it
    out: list[Figure] = []
    named_at: list[int] = []  # where each figure's owner was named: its own sentence, or the carried owner's
    for f in figures:
        owner, at = ("", f.sentence_start) if f.measure.subject or _whole_of_last(f, out, text) else carried_subject(
            f, out, named_at, starts)
        if not (owner or f.measure.subject) and topic_owns(f, out):
            topic = topic_owner(text, sents) if topic is None else topic
            owner = topic
        out.append(replace(f, measure=replace(f.measure, subject=owner)) if owner else f)
        named_at.append(at)
    return out


def _whole_of_last(f: Figure, before: Sequence[Figure], text: str) -> bool:
    """`f` is the whole the figure right before it is a part of ("have won nine of the 12 events": the whole is
    its own figure, GUIDE C2), which the part's owner does not own."""
    return bool(before) and _PART_OF.fullmatch(text, before[-1].end, f.start) is not None


def topic_owner(text: str, sents: Sequence[tuple[int, int]] | None = None) -> str:
    """The name the article's opening (its headline, or first sentence) starts with ("Japan to reduce aid",
    "The Reserve Bank has cut"), when the article names it again inside a later sentence; "" when the opening starts
    with no name, with a word that names persons ("Americans contribute", "Brazilian President meets": a people or
    a role, not an owner of sums), or with a name said once. `sents`: the text's `windows.sentences`, when split."""
    sents = windows.sentences(text) if sents is None else sents
    found = _OPENING_NAME.match(text, sents[0][0]) if sents else None
    if found is None or found.end(1) > sents[0][1]:
        return ""
    name = found.group(1)
    if any(word_senses.names_person(w) or word_senses.names_person(w.removesuffix("s")) for w in name.split()):
        return ""
    again = re.search(rf"(?<=\w ){re.escape(name)}\b", text[sents[0][1]:])  # after a word of its sentence
    return name if again is not None else ""


def topic_owns(f: Figure, before: Sequence[Figure]) -> bool:
    """The article's topic owns `f`, a figure with no owner of its own or carried: `f` is a sum and no figure
    before it is of its concept (when one is, the owner carried from it, or none beyond LOOKBACK_SENTENCES,
    decides)."""
    return f.kind in TOPIC_KINDS and not any(same_concept(e, f) for e in before)


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
