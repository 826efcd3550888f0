"""What a number counts: the noun it counts ("6,000 troops"), what a sum, share or measure is of, durations
and ages, and whether the count is a batch rather than a running total."""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from spacy.tokens import Doc, Span, Token

from newsfigures import numbers
from newsfigures.extract import lexicon as words
from newsfigures.extract import sentcache
from newsfigures.extract.aged import age_word_before
from newsfigures.extract.context import ArticleContext
from newsfigures.extract.counted_phrase import Counted, agreeing_head, anchor_noun, phrase
from newsfigures.extract.counted_sums import measured
from newsfigures.extract.dimension import unit_dimension
from newsfigures.extract.lent_noun import may_lend
from newsfigures.extract.one_of import one_of_subject
from newsfigures.extract.measure_lexicon import (CASUALTY_QUANTITIES, LEVEL_VERBS, NUMBERED_NOUNS,
                                                QUANTIFIERS)
from newsfigures.extract.modifier_event import only_modifies
from newsfigures.extract.naming import hyphened_word
from newsfigures.extract.part_whole import fronted_whole, participle_of, plural_named_before, two_wholes_before
from newsfigures.extract.pipeline import doc_text
from newsfigures.extract.tree import lemma, of_object
from newsfigures.numbers.lexicon import GAP_COORDINATORS
from newsfigures.numbers.shared_units import LIST_JOIN
from newsfigures.model import Figure
from newsfigures.extract.word_senses import collective_noun, person_noun, troop_noun


GAP_JOINS = frozenset({",", "and"})  # what joins a gapped list item to the one before it
GAP_FILLERS = frozenset({"each", "more"})  # words between a gapped number and its place
GAP_PLACE_PREPOSITIONS = frozenset({"in", "on", "at"})
OUTCOME_ADVERBS = 2  # adverbs looked past between a number and its outcome word ("108 already dead")

_DURATION = re.compile(r"^[\s-]*(?P<unit>[A-Za-z]+)(?P<old>[\s-]+old)?", re.I)
MAX_LISTED = 4  # numbers looked past in a list


def duration_unit(doc: Doc, m: numbers.NumberMention) -> str:
    """The time unit when a number is a duration or age reported for itself ("three days", "51 years old"),
    "" otherwise; a period that frames another figure ("the past 24 hours") is not one."""
    text = doc_text(doc)
    after = _time_unit_at(text, m.end)
    if after is None:
        mentions = doc._.numbers if doc._.numbers is not None else numbers.parse_numbers(text)
        end = list_end(text, m.end, mentions)  # "sentences of 4 and 6 years": the 4 too
        after = _time_unit_at(text, end) if end != m.end else None
    if after is None:
        return ""
    before = text[max(0, m.start - 20):m.start].lower().split() + m.text.lower().split()[:1]
    if any(w.strip("(,") in words.PERIOD_WORDS | {"the", "over", "within"} for w in before[-2:]):
        return ""
    return words.DURATION_UNITS[after.group("unit").lower()]


def duration_end(doc: Doc, m: numbers.NumberMention) -> int:
    """Where the time unit written right after a duration or age ends ("six weeks", "12-year-old", "51 years old"),
    so the figure's surface holds it as the gold's surface rule has it; `m.end` when no unit follows it at once (a
    list's earlier number, "4 and 6 years": its unit is the list's)."""
    after = _time_unit_at(doc_text(doc), m.end)
    return m.end + after.end() if after is not None else m.end


def _time_unit_at(text: str, at: int) -> re.Match[str] | None:
    """The time unit written right at `at` ("weeks", "-year-old", " years old"), matched in the 20 characters from
    there; None for any other word."""
    after = _DURATION.match(text[at:at + 20])
    return after if after and after.group("unit").lower() in words.DURATION_UNITS else None


