"""What happened to the counted things: the word in the parse that says it ("killed", "deaths", "pledged"),
as the event lemma a figure carries."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.act_phrase import act_owner
from newsfigures.extract.another_count import verb_of_another_count
from newsfigures.extract.context import ArticleContext
from newsfigures.extract.governed import object_of, state_object_verb
from newsfigures.extract.infinitive import subject_infinitive
from newsfigures.extract.modifier_event import only_modifies
from newsfigures.extract.part_whole import verbless_part_event
from newsfigures.extract.period_clause import closes_a_period
from newsfigures.extract.stative import verb_lemma
from newsfigures.extract.sport import is_target
from newsfigures.extract.tree import MAX_DISTANCE, distance, lemma, of_object, within
from newsfigures.extract.unit_counts import units_of
from newsfigures.extract.word_senses import act_verb, person_noun

Event = tuple[str, Token | None]  # (event lemma, the token that says it)
BODILY_FAMILIES = frozenset({"killed", "wounded"})  # events that befall persons (and animals), never things
REPORTING_TIME_ROLES = ("nsubj", "npadvmod", "prep")  # how a time depends on the reporting it measures
REPORTED_CLAUSES = ("ccomp", "advcl", "xcomp")  # a clause a reporting verb tells
# Reporting verbs that establish how many there are ("confirmed 12 new cases", "recorded 40 burglaries"): like the
# frame words, they state the count of what happened and do nothing to the things counted ("count" and "tally"
# are left out: "counted 300 ballots" is the counting itself).
COUNTING_VERBS = frozenset({"confirm", "record"})
# Tags of a participle after a noun; the parser tags some as past tense ("six birds tagged in Northern Ireland").
PARTICIPLE_TAGS = ("VBG", "VBN", "VBD")
# Prepositions that give the size, the end or the start of a level's move ("rose by up to 2 metres", "shrank to 4.1
# million square kilometres", "peaked at just under 35m", lee cor_008; "dropped to 1.2 mln tons from 2.13 mln"), and
# verbs beside the movers that end a level's rise.
MOVED_LEVEL_PREPS = ("by", "to", "at", "from")
PEAK_VERBS = frozenset({"peak"})


def event_of(num: Token, noun: Token | None, span: Span, ctx: ArticleContext, counted_lemma: str = "",
             kind: str = "cardinal", dur: str = "") -> Event:
    """(event lemma, its token): the nearest word in the tree that says what happened to the counted things."""
    found = _event_word(num, noun, span, ctx, counted_lemma, kind, dur)
    if not found[0]:
        return _describing_participle(num, noun) or found
    return _penalty(num, found, kind, dur) or found


def _event_word(num: Token, noun: Token | None, span: Span, ctx: ArticleContext, counted_lemma: str,
                kind: str, dur: str) -> Event:
    """The event word nearest the figure in the tree, before a handed-over penalty is read through."""
    if kind == "measure" or dur:
        # "a magnitude 7.8 earthquake strikes": what the measured thing did, never a nearby casualty word.
        # the measured noun when the measure hangs under it; else the measure's own unit, whose verb is the
        # figure's even where the thing measured is that verb's subject ("Exports are forecast to rise to 720,000
        # tonnes": rise, not forecast)
        own = noun if noun is not None and sentcache.is_ancestor(noun, num) else None
        unit = own or (num.head if num.head.pos_ == "NOUN" else None)
        verb = (_reporting_time(num) if dur else None) or _governing_verb(num, unit)
        return (verb_event(verb), verb) if verb is not None else ("", None)
    told = verbless_part_event(num, ctx)
    if told:
        return told, None
    linked = noun is not None and (sentcache.is_ancestor(noun, num) or noun in span or noun.head == num)
    found = _direct_event(num, noun, span, counted_lemma, linked)
    if found is not None:
        return found
    changed = _changed_subject_event(num) or (_level_of_change(num) if kind == "percent" else None)
    if changed:
        return changed
    return _nearest_event(num, noun, span, ctx, linked, kind == "cardinal" and _counts_things(noun))


def verb_event(verb: Token) -> str:
    """The event lemma a verb says, changed by a word of its clause ("going up" -> rise; the parser hangs such a
    word on the verb or on its object)."""
    key = verb_lemma(verb)  # "we've got 300 firefighters": have (E1)
    clause = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
    return next((words.PHRASAL_EVENTS[(key, c.lower_)] for c in clause if (key, c.lower_) in words.PHRASAL_EVENTS),
                None) or _completed(verb, key)


def _completed(verb: Token, key: str) -> str:
    """ "15 gave birth", "six of those pregnancies came to term", "they were made pregnant" (valech_report
    wn2004_045): a light verb says its event only with the word right after it that completes it, its predicative
    adjective or a bare noun (its object, or a preposition's), as one phrase written with spaces, as the first
    gold writes it ("give birth"; its class is the verb alone, other:give: GUIDE revision 2, E2); any other verb,
    or one whose next word completes nothing ("made ... in part", "came from 207 balls"), is its lemma. A particle is left to the verb's
    own phrasal entries (`lexicon.PHRASAL_EVENTS`): "makes up for" (bg_283) is make."""
    if key not in vocab.LIGHT_VERBS:
        return key
    for c in verb.rights:
        if c.i != verb.i + 1:
            continue
        if (c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ") or (c.dep_ == "dobj" and _bare(c)):
            return f"{key} {lemma(c)}"
        obj = next((o for o in c.children if o.dep_ == "pobj" and _bare(o)), None) if c.dep_ == "prep" else None
        if obj is not None:
            return f"{key} {c.lower_} {lemma(obj)}"
    return key


def _bare(t: Token) -> bool:
    """A noun standing alone, with no word of its own ("birth", "term"): part of a verb's phrase, not a thing."""
    return t.pos_ == "NOUN" and t.n_lefts + t.n_rights == 0


def _penalty(num: Token, found: Event, kind: str, dur: str) -> Event | None:
    """ "given suspended jail sentences of up to five months", "received five months and a fine of 5,000
    francs": a sum or a time handed over in a clause that names a penalty is that penalty (a fine, a sentence),
    and so is a bare time received ("Taricani will receive no more than six months"; not "receive aid for up to
    two weeks", wn2004_095); a time that dates something ("two years ago") is none."""
    key, verb = found
    amount = "duration" if dur else kind
    if verb is None or key not in words.PENALTY_VERBS or amount not in words.PENALTY_OF_AMOUNT:
        return None
    after = num.head if num.head.pos_ == "NOUN" else num
    if after.i + 1 < len(num.doc) and num.doc[after.i + 1].lower_ in words.DATING_WORDS:
        return None
    bare_time = amount == "duration" and key in words.SENTENCE_VERBS and after.dep_ in ("dobj", "npadvmod") \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in after.children)
    if not bare_time and not sentcache.once(num.doc, "penalty_named", verb.i, lambda: _names_penalty(verb)):
        return None
    return words.PENALTY_OF_AMOUNT[amount], verb


