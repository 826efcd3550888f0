"""What a word means, read from WordNet-derived data files (scripts/build_word_senses.py, build_place_names.py):
whether a noun names a person, for counts of role nouns no hand list foresaw ("seven astronauts", "three
defendants"), whether a group noun's members are persons ("300 staff", "2,000 militia"), which quantity of the GUIDE a
noun's first sense counts ("paratroopers" -> troops, "murders" -> deaths, "subsidy" -> aid), which closed event class a
verb's first sense belongs to ("slaughtered" -> killed, "dwindled" -> fell), which way a verb with any sense that
moves an amount moves it ("surged" -> rose, "slumped" -> fell), which verb an act noun is derived from ("testimony" ->
testify), whether a common noun names a place ("district", "township"), which country a nationality adjective or a people's plural names ("Japanese" -> Japan, "Nigerians" ->
Nigeria), and which named places a name names ("Sudan" two: the country and the region; "South Sudan" none, WordNet
3.0 predates it)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def data_lines(name: str) -> list[str]:
    """The entry lines of a package data file (extract/data/), without its comment header."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """The one-word nouns whose most frequent WordNet sense is a person (read once; the file is package data)."""
    return frozenset(data_lines("person_nouns.txt"))


def names_person(lemma: str) -> bool:
    """True when the noun lemma's first WordNet sense is a person ("guide", "astronaut", "defendant")."""
    return lemma.lower() in person_nouns()


def person_noun(lemma: str) -> bool:
    """A noun for persons: the news list (measure_lexicon.PERSON_NOUNS), or any noun whose first WordNet sense is a
    person ("astronaut")."""
    from newsfigures.extract.measure_lexicon import PERSON_NOUNS  # noqa: PLC0415 (measure_lexicon reads this module)
    return lemma in PERSON_NOUNS or names_person(lemma)


@lru_cache(maxsize=1)
def noun_classes() -> dict[str, str]:
    """Noun lemma -> the quantity its most frequent WordNet sense counts (read once; the file is package data)."""
    return dict(line.split("\t") for line in data_lines("noun_classes.txt"))


def noun_class(lemma: str) -> str:
    """The quantity a noun lemma's first WordNet sense counts ("trooper" -> troops, "massacre" -> deaths,
    "wage" -> salary), "" for none."""
    return noun_classes().get(lemma.lower(), "")


@lru_cache(maxsize=1)
def sum_nouns() -> frozenset[str]:
    """Nouns with any WordNet sense that is a kind of money (read once; the file is package data)."""
    return frozenset(data_lines("sum_nouns.txt"))


def names_a_sum(lemma: str) -> bool:
    """A noun that can name a sum of money in some WordNet sense ("reward", "bonus"), not only in its first."""
    return lemma.lower() in sum_nouns()


def troop_noun(lemma: str) -> bool:
    """A noun for members of the armed forces: the news list (measure_lexicon.TROOP_NOUNS), or a noun whose first
    WordNet sense is one ("paratrooper", "commando", "militiaman"); a noun the person list names stays a person's
    ("volunteer")."""
    from newsfigures.extract.measure_lexicon import PERSON_NOUNS, TROOP_NOUNS  # noqa: PLC0415 (it reads this module)
    return lemma in TROOP_NOUNS or (noun_class(lemma) == "troops" and lemma not in PERSON_NOUNS)


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, str]:
    """Noun lemma -> people | troops, for nouns whose first WordNet sense is a group of persons (read once)."""
    return dict(line.split("\t") for line in data_lines("group_nouns.txt"))


def group_class(lemma: str) -> str:
    """What the members of a group noun are, for a count of them written on the singular ("300 staff", "50 crew":
    people; "2,000 militia": troops), "" for a noun whose first WordNet sense is no group of persons."""
    return group_nouns().get(lemma.lower(), "")


@lru_cache(maxsize=1)
def event_verbs() -> dict[str, str]:
    """Verb lemma -> the event class of its most frequent WordNet sense (read once; the file is package data)."""
    return dict(line.split("\t") for line in data_lines("event_verbs.txt"))


def verb_class(lemma: str) -> str:
    """The closed event class of a verb lemma's first WordNet sense ("massacre" -> "killed"), "" for none."""
    return event_verbs().get(lemma.lower(), "")


@lru_cache(maxsize=1)
def change_verbs() -> dict[str, str]:
    """Verb lemma -> rose | fell, for verbs with any WordNet sense that moves an amount (read once)."""
    return dict(line.split("\t") for line in data_lines("change_verbs.txt"))


def change_verbs_of(direction: str) -> frozenset[str]:
    """The verbs with a WordNet sense that moves an amount in `direction` ("rose": "surge", "hike"; "fell":
    "slump", "trim"), none with a sense of the other."""
    return frozenset(w for w, d in change_verbs().items() if d == direction)


@lru_cache(maxsize=1)
def location_nouns() -> frozenset[str]:
    """The one-word common nouns whose most frequent WordNet sense is a place (read once; the file is package data)."""
    return frozenset(data_lines("location_nouns.txt"))


def names_location(lemma: str) -> bool:
    """True when the noun lemma's first WordNet sense is a place ("area", "district", "province", "township"); not
    "camp" or "hospital", which are built things."""
    return lemma.lower() in location_nouns()


@lru_cache(maxsize=1)
def act_gerunds() -> frozenset[str]:
    """The "-ing" nouns whose first WordNet sense is an act, an event, a process or a gathering (read once)."""
    return frozenset(data_lines("act_gerunds.txt"))


