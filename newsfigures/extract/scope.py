"""The scope of a figure: a running total, a batch, a per-period rate, a share of a whole, a rate, a
projection, or the size of a change."""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.ahead import is_plan_done, is_plan_object, is_planned, is_thing_length, is_time_ahead
from newsfigures.extract.change_level import SIZE, adverb_of_level, change_role
from newsfigures.extract.change_size import is_change_size
from newsfigures.extract.market import SHARE, unit_priced
from newsfigures.extract.period_clause import clause_period
from newsfigures.extract.tree import lemma, standing_for
from newsfigures.extract.window import counts_window, is_level_reached
from newsfigures.extract.word_senses import verb_class

PERIOD_WINDOW = 6  # tokens after the figure (or its noun) where "a day", "per year" may stand
CLIMB = 4  # ancestors looked at for a forecasting word
LEVEL_DIMENSIONS = ("percent", "percentage_point", "points")  # dimensions whose figures can be a change's size
CONDITIONAL_MARKS = frozenset({"if"})  # the marks of a clause that states a condition
CONDITION_REACH = frozenset({"xcomp", "ccomp", "conj"})  # verbs through which an "if" above reaches a figure
CONCESSIVE_ADVERBS = frozenset({"even"})  # "even if": the clause it hangs on holds whatever the condition
# Words whose "if" clause is a question, not a condition ("investigating if", "unclear if"); not "say", whose "if"
# clause may be a condition it reports ("says if fire activity increases ... will be cancelled", Lee bg_008)
QUESTION_HEADS = frozenset({"ask", "wonder", "know", "check", "investigate", "determine", "decide",
                            "examine", "establish", "verify", "see", "doubt", "question", "clear", "unclear", "sure"})
DEFINITE_DETERMINERS = frozenset({"the", "these", "those"})  # they name a group the reader knows
UNITLESS_DIMENSIONS = frozenset({"count", ""})  # a fraction with these is a part of a whole ("half the voters")
KILLING_WITH_COMPLEMENT = frozenset({"shoot"})  # verbs that kill when their complement says so ("shot dead")
THING_LENGTH_DIMENSIONS = frozenset({"duration", "length"})  # C4: "a 24-hour strike", "a 30-kilometre fence"
INCIDENT_CLASSES = frozenset({"killed", "injured"})  # event_verbs.txt classes of a verb that kills or wounds
EARLIER_LEVEL_ADVERBS = frozenset({"up", "down"})  # "up from $1.5 billion": the level a rise started from


def scope_of(num: Token, mention: Span, noun: Token | None, kind: str, dimension: str,
             incremental: bool) -> str:
    """total | incremental | daily | weekly | monthly | annual | share | rate | projection | change."""
    if in_conditional(num):
        return "projection"
    if dimension in THING_LENGTH_DIMENSIONS and is_thing_length(num, dimension):
        return "total"  # C4: "will lift a four-year ban"
    if is_change(num, mention, noun, dimension):
        # the guide's settled line: a forecast rise is C3's projection, over C1's change
        planned = forecast_above(num) or _possible(num) or is_plan_done(num)  # "plans to cut costs by 20 per cent"
        return "projection" if planned and not _stated_past(num) else "change"
    if _per_head(mention, noun):
        return "rate"  # "20 per 100,000 residents": a level per capita (scope line)
    period = "" if dimension == "ratio" else per_period(mention, noun) or clause_period(num, dimension)
    if period:  # a ratio's period is the compared quantity's: "three times his annual salary" (Lee bg_194)
        return period
    started = _earlier_level(num, mention)  # "expected to narrow to $13 billion from $14.8 billion": no forecast
    if not started and (is_projection(num) or (dimension == "duration" and is_time_ahead(num))):
        return "projection"
    if not dimension.startswith("currency:") and is_plan_object(num):
        return "projection"  # C4: "plans to cut about 1,000 jobs"; a planned sum is the dev gold's `total` (wn2004_093)
    if _proportion(kind, dimension):
        return "rate" if _rate_moved_to(num) else _share_or_rate(noun, dimension)
    if incremental and is_planned(num):
        return "projection"  # C4: a batch still to come ("a further 200 hectares will be free")
    if dimension not in ("count", "points") and not dimension.startswith("currency:"):
        return "total"  # a measurement is a level, never a batch
    if incremental or _recent_period(num):
        return "incremental"
    return "total"