def _names_penalty(verb: Token) -> bool:
    """A penalty noun ("fine", "sentence") stands in the verb's clause: asked once per verb, as every figure of a
    clause listing many sums asks it."""
    return any(lemma(t) in words.PENALTY_NOUNS for t in verb.subtree)


def _as_event(key: str, t: Token | None) -> Event:
    """The event a word stands for: an outcome noun its verb ("dead" -> die), any other word itself."""
    return words.EVENT_NOUN_VERB.get(key, key), t


def _direct_event(num: Token, noun: Token | None, span: Span, counted_lemma: str, linked: bool) -> Event | None:
    """The event when a word tied to the number says it: the verb of the counted subject, an outcome noun, a
    participle after the number, the clause the counted people report; None when none does."""
    carried = subject_infinitive(noun if linked else num)
    if carried is not None:
        return verb_event(carried), carried  # "a $1000 fine was to be issued": issue
    if linked and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" \
            and lemma(noun.head) in words.EVENT_FAMILIES and words.EVENT_FAMILIES[lemma(noun.head)] not in ("increased", "decreased") \
            and not _reduced_relative(noun.head, noun):
        return lemma(noun.head), noun.head  # "the two prisoners died": the verb beats the noun
    if counted_lemma in words.EVENT_NOUNS:
        return _noun_event(counted_lemma, noun if linked else None, noun)
    killing = _killing(noun, counted_lemma)
    if killing is not None:  # the verb above keeps the clause's time and place ("charged ... after the 1999 ...")
        return "kill", _governing_verb(num, noun) or killing
    holder = noun if linked else span.root
    if holder.dep_ not in ("nsubj", "nsubjpass"):
        participle = next((c for c in holder.rights if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
                           and c.i == max(holder.i, span.end - 1) + 1), None)
        if participle is not None:
            return lemma(participle), participle  # "$177 million spent", "the 27 soldiers cited"
    reported = _reported_clause_verb(num, noun)
    if reported is not None:
        return verb_event(reported), reported
    if noun is not None and (lemma(noun) in words.EVENT_NOUNS or noun.lower_ in words.EVENT_NOUNS):
        return _noun_event(noun.lower_ if noun.lower_ in words.EVENT_NOUNS else lemma(noun), noun, noun)
    if noun is not None:
        for c in noun.lefts:  # "war dead"; not "12 death threats" (modifier_event)
            if c.lower_ in words.EVENT_NOUNS and not only_modifies(c):
                return _as_event(c.lower_, c)
    return None


