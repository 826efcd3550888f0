"""What a sum of money, a share or a measure is of: "$350 million in aid", "a budget of $8 million", "42% of all
spam", "16 feet wide", "a 26-hour visit", "51 years old"."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsfigures import numbers
from newsfigures.extract import lexicon as words
from newsfigures.extract.counted_phrase import Counted, anchor_noun, named
from newsfigures.extract.measure_classes import money_noun
from newsfigures.extract.goods import goods_noun
from newsfigures.extract.measure_lexicon import FALL_VERBS, GOODS_DIMENSIONS, RISE_VERBS
from newsfigures.extract.pipeline import doc_text
from newsfigures.extract.priced import sum_root
from newsfigures.extract.tree import lemma, of_object


PERIOD = "period"  # "net income for the period of 14.7 mln dlrs": a period no date entity names


def measured(num: Token, span: Span, m: numbers.NumberMention, dur: str) -> Counted | None:
    """What a sum of money, a share or a measure is of: "$350 million in aid", "a budget of $8 million",
    "42% of all spam", "16 feet wide", "a 26-hour visit", "51 years old"; None when nothing says."""
    found = _dimension_after(span)
    if found is not None:
        return found
    if dur and re.match(r"[\s-]*\w+[\s-]+old\b", doc_text(num.doc)[m.number_end:m.number_end + 16]):
        return None, "age", "age"
    found = _modified_noun(span, m, dur) or _preposition_object(span)
    if found is not None:
        return found
    root = sum_root(span)
    of = root.head if root.head.lower_ == "of" else _of_before_break(root, span)  # any tie the parser gives "of"
    owner = _past_period(of.head) if of is not None else None
    if owner is not None and owner.pos_ == "NOUN":
        return named(owner)  # "a budget of approximately $8 million"
    if dur:
        return None, "time", "time"
    found = _stated_of(num, m) if m.kind in ("money", "percent") else None
    if found is None and m.kind == "percent":
        found = _share_of(num, span)
    if found is not None:
        return found
    dim = words.UNIT_DIMENSIONS.get(m.unit.lower(), "")
    if m.kind == "money":
        return None, "money", "money"
    goods = goods_noun(span) if dim in GOODS_DIMENSIONS else None
    if goods is not None:
        return named(goods)  # "Brazil's soybean crop is estimated at 17 mln tonnes": the crop, Brazil's
    if dim and dim != "share":
        return None, dim, dim
    return None


def _past_period(t: Token) -> Token | None:
    """The noun an "of" sum is of, past a period the parser hangs it on: "net income for the fourth quarter of $4.1
    million" and "earnings in its first quarter ended December 31 of 149.4 mln dlrs" are the income's and the
    earnings' (the period's phrase qualifies the noun, or the object of the verb it hangs on); any other noun as
    it is, None when the period's phrase hangs on nothing that names one."""
    if t.pos_ == "VERB" and t.dep_ == "acl" and t.ent_type_ == "DATE":
        t = t.head  # "quarter ended December 31 of ..."
    if not (t.ent_type_ == "DATE" or lemma(t) == PERIOD) or t.dep_ != "pobj" or t.head.dep_ != "prep":
        return t
    carrier = t.head.head
    if carrier.pos_ == "VERB":
        return next((c for c in carrier.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return carrier


def _of_before_break(root: Token, span: Span) -> Token | None:
    """The "of" that ends the line before a sum the parser makes a sentence of its own (`root` its own head), at a
    hard-wrapped line's break ("on revenues of\n24.2 mln dlrs"); None when there is none."""
    if root.head.i != root.i:
        return None
    i = span.start - 1
    while i >= 0 and span.doc[i].is_space:
        i -= 1
    if i < 0 or span.doc[i].lower_ != "of":
        return None
    gap = doc_text(span.doc)[span.doc[i].idx + len(span.doc[i]):span.start_char]
    return span.doc[i] if gap.count("\n") == 1 else None


def _dimension_after(span: Span) -> Counted | None:
    """ "16 feet wide", "16 feet (5 meters) wide": the dimension an adjective after a measure names."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text == "(":
        close = next((t for t in doc[after.i:after.i + 12] if t.text == ")"), None)
        after = doc[close.i + 1] if close is not None and close.i + 1 < len(doc) else after
    if after is not None and after.lower_ in words.DIMENSION_ADJECTIVES and after.pos_ in ("ADJ", "ADV"):
        word = words.DIMENSION_ADJECTIVES[after.lower_]
        return None, word, word
    return None


def _modified_noun(span: Span, m: numbers.NumberMention, dur: str) -> Counted | None:
    """The noun a sum, share or measure modifies ("a 26-hour visit", "a 6020 kg mass"), looking past a shared
    percent sign or a time unit."""
    root = sum_root(span)
    headline_noun = root.head.pos_ == "PROPN" and not root.head.ent_type_ and m.kind == "measure"  # "16 Foot Asteroid"
    # "will pay a $2 billion fine": a word tagged an adjective where only a noun stands, a verb's object, is a noun
    tagged_adjective = root.head.pos_ == "ADJ" and root.head.dep_ in ("dobj", "nsubjpass", "pobj")
    if root.dep_ not in ("compound", "amod", "nummod", "npadvmod") \
            or not (root.head.pos_ == "NOUN" or headline_noun or tagged_adjective) \
            or root.head in span:
        return None
    noun = root.head
    if noun.lower_ in ("%", "percent", "cent"):  # "about 4% and 11% of the world's users": the shared sign
        of = of_object(noun, span)
        return named(of) if of is not None else None
    if dur and lemma(noun) in words.DURATION_UNITS:
        of = of_object(noun, span)  # "8 hours of training", "a 26-hour visit": past the time unit
        if of is not None:
            return named(of)
        if noun.dep_ in ("compound", "amod", "nmod", "npadvmod") and noun.head.pos_ == "NOUN":
            return named(noun.head)
        return None
    if lemma(noun) not in words.DURATION_UNITS | words.UNIT_DIMENSIONS.keys() | numbers.currency_words():
        return named(noun)
    return None


def _preposition_object(span: Span) -> Counted | None:
    """ "$350 million in aid", "42% of all spam": the object of "of"/"in" hanging off the mention."""
    for tok in span:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in") and c not in span:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and not obj.like_num and obj.ent_type_ not in ("GPE", "DATE"):
                    return named(obj)
    return None


def _stated_of(num: Token, m: numbers.NumberMention) -> Counted | None:
    """The subject a sum or share is stated of: "the launch cost is $170 million", "Sears was up 22 percent"."""
    anchor = anchor_noun(num)
    verb = anchor.head if anchor is not None else None
    bought = num.dep_ == "pobj" and num.head.lower_ == "for"  # "buy Sears for $11 billion"
    valued = _valued_at(num)
    if valued is not None and valued.pos_ == "NOUN" and money_noun(lemma(valued)):
        return named(valued)  # "the damage was put at $10 million"; not "the startup was valued at $1 billion"
    stated = verb is not None and (lemma(verb) in words.STATING_VERBS or m.kind == "percent" or bought)
    if stated and anchor.pos_ in ("NOUN", "PROPN") and not anchor.like_num \
            and (anchor.pos_ == "NOUN" or m.kind == "percent" or bought):
        return named(anchor)
    return None


def _valued_at(num: Token) -> Token | None:
    """The thing a verb puts at a sum: "the damage was put at $10 million" (GUIDE Q3's own example), "the budget is
    set at $400 million", "estimates the cost at $2 billion" (`counted_phrase.anchor_noun`: the verb's object, its
    passive subject or its subject), "damage estimated at $150 million" (the noun its participle describes); None
    when the sum is no object of "at". The caller takes it only when it is a noun of money, which names the sum's
    kind: a company, person or thing put at a sum owns it ("the startup was valued at $1 billion")."""
    verb = num.head.head
    if num.dep_ != "pobj" or num.head.lower_ != "at" or verb.pos_ != "VERB":
        return None
    return anchor_noun(num) or (verb.head if verb.dep_ == "acl" else None)


def _share_of(num: Token, span: Span) -> Counted | None:
    """What a share is of when no "of" hangs off it: a coordinated share's, or the thing up the tree."""
    share_of = _coordinated_share_of(num)  # "about 4% and 11% of the world's Internet users"
    if share_of is not None:
        return named(share_of)
    t = num  # "turnout listed in excess of 100%": up through quantity nouns to the thing listed
    for _ in range(5):
        t = t.head
        if t.pos_ == "NOUN" and lemma(t) not in words.QUANTITY_NOUNS and t not in span:
            return named(t)
        if t.pos_ in ("VERB", "AUX"):  # "Sears was up 22 percent": what went up
            obj = next((c for c in t.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < num.i), None)
            if obj is not None and lemma(t) in RISE_VERBS | FALL_VERBS:  # "cut its spending by 12 per cent"
                return named(obj)
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.ent_type_ not in ("PERSON",):
                return named(subj)
            return None
        if t.head.i == t.i:
            return None
    return None


def _coordinated_share_of(num: Token) -> Token | None:
    """The "of" object of a later share coordinated with this one ("13% and China with 8% of the world's spam")."""
    for t in num.doc[num.i + 1:min(num.sent.end, num.i + 12)]:
        if t.lower_ == "of" and (t.head.lower_ in ("%", "percent", "cent") or t.head.like_num):
            obj = next((o for o in t.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN":
                return obj
        if t.is_sent_end or t.text in ";:":
            break
    return None