def list_end(text: str, end: int, mentions: Sequence[numbers.NumberMention]) -> int:
    """Where the list of numbers that a number ending at `end` opens ends: after its last number, joined by "and"
    or "or" ("4 and 6 years", "12, 14 and 15 years"); `end` when no list follows. `mentions` are the number parser's
    mentions of `text` (the Doc's own, never parsed again)."""
    starts = {x.start: x for x in mentions}
    at = end
    for _ in range(MAX_LISTED):
        gap = LIST_JOIN.match(text, at)
        following = starts.get(gap.end()) if gap else None
        if following is None or following.kind != "cardinal":
            return end
        at = following.end
        if gap.group("last") or following.qualifier == "range":  # "12, 14 or 15": the parser's one range ends it
            return at
    return end


def _after_age_word(doc: Doc, span: Span, m: numbers.NumberMention | None) -> bool:
    """ "age"/"aged" stands right before the number or before its qualifier words ("aged between 24 and 51"), or
    before the list it ends ("aged 19 and 21")."""
    first = doc.char_span(m.start, m.end, alignment_mode="expand") if m is not None else None
    starts = {span.start} | ({first.start} if first is not None else set())
    return any(age_word_before(doc, i) for i in starts)


def resolve_counted(num: Token, span: Span, ctx: ArticleContext, m: numbers.NumberMention | None = None,
                    dur: str = "") -> Counted:
    """(noun token or None, counted phrase, counted lemma) for a number, resolving ellipsis and anaphora."""
    if _after_age_word(num.doc, span, m):
        return None, "age", "age"  # "at age 65", "a boy aged 13", "men aged over 70"
    nxt = _outcome_after(num.doc, span.end)
    if nxt is not None and nxt.lower_ in words.OUTCOME_AFTER_NUMBER and not only_modifies(nxt):  # "2,200 injured"
        return _group_of(nxt) or (nxt, nxt.text, _outcome_lemma(nxt))
    if m is not None and (m.kind in ("money", "percent", "measure") or dur):
        found = measured(num, span, m, dur)
        if found is not None and found[0] is None and not dur and ctx.figures:
            prev = ctx.figures[-1]  # "the launch cost is $170 million, compared to the Titan's $400 million"
            same = prev.kind == m.kind and prev.sentence == sentcache.sentence_text(num)
            if same and prev.counted and _same_dimension(prev, m):
                return None, prev.counted, prev.counted_lemma
        if found is not None:
            return found
    gapped = _gapped(num, span, ctx) or _gapped_after_name(num, ctx)
    if gapped is not None:
        return gapped
    noun = _counted_noun(num, span)
    if noun is None:
        return _uncounted(num, span, ctx, m)
    noun = _past_prefix(_multiplied(noun, m))
    if lemma(noun) in words.ANAPHORIC_NOUNS and ctx.figures and not _numbered(noun, num):
        prev = ctx.figures[-1]
        return noun, prev.counted, prev.counted_lemma
    grouped = _group_of(noun)
    if grouped is not None:
        return grouped
    return (noun, *_with_event_word(noun))


def _multiplied(noun: Token, m: numbers.NumberMention | None) -> Token:
    """A multiple describes its whole noun phrase, not the noun compounded into it: "a three-for-two stock split"
    (Reuters train_0687, where the parser hangs the number on "stock") is a split."""
    if m is None or m.kind != "multiplier" or noun.dep_ != "compound" or noun.head.i < noun.i:
        return noun
    return noun.head if noun.head.pos_ == "NOUN" else noun


def _past_prefix(noun: Token) -> Token:
    """The noun of a word a prefix is hyphened to, where the parser hangs the number on the prefix: "two
    co-defendants" (tokens "co", "-", "defendants") counts defendants, "four ex-partners" partners."""
    first, last = hyphened_word(noun)
    return noun.doc[last] if noun.i == first < last and noun.lower_ in words.HYPHEN_PREFIXES else noun


def _same_dimension(prev: Figure, m: numbers.NumberMention) -> bool:
    """A measure's noun carries to the next measure only in its dimension: "eased about 3cm ... with temperatures
    reaching 35C" (lee cor_008) is no distance; a sum carries to a sum in any currency ("2.66 billion Australian
    dollars ($1.4 billion)") and a share to a share."""
    return m.kind != "measure" or prev.unit == m.unit or unit_dimension(prev.unit) == unit_dimension(m.unit)


