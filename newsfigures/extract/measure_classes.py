"""The classes a measure's words normalise to: the concept a figure counts (`quantity_of`), the kind of a sum
(`money_kind`) and the event class (`event_class`), from lemmas, labels and the news vocabulary alone; the parse is
read by extract/measure.py, which calls these."""
from __future__ import annotations

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.nominal import noun_of
from newsfigures.extract.singular import singular
from newsfigures.extract.word_senses import (collective_noun, folded_country_of, group_class, noun_class, person_noun,
                                             troop_noun, verb_class)


PART_KINDS = ("percent", "fraction")  # a proportion of a whole ("a third of the dead", "22 percent of voters")
# Measures of an extent, which a proportion may be a part of ("two-thirds of the area", "a third of its length"); a
# per cent of a magnitude, a speed or a temperature is its change, and a per cent chance a probability.
EXTENT_QUANTITIES = frozenset({"area", "distance", "height", "mass"})


def quantity_of(counted_lemma: str, event: str, kind: str, dimension: str, label: str = "",
                person: bool = False, role: str = "", counted: str = "") -> str:
    """The concept counted, normalised through the news vocabulary; else the counted head lemma. `label` is
    the counted noun's entity label ("NORP" for "Syrians", "ORG" for "Kmart"); `person`, that the text says the
    counted are persons ("two guides who survived"); `role`, how the counted noun stands (`_role`): persons who
    do the event are no casualty of it, and a count that describes another noun keeps its own word; `counted`, the
    counted words as written (`nationals`)."""
    key = counted_lemma.lower()
    family = event_family(event)
    if dimension == "duration":  # "15 months of bloodshed" is how long, never how many died
        return "age" if key == "age" else "duration"
    if key in vocab.CASUALTY_QUANTITIES and kind != "money":  # a sum is no toll of lives: "a toll of $5"
        return "share" if kind in PART_KINDS else vocab.CASUALTY_QUANTITIES[key]
    if key in vocab.FREQUENCY_NOUNS and dimension == "count" and event and noun_of(event):
        return noun_of(event)  # "suspended 5 times": suspensions are counted, not times
    if kind == "money":
        return money_kind(key, event)
    if key in vocab.ELECTION_NOUNS:
        return vocab.ELECTION_NOUNS[key]
    if key in vocab.MARKET_NOUNS and kind == "percent":
        return vocab.MARKET_NOUNS[key]
    if dimension == "points":
        return "index_level"  # "fell by 52 points": index points
    if key in vocab.MEASUREMENT_NOUNS and not _part_of_a_measure(key, kind):
        return vocab.MEASUREMENT_NOUNS[key]
    if dimension in vocab.QUANTITY_OF_DIMENSION:
        return vocab.QUANTITY_OF_DIMENSION[dimension]
    if kind in ("percent", "fraction"):
        if not key and vocab.EVENT_CLASS_OF_LEMMA.get(event, family) in ("won", "voted"):
            return "votes"  # "he was reelected with 99.6%" (wn2004_046), as "elected ... with 63.7% of the vote" (wn2004_074)
        return "share_price" if family in ("increased", "decreased") and label == "ORG" else "share"
    if key in words.PERSON_WHOLES:
        return "people"  # "The population is 40,000": persons counted as one whole
    if role == "modifier":
        return singular(key)
    if not key and family in vocab.CASUALTY_FAMILIES:
        return vocab.CASUALTY_FAMILIES[family]  # "The earthquake killed 12 and injured 40": nothing else is counted
    troops = troop_noun(key) or key in vocab.FORCE_NOUNS
    if label == "NORP" or person or nationals(counted) or person_noun(key) or troops:
        if family in vocab.CASUALTY_FAMILIES and role != "agent":
            return vocab.CASUALTY_FAMILIES[family]
        return "troops" if troops else "people"
    return singular(key)  # the table's fallback: "the head noun's singular lemma" ("three referenda")


def _part_of_a_measure(key: str, kind: str) -> bool:
    """A proportion of a measured extent ("two-thirds of the greater city area", "40 pct of the area sown") is a
    share of it, not its measure (`EXTENT_QUANTITIES`)."""
    return kind in PART_KINDS and vocab.MEASUREMENT_NOUNS[key] in EXTENT_QUANTITIES


def nationals(counted: str) -> bool:
    """The counted words end in a people's plural, capitalised ("Twelve Britons", which the tagger makes a person's
    name; "returning Ukrainians"): persons counted by nationality (GUIDE Q5), whatever label the tagger gave them;
    the end of a longer name is no people ("three Great Danes")."""
    words = counted.split()
    if not words or not words[-1].istitle() or not words[-1].endswith("s") or (len(words) > 1 and words[-2].istitle()):
        return False
    return bool(folded_country_of(words[-1].lower()))


def event_family(key: str) -> str:
    """The event family of a lemma by the hand lists ("kill" -> killed), else the casualty family its first WordNet
    verb sense names ("slaughter" -> killed, "stab" -> wounded); "" when neither says one."""
    return words.EVENT_FAMILIES.get(key, "") or vocab.CASUALTY_FAMILY_OF_CLASS.get(verb_class(key), "")


def cast_vote(family: str, quantity: str) -> bool:
    """The voted family said of anything but the votes or seats a side wins ("3,000 workers voted to reject the
    offer", "the board voted a three-for-two stock split"): the voters cast a vote, they won nothing."""
    return family == "voted" and quantity not in vocab.ELECTION_NOUNS.values()