def names_act(gerund: str) -> bool:
    """True when an "-ing" noun lemma's first WordNet sense is something done or happening ("shooting", "hearing",
    "meeting"); not a thing ("building"), a time ("evening") or a sum ("funding")."""
    return gerund.lower() in act_gerunds()


@lru_cache(maxsize=1)
def act_nouns() -> dict[str, str]:
    """Noun lemma -> the verb its first WordNet sense, an act or a statement, is derived from (read once)."""
    return dict(line.split("\t") for line in data_lines("act_nouns.txt"))


def act_verb(noun: str) -> str:
    """The verb of a noun whose first WordNet sense is an act or a statement ("testimony" -> testify,
    "attendance" -> attend), "" for any other noun ("budget", "population")."""
    return act_nouns().get(noun.lower(), "")


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Nationality adjective or people's plural -> its country, as WordNet writes both, with the everyday ones its
    first senses miss ("Thai", "British", "Russians": demonyms_added.txt) (read once)."""
    added = dict(line.split("\t") for line in data_lines("demonyms_added.txt"))
    return {**added, **dict(line.split("\t") for line in data_lines("demonyms.txt"))}


def country_of(word: str) -> str:
    """The country a nationality adjective or people's plural names, as written ("Japanese" -> "Japan",
    "Nigerians" -> "Nigeria", "North Korean" -> "North Korea"); "" for any other word. Case matters: a
    nationality is capitalised ("Swiss", not "swiss")."""
    return demonyms().get(word, "")


@lru_cache(maxsize=1)
def _folded() -> dict[str, str]:
    """`demonyms` with words and countries lower-cased."""
    return {w.lower(): c.lower() for w, c in demonyms().items()}


def folded_country_of(word: str) -> str:
    """`country_of` for a lower-cased word, lower-cased ("nigerians" -> "nigeria"); "" for any other word."""
    return _folded().get(word, "")


@lru_cache(maxsize=1)
def _peoples_by_country() -> dict[str, frozenset[str]]:
    """Lower-cased country -> the lower-cased words naming its nationality or people."""
    out: dict[str, set[str]] = {}
    for word, country in _folded().items():
        out.setdefault(country, set()).add(word)
    return {c: frozenset(ws) for c, ws in out.items()}


def peoples_of(country: str) -> frozenset[str]:
    """The lower-cased nationality adjectives and people's plurals of a country, any case ("niger" ->
    {"nigeriens"}, "nigeria" -> {"nigerian", "nigerians"}); empty for a name that is no country of the table."""
    return _peoples_by_country().get(country.lower(), frozenset())


@lru_cache(maxsize=1)
def _places_by_name() -> dict[str, frozenset[int]]:
    """Lower-cased place name, also by its capitalised words alone as a proper name is compared ("republic congo"
    for "Republic of the Congo") -> the named places it names, each place numbered by its line (read once)."""
    out: dict[str, set[int]] = {}
    for n, line in enumerate(data_lines("place_names.txt")):
        for name in line.split("\t"):
            for key in {name, " ".join(w for w in name.split() if w[:1].isupper())}:
                out.setdefault(key.lower(), set()).add(n)
    return {name: frozenset(places) for name, places in out.items()}


@lru_cache(maxsize=1)
def _country_senses() -> frozenset[int]:
    """The named places that are countries: those whose nationality or people WordNet names (`demonyms`)."""
    return frozenset(p for country in set(demonyms().values()) for p in place_senses(country))


def names_country(name: str) -> bool:
    """Whether a name is a country's, by any name WordNet gives it ("Australia", "US"); False for a city or a region
    ("Kabul", "Sydney") and for a country WordNet names no people of."""
    return not place_senses(name).isdisjoint(_country_senses())


def place_senses(name: str) -> frozenset[int]:
    """The named places of WordNet a name names, any case, as numbers that are equal for one place ("gaza" and
    "gaza strip" share one; "australia" and "south australia" none); empty for a name that is no place's."""
    return _places_by_name().get(name.lower(), frozenset())


def same_place(x: str, y: str) -> bool:
    """Two names of one place: equal but for case ("COLOMBIA", "Colombia"), or names WordNet gives one place ("US",
    "United States")."""
    return x.lower() == y.lower() or not place_senses(x).isdisjoint(place_senses(y))


@lru_cache(maxsize=4)
def _first_sense_file(name: str) -> frozenset[str]:
    """The lemmas of one generated first-sense file (scripts/build_thing_words.py), read once."""
    return frozenset(data_lines(name))


def living_noun(lemma: str) -> bool:
    """The noun's first WordNet sense is an animal or a plant ("koala", "tree"): living, but no person."""
    return lemma.lower() in _first_sense_file("living_nouns.txt")


def collective_noun(lemma: str) -> bool:
    """The noun's first WordNet sense is a group ("family", "household", "business", "company")."""
    return lemma.lower() in _first_sense_file("collective_nouns.txt")


def wrongdoer_noun(lemma: str) -> bool:
    """The noun's first WordNet sense is a wrongdoer or a kind of one ("kidnapper", "pirate", "smuggler")."""
    return lemma.lower() in _first_sense_file("wrongdoer_nouns.txt")


def happening_noun(lemma: str) -> bool:
    """The noun's first WordNet sense is an act or an event ("lawsuit", "survey", "expansion", "hiatus")."""
    return lemma.lower() in _first_sense_file("happening_nouns.txt")
