"""Which parts of an article spaCy must read: the sentences that hold a number candidate, with the sentences
before them that the readers look back into (a pronoun's antecedent, the subject a "he said" stands for).

Sentences are found without spaCy by a conservative splitter that never cuts inside a sentence spaCy would keep
whole (it may keep two sentences together); the windows it gives are parsed as separate texts and their offsets
mapped back to the article.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsfigures import numbers
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.antecedent import LOOKBACK

# A sentence ends at a line break, or after ".", "!" or "?" (and closing quotes or brackets) that follows a
# lower-case word or a number and precedes a space and a capital or an opening quote ("said. The"); a digit after
# it may be a date's ("Dec. 22"), so it does not end one.
_BOUNDARY = re.compile(r"\n+|(?<=[a-z0-9][a-z0-9][.!?])[\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z])")
_LAST_WORD = re.compile(r"(\w+)\.\W*$")
# Words whose period ends an abbreviation, not a sentence ("Gov. Perry", "Sept. Officials").
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm", "cpl",
    "pvt", "prof", "rev", "hon", "pres", "supt", "det", "insp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "st", "ave", "inc", "corp", "co", "ltd", "jr", "sr", "vs", "etc", "no",
    "mt", "ft", "ca", "approx", "est", "dept", "univ", "assn", "bros", "messrs", "mme", "mlle"})
_WORD = re.compile(r"[A-Za-z]+")
# Pronouns and bare definite nouns that stand for something named up to LOOKBACK sentences before (antecedent.py).
ANTECEDENT_WORDS = (vocab.PERSON_PRONOUNS | vocab.THING_PRONOUNS | set(vocab.DEFINITE_KINDS)
                    | {k + "s" for k in vocab.DEFINITE_KINDS} | {"countries", "companies", "agencies"})


@dataclass(frozen=True)
class Window:
    """One stretch of an article to parse: `text[start:end]`, and the number mentions inside it."""

    start: int
    end: int
    mentions: tuple[numbers.NumberMention, ...]


@dataclass(frozen=True)
class Piece:
    """A text spaCy parses: it starts at `start` in its article; its mentions are in its own offsets."""

    start: int
    text: str
    mentions: tuple[numbers.NumberMention, ...]


def shifted(m: numbers.NumberMention, by: int) -> numbers.NumberMention:
    """The mention with every offset moved by `by` (a bare-number offset of -1, "unknown", stays)."""
    return replace(m, start=m.start + by, end=m.end + by, number_start=m.number_start + by,
                   number_end=m.number_end + by, value_start=m.value_start + by if m.value_start >= 0 else -1,
                   value_end=m.value_end + by if m.value_end >= 0 else -1)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text` by the conservative splitter, blank stretches left out."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        word = _LAST_WORD.search(text, max(pos, m.start() - 20), m.start())
        if m.group()[0] != "\n" and word is not None and word.group(1).lower() in ABBREVIATIONS:
            continue
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def _lookback(sentence: str) -> int:
    """How many sentences before this one are parsed with it: LOOKBACK when it holds a word whose antecedent
    may lie that far back, else one (the sentence before a "he said" names who; and spaCy parses the first words
    of a text differently without the sentence before them)."""
    found = {w.lower() for w in _WORD.findall(sentence)}
    return LOOKBACK if found & ANTECEDENT_WORDS else 1


def windows(text: str, mentions: Sequence[numbers.NumberMention]) -> list[Window]:
    """The stretches of `text` spaCy must parse: every sentence holding a quantity mention, with the sentences
    before it its readers may look into (`_lookback`), adjacent ones merged."""
    sents = sentences(text)
    wanted = [False] * len(sents)
    starts = [s for s, _ in sents]
    cands = [m for m in mentions if m.kind in numbers.QUANTITY_KINDS]
    i = 0
    for k, (s, e) in enumerate(sents):
        while i < len(cands) and cands[i].start < s:
            i += 1
        if i < len(cands) and cands[i].start < e:
            for j in range(max(0, k - _lookback(text[s:e])), k + 1):
                wanted[j] = True
    return _merged(sents, wanted, starts, mentions)


def _merged(sents: list[tuple[int, int]], wanted: list[bool], starts: list[int],
            mentions: Sequence[numbers.NumberMention]) -> list[Window]:
    """Runs of wanted sentences as windows, each with the mentions that start inside it."""
    spans: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(sents):
        if not wanted[k]:
            continue
        if spans and k > 0 and wanted[k - 1]:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return [Window(s, e, tuple(m for m in mentions if s <= m.start < e)) for s, e in spans]