def _proportion(kind: str, dimension: str) -> bool:
    """A percent or a fraction of a whole; a fraction that carries a unit is a measure of that unit ("died about
    3 1/2 hours later", Lee cor_030; "more than half an hour", Lee bg_118, once its unit is read), scoped as one."""
    if dimension in ("percent", "fraction", "percentage_point") or kind == "percent":
        return True
    return kind == "fraction" and dimension in UNITLESS_DIMENSIONS


def is_change(num: Token, mention: Span, noun: Token | None, dimension: str) -> bool:
    """ "rose 8%", "up 22 percent", "fell by 52 points", "cuts of 9.9%": the figure is the size of a change."""
    role = change_role(mention)  # "rose by 20 to 1,200": the words say which is the size, whatever the tree
    if role:
        return role == SIZE
    level = dimension in LEVEL_DIMENSIONS
    if change_adverb(mention, dimension) or _difference(num) or is_change_size(num, mention, noun, dimension):
        return True
    if noun is not None and lemma(noun) in vocab.CHANGE_NOUNS and not _sum_gained_or_lost(num, noun, dimension):
        return True
    top = noun if noun is not None and num.head == noun else _top_of(num, mention)  # "by 52 points"
    head = top.head
    if top.dep_ == "pobj" and head.lower_ == "by" and lemma(head.head) in vocab.MOVE_VERBS:
        return True
    return level and top.dep_ in ("dobj", "npadvmod", "advmod") and lemma(head) in vocab.MOVE_VERBS


# "a loss of 1.2 billion in March to 34.5 billion": a move, no result ("on" names a day as often, "a loss of $310
# million on Wednesday"; "against" a result of a year before, "a net loss of $6 million against a profit of $2 million")
MEASURED_AGAINST = frozenset({"over", "to"})
LEVEL_PREPOSITIONS = frozenset({"at", "to"})  # "closed at $45.10", "rose to $12,000": the level a price stands at


def _sum_gained_or_lost(num: Token, noun: Token, dimension: str) -> bool:
    """ "a net loss of $8.6 million", "an extraordinary gain of 632,000 dlrs": a sum a company gains or loses is its
    result, no size of a change (company results of wire and business news); a move of a price or a level stays a
    change: measured against another level or time ("to 34.5 billion", "from Friday"), set beside the level it moved
    ("closed at $45.10, a gain of $1.35") or per unit of a good ("a gain of $12.50 an ounce"). "a fall of 1.5 billion
    stg" and "a gain of 5 per cent" stay changes."""
    if lemma(noun) not in vocab.SOURCE_CHANGE_NOUNS or not dimension.startswith("currency") or _beside_level(noun):
        return False
    return not any(_measured_against(c) for c in noun.children) and unit_priced(num) in ("", SHARE)


def _beside_level(noun: Token) -> bool:
    """The gain or loss stands beside the level a verb put a price at ("closed at $45.10, a gain of $1.35")."""
    head = noun.head
    return noun.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ in LEVEL_PREPOSITIONS


