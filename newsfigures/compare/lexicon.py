"""Vocabulary of the compare stage (data only): what makes two figures measure the same thing."""
from __future__ import annotations

# Counted-noun lemmas that measure the same kind of subject.
SUBJECT_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("soldier", "troop", "serviceman", "servicemen", "fighter", "combatant", "personnel"), "soldiers"),
    **dict.fromkeys(("person", "people", "individual", "resident", "inhabitant"), "people"),
    **dict.fromkeys(("civilian", "noncombatant"), "civilians"),
    **dict.fromkeys(("child", "kid", "minor"), "children"),
    **dict.fromkeys(("engineer", "sapper", "deminer"), "engineers"),
    # A company's people under three names: "six employees" / "Six Swiss tour company staff" (Lee dev
    # interlaken_canyoning_trial bg_161, bg_168), "maintenance workers" / "their 2,500 employees" (bg_203, Qantas).
    **dict.fromkeys(("worker", "labourer", "laborer", "builder", "employee", "staff", "staffer"), "workers"),
    **dict.fromkeys(("house", "home", "building", "dwelling"), "buildings"),
    # GUIDE Q4: police officers and other law-enforcement staff are written as the force ("police"), so a doer one
    # outlet names "Police" and another "Officers" or "policemen" is one (extract/doers.py, extract/force.py).
    **dict.fromkeys(("police", "policeman", "policemen", "officer", "constable", "cop"), "police"),
}

# Words that end a place name without narrowing it ("Kherson Oblast" = "Kherson", "Kent County" = "Kent").
PLACE_SUFFIXES: frozenset[str] = frozenset({"strip", "province", "oblast", "region", "district", "governorate",
                                            "county", "prefecture", "state", "territory", "department"})
# Words that name no place alone, so a suffix after one of them is kept ("Northern Territory", "Capital
# Territory", "Eastern Province", "Central District").
PLACE_MODIFIERS: frozenset[str] = frozenset({"northern", "southern", "eastern", "western", "central", "north",
                                             "south", "east", "west", "capital", "federal", "autonomous", "new",
                                             "upper", "lower", "northwest", "northeast", "southwest", "southeast"})
# The modifiers that make a country's or state's own name out of another place's ("South Sudan", "North Korea",
# "New Zealand", "East Timor", "West Virginia"), where an adjective of direction or a rank names a part of it
# ("Southern Lebanon", "Central Gaza", written capitalised by some outlets). A polity whose name has an adjective
# ("Northern Ireland", "Western Australia") is WordNet's (compare.parties.other_places).
NAME_MODIFIERS: frozenset[str] = frozenset({"north", "south", "east", "west", "new", "northwest", "northeast",
                                            "southwest", "southeast"})

# Counted subjects that are just "people" when what happened is a casualty ("5,184 others injured").
HUMAN_GENERIC: frozenset[str] = frozenset({"people", "person", "other", "others", "individual", "resident",
                                           "inhabitant", "victim", "human", "life", "body", "corpse", "martyr"})
_HUMAN_STEMS: frozenset[str] = frozenset(w.rstrip("s") for w in HUMAN_GENERIC)


def human_generic(word: str) -> bool:
    """A key's subject word that names persons as such, plural or not ("residents", "people", "others")."""
    return word.rstrip("s") in _HUMAN_STEMS

# Words for a person as such: the lemmas of WordNet 3.0's person.n.01, and "people", the plural English gives it
# (`compare.kinds.persons_above`: every noun for some persons is a kind of these).
PERSON_WORDS: frozenset[str] = frozenset({"person", "individual", "someone", "somebody", "mortal", "soul", "people"})

# Subjects that name a part of a population: a subjectless toll is never theirs ("104 dead, including 28 children").
SUBGROUP_SUBJECTS: frozenset[str] = frozenset({"children", "women", "men", "girls", "boys", "babies", "infants",
                                               "minors", "elderly", "students", "journalists", "medics"})

# Kinds of location a casualty count can be restricted to ("killed at an aid distribution site").
SITE_NOUNS: frozenset[str] = frozenset({"site", "hospital", "camp", "school", "market", "shelter", "mosque", "church",
                                        "checkpoint", "mine", "factory", "prison", "stadium", "border crossing"})

# Words that make a count a part of the running total: a period or a single incident ("in the past 24 hours").
PERIOD_PHRASES: tuple[str, ...] = ("in the past 24 hours", "in the last 24 hours", "past day", "in a single day",
                                   "overnight", "this morning", "last night", "yesterday", "in one day",
                                   "over the weekend", "since yesterday", "within 24 hours", "in 24 hours")

# Families of running totals: a count far below an earlier total of the same metric is a part of it.
CUMULATIVE_FAMILIES: frozenset[str] = frozenset({"killed", "wounded", "missing", "displaced", "casualties",
                                                 "affected", "destroyed", "sent", "captured"})
