"""The place of the thing a figure's locative names, one hop on (GUIDE P1, the place the sentence restricts the
figure to; P4, a named site), read last, when no reader found a place in the figure's own phrases: "On the flood
frontline at a named lake, the water level peaked at just under 35m" -> the lake (cor_008); "killed in overnight
raids on a named coastal strip" -> the strip (a dev report of 2023-10-22); "destroying 23 rainforest trees in
a World Heritage Area on north Queensland's Herberton Range" -> Herberton Range (bg_190). The first locative's object
names no place of its own (a common noun, or a name the tagger makes no place), and no day or occasion.

Else the site of the act the figure happened in, named with "at" (P1; P4: a named site is the place, an unnamed one
gives its town), read one hop from the figure's own verb (stop 39): the verb a participle clause that counts the
figure hangs on ("the US jets blasted several vehicles at Sharana, ..., killing 14 people", bg_200; "A fire broke
out at a garment factory in Dhaka, killing 23 workers"), the act noun the figure's verb or a verb sharing its story
names as its agent or with "in" ("killed and 314 others are injured by an explosion at Al-Ahli Arab Hospital",
2023-10-17; "were killed in a shooting at a nightclub in Orlando"), or the verb's subject when it names no actor ("A
blast at a refinery in Texas City injured 170 workers"); the "at" may hang on the act or on what it acted on ("ripped
through an apartment block at Zhengzhou"). Not a verb of speaking ("speaking at a briefing in X, said 40 ..."), not a
participle the figure is no object of ("scored twice at Anfield, taking his tally to 30 goals"), nor one moving an
amount ("unveiled its phone at an event in Cupertino, cutting prices by 10 per cent", review39a), not a
time ("at dawn") or a workplace ("Staff at Qantas went on strike").

Last, P4's unnamed site gives the town written onto it (stop 65): "injured in the Geelong plant" -> Geelong, on a site
noun of `lexicon.SITE_NOUNS` only, never a country, nor where persons a subject counts work ("two staff at the
Geelong office were killed in a crash on a highway").

Like own_place.py, the measure's place only: `Figure.place`, which keys metrics, is unchanged.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract.gazetteer import is_place
from newsfigures.extract.implied_place import locative_heads
from newsfigures.extract.measure_classes import event_family
from newsfigures.extract.own_place import AT_LABELS, unnamed_site_town
from newsfigures.extract.place import is_actor, named_after, place_after, place_name_of, reading_groups, same_story
from newsfigures.extract.scene import SPEAKING_VERBS
from newsfigures.extract.tree import lemma
from newsfigures.extract.persons import is_person
from newsfigures.extract.word_senses import collective_noun, names_country, verb_class

# where the figure's thing is ("through a school in Multan", "outside a mosque in Peshawar")
OUTER_PREPOSITIONS = frozenset({"in", "on", "at", "into", "during", "from", "through", "outside"})
# a day or a named occasion is when, not a thing at a place: "As more than 100 blazes burn on New Year's Eve in New
# South Wales" (bg_000, tagged EVENT) is left to the readers of the clause (read, it split a gold metric group)
TIME_LABELS = frozenset({"DATE", "TIME", "EVENT"})
SITE_PREPOSITIONS = frozenset({"at", "on"})  # where that thing is, with a named place or site ("at Dongting Lake")
# where a site stands, whose town a name on it gives ("at the Kathmandu airfield"); "from" is an origin, "on" a surface
SITE_TOWN_PREPOSITIONS = frozenset({"in", "at", "into", "outside", "through"})
COORDINATED = frozenset({"conj", "dep"})  # a verb joined to the one before it ("peaked ..., then eased": dep)
ACT_PREPOSITIONS = frozenset({"in"})  # the act a figure happened in ("killed in a shooting at ..."), beside an agent
ACTED_ON = frozenset({"through", "into", "on"})  # what an act went through or into ("ripped through a block at X")
# a participle that moves an amount ("cutting prices by 10 per cent"): a change, an account or a market (GUIDE P1)
AMOUNT_CLASSES = frozenset({"increased", "decreased", "rose", "fell", "sold", "bought", "cost"})


def hop_place(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The place the object of a locative on the figure's heads is at, on or in, or of one opening the sentence on a
    verb above them ("On the flood frontline at Dongting Lake, the water level peaked ..., then eased about 3cm":
    a fronted locative sets the whole sentence's place); "" for none."""
    own = locative_heads(noun, event_tok, num)
    own += [v for v in _coordinated_above(own) if v not in own]
    fronted = [c for v in reading_groups(noun, event_tok, num)[2] if v.pos_ in ("VERB", "AUX") and v not in own
               for c in v.children if c.i < v.i and c.left_edge.i == v.sent.start]
    locatives = [c for h in own for c in h.children] + fronted
    objects = [o for c in locatives if c.dep_ == "prep" and c.lower_ in OUTER_PREPOSITIONS for o in c.children
               if o.dep_ == "pobj" and not is_place(o) and o.ent_type_ not in AT_LABELS | TIME_LABELS]
    return (next((p for p in map(_place_of_thing, objects) if p), "") or act_site(noun, event_tok, num)
            or next((p for p in map(_town_on_site, objects) if p), ""))


