"""What a per cent change or comparison is of: the noun a rise or fall verb or a change noun moves, and, when the
figure's own phrase names nothing (GUIDE C1: "a per cent or any other size of a rise or fall"; the quantity is the
thing that changed): the subject an "up"/"down" is said of ("Foreign aid is down 30 per cent"), the thing a
comparison is of ("28 per cent above average weekly earnings", Lee bg_128), the noun a move verb the parser hung on
it describes ("Gross domestic product expanded by 2.3 per cent"), and the kind of bare "rates" ("rates will be cut
by 0.25 per cent", Lee bg_251: interest rates, as news writes them unqualified); for a change noun that names no
thing, what the nearest rise or fall verb before it moves ("has cut official interest rates again. ... a further cut
of 0.25 of a per cent", Lee bg_244). What "it" or "this" stands for ("It has dropped 14 per cent", Lee bg_279;
"This is down 30%", wn2004_021) was measured and dropped: on dev it found the antecedent but no right quantity
(docs/findings/quantity.md, "(stop 39)")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.market import share_priced
from newsfigures.extract.pipeline import sentence_before
from newsfigures.extract.quantity_lines import changed_compound, economy_word, persons_pay
from newsfigures.extract.tree import lemma, standing_for
from newsfigures.numbers import NumberMention

COMPARING_WORDS: frozenset[str] = frozenset({"above", "below"})  # "28 per cent above average weekly earnings"
# Words a comparison measures against that are no thing of their own ("60 per cent below average", "above the
# forecast"): the clause's subject is what is compared.
REFERENCE_NOUNS: frozenset[str] = frozenset({"average", "normal", "forecast", "expectation", "estimate", "level",
                                             "target", "trend"})
PERCENT_UNITS: frozenset[str] = frozenset({"%", "percent", "cent", "pc"})
# The number parser's kinds of a mention that states a level: no per cent, year or date ("466,140 vehicles", not
# "five pct less than forecast" nor "1986 net profits").
LEVEL_KINDS: frozenset[str] = frozenset({"cardinal", "money", "measure"})
SUBJECTS = ("nsubj", "nsubjpass")
RATES = "rates"  # the plural a news story writes unqualified for interest rates ("rates will be cut")
INTEREST_RATE = "interest_rate"
# What a bank does to its rates ("rates will be cut by 0.25 per cent"); bare "rates" that rise or fall of themselves
# may be any rate (a council's, an illness's), so they name no kind.
SETTERS_VERBS: frozenset[str] = frozenset({"cut", "raise", "lift", "hike", "lower"})
# The nouns that name the size of a change, for a per cent whose thing is named before them: the change nouns and
# two a news story writes of a level that moved ("a shift of 1 per cent going up", Lee bg_172; "a swing of 6 per cent").
SIZE_NOUNS: frozenset[str] = vocab.CHANGE_NOUNS | {"shift", "swing"}
LOOK_BACK = 2  # sentences before its own that a change noun's thing is looked for in (Lee bg_172: two)


def changed_thing(noun: Token | None, num: Token) -> Token | None:
    """The noun a per cent figure moves: after "in" on a change noun, the object of a rise or fall verb that has
    one (its subject made the change: "The United States Federal Reserve has cut a key interest rate by a
    quarter-point to a 40-year low of 1.75 per cent", Lee bg_170), else its subject ("X has increased by 2 per
    cent"), or the rate the figure is the level of."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for t in (num, num.head) for c in t.children):
        return None  # "reduced to 20% of pre-retirement earnings": a share of a whole
    if noun is not None and lemma(noun) in vocab.CHANGE_NOUNS:
        return next((g for c in noun.rights if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None) \
            or changed_compound(noun, num)  # "a 9 per cent fall in October": no thing; "an 8 per cent pay rise"
    if noun is not None and lemma(noun) in ("rate", *words.CONTAINER_NOUNS):
        return noun
    verb = next((t for t, _ in sentcache.verbs_above(num)), None)
    if verb is not None and lemma(verb) in words.STATING_VERBS:  # "Unemployment stood at 5.2 per cent" (a rate's level)
        rate = next((c for c in verb.children if c.dep_ == "nsubj" and lemma(c) in vocab.RATE_NOUNS), None)
        if rate is not None:
            return rate
    if verb is None or lemma(verb) not in vocab.MOVE_VERBS:  # "Profit sank 20 per cent": what moved, either way
        return moved_elsewhere(num)  # "Foreign aid is down 30 per cent", "28 per cent above average weekly earnings"
    return moved_by(verb, num.i)


def moved_by(verb: Token, before: int) -> Token | None:
    """What a move verb moves: its noun object before token `before` ("The Federal Reserve has cut a key interest
    rate by a quarter-point": the rate moved) that is no per cent unit, else its subject, else the noun it was hung
    on as a modifier."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < before
                and c.lower_ not in PERCENT_UNITS), None)  # "increase 9 percent": the per cent is the size, not the thing
    if obj is not None:
        return obj
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return described_by_mover(verb)  # "Gross domestic product expanded by"
    return standing_for(subject)  # "inflation, which fell to 3.8 per cent": inflation


def size_noun(noun: Token | None, num: Token) -> Token | None:
    """The change noun a per cent is the size of: its counted noun ("a shift of 1 per cent", Lee bg_172), or the
    noun it is "of" through its own per cent ("a further cut of 0.25 of a per cent", Lee bg_244); else None."""
    if noun is not None and lemma(noun) in SIZE_NOUNS:
        return noun
    head = num.head
    own_unit = any(c.lower_ == "of" and any(g.lower_ in PERCENT_UNITS for g in c.children) for c in num.children)
    if own_unit and head.lower_ == "of" and head.head.pos_ == "NOUN" and lemma(head.head) in SIZE_NOUNS:
        return head.head
    return None


def earlier_thing(size: Token) -> Token | None:
    """The thing a change noun that names none is the change of (GUIDE C1): what the nearest move verb before it
    moves, earlier in its sentence outside its phrase or up to two sentences back ("The Reserve Bank has cut
    official interest rates again. The central bank has delivered a further cut of 0.25 of a per cent", Lee bg_244;
    "the number of people diagnosed ... has increased by 2 per cent" two sentences before "a shift of 1 per cent
    going up", Lee bg_172). None when no move verb stands there."""
    phrase = {t.i for t in size.subtree}
    before = [t for t in reversed(size.doc[size.sent.start:size.i]) if t.i not in phrase]
    sent = size.sent
    for _ in range(LOOK_BACK):
        sent = sentence_before(sent, LOOK_BACK) if sent is not None else None
        before += reversed(sent) if sent is not None else []
    verb = next((t for t in before if t.pos_ == "VERB" and lemma(t) in vocab.MOVE_VERBS), None)
    if verb is None:
        return None
    thing = moved_by(verb, size.left_edge.i if verb.doc is size.doc and verb.sent == size.sent else verb.sent.end)
    return thing if thing is None or thing.i not in phrase or thing.doc is not size.doc else None


def moved_elsewhere(num: Token) -> Token | None:
    """The noun a per cent figure is the change or comparison of when no move verb carries it: the subject an
    "up"/"down" above the figure is said of, or the noun after "above"/"below" (the clause's subject when that is a
    reference word); None when neither holds."""
    unit = _unit_or_number(num)
    word = next((c for c in unit.children if c.lower_ in COMPARING_WORDS), unit.head)  # "40 per cent above"
    if word.lower_ in vocab.CHANGE_ADVERBS and word.pos_ in ("ADV", "ADP"):  # "Foreign aid is down 30 per cent"
        return _said_of(word)
    if word.lower_ in COMPARING_WORDS and word.dep_ == "prep":
        compared = next((c for c in word.children if c.dep_ == "pobj"), None)
        if compared == unit:
            return None  # "Unemployment remained above 5 per cent": a bound of the figure, no thing compared
        if compared is not None and compared.pos_ == "NOUN" and lemma(compared) not in REFERENCE_NOUNS:
            return compared  # "28 per cent above average weekly earnings": the earnings are compared
        return _said_of(word)  # "Rainfall was 60 per cent below average": the rainfall
    return None


def described_by_mover(verb: Token) -> Token | None:
    """The noun a move verb describes when the parser hung the verb on it as a modifier ("Gross domestic product
    expanded by 2.3 per cent": the product moved), None otherwise."""
    return verb.head if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") else None


def thing_line(thing: Token) -> str:
    """The quantity line a changed noun's own words give beyond its lemma: a company's share price ("Acme's share
    price fell 4 per cent"), a whole economy's ("economic growth up around 0.9 per cent", "Gross domestic product
    expanded", Q7), a person's pay ("28 per cent above average weekly earnings", Q3); "" when none."""
    if share_priced(thing):
        return "share_price"
    if economy_word(thing):
        return "economy"
    return "salary" if persons_pay(thing) else ""


def bare_rates(rate: Token) -> str:
    """`interest_rate` for "rates" written with no word that says which, as the subject of a verb a bank does to them
    ("rates will be cut by 0.25 per cent"); "" for a rate that says its kind or whose ("the rate of inflation", "its
    rates", "the rate") or that rises or falls of itself ("Rates fell 5 per cent among teenagers")."""
    if rate.lower_ != RATES or rate.dep_ not in SUBJECTS or lemma(rate.head) not in SETTERS_VERBS:
        return ""  # "Rates will rise 4.5 per cent, the council said", "Rates fell 5 per cent among teenagers"
    return "" if any(c.dep_ in ("compound", "amod", "nmod", "poss", "prep") for c in rate.children) else INTEREST_RATE


def _unit_or_number(num: Token) -> Token:
    """The per cent word the number hangs on ("30 %", "40 per cent"), where the phrase attaches; else the number."""
    head = num.head
    return head if head.lower_ in PERCENT_UNITS and head.i > num.i else num


def _said_of(word: Token) -> Token | None:
    """The thing an adverb or preposition of a clause says a change of: the subject of its clause's verb ("Foreign
    aid is down", "Rainfall was"), when the verb has no object. After an object that holds a figure, that figure's
    thing: the object ("Tesla delivered 466,140 vehicles, up 83%", "reported net income of 1.89 billion pesos, up 68
    pct"), or the subject when the object is the figure's unit ("Exports totalled 3.2 billion dollars, down 4
    percent"). Not an object with no figure ("see economic growth up around 0.9 per cent", Lee bg_251): read as the
    economy's, it split a dev gold pair whose other side names no economy ("a quarterly figure of just under 1 per
    cent") and the rba_interest_rates_2001 grouping floor (recall 1.0 -> 0.0), as `quantity_lines.names_economy`
    found at an earlier stop."""
    verb = next((t for t, _ in sentcache.verbs_above(word)), None)
    if verb is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if obj is None:
        return subject
    if obj.i > word.i or not any(_level_number(t) for t in obj.subtree):
        return None  # "The Treasury sees growth up 1.5 per cent": the seer is no thing that changed
    return subject if _figure_unit(obj) else obj


def _level_number(t: Token) -> bool:
    """A number that states a level, as the number parser read it (`LEVEL_KINDS`)."""
    if not t.like_num:
        return False  # no search of the mentions for every word of the object
    m = _mention_at(t)
    return m is not None and m.kind in LEVEL_KINDS


def _figure_unit(t: Token) -> bool:
    """The token is the unit of a number the number parser read ("3.2 billion dollars", "12,000 tonnes")."""
    return _mention_at(t) is not None


def _mention_at(t: Token) -> NumberMention | None:
    """The number parser's mention of the parsed piece that holds token `t`, None when none does."""
    return next((m for m in t.doc._.numbers or () if m.start <= t.idx < m.end), None)
