"""What a figure measures, structured (model.Measure): the quantity counted, whose it is, the event class,
the place it is restricted to, its scope and its dimension, read from the figure's other fields and its parse."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.another_count import own_clause
from newsfigures.extract.act_phrase import act_word
from newsfigures.extract.armed import armed_members
from newsfigures.extract.casualties import together_event
from newsfigures.extract.changed import bare_rates, changed_thing, earlier_thing, size_noun, thing_line
from newsfigures.extract.carried import action_verb, own_act_class
from newsfigures.extract.class_words import listed_class
from newsfigures.extract.listed_loads import listed_load_event
from newsfigures.extract.dimension import DURATION_UNITS, dimension_of
from newsfigures.extract.dated import dated_class
from newsfigures.extract.event import act_noun_event, acted_on, run_event, verb_event
from newsfigures.extract.gerund_act import gerund_act
from newsfigures.extract.goods import goods_amount, goods_of
from newsfigures.extract.governed import own_clause_event, prepositional_object
from newsfigures.extract.ground_place import ground_place
from newsfigures.extract.index_points import index_points
from newsfigures.extract.infinitive import subject_infinitive, subject_modal
from newsfigures.extract.accompanied import with_phrase
from newsfigures.extract.measure_classes import event_class, money_kind, money_noun, quantity_of, rate_quantity
from newsfigures.extract.lost_things import lost_things
from newsfigures.extract.members import members_counted
from newsfigures.extract.nominal import MIN_STEM, known_verbs, verb_of
from newsfigures.extract.hop_place import hop_place
from newsfigures.extract.implied_place import implied_place
from newsfigures.extract.object_verb import object_event
from newsfigures.extract.own_place_counter import counter_place
from newsfigures.extract.own_place import legal_place, own_place, site_town, subject_event_place
from newsfigures.extract.place import listed_with, measure_place
from newsfigures.extract.struck_place import struck_place
from newsfigures.extract.scope import adverb_level, change_adverb, is_one_incident, scope_of
from newsfigures.extract.match_result import match_unit
from newsfigures.extract.sport import result_class, score_quantity
from newsfigures.extract.stative import stative_event
from newsfigures.extract.subject import subject_of
from newsfigures.extract.sized_act import sized_act, sized_event
from newsfigures.extract.sized_level import sized_level
from newsfigures.extract.sized_thing import sizes_a_thing
from newsfigures.extract.tree import lemma, of_object
from newsfigures.extract.persons import persons_class, who_described
from newsfigures.extract.priced import paid_at, priced_thing, sold_for, taken_toll, thing_cost, thing_sum
from newsfigures.extract.quake import quake_magnitude
from newsfigures.extract.rate_points import rate_move_dimension
from newsfigures.extract.unit_counts import PERCENTAGE_POINT
from newsfigures.extract.scale_rating import scale_rating
from newsfigures.extract.market import index_named
from newsfigures.extract.quantity_lines import event_quantity, is_ratio, revised_quantity, two_word_kind
from newsfigures.extract.wording import governing_lemma, nominal_word, penalty_verb, result_word, states
from newsfigures.extract.word_senses import act_verb
from newsfigures.extract.when_place import when_place
from newsfigures.model import Figure, Measure

LIST_REACH = 4  # steps from a number up to the conjunct that lists it
LIST_JOINS = (",", "and", "or")  # words that join the items of a list
GERUND = "ing"  # the ending of a noun that names an act by its verb ("torching", "mourning")
PER_CENT_READS = ("share", "cent")  # a per cent read as a share, or as its own unit ("0.25 of a per cent")
CLAUSE_ASIDES = ("nsubj", "nsubjpass", "advcl", "ccomp", "parataxis")  # a verb's dependents that are no object of it


@dataclass(frozen=True)
class Parsed:
    """The parse a figure was read from: its number, the whole mention, the counted noun, the event word."""

    num: Token
    mention: Span
    noun: Token | None
    event_tok: Token | None


def measure_of(fig: Figure, parsed: Parsed, previous: Figure | None = None) -> Measure:
    """The measure of `fig` (every field but `measure` already read); `previous` is the figure read before
    it, whose subject a following "... and 5,184 others" shares when in the same sentence."""
    noun = parsed.noun
    dimension = dimension_of(fig.kind, fig.unit, fig.counted_lemma)
    dimension = "ratio" if is_ratio(parsed.num, parsed.mention.end, fig.kind) else dimension  # "three times his pay"
    dimension = "count" if dimension == "points" and not index_points(parsed.num) else dimension  # "worth 3 points"
    score = (score_quantity(parsed.num) or match_unit(parsed.num)) if dimension == "count" else ""
    label = noun.ent_type_ if noun is not None else ""
    quantity = score or quantity_of(fig.counted_lemma, fig.event, fig.kind, dimension, label, who_described(noun),
                                    _role(noun), fig.counted)
    owned_as = quantity  # whose a count of a group's members is stays read as the group's own (extract/members.py)
    members = "" if score or quantity in vocab.CASUALTY_EVENTS else members_counted(fig, parsed.num, noun)
    if members:
        quantity = quantity_of(fig.counted_lemma, fig.event, fig.kind, dimension, label, True, _role(noun))
        quantity = members if quantity == "people" else quantity  # "about 2,000 militia": troops
    if quantity in vocab.PERSON_COUNTS:  # "75 militants", "fire fighters", "asylum seekers"; "500 residents have left"
        quantity = persons_class(noun) or ("displaced" if quantity == "people" and _left_home(parsed.num) else quantity)
    quantity = "troops" if quantity not in vocab.CASUALTY_EVENTS and armed_members(noun) else quantity  # Q1
    quantity = _sum_quantity(fig, parsed, quantity) if fig.kind == "money" else quantity
    before = previous.measure if previous is not None and previous.sentence_start == fig.sentence_start else None
    if before is not None and quantity in vocab.PERSON_COUNTS and before.quantity in vocab.CASUALTY_EVENTS \
            and (_included(parsed) or _next_in_list(parsed.num, previous)):
        quantity = before.quantity  # "21 people, including 14 Australians", "killing two nuns, three priests"
    quantity = revised_quantity(quantity, parsed.num, noun)  # Q3, Q6, Q7, Q9 read from the parse
    changed = _changed_quantity(parsed, fig.event) if quantity in PER_CENT_READS or fig.unit == PERCENTAGE_POINT else ""
    quantity, dimension = _measurement(fig, parsed, quantity, dimension)
    event = _event(fig, parsed, quantity, dimension, before)
    event = object_event(event, parsed.num, parsed.event_tok, quantity, fig.counted_lemma)  # E2: "confronted 3,000"
    owned = noun
    if changed:  # "a 10 per cent drop in drug related deaths": deaths fell, by 10 per cent
        quantity, owned = changed, changed_thing(parsed.noun, parsed.num)
    subject = subject_of(parsed.num, owned, owned_as if members else quantity, event,
                         before.subject if before is not None else "")
    event_tok = parsed.event_tok
    place = (own_place(noun, event_tok, parsed.num) or struck_place(parsed.num)
             or listed_with(fig.place, noun, event_tok, parsed.num)
             or measure_place(noun, event_tok, parsed.num) or ground_place(noun, event_tok, parsed.num, quantity)
             or subject_event_place(noun, event_tok)
             or legal_place(noun, parsed.num) or when_place(parsed.num, quantity)
             or site_town(noun, event_tok, parsed.num) or implied_place(noun, event_tok, parsed.num)
             or hop_place(noun, event_tok, parsed.num) or counter_place(noun, parsed.num))
    added = before is not None and _more(parsed) and (_differ(before.quantity, quantity) or _differ(before.place, place))
    batch = not score and ((fig.incremental and not fig.is_past and not added)
                           or (quantity in vocab.CASUALTY_EVENTS and not changed and is_one_incident(parsed.num)))
    dimension = rate_move_dimension(parsed.num, parsed.mention, noun, quantity, dimension)  # "cut by 0.25 per cent"
    scope = scope_of(parsed.num, parsed.mention, noun, fig.kind, dimension, batch)
    if before is not None and _included(parsed):
        place, scope = before.place, before.scope  # "51 people, including 15 children": the part of a whole
    elif before is not None and not place and {quantity, before.quantity} <= vocab.CASUALTY_EVENTS.keys():
        place = before.place  # "the death toll in Israel increases to 900 with more than 2,500 injured"
    return Measure(quantity=quantity, subject=subject, event=event, place=place, scope=scope, dimension=dimension,
                   goods=goods_of(parsed.mention, dimension))


def _event(fig: Figure, parsed: Parsed, quantity: str, dimension: str, before: Measure | None) -> str:
    """The event class of a figure, read from the adverb that says its change ("down 30%"), its event word,
    or from the verb its counted noun is the subject of, or "measured" for a count that describes; a part of
    the group counted before it ("1,121 people, including 865 Palestinians"), or listed after it with no verb
    of its own ("Stephen Jackson for 30 games, ... and Ben Wallace for 6"), has that figure's event; "eight
    fewer" is the size of a fall, whatever it counts."""
    num = parsed.num
    if num.i + 1 < len(num.doc) and num.doc[num.i + 1].lower_ in vocab.DIFFERENCE_WORDS:
        return "fell"
    quantity = event_quantity(quantity, num, parsed.noun)  # refugees, persons a relative clause befalls: no event
    own = own_clause_event(num, parsed.noun, parsed.event_tok, quantity, fig.counted_lemma, dimension)  # E1, E2
    if own or quantity in vocab.CASUALTY_EVENTS:
        return own or vocab.CASUALTY_EVENTS[quantity]
    together = together_event(num) if quantity == "casualties" else ""
    if together:
        return together  # "killed or wounded 30 villagers": killed, the first of the two (E2)
    result = result_class(parsed.num, fig.text)
    worded = result_word(parsed.num, result) if result else None
    if result:  # "down 2-0" is a scoreline, not a fall; "resume at 2 for 69": resume (E2)
        return result if worded is None else event_class(worded, quantity, fig.counted_lemma)
    if before is not None and (_included(parsed) or (not fig.event and _listed(parsed.num))):
        return before.event
    # "down 30%": fell; "comes fourteen days after the quake killed": come (E3); "after two meetings"; "shedding more
    # than 500 jobs": the jobs shed, no level's fall (E2)
    moved = (change_adverb(parsed.mention, dimension) or adverb_level(parsed.mention) or dated_class(num, quantity)
             or gerund_act(num) or lost_things(parsed.num, parsed.noun, quantity, dimension))
    if moved:
        return moved
    if dimension == "duration" and sized_level(num):
        return "measured"  # "cut ... to a 40-year low": a level's time, no act (E1)
    nominal = _nominal_event(parsed.num, quantity == "duration")
    named = nominal or act_noun_event(parsed.num)
    own = "" if named or dimension != "count" else own_act_class(num, parsed.noun, quantity, fig.counted_lemma)
    if own:
        return own  # "scores of police approached": approach (E1, E2)
    if not named and _definite_count(parsed) and (dimension != "count" or action_verb(parsed.num) is None):
        return "measured"  # "the two nations", "the 52-member parliament": how many there are, nothing happened
    # (a count a verb of action carries is that verb's: "the two parties fight", E1, extract/carried.py)
    verb = _subject_verb(parsed.noun) if sentcache.is_ancestor(parsed.noun, parsed.num) else None
    stative = None if named or dimension == "duration" else stative_event(num)
    verb = stative if stative is not None else verb  # "includes the 19 hijackers who ...": include (E1, E4)
    event = named or (verb_event(verb) if verb is not None else _own_event(fig, parsed.num, quantity))
    said = verb if verb is not None else parsed.event_tok
    found = listed_class(event_class(event, quantity, fig.counted_lemma, _reported(parsed.num),
                                     acted_on(parsed.num, said)), event, num, said, quantity, dimension)
    unnamed_other = not named and found.startswith("other:")
    if not named and sizes_a_thing(parsed.num, fig.kind, quantity, found) or unnamed_other and with_phrase(num):
        return "measured"  # "a three-judge panel found", "a company with 180,000 employees"; "sent" stays
    act = sized_act(num, fig.kind == "cardinal", dimension == "duration") if unnamed_other else ""
    if act:
        return sized_event(act, quantity, fig.counted_lemma)  # "filed in a $US3000 billion lawsuit": lawsuit (E2)
    if dimension == "count" and run_event(parsed.num, quantity):
        return event_class(governing_lemma(parsed.num), quantity, fig.counted_lemma)  # "chasing 200": chase (E2)
    handed = penalty_verb(fig.event, parsed.event_tok)  # "received five months": receive, not sentence (E2)
    if handed:
        return event_class(handed, quantity)
    if named and found.startswith("other:"):  # "his indictment of one count": indictment (E2)
        word = nominal_word(parsed.num, named, quantity == "duration") if nominal else act_word(parsed.num)
        return f"other:{word or named}"  # "heard testimony from 3,399 women": hear, not testify (E2)
    return listed_load_event(found, num, dimension, before)  # "export 40,000 tonnes of wheat, 32,500 tonnes of ..."


