"""The verb that governs a count as its direct object (tests/gold/measures/GUIDE.md revision 2, E2: "`other:<lemma>`
is ... the verb that governs the figure"): "ambushed two army patrols", "launched two incursions" say their event
by that verb, whatever event word stands elsewhere in the sentence (event._nearest_event weighs the two). So does a
verb whose subject the counted things are when the event word they were given stands in another clause ("no detainees
were injured, but 15 officers were treated": treat; `own_clause_event`, read by measure._event for the class only)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import sentcache
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.measure_classes import event_class
from newsfigures.extract.tree import lemma

# a word of the verb's clause that completes it: "shot dead", "forced 3,000 people to flee"
COMPLETING_DEPS = ("oprd", "acomp", "advmod", "xcomp")
AS = "as"  # "listed 40 people as missing": the "as" phrase says what the counted are
SUBJECT_DEPS = ("nsubj", "nsubjpass")  # the counted things are who does or undergoes the verb
# Verbs looked through for what happened, never a count's own event: frames, reports, attitudes, levels and states.
LOOKED_THROUGH = words.FRAME_WORDS | words.REPORTING_VERBS | words.ATTITUDE_VERBS | vocab.STILL_VERBS
STATE_BE = frozenset({"be"})  # "5,000 homes were without power": a state with no verb of its own
PERSONS = "people"  # the class a count of persons takes from a verb, whatever casualty word another clause gave it
CHANGE_CLASSES = frozenset({"rose", "fell"})  # a quantity's change, never what a counted subject did itself
COUNT = "count"  # the dimension of the figures read here: counts of persons or things, no sums or measurements
# The particles of a prepositional verb, whose object the verb governs as a direct one ("acting on four
# recommendations", "voted on five proposals", "dealt with 300 complaints"); a place, a time or a cause ("killed in
# three attacks") is an adjunct, not the verb's object.
PREPOSITIONAL_VERB_PREPS = frozenset({"on", "upon", "with", "to", "about"})


def object_of(start: Token, verb: Token, word: Token) -> bool:
    """The counted things are the direct object of a verb of action ("ambushed two army patrols", "launched two
    incursions"): that verb governs the figure and names its event (GUIDE revision 2, E2), not the event word `word`
    elsewhere in the sentence; unless a word of the verb's own clause completes it with a class ("shot dead", "forced
    3,000 people to flee", "listed 40 people as missing"), the verb only states a level ("passing 80,000 people"), it
    is another verb's infinitive ("promised to deliver"), or `word` stands in the counted phrase itself ("measured a
    0.8 per cent fall")."""
    if start.dep_ != "dobj" or start.head != verb or verb.dep_ == "xcomp" or lemma(verb) in vocab.STILL_VERBS:
        return False
    if word.left_edge.i >= start.left_edge.i and word.right_edge.i <= start.right_edge.i:
        return False
    return not any(_names_event(c) for c in _completing(verb))


def state_object_verb(noun: Token | None, counted_lemma: str) -> Token | None:
    """ "Rescuers pulled 11 survivors", "pardoned 1,200 prisoners": a counted noun that names a state persons are
    in, of no listed event class (`survivor`, `prisoner`), as the direct object of a verb of action, has that verb
    as its event (GUIDE E2, the verb that governs the figure); a noun of a class ("evacuated 400 refugees":
    displaced), an outcome noun of no verb ("suffered 4,700 casualties") or a verb of state ("held 300 prisoners")
    keeps the noun's event."""
    family = words.EVENT_FAMILIES.get(words.EVENT_NOUN_VERB.get(counted_lemma, ""), "")
    if noun is None or noun.dep_ != "dobj" or not family or family in vocab.EVENT_CLASS_OF_FAMILY:
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or lemma(verb) in vocab.STILL_VERBS | words.FRAME_WORDS | words.REPORTING_VERBS:
        return None
    return verb


def _completing(verb: Token) -> list[Token]:
    """The words of the verb's clause that complete it ("shot dead", "forced ... to flee", "listed ... as missing")."""
    done = [c for c in verb.children if c.dep_ in COMPLETING_DEPS]
    return done + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == AS for g in c.children]


def _names_event(word: Token) -> bool:
    """The word, or its lemma, is an event word."""
    return word.lower_ in words.EVENT_FAMILIES or lemma(word) in words.EVENT_FAMILIES


