"""Which parts of an article spaCy must read: the sentences that hold a number candidate; and, apart, the sentences
before one that a reader looked into (a pronoun's antecedent, the subject a "he said" stands for).

Sentences are found without spaCy by a conservative splitter that never cuts inside a sentence spaCy would keep
whole (it may keep two sentences together); the windows it gives are parsed as separate texts and their offsets
mapped back to the article.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsfigures import numbers

# A sentence ends at a line break, or after ".", "!" or "?" (and closing quotes or brackets) that follows a
# lower-case word or a number and precedes a space and a capital or an opening quote ("said. The"); a digit after
# it may be a date's ("Dec. 22"), so it does not end one.
_BOUNDARY = re.compile(r"\n+|(?<=[a-z0-9][a-z0-9][.!?])[\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z])")
_LAST_WORD = re.compile(r"(\w+)\.\W*$")
# Words before a window parsed with it as context, so that its first tokens are tagged and recognised as in the
# whole article ("SEOUL, 15 October 2025" read as a date): one word (with the punctuation or line break after it)
# changed the figures of ../shared least; two or three changed more, by the parser's state at the window's start.
LEAD_WORDS = 1
_LEAD = re.compile(r"(?:\S+\s+){1,%d}\Z" % LEAD_WORDS)
# Words whose period ends an abbreviation, not a sentence ("Gov. Perry", "Sept. Officials").
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm", "cpl",
    "pvt", "prof", "rev", "hon", "pres", "supt", "det", "insp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "st", "ave", "inc", "corp", "co", "ltd", "jr", "sr", "vs", "etc", "no",
    "mt", "ft", "ca", "approx", "est", "dept", "univ", "assn", "bros", "messrs", "mme", "mlle"})


@dataclass(frozen=True)
class Window:
    """One stretch of an article to parse: `text[start:end]`, and the number mentions inside it."""

    start: int
    end: int
    mentions: tuple[numbers.NumberMention, ...]


@dataclass(frozen=True)
class Piece:
    """A text spaCy parses: it starts at `start` in its article; its mentions are in its own offsets; its first
    `lead` characters are the words before its window, parsed with it only as context (`lead_start`)."""

    start: int
    text: str
    mentions: tuple[numbers.NumberMention, ...]
    lead: int = 0


def shifted(m: numbers.NumberMention, by: int) -> numbers.NumberMention:
    """The mention with every offset moved by `by` (a bare-number offset of -1, "unknown", stays)."""
    return replace(m, start=m.start + by, end=m.end + by, number_start=m.number_start + by,
                   number_end=m.number_end + by, value_start=m.value_start + by if m.value_start >= 0 else -1,
                   value_end=m.value_end + by if m.value_end >= 0 else -1)


OPENING_CHARS = 600  # an article's opening goes no further than this (a run-on first paragraph)
_LOWER_WORD = re.compile(r"[a-z]+")


def has_word_of(text: str, words: frozenset[str]) -> bool:
    """`text`, case-folded, holds one of `words` as a word: a cheap test before an opening is parsed for a reading
    that needs one of them."""
    return not words.isdisjoint(_LOWER_WORD.findall(text.lower()))


def opening_of(text: str, count: int) -> tuple[str, int]:
    """The text of the first `count` sentences of `text`, at most OPENING_CHARS, and where it starts ("" and 0 for an
    empty text): the opening read for an article's setting and polity."""
    sents = sentences(text)[:count]
    return (text[sents[0][0]:sents[-1][1]][:OPENING_CHARS], sents[0][0]) if sents else ("", 0)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text` by the conservative splitter, blank stretches left out."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.group()[0] != "\n" and ends_abbreviation(text, m.start(), pos):
            continue
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def ends_abbreviation(text: str, end: int, since: int = 0) -> bool:
    """`text` up to `end` (from `since` on) ends with an abbreviation's stop ("Gov.", "Corp.": ABBREVIATIONS), which
    ends no sentence."""
    word = _LAST_WORD.search(text, max(since, end - 20), end)
    return word is not None and word.group(1).lower() in ABBREVIATIONS


def lead_start(text: str, start: int) -> int:
    """Where the LEAD_WORDS words before a window that starts at `start` begin: spaCy reads the first words of a
    text differently (a dateline's date, a name) without the tokens before them, which its token vectors see."""
    found = _LEAD.search(text, max(0, start - 200), start)
    return found.start() if found is not None else start


def before(text: str, start: int, count: int) -> Piece:
    """Up to `count` sentences of article `text` before `start` (a window's start), as a piece to parse apart for
    a reader that looks before the window (it holds no mentions: its figures are read in their own windows)."""
    starts = [s for s, _ in sentences(text[:start])][-count:] if count > 0 else []
    first = starts[0] if starts else start
    return Piece(first, text[first:start].rstrip(), ())


def windows(text: str, mentions: Sequence[numbers.NumberMention]) -> list[Window]:
    """The stretches of `text` spaCy must parse: every sentence holding a quantity mention, adjacent ones merged
    (the sentences before one are parsed only when a reader looks into them: `before`)."""
    sents = sentences(text)
    ends = [e for _, e in sents]
    wanted = [False] * len(sents)
    for m in mentions:
        if m.kind not in numbers.QUANTITY_KINDS:
            continue
        # every sentence the mention overlaps: a range may run over a line break ("5-\n10 people")
        for k in range(bisect_right(ends, m.start), len(sents)):
            if sents[k][0] >= m.end:
                break
            wanted[k] = True
    return _merged(sents, wanted, mentions)


def _merged(sents: list[tuple[int, int]], wanted: list[bool],
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