def _own_event(fig: Figure, num: Token, quantity: str) -> str:
    """The figure's event word; for a sum on an outcome noun ("a toll of $5"), whose outcome ("die") names no sum's
    event, the verb that governs it ("pay", "carry"), "" when none does."""
    lent = words.EVENT_NOUN_VERB.get(fig.counted_lemma) == fig.event and fig.kind == "money"
    return governing_lemma(num) if lent and quantity in vocab.MONEY_KINDS else fig.event


def _listed(num: Token) -> bool:
    """The figure is in a conjunct of a list, a few steps up ("and Ben Wallace for 6", wn2004_036; "the 18
    tourists and three guides", interlaken_canyoning_trial bg_281)."""
    t = num
    for _ in range(LIST_REACH):
        if t.dep_ == "conj":
            return True
        t = t.head
    return False


def _next_in_list(num: Token, previous: Figure | None) -> bool:
    """The figure is the next item of a list whose item before it is `previous`: a number right after the counted
    noun of the figure read before, joined by a comma or "and" ("killing two nuns, three priests and an Indonesian
    journalist", Lee bg_169; "the manslaughter of 18 tourists and three guides", Lee bg_281), whatever the parse
    made of the list."""
    if previous is None or not previous.counted_lemma:
        return False
    i = num.i - 1
    while i >= num.sent.start and num.doc[i].lower_ in LIST_JOINS:
        i -= 1
    item = num.doc[i] if i < num.i - 1 and i >= num.sent.start else None
    return item is not None and lemma(item) == previous.counted_lemma \
        and any(c.dep_ == "nummod" and c.like_num for c in item.children)


