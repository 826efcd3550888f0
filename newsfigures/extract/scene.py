"""The one place of an article that reports events at one place (tests/gold/measures/GUIDE.md, revision 2, P1's
second clause, read as written): "when the whole article reports events at one place (a city, region or country
where its disaster, fighting, crime, match, election or meeting happens, as its title, dateline or opening names
it ...), that place for every figure of those events", and "" when "the figure spans places the article names
separately".

setting.py gives a match's place, from the opening, to the figures of every match story. For any other story the
opening's one place (`setting.setting_of`: the first sentence of the title and lede naming a place in a locative
phrase; where a sentence names none the tagger labels, a town it makes a person or organisation that the gazetteer
knows, "A court in Lyon", stop 38) is the article's scene only when the guide's condition holds:

- the whole article names no other place: every place entity of the article (GPE, LOC, FAC) is the scene, a name
  inside or around it ("Kent" beside "east Kent"; by WordNet's part holonyms, within.py, stop 43: "Beira" in a story
  set in Mozambique, "Rhode Island" in one set in Providence), or a country beside a scene that is no country
  ("France" in a story set in Lyon). An article that names a second place reports events at more than one, or figures
  that may span them: the guide's "" (towns named under "the Southern Highlands", a camp under "the northern West Bank", a town
  "inside Afghanistan");
- the phrase tells of what happened, not of an event still to come (C4's "scheduled or planned"): "peace talks ...
  scheduled for later that month in the capital", "will return to competition at the city's track
  classic", "the first test, which is due to begin in the port city tomorrow"; the
  gold gives none of those articles' figures that place;
- the phrase tells of what happened, not of where something was said (a verb of speaking above it: "Speaking in
  the capital, the finance minister said unemployment had fallen"): the figures such a statement reports may be
  the nation's, a company's or anyone's;
- a place on its clause's subject ("Police in Karachi say ...", "A court in London heard ...", "Services in London
  honoured some 50 people killed in the attacks") says where the subject is: the figures of that sentence keep what
  its readers gave them (place.py, own_place.py, which leave such a place off on purpose), and the scene starts with
  the next sentence.

The figures that take the scene are `setting.with_setting`'s: no company's accounts or market, age, count of
places, another country's people or a country's own figure ("Norway has pledged $5 million in aid"), distance
between places, nor a count of matches, races or events of any kind
(`setting.MATCH_NOUNS`: "she has won 45 races since 2019" after a race in Boston spans the venues of a career). Stop 24 gave the opening's
place to every story's figures and lost on the test split (docs/findings/rounds_16_32.md): the whole-article condition is what it
did not read.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import combinations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsfigures.extract import word_senses
from newsfigures.extract.dateline import dateline_at, ties_to_city
from newsfigures.extract.match_site import match_setting
from newsfigures.extract.measure_lexicon import PROJECTION_MODALS, PROJECTION_WORDS
from newsfigures.extract.pipeline import NUMBERS_COMPONENT
from newsfigures.extract.read_places import Read, unread
from newsfigures.extract.reference_point import reference_point
from newsfigures.extract.setting import (MATCH_NOUNS, SETTING_LABELS, Setting, lede, may_take_setting, names_a_match,
                                         place_name, setting_of)
from newsfigures.extract.within import containers, lies_within, stated_within
from newsfigures.model import Article, Figure

AHEAD_AUXILIARIES = frozenset({"will", "shall"}) | PROJECTION_MODALS  # "will return to competition at ..."
AHEAD_WORDS = frozenset({"schedule", "plan", "due"}) | PROJECTION_WORDS  # "talks scheduled for ... in the capital"
# verbs of speaking: a place phrase under one says where something was said ("Speaking in the capital, the minister
# said ...", "told shareholders at a meeting in the city that ..."), not where what it reports happened
SPEAKING_VERBS = frozenset({"say", "tell", "speak", "talk", "announce", "declare", "state", "address", "brief"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
ARTICLE_CHARS = 100_000  # the places of a longer article are read from its first this many characters
# what naming the article's places runs: the recogniser, what it listens to (the small English model's recogniser
# embeds tokens itself, so no tagger or shared tok2vec: the same entities on the 229 dev Wikinews and Lee texts, in
# 0.3-0.4 of the time the tagger and recogniser take), and the line breaks that end sentences
FOR_PLACES = frozenset({"ner", "newsfigures_paragraphs"})


def ahead(root: Token) -> bool:
    """The place phrase of `root` (a place name's head word) tells of an event still to come: up the words above it
    to the first verb, a word of planning or forecasting, or that verb's future or modal auxiliary ("scheduled for
    later that month in the capital", "which is due to begin in the port city", "will return to competition at ...")."""
    for t in root.ancestors:
        if t.lemma_ in AHEAD_WORDS:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return _future(t) or (t.dep_ in ("xcomp", "acomp") and _future(t.head))
    return False


def _future(verb: Token) -> bool:
    """`verb` is planned or forecast: a word of planning itself, or a future or modal auxiliary on it."""
    return verb.lemma_ in AHEAD_WORDS or any(c.dep_ in ("aux", "auxpass") and c.lower_ in AHEAD_AUXILIARIES
                                             for c in verb.children)


def happened(root: Token) -> bool:
    """The place phrase of `root` tells of what happened: not of an event still to come (`ahead`), nor of where
    something was said (`spoken_at`)."""
    return not ahead(root) and not spoken_at(root)


def spoken_at(root: Token) -> bool:
    """The place phrase of `root` says where something was said: the first verb above it is a verb of speaking
    ("Speaking in the capital", "told shareholders at a meeting in the city", "announced the package at a
    press conference in the port"); a national statistic, a company's stores or a programme's jobs it reports are not
    events at that place. A place on the speaker ("Police in Kabul say") is `on_subject`'s."""
    verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_ in SPEAKING_VERBS and not on_subject(root)  # "Police in Kabul say"


def on_subject(root: Token) -> bool:
    """The place phrase of `root` hangs on its clause's subject ("Police in Karachi say", "A court in London heard",
    "Services in London honoured"): it says where the subject is, not where the events its sentence counts happened."""
    noun = root.head.head
    return root.head.pos_ == "ADP" and noun.dep_ in SUBJECTS and noun.pos_ in ("NOUN", "PROPN")


def on_speaker(root: Token) -> bool:
    """The place phrase of `root` hangs on the subject of a verb of speaking ("the defence ministry in Yerevan said"):
    where the speaker sits. A town the tagger makes an organisation there is a ministry's or bureau's seat, not the
    scene (stop 38; a labelled place there keeps `on_subject`'s reading)."""
    verb = root.head.head.head
    return on_subject(root) and verb.lemma_ in SPEAKING_VERBS


def _scene_of(doc: Doc, offset: int) -> Setting:
    """The opening's one place of what happened: from its own sentence on, or, when it hangs on its clause's subject,
    from the next sentence on (the figures of its own sentence keep what the sentence's readers gave them)."""
    found = setting_of(doc, offset, lambda r: happened(r) and not on_subject(r), towns=happened)
    if found.place:
        return found
    found = setting_of(doc, offset, happened, towns=lambda r: not on_speaker(r))
    ends = [offset + s.end_char for s in doc.sents if offset + s.start_char == found.start]
    return Setting(found.place, ends[0]) if found.place and ends else found


def _dateline_scene(doc: Doc, text: str, offset: int) -> Setting:
    """The opening's wire dateline as its one place (dateline.py), from its sentence on, when that sentence places
    what happened in the dateline's city and on no other ground (the sentence after it, when the parser cut the
    dateline off as a sentence of its own); no place for no dateline."""
    sents = list(doc.sents)
    for i, sent in enumerate(sents):
        place = dateline_at(text, sent.start_char)
        if place:
            alone = i + 1 < len(sents) and not any(t.pos_ == "VERB" for t in sent)  # "KABUL (Reuters) -" cut off
            told = doc[sent.start:sents[i + 1].end] if alone else sent
            return Setting(place, offset + sent.start_char) if ties_to_city(told) else Setting()
    return Setting()


def elsewhere(scene: str, article: Doc, text: str = "", offset: int = 0) -> bool:
    """The whole `article` (or a stretch of `text` from `offset`) names a place that is not `scene`, a name inside or
    around it, or a country beside a scene that is no country; `text`, the article's, may say that a place lies
    within another (`_beside`); a reference point ("south of Sydney": reference_point.py) names no place of events."""
    names = [place_name(e) for e in article.ents if e.label_ in SETTING_LABELS
             and not (text and reference_point(text, offset + e.start_char))]
    return named_elsewhere(scene, names, text)


def events_places(read: Read, text: str) -> list[str]:
    """The places the main parse named in the article's first ARTICLE_CHARS characters (`read`), but a reference
    point (reference_point.py), which locates the story's place and names no place of events."""
    return [p.name for p in read.places if p.start < ARTICLE_CHARS and not reference_point(text, p.start)]


def named_elsewhere(scene: str, names: Iterable[str], text: str = "") -> bool:
    """One of the place `names` is not `scene`, a name inside or around it, or a country beside a scene that is no
    country; `text`, the article's, may say that a place lies within another (`_beside`)."""
    return any(not _beside(name, scene, text) for name in names)


def apart(names: Iterable[str], opening: str, text: str = "") -> bool:
    """A place of `names` is beside no place `opening` can name: a name that is no country's and none of whose words
    `opening` holds (a scene within it or around it shares a word with it), or two such names that share no word,
    whose words `opening` does not all hold (no scene is within both; only one that holds both names' words is
    around both). An article whose windows name such a place names a place other than any scene of its opening, so
    its opening need not be parsed for one."""
    lowered, names = opening.lower(), list(names)
    inner = sorted({n for n in names if n.strip() and not _country(n) and not _container_held(n, lowered)
                    and not any(m.lower() in lowered and stated_within(n, m, text) for m in names)})
    if any(not any(w in lowered for w in n.lower().split()) for n in inner):
        return True
    for a, b in combinations(inner, 2):
        words = set(a.lower().split()), set(b.lower().split())
        if words[0].isdisjoint(words[1]) and not all(w in lowered for w in words[0] | words[1]):
            return True
    return False


def _container_held(name: str, lowered: str) -> bool:
    """`lowered` (an opening, in small letters) names a place WordNet puts `name` inside ("Bucharest" under an
    opening set "in Romania"): a scene there would have `name` beside it (`_beside`), so `name` is not apart."""
    return any(c.lower() in lowered for c in containers(name))


def _beside(name: str, scene: str, text: str = "") -> bool:
    """`name` is the scene, a name within it or containing it (by whole words, a place WordNet puts inside the
    other, or one the article's `text` says lies in the other: within.py), or a country beside a scene that is no
    country."""
    words, inner = set(name.lower().split()), set(scene.lower().split())
    if words <= inner or inner <= words or lies_within(name, scene) or lies_within(scene, name):
        return True
    if (stated_within(name, scene, text) and not _country(name)) or (stated_within(scene, name, text)
                                                                     and not _country(scene)):
        return True  # "near Sambalpur in eastern India", "in Peru's Huancavelica region"; no country lies in a place
    return _country(name) and not _country(scene)


def _country(name: str) -> bool:
    """`name` is a country's, by WordNet's places or peoples."""
    return word_senses.names_country(name) or bool(word_senses.peoples_of(name))


def settings(arts: list[Article], found: dict[str, list[Figure]], nlp: Language, batch_size: int,
             read: dict[str, Read] | None = None) -> dict[str, Setting]:
    """The setting of each article with a figure that may take one: its match's place (setting.py; a venue the
    tagger names no place, match_site.py), else its scene, the opening's one place of what happened when the whole
    article names no other place. `read` gives what the main parse already read of each article (read_places.py):
    an opening with no match whose article's windows name two places apart is not parsed, and the recogniser runs
    only over the text no window read."""
    read = read or {}
    texts = {a.id: a.text for a in arts}
    ledes = {a.id: lede(a.text, a.title) for a in arts if any(may_take_setting(f) for f in found[a.id])}
    ledes = {k: (text, start) for k, (text, start) in ledes.items()
             if names_a_match(text) or not apart(events_places(read.get(k, Read()), texts[k]), text, texts[k])}
    docs = nlp.pipe((t for t, _ in ledes.values()), batch_size=batch_size, disable=[NUMBERS_COMPONENT])
    matches: dict[str, Setting] = {}
    scenes: dict[str, Setting] = {}
    for (key, (text, start)), doc in zip(ledes.items(), docs):
        matches[key] = match_setting(doc, start) if names_a_match(text) else Setting()
        if not matches[key].place:
            found = _scene_of(doc, start)
            scenes[key] = found if found.place else _dateline_scene(doc, text, start)
    return {k: s for k, s in matches.items() if s.place} | _one_place(texts, scenes, read, nlp, batch_size)


def _one_place(texts: dict[str, str], scenes: dict[str, Setting], read: dict[str, Read], nlp: Language,
               batch_size: int) -> dict[str, Setting]:
    """`scenes`, each kept only where its whole article (`texts`) names no other place: none among the places its
    windows name (`read`), nor among those the recogniser names in the text no window read."""
    keys = [k for k, s in scenes.items()
            if s.place and not named_elsewhere(s.place, events_places(read.get(k, Read()), texts[k]), texts[k])]
    gaps = [(k, start, gap) for k in keys for start, gap in unread(texts[k], read.get(k, Read()), ARTICLE_CHARS)]
    docs = nlp.pipe((gap for _, _, gap in gaps), batch_size=batch_size, disable=not_for_places(nlp))
    away = {k for (k, start, _), doc in zip(gaps, docs) if elsewhere(scenes[k].place, doc, texts[k], start)}
    return {k: replace(scenes[k], place=as_the_body_writes(scenes[k].place, texts[k]), spans=MATCH_NOUNS,
                       of_events=True) for k in keys if k not in away}


def as_the_body_writes(place: str, text: str) -> str:
    """A place read from a headline in capitals ("EXPORTS ... RISE SHARPLY IN COLOMBIA") as the article's text
    writes it elsewhere ("Colombia's traditional major export"); as read when it is not in capitals or the text
    writes it no other way ("U.K.")."""
    if not place.isupper():
        return place
    found = re.finditer(rf"(?<!\w){re.escape(place)}(?!\w)", text, re.IGNORECASE)
    return next((m.group() for m in found if not m.group().isupper()), place)


def not_for_places(nlp: Language) -> list[str]:
    """The components naming an article's places does not run: all but the recogniser, the components it listens to
    (a shared tok2vec or transformer, in models whose recogniser has none of its own) and the line breaks."""
    heard = {name for name, pipe in nlp.pipeline if "ner" in getattr(pipe, "listening_components", ())}
    return [name for name in nlp.pipe_names if name not in FOR_PLACES | heard]
