"""Revision 2's Q3 of tests/gold/measures/GUIDE.md for a thing's sum, read literally: "A sum stated as what a thing
sells for, is offered at or is worth on a market ("a £3,000 tracking device", "tickets at $50") is `price`": a sum
written on a thing's noun, or the sum "for" or "at" which a thing is sold or offered. A thing is a noun whose first
WordNet sense is a man-made thing (`data/artifact_nouns.txt`, written by scripts/build_thing_words.py), or the
guide's own "tickets"."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from newsfigures.extract.lexicon import DELIVERY_TERMS, DURATION_UNITS
from newsfigures.extract.measure_classes import money_kind, money_noun
from newsfigures.extract.measure_lexicon import PRICE_VERBS
from newsfigures.extract.tree import lemma, verb_over
from newsfigures.extract.word_senses import data_lines, names_a_sum, person_noun, verb_class

MODIFIERS = frozenset({"compound", "amod", "nummod", "nmod"})  # how a sum hangs on the noun it is written on
MODIFIER_STEPS = 2  # the sum, and one modifier word between it and its noun
GUIDE_THINGS = frozenset({"ticket"})  # Q3's example "tickets at $50" (WordNet files a ticket as a document)
SALE_PREPOSITIONS = frozenset({"for", "at"})  # "sold for $2 million", "offered at $99"
RATE_PREPOSITION = "at"  # "bought 2 mln shares at 25 dlrs each": the rate at which a thing changed hands
EACH_WORDS = frozenset({"each", "apiece"})  # "at 25 dlrs each": a price per unit
PER_WORDS: frozenset[str] = frozenset({"a", "an", "per"})  # "$80 a barrel", "$3 per litre", "at $40 a bag"
PACE_UNITS = frozenset(DURATION_UNITS) | {"quarter", "quarters"}  # "at 1 billion dlrs a quarter": a pace, no price
OFFER_VERBS = frozenset({"offer", "price"})  # "is offered at": Q3's words beside the sale verbs of WordNet's class
COST = "cost"  # "Tickets cost $50": the verb by which a thing's price is stated
TOLL = "toll"  # a sum on it is passage sold, a price ("a $4 toll"), unless a harm takes it (TAKE_VERBS)
TAKE_VERBS = frozenset({"take", "exact", "inflict"})  # "the storm took a toll of $2 billion on the economy": a cost
WORTH = "worth"  # "the deal is worth $11 billion": the sum a holder is worth
VALUE_VERBS = frozenset({"value"})  # "the takeover values the firm at $11 billion", "is valued at"
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "i", "you", "we", "they"})  # a person as a subject
PAY_CONTRACTS = frozenset({"contract", "deal", "extension"})  # what a player or an executive signs for pay
SIGNING_VERBS = frozenset({"sign", "ink"})  # "signed a $250 million contract", "inked a four-year deal"
# who signs for the state or body they hold office in, not for their own pay ("The defence minister signed a $2
# billion arms deal", "The mayor signed a $5 million contract with a builder", "President X signed a deal")
OFFICE_TITLES = frozenset({"president", "minister", "premier", "chancellor", "governor", "mayor", "secretary",
                           "senator", "ambassador", "commissioner", "official"})
SOLD = "sold"  # the event class of sell.v.01 and its troponyms (auction, retail, resell)


@lru_cache(maxsize=1)
def structure_nouns() -> frozenset[str]:
    """The one-word nouns whose first WordNet sense is a structure, a thing built (homes, which a market prices,
    left out; read once)."""
    return frozenset(data_lines("structure_nouns.txt"))


@lru_cache(maxsize=1)
def artifact_nouns() -> frozenset[str]:
    """The one-word nouns whose first WordNet sense is a man-made thing (read once; the file is package data)."""
    return frozenset(data_lines("artifact_nouns.txt"))


def thing_sum(num: Token, noun: Token | None) -> str:
    """`price` for a sum written on a thing's noun ("his £3,000 satellite tracking device"), `cost` on a structure's,
    a thing built whose sum is what the project costs (Q3: "the bridge will cost $2 million"; "the $1.2 billion
    bridge"), "" when the sum is not written on a noun, or its noun names money ("his $25,000 bail", "a $25 million
    reward") or no thing ("a $3000 billion lawsuit", "a $40 billion plan")."""
    noun = noun if noun is not None else _written_on(num)
    if not sum_before_noun(num, noun):
        return ""
    if not _thing(noun):
        return ""
    return "cost" if lemma(noun).lower() in structure_nouns() else "price"


def priced_thing(noun: Token | None, num: Token) -> bool:
    """A sum written on the noun of a thing that is offered or paid for states what one of it costs, its price:
    "Virgin Blue has begun offering $5 flights" (Lee bg_042), "paying for a $13,000 heater" (Lee bg_232); not a
    noun of money ("his $25,000 bail", "a $25 million reward"), nor a thing no sale is about ("approved a $10
    million project")."""
    if noun is None or noun.pos_ != "NOUN" or noun.i < num.i or names_money(lemma(noun)):
        return False  # "offered a $25 million reward": a reward is a payment in its second WordNet sense
    if noun not in (num.head, num.head.head):
        return False  # the sum is not written on the noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        noun = noun.head  # "paying for a $13,000 heater"
    return noun.dep_ in ("dobj", "prep") and lemma(noun.head) in PRICE_VERBS


def sum_before_noun(num: Token, noun: Token | None) -> bool:
    """The sum stands before the noun it is written on, that noun its head or its head's head ("a $1.5 billion
    pipeline", "his £3,000 satellite tracking device"); a price's terms of delivery are no such noun ("233 dlrs
    CIF")."""
    return noun is not None and noun.pos_ == "NOUN" and noun.i >= num.i and noun in (num.head, num.head.head) \
        and noun.lower_ not in DELIVERY_TERMS


def thing_cost(num: Token) -> str:
    """`price` for the sum a thing costs, what it sells for (Q3: "Tickets cost $50", "The car costs $30,000"), `cost`
    for a structure's (Q3: "the bridge will cost $2 million"); "" when the verb over the sum is no "cost", names the
    one who pays, or has no thing for its subject ("The repairs will cost $2 million", "The war cost $2 billion")."""
    verb = verb_over(num)
    if lemma(verb).lower() != COST or verb.dep_ in ("xcomp", "acl", "relcl") or any(
            c.dep_ in ("dative", "dobj") and c.i < num.i and c not in num.ancestors for c in verb.children):
        return ""  # "The drugs cost the health service $40 million": what a purchase costs the one who pays (Q3)
    thing = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if thing is None or not _thing(thing):
        return ""
    return "cost" if lemma(thing).lower() in structure_nouns() else "price"


def taken_toll(num: Token, counted_lemma: str) -> str:
    """`cost` for a sum on "toll" that a verb of harm's taking governs ("The storm took a toll of $2 billion on the
    economy", "exacted a $40 billion toll"): what a harm costs (Q3: damage), no price of passage; else ""."""
    return "cost" if counted_lemma == TOLL and lemma(verb_over(num)).lower() in TAKE_VERBS else ""


def sum_root(span: Span) -> Token:
    """Where the sum stands in the parse: its root, or the delivery terms written right after it, which the parser
    makes the head ("a price of 233 dlrs CIF", "amounted to 180.8 mln dlrs fob": lexicon.DELIVERY_TERMS)."""
    root = span.root
    return root.head if root.head.lower_ in DELIVERY_TERMS and root.head.i == span.end else root


def paid_at(span: Span, verb: Token | None) -> bool:
    """The sum (its mention `span`) is the object of "at" on its event `verb` and stated per unit of goods
    (`_per_unit`: "bought 2 mln shares at 25 dlrs each", "gave farmers fertiliser at $40 a bag", "sales of two
    cargoes at 233 dlrs CIF"): the rate at which a thing changed hands, its price, not the sum the verb gives, buys or
    spends (`measure_lexicon.MONEY_BY_EVENT`). Not a whole ("acquire the unit at 4.2 billion dlrs": the deal's
    value), a pace ("buying bonds at 20 billion euros a month"), nor an "at" on another verb ("a deal valued at $43
    billion")."""
    root = sum_root(span)
    return verb is not None and root.dep_ == "pobj" and root.head.lower_ == RATE_PREPOSITION \
        and root.head.head.i == verb.i and _per_unit(span)


def _per_unit(span: Span) -> bool:
    """The sum is stated per unit of goods: "each" or "apiece" after it, "a", "an" or "per" and a noun that is no
    time ("$40 a bag", "233 dlrs a tonne"; not "a month", "a day": a pace), or a price's delivery terms ("233 dlrs
    CIF")."""
    doc = span.doc
    after = [t for t in doc[span.end:span.end + 2]]
    if not after:
        return False
    if after[0].lower_ in DELIVERY_TERMS | EACH_WORDS:
        return True
    return len(after) == 2 and after[0].lower_ in PER_WORDS and after[1].pos_ == "NOUN" \
        and after[1].lower_ not in PACE_UNITS


def sold_for(root: Token) -> str:
    """`price` for the sum (the root of its mention) "for" or "at" which a thing is sold or offered ("The painting
    was sold for $2 million", "selling tickets at $50", "Seats are offered at $99", "tickets at $50"), else ""."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in SALE_PREPOSITIONS:
        return ""
    owner = prep.head
    thing = owner if owner.pos_ == "NOUN" else _sold_thing(owner)
    return "price" if thing is not None and _thing(thing) else ""


def worth_kind(num: Token) -> str:
    """The kind of a sum stated as what its holder is worth or valued at: the holder's own kind when it is a noun of
    money ("the deal is worth $11 billion": deal_value; "the aid package is worth $50 million": aid), `wealth` for a
    person who is worth it ("she is worth $2 billion"; the table's wealth line; a person "valued at" a sum is
    priced, not rich), `price` for a thing (Q3: "is worth on a market"), else ""."""
    holder = worth_holder(num)
    if holder is None:
        return ""
    key = lemma(holder).lower()
    named = next((lemma(c).lower() for c in holder.lefts if c.dep_ == "compound" and money_noun(lemma(c).lower())),
                 key)  # "the aid package": aid
    if money_noun(named):
        kind = money_kind(named, "")
        return "" if kind == "money" else kind
    if holder.ent_type_ == "PERSON" or holder.lower_ in PERSON_PRONOUNS or person_noun(key):
        return "wealth" if num.head.lower_ == WORTH else ""  # "he was valued at $20 million": a player's fee
    return "price" if _thing(holder) else ""


def contract_pay(num: Token, noun: Token | None) -> bool:
    """A sum written on, or worth, the contract a person signs is that person's pay (Q3: "a person's salary, wage or
    pay is `salary`": "The quarterback signed a five-year, $250 million contract", "The coach signed a contract worth
    $15 million a year"); not a company's ("The company signed a contract worth $2 billion")."""
    holder = noun if sum_before_noun(num, noun) else worth_holder(num)
    if holder is None or lemma(holder).lower() not in PAY_CONTRACTS or holder.dep_ != "dobj":
        return False
    if lemma(holder.head).lower() not in SIGNING_VERBS or _for_goods(holder):
        return False
    signer = next((c for c in holder.head.children if c.dep_ == "nsubj"), None)
    return signer is not None and not _office_holder(signer) and (
        signer.ent_type_ == "PERSON" or signer.lower_ in PERSON_PRONOUNS or person_noun(lemma(signer).lower()))


def _for_goods(contract: Token) -> bool:
    """The contract is named by what it buys ("an arms deal", "a $1.2 trillion infrastructure deal", "a supply
    contract"): a purchase, not the signer's pay; a term it runs for is no purchase ("a three-year contract")
    (review37b)."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and lemma(c).lower() not in PAY_CONTRACTS
               and not any(n.dep_ == "nummod" for n in c.children) for c in contract.lefts)


def _office_holder(signer: Token) -> bool:
    """The signer holds an office ("the defence minister", "President X", `OFFICE_TITLES`) and signs for the body
    they serve, not for their own pay (review37b)."""
    return any(lemma(t).lower() in OFFICE_TITLES for t in (signer, *signer.lefts) if t.dep_ != "det")


def worth_holder(num: Token) -> Token | None:
    """The subject of the clause in which the sum (its number) is what something is worth ("The deal is worth $11
    billion") or valued at ("The takeover values Beta at $11 billion"), or the noun it is said of ("goods worth
    $5 million"); None otherwise."""
    head = num.head
    if head.dep_ == "prep" and head.lower_ == "at" and lemma(head.head).lower() in VALUE_VERBS:
        clause = head.head
    elif head.lower_ == WORTH and head.dep_ in ("acomp", "attr", "oprd"):
        clause = head.head
    elif head.lower_ == WORTH and head.dep_ == "amod" and head.head.pos_ == "NOUN":
        return head.head  # "jewellery worth $1.2 million", "drugs worth $20 million": the noun "worth" describes
    else:
        return None
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _sold_thing(verb: Token) -> Token | None:
    """The thing a verb of sale or offer sells: its object, its passive subject, or the noun its participle
    describes ("the painting sold for $2 million"); None for any other verb."""
    key = lemma(verb).lower()
    if verb.pos_ != "VERB" or not (verb_class(key) == SOLD or key in OFFER_VERBS):
        return None
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None and verb.dep_ != "acl":  # "The painting sold for $2 million", "The car sells for $30,000"
        thing = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.head if thing is None and verb.dep_ == "acl" else thing


def _thing(noun: Token) -> bool:
    """A noun of a thing that is no sum: a man-made thing by its first WordNet sense, or the guide's tickets, that
    no word of money narrows ("a $2 billion credit facility" is a loan)."""
    key = lemma(noun).lower()
    if noun.pos_ != "NOUN" or names_money(key) or any(c.dep_ == "compound" and names_money(lemma(c).lower())
                                                        for c in noun.lefts):
        return False
    return key in artifact_nouns() or key in GUIDE_THINGS


def names_money(key: str) -> bool:
    """The noun lemma names money or a sum ("bail", "credit")."""
    return money_noun(key) or names_a_sum(key)


def _written_on(num: Token) -> Token | None:
    """The noun a sum modifies through a modifier between them that the counted phrase did not look past ("his
    £3,000 satelite tracking device", the parser taking a misspelt noun for an adjective); None when there is none."""
    t = num
    for _ in range(MODIFIER_STEPS):
        if t.dep_ not in MODIFIERS or t.head.i < t.i:
            return None
        t = t.head
        if t.pos_ == "NOUN":
            return t
    return None