def _left_home(num: Token) -> bool:
    """The persons counted are the subject or object of a verb by which they leave their homes ("500 residents
    have left their homes", "Hundreds of people have been forced to vacate their homes", "forced residents to
    flee their homes", "forced from their homes"), or the subject of one by which they shelter away from them."""
    verb = next((t for t, _ in sentcache.verbs_above(num) if t.pos_ == "VERB"), None)
    if verb is None or not any(t.left_edge.i <= num.i <= t.right_edge.i for t in verb.children
                               if t.dep_ in ("nsubj", "nsubjpass", "dobj")):
        return False
    if _sheltering(verb, num):
        return True  # Q2's evacuees: "3,500 people are sheltering in evacuation centres", "have taken refuge in"
    left = [verb] if lemma(verb) in vocab.LEAVING_VERBS else []
    if lemma(verb) in vocab.FORCING_VERBS:
        left = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and lemma(c) in vocab.LEAVING_VERBS]
        left += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "out")]
    return any(lemma(o) in vocab.HOME_NOUNS for t in left for o in t.children if o.dep_ in ("dobj", "pobj"))


def _sheltering(verb: Token, num: Token) -> bool:
    """The persons counted are the active subject of "shelter" or of a verb whose object is "refuge" ("3,500 people
    are sheltering in evacuation centres", "12,000 people have taken refuge in churches"); not persons others
    shelter ("Thousands of Americans were sheltered in Canadian homes", wn2004_048: stranded travellers), nor
    persons who shelter where they are ("500,000 residents were sheltering in place", "sheltered at home")."""
    if lemma(verb) not in vocab.SHELTERING_VERBS and not any(c.dep_ == "dobj" and lemma(c) in vocab.REFUGE_NOUNS
                                                             for c in verb.children):
        return False
    if any(lemma(o) in vocab.STAYING_PUT_NOUNS for p in verb.children if p.dep_ == "prep" for o in p.children):
        return False
    return any(c.dep_ == "nsubj" and c.left_edge.i <= num.i <= c.right_edge.i for c in verb.children)


