"""A batsman's runs written right beside his name: "with Adam Gilchrist not out 83" (cricket_aus_nz_2001 bg_258),
"before Klusener, on 18, edged Gillespie" (cricket_aus_sa_2001 bg_118), whatever the parser hung the number on (the
side's verb, whose subject is the side)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.antecedent import full_name_of
from newsfigures.extract.pipeline import article_text
from newsfigures.extract.sport import score_quantity

# What may stand between a batsman's name and his runs; one of SCORE_MARKS must be among them.
BESIDE_WORDS = frozenset({",", "not", "out", "on"})
SCORE_MARKS = frozenset({"out", "on"})
BESIDE_REACH = 4  # tokens at most between the name and the number


def batsman_beside(num: Token) -> Token | None:
    """The batsman named right before a bare cricket score, only "not out" or "on" between ("Adam Gilchrist not
    out 83", "Klusener, on 18,"): the last token of his name; None for any other number."""
    doc = num.doc
    start = max(num.i - BESIDE_REACH - 1, num.sent.start)
    name = next((t for t in reversed(doc[start:num.i]) if t.lower_ not in BESIDE_WORDS), None)
    if name is None or not {t.lower_ for t in doc[name.i + 1:num.i]} & SCORE_MARKS:
        return None  # checked first: `_person` may look sentences back, for any "Name, 12" of a list
    return name if _person(name) and _bare_score(num) else None


def _person(t: Token) -> bool:
    """A person's name, or a surname that shortens a person's full name written before ("Hussain" after "Nasser
    Hussain", whatever the tagger made of the surname alone)."""
    return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and full_name_of(t) is not None)


def _bare_score(num: Token) -> bool:
    """A bare number read as runs, or one counting nothing of its own in an article that speaks of cricket."""
    doc = num.doc
    if score_quantity(num) == "run":
        return True
    counts_a_noun = num.i + 1 < len(doc) and doc[num.i + 1].pos_ == "NOUN"
    return num.text.isdigit() and not counts_a_noun and _cricket_article(doc)


def _cricket_article(doc: Doc) -> bool:
    """The article uses a word of the game ("wickets", "innings", "bowled") anywhere."""
    text = article_text(doc)[0]
    return sentcache.once(doc, "cricket_article", None, lambda: re.search(
        r"\b(?:%s)\b" % "|".join(vocab.CRICKET_WORDS), text) is not None)
