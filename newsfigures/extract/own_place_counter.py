"""The place that counts a figure as its own (GUIDE revision 2, P1: the place the sentence restricts the figure to;
P2: several places joined with "; "), read last, when no reader found a place: a named place that is the subject of
a verb of counting whose object is the figure ("Western Australia, the Northern Territory and South Australia have
each recorded three deaths", lee bg_002; "Zambia has recorded 1,200 cholera cases"; "Ohio reported turnout of 71
percent"). Only a verb of counting: a place that acts ("Australia has pledged $10 million", "Nauru will take up to
1,200 asylum seekers") was measured unsafe at stop 36, and a place-named body that speaks ("Washington officials
said 40 militants were killed") is no subject of this verb's object.

Like own_place.py, the measure's place only: `Figure.place`, which keys metrics, is unchanged.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.gazetteer import candidate, in_gazetteer, is_place
from newsfigures.extract.place import place_name_of
from newsfigures.extract.place_names import COUNTING_VERBS
from newsfigures.extract.tree import lemma

_LISTED = frozenset({"conj", "appos"})  # the other places of a subject list ("X, the Y and Z have each recorded")


def counter_place(noun: Token | None, num: Token) -> str:
    """The named places that are the subject of the verb of counting whose object is the figure; "" for none."""
    obj = _counted_object(noun if noun is not None else num)
    verb = _counting_verb(obj) if obj is not None else None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    # one subject, no other name on it: a wire dateline parsed as a second subject ("LONDON (Reuters) - Acme Bank
    # reported a pretax profit", test_place_domains) is where the story was filed, not the count's place
    subj = subjects[0] if len(subjects) == 1 else None
    if subj is None or not (is_place(subj) or _opening_place(subj)) or _named_beside(subj):
        return ""
    return "; ".join(dict.fromkeys(place_name_of(p) for p in _listed(subj)))


def _counted_object(counted: Token) -> Token | None:
    """The direct object the figure is or is the "of" phrase of ("recorded 1,200 cases", "reported turnout of 71
    percent"); None for none."""
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.dep_ == "dobj":
        counted = counted.head.head
    return counted if counted.dep_ == "dobj" else None


def _counting_verb(obj: Token) -> Token | None:
    """The verb of counting the object hangs on, also when the tagger reads "have each recorded three deaths" as
    "have" with an adjective "recorded" on the object (bg_002); None for another verb."""
    verb = obj.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    counting = lemma(verb) in COUNTING_VERBS or any(c.dep_ == "amod" and lemma(c) in COUNTING_VERBS
                                                     for c in obj.children)
    return verb if counting else None


def _opening_place(t: Token) -> bool:
    """A name of two words or more that opens its sentence and the gazetteer lists, which the tagger made an
    organisation or nothing ("Western Australia, the Northern Territory and ...", bg_002): `is_place` passes over
    a sentence's first word, which may be capitalised for its place alone."""
    name = candidate(t)
    return (t.ent_type_ in ("ORG", "") and len(name) > 1 and name.start == t.sent.start
            and in_gazetteer(name.text))


def _named_beside(subj: Token) -> bool:
    """The subject has a name beside it that is no place ("LONDON (Reuters)")."""
    return any(c.dep_ in _LISTED and c.ent_type_ and not is_place(c) for c in subj.children)


def _listed(subj: Token) -> list[Token]:
    """The subject and the named places listed with it, in order."""
    places, todo = [], [subj]
    while todo:
        t = todo.pop(0)
        places.append(t)
        todo += [c for c in t.children if c.dep_ in _LISTED and is_place(c)]
    return sorted(places, key=lambda t: t.i)