def _sum_quantity(fig: Figure, parsed: Parsed, quantity: str) -> str:
    """The kind of a sum as its parse says it (Q3): one its clause names, a thing's price or cost, a toll's cost, a
    price paid "at" a rate per unit, a deal's value; else `quantity` as the vocabulary read it."""
    num, noun = parsed.num, parsed.noun
    if quantity in ("money", vocab.SET_ASIDE_KIND):  # a set-aside budget's kind may be named
        return (_money_named_in_clause(num) or ("price" if priced_thing(noun, num) else "") or thing_sum(num, noun)
                or sold_for(parsed.mention.root) or quantity)
    if quantity == "cost":
        return thing_cost(num) or quantity  # "Tickets cost $50" is what a thing sells for, a price
    if quantity == "price":
        return taken_toll(num, fig.counted_lemma) or quantity  # "took a toll of $2 billion": a cost
    if vocab.MONEY_BY_EVENT.get(fig.event) == quantity and paid_at(parsed.mention, parsed.event_tok):
        return "price"  # "bought 2 mln shares at 25 dlrs each", "gave them fertiliser at $40 a bag"
    if quantity == "deal_value":
        return thing_sum(num, noun) or quantity  # deal_value is a deal's; "bought a $3,000 device": price
    return quantity


def _money_named_in_clause(num: Token) -> str:
    """The kind of a sum its clause names when the sum's own words do not: "raise the $30,000 per month they
    estimate will be necessary to cover legal costs" (wn2004_090), "pay one-eighth of the court costs ..., about
    27,000 francs each" (Lee bg_168): a kind noun with no number of its own below the sum or its verb's objects
    (not in its subject or a clause beside it: "speaking about the deal, promised up to $500 million a year in
    savings", wn2004_025); "" when none or more than one kind is named."""
    verb = next((t for t, _ in sentcache.verbs_above(num)), None)
    if verb is None:
        return _money_kind_named([num])
    # every sum of one clause asks the same: once per verb, not once per sum of a list of them
    return sentcache.once(num.doc, "money_named_in_clause", verb.i, lambda: _money_kind_named(
        [c for c in verb.children if c.dep_ not in CLAUSE_ASIDES and not own_clause(c)]))


