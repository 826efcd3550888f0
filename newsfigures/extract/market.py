"""The market lines of tests/gold/measures/GUIDE.md's quantity table read from the parse, where the counted word alone
does not say them: a company's share or stock price (`share_price`: "the share price fell 4 per cent", "the shares
closed at $12.40", "$4.20 a share"), a stock index's level (`index_level`: "the index closed at 4,500"), and a sum
per unit of goods, the unit's price (revision 2, Q3, "what a thing sells for": "$80 a barrel", "5 cents a litre"),
a buyer's offer per share among them ("offered $30 a share": what a share "is offered at", no market price)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import sentcache
from newsfigures.extract.measure_lexicon import MARKET_NOUNS
from newsfigures.extract.priced import PER_WORDS, names_money
from newsfigures.extract.tree import lemma
from newsfigures.numbers.lexicon import CURRENCY_WORDS, MEASURE_UNITS

SHARE_WORDS: frozenset[str] = frozenset({"share", "stock"})  # the table's "a company's share/stock price"
PRICE_NOUNS: frozenset[str] = frozenset({"price", "value"})  # "the share price", "the stock's value"
SHARE_PRICE = "share_price"
INDEX_LEVEL = "index_level"
PRICE = "price"
SHARE = "share"  # the table's "a share or proportion of a whole stated as such"
PORTION_COMPOUNDS: frozenset[str] = frozenset({"market"})  # "market share": a portion of a market, no stock
# Units goods are priced by that the number parser's unit table lacks (it reads "pound" as a currency).
GOODS_UNITS: frozenset[str] = frozenset({"ounce", "bushel", "kilo", "share"})
SUBJECTS = ("nsubj", "nsubjpass")
OFFER_WORDS: frozenset[str] = frozenset({"offer", "bid", "pay"})  # a buyer's price per share, the verb or its noun
# Kinds of money whose whole a sum per share is no part of: "earnings of $1.20 a share", "an offer of $12 a share"
# are read as a sum per share (below), not as a company's profit or a deal's whole value.
PER_SHARE_KINDS: frozenset[str] = frozenset({"profit", "deal_value"})
# Words that make a sum per share a difference, not the sum again ("3 dlrs a share more than", "2 dlrs a share above").
_DIFFERENCE_AFTER: frozenset[str] = frozenset({"more", "less", "fewer", "higher", "lower", "above", "below"})


def market_quantity(quantity: str, num: Token, noun: Token | None) -> str:
    """`share_price`, `index_level` or `price` when the parse says a figure is one (see the module), else
    `quantity` unchanged; "share" of a portion (`portion`) reads the guide's share line."""
    if quantity == SHARE_PRICE and portion(noun if noun is not None else _sum_subject(num)):
        return SHARE  # "his 40 per cent share of the company", "its market share rose to 20 per cent"
    if quantity in PRICE_NOUNS and noun is not None and share_priced(noun):
        return SHARE_PRICE  # "Acme's share price fell 4 per cent"
    if quantity in PER_SHARE_KINDS and unit_priced(num) == "share":
        quantity = "money"  # "earnings of $1.20 a share": a sum per share, read as one below
    if quantity == "money":
        unit = unit_priced(num)
        if unit == "share" and _named_sum(num, noun):
            return quantity  # "a dividend of 10 cents a share", "earnings of $1.20 a share": paid per share
        if unit == "share" and _offered(num):
            return PRICE  # "offered $30 a share for Beta": what a buyer offers for each share (Q3), no market price
        if unit == "share" and _restating(num):
            return quantity  # "net income of 6.3 mln dlrs, or 1.07 dlrs a share": the income per share
        if unit:
            return SHARE_PRICE if unit == "share" else PRICE  # "$4.20 a share", "$80 a barrel"
        mover = _sum_subject(num)
        if mover is not None and lemma(mover).lower() in SHARE_WORDS:
            return SHARE_PRICE  # "Acme shares closed at $12.40"
        return quantity
    mover = _sum_subject(num)
    if mover is not None and quantity in ("", lemma(mover).lower(), *MARKET_NOUNS) and index_named(mover):
        return INDEX_LEVEL  # "The index closed at 4,500", "The Dow Jones Industrial Average rose to 39,100"
    return quantity


