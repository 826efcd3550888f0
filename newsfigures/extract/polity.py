"""The article's polity: the one state or country a story of an election or a legislature is about, given to its
figures that name no place of their own ("Gregoire wins Washington state's closest ever governor's race ... She
won this by only 129 votes" -> Washington).

An article is read for it only when its text speaks of an election, a recount or a parliament; its headline (the
first sentence) is parsed apart, and the polity is the place that headline names as the owner of a political body
or contest: "Vanuatu PM", "Dutch parliament", "Mozambique's ruling party ... elections", "in Ohio Recount". A
headline that names none, or two ("US president Bush visits Canada"), gives none. Dev, five stories:
wn2004_089 (Washington), wn2004_086 (Ohio), wn2004_074 (Mozambique), wn2004_059 (Vanuatu), wn2004_014
(Netherlands); texts of the same words whose headlines name no such place keep their figures story-wide
(wn2004_046 "Austrian Social Democrat Party leader", wn2004_051 "U.S. Secretary of Homeland Security", Lee bg_001,
bg_203).

Where the headline gives none, the opening (the title and lede, or a lede and the sentence after it) may name the
polity as the owner of a body of it (GUIDE revision 2, P1: the place where the article's election or meeting
happens "as its title, dateline or opening names it"; stop 42's wire probe: "New Zealand's ruling Labour Party won
64 of the 120 seats", "The US Senate passed", "Spain's Transport Minister ... resigned"): a legislature, a
government, a ministry or minister, a ruling party (`place_names.LEDE_POLITY_BODIES`; dev: "The ... government
declares ...", two dev current-events items of 2025-03-31 and 2025-04-02, whose figures the gold places there), when
the opening names no other place, nationality or people: a conflict's opening names two sides (one people's prime
minister and another people's leader, dev bg_116, bg_267: read, it gave the first's country to 8 of their figures
the gold places elsewhere or nowhere). A company, a central bank, a team, an army or a police force a nationality
modifies is no body of a polity (P1: an organisation's figure takes a place only where the text restricts it;
dev cor_048 "Australia's Commonwealth Bank", bg_001 "Indian security forces", "Pakistani police"). No age takes
the polity (the guide's settled point).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsfigures.calendar_words import MONTHS, WEEKDAYS
from newsfigures.extract import lexicon as words
from newsfigures.extract import sentcache, windows, word_senses
from newsfigures.extract.place_names import LEDE_POLITY_BODIES, RULING_WORDS
from newsfigures.model import Figure

# Words of a story about a polity's election or legislature (dev: "election" wn2004_074, 086, 089; "recount"
# wn2004_086, 089; "parliament" wn2004_014, 059, 074).
POLITICAL_TEXT = re.compile(r"\b(?:elections?|recounts?|parliament)\b", re.IGNORECASE)
# Headline nouns a polity owns. Its body or office: "Dutch parliament" (wn2004_014), "Vanuatu PM" (wn2004_059; "Japanese
# Prime Minister Koizumi" wn2004_026, "prime minister of Macedonia" wn2004_012), "Mozambique's ruling party"
# (wn2004_074; "Japan's ruling party" wn2004_026). Its contest: "in elections" (wn2004_074; "election review"
# wn2004_088), "Ohio Recount" (wn2004_086), "Washington state's closest ever governor's race" (wn2004_089).
POLITY_BODIES = frozenset({"parliament", "pm", "party"})
POLITY_CONTESTS = frozenset({"election", "elections", "recount", "race"})
POLITY_NOUNS = POLITY_BODIES | POLITY_CONTESTS
_MODIFIERS = frozenset({"compound", "poss", "amod", "nmod"})
# Quantities that count places: a count of countries is never restricted to one of them (wn2004_059 "formal
# diplomatic relationships with 27 countries, including Vanuatu").
PLACE_COUNTS = frozenset({"country", "nation", "state", "place"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
HEADLINE_CHARS = 200  # a first sentence longer than this is a lede, not a headline
PERSONAL = frozenset({"age"})  # an age describes a person, not an event: no polity (the guide's settled point)


def headline(text: str) -> str:
    """The article's headline: its first sentence when the text speaks of a polity's election or legislature and
    that sentence is short (a headline, not a lede); "" otherwise."""
    if POLITICAL_TEXT.search(text) is None:
        return ""
    sents = windows.sentences(text)
    first = text[sents[0][0]:sents[0][1]].strip() if sents else ""
    return first if len(first) <= HEADLINE_CHARS else ""


def opening(text: str) -> str:
    """The article's opening as read for a lede's polity: its first two sentences (a headed article's title and lede,
    else its lede and the sentence after it), at most `windows.OPENING_CHARS`."""
    return windows.opening_of(text, 2)[0].strip()


def polity_of(doc: Doc) -> str:
    """The one place a parsed headline names as the owner of a political body or contest ("Vanuatu" in "Vanuatu
    PM accused of assaulting envoy", "Netherlands" for "Dutch parliament"); "" for none or more than one."""
    found = {p for t in doc if t.lower_ in POLITY_NOUNS and _political(t) for p in map(_place, _owners(t)) if p}
    return found.pop() if len(found) == 1 else ""


def _political(noun: Token) -> bool:
    """A party is a polity's only when it rules it ("ruling party"), not a named party ("Social Democrat Party")."""
    return noun.lower_ != "party" or (noun.pos_ == "NOUN" and any(c.lower_ == "ruling" for c in noun.children))


def names_a_body(opening_text: str) -> bool:
    """`opening_text` has a word of `LEDE_POLITY_BODIES`: only such openings are worth parsing for `lede_polity`."""
    return windows.has_word_of(opening_text, LEDE_POLITY_BODIES)


def lede_polity(doc: Doc) -> str:
    """The one place a parsed lede names as the owner of a body or office of its polity ("New Zealand" in "New
    Zealand's ruling Labour Party won 64 of the 120 seats", "United States" for "The US Senate passed"), when the lede
    names no other place, nationality or people; "" otherwise."""
    owners = [t for body in doc if body.lower_ in LEDE_POLITY_BODIES and _rules(body) for t in _owners(body)]
    found = {p for p in map(_named_place, owners) if p}
    named = {p for p in map(_named_place, doc) if p}
    return found.pop() if len(found) == 1 and named <= found and not any(map(_other_people, doc)) else ""


def _other_people(t: Token) -> bool:
    """`t` names a people or group of no country ("Basques", "Basque leader" beside "Spanish Prime Minister"; dev
    bg_116, bg_267): the story is of two sides, not of one polity."""
    return t.ent_type_ == "NORP" and not word_senses.country_of(t.text)


def _rules(body: Token) -> bool:
    """A party or coalition is the polity's only when it rules ("Canada's ruling Liberal Party"); any other body is."""
    return body.lower_ not in ("party", "coalition") or any(c.lower_ in RULING_WORDS for c in body.children)


def _named_place(t: Token) -> str:
    """The country a nationality word names ("Brazilian" -> "Brazil"), the place entity a capitalised word belongs to
    ("New Zealand"), or a country's name inside a body's ("US" of "The US Senate", an organisation to the tagger);
    "" for any other word (a ministry's name: "Finance", "Health")."""
    if not t.text[:1].isupper():
        return ""
    if t.ent_type_ not in PLACE_LABELS and t.pos_ == "PROPN" and word_senses.names_country(t.text):
        return t.text
    return word_senses.country_of(t.text) or (_name(t) if t.ent_type_ in PLACE_LABELS else "")


def _owners(noun: Token) -> list[Token]:
    """The words that modify `noun` before it, through a chain of modifiers ("Washington" of "Washington state's
    ... governor's race")."""
    out: list[Token] = []
    todo = [c for c in noun.lefts if c.dep_ in _MODIFIERS]
    while todo:
        t = todo.pop()
        out.append(t)
        if t.pos_ != "PROPN":  # a name's own compounds are part of it ("South Korea")
            todo += [c for c in t.lefts if c.dep_ in _MODIFIERS]
    return out


def _place(t: Token) -> str:
    """The place a capitalised modifier names: a nationality adjective's country ("Dutch" -> "Netherlands"), a
    proper noun that names no person ("Ohio"); "" for anything else, a day or a date among them ("Saturday's
    election")."""
    if not t.text[:1].isupper() or t.ent_type_ in words.TIME_LABELS or t.lower_ in WEEKDAYS or t.lower_ in MONTHS:
        return ""
    country = word_senses.country_of(t.text)
    if country:
        return country
    return _name(t) if t.pos_ == "PROPN" and t.ent_type_ != "NORP" and not _person(t) else ""


def _name(t: Token) -> str:
    """The place entity a proper noun belongs to ("Solomon Islands", whichever way the parser joined its words),
    else the proper noun with the proper nouns compounded onto it before it ("South Korea")."""
    ent = sentcache.entity_of(t)
    words = [w for w in ent if w.tag_ != "POS" and w.lower_ != "the"] if ent is not None else []
    if ent is not None and ent.label_ in PLACE_LABELS and words:
        return t.doc[words[0].i:words[-1].i + 1].text  # without "the" and a possessive "'s"
    start = t.i
    while start > 0 and t.doc[start - 1].dep_ == "compound" and t.doc[start - 1].pos_ == "PROPN" \
            and t.doc[start - 1].head.i <= t.i:
        start -= 1
    return t.doc[start:t.i + 1].text


def _person(t: Token) -> bool:
    """`t` names a person: spaCy reads it as one outside a title's phrase, or it is a known person noun."""
    return (t.ent_type_ == "PERSON" and t.head.lower_ not in POLITY_NOUNS) or word_senses.names_person(t.text)


def with_polity(figures: Sequence[Figure], polity: str) -> list[Figure]:
    """`figures`, each that names no place of its own, counts no places, is no age and is no other country's people
    given the article's `polity`."""
    if not polity:
        return list(figures)
    return [replace(f, measure=replace(f.measure, place=polity))
            if not f.measure.place and f.measure.quantity not in PLACE_COUNTS | PERSONAL
            and not foreign_people(f, polity)
            else f
            for f in figures]


def foreign_people(f: Figure, polity: str) -> bool:
    """The figure's subject is the people of another country than the polity, itself a country ("Taliban attacks
    killed 200 Afghan civilians" in a story of the Dutch parliament); a state's polity ("Ohio") is no country, and
    its country's people ("American voters") are its own."""
    words_ = f.measure.subject.split()
    named = {word_senses.country_of(w) for w in words_ + [" ".join(p) for p in zip(words_, words_[1:])]} - {""}
    return bool(named) and polity not in named and bool(word_senses.peoples_of(polity))