def _outcome_after(doc: Doc, at: int) -> Token | None:
    """The word after a number, past adverbs on an outcome word after it ("with 108 already dead", "200 now
    missing"): the outcome says what the number counts as it does right after it; None at the end."""
    i = at
    while i < len(doc) and doc[i].pos_ == "ADV" and doc[i].head.i > i and i - at < OUTCOME_ADVERBS \
            and doc[i].lower_ not in words.INCREMENT_WORDS | QUANTIFIERS:  # "thousands more killed" adds a batch
        i += 1
    if i < len(doc) and doc[i].lower_ in words.OUTCOME_AFTER_NUMBER:
        return doc[i]
    return doc[at] if at < len(doc) else None


def _outcome_lemma(word: Token) -> str:
    """The counted lemma of an outcome word after a number: its own form when the vocabulary names it as written
    ("2,200 injured"; "2,000 displaced", not the verb "displace"), else its lemma ("28,000 deaths")."""
    return word.lower_ if word.lower_ in words.EVENT_NOUNS or word.lower_ in CASUALTY_QUANTITIES else lemma(word)


def is_incremental(num: Token, noun: Token | None, mention: Span) -> bool:
    """A batch or period count ("another 6,000", "a third group of 6,000", "3,000 more"), not a running total."""
    near = [*(c for c in num.children)]
    if num.dep_ == "nummod" and num.head.lower_ in words.INCREMENT_WORDS:
        near.append(num.head)  # "3,000 more this year": the parser hangs the number on "more"
    if noun is not None:
        near += [*noun.children]
    if any(t.lower_ in words.INCREMENT_WORDS and t not in mention for t in near):
        return True
    for t in islice(num.ancestors, 4):
        batchy = lemma(t) in words.INCREMENT_NOUNS or any(c.dep_ == "compound" and lemma(c) in words.INCREMENT_NOUNS for c in t.children)
        if batchy and any(c.lower_ in words.INCREMENT_WORDS or c.ent_type_ == "ORDINAL" for c in t.children):
            return True
    return False


def _gapped(num: Token, span: Span, ctx: ArticleContext) -> Counted | None:
    """ "Seven people have died on Queensland roads, five in Victoria, three in the Northern Territory" (Lee bg_021,
    bg_043, holiday road toll), "Over 1,000 people are killed in Myanmar and ten more in Thailand" (Myanmar
    earthquake): a bare number joined to the figure before it in its sentence, with only a place after it, counts
    what that figure counts (the noun and the event are gapped); None when the number is no such list item."""
    doc = num.doc
    if span.start == num.sent.start or doc[span.start - 1].lower_ not in GAP_JOINS or not ctx.figures:
        return None
    prev = ctx.figures[-1]
    if prev.sentence != sentcache.sentence_text(num) or not prev.counted or prev.kind != "cardinal":
        return None
    i = span.end
    while i < num.sent.end and doc[i].lower_ in GAP_FILLERS:
        i += 1  # "two each in Western Australia", "ten more in Thailand"
    prep = doc[i] if i < num.sent.end else None
    if prep is None or prep.lower_ not in GAP_PLACE_PREPOSITIONS or prep.head not in span:
        return None
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or place.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    return None, prev.counted, prev.counted_lemma


def _gapped_after_name(num: Token, ctx: ArticleContext) -> Counted | None:
    """ "Hayden is on 31 and Mark Waugh eight" (lee bg_275), "China won 40 gold medals and the United States 39":
    a number the parser hangs after a name coordinated into a clause that gave a count before repeats that
    clause with its verb and noun left out (gapping): it counts what the sentence's previous count counts (its
    noun, else the quantity read for it), and the name stays whose count it is."""
    name = num.head
    if num.dep_ != "nummod" or name.i > num.i or name.pos_ != "PROPN" or not ctx.figures:
        return None
    first = name.left_edge
    if first.i == num.sent.start or num.doc[first.i - 1].lower_ not in GAP_COORDINATORS:
        return None
    prev = ctx.figures[-1]
    quantity = prev.counted_lemma or prev.measure.quantity
    if prev.kind != "cardinal" or prev.sentence != sentcache.sentence_text(num) or not quantity:
        return None
    return name, prev.counted or quantity, quantity


