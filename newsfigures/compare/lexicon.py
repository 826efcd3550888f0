"""Vocabulary of the compare stage (data only): what makes two figures measure the same thing."""
from __future__ import annotations

# Counted-noun lemmas that measure the same kind of subject.
SUBJECT_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("soldier", "troop", "serviceman", "servicemen", "fighter", "combatant", "personnel"), "soldiers"),
    **dict.fromkeys(("person", "people", "individual", "resident", "inhabitant"), "people"),
    **dict.fromkeys(("civilian", "noncombatant"), "civilians"),
    **dict.fromkeys(("child", "kid", "minor"), "children"),
    **dict.fromkeys(("engineer", "sapper", "deminer"), "engineers"),
    **dict.fromkeys(("worker", "labourer", "laborer", "builder"), "workers"),
    **dict.fromkeys(("house", "home", "building", "dwelling"), "buildings"),
}

# Words that end a place name without narrowing it ("Gaza Strip" = "Gaza", "Cabo Delgado Province" = "Cabo Delgado").
PLACE_SUFFIXES: frozenset[str] = frozenset({"strip", "province", "oblast", "region", "district", "governorate",
                                            "county", "prefecture", "state", "territory", "department"})

# Counted subjects that are just "people" when what happened is a casualty ("5,184 others injured").
HUMAN_GENERIC: frozenset[str] = frozenset({"people", "person", "other", "others", "individual", "resident",
                                           "inhabitant", "victim", "human", "life", "body", "corpse", "martyr"})

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

# Words that make a figure a projection rather than a report ("could rise to over 100,000").
PROJECTION_WORDS: frozenset[str] = frozenset({"could", "might", "may", "would", "projected", "forecast",
                                              "predict", "predicted", "predicting", "expected", "feared"})

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