def _measured_against(prep: Token) -> bool:
    """A phrase that sets a gain or loss against another level or time ("to 34.5 billion", "from Friday"); a "from"
    naming where it came from ("from the sale of its unit") does not."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in MEASURED_AGAINST:
        return True
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    return prep.lower_ == "from" and obj is not None and obj.ent_type_ in words.TIME_LABELS


def _difference(num: Token) -> bool:
    """ "stands at 45, eight fewer than for the same time last year", "9,500 fewer jobs were advertised": the
    figure is the gap between two counts ("no fewer than 300" is a bound, the word before the number)."""
    return num.i + 1 < len(num.doc) and num.doc[num.i + 1].lower_ in vocab.DIFFERENCE_WORDS


def change_adverb(mention: Span, dimension: str) -> str:
    """rose | fell when an adverb right before a figure says which way it moved: a level figure's ("up 22 percent",
    "down 30%"), or any figure's after a form of "be" ("stocks were up 3.2 mln barrels", "the toll is up 300"),
    else ""."""
    before = mention.doc[mention.start - 1] if mention.start > 0 else None
    if before is None or before.lower_ not in vocab.CHANGE_ADVERBS or _part_of_particle(before):
        return ""
    after_be = before.dep_ == "advmod" and lemma(before.head) == "be"
    if not after_be and (dimension not in LEVEL_DIMENSIONS or before.lower_ in vocab.BE_ADVERBS):
        return ""
    return vocab.CHANGE_ADVERBS[before.lower_]


def adverb_level(mention: Span) -> str:
    """rose | fell for the level a "be" moved with a change adverb reached, stood at or started from ("Net income was
    up 12 percent to $4.1 billion", "stocks were up 700,000 barrels to 516.5 mln"): it takes the move's direction,
    as the "to" of "rose 12 percent to" does; "" otherwise."""
    top = mention.root  # its head lies outside the mention
    adverb = adverb_of_level(top.head) if top.dep_ == "pobj" else None
    return vocab.CHANGE_ADVERBS[adverb.lower_] if adverb is not None else ""


def _part_of_particle(word: Token) -> bool:
    """The particle of a verb that says what a figure is a part of ("make up 40 per cent of the economy", "takes up
    a third of the budget"), which says no direction of a change."""
    return word.dep_ == "prt" and lemma(word.head) in vocab.PART_OF_PHRASALS


def per_period(mention: Span, noun: Token | None) -> str:
    """daily | weekly | monthly | annual when the figure is given per period ("$177 million spent every day",
    "$30,000 per month", "annual revenue"), else ""; a period past a word of comparison is the compared
    quantity's ("28 per cent above average weekly earnings", Lee bg_128)."""
    if noun is not None:
        for c in noun.lefts:
            if c.dep_ == "amod" and c.lower_ in vocab.PERIOD_ADJECTIVES:
                return vocab.PERIOD_ADJECTIVES[c.lower_]
    doc = mention.doc
    start = noun.i + 1 if noun is not None and noun.i >= mention.end else mention.end
    end = min(start + PERIOD_WINDOW, mention.sent.end)
    for t in doc[start:end]:
        if t.is_punct or t.lower_ in vocab.COMPARED_WITH:
            return ""
        if t.lower_ in vocab.PERIOD_ADJECTIVES:
            return vocab.PERIOD_ADJECTIVES[t.lower_]
        after = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if t.lower_ in vocab.PERIOD_NOUNS and doc[t.i - 1].lower_ in vocab.PERIOD_ARTICLES \
                and after not in vocab.NOT_PERIOD_AFTER:
            return vocab.PERIOD_NOUNS[t.lower_]
    return ""


def is_projection(num: Token) -> bool:
    """ "could increase to over 100,000", "might approach 80,000", "is expected to reach": a modal on the
    figure's own verb, a future someone reports, or a forecasting word above it."""
    verb = _verb_of(num)
    if verb is not None and (any(c.dep_ == "aux" and _modal(c) for c in verb.children)
                             or (_reported_future(verb) and not _known_subject(num, verb))):
        return True
    return forecast_above(num)


def _earlier_level(num: Token, mention: Span) -> bool:
    """The figure is the level a move starts from, in the "from" phrase of a verb of moving or of "up"/"down"
    ("is expected to narrow to $13 billion from $14.8 billion in January", "forecast to rise to 500 from 420",
    "expect profit of $2 billion, up from $1.5 billion a year earlier"): a level already reached, which the forecast
    above the move does not make a projection."""
    top = _top_of(num, mention)
    prep = top.head
    if top.dep_ != "pobj" or prep.lower_ != "from":
        return False
    mover = prep.head
    return mover.lower_ in EARLIER_LEVEL_ADVERBS or (mover.pos_ == "VERB" and lemma(mover) in vocab.MOVE_VERBS)


def _stated_past(num: Token) -> bool:
    """The figure's own verb is a finite past ("expected profit to fall, but it rose 12 per cent"): a change that
    happened, whatever forecast is above it."""
    verb = _verb_of(num)
    return verb is not None and verb.tag_ == "VBD"


def _modal(aux: Token) -> bool:
    """A modal of what could be, "would" also as a "'d" before a verb's base form ("I'd distribute a one page
    memo", wn2004_039), not the "'d" of "had" before a participle ("they'd seen")."""
    return aux.lower_ in vocab.PROJECTION_MODALS or (aux.lower_ in vocab.MODAL_CONTRACTIONS and aux.head.tag_ == "VB")


def _possible(num: Token) -> bool:
    """A possibility modal on the figure's own verb ("Sea levels could rise by one metre", "Profits may fall 10 per
    cent"): a rise or fall that is forecast or hypothetical, C3's projection over C1's change (the guide's settled
    line); not "would" (wn2004_097's hypothetical "would" changes are `change`) nor "will" (stop 31); the modal
    before a base form only: "The economy may have shrunk 2 per cent in the quarter" hedges a change that happened
    (review37a)."""
    verb = _verb_of(num)
    return verb is not None and verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in vocab.POSSIBILITY_MODALS for c in verb.children)


def _per_head(mention: Span, noun: Token | None) -> bool:
    """The figure is given per a number of people or things right after it ("20 per 100,000 residents", "3 doctors
    per 1,000 people"): a rate per capita."""
    doc = mention.doc
    start = noun.i + 1 if noun is not None and noun.i >= mention.end else mention.end
    return start + 1 < mention.sent.end and doc[start].lower_ in vocab.PER_WORDS and doc[start + 1].like_num


def forecast_above(num: Token) -> bool:
    """A forecasting word on the figure or up to CLIMB ancestors above it ("is expected to reach", "it is expected
    emissions ... will be reduced by at least 40 per cent", Lee bg_022)."""
    return any(lemma(t) in vocab.PROJECTION_WORDS for t in [num, *islice(num.ancestors, CLIMB)])


def _reported_future(verb: Token) -> bool:
    """A "will" clause a speaker's verb reports states what they expect: "he also said that business between
    Brazil and Korea in 2004 will be US$3 billion" (Wikinews 016), "Torres has said Taricani will receive no more
    than six months" (Wikinews 032); the narrator's own "will have 3,500 stores" states a plan, and "announced
    that it will not take its 90 seats" (Wikinews 074) expects no figure."""
    children = list(verb.children)
    return (verb.dep_ == "ccomp" and lemma(verb.head) in words.REPORTING_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "will" for c in children)
            and not any(c.dep_ == "neg" for c in children))