def _same_group(num: Token, m: numbers.NumberMention | None, ctx: ArticleContext) -> Counted | None:
    """ "police arrested three 15-year-old boys ... All three have been interviewed" (Lee bg_033, NSW bushfires),
    "Six Swiss tour company staff ... All six will pay" (Lee bg_168, canyoning trial): "all" and a bare number
    name again the group of that size counted before."""
    if m is None or not any(c.dep_ in ("det", "predet") and c.lower_ == "all" for c in num.children):
        return None
    named = next((f for f in reversed(ctx.figures) if f.value == m.value and f.kind == "cardinal" and f.counted), None)
    return (None, named.counted, named.counted_lemma) if named is not None else None


def _uncounted(num: Token, span: Span, ctx: ArticleContext, m: numbers.NumberMention | None) -> Counted:
    """What a number with no noun of its own counts: a part of something, the noun it is predicated of, the
    group of its size named before ("all three"), the plural noun before it (ellipsis), or the previous figure's
    subject."""
    part_of = of_object(num, span) or fronted_whole(num)  # "six of those pregnancies", "Of those killed, 45"
    if part_of is not None and part_of.pos_ == "PRON":
        told = _told_before(num, ctx)  # "around 120 injured, half of them schoolboys": a part of that figure's group
        if told is not None:
            return told
    whole = _nameless_whole(part_of) if part_of is not None and part_of.i < num.i else None
    if whole is not None:
        return whole
    if part_of is not None and (part_of.pos_ in ("NOUN", "PROPN") or part_of.lower_ in words.EVENT_NOUNS):
        return (part_of, *_with_event_word(part_of))
    anchor = anchor_noun(num)
    agent = _agent(num) if m is None or m.kind == "cardinal" else None  # a bare count: "burned 800 hectares" keeps its frame
    if anchor is not None and anchor != agent:
        if lemma(anchor) in words.CONTAINER_NOUNS:
            obj = of_object(anchor, span)
            if obj is not None:
                return (obj, *_with_event_word(obj))
        if lemma(anchor) in words.ANAPHORIC_NOUNS and ctx.figures:
            prev = ctx.figures[-1]
            return anchor, prev.counted, prev.counted_lemma
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.ent_type_ not in ("GPE", "ORG", "PERSON", "NORP"):
            return anchor, phrase(anchor), lemma(anchor)
    if m is not None and m.kind in ("money", "percent", "measure"):
        return None, "", ""  # a sum or share never counts the nearest plural noun
    group = _same_group(num, m, ctx)
    if group is not None:
        return group
    whole = one_of_subject(num)  # "the proposal will be one of five discussed" (lee bg_298): proposals
    if whole is not None:
        return whole, phrase(whole), lemma(whole)
    # Ellipsis: "... soldiers and engineers ... and that 1,000 had already arrived".
    aside = [a for a in (agent, *_reporters(num)) if a is not None]
    for t in reversed(list(num.doc[num.sent.start:span.start])):
        if any(a.left_edge.i <= t.i <= a.right_edge.i for a in aside):
            continue  # "The floods displaced 50,000": the floods did it; "officials said 12 were killed": they said it
        if t.tag_ in ("NNS", "NNPS") and t.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON") and lemma(t) not in ("year", "month", "day", "week", "hour"):
            return t, phrase(t), lemma(t)
    prev = ctx.figures[-1] if ctx.figures else None
    if prev is not None and prev.counted and may_lend(prev, num, m.kind if m is not None else prev.kind,
                                                      sentcache.sentence_text(num)):
        return None, prev.counted, prev.counted_lemma
    return None, "", ""


def _nameless_whole(whole: Token) -> Counted | None:
    """What a part of a pronoun or participle whole told before the count counts (`part_whole`): an outcome
    participle's casualty ("Of those killed, 45"), persons for another ("Of those detained, 12"), else the noun the
    sentence before names ("Of those, 140"). A whole after the count ("more than 5,000 of them", lee bg_008 "Two of
    those flared") is not read: bg_008's right `fire` pulled its figure into a wrong cross-article group (the
    nsw_bushfires_2001 grouping floor, stop 38)."""
    told = participle_of(whole)
    if told is not None and told.lower_ in words.OUTCOME_AFTER_NUMBER:
        return told, told.text, _outcome_lemma(told)
    if told is not None and told.tag_ == "VBN":
        return whole, f"{whole.text} {told.text}", "people"
    if two_wholes_before(whole):
        return None, "", ""
    noun = plural_named_before(whole)
    return (noun, phrase(noun), lemma(noun)) if noun is not None else None