# Event families of what happens to persons (a casualty, a capture, a rescue): their generic counts are "people".
HUMAN_CASUALTY: frozenset[str] = frozenset({"killed", "wounded", "missing", "casualties", "displaced", "captured",
                                            "rescued", "affected"})
# Counted words the extractor falls back on when the text names no thing ("$5 million" -> money): such
# figures say too little to be paired across articles.
FALLBACK_COUNTED: frozenset[str] = frozenset({"", "money", "time", "age", "distance", "mass", "speed", "magnitude",
                                              "temperature", "share", "width", "length", "height", "depth",
                                              "thickness", "weight"})
# A count at most this share of a running total is a part of it (an incident, a period, a region), not the total.
PART_RATIO = 0.5

# Words that make a figure a projection rather than a report ("could rise to over 100,000").
PROJECTION_WORDS: frozenset[str] = frozenset({"could", "might", "may", "would", "projected", "forecast",
                                              "predict", "predicted", "predicting", "expected", "feared"})
# ... and words that do so only before it: what an option is on or for may never change hands ("options on two
# cargoes"; "ordered 50 planes with options for 30 more" makes the 30, not the 50, a projection).
PROJECTION_WORDS_BEFORE: frozenset[str] = frozenset({"option", "options"})

# Verbs that introduce the running total a part adds up to ("..., bringing the death toll to 41,000").
RUNNING_TOTAL_CUES: tuple[str, ...] = ("bringing", "raising", "increasing", "pushing", "taking", "brings",
                                       "raises", "increases", "pushes", "takes")

# Past participle used in metric labels.
PARTICIPLE: dict[str, str] = {
    "killed": "killed", "casualties": "casualties", "wounded": "wounded", "sent": "sent", "arrived": "arrived",
    "missing": "missing", "displaced": "displaced", "captured": "captured", "rescued": "rescued",
    "pledged": "pledged", "raised": "raised", "affected": "affected", "destroyed": "destroyed",
    "voted": "voted", "increased": "increase", "decreased": "decrease",
}

# Pairing by similarity (compare.similarity): words a measure's `quantity` may carry, mapped to the concept they
# name (the news vocabulary; the extractor normalises most of them, these catch the rest).
QUANTITY_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("dead", "death", "death toll", "toll", "killed", "fatalities", "fatality", "bodies",
                     "lives lost"), "deaths"),
    **dict.fromkeys(("wounded", "hurt", "injuries", "injury"), "injured"),
    **dict.fromkeys(("unaccounted", "unaccounted for"), "missing"),
    **dict.fromkeys(("homeless", "evacuated", "evacuees", "refugees", "made homeless"), "displaced"),
    **dict.fromkeys(("soldiers", "soldier", "troop", "forces", "fighters", "personnel", "servicemen"), "troops"),
    # A company's staff are people counted, as its employees and workers are to the extractor ("Six Swiss tour company
    # staff" ~ "six employees", interlaken bg_168, bg_161; "maintenance workers" ~ "2,500 employees", bg_203).
    **dict.fromkeys(("person", "persons", "residents", "civilians", "individuals", "staff", "staffer", "staffers"),
                    "people"),
    **dict.fromkeys(("relief", "donation", "donations", "pledge", "pledges", "assistance"), "aid"),
    **dict.fromkeys(("turnover",), "revenue"),
    **dict.fromkeys(("earnings", "net income"), "profit"),
    **dict.fromkeys(("stock", "stock price", "shares", "share price", "stock_price"), "share_price"),
}

# The quantity vocabulary of tests/gold/measures/GUIDE.md (its table and Q7): its lines decide between these, so
# WordNet's kinds (`compare.kinds`) are read only between two words it does not name ("blaze", "fire").
GUIDE_QUANTITIES: frozenset[str] = frozenset({
    "deaths", "injured", "casualties", "missing", "displaced", "troops", "people", "aid", "revenue", "sales", "profit",
    "debt", "cost", "price", "fine", "budget", "deal_value", "spending", "wealth", "salary", "money", "share_price",
    "index_level", "votes", "seats", "share", "age", "duration", "distance", "height", "magnitude", "speed", "mass",
    "area", "temperature", "probability", "rank_count", "economy"})

# A generic count of people is the casualty its event names ("1,055 people killed" = deaths).
EVENT_QUANTITY: dict[str, str] = {"killed": "deaths", "injured": "injured", "missing": "missing",
                                  "displaced": "displaced"}
GENERIC_QUANTITIES: frozenset[str] = frozenset({"people"})
# Quantities that name only how a thing is measured (the extractor's names of a unit's dimension): two things
# measured so are not one quantity ("a 20 kilometre containment line", "the 30-kilometre long blaze",
# nsw_bushfires_2001 bg_008 / bg_033; each manager's months of suspended sentence, interlaken_canyoning_trial bg_168).
MEASUREMENT_QUANTITIES: frozenset[str] = frozenset({"distance", "length", "width", "height", "depth", "thickness",
                                                    "mass", "weight", "speed", "area", "duration", "temperature",
                                                    "magnitude", "age", "share"})