def _coordinated_above(heads: list[Token]) -> list[Token]:
    """The verbs the figure's verb is coordinated to under one subject ("The river peaked at 9 metres at Mandalay,
    then fell about 30 centimetres", "spread through a school in Multan and sickened 25 children"): the second verb
    has no subject of its own, so the first verb's locatives are its too."""
    verb = next((h for h in reversed(heads) if h.pos_ in ("VERB", "AUX")), None)
    found: list[Token] = []
    while (verb is not None and verb.dep_ in COORDINATED and verb.head.pos_ in ("VERB", "AUX")
           and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        verb = verb.head
        found.append(verb)
    return found


def _place_of_thing(obj: Token) -> str:
    """The named place or site "at"/"on" a thing, or its place by `place_after`, or the place it is named after
    ("seized at the port of Rotterdam", "fell near the village of Vinales": stop-37 probe); "" for none."""
    for c in obj.children:
        if c.dep_ != "prep" or c.lower_ not in SITE_PREPOSITIONS:
            continue
        site = next((o for o in c.children if o.dep_ == "pobj" and is_place(o, AT_LABELS, workplace=True)), None)
        if site is not None:
            return place_name_of(site)
    return place_after(obj) or named_after(obj) or ""


def _town_on_site(obj: Token) -> str:
    """P4, an unnamed site's town written onto it, read after every other place (the act's own site first): the town
    or region compounded onto a singular site noun (`lexicon.SITE_NOUNS`) a locative of the figure's verb or event
    names ("injured in the Geelong plant", "treated at a Kathmandu clinic", "hurt at a West Java textile mill"),
    the name nearest the noun; not a country, which as often owns the site ("at the US embassy"), nor a locative on
    persons a number counts in the clause's subject, which says where they work or live ("two staff at the Geelong
    office were killed in a crash"); "" for none."""
    if (obj.tag_ != "NN" or obj.ent_type_ or lemma(obj) not in words.SITE_NOUNS
            or obj.head.lower_ not in SITE_TOWN_PREPOSITIONS or _on_persons(obj.head.head)):
        return ""
    towns = [m for m in obj.lefts if m.dep_ in ("compound", "nmod") and _names_town_not_country(m)]
    return place_name_of(towns[-1]) if towns else ""


def _on_persons(head: Token) -> bool:
    """The locative hangs on persons a number counts in the clause's subject ("two staff at the Geelong office were
    killed", "Dozens of staff at the office", "Two of the staff at the office"), saying where they work or live; on
    an object it may be the verb's, which the parser often hangs on the nearer noun ("wounded five people in a West
    Java settlement"), and on a subject that counts no persons it says where the thing is ("Turnout at the polling
    station was 70 percent")."""
    subject = next((t for t in (head, *head.ancestors) if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    phrase = list(subject.subtree)
    return any(map(_persons, phrase)) and any(t.like_num or t.ent_type_ == "CARDINAL" for t in phrase)


def _persons(word: Token) -> bool:
    """Persons (`persons.is_person`), a people ("40 Britons") or a group of persons ("staff", "crew")."""
    return is_person(word) or word.ent_type_ == "NORP" or (word.pos_ == "NOUN" and collective_noun(lemma(word)))


def _names_town_not_country(name: Token) -> bool:
    """A compounded name the tagger makes a place, or a gazetteer town it made nothing of, that is no country's."""
    placed = name.ent_type_ in ("GPE", "LOC") or (not name.ent_type_ and is_place(name))
    return placed and not names_country(place_name_of(name))


def act_site(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The named place or site, or an unnamed site's town, "at" the act the figure happened in; "" for none."""
    verbs = [h for h in locative_heads(noun, event_tok, num) if h.pos_ in ("VERB", "AUX")]
    verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and same_story(c)]
    acts = [a for v in dict.fromkeys(verbs) for a in _acts_of(v, noun, num)]
    return next((p for p in map(_site_at, acts) if p), "")


def _acts_of(verb: Token, noun: Token | None, num: Token) -> list[Token]:
    """The act a figure's verb belongs to: the verb its participle clause hangs on when the figure is the
    participle's object ("..., killing 14 people"), the act noun of its agent or "in" phrase ("by an explosion", "in
    a shooting"), its subject when that names no actor ("A blast ... injured 170")."""
    acts = [o for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ACT_PREPOSITIONS)
            for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    acts += [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not is_actor(c)]
    if (_participle_of(verb, noun, num) and not _moves_amount(verb)
            and lemma(verb.head) not in SPEAKING_VERBS | words.REPORTING_VERBS):
        acts.append(verb.head)
    return acts


def _participle_of(verb: Token, noun: Token | None, num: Token) -> bool:
    """`verb` is a participle clause with no subject of its own whose object the figure is ("killing 14 people")."""
    counted = noun if noun is not None else num
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB"
            and counted.dep_ == "dobj" and counted.head.i == verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _moves_amount(participle: Token) -> bool:
    """The participle rises, falls, cuts, sells or buys an amount ("cutting prices by 10 per cent"): a change of an
    amount, an account or a market takes no site of the act it follows (GUIDE P1, review39a)."""
    key = lemma(participle)
    return event_family(key) in AMOUNT_CLASSES or verb_class(key) in AMOUNT_CLASSES


def _site_at(act: Token) -> str:
    """The named place or site "at" the act or what it acted on ("at Sharana", "through an apartment block at
    Zhengzhou"), else the town of an unnamed site there ("at a garment factory in Dhaka"); "" for none."""
    held = [o for c in act.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ACTED_ON)
            for o in ([c] if c.dep_ == "dobj" else c.children) if o.dep_ in ("dobj", "pobj")]
    for head in (act, *held):
        site = next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "at" for o in c.children
                     if o.dep_ == "pobj" and is_place(o, AT_LABELS, workplace=True)), None)
        if site is not None:
            return place_name_of(site)
        town = unnamed_site_town(head)
        if town:
            return town
    return ""
