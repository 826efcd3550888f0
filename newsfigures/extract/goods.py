"""An amount of goods: what a tonnage or a volume measures when a noun or verb of trade, stock or output names it
("residual fuel stocks fell 2.2 mln barrels to 37.9 mln barrels" -> stock; "limit total exports to 96,000
tonnes" -> export; "expected to produce 1,900 tonnes of tin" -> output), rather than the bare dimension ("mass",
"volume"), which pairs any two tonnages of a story; and the goods that amount is of ("gasoline" stocks, output "of
tin"), which tell two series of one report apart."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.tree import lemma

CLIMB = 6  # steps from the number up to the clause that states it ("fell by 3.4 mln barrels in the week ... to")
# Dependents a clause whose verb names no subject of its own hands up to the clause above ("and ... were up 3.2
# mln barrels", "expected to produce"), as the tree's other climbs do.
_SUBJECTLESS_LINKS = frozenset({"conj", "xcomp", "acl", "advcl", "relcl"})
# Entities that name no goods: a time, a place, a people, a body or a number ("first quarter exports", "USSR wheat
# imports", "Australian wheat shipments", "OPEC quota"). A person's name is no goods either.
_NOT_GOODS_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "ORG", "PERSON", "FAC", "CARDINAL", "ORDINAL",
                                 "QUANTITY", "MONEY", "PERCENT"})
_GOODS_MODIFIERS = frozenset({"compound", "amod", "nmod"})
ACRONYM_MAX = 4  # an all-capital word this short is an acronym kept as written ("CPO"); a longer one is a headline's


def goods_noun(mention: Span) -> Token | None:
    """The amount-of-goods noun (`vocab.GOODS_AMOUNT_NOUNS`) a tonnage or volume is stated of: the noun it is "of"
    or describes ("its quota of 7,000 tonnes"), or the subject of the verb that states it ("Brazil's soybean crop is
    estimated at 17 mln tonnes"); None when the measure is of some other thing ("3.5 tonnes of equipment"). What
    the tonnage itself is "of" is the goods, never their amount ("40 tonnes of medical supplies")."""
    found = _stating(mention)
    return found if found is not None and found.pos_ in ("NOUN", "PROPN") else None


def goods_amount(mention: Span) -> str:
    """The amount a tonnage or volume is (`goods_noun`'s lemma), or the noun a producing or trading verb names
    (`vocab.GOODS_AMOUNT_VERBS`: "expected to produce 1,900 tonnes of tin" -> output); "" when neither."""
    found = _stating(mention)
    if found is None:
        return ""
    return lemma(found) if found.pos_ in ("NOUN", "PROPN") else vocab.GOODS_AMOUNT_VERBS[lemma(found)]


def _stating(mention: Span) -> Token | None:
    """The amount noun or the producing verb that states the tonnage of `mention`, climbing from it; climbed once
    per mention, though both the counted noun and the quantity ask."""
    return sentcache.once(mention.doc, "goods", (mention.start, mention.end), lambda: _climb(mention))


def _climb(mention: Span) -> Token | None:
    """`_stating`'s climb: the mention's own verb first, then at most CLIMB steps up."""
    t = mention.root
    found = _stated_of(t) if t.pos_ in ("VERB", "AUX") else None  # "is estimated at 17 mln tonnes": its own verb
    if found is not None:
        return found or None
    for _ in range(CLIMB):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in words.TIME_LABELS:
            return t if lemma(t) in vocab.GOODS_AMOUNT_NOUNS else None  # "tonnes of equipment": not goods
        found = _stated_of(t) if t.pos_ in ("VERB", "AUX") else None
        if found is not None:
            return found or None
    return None


def _stated_of(verb: Token) -> Token | str | None:
    """What the clause of `verb` states a tonnage of: the verb itself when it produces or trades, its subject's
    amount noun ("" for a subject of another kind); None when it names no subject and hands the figure to the clause
    above."""
    if lemma(verb) in vocab.GOODS_AMOUNT_VERBS:
        return verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None if verb.dep_ in _SUBJECTLESS_LINKS else ""
    named = [n for s in subjects for n in (s, *s.conjuncts)]  # "The total of all crude ... and SPR stocks were"
    return next((n for n in named if lemma(n) in vocab.GOODS_AMOUNT_NOUNS), "")


def goods_of(mention: Span, dimension: str) -> str:
    """The goods a tonnage or volume of an amount of goods is of (`commodity` of its `goods_noun`): "gasoline" in
    "gasoline stocks were off 100,000 barrels"; "" for any other figure or when its words name none."""
    noun = goods_noun(mention) if dimension in vocab.GOODS_DIMENSIONS else None
    return commodity(noun) if noun is not None else ""


def commodity(noun: Token) -> str:
    """The goods an amount noun is of, lower case: the bare noun after its "of" ("output of tin", "stocks of refined
    products"), else the run of modifiers right before it that names them ("refinery crude oil stocks", "palm oil
    output", "Total brass mill shipments" -> "brass mill"), stopping at a word of time, place, people, body or number,
    a word of how much (`vocab.NOT_GOODS_WORDS`: "total", "world", "domestic") or an adjective with no noun after it
    ("industrial output" names a sector, no goods); "" when none."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is not None and _bare_goods(obj):
        return _written(obj.doc[_run_start(obj, False):obj.i + 1])  # "of refined products": its adjective too
    start = _run_start(noun, True)
    return _written(noun.doc[start:noun.i]) if start < noun.i else ""


def _bare_goods(t: Token) -> bool:
    """An "of" object that can be goods: a noun with no determiner, number or possessive ("of tin", not "of the mine",
    "of 1.2 mln tonnes", "of its crop")."""
    return t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _NOT_GOODS_ENTITIES and not any(
        c.dep_ in ("det", "nummod", "poss") for c in t.children)


def _run_start(noun: Token, amount: bool) -> int:
    """Where the run of goods words right before `noun` starts (`noun.i` when there is none); before an amount noun
    an adjective right before it names no goods ("industrial output"), before the goods noun itself it does ("of
    refined products")."""
    doc, start = noun.doc, noun.i
    while start > noun.left_edge.i and _goods_word(doc[start - 1], doc[start], amount and start == noun.i):
        start -= 1
    return start


def _goods_word(t: Token, after: Token, last: bool) -> bool:
    """`t`, right before `after`, names goods on the way back from the noun: a noun, or an adjective before a noun
    (not `last`, right before the amount noun), no entity of time, place, people or number, no word of how much, no
    amount noun and no unit (a word right after a number)."""
    if t.dep_ not in _GOODS_MODIFIERS or t.ent_type_ in _NOT_GOODS_ENTITIES or t.lower_ in vocab.NOT_GOODS_WORDS:
        return False
    if lemma(t) in vocab.GOODS_AMOUNT_NOUNS or (t.i > 0 and t.nbor(-1).like_num):
        return False  # "export quota", "oil output quota": an amount, no goods; "123,000 TONNES BARLEY": a unit
    if t.pos_ == "ADJ":
        return not last and after.pos_ == "NOUN"
    return t.pos_ in ("NOUN", "PROPN") and not t.like_num


def _written(span: Span) -> str:
    """The goods as one spelling: lower case, the last word's lemma ("exports of soybeans" and "soybean exports"
    are one goods), an acronym kept ("CPO")."""
    words = [t.text if t.is_upper and len(t) <= ACRONYM_MAX else t.lower_ for t in span]
    last = span[-1]
    if not (last.is_upper and len(last) <= ACRONYM_MAX):
        words[-1] = lemma(last).lower()
    return " ".join(words)
