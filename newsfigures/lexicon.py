"""Word lists the figure extractor reasons with: one place per concept, kept as data."""
from __future__ import annotations

# Lemma of a word that says what happened -> the event family figures are grouped by.
EVENT_FAMILIES: dict[str, str] = {
    **dict.fromkeys(("kill", "die", "dead", "death", "toll", "fatality", "perish", "slay", "fatal", "drown",
                     "execute", "massacre", "lose", "life", "martyr", "body", "corpse"), "killed"),
    **dict.fromkeys(("casualty",), "casualties"),
    **dict.fromkeys(("wound", "injure", "injury", "hurt", "injured", "wounded"), "wounded"),
    **dict.fromkeys(("send", "deploy", "dispatch", "deployment", "station", "mobilize", "mobilise", "transfer"), "sent"),
    **dict.fromkeys(("arrive", "arrival", "land", "reach"), "arrived"),
    **dict.fromkeys(("miss", "missing", "disappear"), "missing"),
    **dict.fromkeys(("displace", "homeless", "flee", "evacuate", "evacuee", "refugee", "shelter", "relocate"), "displaced"),
    **dict.fromkeys(("capture", "detain", "arrest", "imprison", "jail", "hold", "prisoner"), "captured"),
    **dict.fromkeys(("rescue", "save", "survive", "survivor"), "rescued"),
    **dict.fromkeys(("pledge", "donate", "donation", "promise", "commit", "contribute", "grant", "allocate", "earmark"), "pledged"),
    **dict.fromkeys(("raise", "collect", "fund"), "raised"),
    **dict.fromkeys(("affect",), "affected"),
    **dict.fromkeys(("destroy", "damage", "collapse", "flatten"), "destroyed"),
    **dict.fromkeys(("vote", "elect"), "voted"),
    **dict.fromkeys(("rise", "increase", "grow", "jump", "climb", "gain"), "increased"),
    **dict.fromkeys(("fall", "drop", "decline", "decrease", "shrink", "cut", "lose"), "decreased"),
}
# Nouns that are themselves the outcome: "28,000 dead", "the death toll", "4,700 casualties".
EVENT_NOUNS: frozenset[str] = frozenset({"dead", "death", "toll", "fatality", "casualty", "injury", "injured",
                                         "wounded", "missing", "homeless", "evacuee", "refugee", "survivor",
                                         "prisoner", "donation", "martyr", "body"})
# Verbs and nouns that only frame a figure ("estimated", "believed", "the figure"): look through them.
FRAME_WORDS: frozenset[str] = frozenset({"estimate", "believe", "assess", "say", "report", "think", "be", "have",
                                          "put", "place", "set", "reach", "stand", "total", "number", "figure"})
# Reporting verbs whose subject is the figure's source.
REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "report", "disclose", "announce", "estimate", "believe", "assess", "claim", "confirm",
    "add", "state", "reveal", "note", "brief", "warn", "show", "put", "indicate", "suggest", "count", "record",
    "tally", "quote", "cite", "release", "publish", "update",
})
# "the number of X", "a group of X": the figure counts X, not the container.
CONTAINER_NOUNS: frozenset[str] = frozenset({"number", "figure", "total", "tally", "count", "group", "batch",
                                              "contingent", "wave", "convoy", "estimate", "plan", "force",
                                              "unit", "team", "toll"})
# Words that point back to a figure mentioned before ("the figure", "the toll").
ANAPHORIC_NOUNS: frozenset[str] = frozenset({"figure", "number", "toll", "total", "tally", "count", "estimate"})
# Modifiers that make a count a batch rather than a running total.
INCREMENT_WORDS: frozenset[str] = frozenset({"another", "more", "additional", "further", "extra", "new", "fresh",
                                              "second", "third", "fourth", "fifth", "latest", "next"})
INCREMENT_NOUNS: frozenset[str] = frozenset({"group", "batch", "wave", "contingent", "round", "shipment", "tranche",
                                             "deployment", "convoy"})
# Words that mark a figure as an earlier estimate, not the current one.
PAST_MARKERS: frozenset[str] = frozenset({"earlier", "previous", "previously", "initial", "initially", "former",
                                          "formerly", "prior", "original", "originally", "old"})
PAST_PHRASES: tuple[str, ...] = ("up from", "down from", "rise from", "risen from", "revised from", "compared with",
                                 "compared to")
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
# Counted heads that carry no subject of their own ("28,000 dead"): the subject comes from context.
SUBJECTLESS: frozenset[str] = frozenset({"dead", "death", "toll", "fatality", "casualty", "injury", "injured",
                                         "wounded", "missing", "figure", "number", "total", "tally", "count",
                                         "estimate", "victim", "body", "life", "martyr"})
# spaCy entity labels whose numbers belong to a name, not a quantity ("World War Two", "G-3").
NAME_LABELS: frozenset[str] = frozenset({"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC", "LAW", "PERSON", "LANGUAGE"})
# spaCy entity labels that are times, never figures.
TIME_LABELS: frozenset[str] = frozenset({"DATE", "TIME"})
# Number kinds from the number parser that can be figures.
FIGURE_KINDS: frozenset[str] = frozenset({"cardinal", "percent", "money", "measure", "fraction", "multiplier"})
# Past participle used in metric labels.
PARTICIPLE: dict[str, str] = {
    "killed": "killed", "casualties": "casualties", "wounded": "wounded", "sent": "sent", "arrived": "arrived",
    "missing": "missing", "displaced": "displaced", "captured": "captured", "rescued": "rescued",
    "pledged": "pledged", "raised": "raised", "affected": "affected", "destroyed": "destroyed",
    "voted": "voted", "increased": "increase", "decreased": "decrease",
}