def _told_before(num: Token, ctx: ArticleContext) -> Counted | None:
    """What the figure before a number in its sentence counts, None when there is none."""
    prev = ctx.figures[-1] if ctx.figures else None
    if prev is None or not prev.counted or prev.sentence != sentcache.sentence_text(num):
        return None
    return None, prev.counted, prev.counted_lemma


def _reporters(num: Token) -> list[Token]:
    """The subjects of the reporting verbs whose clause holds the number ("Local media reported that 12 were
    killed"): who says a count is never what it counts."""
    return [c for v in sentcache.above_where(num, _reporting_word) for c in v.children if c.dep_ == "nsubj"]


def _reporting_word(t: Token) -> bool:
    """A word of reporting ("said", "reported")."""
    return lemma(t) in words.REPORTING_VERBS


def _agent(num: Token) -> Token | None:
    """The subject of the verb a bare number is the object of, when it does what the verb says to what the number
    counts ("The cyclone killed at least 94", "The floods displaced 50,000", where the parser may hang the number
    as an adverb); None when there is none or the verb states a level ("the toll reached 600", "toll nears
    60,000"), whose subject is what is counted."""
    verb = num.head
    if num.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB" or lemma(verb) in words.STATING_VERBS | LEVEL_VERBS:
        return None
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "The floods displaced 50,000 and killed 12": the first verb's subject is the second's
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _counted_noun(num: Token, span: Span) -> Token | None:
    """The noun a number counts, through "of" containers ("a group of 6,000 troops", "40 percent of voters")."""
    t = _partitive_whole(num)
    if t.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "appos") and t.head.pos_ in ("NOUN", "PROPN", "ADJ", "SYM") and t.head not in span:
        noun = _compound_counted(t, t.head)
    elif t.pos_ in ("NOUN", "SYM") and t.lower_ not in ("%",) and not t.like_num:
        noun = t  # the span's root is itself a noun ("dozens", "thousands", "$")
    else:
        return None
    if lemma(noun) in QUANTIFIERS:  # "less than half as many votes" (wn2004_074): "many" says how many
        if noun.head.pos_ != "NOUN" or noun.head.i < noun.i:
            return None  # "3,000 more this year": the noun is elided
        noun = noun.head
    for _ in range(2):
        if (lemma(noun) in words.CONTAINER_NOUNS | {"percent", "%", "per", "cent", "$", "dollar", "euro", "pound", "yen"}
                and not _numbered(noun, t)) or noun in span:
            obj = of_object(noun, span)
            if obj is not None:
                noun = obj
                continue
        break
    if noun in span or lemma(noun) in ("percent", "%", "cent", "$"):
        return None
    return _head_of(_shared_noun(noun), num)


def _shared_noun(noun: Token) -> Token:
    """ "dozens of Hamas and Islamic Jihad offices" (Lee bg_116), "scores of Hamas and Islamic Jihad members"
    (bg_283): names coordinated before the one common noun they all modify, which the parser hangs as the names'
    last conjunct, count that noun; else `noun`."""
    shared = noun.conjuncts[-1] if noun.pos_ == "PROPN" and noun.conjuncts else None
    if shared is None or shared.i < noun.i or shared.tag_ != "NNS":
        return noun
    between = noun.doc[noun.i + 1:shared.i]
    return shared if all(t.pos_ in ("PROPN", "CCONJ", "PUNCT") for t in between) else noun


def _head_of(noun: Token, num: Token) -> Token | None:
    """The noun a number counts, or None for a pronoun ("half of them": what "them" stands for is counted,
    `_uncounted`) and for a point in time outside the number's own date ("3 for 89 yesterday morning"; a unit of
    time may be counted: "their 35 highest-paid years")."""
    if noun.pos_ == "PRON" or (noun.ent_type_ in words.TIME_LABELS and num.ent_type_ not in words.TIME_LABELS
                               and lemma(noun) not in words.DURATION_UNITS):
        return None
    return noun


