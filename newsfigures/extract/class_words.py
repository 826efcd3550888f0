"""The words tests/gold/measures/GUIDE.md gives its listed event classes, read literally: `bought` (bought, acquired,
paid for), `cost` (cost, worth, valued, priced), `won` (won, received votes/seats), `sent` (sent, deployed, promised
troops) and `pledged` (pledged, donated, gave, promised money). Each line names a verb with what it takes: "paid for"
is a payment for a thing whose price the figure is, "received" a winning only of votes or seats, "promised" troops
are sent and promised money pledged; a figure of no money (persons, things, a time) that a verb of the news list's
pledged family ("commit", "promise") takes pledges nothing ("two detainees had committed ..."): its own lemma names
it (E2)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.tree import lemma

BOUGHT = "bought"
PAYING_VERBS: frozenset[str] = frozenset({"pay"})  # "paid for": the figure in the "for" phrase on it
PURCHASE_PREPOSITIONS: frozenset[str] = frozenset({"for"})
COST = "cost"
# "worth", "valued", "priced": a word of value whose object is the figure ("a payout worth three times his salary")
VALUE_ADJECTIVES: frozenset[str] = frozenset({"worth"})
VALUE_VERBS: frozenset[str] = frozenset({"value", "price"})
WON = "won"
RECEIVING_VERBS: frozenset[str] = frozenset({"receive"})  # "received votes/seats"
WON_QUANTITIES: frozenset[str] = frozenset({"votes", "seats"})
SENT = "sent"
PLEDGED = "pledged"
PROMISING_VERBS: frozenset[str] = frozenset({"promise", "pledge", "commit"})  # "promised troops", "promised money"
TROOP_QUANTITIES: frozenset[str] = frozenset({"troops"})
# The pledged class's own verbs, which give it whatever they count ("12,000 donors have donated"): "pledged", "donated".
PLEDGING_VERBS: frozenset[str] = frozenset({"pledge", "donate"})
MONEY_PREFIX = "currency:"  # the dimension of a sum
MAX_STEPS = 4  # words from the figure up to the word of value that governs it


def listed_class(found: str, event: str, num: Token, verb: Token | None, quantity: str, dimension: str) -> str:
    """The class the guide's own word list gives a figure whose event word is `event` (its token `verb`, when the
    parse has one), else `found` unchanged."""
    money = dimension.startswith(MONEY_PREFIX)
    if money and _paid_for(verb, num):
        return BOUGHT  # the price of a thing paid for: persons or days "paid for" are no price
    if _valued(num):
        return COST
    if event in RECEIVING_VERBS and quantity in WON_QUANTITIES:
        return WON
    if event in PROMISING_VERBS and quantity in TROOP_QUANTITIES:
        return SENT
    if found == PLEDGED and event and event not in PLEDGING_VERBS and not money and quantity != "aid":
        return f"other:{event.split()[0]}"  # persons, things or times committed or promised: no money pledged
    return found


def _paid_for(verb: Token | None, num: Token) -> bool:
    """The figure stands in the "for" phrase of a payment, on the thing bought ("paying for a $13,000 heater"): the
    guide's "paid for" read as written; a sum paid to someone ("paid $5 million to the union for ...") is left to
    its verb."""
    if verb is None or verb.pos_ != "VERB" or lemma(verb) not in PAYING_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in PURCHASE_PREPOSITIONS and c.left_edge.i <= num.i <= c.right_edge.i
               for c in verb.children)


def _valued(num: Token) -> bool:
    """A word of value stands between the figure and the verb above it, before the figure it takes as its object
    ("a payout worth three times his salary", "valued at $2 million", "priced at $50"; not "sold $2 billion worth of
    weapons", where the sum measures what the verb acts on)."""
    t = num
    for _ in range(MAX_STEPS):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i < num.i and (t.lower_ in VALUE_ADJECTIVES or (t.pos_ == "VERB" and lemma(t) in VALUE_VERBS)):
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False