def _noun_event(key: str, held: Token | None, noun: Token | None) -> Event:
    """The event an outcome noun says, or the verb of action whose object it is when it names a state of no
    listed class ("pulled 11 survivors": pull; governed.state_object_verb)."""
    acting = state_object_verb(held, key)
    return (verb_event(acting), acting) if acting is not None else _as_event(key, noun)


def _describing_participle(num: Token, noun: Token | None) -> Event | None:
    """ "Two fires burning near Cessnock, are still within containment lines", "Two of those flared overnight"
    (nsw_bushfires_2001 bg_008), "there are three meals a day provided" (bg_180): when no verb says what
    happened, the participle after the counted things does; one with an object of its own relates them to
    something else ("the two states surrounding the U.S.' war", wn2004_048); None when there is none."""
    own = noun if noun is not None and num.head.i == noun.i else None  # not a group named apart ("Of the 27 ...")
    holders = [t for t in (own, num, of_object(num, num.doc[num.i:num.i + 1])) if t is not None]
    for holder in holders + _participle_hosts(own):
        participle = next((c for c in holder.rights if c.dep_ == "acl" and c.tag_ in PARTICIPLE_TAGS
                           and not any(o.dep_ == "dobj" for o in c.children)), None)
        if participle is not None:
            return lemma(participle), participle
    return None


def _participle_hosts(own: Token | None) -> list[Token]:
    """Words the parser hangs a participle on that describes the counted things: their rate ("there are three
    meals a day provided", Nauru's camp, lee bg_180) and the one picked out of them ("was one of six birds tagged
    in Northern Ireland", lee cor_040)."""
    if own is None:
        return []
    rates = [c for c in own.children if c.dep_ == "npadvmod"]
    picked = own.head.head if own.dep_ == "pobj" and own.head.lower_ == "of" else None
    return rates + ([picked] if picked is not None and picked.like_num else [])


def _killing(noun: Token | None, counted_lemma: str) -> Token | None:
    """The killing noun the figure counts ("13 murders") or whose victims it counts ("the manslaughter of 18
    tourists"); None when there is none."""
    if noun is None:
        return None
    if counted_lemma in words.KILLING_NOUNS:
        return noun
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return owner if owner is not None and lemma(owner) in words.KILLING_NOUNS else None


def _nearest_event(num: Token, noun: Token | None, span: Span, ctx: ArticleContext, linked: bool,
                   things: bool) -> Event:
    """The event word closest in the tree, or the verb the counted things are an argument of when that is
    clearly closer; an anaphoric "the figure" takes the previous figure's event. `things`: the figure counts
    things, not persons (`_closest_event_word`)."""
    describing: set[int] = set()
    if noun is not None:
        for c in noun.children:
            if c.dep_ in ("acl", "relcl") and c.i > noun.i:
                describing.update(t.i for t in c.subtree)
    start = noun if linked else num
    best = _closest_event_word(num, noun, span, start, describing, things)
    verb = _governing_verb(num, noun if linked else None) or _reporting_on(num, noun if linked else None)
    if verb is not None and (_reduced_relative(verb, noun) or verb.i in describing or verb.i in span):
        verb = None
    if verb is not None and (best is None or distance(start, verb) + 2 < best[0] or object_of(start, verb, best[2])):
        key = verb.lower_ if verb.lower_ in words.EVENT_NOUN_VERB else verb_event(verb)
        return _as_event(key, verb)  # the verb the counted things are an argument of
    if best is None:
        if noun is not None and lemma(noun) in words.ANAPHORIC_NOUNS and ctx.figures:
            return ctx.figures[-1].event, None
        return "", None
    t = best[2]
    if t.lower_ in words.EVENT_NOUN_VERB:
        return _as_event(t.lower_, t)
    return _as_event(verb_event(t) if t.pos_ == "VERB" else lemma(t), t)