def _known_subject(num: Token, verb: Token) -> bool:
    """The figure counts the subject of `verb`, a group "the" names as known: "The 12 miners, who were rescued on
    Monday, will be released next week, officials said" reports what will happen to them, not how many they are."""
    noun = num.head if num.dep_ == "nummod" else num
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head == verb and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def in_conditional(num: Token) -> bool:
    """The figure stands in a condition or in what follows from one: "even if we were down 2-0" (Lee bg_299),
    "If we do see economic growth up around 0.9 per cent" (Lee bg_251), "If convicted they face one year jail
    sentence" (Lee bg_281), "could perish if disease spreads" (Wikinews 081)."""
    verb = _verb_of(num)
    if verb is not None and any(_conditional_clause(c) and not _concessive(c) for c in verb.children):
        return True
    return _inside_condition(num)


def _inside_condition(num: Token) -> bool:
    """The figure is in an "if" clause: its own verb's, or one its verb completes or continues; a verb that only
    describes ("a cycle of disintegration, flowing from ... its two largest provinces", Lee bg_240) or says when
    ("when clearly we had something like 1,000 arrivals in August", Lee bg_228) states a fact of its own."""
    for verb, _ in sentcache.verbs_above(num):
        if _conditional_clause(verb):
            return True
        if verb.dep_ not in CONDITION_REACH:
            return False
    return False


def _conditional_clause(t: Token) -> bool:
    """An adverbial clause "if" opens, not a question a word of asking or knowing puts ("police are investigating
    if the fire, which killed 12 people, was lit", "it is unclear if ...")."""
    return t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children) \
        and not _asks(t.head)


def _concessive(clause: Token) -> bool:
    """ "even if": the clause concedes, what it hangs on is stated as a fact ("12 people were killed, even if
    officials have not confirmed the toll")."""
    return any(c.dep_ == "advmod" and c.lower_ in CONCESSIVE_ADVERBS for c in clause.children)


def _asks(head: Token) -> bool:
    """`head` puts its "if" clause as a question: a verb of asking or knowing, or "clear" ("is not clear if")."""
    return lemma(head) in QUESTION_HEADS or any(c.dep_ == "acomp" and lemma(c) in QUESTION_HEADS
                                                for c in head.children)


