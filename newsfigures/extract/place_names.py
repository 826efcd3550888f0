"""A place written as its proper name alone (tests/gold/measures/GUIDE.md, revision 2, P3): a generic noun after
the name is dropped ("Paktika province" -> "Paktika", bg_200; "Gaziantep Province" -> "Gaziantep"; "the Hawkesbury
area" -> "Hawkesbury"), a generic word that is part of the name stays ("Gaza Strip", "New South Wales", "Southern
Highlands", "Woomera Detention Centre": no word of GENERIC_PLACE_NOUNS ends them)."""
from __future__ import annotations

# the nouns that name a kind of administrative unit or stretch of land after a name, not part of it
GENERIC_PLACE_NOUNS = frozenset({"province", "area", "region", "district", "county", "prefecture", "governorate",
                                 "municipality", "village"})
# a lower-case kind noun that, bare after "the", stands for the one place the text just before wrote with it ("the
# town of Nabatieh ... in the town", "Copperbelt province ... in the province"; implied_place.py)
KIND_ANAPHORS = frozenset({"city", "town", "village", "province", "state", "region", "district", "county", "island"})
# a name that is only a direction once the noun is gone ("Western Province", "Northern Region") keeps it
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                         "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
                         "south-west"})
# which way one place lies from another, as a pattern: a distance's reference place after it (apart.py), a reference
# point before a place's name (reference_point.py): "40 kilometres north of Sacramento", "upstream from Benares"
DIRECTION_PATTERN = (r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west"
                     r"|upstream|downstream|inland)")


def bare(name: str) -> str:
    """`name` without a generic place noun after it ("Paktika province" -> "Paktika"); `name` itself when the noun
    is all of it or the rest is only a direction."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in GENERIC_PLACE_NOUNS:
        return name
    rest = words[:-1]
    return name if all(w.lower() in DIRECTIONS for w in rest) else " ".join(rest)
# verbs by which a place counts what happened in it ("Zambia has recorded 1,200 cholera cases"; own_place_counter.py)
COUNTING_VERBS = frozenset({"record", "confirm", "register", "report"})
# the bodies and offices of a polity a story's lede may name it as the owner of ("New Zealand's ruling Labour Party",
# "The US Senate", "Spain's Transport Minister", "The Italian government"; polity.py): a legislature, a government
# or its ministries and ministers, a party that rules. Not a head of state (who travels abroad and speaks of other
# places), a court (its seat is read sentence by sentence, P4), an army or a police force (their nationality names
# who acted, not where: dev bg_001, bg_116), nor a company, a central bank or a team a nationality modifies (P1).
LEDE_POLITY_BODIES = frozenset({"parliament", "senate", "congress", "legislature", "assembly", "government",
                                "cabinet", "ministry", "minister", "party", "coalition"})
# what makes a party or coalition the polity's own: it rules ("Mozambique's ruling party")
RULING_WORDS = frozenset({"ruling", "governing"})