def displaced_thing(family: str, quantity: str, counted_lemma: str) -> bool:
    """The displaced family said of things, not of persons or households ("The storm uprooted 200 trees", "evacuated
    30 buildings", "relocated 300 jobs"): only persons leave their homes (Q2), so the verb keeps its own class."""
    if family != "displaced" or not counted_lemma or quantity in vocab.PERSON_COUNTS:
        return False
    key = counted_lemma.lower()
    return not (person_noun(key) or troop_noun(key) or group_class(key) or collective_noun(key))


def sense_class(event: str, quantity: str, counted_lemma: str) -> str:
    """The event class of a verb's first WordNet sense ("slaughtered" -> killed), a killing or a wounding only when
    persons are counted, or nothing is: the first sense of "execute", "erase" or "liquidate" kills, but "executed 40
    trades", "erased 3 per cent of its value", "liquidated 12 funds" kill no one; "" when no class fits."""
    found = verb_class(event)
    if found not in vocab.CASUALTY_FAMILY_OF_CLASS:
        return found
    persons = quantity in vocab.CASUALTY_EVENTS or quantity in vocab.PERSON_COUNTS or person_noun(counted_lemma) \
        or troop_noun(counted_lemma) or not (quantity or counted_lemma)
    return found if persons else ""


def rate_quantity(kind: str) -> str:
    """The quantity of a rate named by the word before "rate": an interest rate by any of its kinds ("the cash
    rate", "the discount rate" -> interest_rate), else that kind's own rate ("unemployment_rate")."""
    return "interest_rate" if kind.lower() in vocab.INTEREST_RATE_KINDS else f"{kind.lower()}_rate"


def money_noun(key: str) -> bool:
    """A noun for a sum of money: one of the news money table, or a noun whose first WordNet sense is a kind of
    money or payment ("benefit", "pension", "subsidy")."""
    return key in vocab.MONEY_QUANTITIES or noun_class(key) in vocab.MONEY_KINDS | {"money"}


def money_kind(key: str, event: str) -> str:
    """The kind of a sum: named by its noun ("revenue", "aid"; "a subsidy", "wages" by their first WordNet sense),
    else by its verb ("spent" -> spending)."""
    named = vocab.MONEY_QUANTITIES.get(key, "") or noun_class(key)
    if named in vocab.MONEY_KINDS:
        return named
    if event in vocab.MONEY_BY_EVENT:
        return vocab.MONEY_BY_EVENT[event]
    return "aid" if words.EVENT_FAMILIES.get(event) == "pledged" and event not in vocab.PROMISE_VERBS else "money"


def event_class(event: str, quantity: str, counted_lemma: str = "", reported: bool = False,
                acted: bool = False) -> str:
    """The event class of a figure: what happened to a casualty quantity, the class an event noun names ("a
    $500 million pledge"), "measured" for a measurement unless the event verb `acted` on it (its object or
    extent: "burned more than 800 hectares"), "said" for a bare statement or estimate, "measured"
    for a figure no event word speaks of, else the class of its event lemma (by the hand lists; a sum of aid
    or a cost whatever verb carries it is pledged or cost; then by the verb's first WordNet sense) or
    "other:<lemma>"."""
    if quantity in vocab.CASUALTY_EVENTS:
        return vocab.CASUALTY_EVENTS[quantity]
    noun_family = words.EVENT_FAMILIES.get(counted_lemma, "")
    if noun_family in vocab.EVENT_CLASS_OF_FAMILY and counted_lemma in vocab.EVENT_NOUN_CLASSES:
        return vocab.EVENT_CLASS_OF_FAMILY[noun_family]
    if quantity in vocab.MEASURED_QUANTITIES and not (acted and event and event not in vocab.STILL_VERBS):
        return "measured"
    if quantity in vocab.CLASS_OF_QUANTITY and (not event or event in vocab.STILL_VERBS | vocab.SET_ASIDE_VERBS):
        return vocab.CLASS_OF_QUANTITY[quantity]
    if not event or event in vocab.STILL_VERBS:
        return "said" if reported else "measured"
    if event in vocab.EVENT_CLASS_OF_LEMMA and not (quantity == "duration" and event in words.REPORTING_VERBS):
        return vocab.EVENT_CLASS_OF_LEMMA[event]  # a time a report took is no statement ("reported for two days")
    if event in vocab.DECIDED_CHANGES:
        return f"other:{event}"
    if event in vocab.RISE_VERBS or event in vocab.FALL_VERBS:
        return "rose" if event in vocab.RISE_VERBS else "fell"
    family = words.EVENT_FAMILIES.get(event, "")
    if family in vocab.EVENT_CLASS_OF_FAMILY and not (displaced_thing(family, quantity, counted_lemma)
                                                      or cast_vote(family, quantity)):
        return vocab.EVENT_CLASS_OF_FAMILY[family]
    kept_verb = event in vocab.RAISING_VERBS or (event in vocab.SUM_ACTS and quantity in vocab.PAID_QUANTITIES)
    if quantity in vocab.CLASS_OF_QUANTITY and not kept_verb:
        return vocab.CLASS_OF_QUANTITY[quantity]
    sensed = "" if family or event in vocab.MOVE_VERBS else sense_class(event, quantity, counted_lemma)
    if sensed:
        return sensed  # a verb no hand list names, by its first WordNet sense ("slaughtered")
    return f"other:{event.split()[0]}"  # "give birth" -> other:give: a light verb's phrase is its verb alone (E2)