def own_clause_verb(held: Token | None, word: Token | None) -> Token | None:
    """ "no detainees were injured, but 15 detention centre officers were treated" (lee bg_113): the verb of action
    whose subject the counted things are, when the event word the figure was given (`word`) stands outside that verb's
    clause, in another clause of the sentence; that verb governs the figure (GUIDE E2). None when the counted things are
    no verb's subject, the verb is looked through (frame, report, attitude, level, state) or the word is its own."""
    verb = _other_clause_verb(held, word)
    return verb if verb is not None and verb.pos_ == "VERB" and lemma(verb) not in LOOKED_THROUGH else None


def _other_clause_verb(held: Token | None, word: Token | None) -> Token | None:
    """The verb whose subject the counted things are, when the figure's event word stands outside its clause."""
    if held is None or word is None or held.dep_ not in SUBJECT_DEPS:
        return None
    verb = held.head
    return None if verb == word or verb.is_ancestor(word) else verb


def own_clause_class(verb: Token, quantity: str, counted_lemma: str) -> str:
    """The event class the count's own verb gives it: a casualty quantity read from another clause's word counts
    persons here, whom the verb's class names (`other:treat`, not `injured`); a word of the verb's clause that
    completes it with a class gives that class ("two were found dead": killed; "50 were left homeless": displaced);
    a rise or fall class, which is a quantity's change, is the verb's own word for a count that is its subject ("40
    fell ill", "2,000 workers lost their jobs": `other:fall`, `other:lose`, not `fell`)."""
    counted = PERSONS if quantity in vocab.CASUALTY_EVENTS else quantity
    done = next((c for c in _completing(verb) if _names_event(c)), None)
    return _doer_class(verb, event_class(lemma(done if done is not None else verb), counted, counted_lemma))


def _doer_class(verb: Token, found: str) -> str:
    """A rise or fall class said of a count that is the verb's subject is what the counted did: the verb's own word
    ("40 fell ill": `other:fall`, not `fell`)."""
    return f"other:{lemma(verb)}" if found in CHANGE_CLASSES else found


def own_state_clause(held: Token | None, word: Token | None) -> bool:
    """ "The storm killed three people and 5,000 homes were without power", "two were injured, and 11 remain fit":
    the counted things are the subject of a verb of state (GUIDE E1) and the event word the figure was given stands
    outside that verb's clause: nothing happened to them in their own clause, the count is `measured`."""
    verb = _other_clause_verb(held, word)
    return verb is not None and verb.pos_ in ("VERB", "AUX") and lemma(verb) in vocab.STATE_VERBS | STATE_BE


def own_clause_event(num: Token, noun: Token | None, word: Token | None, quantity: str, counted_lemma: str,
                     dimension: str) -> str:
    """The event class of a count whose own clause says what happened to it: when the event word it was given stands
    in another clause, its verb of action's class (`own_clause_verb`), or `measured` under a verb of state
    (`own_state_clause`); when that word is its own verb of change, what the persons counted did
    (`_subject_change`); "" when none reads (the figure keeps its event word's class)."""
    if dimension != COUNT:
        return ""
    held = noun if noun is not None and sentcache.is_ancestor(noun, num) else num
    verb = own_clause_verb(held, word)
    if verb is not None:
        return own_clause_class(verb, quantity, counted_lemma)
    if own_state_clause(held, word):
        return "measured"
    return _subject_change(held, word, quantity, counted_lemma)


def _subject_change(held: Token | None, word: Token | None, quantity: str, counted_lemma: str) -> str:
    """A count of persons that is the active subject of its own event word of a rise or fall class did what the verb
    says ("40 fell ill", "2,000 workers lost their jobs": `other:fall`, `other:lose`); "" otherwise (a sum or a level
    as a verb's subject is a misparse more often than not)."""
    if quantity not in vocab.PERSON_COUNTS or held is None or word is None:
        return ""
    if held.dep_ != "nsubj" or held.head != word or word.pos_ != "VERB":
        return ""
    found = event_class(lemma(word), quantity, counted_lemma)
    return _doer_class(word, found) if found in CHANGE_CLASSES else ""


def prepositional_object(noun: Token) -> bool:
    """`noun` is the object of an on/upon/with/to/about phrase on a verb (`PREPOSITIONAL_VERB_PREPS`), as a
    prepositional verb's object is ("acting on", "decides on"): the verb, not the noun's own act, governs a count of
    it (E2). Any verb is read so, "relate to four investigations" (a state) too."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in PREPOSITIONAL_VERB_PREPS and prep.head.pos_ == "VERB"