def _closest_event_word(num: Token, noun: Token | None, span: Span, start: Token, describing: set[int],
                        things: bool) -> tuple[int, int, Token] | None:
    """(tree distance, word distance, token) of the sentence's event word nearest the figure, None past reach;
    words inside a clause describing the noun, and mere changes ("rose"), count as farther; a killing or a
    wound nearby is none of things counted (`things`: "the tanks and two jeeps entered", "threw two grenades",
    Lee bg_044; "Palestinians in two West Bank towns", bg_277; "Four of those counts carry the death penalty",
    bg_167)."""
    best: tuple[int, int, Token] | None = None
    sent = num.sent
    for key, t in sentcache.once(num.doc, "event_words", sent.start, lambda: _event_words(sent)):
        if t.i in span or (things and words.EVENT_FAMILIES[key] in BODILY_FAMILIES) or verb_of_another_count(t, num):
            continue
        near = [x for x in (within(start, t, MAX_DISTANCE), within(num, t, MAX_DISTANCE)) if x is not None]
        if not near:
            continue  # farther than MAX_DISTANCE, before any penalty
        d = min(near)
        if t.i in describing or _reduced_relative(t, noun):
            d += 3
        if words.EVENT_FAMILIES.get(key) in ("increased", "decreased"):
            d += 2  # a change is the event only when nothing says what happened
        if d > MAX_DISTANCE:
            continue
        score = (d, abs(t.i - num.i))
        if best is None or score < best[:2]:
            best = (score[0], score[1], t)
    return best


def _event_words(sent: Span) -> list[tuple[str, Token]]:
    """(family key, token) of the sentence's event words that are not negated nor mere modifiers of another noun
    ("death threats", modifier_event), in order."""
    out = []
    for t in sent:
        key = t.lower_ if t.lower_ in words.EVENT_FAMILIES else lemma(t)
        if key in words.EVENT_FAMILIES and t.pos_ in ("VERB", "NOUN", "ADJ", "AUX") \
                and not (t.pos_ == "NOUN" and key in words.THING_NOUNS) \
                and not any(c.dep_ == "neg" for c in t.children) and not only_modifies(t):
            out.append((key, t))
    return out


def _counts_things(noun: Token | None) -> bool:
    """The counted noun names things, not persons: no person noun by the news list or WordNet, no demonym or
    name, no outcome word."""
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in ("NORP", "PERSON"):
        return False
    key = lemma(noun)
    return not (person_noun(key) or key in vocab.TROOP_NOUNS or key in words.EVENT_NOUNS
                or key in words.EVENT_FAMILIES)


