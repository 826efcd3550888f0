"""A batch still to come (GUIDE C4): a batch that is planned or scheduled ("a further 200 hectares will be free",
"an agreement to accept an extra 400 asylum seekers") is a projection, not an increment; so is what a present plan
says will be done ("plans to cut about 1,000 jobs", "plan to ... develop almost 50 hectares": dev-lee3 cor_048 and
dev-lee4 bg_248, two stories, gold `projection`), a sum of money apart (the dev gold's planned spending stays `total`)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import sentcache
from newsfigures.extract.priced import artifact_nouns
from newsfigures.extract.tree import lemma

FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
CLIMB = 3  # verbs looked up from the figure for a "will" that governs it ("will be able to accept")
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "conj"})  # a verb that completes or continues the one above it
# A plan's verb or noun, whose infinitive says what will be done (C4's "planned"): dev-lee3 cor_048 "plans to cut about
# 1,000 jobs" and dev-lee4 bg_248 "plan to ... develop almost 50 hectares", two stories, both gold `projection`.
PLAN_WORDS = frozenset({"plan"})
PLANNED_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "attr", "oprd"})  # what the planned verb acts on
LEVEL_PREPOSITION = "to"  # or the level it moves a thing to ("expand the tournament to 48 teams")


def is_planned(num: Token) -> bool:
    """The figure's clause states what will happen: a "will" or "shall" on its verb or on a verb that verb
    completes ("a further 200 hectares at Rosebury and Bellamack will be free"), or an infinitive that
    says what a noun is for ("a new agreement with the island state to accept an extra 400 asylum seekers"); a
    plan's own infinitive ("plans to send another 6,000 soldiers") is `is_plan_done`'s."""
    for verb, _ in _verbs(num):
        if _future(verb) or (verb.dep_ == "acl" and _infinitive(verb)):
            return True
        if verb.dep_ not in COMPLEMENT_DEPS:
            return False
    return False


def is_plan_object(num: Token) -> bool:
    """`is_plan_done` for a count the planned verb acts on, its argument ("plans to cut about 1,000 jobs") or the level
    it moves a thing "to" ("plan to expand the tournament to 48 teams"), not a count in a phrase of another noun or of
    place ("plan to seek approval in 40 countries": no batch still to come, as "will file for approval in 40
    countries" reads `total`; review40a)."""
    unit = num.head if num.dep_ == "nummod" else num
    verb = next((v for v, _ in sentcache.verbs_above(num)), None)
    level = unit.dep_ == "pobj" and unit.head.lower_ == LEVEL_PREPOSITION
    held = unit.head if level else unit  # the "to" of a level hangs on the verb, as an argument does
    return held.head == verb and (level or unit.dep_ in PLANNED_ARGUMENT_DEPS) and is_plan_done(num)


def is_plan_done(num: Token) -> bool:
    """C4: the figure stands in what a plan says will be done, the infinitive that completes a present "plan" or
    that says what a "plan" is for, or a verb joined to it: "it plans to cut about 1,000 jobs" (Lee cor_048), "plan to
    take a lease ... and develop almost 50 hectares" (Lee bg_248), "the plan to cut 4,500 jobs"; not a plan that was
    ("had planned to"), nor the planners counted ("3,000 nurses plan to strike"), whose verb is the plan itself."""
    verb = next((v for v, _ in sentcache.verbs_above(num)), None)
    while verb is not None and verb.dep_ == "conj" and _bare(verb) and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "take a lease ... and develop almost 50 hectares"
    if verb is None or not _infinitive(verb) or lemma(verb.head) not in PLAN_WORDS or describes_thing(num):
        return False  # "plans to build a 60,000-seat stadium": the size of the planned thing (review40a)
    return (verb.dep_ == "xcomp" and _not_past(verb.head)) or (verb.dep_ == "acl" and verb.head.pos_ == "NOUN")


def _bare(verb: Token) -> bool:
    """A base form with no auxiliary or subject of its own, a verb the infinitive before it shares "to" with ("plan
    to take a lease and develop 50 hectares"), not a finite verb of the plan's subject ("plans to sign three players
    and has already sold 20,000 tickets": the tickets are sold)."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _verbs(num: Token) -> list[tuple[Token, Token]]:
    """The nearest CLIMB verbs above the figure, nearest first, each with the token right under it."""
    out = []
    for pair in sentcache.verbs_above(num):
        out.append(pair)
        if len(out) == CLIMB:
            break
    return out


def _future(verb: Token) -> bool:
    """A "will" or "shall" on the verb ("will be accepted")."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)


def _infinitive(verb: Token) -> bool:
    """A "to" infinitive ("to accept")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


AHEAD_PREPOSITIONS = frozenset({"in", "within"})  # "resume in two weeks", "within 30 days": a time from now
PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # a present tense states a schedule: "talks resume in two weeks"


TIME_GIVING_VERBS = frozenset({"have", "get", "give"})  # "has one week to appeal", "will have three days to leave"
TIME_HELD_DEPS = frozenset({"dobj", "dative", "nsubjpass"})  # the time had or given
FUTURE_WORDS = frozenset({"tomorrow", "next", "soon"})  # "reopens in three days, next Monday": a time to come
FUTURE_LABELS = frozenset({"DATE"})  # "on Monday", "in March": a date set beside the time
# Verbs of an instant, a thing's opening, closing, start, end or departure: it takes no time, so "in" a time it is
# always a time to come ("the plant opens in six months", "the ferry leaves in three hours"), never its habit.
INSTANT_VERBS = frozenset({"open", "reopen", "close", "shut", "start", "restart", "begin", "resume", "end",
                           "expire", "launch", "leave", "depart"})


def is_time_ahead(num: Token) -> bool:
    """C4: a time that is itself still to come, a time "in" which a scheduled or planned thing happens: "talks
    resume in two weeks", "a committee will meet in about four weeks", "will allow him to play in the first Test
    in 10 days"; not a time within which something happened ("destroyed in three days"), nor what a thing's
    habit takes (`_habitual`: "the ferry crosses in three hours")."""
    unit = num.head if num.dep_ == "nummod" else num
    if _time_to_act(unit):
        return True
    if unit.dep_ != "pobj" or unit.head.lower_ not in AHEAD_PREPOSITIONS:
        return False
    verb = next((v for v, _ in sentcache.verbs_above(num)), None)
    if verb is None:
        return False
    return is_planned(num) or (verb.tag_ in PRESENT_TAGS and not _habitual(verb, unit.head))


def _time_to_act(unit: Token) -> bool:
    """C4: a time someone has, or is given, to do something in, from now ("The party has one week to appeal the
    election results", wn2004_074; "Residents will have three days to leave"): the object of a present or future
    "have", "get" or "give" that a "to" infinitive is on; not a time that was had ("had two days to prepare"). The
    passive's infinitive, which the parser hangs on the verb as advcl ("will be given 48 hours to leave"), is not
    read."""
    verb = unit.head
    return (unit.dep_ in TIME_HELD_DEPS and lemma(verb) in TIME_GIVING_VERBS and _not_past(verb)
            and not _standing_rule(verb)
            and any(c.dep_ in ("relcl", "acl", "xcomp") and _infinitive(c) for c in (*unit.children, *verb.children)))


def _standing_rule(verb: Token) -> bool:
    """A present "have"/"get" (VBP: no "will") whose subject is a bare plural states a rule for anyone, not a time to
    come ("Under the law, companies have 72 hours to report a breach", "patients have six hours to receive
    treatment after a stroke"): a habit, as `_habitual`'s is (review36)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subj is not None and subj.tag_ == "NNS" and verb.tag_ == "VBP"
            and not any(c.dep_ in ("det", "poss", "nummod") for c in subj.children))


def _not_past(verb: Token) -> bool:
    """A present tense, a "will", or a passive or base form whose auxiliary is present or future ("are given")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    tags = {verb.tag_, *(a.tag_ for a in auxes)}
    return bool(tags & PRESENT_TAGS) or _future(verb) or (verb.tag_ == "VB" and not auxes)


def _habitual(verb: Token, prep: Token) -> bool:
    """A present tense of a thing's habit, not a schedule: its subject's first WordNet sense is a man-made thing
    ("the ferry crosses in three hours", "the drug works in 30 minutes": how long it takes, whenever it does), its
    verb is no instant's (`INSTANT_VERBS`: "the plant opens in six months") and no date or future word beside the
    time says when ("the bridge reopens in three days, on Monday")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or lemma(subject) not in artifact_nouns() or lemma(verb) in INSTANT_VERBS:
        return False
    beside = (t for t in verb.subtree if t.i not in range(prep.left_edge.i, prep.right_edge.i + 1))
    return not any(t.lower_ in FUTURE_WORDS or t.ent_type_ in FUTURE_LABELS for t in beside)


MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # "a four-year ban", "a 24-hour strike"
DESCRIBED_POS = frozenset({"ADJ", "ADV"})  # "130 kilometres upstream", "30 kilometres long"


def is_thing_length(num: Token, dimension: str) -> bool:
    """C4's second sentence: a length that describes a planned thing ("a 24-hour strike", "a five-year term", "will
    lift a four-year ban") is that thing's length, `total` like any other length: the figure's unit modifies a
    noun, or, for a distance, the adjective or adverb it measures ("about 130 kilometres upstream from", "a
    30-kilometre long blaze")."""
    unit = num.head if num.dep_ == "nummod" else num  # the mention's root may be its unit ("130 kilometres")
    if unit.pos_ == "NUM":
        return False
    if describes_thing(num):
        return True
    return dimension == "length" and unit.dep_ == "npadvmod" and unit.head.pos_ in DESCRIBED_POS


def describes_thing(num: Token) -> bool:
    """The figure's unit or counted noun modifies a noun, so the figure is a size of that thing, not a count of what
    is done to it ("a four-year ban", "a 24-hour strike", "a 60,000-seat stadium")."""
    unit = num.head if num.dep_ == "nummod" else num
    return unit.pos_ != "NUM" and unit.dep_ in MODIFIER_DEPS and unit.head.pos_ == "NOUN"