# Quantities that belong to one individual: two different values of one are two individuals unless the same one is
# named. Every age metric of the dev gold is one person's, none reported by two documents (17 ages, 13 stories:
# valech_report Pinochet, mst_attack_rondonia, soa_protest; holiday_road_toll_2001 a 38- and a 45-year-old man,
# interlaken_canyoning_trial Scott and Alissa Redmond, nsw_bushfires_2001). A magnitude is one earthquake's: every
# magnitude metric of the dev gold is one quake's, one value each (turkey_syria_earthquake the main 7.8, the second
# 7.5 and the aftershock of 2023-02-20 6.4, three gold metrics, had 7.8 and 6.4 under one key; myanmar_earthquake
# 7.7 in two reports, one metric). The price: a magnitude revised between reports (7.7, then 7.8) is two metrics.
PERSONAL_QUANTITIES: frozenset[str] = frozenset({"age", "magnitude"})
# Measurements only one kind of thing has, which name it with no subject (GUIDE dimension line: `magnitude`, an
# earthquake's or an asteroid's): "magnitude 6.4" may pair across articles where a bare "45 degrees" may not.
SELF_NAMED_MEASURES: frozenset[str] = frozenset({"magnitude"})

# Events that only report a statement: they neither confirm nor contradict a concrete event.
STATEMENT_EVENTS: frozenset[str] = frozenset({"said", "estimated"})
# Verbs outside the class table that two outlets use for one act (`other:<lemma>` on both sides): "Nine people were
# arrested" ~ "Seven suspects were detained" (stop 42's pair probe, a port seizure), "18 people arrested" ~ "23
# suspects detained" (stop 60's, a cocaine haul), "Police arrested 37 people ... Of those detained" (stop 37's
# articles, raids), and the dev gold's arrest / detain pair (stop 43). Stages of a case stay apart: charged, jailed,
# released are other acts than the arrest.
ONE_ACT_VERBS: tuple[frozenset[str], ...] = (frozenset({"arrest", "detain"}),)

CHANGE_SCOPE = "change"  # the scope of the size of a rise or fall (GUIDE C1)
# Scopes close enough that a pair is plausible but less likely ("rose 8%" filed as a change or as a rate).
SCOPE_KIN: frozenset[frozenset[str]] = frozenset({frozenset({CHANGE_SCOPE, "rate"}),
                                                  frozenset({"incremental", "daily"})})

# Nouns in "-man" whose plural is "-mans" (every other: "gunman" -> "gunmen", "policeman" -> "policemen", "batsman" ->
# "batsmen"; israel_palestinian_2001 bg_014 / bg_044, cricket_aus_sa_2001 bg_118 had "gunmans killed").
MAN_PLURAL_S: frozenset[str] = frozenset({"human", "german", "roman", "norman", "ottoman", "shaman", "talisman",
                                          "caiman", "cayman", "oman", "walkman"})

# Words dropped before names are compared ("the United States" = "United States").
NAME_STOPWORDS: frozenset[str] = frozenset({"the"})
# How a batch's metric key ends ("soldiers sent (batch)"): metric_key writes it, the pages and pairing read it.
BATCH_KEY = "(batch)"

# What a side's wickets for its runs, and the runs it is set, count (extract/sport.score_noun): the verbs that carry
# such scores ("resume at", "finished at", "declared at"; "set", "chasing") tell when in the match each stood or who
# set it, never another quantity (compare/similarity.py); so do the verbs that carry a side's lead ("declaring with an
# overall lead of 374", "resume ..., an overall lead of 68": cricket_aus_sa_2001 bg_132/bg_139), and the verbs that
# carry a batsman's or a side's runs ("dismissed for 374", "stumped for 68", "caught ... for 70", "scored 131"): how
# an innings ended, not what it counts. Without "run" a side's two innings "dismissed for 374" / "dismissed for 128"
# (bg_139, bg_118) agreed only with each other and merged into one metric (compare/clusters.py; stop 24's take-back).
SCORE_KINDS: frozenset[str] = frozenset({"innings", "target", "lead", "run"})
# Words that make the name after them a side of a match, not a place ("Queensland beat Victoria in Perth", "defeated
# by Queensland in Sydney", "Perth v Sydney in Queensland", "lost to Sydney in Perth"): `compare.nesting` reads no such
# name as lying within the venue named after it. The win verbs are `extract.measure_lexicon.WIN_VERBS`.
MATCH_SIDE_WORDS: frozenset[str] = frozenset({"v", "vs", "versus", "lost to", "lose to", "loses to"})
