"""A count or sum given for one period by its clause rather than beside it (GUIDE scope line: per-period rates of
money or counts): "About 2,200 people die from lung cancer in the state each year", "1,570
people died from drug related causes in the year 2000", "net profit of 2.66 billion Canadian
dollars ... in the year to June 30"."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.tree import lemma

EVERY_WORDS = frozenset({"each", "every", "per"})  # "each year": the figure recurs every period
YEAR_PREPOSITIONS = frozenset({"in", "during"})  # "in the year to June 30": the figure covers that one year
YEAR_KINDS = frozenset({"financial", "fiscal", "calendar", "previous"})  # words a year may take before it
NOT_ONE_YEAR = frozenset({"since", "before", "after", "of"})  # "in the year since the attack": a running span
PER_PERIOD_DIMENSIONS = ("count", "currency:")  # what a per-period rate counts: people, events, money
# periods a report's figures are given for, which "ended"/"ending" dates ("the week ended April 3")
REPORTED_PERIODS = frozenset(vocab.PERIOD_NOUNS) | {"quarter", "period", "half", "session"}


def clause_period(num: Token, dimension: str) -> str:
    """daily | weekly | monthly | annual when the figure's verb recurs each period ("die ... each year") or its
    clause covers one year ("in the year 2000", "in the year to June 30"), else ""."""
    if not dimension.startswith(PER_PERIOD_DIMENSIONS):
        return ""
    verb = next((v for v, _ in sentcache.verbs_above(num)), None)
    if verb is None:
        return ""
    for child in verb.children:
        every = _every_period(child)
        if every:
            return every
        if child.dep_ == "prep" and child.lower_ in YEAR_PREPOSITIONS and _one_year(child):
            return "annual"
    return ""


def _every_period(t: Token) -> str:
    """ "each year", "every day" as a modifier of the verb: the period's scope, else ""."""
    period = vocab.PERIOD_NOUNS.get(lemma(t), "")
    if not period or t.dep_ not in ("npadvmod", "advmod", "dobj"):
        return ""
    return period if any(c.dep_ == "det" and c.lower_ in EVERY_WORDS for c in t.children) else ""


def _one_year(prep: Token) -> bool:
    """ "in the year 2000", "in the year to June 30", "in the previous year": a "the year" of its own."""
    year = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if year is None or lemma(year) != "year" or not any(c.dep_ == "det" and c.lower_ == "the" for c in year.children):
        return False
    if any(c.dep_ == "amod" and c.lower_ not in YEAR_KINDS for c in year.children):
        return False
    after = year.doc[year.i + 1] if year.i + 1 < len(year.doc) else None
    return after is None or after.lower_ not in NOT_ONE_YEAR


def closes_a_period(verb: Token) -> bool:
    """ "ended"/"ending" dating the period a figure is given for ("unchanged in the week ended April three at 106.9
    mln barrels", "in the quarter ended June 30"): a time phrase, not what happened to the figure, even where the
    parser hangs the figure on it."""
    return lemma(verb) == "end" and verb.dep_ == "acl" and lemma(verb.head) in REPORTED_PERIODS
