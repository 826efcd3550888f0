"""The guide's `probability` line (GUIDE.md's measurement table, dimension `probability`): a share written as odds,
"N in M", or a percent, that a chance word right after it or the subject of its copula names as a chance ("a 1 in
300 chance of hitting Earth", "a 70 per cent chance of rain", "the odds of an impact are 1 in 10,000")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsfigures.extract.counted_phrase import Counted

# The nouns that name a chance: what the guide's `probability` measures ("chance" and "probability" are its own
# measurement words in measure_lexicon.MEASUREMENT_NOUNS; "odds" is read as written, which the lemmatizer makes "odd").
CHANCE_NOUNS: dict[str, str] = {"chance": "chance", "chances": "chance", "probability": "probability",
                                "odds": "odds", "likelihood": "likelihood"}
CHANCE_KINDS = ("fraction", "percent")
JOINERS = frozenset({"-"})  # "a 1-in-300 chance"
COPULA_LEMMAS = frozenset({"be"})
NUMBER_ROLES = ("attr", "acomp")


def chance_counted(num: Token, span: Span, kind: str) -> Counted | None:
    """(the chance noun, its text, its lemma) when a fraction or percent is a chance, else None."""
    if kind not in CHANCE_KINDS:
        return None
    noun = _chance_after(span) or _chance_subject(num)
    return (noun, noun.text, CHANCE_NOUNS[noun.lower_]) if noun is not None else None


def _chance_after(span: Span) -> Token | None:
    """ "a 1 in 300 chance", "a 1-in-300 chance": the chance word right after the figure."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].text in JOINERS:
        i += 1
    word = doc[i] if i < len(doc) else None
    return word if word is not None and word.lower_ in CHANCE_NOUNS else None


def _chance_subject(num: Token) -> Token | None:
    """ "the odds of an impact are 1 in 10,000": the chance noun subject of the copula the figure completes."""
    verb = num.head
    if num.dep_ not in NUMBER_ROLES or verb.lemma_ not in COPULA_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in CHANCE_NOUNS), None)