def _reported_clause_verb(num: Token, noun: Token | None) -> Token | None:
    """ "316 said they were raped": when the counted people are who speaks, the event is what they report."""
    t = noun if noun is not None and sentcache.is_ancestor(noun, num) else num
    if t.dep_ != "nsubj" or t.head.pos_ != "VERB" or lemma(t.head) not in words.REPORTING_VERBS:
        return None
    clause = next((c for c in t.head.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return None
    if lemma(clause) == "be":  # "they were made pregnant" parses with "be" on top sometimes
        clause = next((c for c in clause.children if c.pos_ == "VERB"), clause)
    return clause if lemma(clause) not in words.FRAME_WORDS else None


def _reporting_time(num: Token) -> Token | None:
    """ "no fatalities reported for two days" (holiday_road_toll_2001 bg_043), "It could be 48 hours before tests
    can confirm" (bg_178), "two days of evidence is revealing little" (interlaken_canyoning_trial bg_254): a time
    that is a reporting verb's own subject, extent or lead measures the reporting, which is then what happened,
    no frame to look through; a time that dates ("three months ago") hangs on its adverb and is none. None when
    there is no such verb."""
    t = num.head if num.dep_ in ("nummod", "quantmod", "compound") and num.head.pos_ == "NOUN" else num
    if t.dep_ == "pobj" and t.head.lower_ == "for":
        t = t.head  # "reported for two days"
    verb = t.head
    if verb.pos_ != "VERB" or lemma(verb) not in words.REPORTING_VERBS or t.dep_ not in REPORTING_TIME_ROLES:
        return None
    return verb


def _reporting_on(num: Token, noun: Token | None) -> Token | None:
    """ "the company said it was adding about 10 thousand new wired voice customers" (wn2004_084), as "the 27
    soldiers cited for that killing" (wn2004_037): a reporting verb whose direct object is the counted things
    themselves acts on them, it frames no statement; frame words ("reported 28,000 cases") and counting verbs
    ("confirmed 12 new cases", COUNTING_VERBS) stay frames, as do verbs whose event is a statement ("announced
    2,500 redundancies", "claimed three towns": measure_lexicon.EVENT_CLASS_OF_LEMMA's "said"), and so do things a clause after them says something of ("confirmed two asylum seekers harmed themselves",
    woomera_detention_unrest bg_084: the parser's object is the reported clause's subject). None when the figure
    is no such object."""
    t = noun if noun is not None else num
    verb = t.head
    acting = words.REPORTING_VERBS - words.FRAME_WORDS - COUNTING_VERBS
    if t.dep_ != "dobj" or verb.pos_ != "VERB" or lemma(verb) not in acting or _statement(verb):
        return None
    told = [c for c in t.rights if c.dep_ in ("acl", "relcl")] + [c for c in verb.rights if c.dep_ in REPORTED_CLAUSES]
    return None if told else verb


def _statement(verb: Token) -> bool:
    """A verb whose event class is a statement ("announce", "claim", "state": "said")."""
    return vocab.EVENT_CLASS_OF_LEMMA.get(lemma(verb)) == "said"


def _governing_verb(num: Token, noun: Token | None) -> Token | None:
    """The verb the figure is an argument of ("demolished over 6,000 shanties" -> demolish), looking through
    framing verbs (be, say, estimate) and prepositions; None when there is none close by."""
    t = noun if noun is not None else num
    for _ in range(4):
        head = t.head
        if head.i == t.i:
            return None
        if head.pos_ == "VERB" and lemma(head) not in words.FRAME_WORDS | words.REPORTING_VERBS | words.ATTITUDE_VERBS \
                and not closes_a_period(head):
            return head
        if head.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "xcomp", "conj", "advcl"):
            return None
        t = head
    return None


def _changed_subject_event(num: Token) -> Event | None:
    """ "The death toll in Erbil increases to 687", "the number of injured reached 2,000": the event is what
    the changing subject counts."""
    if num.dep_ in ("nummod", "quantmod") and num.head.pos_ == "NOUN" and lemma(num.head) in ("people", "person"):
        num = num.head  # "the toll has reached 55,000 people"
    head = num.head
    verb = head.head if num.dep_ == "pobj" and head.lower_ in ("to", "at", "past", "beyond") else head
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in words.CHANGE_VERBS | {"be"}:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    candidates = [subj, *subj.children]
    obj = of_object(subj, subj.doc[num.i:num.i + 1])
    if obj is not None:
        candidates += [obj, *obj.children]
    for w in candidates:
        key = w.lower_ if w.lower_ in words.EVENT_NOUNS else lemma(w)
        if key in words.EVENT_NOUNS:
            return _as_event(key, w)
    return None


def acted_on(num: Token, verb: Token | None) -> bool:
    """ "fires burned more than 800 hectares" (nsw_bushfires_2001 bg_048), "the tanks entered 400 metres into
    Palestinian territory" (israel_palestinian_2001 bg_044): a measurement that is the event verb's object or
    extent is what that event did; one that is the subject's or an adjunct's ("a magnitude 7.8 earthquake
    strikes", "four blocks from Peru's Congress"), or the measure of a thing named after it ("brought some three
    tonnes of equipment", "laden with 3.5 tonnes of equipment": shuttle_endeavour_2001 bg_125, bg_231), only
    measures; so does one made definite by "the" or a possessor, which names a thing as a definite count does
    (measure._definite_count): "won the 50 metres butterfly", "won the men's 50 metres breaststroke" (bg_232).
    A measurement in the verb's "for" phrase is its extent too ("a bird they have tracked for over 4,500 miles",
    lee cor_040), as the gold reads every time so placed ("imprisoned for up to three months", wn2004_014;
    "orbits earth for the next eight months", bg_125; "in Japanese waters for two hours", wn2004_026; "striking
    today for 24 hours", bg_150)."""
    if verb is None or verb.pos_ != "VERB":
        return False
    phrase = num.head if num.dep_ in ("nummod", "compound") and num.head.pos_ == "NOUN" else num
    units = units_of(phrase)  # "burned thousands of hectares (of forest)": the unit's "of" names the thing
    measured_thing = any(c.dep_ == "prep" and c.lower_ == "of" for c in (units or phrase).children)
    named = any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in phrase.lefts)
    if _extent_of(phrase, verb) or _moved_level(phrase, verb):
        return not measured_thing
    return phrase.head == verb and phrase.dep_ in ("dobj", "npadvmod") and not measured_thing and not named


