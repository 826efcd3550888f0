"""Quoted speech: the quotation a figure stands in and the speaker the text names for it, in the ways news writes
one: a tag after it ('..." he said', '..." said Mr Bush'), or the sentence that brings it in ('Warne says ... .
"...'). A quotation broken off by a new opening mark goes on in it (a paragraph break lost in the text), and a
quotation with no tag of its own goes on the speaker of the one before it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsfigures.extract import source_lexicon as cite
from newsfigures.extract.windows import sentences
# A quotation that goes on over more sentences than this without a closing mark lost it (a paragraph break lost
# in the text breaks a quotation off after a sentence or three).
MAX_OPEN_SENTENCES = 3
# How far from a figure its quotation is looked for: a paragraph of a hostile file may run for megabytes.
REACH = 3000
_MARKS = re.compile("[\"" + cite.OPENING_QUOTES + cite.CLOSING_QUOTES + "]")


@dataclass(frozen=True)
class Quote:
    """A quotation in an article: from its opening mark to just past its closing mark, or to where it broke off
    (`closed` False: a new opening mark or the paragraph's end came first)."""

    start: int
    end: int
    closed: bool


def quotes_in(text: str, start: int, end: int) -> list[Quote]:
    """The quotations of `text[start:end]` (one paragraph), in order."""
    found: list[Quote] = []
    opened: int | None = None
    for m in _MARKS.finditer(text, start, end):
        at = m.start()
        kind = _mark(text, at, start, end)
        if kind == "open":
            if opened is not None:
                found.append(Quote(opened, at, False))
            opened = at
        elif kind == "close" and opened is not None:
            found.append(Quote(opened, at + 1, True))
            opened = None
    if opened is not None:
        found.append(Quote(opened, end, False))
    return [_unclosed_cut(text, q) for q in found]


def _unclosed_cut(text: str, q: Quote) -> Quote:
    """A quotation left open for more than MAX_OPEN_SENTENCES sentences lost its closing mark: it ends with its
    first sentence, and nothing runs on from it."""
    if q.closed:
        return q
    sents = sentences(text[q.start:q.end])
    if len(sents) <= MAX_OPEN_SENTENCES + 1:
        return q
    return Quote(q.start, q.start + sents[1][0], True)


def _mark(text: str, at: int, start: int, end: int) -> str:
    """ "open", "close" or "" for the character at `at`: curly marks say which they are; a straight one opens
    after a space (or the paragraph's start) before a word, and closes after a word."""
    ch = text[at]
    if ch in cite.OPENING_QUOTES:
        return "open"
    if ch in cite.CLOSING_QUOTES:
        return "close"
    if ch != '"':
        return ""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    if (before.isspace() or before in "([—–-") and not after.isspace():
        return "open"
    return "close" if not before.isspace() else ""


def quoted_chain(text: str, at: int) -> tuple[Quote, ...]:
    """The run of quotations holding offset `at` of `text`, each broken off by the next ('"A. "B.'), and the
    paragraph before the run (its start offset); () when `at` is not quoted."""
    start = _paragraph_start(text, at)
    end = text.find("\n", at, at + REACH)
    qs = quotes_in(text, start, min(len(text), at + REACH) if end < 0 else end)
    k = next((i for i, q in enumerate(qs) if q.start < at < q.end), None)
    if k is None:
        return ()
    first, last = k, k
    while first > 0 and _runs_on(qs[first - 1], qs[first]):
        first -= 1
    while last + 1 < len(qs) and _runs_on(qs[last], qs[last + 1]):
        last += 1
    return tuple(qs[first:last + 1])


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding offset `at` starts, looked for at most REACH characters back."""
    return max(text.rfind("\n", max(at - REACH, 0), at) + 1, at - REACH, 0)


def _runs_on(a: Quote, b: Quote) -> bool:
    """Quotation `b` goes on `a`: `a` broke off at `b`'s opening mark."""
    return not a.closed and a.end == b.start


def tag_after(text: str, chain: tuple[Quote, ...]) -> str:
    """The speaker the tag after a closed quotation names ('," he said', '?" he asked', '," said Mr Bush'); "" when
    none, or when the quotation ended its sentence."""
    last = chain[-1]
    if not last.closed or text[last.end - 2:last.end - 1] == ".":
        return ""  # '... mess." Mr Howard said on Monday' opens a new sentence; a tag follows a comma, "?" or "!"
    return _speaker(cite.TAG_AFTER.match(text, last.end))


def tag_before(text: str, chain: tuple[Quote, ...]) -> str:
    """The speaker named in the sentence that brings the quotation in, outside any quotation of its own ('Warne
    says Australia is well placed. "...', 'Mr Bush said: "...', '"...," he said. "...'); "" when none."""
    start = _paragraph_start(text, chain[0].start)
    lead = text[start:chain[0].start].rstrip()
    sents = sentences(lead)
    sentence = lead[sents[-1][0] if sents else 0:]
    own = quotes_in(sentence, 0, len(sentence))
    if own and own[0].start == len(sentence) - len(sentence.lstrip()):  # '"...," the fire chief said. "...'
        tagged = tag_after(sentence, (own[0],))
        if tagged:
            return tagged
    for q in reversed(own):
        sentence = sentence[:q.start] + " " * (q.end - q.start) + sentence[q.end:]
    return _speaker(cite.TAG_IN_SENTENCE.search(sentence))


# The groups of a tag's regex that hold a speaker: names, then descriptions, which are written whole ("The mayor").
_NAME_GROUPS = ("name", "late", "appos")
_DESCRIPTION_GROUPS = ("desc", "late_desc", "bare")


def _speaker(m: re.Match[str] | None) -> str:
    """The speaker a tag matched: a description whole, a name without the words that open its sentence ("But
    Rafter" -> "Rafter")."""
    groups = m.groupdict() if m else {}
    described = next((groups[g] for g in _DESCRIPTION_GROUPS if groups.get(g)), "")
    words = next((groups[g] for g in _NAME_GROUPS if groups.get(g)), "").split()
    if described:
        return described
    while len(words) > 1 and words[0] in cite.NAME_OPENERS:
        words = words[1:]
    return "" if words and words[0] in cite.NAME_OPENERS else " ".join(words)
