"""Things a verb of falling takes away: "Traveland is shedding more than 500 jobs" (Lee bg_238), "around 150 homes
have been lost" (bg_040), "the team lost three matches". The count is of the things lost, shed or dropped, not the
size of a level's fall (the guide's `fell` line: "fell, dropped, lost value, down"), so its event is the verb's own,
`other:<lemma>` (E2), as the dev gold writes "plans to cut about 1,000 jobs" (`other:cut`, lee cor_048).

A count of persons is left to the casualty and force lines ("lost three soldiers"), votes and seats to the election
line, and a count whose verb's subject is itself an amount ("sales dropped 3,000 units", "stocks have dropped around
6,000 tonnes") is that amount's fall. A sum is no thing either: a scaled count of a word the number parser leaves
unread, the wire's shorthand ("the company lost 168.4 mln dlrs": Reuters items), or a currency it leaves unread
("lost 32,000 marks")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma
from newsfigures.numbers.shared_units import SCALE_WORD

# Verbs of falling that take what they take away as their object ("shed 500 jobs", "lost three matches"); "fall",
# "decline" and the like take none.
TAKING_VERBS: frozenset[str] = frozenset({"lose", "shed", "drop", "slash", "lower", "reduce", "trim", "axe"})
# Units of money the number parser leaves unread, each also the name of a thing ("32,000 marks", "490,000 crowns"):
# a sum lost, as a shorthand one is, not things taken away (pounds, francs and kronor it reads as money).
UNREAD_CURRENCIES: frozenset[str] = frozenset({"mark", "crown"})
CLIMB = 3  # tokens from the number up to its noun ("more than 500 jobs": 500 -> jobs)
# Quantities other lines decide: persons (casualties, troops) and an election's votes and seats.
KEPT_QUANTITIES: frozenset[str] = frozenset({"deaths", "injured", "casualties", "missing", "displaced", "people",
                                             "troops", *vocab.ELECTION_NOUNS.values()})
# Subjects that are themselves an amount whose fall the count sizes: goods and sums ("sales", "exports", "stocks").
AMOUNT_NOUNS: frozenset[str] = vocab.GOODS_AMOUNT_NOUNS | frozenset(vocab.MONEY_QUANTITIES)


def lost_things(num: Token, noun: Token | None, quantity: str, dimension: str) -> str:
    """`other:<lemma>` of the verb of falling whose object (or passive subject) the figure counts, things taken away
    ("shedding more than 500 jobs" -> other:shed); "" when the figure is a level's fall or another line decides it."""
    if noun is None or noun == num or dimension != "count" or quantity in KEPT_QUANTITIES:
        return ""
    if (noun.i > num.i and SCALE_WORD.search(noun.doc[num.i:noun.i].text)) or lemma(noun) in UNREAD_CURRENCIES:
        return ""  # "lost 168.4 mln dlrs", "lost 32,000 marks": a sum
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or lemma(verb) not in TAKING_VERBS \
            or not _counts(num, noun):
        return ""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun.dep_ == "dobj" and (subject is None or subject.dep_ != "nsubj" or lemma(subject) in AMOUNT_NOUNS):
        return ""  # "was lowered 1.50 dlrs": how far a passive went; "sales dropped 3,000 units": the sales' fall
    return f"other:{lemma(verb)}"


def _counts(num: Token, noun: Token) -> bool:
    """The number is in the noun's own phrase ("more than 500 jobs"), not in a phrase hung on it or on its verb
    ("the board will be reduced to seven members")."""
    t = num
    for _ in range(CLIMB):
        if t.dep_ in ("prep", "pobj"):
            return False
        if t.head == noun:
            return True
        t = t.head
    return False
