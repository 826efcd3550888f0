"""The place a figure's own locative phrase gives without naming it (GUIDE P1, the place the sentence restricts the
figure to), read last, after every reader of a named place:

- a nationality adjective on a ground noun names the country ("was tracked ... as it wandered in Japanese waters for
  two hours" -> Japan, wn2004_026; "more than 200 flights were diverted to Canadian airports" -> Canada,
  wn2004_048); a people ("thousands of Australians") or a people's act ("killed in Israeli strikes") is no ground;
- a place anaphor ("in the country", "in the Territory") stands for the one place of its kind the text names in its
  sentence or the REACH sentences before ("the [country's] government declares ... following the M 7.7
  earthquake in the country" -> that country, 2025-04-02_1; "the Northern Territory Aids Council says ... 21
  percent of HIV infections in the Territory" -> Northern Territory, bg_030): a country for "country" or "nation",
  a name ending in the word for a capitalised one; none when two such places are named there;
- a lower-case kind anaphor ("in the province", "across the town's market", `place_names.KIND_ANAPHORS`) stands for
  the one name the same sentences write with that kind noun ("the town of X", "X province", "the state of X"), in
  whatever entity the tagger gives it or none: the kind noun says it is a place (stop 38's article probe).
A bare "there" is not read (measured in stop 35: it read no dev place, bg_145's "there" having four places named
before it).

Like own_place.py, these are the measure's place only: `Figure.place`, which keys metrics, is unchanged.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import sentcache
from newsfigures.extract.gazetteer import PLACE_LABELS
from newsfigures.extract.pipeline import sentence_before
from newsfigures.extract.place import place_name_of
from newsfigures.extract.place_names import KIND_ANAPHORS, bare
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import country_of, names_country

REACH = 2  # sentences before the figure's own an anaphor may reach back over


def implied_place(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The country a nationality on the figure's locative ground names, else the place its locative anaphor stands
    for; "" for none."""
    objects = [o for h in locative_heads(noun, event_tok, num) for o in _locative_objects(h)]
    return (next((p for p in map(_national_ground, objects) if p), "")
            or next((p for p in map(_anaphor_place, objects) if p), ""))


def locative_heads(noun: Token | None, event_tok: Token | None, num: Token) -> list[Token]:
    """The number, its counted and event nouns, the whole it is counted "of", and the nearest verb above it (not a
    reporting verb: where a speaker says it is not where it happened)."""
    heads = [num, *(h for h in (noun, event_tok) if h is not None)]
    heads += [o for h in list(heads) for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj"]
    verb = next((v for v, _ in sentcache.verbs_above(num) if v.pos_ in ("VERB", "AUX")), None)
    if verb is not None and lemma(verb) not in words.REPORTING_VERBS:
        heads.append(verb)
    return list(dict.fromkeys(heads))


def _locative_objects(head: Token) -> list[Token]:
    """The objects of the locative phrases on `head` ("in Japanese waters" -> waters)."""
    return [o for c in head.children if c.dep_ == "prep" and c.lower_ in words.IMPLIED_PLACE_PREPOSITIONS
            for o in c.children if o.dep_ == "pobj"]


def _national_ground(obj: Token) -> str:
    """The country a nationality adjective on a ground noun names ("Japanese waters" -> Japan); "" for none."""
    if obj.pos_ != "NOUN" or obj.lower_ not in words.NATIONAL_GROUND and lemma(obj) not in words.NATIONAL_GROUND:
        return ""
    return next((country_of(a.text) for a in obj.lefts
                 if a.dep_ in ("amod", "compound") and a.text[:1].isupper() and country_of(a.text)), "")


def _anaphor_place(obj: Token) -> str:
    """The one place of its kind named just before "the country" or "the Territory"; "" for none or several."""
    obj = next((c for c in obj.lefts if c.dep_ == "poss" and lemma(c) in KIND_ANAPHORS), obj)
    if not any(c.lower_ == "the" for c in obj.lefts) or any(c.dep_ in ("amod", "compound") for c in obj.lefts):
        return ""
    if obj.lower_ in KIND_ANAPHORS:
        return _only(_kind_named(obj), lambda _: True)
    if lemma(obj) in words.COUNTRY_ANAPHORS:
        return _only(_places_before(obj), names_country)
    if obj.text[:1].isupper() and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in PLACE_LABELS:
        return _only(_names_ending(obj), lambda _: True)
    return ""


def _names_ending(anaphor: Token) -> list[str]:
    """The capitalised names ending in the anaphor's word before it, in any entity or none ("the Northern Territory
    Aids Council" names "Northern Territory" for "the Territory")."""
    names = []
    for span in _window(anaphor):
        for w in span:
            start = w.i
            while start > span.start and w.doc[start - 1].pos_ == "PROPN" and w.doc[start - 1].lower_ != "the":
                start -= 1
            if w.text == anaphor.text and start < w.i:
                names.append(w.doc[start:w.i + 1].text)
    return names


def _kind_named(anaphor: Token) -> list[str]:
    """The proper names written with the anaphor's kind noun before it: "the town of X", "X province", "the town, X"."""
    kinds = [w for span in _window(anaphor) for w in span if w.lower_ == anaphor.lower_ and w.i != anaphor.i]
    names = [o for k in kinds for c in k.children if c.dep_ == "prep" and c.lower_ == "of"
             for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    names += [c for k in kinds for c in k.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    names += [c for k in kinds for c in k.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]  # "a rival town, X"
    return [bare(_proper_name(n)) for n in names]


def _proper_name(t: Token) -> str:
    """The proper noun `t` with the proper nouns compounded before it ("Minas Gerais")."""
    first = t.i
    while first > 0 and t.doc[first - 1].pos_ == "PROPN" and t.doc[first - 1].head.i in range(first, t.i + 1):
        first -= 1
    return t.doc[first:t.i + 1].text


def _places_before(t: Token) -> list[str]:
    """The named places from REACH sentences before `t`'s own up to `t`, as names."""
    return [place_name_of(e[-1]) for span in _window(t) for e in span.ents if e.label_ in PLACE_LABELS]


def _window(t: Token) -> list[Span]:
    """`t`'s own sentence up to `t`, and up to REACH sentences before it (parsed apart or not)."""
    sent = sentcache.token_sentence(t)
    spans = [t.doc[sent.start:t.i]]
    for _ in range(REACH):
        sent = sentence_before(sent, REACH)
        if sent is None:
            break
        spans.append(sent)
    return spans


def _only(names: list[str], kind: Callable[[str], bool]) -> str:
    """The one distinct name of `kind` among `names`; "" for none or several."""
    found = {n for n in names if n and kind(n)}
    return found.pop() if len(found) == 1 else ""