def _numbered(noun: Token, num: Token) -> bool:
    """ "nine counts of kidnapping", "faces six counts": a number on a count is a number of charges, neither the
    container of what follows nor a figure named before."""
    return lemma(noun) in NUMBERED_NOUNS and num.head == noun and num.dep_ == "nummod"


def _partitive_whole(num: Token) -> Token:
    """ "Only two of five submarines" (wn2004_026): a part the parser hangs on the whole's number through "of"
    counts what the whole does, as "18,000 of the 35,868 respondents" (wn2004_045, "of" on the part) does;
    else the number itself."""
    whole = num.head
    if num.dep_ == "quantmod" and whole.like_num and any(
            c.lower_ == "of" and num.i < c.i < whole.i for c in whole.children):
        return whole
    return num


def _compound_counted(num: Token, head: Token) -> Token:
    """ "a 5 game suspension" (wn2004_036), "the two test series" (wn2004_019), "a 300 vote difference"
    (wn2004_086, where the parser puts the number on "vote" itself): a singular noun right after the number,
    compounded onto a singular head, is what the number counts (number and noun describe the head), unless no
    determiner opens a collective head, whose singular counts many: then the number counts it ("About 60,000 bank
    staff", "Some 200 hospital staff", "40 cabin crew") and a head whose plural is its singular ("80 strike
    aircraft"); a number the parser hung on a singular noun compounded onto a plural head counts that head
    (`agreeing_head`); else the head."""
    plural = agreeing_head(num)
    if plural is not None:
        return plural  # "the three counting centres": the parser hung the number on the modifier
    nxt = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    if nxt is None or nxt.dep_ != "compound" or nxt.head.i != head.i or nxt.tag_ != "NN" or head.tag_ != "NN":
        return head
    if lemma(head) in words.ZERO_PLURAL_NOUNS:
        return head  # "more than 80 strike aircraft": a plural the tagger reads as one
    collective = collective_noun(lemma(head)) and not any(c.dep_ == "det" for c in head.lefts)
    return head if collective else nxt


def _with_event_word(noun: Token) -> tuple[str, str]:
    """(phrase, lemma) of a counted noun, absorbing a following outcome word the parser split off ("war dead")."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.lower_ in words.EVENT_NOUNS and nxt.pos_ in ("ADJ", "NOUN"):
        return f"{phrase(noun)} {nxt.text}", nxt.lower_
    # an outcome word keeps its own form whatever the tagger made of it ("the number of injured": not "injure";
    # "the number of displaced": not "displace"), as after a number (`_outcome_lemma`)
    return phrase(noun), _outcome_lemma(noun)


def _group_of(noun: Token) -> Counted | None:
    """For an outcome noun, the group of persons it happened to: "600 fatalities among 15,000 soldiers", "troops
    have suffered 4,700 casualties" -> (noun, phrase, the group's lemma); None when no group of persons is named
    ("casualties among North Korean units", "forces have suffered 3,000 casualties": a unit or a force is no person,
    and in its place the outcome noun stays what is counted)."""
    if lemma(noun) not in words.SUBJECTLESS and noun.lower_ not in words.EVENT_NOUNS:
        return None
    among = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "among"), None)
    group = next((o for o in among.children if o.dep_ == "pobj"), None) if among is not None else None
    if group is not None and group.pos_ in ("NOUN", "PROPN") and _persons(group):
        return noun, f"{phrase(noun)} among {phrase(group)}", lemma(group)
    verb = noun.head
    if noun.dep_ == "dobj" and lemma(verb) in words.SUFFER_VERBS:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.ent_type_ not in ("GPE", "ORG", "NORP") and _persons(subj):
            return noun, phrase(noun), lemma(subj)  # counts casualties; the troops are whose
    return None


def _persons(group: Token) -> bool:
    """The noun names persons: a nationality or people ("Palestinians"), a person noun, a member of the armed
    forces."""
    key = lemma(group)
    return group.ent_type_ == "NORP" or person_noun(key) or troop_noun(key)
