"""The two figures of "by X to Y" after a verb of change: X is the size of the change, Y the level it reached (GUIDE
C1: "a per cent or any other size of a rise or fall is `change`"; `rate` is a level stated as a rate). The dev gold
reads the form so in two stories: "cut a key interest rate by a quarter-point to a 40-year low of 1.75 per cent"
(dev-lee2 bg_170, the US Federal Reserve: `change`, then `rate`) and "a further cut of 0.25 of a per cent, taking the
cash rate to 4.25 per cent" (dev-lee bg_244, the Reserve Bank of Australia: `change`, then `rate`).

The number parser decides when "X to Y" is two figures (numbers/ranges.py: not one range). The tree does not always
follow: spaCy reads bare numbers "rose by 20 to 1,200" as one quantity, 20 and "to" modifying 1,200, the object of
"by", so Y stood where the size of the change stands and X where no change was seen (the lead's wire probe of stop
42: `total` on 20, `change` on 1,200). This reader takes the roles from the words and the parser's mentions
instead: the figure right after "by" and right before "to", with the next figure right after "to", is the size;
that next figure is the level."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma
from newsfigures.numbers.lexicon import CHANGE_SIZE_OPENERS

SIZE = "size"
LEVEL = "level"
# The prepositions of a level a "be" moved with a change adverb reached, stood at or started from ("was up 12 percent
# to $4.1 billion", "down 8 percent at", "was down from 2,480,000").
ADVERB_LEVEL_PREPOSITIONS = frozenset({"to", "at", "from"})


def change_role(mention: Span) -> str:
    """SIZE when the figure is X of "by X to Y" after a verb of change that the number parser read as two figures,
    LEVEL when it is that Y, else ""."""
    doc = mention.doc
    before = doc[mention.start - 1] if mention.start > 0 else None
    after = doc[mention.end] if mention.end < len(doc) else None
    if before is None:
        return ""
    if _by_of_move(before) and after is not None and after.lower_ == "to" and _figure_after(doc, after):
        return SIZE
    if before.lower_ == "to":
        size = _figure_before(doc, before)
        if size is not None and size.start > 0 and _by_of_move(doc[size.start - 1]):
            return LEVEL
    return ""


def _by_of_move(word: Token) -> bool:
    """ "by" whose head is a verb that moves a level ("rose by", "was increased by", "cut its workforce by")."""
    return word.lower_ in CHANGE_SIZE_OPENERS and lemma(word.head) in vocab.MOVE_VERBS


def _mentions(doc: Doc) -> tuple:
    """The number parser's mentions of the parsed piece (none for a sentence parsed only for context)."""
    return doc._.numbers or ()


def _figure_after(doc: Doc, word: Token) -> bool:
    """A mention of the parser starts right after `word` (only spaces between)."""
    end = word.idx + len(word)
    return any(m.start >= end and not doc.text[end:m.start].strip() for m in _mentions(doc))


def _figure_before(doc: Doc, word: Token) -> Span | None:
    """The tokens of the mention of the parser that ends right before `word` (only spaces between), or None."""
    for m in _mentions(doc):
        if m.end <= word.idx and not doc.text[m.end:word.idx].strip():
            return doc.char_span(m.start, m.end, alignment_mode="expand")
    return None


def adverb_of_level(prep: Token) -> Token | None:
    """The change adverb ("up", "down", "off") of a "be" whose level `prep` opens: the level a move reached, stood at
    or started from, the parser hanging the preposition on the adverb ("Net income was up 12 percent to $4.1
    billion", "That was down from 2,480,000 the previous week") or on "be" ("crude oil stocks were up 3.2 mln barrels
    to 333.0 mln"); None otherwise, and for "up to", which bounds a number ("the toll is up to 300")."""
    if prep.dep_ != "prep" or prep.lower_ not in ADVERB_LEVEL_PREPOSITIONS:
        return None
    head = prep.head
    if head.dep_ == "advmod" and lemma(head.head) == "be":
        adverb = head
    elif lemma(head) == "be":
        adverb = next((c for c in head.children if c.dep_ == "advmod" and c.i < prep.i), None)
    else:
        return None
    if adverb is None or adverb.lower_ not in vocab.CHANGE_ADVERBS:
        return None
    return None if prep.lower_ == "to" and adverb.i + 1 == prep.i else adverb