def _money_kind_named(clause: list[Token]) -> str:
    """The one kind of sum the kind nouns under `clause` name (each noun with no number of its own), else ""."""
    kinds = {vocab.MONEY_QUANTITIES.get(lemma(t), "") for top in clause for t in top.subtree
             if t.pos_ == "NOUN" and not any(c.like_num for c in t.children)}
    kinds.discard("")
    kinds.discard("money")
    return kinds.pop() if len(kinds) == 1 else ""


def _nominal_event(num: Token, duration: bool) -> str:
    """The verb of the event noun a figure measures: "a 5 game suspension" -> suspend, "his indictment of one
    count" -> indict, "a 300 vote difference" -> differ; a duration also of a noun that is itself a verb ("the
    26-hour visit", "his 17-year rule", "22 years of public service"); "" when none. The verb a time leaves room
    for is none: "has one week to appeal" is carried by "has" (E1), "gave them 48 hours to leave" by "gave" (E2)."""
    head = num.head
    if head.pos_ != "NOUN" or num.dep_ not in ("nummod", "compound", "amod", "quantmod"):
        return ""
    first = head.head if head.dep_ == "conj" else head  # "one count of murder and nine counts of kidnapping"
    if lemma(head) in vocab.PERSON_NOUNS | vocab.TROOP_NOUNS:
        return ""  # persons are no event, whatever verb their spelling resembles ("police" is no "pole")
    if not duration and verb_of(lemma(head)) and not prepositional_object(head):
        return verb_of(lemma(head))  # "a 5 game suspension"; "acting on four recommendations" is acting (E2)
    if head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN":
        return verb_of(lemma(head.head), duration)  # "a 5 game suspension", "a 26-hour visit"
    of = first.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    if of is not None and of.head.pos_ == "NOUN":
        return _act_verb(lemma(of.head))  # "his indictment of one count of murder", "the torching of 20 buildings"
    obj = next((c.children for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), ())
    event_noun = next((o for o in obj if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if not duration or event_noun is None:
        return ""
    # "22 years of service"; "three days of detainee riots" (woomera_detention_unrest bg_084): a noun derived from
    # a verb, or one that is itself a verb when its first sense is that act; "two days of evidence is revealing"
    # (interlaken_canyoning_trial bg_254) is no act of evidencing, the verb says what happened
    key = lemma(event_noun)
    return verb_of(key) or (key if act_verb(key) == key else "")


def _act_verb(noun: str) -> str:
    """The verb of an event noun whose "of" phrase holds the figure, a gerund's too: "the torching of more than
    20 buildings" (woomera_detention_unrest bg_089), as the gold reads "two days of official mourning" (Peru's
    fire, Lee bg_011: left to the time's verb, since "includes a mandated 8 hours of training" is include,
    wn2004_037); "" when none."""
    stem = noun[:-len(GERUND)] if noun.endswith(GERUND) else ""
    gerund = next((v for v in (stem, stem + "e") if len(stem) >= MIN_STEM and v in known_verbs()), "")
    return verb_of(noun) or gerund


def _subject_verb(noun: Token | None) -> Token | None:
    """The verb the counted noun is the subject of, when it says an event ("16 more MPs have recently
    deserted"); None for framing, reporting and level verbs."""
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    carried = subject_infinitive(noun) or subject_modal(noun)
    if carried is not None:
        return carried  # "warheads come to be stored": stored; "Eight people are to appear": appear (E2)
    if noun.head.pos_ != "VERB":
        return None
    key = lemma(noun.head)
    if key in words.FRAME_WORDS | words.REPORTING_VERBS | vocab.LEVEL_VERBS:
        return None
    return noun.head


def _definite_count(parsed: Parsed) -> bool:
    """ "the two largest mobile networks", "the 52-member parliament", "their 2,500 employees": a count inside a
    definite noun phrase, or of persons someone has, describes the things named, it is no event's figure."""
    num = parsed.num
    head = num.head
    if num.dep_ not in ("nummod", "compound", "amod") or head.pos_ != "NOUN" or head.i < num.i:
        return False
    head = head.head if head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN" else head
    if any(c.dep_ in ("acl", "relcl") for c in head.rights):
        return False  # "the 27 soldiers cited for that killing": the clause after it says what happened
    persons = lemma(head) in vocab.PERSON_NOUNS  # "their 2,500 employees" (bg_203), "the woman's three children" (bg_178)
    return any(((c.dep_ == "det" and c.lower_ == "the") or (persons and c.dep_ == "poss")) and c.i < num.i
               for c in head.children)


def _changed_quantity(parsed: Parsed, event: str) -> str:
    """What a per cent change is a change of, when the text names it: X in "a 10 per cent drop in X" (Lee bg_171
    drug deaths, bg_279 "a 0.8 per cent fall in the number of job advertisements"), the subject of "X has increased
    by 2 per cent" (Lee bg_172), through "the number of X"; a rate by its kind ("the national unemployment rate
    of 7.25 per cent", Lee bg_279; "cut the cash rate to 4.25 per cent", Lee bg_244). "" when none is named, or
    when the figure is no change and no rate (a share stays a share). A change of a sum of money is of that kind
    of money ("cuts of 9.9%" in benefits, wn2004_097; as the gold's "down 30%" of aid, wn2004_021)."""
    thing = changed_thing(parsed.noun, parsed.num)
    size = size_noun(parsed.noun, parsed.num) if thing is None else None
    thing = earlier_thing(size) if size is not None else thing  # "a further cut of 0.25 of a per cent" (Lee bg_244)
    if thing is None:
        return ""
    if lemma(thing) in words.CONTAINER_NOUNS:
        thing = of_object(thing, parsed.mention)
        if thing is None:
            return ""
    if lemma(thing) == "rate":
        kind = next((c for c in reversed(list(thing.lefts)) if c.dep_ == "compound" and c.pos_ == "NOUN"
                     and c.lower_ not in vocab.RATE_QUALIFIERS), None)  # the kind nearest "rate"
        return rate_quantity(lemma(kind)) if kind is not None else bare_rates(thing)  # "rates will be cut"
    if thing.pos_ in ("NOUN", "PROPN") and index_named(thing):
        return "index_level"  # "The Dow Jones Industrial Average fell 1.2 per cent" (the table's "Dow")
    if thing.pos_ not in ("NOUN", "PROPN") or (thing.ent_type_ in ("PERSON", "ORG", "GPE", "DATE", "TIME")
                                               and lemma(thing) not in vocab.RATE_NOUNS):
        return ""  # a rate noun is a rate whatever name the entity tagger gives it ("Turnout was 67 per cent")
    if line := thing_line(thing):  # "Acme's share price fell 4 per cent", "economic growth up 0.9 per cent" (Q7)
        return line
    if named := two_word_kind(thing):
        return named  # "net income of 1.89 billion pesos, up 68 pct": the table's two words, profit
    if money_noun(lemma(thing)):  # "cuts of 9.9%" in benefits (wn2004_097): money changes, a share of nothing
        return money_kind(lemma(thing), event)
    return quantity_of(lemma(thing), event, "count", "count", thing.ent_type_)


def _role(noun: Token | None) -> str:
    """How the counted noun stands in its clause, where that changes what persons count: "agent" when it is the
    subject of a verb with an object ("Two Palestinian gunmen also killed an Israeli", Lee bg_014; "The three
    Palestinians opened fire", bg_014; "the 19 hijackers who commandeered the four jets", wn2004), "modifier" when
    it describes the noun after it ("a three-judge panel", Lee bg_169; "the 52-member parliament", wn2004_059)."""
    if noun is None:
        return ""
    if noun.dep_ == "nsubj" and any(_object(c) for c in noun.head.children):
        return "agent"
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return "agent"  # "was shot dead by two policemen": the police did it (GUIDE Q4)
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        return "modifier"
    return ""


def _time_units(parsed: Parsed) -> bool:
    """A number on a time unit with a word between them that kept the number parser from reading the unit
    ("more than 22 consecutive years", wn2004_049; "the six remaining months"): a duration, as "22 years" is."""
    head = parsed.num.head
    return parsed.num.dep_ == "nummod" and head.pos_ == "NOUN" and lemma(head) in DURATION_UNITS


def _object(t: Token) -> bool:
    """A verb's real object: not a participle clause the parser took for one ("2,000 North Korean troops killed
    fighting for Russia", a headline's passive)."""
    return t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not t.lower_.endswith("ing")


def _measurement(fig: Figure, parsed: Parsed, quantity: str, dimension: str) -> tuple[str, str]:
    """(quantity, dimension) of a count that is a measurement its words say: an age in years, a number of time
    units, storeys, a quake's magnitude, a rating on a named scale; of a tonnage or volume, the amount of goods
    it is (`goods_amount`); else as given."""
    noun = parsed.noun
    if quantity == "age" and dimension == "count":
        return quantity, "duration"  # "age 21": years
    if dimension == "count" and _time_units(parsed):
        return "duration", "duration"  # "more than 22 consecutive years of public service"
    if _storeys(fig, noun):
        return "height", "length"  # "a new 15-story external fuel tank": how tall it is
    if dimension == "count" and quake_magnitude(parsed.num, noun, fig.value, fig.kind):
        return "magnitude", "magnitude"  # "a 6.1 quake": its size, not a count of quakes
    if dimension == "count" and scale_rating(parsed.num, fig.kind, fig.unit):
        return "index_level", "magnitude"  # "rated 4 on the Torino scale": an asteroid scale
    if dimension in vocab.GOODS_DIMENSIONS and quantity == vocab.QUANTITY_OF_DIMENSION[dimension]:
        return goods_amount(parsed.mention) or quantity, dimension  # "stocks fell 2 mln barrels"
    return quantity, dimension


def _storeys(fig: Figure, noun: Token | None) -> bool:
    """ "a 15-story fuel tank", "four-storey apartment buildings": storeys on the noun they describe measure its
    height (a bare "two stories" may be news stories)."""
    return fig.counted_lemma in vocab.STOREY_NOUNS and noun is not None \
        and noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "NOUN"


def _more(parsed: Parsed) -> bool:
    """ "ten more in Thailand", "27 more children missing": "more" on the figure. After a figure of another
    quantity or place in the same sentence it adds a count of another kind ("1,000 killed in Myanmar and ten
    more in Thailand", Myanmar earthquake; "51 people are killed ... with 27 more children missing", Texas
    floods), no batch of the same count."""
    near = [parsed.num.head, *parsed.num.children, *(parsed.noun.children if parsed.noun is not None else ())]
    return any(t.lower_ == "more" for t in near)


def _differ(a: str, b: str) -> bool:
    """Two read values, both known, that are not the same."""
    return bool(a and b and a != b)


def _included(parsed: Parsed) -> bool:
    """ "at least 51 people, including seven women": the figure counts part of the group before it, and so does
    every part listed with it ("including seven women and twelve children")."""
    t = parsed.noun if parsed.noun is not None else parsed.num
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in ("including", "among")


def _reported(num: Token) -> bool:
    """The figure stands in what someone says, expects or predicts, and no verb of state carries it ("reported a
    profit of $1.4 billion"); "he said that business will be $3 billion", "it expects to have 200,000 customers" are
    levels a verb of state carries, `measured` whoever says them (GUIDE revision 2, E1)."""
    return sentcache.any_above(num, _statement_verb) and not states(num)


def _statement_verb(t: Token) -> bool:
    """A verb of saying, expecting or predicting."""
    return t.pos_ in ("VERB", "AUX") and lemma(t) in vocab.STATEMENT_VERBS
