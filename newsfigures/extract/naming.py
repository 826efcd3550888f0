"""How the text names an owner: the whole named entity a token is part of, a name with the names coordinated to
it, a counted group without its quantifying words, the people a demonym names."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.ingest.metadata import dateline_length


def group_phrase(noun: Token) -> str:
    """A counted group as the text names it, without quantifying words: "other Brazilian deputies" ->
    "Brazilian deputies", "crew members", "National Basketball Association players", a name modifier whole ("11
    former Latin American dictators" -> "Latin American dictators")."""
    keep = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in vocab.GROUP_MODIFIERS_DROPPED
            and not c.like_num and c.ent_type_ not in ("CARDINAL", "ORDINAL", "QUANTITY", "DATE")]  # "15-year-old"
    first, last = hyphened_word(noun)
    start = first
    for t in reversed(keep):  # the contiguous run of modifiers that ends at the noun, names whole
        if t.i == start - 1:
            start = t.left_edge.i if t.ent_type_ in ("ORG", "GPE", "NORP") else hyphened_word(t)[0]
    words_ = [t for t in noun.doc[start:last + 1]
              if t.lower_ not in vocab.GROUP_MODIFIERS_DROPPED or t.ent_type_ in vocab.OWNER_LABELS  # "New Zealand"
              or _in_hyphened_word(t)]
    return "".join(t.text_with_ws for t in words_).strip()


def _in_hyphened_word(t: Token) -> bool:
    """`t` is a piece of a word written with hyphens, or one of its hyphens."""
    if t.text == "-" and t.i > 0:
        return _hyphen_between(t.doc[t.i - 1], t)
    return hyphened_word(t) != (t.i, t.i)


def hyphened_word(t: Token) -> tuple[int, int]:
    """The first and last token index of the word written with hyphens that `t` is part of ("runner-up",
    "passers-by", "mother-in-law"), which the tokenizer splits at each hyphen; (t.i, t.i) for a word without one."""
    doc, first, last = t.doc, t.i, t.i
    while first >= 2 and _hyphen_between(doc[first - 2], doc[first - 1]):
        first -= 2
    while last + 2 < len(doc) and _hyphen_between(doc[last], doc[last + 1]):
        last += 2
    return first, last


def _hyphen_between(before: Token, hyphen: Token) -> bool:
    """`hyphen` is a hyphen written between `before` and the next word with no space: "runner-up"."""
    nxt = hyphen.doc[hyphen.i + 1] if hyphen.i + 1 < len(hyphen.doc) else None
    return (hyphen.text == "-" and not before.whitespace_ and not hyphen.whitespace_ and before.is_alpha
            and nxt is not None and nxt.is_alpha)


def demonym_plural(adjective: str) -> str:
    """The people a demonym names: "Syrian" -> "Syrians", "Iraqi" -> "Iraqis"; demonyms in
    -ese, -ish, -ch stay as they are ("Chinese")."""
    if adjective.lower().endswith(("an", "i")):
        return adjective + "s"
    return adjective


def coordination_text(t: Token) -> str:
    """A name with the names coordinated to it, as written: "Gregoire and other Democrats raised ...",
    "Verizon, SBC and BellSouth, which control ..." (all of them own the figure); the name alone when none is."""
    conjuncts = [c for c in t.subtree if c.dep_ == "conj" and c.head.i >= t.i and c.pos_ in ("PROPN", "NOUN")]
    if not conjuncts:
        return entity_text(t)
    first = sentcache.entity_of(t)
    start = first.start if first is not None else t.i
    end = max(c.i for c in conjuncts) + 1
    return t.doc[start:end].text.removeprefix("the ").removeprefix("The ")


def entity_text(t: Token) -> str:
    """The whole named entity `t` belongs to, without a leading "the ", a possessive ending or trailing common
    nouns the tagger took in ("the opposition Renamo party" -> "Renamo")."""
    ent = sentcache.entity_of(t)
    toks = list(ent) if ent is not None else [t]
    while len(toks) > 1 and toks[-1].is_lower and toks[-1].is_alpha:
        toks.pop()
    while len(toks) > 1 and in_dateline(toks[0]) and not in_dateline(t):
        toks.pop(0)  # "KYIV, March 3 - Russia": the tagger runs the dateline's date into the name after it
    text = t.doc[toks[0].i:toks[-1].i + 1].text
    return text.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("'").strip()


def in_dateline(t: Token) -> bool:
    """`t` is a word of the wire dateline its sentence opens with ("KYIV, March 3 (Reuters) - Russia launched"),
    which is no part of the sentence after it (ingest/metadata.py reads it)."""
    sent = t.sent
    return t.idx - sent.start_char < sentcache.once(t.doc, "dateline", sent.start, lambda: dateline_length(sent.text))
