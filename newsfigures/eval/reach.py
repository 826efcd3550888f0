"""Where a wrong name field's gold name is spelled in its document, relative to the figure: in the figure's own
sentence, in the 1-3 sentences before it, in the title or first sentence, elsewhere, or nowhere (the annotator
wrote a name the text does not spell). Counts only: what a sentence-local rule can reach at all and what needs the
article's discourse, without naming a figure (allowed on the test split, like the error kinds)."""
from __future__ import annotations

import re
from bisect import bisect_right

from newsfigures.eval.matching import Pred
from newsfigures.eval.measure_rules import abbreviated, normal_words
from newsfigures.eval.vocab import STOPWORDS

REACH_KINDS = ("sentence", "before", "title", "elsewhere", "nowhere")
NAME_FIELDS = ("subject", "place", "said_by")
BEFORE = 3  # sentences before the figure's own that count as "before"
PREFIX_MIN = 4  # a name word matches a text word one is a prefix of, both this long ("Israel" ~ "Israeli")
# a sentence ends at . ! ? (and a closing quote or bracket) before a space and a capital, digit or quote, unless the
# word before the stop is one capital letter or a title ("U.S. President", "Mr. Smith"); every line is its own
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Dr|St|Ms))(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Sgt|Maj))"
                           r"[.!?][\"'\u201d\u2019)]*\s+(?=[A-Z0-9\"'\u201c\u2018])|\n+")
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S." written as the acronym "US"


def sentence_starts(text: str) -> list[int]:
    """Offsets at which the sentences of `text` start (the first at 0; each line starts one)."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text)]


def _undotted(s: str) -> str:
    """`s` with dotted initials written as one word ("U.S." -> "US")."""
    return _DOTTED.sub(lambda m: m.group(0).replace(".", ""), s)


def _name_words(name: str) -> list[tuple[str, ...]]:
    """Each ";"-listed name as its content words, and as its acronym when it has a run of capitalised words."""
    out = []
    for one in _undotted(name).split(";"):
        for form in dict.fromkeys((one, abbreviated(one))):
            content = tuple(w for w in normal_words(form, True) if w not in STOPWORDS)
            if content:
                out.append(content)
    return out


def _word_in(word: str, text_words: frozenset[str]) -> bool:
    """A name word among a text's words: equal, or one a prefix of the other when both are long enough."""
    if word in text_words:
        return True
    return len(word) >= PREFIX_MIN and any(
        len(t) >= PREFIX_MIN and (t.startswith(word) or word.startswith(t)) for t in text_words)


def spells(text: str, name: str) -> bool:
    """True when every content word of one of `name`'s names occurs in `text`."""
    text_words = frozenset(normal_words(_undotted(text), True))
    return any(all(_word_in(w, text_words) for w in words) for words in _name_words(name))


def _sentences_at(text: str, at: int) -> tuple[list[int], int]:
    """The sentence bounds of `text` (every start, then its end) and the index of the sentence holding offset `at`."""
    starts = sentence_starts(text)
    return starts + [len(text)], max(bisect_right(starts, at) - 1, 0)


def reach(text: str, at: int, name: str) -> str:
    """Where `name` is spelled in `text` relative to the figure at offset `at` (one of REACH_KINDS)."""
    bounds, own = _sentences_at(text, at)
    sentence = lambda i: text[bounds[i]:bounds[i + 1]]  # noqa: E731
    if spells(sentence(own), name):
        return "sentence"
    if spells(text[bounds[max(own - BEFORE, 0)]:bounds[own]], name):
        return "before"
    if spells(sentence(0), name):
        return "title"
    return "elsewhere" if spells(text, name) else "nowhere"


def gold_name(field: str, g: dict) -> str:
    """The gold's name in a name field ("" when it has none)."""
    return (g["said_by"] if field == "said_by" else g["measure"].get(field, "")) or ""


def name_reach(wrong: dict[str, list[tuple[dict, Pred]]], texts: dict[str, str]) -> dict[str, dict[str, int]]:
    """Per name field, how many wrong values whose gold has a name fall in each REACH_KINDS class."""
    out = {}
    for field in NAME_FIELDS:
        kinds = [reach(texts.get(g["doc"], ""), p.start, gold_name(field, g))
                 for g, p in wrong.get(field, []) if gold_name(field, g)]
        out[field] = {k: kinds.count(k) for k in REACH_KINDS}
    return out


QUANTITY_GAP_KINDS = ("overlap", "sentence", "unspelled")


def quantity_gap(text: str, at: int, pred: str, gold: str) -> str:
    """Why a wrong quantity differs from the gold's, in terms that show no text: "overlap" (the two share a word:
    a narrower or wider noun, "share price" / "price"), "sentence" (the gold's words are in the figure's sentence:
    another noun was chosen) or "unspelled" (the gold names a concept its sentence does not spell: a vocabulary
    normalisation not made, "deaths" for "toll")."""
    if set(normal_words(pred, True)) & set(normal_words(gold, True)):
        return "overlap"
    bounds, own = _sentences_at(text, at)
    return "sentence" if spells(text[bounds[own]:bounds[own + 1]], gold) else "unspelled"


def quantity_gaps(wrong: list[tuple[dict, Pred]], texts: dict[str, str]) -> dict[str, int]:
    """How many wrong quantities whose gold names one fall in each QUANTITY_GAP_KINDS class."""
    kinds = [quantity_gap(texts.get(g["doc"], ""), p.start, getattr(p.measure, "quantity", "") or "",
                          g["measure"].get("quantity", "")) for g, p in wrong if g["measure"].get("quantity")]
    return {k: kinds.count(k) for k in QUANTITY_GAP_KINDS}