def is_one_incident(num: Token) -> bool:
    """ "Israeli strikes kill at least 30 people", "471 people are killed by an explosion", "an earthquake
    strikes, killing eight people": a casualty verb in a simple tense whose clause names what did it, or that
    tells as a participle what one act did, counts one incident; the perfect ("have been killed since October")
    keeps a running total."""
    verb = _verb_of(num)
    if verb is None or not _casualty_verb(verb):
        return False
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:  # "471 people are killed and 314 others are injured"
        first = first.head
    clause = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB"), *_gapped_verbs(first)]
    participle = first.dep_ == "advcl" and first.tag_ == "VBG" and first.head.pos_ == "VERB"
    clause += [first.head] if participle else []  # "strikes, killing eight"
    if any(c.dep_ == "aux" and lemma(c) == "have" for v in clause for c in v.children) and _running(clause, num):
        return False
    # the participle tells what one act did, whoever did it: "opened fire on the residents, killing two teenage
    # Israelis" (Lee bg_014), "threw two grenades at soldiers and border police, injuring one policeman" (Lee bg_044)
    return participle or any(_names_cause(v, num) for v in clause)


def _gapped_verbs(verb: Token) -> list[Token]:
    """The participles of conjuncts whose verb is gapped: "At least 24 civilians were killed and 15 injured in
    weekend bombing raids" (Lee bg_200), where the parser makes "15" the conjunct and "injured" its modifier; the
    cause they name is shared as a full conjunct's is ("471 people are killed and 314 others are injured by an
    explosion", gaza_war 2023-10-17)."""
    return [a for c in verb.children if c.dep_ == "conj" and c.pos_ == "NUM"
            for a in c.children if a.dep_ == "acl" and a.pos_ == "VERB"]


def _casualty_verb(verb: Token) -> bool:
    """A verb of killing or wounding, or a shooting its complement makes one: "have shot dead five Palestinians"
    (Lee bg_277), "have shot dead eight suspected militants" (Lee bg_001); "left 3,500 people dead" is no act."""
    if words.EVENT_FAMILIES.get(lemma(verb)) in vocab.INCIDENT_FAMILIES or verb_class(lemma(verb)) in INCIDENT_CLASSES:
        return True  # the whole WordNet class of killing and wounding: "a mob lynched two soldiers"
    return lemma(verb) in KILLING_WITH_COMPLEMENT and any(
        c.dep_ in ("acomp", "oprd") and words.EVENT_FAMILIES.get(lemma(c)) == "killed" for c in verb.children)


def _running(clause: list[Token], num: Token) -> bool:
    """A perfect that keeps a running total: passive ("have been killed since October") or counting to a time
    ("since", "so far", "to date"); an active perfect with its agent reports one incident ("Israeli soldiers have
    shot dead five Palestinians in two West Bank towns", Lee bg_277; "Indian security forces have shot dead eight
    suspected militants in a night-long encounter", Lee bg_001); a verb with no object ("Five people have died in
    Queensland, ... one in South Australia", Lee bg_043) keeps a running total."""
    agent = any(any(c.dep_ == "nsubj" and num not in c.subtree for c in v.children)
                and any(c.dep_ == "dobj" for c in v.children) for v in clause)
    return not agent or any(t.lower_ in vocab.RUNNING_WORDS for v in clause for t in v.subtree)


def _names_cause(verb: Token, num: Token) -> bool:
    """The clause of `verb` names a cause: a common-noun subject of an active verb ("airstrikes kill"), the noun a
    relative clause's subject stands for ("a device that killed 15"), an agent ("by an explosion") or "in" an
    event ("in Israeli strikes"), not a place, a time or the victims themselves ("with 5,600 others injured"),
    nor, in a clause that recalls it, the story's own event, which "the" names: "after the main earthquake killed
    more than 47,000 people" (Turkey-Syria 2023-02-20), "after the tragedy which killed 21 people" (Lee bg_161)."""
    for c in verb.children:
        target = _cause_word(verb, c)
        if target is not None and _common_noun(target) and not target.ent_type_ and num not in c.subtree \
                and lemma(target) not in vocab.RECENT_PERIOD_UNITS | vocab.PERIOD_NOUNS.keys() \
                and not (verb.dep_ in ("relcl", "advcl") and _definite(target)):
            return True
    return False


def _common_noun(t: Token) -> bool:
    """A common noun, or a plural noun the tagger reads as a verb in -s where the parser makes it a subject, which
    no verb can be: "Israeli Air Force airstrikes in Jabalia kill at least 90 people" (gaza_war 2023-12-17), "a
    phew pounds more lean" (wn2004_071)."""
    return t.pos_ == "NOUN" or (t.tag_ == "VBZ" and t.dep_ in ("nsubj", "nsubjpass"))


