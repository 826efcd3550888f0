"""The phrase of a counted noun and the noun a bare number is predicated of: shared by what counts a number
(`counted`) and what a sum, share or measure is of (`counted_sums`)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract.change_level import adverb_of_level
from newsfigures.extract.measure_lexicon import PROJECTION_WORDS, QUANTIFIERS
from newsfigures.extract.tree import lemma

RAISING_STEPS = 3  # an infinitive and up to two verbs that raise it ("is expected to continue to rise to")
# Words whose subject is their infinitive's ("production is projected to fall", "is likely to rise", "continued to
# fall"): a forecast, a likelihood or an aspect; "quick to compare the plan to 40 others" is no such.
RAISING_WORDS: frozenset[str] = PROJECTION_WORDS | frozenset({"set", "due", "seem", "appear", "continue", "begin",
                                                              "start", "tend", "poise", "unlikely"})
# (noun token or None, counted phrase, counted lemma)
Counted = tuple[Token | None, str, str]


def phrase(noun: Token) -> str:
    """The counted noun with its name-like left modifiers: "Canadian soldiers", "war dead"."""
    keep = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.like_num is False
            and c.lower_ not in words.INCREMENT_WORDS | QUANTIFIERS and c.pos_ != "NUM" and c.ent_type_ not in ("CARDINAL", "ORDINAL", "QUANTITY")]
    # Keep the contiguous run that ends at the noun.
    run: list[Token] = []
    for t in reversed(keep):
        expected_end = (run[0].i if run else noun.i) - 1
        if t.i == expected_end or (t.right_edge.i == expected_end):
            run.insert(0, t)
    start = run[0].left_edge.i if run else noun.i
    toks = [t for t in noun.doc[start:noun.i + 1] if not t.is_punct or t.text in "-’'"]
    text = "".join(t.text_with_ws for t in toks).strip()
    return re.sub(r"\s+", " ", text)


def agreeing_head(num: Token) -> Token | None:
    """The plural noun a number counts when the parser hung the number on a singular noun compounded onto it
    ("the three counting centres": three -> counting -> centres; the number agrees with the plural); None otherwise,
    and for a word hyphened to the number (the storeys of "four-storey apartment buildings" measure the buildings)."""
    word = num.head
    if word.i != num.i + 1 or not num.whitespace_ or word.dep_ != "compound" or word.tag_ != "NN":
        return None
    return word.head if word.head.i > word.i and word.head.tag_ in ("NNS", "NNPS") else None


def named(t: Token) -> Counted:
    """A counted noun as (token, phrase, lemma)."""
    return t, phrase(t), lemma(t)


def anchor_noun(num: Token) -> Token | None:
    """For a bare number, the noun it is predicated of: "the number of war dead was 600", "put the toll at 600"."""
    head = num.head
    # "punct"/"dep": a number the parser failed to attach, typically after a headline verb ("toll nears 60,000")
    if num.dep_ in ("attr", "acomp", "dobj", "oprd", "punct", "dep") and head.pos_ in ("AUX", "VERB"):
        verb = head
        for _ in range(2):  # "the deal is to cost $11.5bn": the subject of the verb above an xcomp
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
                return subj
            verb = verb.head
        return None
    adverb = adverb_of_level(head) if num.dep_ == "pobj" else None
    if adverb is not None:  # "Net income was up 12 percent to $4.1 billion": the income, as "rose ... to" has it
        return next((c for c in adverb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
    if num.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
        return next((c for c in head.head.children if c.dep_ == "dobj"), None)  # "buy Sears for $11 billion"
    if num.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("at", "to", "of") and head.head.pos_ in ("VERB", "NOUN"):
        verb = head.head
        if verb.pos_ == "NOUN":
            return verb if lemma(verb) in words.SUBJECTLESS | words.CONTAINER_NOUNS | words.PERSON_WHOLES else None
        # "estimates the figure at 2,000": the object, not "it"; "Profits slumped 40 per cent to $1.2 billion": the
        # subject, not the size of the change the parser made the object
        return _argument_up(verb)
    return None


def _argument_up(verb: Token) -> Token | None:
    """The object, else the subject, of a verb whose "to"/"at" phrase holds a bare number, or, for an infinitive
    with neither, of the verb or adjective that raises it ("production is projected to fall to 17.05 mln tonnes",
    "The death toll is likely to rise to 300"): what the level is of."""
    for _ in range(RAISING_STEPS):
        for dep in ("dobj", "nsubjpass", "nsubj"):
            cand = next((c for c in verb.children if c.dep_ == dep and c.pos_ != "PRON" and not c.like_num), None)
            if cand is not None:
                return cand
        raiser = verb.head
        if verb.dep_ != "xcomp" or raiser.i == verb.i or lemma(raiser) not in RAISING_WORDS:
            return None
        verb = raiser.head if raiser.pos_ == "ADJ" and raiser.dep_ == "acomp" else raiser
    return None