def portion(word: Token | None) -> bool:
    """The word is "share" in the singular with a whole it is of ("a share of the vote") or a word before it that
    names one ("market share"): a portion, not stock ("shares of the company", "the share fell" stay stock)."""
    return word is not None and word.lower_ == SHARE and any(
        (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "compound" and c.lower_ in PORTION_COMPOUNDS)
        for c in word.children)


def share_priced(noun: Token) -> bool:
    """The noun is a price or value that "share" or "stock" narrows ("the share price", "stock value")."""
    return lemma(noun).lower() in PRICE_NOUNS and any(
        c.dep_ == "compound" and lemma(c).lower() in SHARE_WORDS for c in noun.lefts)


def index_named(noun: Token) -> bool:
    """The noun is an index, or the last word of an index's name ("the Dow Jones Industrial Average": the table's
    "Dow"), by a word of `MARKET_NOUNS` on it or, for a name, in its compounds; a common noun an index word
    qualifies is no index ("The index fund lost 3 per cent", review37b)."""
    if noun.pos_ != "PROPN":
        return MARKET_NOUNS.get(lemma(noun).lower()) == INDEX_LEVEL
    words, i = [noun], 0
    while i < len(words):  # "Dow" is a compound of "Jones", which is one of "Average"
        words += [c for c in words[i].lefts if c.dep_ == "compound"]
        i += 1
    return any(MARKET_NOUNS.get(lemma(w).lower()) == INDEX_LEVEL for w in words)


def unit_priced(num: Token) -> str:
    """The unit of goods a sum is stated per ("$80 a barrel", "$3 per litre", "$4.20 a share"), "" when none."""
    for c in num.children:
        if c.i < num.i:
            continue
        unit = c if c.dep_ == "npadvmod" and any(d.lower_ in PER_WORDS for d in c.lefts) else None
        if c.dep_ == "prep" and c.lower_ == "per":
            unit = next((g for g in c.children if g.dep_ == "pobj"), None)
        key = lemma(unit).lower() if unit is not None else ""
        if key in MEASURE_UNITS or key in GOODS_UNITS:
            return key
    return ""


def _named_sum(num: Token, noun: Token | None) -> bool:
    """A noun of money other than "price", "value" or an offer's ("bid", "offer") names the sum: the counted noun ("a
    dividend of 10 cents a share") or the noun after "in" on it or up to its verb ("paid 10 cents a share in dividends"); a sum paid or
    earned per share is no price of one."""
    named = noun or next((g for t in _up_to_verb(num) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                          for g in c.children if g.dep_ == "pobj"), None)
    keys = {lemma(named).lower(), named.lower_} if named is not None else set()  # "earnings" lemmatized "earning"
    return any(k not in PRICE_NOUNS | OFFER_WORDS and names_money(k) for k in keys)


def _restating(num: Token) -> bool:
    """The sum per share restates the sum written right before it, after "or" ("net income of 6.3 mln dlrs, or 1.07
    dlrs a share"): that sum divided among the shares, no price of one; not a difference said per share ("bid 25
    dlrs, or 3 dlrs a share more than the rival offer")."""
    doc, at = num.doc, num.left_edge.i - 1  # the sum's first word ("1.07" of "1.07 dlrs a share")
    if at <= num.sent.start or doc[at].lower_ != "or" or _DIFFERENCE_AFTER & {t.lower_ for t in num.subtree}:
        return False
    at -= 1 if doc[at - 1].text == "," else 0
    before = doc[at - 1]
    return before.i >= num.sent.start and (before.ent_type_ == "MONEY" or before.lower_ in CURRENCY_WORDS)


def _offered(num: Token) -> bool:
    """A word of an offer or a payment governs the sum, up to its verb: "offered $30 a share", "an offer of $30 a
    share", "a $30-a-share bid", "will pay $30 a share for Beta" (revision 2, Q3: what a thing "is offered at")."""
    return any(lemma(t).lower() in OFFER_WORDS for t in _up_to_verb(num))


def _up_to_verb(num: Token) -> list[Token]:
    """The number and the words it hangs from, up to and with its verb ("10", "cents", "paid")."""
    path = [num]
    while path[-1].pos_ not in ("VERB", "AUX") and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _sum_subject(num: Token) -> Token | None:
    """The subject of the verb that governs the figure ("shares" of "Acme shares closed at $12.40"), None when the
    figure is no object or adjunct of its nearest verb."""
    verb = next((t for t, _ in sentcache.verbs_above(num)), None)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)