def _definite(noun: Token) -> bool:
    """ "the tragedy", "the main earthquake": a noun "the" makes one the reader already knows."""
    return any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)


def _cause_word(verb: Token, child: Token) -> Token | None:
    """The noun `child` of `verb` offers as what did it: its subject, the antecedent of a relative pronoun
    subject ("tank fire which killed the three gunmen", Lee bg_014; "a triple bombing in Jerusalem which killed
    10 young Israelis", Lee bg_283), the object of its agent or of its "in"."""
    if child.dep_ == "nsubj":
        return standing_for(child)
    if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "in"):
        return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _share_or_rate(noun: Token | None, dimension: str) -> str:
    """A percent or fraction: a rate when its noun is one ("the unemployment rate"), a change when it is in
    percentage points, else a share of a whole."""
    if noun is not None and _rate_noun(noun):
        return "rate"
    return "change" if dimension == "percentage_point" else "share"


def _rate_moved_to(num: Token) -> bool:
    """The figure is the level a rate is moved to: in the "to" phrase of a verb whose object or subject is a rate
    noun, "cut a key interest rate by a quarter-point to a 40-year low of 1.75 per cent", "cut the discount rate
    ... by the same quarter-point margin to 1.25 per cent" (Lee bg_170, the US Federal Reserve), "taking the cash
    rate to 4.25 per cent" (Lee bg_244, the Reserve Bank of Australia)."""
    verb = _verb_of(num)
    if verb is None:
        return False
    path = list(num.ancestors)
    path = path[:path.index(verb)] if verb in path else path
    if not any(t.dep_ == "prep" and t.lower_ == "to" for t in path):
        return False
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and _rate_noun(standing_for(c)) for c in verb.children)


def _rate_noun(noun: Token) -> bool:
    """A rate noun, or a noun a rate noun compounds ("the unemployment rate", "cash rate", "interest rates"); not
    an interest that is a stake in something ("a 5.35 pct interest in Acme Corp", "80 pct of its working interest
    in the field")."""
    if _stake(noun):
        return False
    return lemma(noun) in vocab.RATE_NOUNS or any(lemma(c) in vocab.RATE_NOUNS for c in noun.lefts)


def _stake(noun: Token) -> bool:
    """ "interest" written as a holding ("its working interest", "a controlling interest"), or held "in" something
    with a determiner or a possessor ("a 27 pct interest in Acme", "Beta's 65 pct interest in its unit") or in a
    company: a share owned, not a rate (stop 63: 18 wire items of many deals write "a N pct interest in X"); "12 pct
    interest in the region" stays a rate."""
    if lemma(noun) != "interest":
        return False
    if any(c.lower_ in vocab.STAKE_WORDS for c in noun.lefts):
        return True
    held_in = [o for p in noun.rights if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    owned = any(c.dep_ in ("det", "poss") for c in noun.lefts)  # "a", "the remaining", "Beta's"
    return any(owned or o.ent_type_ == "ORG" for o in held_in)


def _recent_period(num: Token) -> bool:
    """ "killed in the past 24 hours", "overnight raids": the figure's clause counts the period just past; a level
    the clause moves a count to ("the toll rose to 40 in the past week") is no batch."""
    if is_level_reached(num):
        return False
    verb = _verb_of(num)
    key = verb.i if verb is not None else -1 - num.sent.start
    return sentcache.once(num.doc, "recent_period", key, lambda: _counts_recent_period(verb, num))


def _counts_recent_period(verb: Token | None, num: Token) -> bool:
    """Whether the clause of `verb` (the sentence of `num` without one) names the period just past or a window
    it counts over (C3)."""
    if verb is not None and counts_window(verb, num):
        return True
    clause = sorted(verb.subtree if verb is not None else num.sent, key=lambda t: t.i)
    for i, t in enumerate(clause):
        if t.lower_ in vocab.RECENT_PERIOD_WORDS:
            return True
        if t.lower_ in ("past", "last") and any(w.lower_ in vocab.RECENT_PERIOD_UNITS for w in clause[i + 1:i + 3]):
            return True
    return False


def _verb_of(num: Token) -> Token | None:
    """The first verb above the number: the clause the figure is an argument of."""
    return next((verb for verb, _ in sentcache.verbs_above(num)), None)


def _top_of(num: Token, mention: Span) -> Token:
    """The highest token of the mention's number in the tree (its attachment to the clause)."""
    t = num
    while t.head != t and t.head in mention:
        t = t.head
    return t