def _extent_of(phrase: Token, verb: Token) -> bool:
    """The measure phrase is the object of a "for" that hangs on the verb: how far or how long it went on."""
    return phrase.dep_ == "pobj" and phrase.head.lower_ == "for" and phrase.head.head == verb


def _moved_level(phrase: Token, verb: Token) -> bool:
    """The measure phrase is the size, the end or the start of the move a verb makes a level ("rivers rose by up to 2
    metres", "sea ice shrank to 4.1 million square kilometres", "the water level peaked at just under 35m", lee
    cor_008; "reduced the speed limit from 110 kilometres an hour to 80")."""
    return phrase.dep_ == "pobj" and phrase.head.lower_ in MOVED_LEVEL_PREPS and _prep_verb(phrase.head) == verb \
        and lemma(verb) in vocab.MOVE_VERBS | PEAK_VERBS and not _lie_of_the_land(verb)


def _prep_verb(prep: Token) -> Token:
    """What a preposition hangs on, through the "from" of a "from A to B" move, on which the parser hangs the "to"
    ("fell from 12 metres to 9 metres")."""
    return prep.head.head if prep.lower_ == "to" and prep.head.lower_ == "from" else prep.head


def _lie_of_the_land(verb: Token) -> bool:
    """A bare present with no auxiliary says where a fixed thing reaches, not a move ("the trail drops to 1,200
    metres", "the tower rises to 828 metres": stop 38 review, tests/extract/test_event.py)."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _level_of_change(num: Token) -> Event | None:
    """ "an annual growth rate of 2 per cent" (rba_interest_rates_2001 bg_251), "a shift of 1 per cent going up"
    (bg_172): a per cent whose own phrase says a change, the noun it is the level "of" or a participle on it, has
    that change as its event, whatever verb frames the phrase ("would translate to"); None when it says none."""
    t = num.head if num.dep_ == "nummod" and num.head.pos_ == "NOUN" else num  # "1 per cent": the unit
    mover = next((c for c in t.rights if c.dep_ == "acl" and verb_event(c) in vocab.RISE_VERBS | vocab.FALL_VERBS), None)
    if mover is not None:
        return verb_event(mover), mover
    if t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.pos_ != "NOUN":
        return None
    owner = t.head.head
    change = next((w for w in (owner, *owner.lefts) if lemma(w) in vocab.CHANGE_NOUN_VERBS), None)
    return (vocab.CHANGE_NOUN_VERBS[lemma(change)], change) if change is not None else None


def _reduced_relative(t: Token, noun: Token | None) -> bool:
    """ "soldiers deployed to help Russia ... are estimated to have been killed": the participle right after
    the noun describes it; the parser often makes it the main verb with the real predicate as a conjunct. A
    conjunct with a subject of its own is another clause ("15 people died and 30 were hurt")."""
    if noun is None or t.i != noun.i + 1 or t.tag_ not in ("VBN", "VBD"):
        return False
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and any(a.dep_ in ("auxpass", "aux") for a in c.children)
               and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children) for c in t.children)


def act_noun_event(num: Token) -> str:
    """ "heard testimony from 3,399 women", "testimonies given to the commission by more than 35,000 people",
    "put attendance figures between 10,000 and 15,000": a figure in the source, agent or range phrase of a noun
    naming an act (word_senses.act_verb) has that act for its event: the verb the noun is derived from, by which its
    class is read; the word E2 names it by is `act_phrase.act_word`; "" when none."""
    owner = act_owner(num)
    return act_verb(lemma(owner)) if owner is not None else ""


def run_event(num: Token, quantity: str) -> str:
    """Whether a count is of runs a side needs or scores: "need" for a target (`sport.is_target`: "Set 375 for
    victory", "chasing 200"), "score" for any other count of runs ("shared a 181-run partnership", "for his 12
    runs": cricket_aus_sa_2001 bg_118, bg_132); "" when it counts no runs. Which verb the text uses for it is the
    figure's event (`wording.governing_verb`, GUIDE revision 2, E2), not these words."""
    if is_target(num):
        return "need"
    return "score" if quantity == "run" else ""
